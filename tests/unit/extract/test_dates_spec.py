"""dates_spec on its own: year slices and lunar days placed in a year."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.dates_spec import (
    WHOLE_YEAR,
    Chained,
    InYear,
    Shift,
    YearPart,
    day_part,
    half_part,
    is_year_less,
    month_part,
    quarter_part,
    year_edge_part,
)
from lib.periods import Period


@pytest.mark.parametrize(("part", "year", "period"), [
    (day_part(3, 5), 2024, Period(date(2024, 3, 5), "day")),
    (month_part(8), 2023, Period(date(2023, 8, 1), "month")),
    (quarter_part(3), 2024, Period(date(2024, 7, 1), "quarter")),
    (quarter_part(4), 2023, Period(date(2023, 10, 1), "quarter")),
    (half_part(2), 2025, Period(date(2025, 7, 1), "half")),
    (half_part(1), 2025, Period(date(2025, 1, 1), "half")),
    (WHOLE_YEAR, 2022, Period(date(2022, 1, 1), "year")),
    (day_part(2, 29), 2024, Period(date(2024, 2, 29), "day")),
    (day_part(2, 29), 2023, None),  # no leap day that year
    (WHOLE_YEAR, 0, None),
])
def test_year_part_in_a_year(part, year, period):
    assert part.in_year(year) == period


@pytest.mark.parametrize(("qualifier", "part"), [
    ("early", quarter_part(1)), ("late", quarter_part(4)), ("end", quarter_part(4)), ("mid", WHOLE_YEAR),
])
def test_year_edge_part(qualifier, part):
    assert year_edge_part(qualifier) == part


def test_year_part_defaults_to_january_first():
    assert YearPart("year") == WHOLE_YEAR


@pytest.mark.parametrize(("spec", "expected"), [
    (InYear(day_part(8, 15)), True),                       # "August 15", "8月15日"
    (InYear(month_part(3)), True),                         # "in March", "3月"
    (InYear(month_part(3), year=2024), False),             # "March 2024"
    (InYear(month_part(3), offset=-1), False),             # "去年3月"
    (InYear(month_part(7), toward="before"), False),       # "last July"
    (Shift("month", -1), False),                           # "last month"
    (Chained("day", 1), False),                            # "the next day"
])
def test_a_year_less_date_states_no_year_and_counts_from_nothing(spec, expected):
    assert is_year_less(spec) is expected
