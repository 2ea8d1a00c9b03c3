"""A weekday an article once ties to its day and later names bare is that same day.

"投资者星期一(1月27日)纷纷抛售…。纳斯达克指数星期一下跌3.1%", "stocks sank on Monday (Jan. 27). … Nvidia
fell 17% on Monday": the later "星期一", "Monday" is January 27. The tie is a weekday with a day-precise date
right after it ("周五（3月15日）", "on Thursday, March 5,") or in brackets after the date ("1月27日（星期一）",
"Jan. 27 (Monday)"); a placed date must fall on the weekday.

Only an article whose publication date is unknown, or known to its month alone, reads a bare weekday so
(``lib.extract.events``): a day-dated one reads it as the latest on or before publication, and
every development excerpt that ties a weekday to its day and names it again agrees with that reading (zt05,
zt101, zt501); a month gives no day to count back from, and the tie names the day ("京東在週四 (11 日)
結束認購作業後 … 京東周四結束公開申購" in zt2604, published June 2020, is June 11, not a Thursday after the
last day told). An undated article with a year
takes the tied day for the weekday instead of the nearest such weekday to the latest day it states; one
with no year gives the weekday the tied month and day, year unknown (``Event.MONTH_DAY``), as the day itself.

The tie holds until the article ties the weekday to another day, or states a day a week or more away
from the tied one: the story has moved to another week, where "星期一" is another Monday. A weekday
that recurs ("every Monday", "每周一") is no such day.

A bare weekday an article with no publication date and no year neither ties nor reads ("DeepSeek released
the model on Monday", "摩尔线程周五登陆科创板") is kept alone, its week unknown (``weekdays_alone``), for its
story to place (``lib.analyze.story_years``). A year-less day an undated article tells with its weekday
("中国当局周六(4月10日)指控阿里巴巴", "On the evening of May 25th (Sunday)") is in the year, from the latest its
story reports on, in which it falls on that weekday (``placed_by_their_weekdays``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from lib.extract.dates_candidate_reader import ascii_digits
from lib.extract.dates_en_relative import WEEKDAYS, read_english_relative_dates
from lib.extract.dates_match import DateMatch
from lib.extract.dates_spec import Candidate, OnWeekday
from lib.extract.dates_zh import read_chinese_dates
from lib.extract.story_time import placed_in
from lib.extract.text_spans import clear_of
from lib.extract.year_less_days import YearLessDay, YearLessWeekday
from lib.parse.weekday_words import DAY_CHARACTERS_ZH, WEEK_WORD_ZH_AS_WRITTEN
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation
from lib.schema import YEAR_UNKNOWN
from lib.schema import Event as E

# "every Monday", "each Friday": lib/rules/recurring_weekday_en.txt.
_RECURRING = re.compile(rf"(?i:\b(?:{alternation(builtin_rules().recurring_weekday_en)}))\s+$")
# What stands between a weekday and the day after it: "星期一(1月27日)", "on Thursday, March 5".
_WEEKDAY_THEN_DAY = re.compile(r"\s*[,，(（]?\s*")
# What stands between a day and the weekday in brackets after it: "1月27日（星期一）", "Jan. 27 (Monday)".
_DAY_THEN_WEEKDAY = re.compile(r"\s*[(（]\s*")
# Most sentences of an undated article name no weekday: one search spares them both date readers. The week words
# of lib/rules/weekday_words.csv in either script, for a text not yet converted.
_WEEKDAY_WORD = re.compile("|".join(WEEKDAYS) + rf"|(?:{WEEK_WORD_ZH_AS_WRITTEN})[{DAY_CHARACTERS_ZH}]")
_A_WEEK = 7
# How many years after the latest year an undated story reports a day told with its weekday may lie: news is told
# after what it reports, and a month-day falls on the same weekday again only five or more years later, so the
# weekday names one year in the reach ("周六(4月10日)" after "2019年全年" is 2021; "May 25th (Sunday)" beside "2024
# revenue" is 2025).
_WEEKDAY_YEARS_AFTER = 2
_ANY_LEAP_YEAR = 2000  # month-days of a year-less story are set apart in it


@dataclass(frozen=True)
class ToldDay:
    """The day an article tied a weekday to: its ``period``, or its month and day alone when no year is read."""

    month: int
    day: int
    period: Period | None = None

    def days_apart(self, other: ToldDay) -> int:
        """How many days lie between the two days, by their years when both have one, else by month and day."""
        if self.period is not None and other.period is not None:
            return abs((self.period.start - other.period.start).days)
        return abs((date(_ANY_LEAP_YEAR, self.month, self.day) - date(_ANY_LEAP_YEAR, other.month, other.day)).days)


def bare_weekdays(text: str) -> list[Candidate]:
    """The weekdays ``text`` names with no week, direction or day of their own ("on Monday", "星期一"), by
    start; not a recurring one ("every Monday")."""
    if not _WEEKDAY_WORD.search(text):
        return []
    scanned = ascii_digits(text)
    found = {c for c in (*read_english_relative_dates(scanned), *read_chinese_dates(scanned))
             if isinstance(c.spec, OnWeekday) and c.spec == OnWeekday(c.spec.weekday)
             and not _RECURRING.search(scanned[max(0, c.start - 12) : c.start])}
    return sorted(found, key=lambda candidate: candidate.start)


def weekday_ties(text: str, weekdays: Sequence[Candidate],
                 days: Sequence[DateMatch | YearLessDay]) -> list[tuple[Candidate, ToldDay]]:
    """The bare ``weekdays`` of ``text`` tied to one of ``days``, the dates read in it, each with its day (the
    first of ``days`` it is tied to): a sentence's ties, found once for ``read_as_told``,
    ``weekdays_told_after`` and ``weekdays_alone``."""
    ties = []
    for weekday in weekdays:
        for day in days:
            own = _stated_day(day)
            if own is None or (day.start, day.end) == (weekday.start, weekday.end):
                continue
            if own.period is not None and own.period.start.weekday() != weekday.spec.weekday:
                continue
            if ((day.start <= weekday.start and weekday.end <= day.end)  # read as one: "Monday (Jan. 27)"
                    or (weekday.end <= day.start and _WEEKDAY_THEN_DAY.fullmatch(text, weekday.end, day.start))
                    or (day.end <= weekday.start and _DAY_THEN_WEEKDAY.fullmatch(text, day.end, weekday.start))):
                ties.append((weekday, own))
                break
    return ties


def weekdays_told_after(ties: Sequence[tuple[Candidate, ToldDay]], days: Sequence[DateMatch | YearLessDay],
                        told: Mapping[int, ToldDay]) -> dict[int, ToldDay]:
    """The weekdays tied to a day (Monday = 0) once a sentence is read, given ``told`` before it, its
    ``weekday_ties`` and ``days``, the dates read in it: a weekday the sentence ties to a day takes it, and
    one tied to a day a week or more away from a day the sentence states is let go."""
    stated = [own for day in days if (own := _stated_day(day)) is not None]
    kept = {weekday: day for weekday, day in told.items() if not moved_week(day, stated)}
    return {**kept, **{weekday.spec.weekday: day for weekday, day in ties}}


def moved_week(day: ToldDay, stated: Sequence[ToldDay]) -> bool:
    """Whether one of the days an article ``stated`` lies a week or more from ``day``: the story has moved
    to another week, where the weekday ``day`` was tied to is another day."""
    return any(day.days_apart(other) >= _A_WEEK for other in stated)


def read_as_told(text: str, weekdays: Sequence[Candidate], ties: Sequence[tuple[Candidate, ToldDay]],
                 matches: Sequence[DateMatch],
                 told: Mapping[int, ToldDay]) -> tuple[list[DateMatch], list[YearLessDay]]:
    """``matches`` with each of the bare ``weekdays`` tied to a placed day earlier reading that day, and the
    year-less days of the bare weekdays tied to a day with no year that no match reads; a weekday ``text``
    ties to a day of its own (``ties``, its ``weekday_ties``) keeps it."""
    if not told:
        return list(matches), []
    tied_here = {weekday.start for weekday, _ in ties}
    read = list(matches)
    as_told = []
    for weekday in weekdays:
        day = told.get(weekday.spec.weekday)
        if day is None or weekday.start in tied_here:
            continue
        same = [n for n, m in enumerate(read) if (m.start, m.end) == (weekday.start, weekday.end)]
        if same and day.period is not None:
            read[same[0]] = replace(read[same[0]], period=day.period)
        elif not any(m.start < weekday.end and weekday.start < m.end for m in read):
            if day.period is not None:
                read.append(DateMatch(weekday.start, weekday.end, text[weekday.start : weekday.end], day.period, "",
                                      relative=True))
            else:
                as_told.append(YearLessDay(weekday.start, weekday.end, text[weekday.start : weekday.end],
                                             day.month, day.day))
    return sorted(read, key=lambda m: m.start), as_told


def weekdays_alone(text: str, weekdays: Sequence[Candidate], ties: Sequence[tuple[Candidate, ToldDay]],
                   read: Sequence[DateMatch | YearLessDay], as_told: Sequence[YearLessDay]) -> list[YearLessWeekday]:
    """The bare ``weekdays`` of ``text`` that no date of ``read`` or ``as_told`` (the year-less days
    ``read_as_told`` gave weekdays) reads or overlaps and that is tied to none here ("Tuesday, May 20": the
    day is the event), each with its weekday alone. ``ties`` are the sentence's ``weekday_ties``; a day read
    as told is a day of the sentence too, which a weekday right before it is tied to ("周五周六")."""
    tied = {weekday.start for weekday, _ in ties}
    tied |= {weekday.start for weekday, _ in weekday_ties(text, [w for w in weekdays if w.start not in tied], as_told)}
    return [YearLessWeekday(weekday.start, weekday.end, text[weekday.start : weekday.end], weekday.spec.weekday)
            for weekday in weekdays if weekday.start not in tied
            and clear_of(weekday, (*read, *as_told))]


def _stated_day(day: DateMatch | YearLessDay) -> ToldDay | None:
    """The day a date names in its own words ("1月27日", "Jan. 27"), None for any other date."""
    if isinstance(day, YearLessDay):
        return ToldDay(day.month, day.day)
    if day.period.precision != "day" or not day.stated:
        return None
    return ToldDay(day.period.start.month, day.period.start.day, day.period)


def placed_by_their_weekdays(rows: list[dict], weekdays: Mapping[tuple[int, int], int],
                             story_year: Period | None) -> list[dict]:
    """``rows`` (``lib.schema.Event`` columns) with the year-less month-days an undated story told with their weekday
    (``weekdays``: (month, day) → weekday, Monday = 0) placed in the year they fall on that weekday, the latest the
    story reports (``story_year``) or one of the next ``_WEEKDAY_YEARS_AFTER``; with no year told, none is."""
    if story_year is None or not weekdays:
        return rows
    return [_placed_by_weekday(row, weekdays, story_year.start.year) if row[E.QUALIFIER] == YEAR_UNKNOWN else row
            for row in rows]


def _placed_by_weekday(row: dict, weekdays: Mapping[tuple[int, int], int], year: int) -> dict:
    month_day = row[E.MONTH_DAY]
    if len(month_day) != len("01-27") or not month_day[:2].isdigit():
        return row  # a month alone ("--03"), a day of month ("---12"), a weekday alone
    month, day = int(month_day[:2]), int(month_day[3:])
    weekday = weekdays.get((month, day))
    for candidate in range(year, year + _WEEKDAY_YEARS_AFTER + 1) if weekday is not None else ():
        try:
            told = date(candidate, month, day)
        except ValueError:  # February 29 of a common year
            continue
        if told.weekday() == weekday:
            return placed_in(row, Period(told, "day"))
    return row
