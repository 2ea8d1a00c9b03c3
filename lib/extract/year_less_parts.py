"""Quarters and halves written without a year ("first-half net profit", "in the third quarter", 第三季度) in an
article nothing dates, told before the sentence that states the story's year.

A results story often names its period bare in its lead and states the year only later ("Pop Mart reported a 396.5%
surge in first-half net profit … In the first half of 2025, The Monsters generated …"): the bare period is of that
year when it lies in the half-year up to that first date, as a year-less month or day is
(``lib.extract.story_time.placed_before_the_first_date``). A quarter the story sets against the same quarter a year
back ("compared to the third quarter of 2020") is the one it reports, a year on: a bare quarter of that number is that
quarter told again (``placed_as_reported``). Unlike a month or a day, a part of a year has no story of its own to
match by, so one that nothing places is no event (``without_open_parts``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from lib.extract.dates_spec import Candidate
from lib.extract.story_time import placed_in
from lib.extract.text_spans import clear_of
from lib.extract.year_less_days import both_readings, in_the_articles_year, longer_reading_covers
from lib.periods import Period
from lib.schema import MONTH_MARK, YEAR_UNKNOWN
from lib.schema import Event as E

PARTS = ("quarter", "half")


@dataclass(frozen=True)
class YearLessPart:
    """``text[start:end]`` names the quarter or half (``precision``) opening in month ``month`` of a year the
    article leaves open."""

    start: int
    end: int
    text: str
    precision: str
    month: int

    @property
    def month_day(self) -> str:
        """"--07": the part's first month, as a month alone is kept (``Event.MONTH_DAY``); its precision says it is a
        quarter or a half."""
        return f"{MONTH_MARK}{self.month:02d}"


def parts_alone(text: str, read: Sequence) -> list[YearLessPart]:
    """The year-less quarters and halves of ``text`` ("the third quarter", "first-half", 第三季度, 上半年: this year
    is the article's own) that no longer reading and no date of ``read`` covers."""
    candidates = both_readings(text)
    return sorted({YearLessPart(candidate.start, candidate.end, text[candidate.start:candidate.end],
                                candidate.spec.part.precision, candidate.spec.part.month)
                   for candidate in candidates if _is_year_less_part(candidate)
                   and not any(longer_reading_covers(other, candidate) for other in candidates)
                   and clear_of(candidate, read)},
                  key=lambda part: part.start)


def placed_as_reported(rows: list[dict], reported: Collection[Period]) -> list[dict]:
    """``rows`` (``lib.schema.Event`` columns) with each year-less quarter the story leaves open placed at the
    quarter of the same number it reports (``reported``: a quarter a figure is set against, a year on,
    ``story_time.a_year_on``): "NetEase's revenue for the third quarter … an increase of 18.9% compared to the
    third quarter of 2020" tells the third quarter of 2021 twice. Only when one reported quarter has that number."""
    by_month: dict[int, set[Period]] = {}
    for period in reported:
        by_month.setdefault(period.start.month, set()).add(period)
    placed = []
    for row in rows:
        if row[E.QUALIFIER] == YEAR_UNKNOWN and row[E.PRECISION] == "quarter":
            found = by_month.get(int(row[E.MONTH_DAY][len(MONTH_MARK):]), set())
            row = placed_in(row, next(iter(found))) if len(found) == 1 else row
        placed.append(row)
    return placed


def without_open_parts(rows: list[dict]) -> list[dict]:
    """``rows`` (``lib.schema.Event`` columns) without the year-less quarters and halves the story left unplaced."""
    return [row for row in rows if not (row[E.QUALIFIER] == YEAR_UNKNOWN and row[E.PRECISION] in PARTS)]


def _is_year_less_part(candidate: Candidate) -> bool:
    """A quarter or half whose year is the article's: none stated, or "this year" (今年上半年)."""
    return in_the_articles_year(candidate, PARTS) and not candidate.spec.qualifier
