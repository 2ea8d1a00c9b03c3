"""The one "most first" order: counts descending, ties by name (or by code, which is name order),
never by the order of the rows."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.ranking import ranked_codes, ranked_counts


@pytest.mark.parametrize("values, expected", [
    pytest.param(["Tencent", "Alibaba", "Tencent", "Baidu", "Alibaba", "Tencent"],
                 {"Tencent": 3, "Alibaba": 2, "Baidu": 1}, id="most first"),
    pytest.param(["Kuaishou", "ByteDance", "Alibaba"], {"Alibaba": 1, "ByteDance": 1, "Kuaishou": 1},
                 id="ties by name"),
    pytest.param(["腾讯", "DeepSeek", "阿里巴巴", "DeepSeek", "腾讯"], {"DeepSeek": 2, "腾讯": 2, "阿里巴巴": 1},
                 id="names in both scripts"),
    pytest.param(["Baidu", None, "Baidu", pd.NA, None], {"Baidu": 2}, id="missing values left out"),
    pytest.param([], {}, id="nothing to count"),
])
def test_ranked_counts(values, expected):
    ranked = ranked_counts(pd.Series(values, dtype=object))
    assert list(ranked.items()) == list(expected.items())


def test_ranked_counts_do_not_depend_on_row_order():
    values = ["Meituan", "JD.com", "Meituan", "Pinduoduo", "JD.com", "Xiaomi"]
    forward = ranked_counts(pd.Series(values))
    backward = ranked_counts(pd.Series(values[::-1]))
    pd.testing.assert_series_equal(forward, backward)
    assert list(forward.index) == ["JD.com", "Meituan", "Pinduoduo", "Xiaomi"]


@pytest.mark.parametrize("counts, expected", [
    pytest.param([0, 5, 2, 5, 0, 1], [1, 3, 2, 5], id="most first, ties in code order, zeros left out"),
    pytest.param([3, 3, 3], [0, 1, 2], id="all tied"),
    pytest.param([0, 0], [], id="nothing counted"),
    pytest.param([], [], id="no codes"),
])
def test_ranked_codes(counts, expected):
    assert ranked_codes(np.asarray(counts, dtype=np.int64)).tolist() == expected


def test_ranked_codes_agree_with_ranked_counts_over_sorted_codes():
    values = pd.Series(["Tencent", "Baidu", "Alibaba", "Tencent", "Baidu", "Zhipu", "Tencent"])
    names = np.array(sorted(values.unique()))  # codes in name order, as corpus_index codes are
    counts = np.bincount(np.searchsorted(names, values), minlength=len(names))
    assert names[ranked_codes(counts)].tolist() == ranked_counts(values).index.tolist()
