"""``clear_of``: whether words a later pass finds overlap words an earlier pass already read."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from lib.extract.text_spans import clear_of


class Span(NamedTuple):
    start: int
    end: int


def span_of(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


# (sentence, words found later, words read before, clear?)
CLEAR_OF_ROWS = [
    pytest.param("Tencent said on Monday (Jan. 27) it would cut prices.", "Monday", ["Monday (Jan. 27)"], False,
                 id="en-weekday-inside-a-read-day"),
    pytest.param("Baidu launched Ernie on March 16 and opened it on March 27.", "March 27", ["March 16"], True,
                 id="en-another-day"),
    pytest.param("Alibaba reported on May 15, 2025, a day after Tencent.", "May 15", ["May 15, 2025"], False,
                 id="en-year-less-part-of-a-full-date"),
    pytest.param("华为于2024年3月12日发布新机，12日起开售。", "12日起", ["2024年3月12日"], True,
                 id="zh-day-after-a-full-date"),
    pytest.param("华为于2024年3月12日发布新机。", "3月12日", ["2024年3月12日"], False, id="zh-month-day-inside"),
    pytest.param("騰訊於2025年1月25日宣佈，周五起上線。", "1月25日", ["2025年1月25日"], False,
                 id="zht-month-day-inside"),
    pytest.param("騰訊於2025年1月25日宣佈，周五起上線。", "周五", ["2025年1月25日"], True, id="zht-weekday-apart"),
    pytest.param("It rose 5% in March.", "March", [], True, id="nothing-read-before"),
]


@pytest.mark.parametrize(("text", "later", "read", "expected"), CLEAR_OF_ROWS)
def test_words_found_later_are_clear_only_of_words_they_share_nothing_with(text, later, read, expected):
    assert clear_of(span_of(text, later), [span_of(text, words) for words in read]) is expected


def test_spans_that_touch_do_not_overlap():
    assert clear_of(Span(5, 9), [Span(0, 5), Span(9, 12)]) is True
    assert clear_of(Span(5, 9), [Span(0, 6)]) is False
