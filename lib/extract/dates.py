"""Find the date expressions in a sentence and resolve each to a calendar period.

English and Chinese readers (``dates_en``, ``dates_zh``, ``dates_zh_relative``, ``dates_festivals``)
propose readings; this stage places each on the calendar relative to the publication period
(``dates_resolve``), keeps the longest non-overlapping readings, and finally counts chained days
("the next day", "次日") from the date before them.

A period never claims more than the words say: "April 2023" is a month, "mid-February" a month
with qualifier "mid", "late last year" the last quarter of that year with qualifier "late", and
"mid-2023" the whole year with qualifier "mid" (mid-year straddles both halves). Spans hold only
the date's own words: "in 2021" yields "2021", "at the end of 2024" yields "the end of 2024".

Year-less dates ("August 15", "3月", "中秋") take the latest year that does not put them after the
end of the publication period, unless a future cue governs them (``dates_cues``: "takes effect on",
"将于", "…起"); then the earliest year that does not put them before its start. One starting within two
months after a day-precise publication is the coming one unless its clause tells it as past ("launched",
"said", "了", "已于"): the press leaves the year out only for the current year. A bare weekday is
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

from lib.extract import dates_en, dates_en_chains, dates_en_relative, dates_festivals, dates_zh, dates_zh_relative
from lib.extract.dates_cues import cue_patterns, governs, leans_ahead, told_as_past
from lib.extract.dates_en import read_english_dates
from lib.extract.dates_festivals import in_new_year_days, read_festival_dates
from lib.extract.dates_ranges import ends_in_their_starts_year, in_the_stated_year
from lib.extract.dates_resolve import add_months, resolve, resolve_in_narrative
from lib.extract.dates_spec import (
    Candidate,
    Chained,
    CueGate,
    DateSpec,
    DayOfMonth,
    InYear,
    OnWeekday,
    Shift,
    ascii_digits,
)
from lib.extract.dates_zh import read_chinese_dates
from lib.extract.dates_zh_relative import read_chinese_relative_dates
from lib.periods import Period, align, is_finer
from lib.rules import builtin_rules
from lib.rules.dates import FutureCue

# Full-width digits become ASCII so one set of patterns reads both; lengths, hence offsets, stay.


def _not_dates_pattern(names: Sequence[str]) -> re.Pattern | None:
    """Names holding a date word that are no date (``lib/rules/not_dates.txt``): "Black Friday", 黑色星期五."""
    alternatives = [rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])" if name.isascii() else re.escape(name)
                    for name in sorted(names, key=len, reverse=True)]
    return re.compile("|".join(alternatives)) if alternatives else None


_NOT_DATES = _not_dates_pattern(builtin_rules().not_dates)
# Looked for as plain words first: the pattern's word-boundary checks keep the regex engine from skipping ahead.
_NOT_DATE_NAMES = tuple(builtin_rules().not_dates)
# Whether any reader could read anything in a sentence, from the readers' own cue words and patterns.
_MAY_HOLD_A_DATE = CueGate([dates_en.READER, dates_en_relative.READER, dates_en_chains.READER, dates_zh.READER,
                            dates_zh_relative.READER], also=[dates_festivals.GATE])


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
    narrative_date: Period | None = None,
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
    ``narrative_date``: with no publication date, the latest explicit date read before (``published``
    is then its year): weekdays, days of month and shifts ("yesterday", "last week", "上周") count
    from it, a weekday or day of month being the nearest such day to it, before or after.
    """
    scanned = ascii_digits(text)
    if not _MAY_HOLD_A_DATE(scanned):
        return []  # most sentences: no reader would read anything
    festivals = read_festival_dates(scanned, in_new_year_days(previous_sentence_date))
    candidates = [*read_english_dates(scanned), *read_chinese_dates(scanned), *read_chinese_relative_dates(scanned),
                  *festivals]
    if (candidates and _NOT_DATES is not None and any(name in scanned for name in _NOT_DATE_NAMES)
            and (names := [m.span() for m in _NOT_DATES.finditer(scanned)])):
        candidates = [c for c in candidates if all(c.end <= start or c.start >= end for start, end in names)]
    if not candidates:
        return []  # most sentences: nothing below would change that
    cues = None
    readings = []
    for candidate in candidates:
        spec = candidate.spec
        if isinstance(spec, Chained):
            readings.append(_Reading(candidate, None))
            continue
        governed = soon = False
        if published is not None and future_cues and _cue_sensitive(spec):
            cues = cues or cue_patterns(future_cues)
            # Day-only cues ("from", "by", "前") mark a deadline or a start on a numbered day; by a named day
            # they mean its run-up or season ("春节前", "before Christmas"), ahead or back as publication places it.
            # A month's end ("9月底前", "by the end of September") is its last day, a deadline as a day is,
            # unless its clause tells it as past ("By the end of February, Meituan had signed up …").
            day_precise = candidate not in festivals and (_day_precise(spec) or (
                _month_end(spec) and not told_as_past(scanned, candidate.start, candidate.end, cues)))
            governed = governs(scanned, candidate.start, candidate.end, day_precise, cues) or (
                leans_ahead(scanned, candidate.start, candidate.end, day_precise, cues)
                and _nearer_ahead(spec, published))
            soon = not governed and not told_as_past(scanned, candidate.start, candidate.end, cues)
        if narrative_date is not None and isinstance(spec, Shift | OnWeekday | DayOfMonth):
            period = resolve_in_narrative(spec, narrative_date)
        else:
            period = resolve(spec, published, governed, soon)
        if period is not None:
            readings.append(_Reading(candidate, period, governed))
    readings = ends_in_their_starts_year(scanned, in_the_stated_year(_longest_first(readings)))
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


