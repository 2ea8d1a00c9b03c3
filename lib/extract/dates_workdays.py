"""A month's first or last working day named by its month: "the first workday of this month", "the last
business day of October", 10月的最后一个工作日, 11月首个交易日 (the words: ``lib/rules/workday_of_month.csv``).

The month is read as any month is ("this month", "October", 10月); the words around it make it one day,
the month's first or last weekday (Monday to Friday), and the reading's words grow to take them in.
Public holidays are not known, so a month opening on a holiday week gives its first weekday all the same.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from lib.extract.dates_chain import Reading
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation

_WORDS = builtin_rules().workday_of_month


def _words(kind: str, english: bool) -> str:
    chosen = sorted((word for k, word in _WORDS if k == kind and word.isascii() == english), key=len, reverse=True)
    return alternation(chosen).replace(r"\ ", r"\s+")


# English: the words stand right before the month, "of" or "in" between ("the first workday of this month").
_ENGLISH_BEFORE = re.compile(rf"(?i:\bthe\s+(?:(?P<first>{_words('first', True)})|{_words('last', True)})\s+"
                             rf"(?:{_words('day', True)})\s+(?:of|in)\s+)$")
# Chinese: after the month, 的 between or not ("10月的最后一个工作日", "11月首个交易日").
_CHINESE_AFTER = re.compile(rf"\s*的?\s*(?:(?P<first>{_words('first', False)})|{_words('last', False)})\s*"
                            rf"(?:{_words('day', False)})")
# Cheap test before any pattern: one of the day words somewhere in the sentence.
_GATE = re.compile(rf"{_words('day', False)}|(?i:{_words('day', True)})")


def workdays_of_their_month(text: str, readings: list[Reading]) -> list[Reading]:
    """``readings`` with each month named with "the first/last workday of" or 的最后一个工作日 read as that day."""
    if not _GATE.search(text):
        return readings
    return [_as_workday(text, reading) for reading in readings]


def _as_workday(text: str, reading: Reading) -> Reading:
    period, candidate = reading.period, reading.candidate
    if period is None or period.precision != "month":
        return reading
    if (before := _ENGLISH_BEFORE.search(text, 0, candidate.start)) is not None:
        day, start, end = _workday(period.start, before["first"] is not None), before.start(), candidate.end
    elif (after := _CHINESE_AFTER.match(text, candidate.end)) is not None:
        day, start, end = _workday(period.start, after["first"] is not None), candidate.start, after.end()
    else:
        return reading
    return replace(reading, candidate=replace(candidate, start=start, end=end), period=Period(day, "day"))


def _workday(month: date, first: bool) -> date:
    """The first or last Monday-to-Friday of ``month``."""
    day = month if first else month.replace(day=calendar.monthrange(month.year, month.month)[1])
    step = timedelta(days=1 if first else -1)
    while day.weekday() >= 5:
        day += step
    return day
