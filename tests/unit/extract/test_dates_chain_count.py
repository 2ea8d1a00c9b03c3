"""What a chained date counts from (``chain_base``) and the period it names from there (``counted_period``)."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.dates_chain_count import chain_base, counted_period
from lib.extract.dates_spec import Chained
from lib.periods import Period

MARCH = Period(date(2024, 3, 1), "month")
APRIL_1 = Period(date(2024, 4, 1), "day")
Q1 = Period(date(2024, 1, 1), "quarter")
YEAR_2024 = Period(date(2024, 1, 1), "year")


@pytest.mark.parametrize(("spec", "focus", "expected"), [
    pytest.param(Chained("month", 0, focus_first=True), MARCH, MARCH, id="month-in-focus-first"),
    pytest.param(Chained("month", 0, focus_first=True), Q1, APRIL_1, id="a-quarter-in-focus-is-no-month"),
    pytest.param(Chained("month", 0), MARCH, APRIL_1, id="without-the-flag-the-date-before"),
    pytest.param(Chained("quarter", -1), Q1, Q1, id="quarters-from-the-focus"),
    pytest.param(Chained("day", 1), MARCH, APRIL_1, id="days-from-the-last-day"),
])
def test_what_a_chained_date_counts_from(spec, focus, expected):
    assert chain_base(spec, last_day=APRIL_1, previous=APRIL_1, recent=APRIL_1, focus=focus) == expected


@pytest.mark.parametrize(("spec", "base", "expected"), [
    pytest.param(Chained("month", 0), APRIL_1, Period(date(2024, 4, 1), "month"), id="the-month-of-a-day"),
    pytest.param(Chained("month", 0), YEAR_2024, None, id="no-month-in-a-year"),
    pytest.param(Chained("year", 0), MARCH, YEAR_2024, id="the-year-of-a-month"),
    pytest.param(Chained("day", 1), APRIL_1, Period(date(2024, 4, 2), "day"), id="the-next-day"),
    pytest.param(Chained("quarter", -1), Q1, Period(date(2023, 10, 1), "quarter"), id="the-previous-quarter"),
    pytest.param(Chained("period", -1), Q1, Period(date(2023, 1, 1), "quarter"), id="the-same-period-last-year"),
    pytest.param(Chained("same", 0), MARCH, MARCH, id="at-that-time"),
    pytest.param(Chained("month", 0), None, None, id="nothing-to-count-from"),
])
def test_the_period_counted_from_a_base(spec, base, expected):
    assert counted_period(spec, base) == expected
