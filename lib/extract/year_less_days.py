"""Month-days written without a year ("1月20日", "on July 11") in an article nothing dates.

``find_dates`` places a year-less date against the publication date, or against the latest year
read before it; an article with neither leaves it unplaced and it would vanish. These are kept
instead, with their month and day and no year, so that the story they report can give them theirs
(``lib/analyze/story_years.py``). "This year" says too little to match a story by. A bare day of month
("12日", "当地时间12日"), its month left open too, is kept by ``days_alone`` (month 0, ``Event.MONTH_DAY``
"---12"), for a story on the 12th of whatever month to place, as a weekday is. A bare weekday ("on
Tuesday", 周五) is kept too, as a ``YearLessWeekday`` (``lib.extract.weekdays_told.weekdays_alone``): its
story must then be the only one of its company on that weekday. A month with no day ("ruled in March",
今年4月: this year is the article's, which nothing states) is kept by ``months_alone`` as a ``YearLessMonth``
("--03", ISO 8601's month without a year), for a story of that month to place. A day counted from a year-less
month-day told before it ("9月18日，寒武纪…登顶。…截至当日收盘", "4月21日，京东发布公开信。…当天晚上，美团回应") is
kept by ``days_told_again`` as that day, or the day it counts to, with no year either, to be placed with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from lib.extract.dates_candidate_reader import ascii_digits
from lib.extract.dates_en import read_english_dates
from lib.extract.dates_match import DateMatch
from lib.extract.dates_spec import Candidate, DayOfMonth, InYear, YearPart, is_year_less
from lib.extract.dates_zh import read_chinese_dates
from lib.extract.text_spans import clear_of
from lib.periods import Period
from lib.schema import DAY_OF_MONTH_MARK, MONTH_MARK, WEEKDAYS

# The year a year-less day is counted in while its own is unknown: a leap year, so that February 29 is a day too.
_ANY_YEAR = 2000


@dataclass(frozen=True)
class YearLessDay:
    """``text[start:end]`` names day ``day`` of month ``month`` in a year the words leave open."""

    start: int
    end: int
    text: str
    month: int
    day: int

    @property
    def month_day(self) -> str:
        """"01-20": the ``Event.MONTH_DAY`` value; "---12" (ISO 8601's day of month) when the month is open."""
        return f"{self.month:02d}-{self.day:02d}" if self.month else f"{DAY_OF_MONTH_MARK}{self.day:02d}"


@dataclass(frozen=True)
class YearLessMonth:
    """``text[start:end]`` names month ``month`` of a year the article leaves open."""

    start: int
    end: int
    text: str
    month: int

    @property
    def month_day(self) -> str:
        """"--03": the ``Event.MONTH_DAY`` value of a month with no day."""
        return f"{MONTH_MARK}{self.month:02d}"


@dataclass(frozen=True)
class YearLessWeekday:
    """``text[start:end]`` names weekday ``weekday`` (Monday = 0) of a week the article leaves open."""

    start: int
    end: int
    text: str
    weekday: int

    @property
    def name(self) -> str:
        """"Tuesday": the ``Event.WEEKDAY`` value."""
        return WEEKDAYS[self.weekday]


@lru_cache(maxsize=4)
def both_readings(text: str) -> tuple[Candidate, ...]:
    """What the English and the Chinese readers find in ``text``. Kept for the few calls after: the year-less days,
    months (``months_alone``) and quarters (``lib.extract.year_less_parts.parts_alone``) of an undated sentence are
    each sought in the same readings."""
    scanned = ascii_digits(text)
    return (*read_english_dates(scanned), *read_chinese_dates(scanned))


def year_less_days(text: str) -> list[YearLessDay]:
    """The year-less month-days of ``text`` by start, each only where no longer date reading covers
    it ("January 20, 2025" is a whole date, not a year-less "January 20")."""
    candidates = both_readings(text)
    found = []
    for candidate in candidates:
        if not _is_year_less_day(candidate) or any(longer_reading_covers(other, candidate) for other in candidates):
            continue
        part = candidate.spec.part
        found.append(YearLessDay(candidate.start, candidate.end, text[candidate.start:candidate.end],
                                 part.month, part.day))
    return sorted(set(found), key=lambda day: day.start)


def days_alone(text: str, read: Sequence[DateMatch | YearLessDay]) -> list[YearLessDay]:
    """The bare days of month of ``text`` ("12日", "当地时间12日"), month 0, that no date of ``read`` covers:
    in an article nothing dates, the day of a month it leaves open."""
    scanned = ascii_digits(text)
    return [YearLessDay(candidate.start, candidate.end, text[candidate.start:candidate.end], 0, candidate.spec.day)
            for candidate in read_chinese_dates(scanned) if isinstance(candidate.spec, DayOfMonth)
            and clear_of(candidate, read)]


def days_told_again(before: YearLessDay | None, unplaced: Sequence, reread: Callable[..., Sequence[DateMatch]],
                    read: Sequence) -> list[YearLessDay]:
    """The days of a sentence counted from a year-less month-day told before them ("9月18日，…。截至当日收盘",
    "4月21日，京东…。当天晚上，美团回应称", "On March 5, … The same day, it said"), as year-less days, where no date
    of ``read`` covers them: the last such day of ``unplaced`` (the sentence's own) before them, else ``before``,
    the last told in an earlier sentence. ``reread(anchor=day)`` reads the sentence again with a day to count
    from. A count that leaves that day's year ("次日" after "12月31日") is left out: which year that is depends on
    the one still unknown. Words right after the day restate it ("到11月19日那天"): that day told once, no day of
    their own."""
    own = [day for day in unplaced if isinstance(day, YearLessDay) and day.month]
    day = own[-1] if own else before
    if day is None or not day.month:
        return []
    try:
        told = Period(date(_ANY_YEAR, day.month, day.day), "day")
    except ValueError:  # a day no month has ("4月31日"): nothing to count from
        return []
    after = own[-1].end if own else -1
    return [YearLessDay(match.start, match.end, match.text, match.period.start.month, match.period.start.day)
            for match in reread(anchor=told)
            if match.start > after and match.relative and not match.stated and match.period.precision == "day"
            and match.period.start.year == _ANY_YEAR
            and clear_of(match, [*read, *unplaced])]


def months_alone(text: str, read: Sequence) -> list[YearLessMonth]:
    """The year-less months of ``text`` ("in March", 4月, 今年4月: this year is the article's own) that no longer
    reading and no date of ``read`` covers ("March 12" is a day, "2024年3月" a stated month)."""
    candidates = both_readings(text)
    return sorted({YearLessMonth(candidate.start, candidate.end, text[candidate.start:candidate.end],
                                 candidate.spec.part.month)
                   for candidate in candidates if _is_year_less_month(candidate)
                   and not any(longer_reading_covers(other, candidate) for other in candidates)
                   and clear_of(candidate, read)},
                  key=lambda month: month.start)


def _is_year_less_month(candidate: Candidate) -> bool:
    """A month whose year is the article's: none stated, or "this year" (今年4月)."""
    return in_the_articles_year(candidate, ("month",))


def in_the_articles_year(candidate: Candidate, precisions: Sequence[str]) -> bool:
    """A part of a year of one of ``precisions`` whose year is the article's: none stated, or "this year"."""
    spec = candidate.spec
    return (isinstance(spec, InYear) and spec.year is None and spec.offset in (None, 0)
            and spec.toward == "nearest" and not spec.ahead and not spec.fiscal
            and isinstance(spec.part, YearPart) and spec.part.precision in precisions)


def _is_year_less_day(candidate: Candidate) -> bool:
    spec = candidate.spec
    return (is_year_less(spec) and not spec.ahead and isinstance(spec.part, YearPart) and spec.part.precision == "day")


def longer_reading_covers(other: Candidate, candidate: Candidate) -> bool:
    """Whether ``other`` is a longer reading overlapping ``candidate``."""
    return (other.end - other.start > candidate.end - candidate.start
            and other.start < candidate.end and candidate.start < other.end)