def _month_end(spec: DateSpec) -> bool:
    return isinstance(spec, InYear) and spec.part.precision == "month" and spec.qualifier == "end"


def _words_ahead(spec: DateSpec) -> bool:
    """Whether the words themselves point past publication ("next year", "下周一", "later this month")."""
    if isinstance(spec, InYear):
        return spec.ahead or (spec.offset or 0) > 0 or spec.toward == "after"
    if isinstance(spec, Shift):
        return spec.ahead or spec.offset > 0
    if isinstance(spec, OnWeekday):
        return spec.toward == "after" or (spec.week_offset or 0) > 0
    return False



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
    counted: _Reading | None = None  # "one week before" waiting for the day named after it
    last_spec: DateSpec | None = None
    for index, reading in enumerate(readings):
        spec, period = reading.candidate.spec, reading.period
        if isinstance(spec, Chained) and spec.before_date:
            counted = reading
            continue
        if counted is not None:
            reading, period = _counted_before(text, counted, reading, period)
            spec, counted = reading.candidate.spec, None
        if isinstance(spec, Chained):
            base = _base(spec, last_day, previous, recent)
            if spec.same_sentence:
                base = sentence_day if spec.range_end else sentence_day or published_day
            period = _restated(text, spec, reading, readings[index + 1 : index + 2]) or _count_from(spec, base)
        if period is None:
            continue
        ahead = reading.governed or _words_ahead(spec) or (published is not None and period.start > published.end)
        match = _match(text, reading.candidate, period, ahead)
        if (isinstance(spec, Chained) and (spec.offset or spec.unit == "day") and matches
                and matches[-1].end == match.start):
            # "春节前一个月", "3月5日后一天", "春晚当天": one expression, counted from the date it is attached to
            match = _joined(text, match, matches.pop(), match.end)
        elif matches and _in_brackets_after(text, matches[-1], match, spec):
            # "年初五（21日）", "Feb. 5 (Friday)": the day in brackets restates the date before it
            first = matches.pop()
            match = _joined(text, first, first, match.end + 1)
        elif matches and isinstance(weekday := last_spec, OnWeekday) and _names_its_weekday(text, matches[-1], match,
                                                                                           weekday):
            # "Tuesday, Jan. 7", "Tuesday (Jan. 7)": the date says which Tuesday
            first = matches.pop()
            closed = (text[match.end : match.end + 1] in (")", "）")
                      and text[first.end:match.start].strip() in ("(", "（"))
            match = _joined(text, match, first, match.end + closed)
        last_spec = spec
        matches.append(match)
        previous = recent = period
        if period.precision == "day":
            last_day = period
            sentence_day = sentence_day if isinstance(spec, Chained) and spec.same_sentence else period
    return matches


