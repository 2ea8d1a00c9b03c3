"""dates_chain on its own: one sentence's chosen readings become DateMatches, chained dates counted from
the date before them, dates written as one expression joined."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.dates_chain import DateMatch, Reading, anchor_after, chain_readings
from lib.extract.dates_spec import Candidate, Chained, DayOfMonth, InYear, OnWeekday, Shift, day_part, month_part
from lib.periods import Period

PUBLISHED = Period(date(2025, 3, 12), "day")


def _reading(text: str, words: str, spec, period: Period | None = None) -> Reading:
    start = text.index(words)
    return Reading(Candidate(start, start + len(words), spec), period)


def _day(month: int, day: int) -> Period:
    return Period(date(2025, month, day), "day")


@pytest.mark.parametrize(("text", "readings", "expected"), [
    # "the next day" counts from the day before it in the sentence
    ("Tencent listed on March 3 and its shares rose the next day.",
     [("March 3", InYear(day_part(3, 3)), _day(3, 3)), ("the next day", Chained("day", 1), None)],
     [("March 3", _day(3, 3)), ("the next day", _day(3, 4))]),
    # 次日 with no day before it in the text counts from a day-precise publication
    ("次日，腾讯跟进。", [("次日", Chained("day", 1), None)], [("次日", _day(3, 13))]),
    # "春节前一个月": a count attached to the date before it is one expression
    ("3月5日后一天，腾讯跟进。",
     [("3月5日", InYear(day_part(3, 5)), _day(3, 5)), ("后一天", Chained("day", 1), None)],
     [("3月5日后一天", _day(3, 6))]),
    # "Tuesday, March 4": the date says which Tuesday, one expression
    ("Tencent listed on Tuesday, March 4.",
     [("Tuesday", OnWeekday(1), _day(3, 11)), ("March 4", InYear(day_part(3, 4)), _day(3, 4))],
     [("Tuesday, March 4", _day(3, 4))]),
])
def test_chain_readings(text, readings, expected):
    found = chain_readings(text, [_reading(text, *reading) for reading in readings], None, PUBLISHED)
    assert [(match.text, match.period) for match in found] == expected


@pytest.mark.parametrize(("spec", "stated"), [
    (InYear(day_part(3, 5)), True),  # "3月5日": the words name the day
    (InYear(month_part(3), year=2024), True),  # "2024年3月"
    (DayOfMonth(5), True),  # "5日"
    (InYear(month_part(3), offset=-1), False),  # "去年3月": counted from publication
    (InYear(month_part(3), toward="before"), False),  # "last March"
    (Shift("day", -1), False),  # "yesterday"
    (OnWeekday(4), False),  # "Friday"
])
def test_a_match_says_whether_its_words_state_the_date(spec, stated):
    text = "Tencent did it then."
    found = chain_readings(text, [Reading(Candidate(0, 7, spec), _day(3, 5))], None, PUBLISHED)
    assert found[0].stated is stated


def test_a_chained_date_with_nothing_to_count_from_is_dropped():
    text = "The same month, Tencent followed."
    assert chain_readings(text, [_reading(text, "The same month", Chained("month", 0))], None, None) == []


def test_later_in_the_year_with_no_date_before_it_is_the_publication_year():
    text = "Tencent will launch it later in the year."
    found = chain_readings(text, [_reading(text, "later in the year", Chained("year", 0, or_published=True))],
                           None, PUBLISHED)
    assert found == [DateMatch(23, 40, "later in the year", Period(date(2025, 1, 1), "year"), "", True)]


def _match(period: Period, ahead: bool = False) -> DateMatch:
    return DateMatch(0, 1, "x", period, "", relative=False, ahead=ahead)


@pytest.mark.parametrize(("matches", "anchor", "expected"), [
    ([], _day(3, 1), _day(3, 1)),  # nothing read: the anchor stays
    ([_match(Period(date(2025, 2, 1), "month"))], _day(3, 1), _day(3, 1)),  # no day read
    ([_match(_day(3, 2)), _match(_day(3, 5))], None, _day(3, 5)),  # the last day read
    ([_match(_day(3, 2)), _match(_day(3, 20), ahead=True)], None, _day(3, 2)),  # a plan's day beside a reported one
    ([_match(_day(3, 20), ahead=True)], _day(3, 1), _day(3, 20)),  # only planned days: the last of them
])
def test_the_anchor_after_a_sentence(matches, anchor, expected):
    assert anchor_after(matches, anchor) == expected
