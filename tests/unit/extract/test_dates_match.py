"""dates_match on its own: whether a date's words point ahead of publication, and the DateMatch a candidate
becomes (its words, its qualifier, whether it depended on another date, whether it states its day or month)."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.dates_match import DateMatch, date_match, words_ahead
from lib.extract.dates_spec import (
    WHOLE_YEAR,
    Candidate,
    Chained,
    DayOfMonth,
    InYear,
    OnWeekday,
    Shift,
    day_part,
    month_part,
)
from lib.periods import Period

MARCH_5 = Period(date(2025, 3, 5), "day")


@pytest.mark.parametrize(("words", "spec", "ahead"), [
    ("next year", InYear(WHOLE_YEAR, offset=1), True),
    ("明年", InYear(WHOLE_YEAR, offset=1), True),
    ("later this month", Shift("month", 0, ahead=True), True),
    ("下月", Shift("month", 1), True),
    ("下周一", OnWeekday(0, week_offset=1), True),
    ("next Monday", OnWeekday(0, toward="after"), True),
    # not ahead by their words
    ("last year", InYear(WHOLE_YEAR, offset=-1), False),
    ("去年", InYear(WHOLE_YEAR, offset=-1), False),
    ("上個月", Shift("month", -1), False),
    ("this month", Shift("month", 0), False),
    ("Monday", OnWeekday(0), False),
    ("3月5日", InYear(day_part(3, 5)), False),
    ("12日", DayOfMonth(12), False),
    ("次日", Chained("day", 1), False),
])
def test_words_ahead(words, spec, ahead):
    assert words_ahead(spec) is ahead


@pytest.mark.parametrize(("text", "words", "spec", "qualifier", "relative", "stated"), [
    ("Tencent listed on March 5.", "March 5", InYear(day_part(3, 5)), "", True, True),
    ("腾讯于2025年3月5日上市。", "2025年3月5日", InYear(day_part(3, 5), year=2025), "", False, True),
    ("騰訊於3月中旬發布財報。", "3月中旬", InYear(month_part(3), qualifier="mid"), "mid", True, True),
    ("腾讯12日公布业绩。", "12日", DayOfMonth(12), "", True, True),
    # counted from another date: not stated
    ("腾讯去年营收增长。", "去年", InYear(WHOLE_YEAR, offset=-1), "", True, False),
    ("Tencent said on Friday it grew.", "Friday", OnWeekday(4, toward="before"), "", True, False),
    ("次日，腾讯跟进。", "次日", Chained("day", 1), "", True, False),
    ("Tencent's shares rose yesterday.", "yesterday", Shift("day", -1), "", True, False),
])
def test_a_candidate_becomes_its_date_match(text, words, spec, qualifier, relative, stated):
    start = text.index(words)
    match = date_match(text, Candidate(start, start + len(words), spec), MARCH_5, ahead=False)
    assert match == DateMatch(start, start + len(words), words, MARCH_5, qualifier, relative, False, stated)
