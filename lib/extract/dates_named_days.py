"""Days a calendar rule names, for the date specs of ``dates_spec`` to place in a year.

A lunar day (中秋, 春节), a holiday fixed by its weekday (Thanksgiving), a day whose rule changed in some
year (the Super Bowl), the run-up to a named day (春节前夕) and the week holding a solar day ("the week of
March 17"): each knows its period in any one year, or None when that year has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from lunardate import LunarDate

from lib.periods import Period


class InAYear(Protocol):
    """A part of a calendar year (``dates_spec.YearPart``) or a named day: its period in a year, or None."""

    def in_year(self, year: int) -> Period | None: ...


@dataclass(frozen=True)
class LunarDay:
    """A day of the Chinese lunar calendar ("中秋" is the 15th of the 8th month), ``shift`` days on.

    In year ``y`` it is the day of lunar year ``y``: lunar months 1 to 11 begin inside Gregorian
    year ``y``, so a later year still means a later day, as resolving year-less dates assumes.
    """

    month: int
    day: int
    shift: int = 0
    precision: str = "day"

    def in_year(self, year: int) -> Period | None:
        try:
            solar = LunarDate(year, self.month, self.day).to_solar_date()
            return Period(solar + timedelta(days=self.shift), "day")
        except (ValueError, OverflowError):
            return None  # outside the library's table (1900-2099) or a day the month lacks


@dataclass(frozen=True)
class WeekdayOnOrAfter:
    """The first ``weekday`` (Monday = 0) on or after a solar ``month``/``day``, ``shift`` days on: a holiday
    fixed by its weekday (Thanksgiving, the fourth Thursday of November, is the first on or after November 22)."""

    month: int
    day: int
    weekday: int
    shift: int = 0
    precision: str = "day"

    def in_year(self, year: int) -> Period | None:
        try:
            first = date(year, self.month, self.day)
        except ValueError:
            return None
        return Period(first + timedelta(days=(self.weekday - first.weekday()) % 7 + self.shift), "day")


@dataclass(frozen=True)
class ByYears:
    """A named day whose rule changed in some year (the Super Bowl, the first Sunday of February up to 2021,
    the second from 2022): ``rules`` are (first year, last year, part), None for an open end. In a year it
    is the part of the first rule holding then; None when no rule does."""

    rules: tuple[tuple[int | None, int | None, InAYear], ...]
    precision: str = "day"

    def in_year(self, year: int) -> Period | None:
        return next((part.in_year(year) for first, last, part in self.rules
                     if (first or year) <= year <= (last or year)), None)


@dataclass(frozen=True)
class MonthBefore:
    """The run-up to a named day ("春节前夕", the eve of the Spring Festival): the month of the day before it."""

    day: InAYear
    precision: str = "month"

    def in_year(self, year: int) -> Period | None:
        if (day := self.day.in_year(year)) is None:
            return None
        eve = day.start - timedelta(days=1)
        return Period(eve.replace(day=1), "month")


@dataclass(frozen=True)
class WeekHolding:
    """The week (Monday first) that holds a solar ``month``/``day``: "the week of March 17"."""

    month: int
    day: int
    precision: str = "week"

    def in_year(self, year: int) -> Period | None:
        try:
            day = date(year, self.month, self.day)
        except ValueError:
            return None
        return Period(day - timedelta(days=day.weekday()), "week")
