"""What this stage hands on: a date's own words and the period they name (``DateMatch``), and a reading on
its way there (``Reading``: a reader's candidate, placed on the calendar or waiting to be counted).

``dates_chain`` builds the DateMatches of a sentence from its readings; the stages after it (the events, the
story's time, the dates carried to the next sentence) read them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lib.extract.dates_spec import Candidate, DateSpec, DayOfMonth, InYear, OnWeekday, Shift
from lib.periods import Period


@dataclass(frozen=True)
class DateMatch:
    """A date's own words, ``text[start:end]``, and the period they name.

    ``qualifier`` is "", "early", "mid", "late" or "end"; ``relative`` is True when the period
    depended on the publication date or on an earlier date in the text; ``ahead`` is True when the
    period starts after the publication period ends, or the words put it ahead ("later this year",
    "将于3月1日"). ``stated`` is True when the words name their month or day themselves ("March 5",
    "3月5日", "16日", "2024年"), not counted from another date ("yesterday", "次日", "去年", "Friday"):
    an undated story goes on from such a date.
    """

    start: int
    end: int
    text: str
    period: Period
    qualifier: str
    relative: bool
    ahead: bool = False
    stated: bool = False
    compared: bool = False  # counted from the period in focus ("the same period last year"): it stays the focus
    # A date compared with or opening a span up to now ("the biggest drop since March 16, 2020", 自…以来), or the
    # date of a record now broken (刷新苹果去年12月的纪录): nothing happened on it, so "the same day", 當天, 同月
    # never count from it.
    since: bool = False


@dataclass(frozen=True)
class Reading:
    candidate: Candidate
    period: Period | None  # None for a chained date until it is counted
    governed: bool = False  # a future cue governs it


def words_ahead(spec: DateSpec) -> bool:
    """Whether the words themselves point past publication ("next year", "下周一", "later this month")."""
    if isinstance(spec, InYear):
        return spec.ahead or (spec.offset or 0) > 0 or spec.toward == "after"
    if isinstance(spec, Shift):
        return spec.ahead or spec.offset > 0
    if isinstance(spec, OnWeekday):
        return spec.toward == "after" or (spec.week_offset or 0) > 0
    return False


def date_match(text: str, candidate: Candidate, period: Period, ahead: bool) -> DateMatch:
    """The DateMatch of ``candidate``'s words in ``text``, naming ``period``."""
    spec = candidate.spec
    qualifier = spec.qualifier if isinstance(spec, InYear) else ""
    relative = not (isinstance(spec, InYear) and spec.year is not None)
    stated = isinstance(spec, DayOfMonth) or (isinstance(spec, InYear) and spec.offset is None
                                              and spec.toward == "nearest")
    return DateMatch(candidate.start, candidate.end, text[candidate.start : candidate.end], period, qualifier,
                     relative, ahead, stated)
