"""Stories merged once the year-less reports of undated articles are placed: only whole stories, never split."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analyze.story_merges import merged_by_placed_reports, whole_stories_merged
from lib.schema import Event

WHOLE_CASES = [
    pytest.param(["s-en", "s-en", "s-zh", "s-zh"], ["n1", "n1", "n1", "n1"], ["s-en", "s-en", "s-en", "s-en"],
                 id="two whole stories in one: merged under the first id"),
    pytest.param(["s-en", "s-en", "s-zh", "s-zh"], ["n1", "n1", "n1", "n2"], ["s-en", "s-en", "s-zh", "s-zh"],
                 id="near miss: one story only partly inside: none merged (no chain)"),
    pytest.param(["s-en", "", "s-zh"], ["n1", "n1", "n2"], ["s-en", "", "s-zh"],
                 id="near miss: each in its own new story"),
    pytest.param(["s-en", "s-zh"], ["", ""], ["s-en", "s-zh"], id="near miss: the second grouping joins nothing"),
]


@pytest.mark.parametrize(("old", "new", "expected"), WHOLE_CASES)
def test_only_whole_stories_merge(old, new, expected):
    old_ids, new_ids = pd.Series(old, index=range(10, 10 + len(old))), pd.Series(new, index=range(10, 10 + len(new)))
    before = old_ids.copy()
    assert whole_stories_merged(old_ids, new_ids).tolist() == expected
    pd.testing.assert_series_equal(old_ids, before)


def _baidu_events():
    return pd.DataFrame({
        Event.DOC_ID: ["s402", "s401", "s404", "s405", "m1"],
        Event.DATE: ["2023-03-16", "", "2023-03-16", "2023-03-16", "2023-03-16"],
        Event.DATE_END: ["2023-03-16", "", "2023-03-16", "2023-03-16", "2023-03-16"],
        Event.COMPANIES: ["Baidu", "Baidu", "Baidu", "Baidu", "Meituan"],
        Event.SENTENCE: ["Baidu today held a press conference for Ernie Bot.",
                         "China's Baidu on Thursday unveiled its chatbot Ernie Bot.",
                         "3月16日,百度正式发布文心一言。", "3月16日,百度大张旗鼓开了场文心一言新闻发布会。",
                         "美团3月16日发布财报。"],
    }, index=[0, 1, 2, 3, 4])


def test_the_placed_reports_are_dated_and_only_their_companies_regrouped():
    events = _baidu_events()
    before = events.copy()
    of_event = pd.Series(["s-en", "s-en", "s-zh", "s-zh", "s-mt"], index=events.index)
    seen = {}

    def group(dated):
        seen["dates"] = dated[Event.DATE].tolist()
        return pd.Series(["n1", "n1", "n1", "n1", ""], index=dated.index)

    merged = merged_by_placed_reports(events, pd.Series({1: "2023-03-16"}), of_event, group)
    assert merged.tolist() == ["s-en", "s-en", "s-en", "s-en", "s-mt"]
    assert seen["dates"] == ["2023-03-16"] * 4 + [""]  # placed one dated; Meituan's, no company placed, left out
    pd.testing.assert_frame_equal(events, before)


def test_nothing_placed_leaves_the_stories_and_groups_nothing():
    of_event = pd.Series(["s-en", "s-en", "s-zh", "s-zh", "s-mt"])

    def group(dated):
        raise AssertionError("not grouped again")

    assert merged_by_placed_reports(_baidu_events(), pd.Series(dtype=object), of_event, group) is of_event
