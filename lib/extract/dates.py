"""Find the date expressions in a sentence and resolve each to a calendar period.

English and Chinese readers (``dates_en``, ``dates_zh``) propose readings; this stage places each
on the calendar relative to the publication period, keeps the longest non-overlapping readings,
and finally counts chained days ("the next day", "次日") from the date before them.

A period never claims more than the words say: "April 2023" is a month, "mid-February" a month
with qualifier "mid", "late last year" the last quarter of that year with qualifier "late", and
"mid-2023" the whole year with qualifier "mid" (mid-year straddles both halves). Spans hold only
the date's own words: "in 2021" yields "2021", "at the end of 2024" yields "the end of 2024".

Year-less dates ("August 15", "3月") take the latest year that does not put them after the end of
the publication period, unless the sentence holds a future cue ("will", "deadline", "将"); then
the earliest year that does not put them before its start. Dates that need the publication date
are dropped when it is unknown; week and day shifts and weekdays need a day-precise publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from lib.extract.dates_en import read_english_dates
from lib.extract.dates_spec import Candidate, Chained, DateSpec, InYear, OnWeekday, Shift
from lib.extract.dates_zh import read_chinese_dates
from lib.periods import Period, align, is_finer

# Full-width digits become ASCII so one set of patterns reads both; lengths, hence offsets, stay.
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULL_WIDTH_DIGIT = re.compile("[０-９]")  # a search is cheaper than translating every sentence
# How far a year-less date may be placed from the publication year; wide enough for February 29.
_YEAR_SEARCH = 8


@dataclass(frozen=True)
class DateMatch:
    """A date's own words, ``text[start:end]``, and the period they name.

    ``qualifier`` is "", "early", "mid", "late" or "end"; ``relative`` is True when the period
    depended on the publication date or on an earlier date in the text.
    """

    start: int
    end: int
    text: str
    period: Period
    qualifier: str
    relative: bool


def find_dates(
    text: str,
    published: Period | None,
    future_cues: Sequence[str] = (),
    *,
    anchor: Period | None = None,
) -> list[DateMatch]:
    """The dates in ``text``, non-overlapping, sorted by start, longest readings preferred.

    ``published`` is the article's publication period (None when unknown). ``future_cues`` are
    words that mark a year-less date as lying ahead. ``anchor`` is the last day-precise date read
    before ``text`` (e.g. in an earlier sentence), so "the next day" can chain across sentences;
    a day-precise date earlier in ``text`` itself takes precedence.
    """
    scanned = text.translate(_ASCII_DIGITS) if _FULL_WIDTH_DIGIT.search(text) else text
    candidates = [*read_english_dates(scanned), *read_chinese_dates(scanned)]
    if not candidates:
        return []  # most sentences: nothing below would change that
    # Only a year-less date placed against a known publication period depends on the cues.
    ahead = (
        published is not None
        and any(_year_less(candidate.spec) for candidate in candidates)
        and mentions_future(text, tuple(future_cues))
    )
    readings = []
    for candidate in candidates:
        if isinstance(candidate.spec, Chained):
            readings.append((candidate, None))
        elif (period := resolve(candidate.spec, published, ahead)) is not None:
            readings.append((candidate, period))
    return _chain(text, _longest_first(readings), anchor)


def _year_less(spec: DateSpec) -> bool:
    return isinstance(spec, InYear) and spec.year is None and spec.offset is None and spec.toward == "nearest"


def mentions_future(text: str, future_cues: tuple[str, ...]) -> bool:
    """Whether any cue occurs in ``text``: Latin cues as whole words in any case, others anywhere."""
    return bool(future_cues) and _cue_pattern(future_cues).search(text) is not None


@lru_cache(maxsize=32)
def _cue_pattern(future_cues: tuple[str, ...]) -> re.Pattern:
    alternatives = [
        rf"(?<![A-Za-z]){re.escape(cue)}(?![A-Za-z])" if cue.isascii() else re.escape(cue)
        for cue in future_cues
        if cue.strip()
    ]
    return re.compile("|".join(alternatives) or r"(?!)", re.IGNORECASE)


def resolve(spec: DateSpec, published: Period | None, ahead: bool = False) -> Period | None:
    """The period ``spec`` names, or None when the publication period cannot settle it."""
    try:
        return _resolve(spec, published, ahead)
    except (ValueError, OverflowError):
        return None  # the period would fall off the calendar (before year 1 or after 9999)


def _resolve(spec: DateSpec, published: Period | None, ahead: bool) -> Period | None:
    if isinstance(spec, InYear) and spec.year is not None:
        return spec.part.in_year(spec.year)
    if published is None:
        return None
    if isinstance(spec, InYear):
        return _resolve_in_year(spec, published, ahead)
    if isinstance(spec, Shift):
        return _resolve_shift(spec, published)
    if isinstance(spec, OnWeekday):
        return _resolve_weekday(spec, published)
    return None


def _resolve_in_year(spec: InYear, published: Period, ahead: bool) -> Period | None:
    if spec.offset is not None:
        return spec.part.in_year(published.start.year + spec.offset)
    low, high = published.start.year - _YEAR_SEARCH, published.end.year + _YEAR_SEARCH
    # A part of year y lies inside year y, and the same part of a later year is a later period:
    # so the first fit, walking from the nearest year that can fit, is the one min or max picks.
    if spec.toward == "nearest":
        if ahead:
            return _first(spec.part, range(published.start.year, high + 1), lambda p: p.end >= published.start)
        return _first(spec.part, range(published.end.year, low - 1, -1), lambda p: p.start <= published.end)
    if is_finer("month", published.precision):
        return None  # "last July" is undecidable when only the publication year is known
    if spec.toward == "before":
        month_start = align(published.start, "month")
        return _first(spec.part, range(month_start.year, low - 1, -1), lambda p: p.end < month_start)
    month_after = _add_months(align(published.end, "month"), 1)
    return _first(spec.part, range(month_after.year, high + 1), lambda p: p.start >= month_after)


def _first(part, years, fits) -> Period | None:
    """The part in the first of ``years`` where it exists (February 29) and ``fits``."""
    return next((period for year in years if (period := part.in_year(year)) is not None and fits(period)), None)


def _resolve_shift(spec: Shift, published: Period) -> Period | None:
    if is_finer(spec.unit, published.precision):
        return None
    base = align(published.start, spec.unit)
    if spec.unit == "day":
        return Period(base + timedelta(days=spec.offset), "day")
    if spec.unit == "week":
        return Period(base + timedelta(weeks=spec.offset), "week")
    months = {"month": 1, "quarter": 3}[spec.unit] * spec.offset
    return Period(_add_months(base, months), spec.unit)


def _resolve_weekday(spec: OnWeekday, published: Period) -> Period | None:
    """A bare weekday is the latest on or before publication: news reports what has happened."""
    if published.precision != "day":
        return None
    day = published.start
    if spec.week_offset is not None:
        week = align(day, "week") + timedelta(weeks=spec.week_offset)
        return Period(week + timedelta(days=spec.weekday), "day")
    if spec.toward == "after":
        return Period(day + timedelta(days=(spec.weekday - day.weekday() - 1) % 7 + 1), "day")
    step = (day.weekday() - spec.weekday) % 7 or (7 if spec.toward == "before" else 0)
    return Period(day - timedelta(days=step), "day")


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _longest_first(readings: list[tuple[Candidate, Period | None]]) -> list[tuple[Candidate, Period | None]]:
    """The longest readings that do not overlap a longer (or equally long, earlier) one, by start."""
    chosen: list[tuple[Candidate, Period | None]] = []
    taken: list[tuple[int, int]] = []
    for candidate, period in sorted(readings, key=lambda r: (r[0].start - r[0].end, r[0].start)):
        if all(candidate.end <= start or candidate.start >= end for start, end in taken):
            chosen.append((candidate, period))
            taken.append((candidate.start, candidate.end))
    return sorted(chosen, key=lambda reading: reading[0].start)


def _chain(
    text: str, readings: list[tuple[Candidate, Period | None]], anchor: Period | None
) -> list[DateMatch]:
    """DateMatches in text order, counting chained dates from the date read before them."""
    matches: list[DateMatch] = []
    previous = anchor
    last_day = anchor if anchor is not None and anchor.precision == "day" else None
    for candidate, period in readings:
        spec = candidate.spec
        if isinstance(spec, Chained):
            period = _count_from(spec, last_day if spec.unit == "day" else previous)
        if period is None:
            continue
        matches.append(_match(text, candidate, period))
        previous = period
        if period.precision == "day":
            last_day = period
    return matches


def _count_from(spec: Chained, base: Period | None) -> Period | None:
    if base is None:
        return None
    try:
        if spec.unit == "day":
            return Period(base.start + timedelta(days=spec.offset), "day")
        return Period(date(base.start.year + spec.offset, 1, 1), "year")
    except (ValueError, OverflowError):
        return None  # counted off the calendar


def _match(text: str, candidate: Candidate, period: Period) -> DateMatch:
    spec = candidate.spec
    qualifier = spec.qualifier if isinstance(spec, InYear) else ""
    relative = not (isinstance(spec, InYear) and spec.year is not None)
    return DateMatch(candidate.start, candidate.end, text[candidate.start : candidate.end], period, qualifier,
                     relative)
