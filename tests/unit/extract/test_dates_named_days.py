"""dates_named_days on its own: lunar days, weekday-fixed holidays, days whose rule changed, a named day's
run-up and the week holding a day, each placed in a year."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.dates_named_days import ByYears, LunarDay, MonthBefore, WeekdayOnOrAfter, WeekHolding
from lib.extract.dates_spec import day_part
from lib.periods import Period


@pytest.mark.parametrize(("lunar", "year", "period"), [
    (LunarDay(8, 15), 2024, Period(date(2024, 9, 17), "day")),  # 中秋 2024
    (LunarDay(1, 1), 2025, Period(date(2025, 1, 29), "day")),  # 春节 2025
    (LunarDay(1, 1, shift=-1), 2025, Period(date(2025, 1, 28), "day")),  # 除夕 2025
    (LunarDay(8, 15), 2150, None),  # outside the lunar table
])
def test_lunar_day_in_a_year(lunar, year, period):
    assert lunar.in_year(year) == period


# The Super Bowl: the first Sunday of February from 2004 to 2021, the first on or after February 8 from 2022.
_SUPER_BOWL = ByYears(((2004, 2021, WeekdayOnOrAfter(2, 1, 6)), (2022, None, WeekdayOnOrAfter(2, 8, 6))))


@pytest.mark.parametrize(("part", "year", "period"), [
    (_SUPER_BOWL, 2019, Period(date(2019, 2, 3), "day")),
    (_SUPER_BOWL, 2020, Period(date(2020, 2, 2), "day")),
    (_SUPER_BOWL, 2021, Period(date(2021, 2, 7), "day")),
    (_SUPER_BOWL, 2022, Period(date(2022, 2, 13), "day")),
    (_SUPER_BOWL, 2025, Period(date(2025, 2, 9), "day")),
    (_SUPER_BOWL, 2026, Period(date(2026, 2, 8), "day")),
    (_SUPER_BOWL, 2003, None),  # no rule holds
    (ByYears(((None, 2020, day_part(5, 1)), (2021, 2021, LunarDay(8, 15)))), 1999, Period(date(1999, 5, 1), "day")),
    (ByYears(((None, 2020, day_part(5, 1)), (2021, 2021, LunarDay(8, 15)))), 2021, Period(date(2021, 9, 21), "day")),
    (ByYears(((None, 2020, day_part(5, 1)), (2021, 2021, LunarDay(8, 15)))), 2022, None),
])
def test_a_day_whose_rule_changed_is_the_day_of_the_rule_holding_that_year(part, year, period):
    assert part.in_year(year) == period


@pytest.mark.parametrize(("part", "year", "period"), [
    (WeekdayOnOrAfter(11, 22, 3), 2024, Period(date(2024, 11, 28), "day")),  # Thanksgiving 2024
    (WeekdayOnOrAfter(11, 22, 3, shift=1), 2025, Period(date(2025, 11, 28), "day")),  # Black Friday 2025
    (WeekdayOnOrAfter(2, 30, 0), 2025, None),  # no such day
])
def test_a_holiday_fixed_by_its_weekday_in_a_year(part, year, period):
    assert part.in_year(year) == period


@pytest.mark.parametrize(("part", "year", "period"), [
    (MonthBefore(LunarDay(1, 1)), 2026, Period(date(2026, 2, 1), "month")),  # 春节前夕: 春节 2026-02-17
    (MonthBefore(LunarDay(1, 1)), 2025, Period(date(2025, 1, 1), "month")),  # 春节 2025-01-29
    (MonthBefore(day_part(10, 1)), 2025, Period(date(2025, 9, 1), "month")),  # 國慶前夕
    (MonthBefore(LunarDay(1, 1)), 2150, None),  # outside the lunar table
])
def test_the_run_up_to_a_named_day_is_the_month_of_its_eve(part, year, period):
    assert part.in_year(year) == period


@pytest.mark.parametrize(("part", "year", "period"), [
    (WeekHolding(3, 17), 2025, Period(date(2025, 3, 17), "week")),
    (WeekHolding(3, 20), 2025, Period(date(2025, 3, 17), "week")),
    (WeekHolding(2, 29), 2025, None),
])
def test_the_week_holding_a_day_starts_on_its_monday(part, year, period):
    assert part.in_year(year) == period
