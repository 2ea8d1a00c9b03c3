"""Calendar periods: alignment, last days, ISO forms, precision order and reading ISO values."""

from datetime import date

import pytest

from lib.periods import Period, align, is_finer, parse_iso_period, period_end


@pytest.mark.parametrize(("day", "precision", "start"), [
    (date(2024, 2, 29), "day", date(2024, 2, 29)),
    (date(2025, 1, 29), "week", date(2025, 1, 27)),          # a Wednesday: back to Monday
    (date(2025, 1, 1), "week", date(2024, 12, 30)),          # a week that starts in the old year
    (date(2023, 4, 17), "month", date(2023, 4, 1)),
    (date(2023, 12, 31), "quarter", date(2023, 10, 1)),
    (date(2023, 6, 30), "half", date(2023, 1, 1)),
    (date(2023, 7, 1), "half", date(2023, 7, 1)),
    (date(2023, 11, 11), "year", date(2023, 1, 1)),
])
def test_align_gives_the_first_day_of_the_period_holding_the_day(day, precision, start):
    assert align(day, precision) == start


@pytest.mark.parametrize(("start", "precision", "end"), [
    (date(2024, 2, 1), "month", date(2024, 2, 29)),          # leap February
    (date(2023, 2, 1), "month", date(2023, 2, 28)),
    (date(2024, 12, 30), "week", date(2025, 1, 5)),
    (date(2023, 10, 1), "quarter", date(2023, 12, 31)),      # ends in December, not month 13
    (date(2023, 7, 1), "half", date(2023, 12, 31)),
    (date(2023, 1, 1), "year", date(2023, 12, 31)),
    (date(2023, 5, 4), "day", date(2023, 5, 4)),
])
def test_period_end_is_the_last_day(start, precision, end):
    assert period_end(start, precision) == end
    assert Period(start, precision).end == end


@pytest.mark.parametrize(("period", "iso"), [
    (Period(date(2025, 1, 20), "day"), "2025-01-20"),
    (Period(date(2025, 1, 20), "week"), "2025-01-20"),
    (Period(date(2025, 1, 1), "month"), "2025-01"),
    (Period(date(2025, 4, 1), "quarter"), "2025-04"),
    (Period(date(2025, 7, 1), "half"), "2025-07"),
    (Period(date(2025, 1, 1), "year"), "2025"),
])
def test_iso_form_does_not_overstate_the_period(period, iso):
    assert period.iso() == iso


@pytest.mark.parametrize(("start", "precision"), [
    (date(2023, 4, 2), "month"),      # not the first of the month
    (date(2023, 2, 1), "quarter"),    # quarters start in Jan, Apr, Jul, Oct
    (date(2025, 1, 28), "week"),      # a Tuesday
    (date(2023, 1, 1), "decade"),     # no such precision
])
def test_a_period_that_does_not_start_at_its_start_is_refused(start, precision):
    with pytest.raises(ValueError):
        Period(start, precision)


def test_contains_includes_both_ends_and_nothing_outside():
    quarter = Period(date(2023, 10, 1), "quarter")
    assert [quarter.contains(day) for day in (date(2023, 9, 30), date(2023, 10, 1), date(2023, 12, 31),
                                             date(2024, 1, 1))] == [False, True, True, False]


@pytest.mark.parametrize(("precision", "than", "finer"), [
    ("day", "week", True), ("month", "quarter", True), ("half", "year", True),
    ("year", "month", False), ("month", "month", False),
])
def test_is_finer_follows_the_precision_order(precision, than, finer):
    assert is_finer(precision, than) is finer


@pytest.mark.parametrize(("value", "period"), [
    ("2025", Period(date(2025, 1, 1), "year")),
    ("2025-01", Period(date(2025, 1, 1), "month")),
    ("2025-1", Period(date(2025, 1, 1), "month")),
    (" 2024-02-29 ", Period(date(2024, 2, 29), "day")),
])
def test_parse_iso_period_reads_each_form_at_its_precision(value, period):
    assert parse_iso_period(value) == period


@pytest.mark.parametrize("value", ["", None, "25", "2025/01", "2025-13", "2023-02-29", "Jan 2025", "2025-01-01T00"])
def test_parse_iso_period_refuses_what_is_not_a_date(value):
    with pytest.raises(ValueError):
        parse_iso_period(value)
