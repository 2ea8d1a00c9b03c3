"""Calendar periods: a start date plus a precision, and the arithmetic every stage shares.

A period never claims more than was read: ``Period(date(2023, 4, 1), "month")`` means
"some time in April 2023", and its start day is a convention, not a claim.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from lib.schema import PRECISIONS

_PRECISION_RANK = {name: rank for rank, name in enumerate(PRECISIONS)}
# How many calendar months a period of each month-based precision spans.
MONTHS_IN_PRECISION = {"month": 1, "quarter": 3, "half": 6, "year": 12}
# How many days a period of each day-based precision spans.
DAYS_IN_PRECISION = {"day": 1, "week": 7}


@dataclass(frozen=True, order=True)
class Period:
    """A calendar period: ``start`` is the first day, ``precision`` one of ``PRECISIONS``."""

    start: date
    precision: str

    def __post_init__(self) -> None:
        if self.precision not in _PRECISION_RANK:
            raise ValueError(f"unknown precision {self.precision!r}")
        if self.start != align(self.start, self.precision):
            raise ValueError(f"{self.start} is not the start of a {self.precision}")

    @property
    def end(self) -> date:
        """The last day of the period."""
        return period_end(self.start, self.precision)

    def iso(self) -> str:
        """The period in the shortest ISO form that does not overstate it."""
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision in ("month", "quarter", "half"):
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


# ``align`` and ``period_end`` are asked of the same few days over and over (every Period made checks its
# start, every ``end`` is worked out anew): remembered, each answer costs a fifth as much.
@lru_cache(maxsize=4096)
def align(day: date, precision: str) -> date:
    """The first day of the ``precision``-long period that holds ``day``."""
    if precision == "day":
        return day
    if precision == "week":
        return day - timedelta(days=day.weekday())
    if precision == "month":
        return day.replace(day=1)
    if precision == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if precision == "half":
        return date(day.year, 1 if day.month <= 6 else 7, 1)
    if precision == "year":
        return date(day.year, 1, 1)
    raise ValueError(f"unknown precision {precision!r}")


@lru_cache(maxsize=4096)
def period_end(start: date, precision: str) -> date:
    """The last day of the period that starts at ``start``."""
    if precision == "day":
        return start
    if precision == "week":
        return start + timedelta(days=6)
    last_month = start.month + MONTHS_IN_PRECISION[precision] - 1
    year = start.year + (last_month - 1) // 12
    month = (last_month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def is_finer(precision: str, than: str) -> bool:
    return _PRECISION_RANK[precision] < _PRECISION_RANK[than]


_ISO_VALUE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


def parse_iso_period(value: str) -> Period:
    """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a Period; raise ValueError otherwise."""
    match = _ISO_VALUE.match(value or "")
    if not match:
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    if day is not None:
        return Period(date(int(year), int(month), int(day)), "day")
    if month is not None:
        return Period(date(int(year), int(month), 1), "month")
    return Period(date(int(year), 1, 1), "year")
