"""A month's first or last working day named by its month: "the first workday of this month", "the last
business day of October", 10月的最后一个工作日, 11月首个交易日 (the words: ``lib/rules/workday_of_month.csv``); and
its first or last calendar day likewise ("the first day of February", 2月第一天, 3月的最后一天).

The month is read as any month is ("this month", "October", 10月); the words around it make it one day,
the month's first or last weekday (Monday to Friday), and the reading's words grow to take them in.
Public holidays are not known, so a month opening on a holiday week gives its first weekday all the same.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from lib.extract.dates_match import Reading
from lib.first_characters import with_first_character_lookahead
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation


@dataclass(frozen=True)
class WorkdayPatterns:
    """The patterns made from the rows of ``workday_of_month.csv``."""

    english_before: re.Pattern[str]  # right before the month: "the first workday of this month"
    chinese_after: re.Pattern[str]  # right after it, 的 between or not: "10月的最后一个工作日", "11月首个交易日"
    gate: re.Pattern[str]  # one of the day words somewhere in the sentence: the cheap test before any pattern


@lru_cache(maxsize=4)
def workday_patterns(rows: tuple[tuple[str, str], ...]) -> WorkdayPatterns:
    """The patterns of ``rows`` (``Rules.workday_of_month``: a corpus folder's own file included), compiled
    once for equal rows."""
    def words(kind: str, english: bool) -> str:
        chosen = sorted((word for k, word in rows if k == kind and word.isascii() == english), key=len, reverse=True)
        return alternation(chosen).replace(r"\ ", r"\s+")

    def days(english: bool) -> str:
        return f"(?P<calendar>{words('calendar_day', english)})|{words('day', english)}"

    return WorkdayPatterns(
        re.compile(rf"(?i:\bthe\s+(?:(?P<first>{words('first', True)})|{words('last', True)})\s+"
                   rf"(?:{days(True)})\s+(?:of|in)\s+)$"),
        re.compile(rf"\s*的?\s*(?:(?P<first>{words('first', False)})|{words('last', False)})\s*(?:{days(False)})"),
        with_first_character_lookahead(re.compile(
            rf"{words('day', False)}|{words('calendar_day', False)}"
            rf"|(?i:{words('day', True)}|(?<![A-Za-z]){words('calendar_day', True)}(?![A-Za-z]))")))


@lru_cache(maxsize=1)
def _builtin_patterns() -> WorkdayPatterns:
    return workday_patterns(builtin_rules().workday_of_month)


def workdays_of_their_month(text: str, readings: list[Reading],
                            patterns: WorkdayPatterns | None = None) -> list[Reading]:
    """``readings`` with each month named with "the first/last workday of" or 的最后一个工作日 read as that day;
    the words are ``patterns``' (None: the built-in rules')."""
    patterns = patterns or _builtin_patterns()
    if not patterns.gate.search(text):
        return readings
    return [_as_workday(text, reading, patterns) for reading in readings]


def _as_workday(text: str, reading: Reading, patterns: WorkdayPatterns) -> Reading:
    period, candidate = reading.period, reading.candidate
    if period is None or period.precision != "month":
        return reading
    if (before := patterns.english_before.search(text, 0, candidate.start)) is not None:
        found, start, end = before, before.start(), candidate.end
    elif (after := patterns.chinese_after.match(text, candidate.end)) is not None:
        found, start, end = after, candidate.start, after.end()
    else:
        return reading
    day = _workday(period.start, found["first"] is not None, weekdays_only=found["calendar"] is None)
    return replace(reading, candidate=replace(candidate, start=start, end=end), period=Period(day, "day"))


def _workday(month: date, first: bool, weekdays_only: bool = True) -> date:
    """The first or last Monday-to-Friday of ``month``; with ``weekdays_only`` false, its first or last day."""
    day = month if first else month.replace(day=calendar.monthrange(month.year, month.month)[1])
    step = timedelta(days=1 if first else -1)
    while weekdays_only and day.weekday() >= 5:
        day += step
    return day
