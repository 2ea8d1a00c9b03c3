"""dates_en_words: the pattern pieces the English date readers share, and ``year_of``.

Each piece is matched at the start of a realistic phrase; a row with None must not match there. Chinese rows
show the pieces read no Chinese date words (the Chinese readers' grammar is ``dates_zh_grammar``).
"""

from __future__ import annotations

import re

import pytest

from lib.extract.dates_en_words import ANY_MONTH, ANY_YEAR, DAY, STATED_YEAR, year_of
from lib.extract.dates_spec import WHOLE_YEAR, InYear, quarter_part


@pytest.mark.parametrize(
    ("piece", "text", "matched"),
    [
        (ANY_MONTH, "September 30, Tencent said", "September"),
        (ANY_MONTH, "Sept. 30, Tencent said", "Sept."),
        (ANY_MONTH, "Jan 28 trading resumed", "Jan"),
        (ANY_MONTH, "Janet Yellen said", None),
        (ANY_MONTH, "九月三十日腾讯表示", None),
        (DAY, "7th: Xiaomi's launch", "7th"),
        (DAY, "28 trading resumed", "28"),
        (DAY, "30: the clock", None),  # a clock's hour
        (DAY, "3.5 million users", None),  # a figure
        (DAY, "5G phones", None),
        (STATED_YEAR, "2024 revenue rose", "2024"),
        (STATED_YEAR, "1999, Alibaba was founded", "1999"),
        (STATED_YEAR, "2000 employees", "2000"),  # a bare number; dates_en_bare decides whether it is a year
        (STATED_YEAR, "2024% growth", None),
        (STATED_YEAR, "2050s", None),
        (STATED_YEAR, "二〇二四年", None),
        (ANY_YEAR, "last year, Baidu cut prices", "last year"),
        (ANY_YEAR, "Next Year the plant opens", "Next Year"),
        (ANY_YEAR, "the current year", "the current year"),
        (ANY_YEAR, "the year's best seller", "the year"),
        (ANY_YEAR, "yearly revenue", None),
        (ANY_YEAR, "去年百度降价", None),
    ],
)
def test_a_piece_matches_the_date_words_only(piece, text, matched):
    match = re.compile(piece, re.ASCII).match(text)
    assert (match[0] if match else None) == matched


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("the fourth quarter of 2023", InYear(quarter_part(4), year=2023)),
        ("the fourth quarter of last year", InYear(quarter_part(4), offset=-1)),
        ("the fourth quarter of next year", InYear(quarter_part(4), offset=1)),
        ("the fourth quarter of the year", InYear(quarter_part(4), offset=0, of_the_year=True)),
        ("the fourth quarter of the current year", InYear(quarter_part(4), offset=0, of_the_year=False)),
        ("the fourth quarter", InYear(quarter_part(4))),
    ],
)
def test_year_of_places_the_part_in_the_year_the_match_names(text, spec):
    match = re.compile(rf"the fourth quarter(?: of {ANY_YEAR})?", re.ASCII).fullmatch(text)
    assert year_of(match, quarter_part(4)) == spec


def test_year_of_keeps_the_qualifier():
    match = re.compile(rf"late {STATED_YEAR}", re.ASCII).fullmatch("late 2023")
    assert year_of(match, WHOLE_YEAR, "late") == InYear(WHOLE_YEAR, "late", year=2023)
