"""Find the date expressions in a sentence and resolve each to a calendar period.

English and Chinese readers (``dates_en``, ``dates_zh``) propose readings; this stage places each
on the calendar relative to the publication period, keeps the longest non-overlapping readings,
and finally counts chained days ("the next day", "次日") from the date before them.

A period never claims more than the words say: "April 2023" is a month, "mid-February" a month
with qualifier "mid", "late last year" the last quarter of that year with qualifier "late", and
"mid-2023" the whole year with qualifier "mid" (mid-year straddles both halves). Spans hold only
the date's own words: "in 2021" yields "2021", "at the end of 2024" yields "the end of 2024".

Year-less dates ("August 15", "3月", "中秋") take the latest year that does not put them after the
end of the publication period, unless a future cue governs them (``dates_cues``: "takes effect on",
"将于", "…起"); then the earliest year that does not put them before its start. A bare weekday is
likewise the latest on or before publication unless its words or a governing cue point ahead, and
so is a bare Chinese day of month ("12日"). A modal future word earlier in the date's clause ("could
announce … as early as Nov. 16") places it ahead only when that is nearer publication; a past
auxiliary ("were effective on", "已于") cancels a cue.
Dates that need the publication date are dropped when it is unknown; week and day shifts and
weekdays need a day-precise publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from lib.extract.dates_cues import cue_patterns, governs, leans_ahead
from lib.extract.dates_en import read_english_dates
from lib.extract.dates_festivals import read_festival_dates
from lib.extract.dates_ranges import ends_in_their_starts_year
from lib.extract.dates_spec import Candidate, Chained, DateSpec, DayOfMonth, InYear, OnWeekday, Shift
from lib.extract.dates_zh import read_chinese_dates
from lib.periods import Period, align, is_finer
from lib.rules.dates import FutureCue

# Full-width digits become ASCII so one set of patterns reads both; lengths, hence offsets, stay.
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULL_WIDTH_DIGIT = re.compile("[０-９]")  # a search is cheaper than translating every sentence
# How far a year-less date may be placed from the publication year; wide enough for February 29.
_YEAR_SEARCH = 8
# A year-less day a day or two after a day-precise publication is this year's (a late update, another time zone,
# an article dated at its first draft), never the same day of the year before.
_DAYS_JUST_AFTER = 2


@dataclass(frozen=True)
class DateMatch:
    """A date's own words, ``text[start:end]``, and the period they name.

    ``qualifier`` is "", "early", "mid", "late" or "end"; ``relative`` is True when the period
    depended on the publication date or on an earlier date in the text; ``ahead`` is True when the
    period starts after the publication period ends, or the words put it ahead ("later this year",
    "将于3月1日").
    """

    start: int
    end: int
    text: str
    period: Period
    qualifier: str
    relative: bool
    ahead: bool = False


@dataclass(frozen=True)
class _Reading:
    candidate: Candidate
    period: Period | None  # None for a chained date until it is counted
    governed: bool = False  # a future cue governs it


def find_dates(
    text: str,
    published: Period | None,
    future_cues: Sequence[FutureCue | str] = (),
    *,
    anchor: Period | None = None,
    previous_sentence_date: Period | None = None,
) -> list[DateMatch]:
    """The dates in ``text``, non-overlapping, sorted by start, longest readings preferred.

    ``published`` is the article's publication period (None when unknown). ``future_cues`` are the
    rows of ``lib/rules/future_cues.csv`` (a bare string is a cue standing before the date).
    ``anchor`` is the last day-precise date read before ``text`` (e.g. in an earlier sentence), so
    "the next day" can chain across sentences; a day-precise date earlier in ``text`` itself takes
    precedence, and a day-precise publication date stands in when there is neither.
    ``previous_sentence_date`` is the last date of any precision read in the sentence just before:
    "当时" / "at that time" refers back only that far; month and year anaphora ("同月", "a year
    later") count from it, else from ``anchor``.
    """
    scanned = text.translate(_ASCII_DIGITS) if _FULL_WIDTH_DIGIT.search(text) else text
    candidates = [*read_english_dates(scanned), *read_chinese_dates(scanned), *read_festival_dates(scanned)]
    if not candidates:
        return []  # most sentences: nothing below would change that
    cues = None
    readings = []
    for candidate in candidates:
        spec = candidate.spec
        if isinstance(spec, Chained):
            readings.append(_Reading(candidate, None))
            continue
        governed = False
        if published is not None and future_cues and _cue_sensitive(spec):
            cues = cues or cue_patterns(future_cues)
            day_precise = _day_precise(spec)
            governed = governs(scanned, candidate.start, candidate.end, day_precise, cues) or (
                leans_ahead(scanned, candidate.start, candidate.end, day_precise, cues)
                and _nearer_ahead(spec, published))
        if (period := resolve(spec, published, governed)) is not None:
            readings.append(_Reading(candidate, period, governed))
    readings = ends_in_their_starts_year(scanned, _longest_first(readings))
    return _chain(text, readings, anchor, published, previous_sentence_date)


def _nearer_ahead(spec: DateSpec, published: Period) -> bool:
    """Whether placing the date ahead puts it nearer publication than placing it back does."""
    back, ahead = resolve(spec, published, False), resolve(spec, published, True)
    if back is None or ahead is None or back == ahead:
        return False
    return (ahead.start - published.end).days < (published.start - back.end).days


def _cue_sensitive(spec: DateSpec) -> bool:
    """Whether the words leave open if the date lies ahead: a year-less date or a bare weekday."""
    if isinstance(spec, OnWeekday):
        return spec.week_offset is None and spec.toward == "nearest"
    if isinstance(spec, DayOfMonth):
        return True
    return isinstance(spec, InYear) and spec.year is None and spec.offset is None and spec.toward == "nearest"


def _day_precise(spec: DateSpec) -> bool:
    return isinstance(spec, OnWeekday | DayOfMonth) or (isinstance(spec, InYear) and spec.part.precision == "day")


def _words_ahead(spec: DateSpec) -> bool:
    """Whether the words themselves point past publication ("next year", "下周一", "later this month")."""
    if isinstance(spec, InYear):
        return spec.ahead or (spec.offset or 0) > 0 or spec.toward == "after"
    if isinstance(spec, Shift):
        return spec.ahead or spec.offset > 0
    if isinstance(spec, OnWeekday):
        return spec.toward == "after" or (spec.week_offset or 0) > 0
    return False


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
        return _resolve_weekday(spec, published, ahead)
    if isinstance(spec, DayOfMonth):
        return _resolve_day_of_month(spec, published, ahead)
    return None


def _resolve_day_of_month(spec: DayOfMonth, published: Period, ahead: bool) -> Period | None:
    """The latest such day on or before publication; with a governing cue the first on or after it.

    A month that lacks the day (31 in April) is skipped, as the reporter cannot have meant it.
    """
    if published.precision not in ("day", "month"):
        return None
    edge = published.start if ahead else published.end
    month = align(edge, "month")
    step = 1 if ahead else -1
    for months in range(0, 3 * step, step):
        try:
            day = _add_months(month, months).replace(day=spec.day)
        except ValueError:
            continue
        if (day >= edge) if ahead else (day <= edge):
            return Period(day, "day")
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
        if spec.part.precision == "day" and published.precision == "day":
            soon = _first(spec.part, range(published.end.year, published.end.year + 2),
                          lambda p: p.start > published.end)
            if soon is not None and (soon.start - published.end).days <= _DAYS_JUST_AFTER:
                return soon
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
    if spec.day is not None:
        return Period(_add_months(base, months).replace(day=spec.day), "day")
    return Period(_add_months(base, months), spec.unit)


def _resolve_weekday(spec: OnWeekday, published: Period, ahead: bool) -> Period | None:
    """A bare weekday is the latest on or before publication: news reports what has happened.

    A governing future cue ("will speak on Thursday") makes it the first on or after publication.
    """
    if published.precision != "day":
        return None
    day = published.start
    if spec.week_offset is not None:
        week = align(day, "week") + timedelta(weeks=spec.week_offset)
        return Period(week + timedelta(days=spec.weekday), "day")
    if spec.day_of_month is not None and (on_day := _weekday_on(spec, day, ahead)) is not None:
        return Period(on_day, "day")
    if spec.toward == "after":
        return Period(day + timedelta(days=(spec.weekday - day.weekday() - 1) % 7 + 1), "day")
    if spec.toward == "nearest" and ahead:
        return Period(day + timedelta(days=(spec.weekday - day.weekday()) % 7), "day")
    step = (day.weekday() - spec.weekday) % 7 or (7 if spec.toward == "before" else 0)
    return Period(day - timedelta(days=step), "day")


# "周三（5日）" names a day within a month or so of publication; further off, the pair is inconsistent.
_WEEKDAY_DAY_SEARCH = 40


def _weekday_on(spec: OnWeekday, day: date, ahead: bool) -> date | None:
    """The day nearest ``day`` that is both the weekday and the day of month, None if there is none."""
    fits = [day + timedelta(days=step) for step in range(-_WEEKDAY_DAY_SEARCH, _WEEKDAY_DAY_SEARCH + 1)
            if (day + timedelta(days=step)).weekday() == spec.weekday
            and (day + timedelta(days=step)).day == spec.day_of_month]
    if not fits:
        return None
    # Past first, unless the words point ahead; then the nearest.
    return min(fits, key=lambda fit: ((fit < day) if ahead else (fit > day), abs((fit - day).days)))


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _longest_first(readings: list[_Reading]) -> list[_Reading]:
    """The longest readings that do not overlap a longer (or equally long, earlier) one, by start."""
    chosen: list[_Reading] = []
    taken: list[tuple[int, int]] = []
    for reading in sorted(readings, key=lambda r: (r.candidate.start - r.candidate.end, r.candidate.start)):
        candidate = reading.candidate
        if all(candidate.end <= start or candidate.start >= end for start, end in taken):
            chosen.append(reading)
            taken.append((candidate.start, candidate.end))
    return sorted(chosen, key=lambda reading: reading.candidate.start)


def _chain(text: str, readings: list[_Reading], anchor: Period | None, published: Period | None,
           previous_sentence_date: Period | None = None) -> list[DateMatch]:
    """DateMatches in text order, counting chained dates from the date read before them."""
    matches: list[DateMatch] = []
    previous = previous_sentence_date or anchor
    recent = previous_sentence_date  # what "当时" may refer to: this sentence or the one before
    published_day = published if published is not None and published.precision == "day" else None
    sentence_day = None
    last_day = next((day for day in (anchor, published) if day is not None and day.precision == "day"), None)
    for reading in readings:
        spec, period = reading.candidate.spec, reading.period
        if isinstance(spec, Chained):
            base = _base(spec, last_day, previous, recent)
            if spec.same_sentence:
                base = sentence_day if spec.range_end else sentence_day or published_day
            period = _count_from(spec, base)
        if period is None:
            continue
        ahead = reading.governed or _words_ahead(spec) or (published is not None and period.start > published.end)
        match = _match(text, reading.candidate, period, ahead)
        if isinstance(spec, Chained) and spec.offset and matches and matches[-1].end == match.start:
            # "春节前一个月", "3月5日后一天": one expression, counted from the date it is attached to
            first = matches.pop()
            match = replace(match, start=first.start, text=text[first.start:match.end])
        matches.append(match)
        previous = recent = period
        if period.precision == "day":
            last_day = period
            sentence_day = sentence_day if isinstance(spec, Chained) and spec.same_sentence else period
    return matches


def _base(spec: Chained, last_day: Period | None, previous: Period | None, recent: Period | None) -> Period | None:
    """What a chained date counts from: days from the last day; "次年" from the last date or the
    anchor; "同月", "前一周", "a year later", "当时" only from a date in this sentence or the one
    before, since the anchor may lie sentences back and be a day where the words mean a month.
    """
    if spec.unit == "day":
        return last_day
    if spec.unit == "year" and not spec.keep_month and spec.offset != 0:
        return previous
    return recent


def _count_from(spec: Chained, base: Period | None) -> Period | None:
    if base is None:
        return None
    try:
        if spec.unit == "same":
            return base
        if spec.part is not None:
            return spec.part.in_year(base.start.year + spec.offset)
        if spec.unit == "day":
            return Period(base.start + timedelta(days=spec.offset), "day")
        if spec.unit == "week":
            return None if is_finer("week", base.precision) else Period(
                align(base.start, "week") + timedelta(weeks=spec.offset), "week")
        if spec.unit == "month" or (spec.keep_month and not is_finer("month", base.precision)):
            if is_finer("month", base.precision):
                return None  # "同月" after "2023年" names no month
            months = spec.offset * (12 if spec.unit == "year" else 1)
            return Period(_add_months(align(base.start, "month"), months), "month")
        return Period(date(base.start.year + spec.offset, 1, 1), "year")
    except (ValueError, OverflowError):
        return None  # counted off the calendar


def _match(text: str, candidate: Candidate, period: Period, ahead: bool) -> DateMatch:
    spec = candidate.spec
    qualifier = spec.qualifier if isinstance(spec, InYear) else ""
    relative = not (isinstance(spec, InYear) and spec.year is not None)
    return DateMatch(candidate.start, candidate.end, text[candidate.start : candidate.end], period, qualifier,
                     relative, ahead)
