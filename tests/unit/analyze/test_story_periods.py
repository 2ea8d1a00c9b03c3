"""The days a story's reports agree on: periods overlap, single days at most a day apart."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from lib.analyze.story_periods import StoryPeriod, report_periods


def _day(iso: str) -> int:
    return (dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days


def _report(first: str, last: str | None = None) -> StoryPeriod:
    return StoryPeriod.of_report(_day(first), _day(last or first))


def _story(*reports: tuple[str, ...]) -> StoryPeriod | None:
    period: StoryPeriod | None = StoryPeriod()
    for report in reports:
        period = period.joined(_report(*report)) if period else None
    return period


@pytest.mark.parametrize(("reports", "agree"), [
    pytest.param([("2025-01-27",), ("2025-01-27",)], True, id="one day"),
    pytest.param([("2025-01-27",), ("2025-01-28",)], True, id="Monday and the next day's Tuesday"),
    pytest.param([("2025-01-27",), ("2025-01-29",)], False, id="two days apart"),
    pytest.param([("2025-01-27",), ("2025-01-28",), ("2025-01-29",)], False, id="three days in a row"),
    pytest.param([("2025-01-01", "2025-01-31"), ("2025-01-16",)], True, id="a month holds its day"),
    pytest.param([("2025-01-01", "2025-01-31"), ("2025-01-27",), ("2025-01-28",)], True,
                 id="a month keeps the day of slack"),
    pytest.param([("2025-01-01", "2025-01-31"), ("2025-01-31",), ("2025-02-01",)], True,
                 id="the last of the month and the next day's report"),
    pytest.param([("2025-01-01", "2025-01-31"), ("2025-02-01",)], False, id="a month and a day after it"),
    pytest.param([("2025-01-20", "2025-01-26"), ("2025-01-27",)], False, id="a week and the day after it"),
    pytest.param([("2025-01-01", "2025-01-31"), ("2025-01-20", "2025-01-26")], True, id="a month holds a week"),
    pytest.param([("2025-01-01", "2025-01-31"), ("2025-02-01", "2025-02-28")], False, id="two months"),
])
def test_reports_agree_when_periods_overlap_and_days_lie_a_day_apart(reports, agree):
    assert (_story(*reports) is not None) == agree


@pytest.mark.parametrize(("reports", "possible"), [
    pytest.param([("2025-01-27",)], ("2025-01-26", "2025-01-28"), id="a day: a day either side"),
    pytest.param([("2025-01-27",), ("2025-01-28",)], ("2025-01-27", "2025-01-28"), id="two days: those two"),
    pytest.param([("2025-01-01", "2025-01-31")], ("2025-01-01", "2025-01-31"), id="a month: its days"),
    pytest.param([("2025-01-01", "2025-01-31"), ("2025-01-31",)], ("2025-01-30", "2025-02-01"),
                 id="a month and its last day: the day after too"),
])
def test_the_days_a_further_single_day_report_may_name(reports, possible):
    first, last = _story(*reports).possible_days()
    assert (first, last) == (_day(possible[0]), _day(possible[1]))


def test_a_story_of_single_days_leaves_no_window_and_a_month_a_months_days():
    assert _story(("2025-01-27",)).window_days() == 0
    assert _story(("2025-01-01", "2025-01-31")).window_days() == 31


@pytest.mark.parametrize(("first", "second", "one_day"), [
    pytest.param([("2025-12-29",)], [("2025-12-29",)], True, id="one same day"),
    pytest.param([("2025-12-29",), ("2025-12-29",)], [("2025-12-29",)], True, id="a story of that day and a report"),
    pytest.param([("2025-12-29",)], [("2025-12-30",)], False, id="a day apart: agree, not one day"),
    pytest.param([("2025-12-29",), ("2025-12-30",)], [("2025-12-29",)], False, id="a story of two days"),
    pytest.param([("2025-12-01", "2025-12-31")], [("2025-12-29",)], False, id="a month holding the day"),
    pytest.param([("2025-12-01", "2025-12-31"), ("2025-12-29",)], [("2025-12-29",)], False,
                 id="a month and its day: a window, not one day"),
])
def test_one_day_is_the_very_same_single_day_of_every_report(first, second, one_day):
    assert _story(*first).one_day(_story(*second)) == one_day


def test_each_report_has_its_own_period_one_object_per_distinct_period():
    starts = np.array([_day("2025-03-16"), _day("2025-03-01"), _day("2025-03-16"), _day("2025-03-01")])
    ends = np.array([_day("2025-03-16"), _day("2025-03-31"), _day("2025-03-16"), _day("2025-03-31")])
    periods = report_periods(starts, ends)
    assert periods == [_report("2025-03-16"), _report("2025-03-01", "2025-03-31")] * 2
    assert periods[0] is periods[2] and periods[1] is periods[3]
