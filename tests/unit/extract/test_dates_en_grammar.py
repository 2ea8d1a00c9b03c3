"""The English reader of reference-grammar classes (``dates_en_grammar``) reads each class's words as its spec;
``test_dates_reference_grammar_classes`` resolves the same classes with ``find_dates`` beside Chinese rows."""

from __future__ import annotations

import pytest

from lib.extract.dates_en_grammar import read_english_grammar_dates
from lib.extract.dates_named_days import WeekHolding
from lib.extract.dates_spec import WHOLE_YEAR, InYear, Shift, year_edge_part
from tests.date_readings import reads_as

MID = year_edge_part("mid")

READS = [
    ("deliveries start the week of March 17.", "the week of March 17", InYear(WeekHolding(3, 17))),
    ("sales in the week ending Jan. 5, 2025 rose", "the week ending Jan. 5, 2025",
     InYear(WeekHolding(1, 5), year=2025)),
    ("it rose in week of Feb 24 trading", "week of Feb 24", InYear(WeekHolding(2, 24))),
    ("it launched the week before last.", "the week before last", Shift("week", -2)),
    ("it will launch the month after next.", "the month after next", Shift("month", 2)),
    ("it peaked the quarter before last.", "the quarter before last", Shift("quarter", -2)),
    ("it listed the year before last.", "the year before last", InYear(WHOLE_YEAR, offset=-2)),
    ("it launched on the 15th of last month.", "the 15th of last month", Shift("month", -1, day=15)),
    ("it will launch on the 3rd of next month.", "the 3rd of next month", Shift("month", 1, day=3)),
    ("it plans to list by mid-year.", "mid-year", InYear(MID, "mid", offset=0, of_the_year=True)),
    ("it plans to list by midyear, people said.", "midyear", InYear(MID, "mid", offset=0, of_the_year=True)),
    ("it plans to list until mid year to expand.", "mid year", InYear(MID, "mid", offset=0, of_the_year=True)),
    ("it plans to list by mid-year 2026.", "mid-year 2026", InYear(MID, "mid", year=2026)),
]

READS_NOTHING = [
    "Tencent reported mid-year results.",  # mid-year qualifies a noun: no time of what is told
    "JD set a record in its midyear shopping festival.",
    "by mid-year results season",
    "It hit 10 million downloads within a week of its launch.",  # "a week of" a happening is a span
    "the week before the launch",  # no "last": dates_en_chains' business
    "Shares are down 7% year-to-date.",  # left out: a figure's span, as a duration
    "the weekend of March 15",
]


@pytest.mark.parametrize(("text", "words", "spec"), READS)
def test_a_class_reads_as_its_spec(text, words, spec):
    assert reads_as(read_english_grammar_dates, text, words, spec)


@pytest.mark.parametrize("text", READS_NOTHING)
def test_a_near_miss_reads_nothing(text):
    assert reads_as(read_english_grammar_dates, text, None, None)


@pytest.mark.parametrize(("month", "day", "year", "monday"), [
    (3, 17, 2025, "2025-03-17"),  # a Monday is its own week's first day
    (3, 7, 2025, "2025-03-03"),
    (1, 1, 2025, "2024-12-30"),  # the week may begin in the year before
])
def test_the_week_holding_a_day_begins_on_its_monday(month, day, year, monday):
    period = WeekHolding(month, day).in_year(year)
    assert (period.start.isoformat(), period.precision) == (monday, "week")


def test_a_day_the_year_lacks_holds_no_week():
    assert WeekHolding(2, 29).in_year(2025) is None