def _joined(text: str, reading: DateMatch, first: DateMatch, end: int) -> DateMatch:
    """One expression from ``first``'s start to ``end``, naming ``reading``'s period: a date joined with
    the one before it."""
    return replace(reading, start=first.start, end=end, text=text[first.start:end])


# What may stand between "one week before" and the day it counts from: "the", a word or two of name.
_BEFORE_DATE_GAP = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}")


def _counted_before(text: str, counted: _Reading, reading: _Reading,
                    period: Period | None) -> tuple[_Reading, Period | None]:
    """The reading after "one week before" counted from, as one expression, when it names a day right after it."""
    if (period is None or period.precision != "day"
            or not _BEFORE_DATE_GAP.fullmatch(text, counted.candidate.end, reading.candidate.start)):
        return reading, period
    shifted = Period(period.start + timedelta(days=counted.candidate.spec.offset), "day")
    candidate = replace(reading.candidate, start=counted.candidate.start)
    return replace(reading, candidate=candidate), shifted


def _names_its_weekday(text: str, first: DateMatch, match: DateMatch, weekday: OnWeekday) -> bool:
    """Whether ``match`` is a day falling on the weekday ``first`` names, right after it: "Tuesday, Jan. 7"."""
    return (match.period.precision == "day" and match.period.start.weekday() == weekday.weekday
            and text[first.end : match.start].strip() in (",", "，", "(", "（", ""))


def _in_brackets_after(text: str, first: DateMatch, match: DateMatch, spec: DateSpec) -> bool:
    """Whether ``match`` stands in brackets right after ``first`` and names the same day, or its weekday."""
    same = match.period == first.period or (isinstance(spec, OnWeekday) and first.period.precision == "day"
                                            and first.period.start.weekday() == spec.weekday)
    return (same and text[first.end : match.start].strip() in ("(", "（")
            and text[match.end : match.end + 1] in (")", "）"))


# What may stand between a counted date and the date that restates it: "One year later, on Oct. 17, 2023",
# "次日（3月5日）", "两天后的3月5日".
_RESTATED_GAP = re.compile(r"\s*(?:[,，（(]\s*)?(?:(?:on|in)\s|即|的|也就是)?\s*", re.IGNORECASE)


def _restated(text: str, spec: Chained, reading: _Reading, following: list[_Reading]) -> Period | None:
    """The period of a counted date that the stated date right after it names ("One year later, on
    Oct. 17, 2023" is October 2023), at the precision the count gives; None when none follows."""
    if spec.unit not in ("day", "week", "month", "year") or spec.range_end or spec.before_date or not following:
        return None
    after = following[0]
    stated = after.period
    if (stated is None or not isinstance(after.candidate.spec, InYear | DayOfMonth)
            or not _RESTATED_GAP.fullmatch(text, reading.candidate.end, after.candidate.start)):
        return None
    precision = "month" if spec.keep_month else spec.unit
    if is_finer(precision, stated.precision):
        return None  # "a year later, in 2023" restates a year, not the month a year later keeps
    return Period(align(stated.start, precision), precision)


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
            return Period(add_months(align(base.start, "month"), months), "month")
        return Period(date(base.start.year + spec.offset, 1, 1), "year")
    except (ValueError, OverflowError):
        return None  # counted off the calendar


def _match(text: str, candidate: Candidate, period: Period, ahead: bool) -> DateMatch:
    spec = candidate.spec
    qualifier = spec.qualifier if isinstance(spec, InYear) else ""
    relative = not (isinstance(spec, InYear) and spec.year is not None)
    return DateMatch(candidate.start, candidate.end, text[candidate.start : candidate.end], period, qualifier,
                     relative, ahead)
