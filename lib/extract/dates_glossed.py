"""A counted date glossed by the stated date right after it: one expression, one date.

"回顾一年前的2018年9月20日", "两天后的7月7日", "上週(7月5日)", "a second rule issued earlier in the day on
October 7, 2022": the words counted from another date ("一年前", "两天后", "上週", "earlier in the day") and the
date that says which day they mean are one date told twice, and a reader annotates it once, at the stated date.
Read as two, the count made an event of its own beside the stated date's.

Joined: a count (words that do not name their month or day) and, right after it,

- 的 and a stated date that has its year ("一年前的2018年9月20日"), or that falls in the count's period
  ("两天后的7月7日", the count already placed on the day: ``dates_chain._restated``);
- a stated date in brackets that falls in the count's period ("上週(7月5日)", "today (May 14)"; the small brackets
  HK01 prints, "今日﹙27日﹚", are brackets too);
- "on" and a stated date naming the same day ("earlier in the day on October 7, 2022");
- "in" and a month the count holds, after a count that names only a part of its year ("earlier this year in
  March", "Earlier this year, in August", "late last year, in November"): the month says which part.

A date in brackets right after another restates it too, and is one expression with it: the same day or its
weekday ("Feb. 5 (Friday)", "年初五（21日）"), or a day lying in the range of days just told, a holiday that names
it ("1月31日-2月6日(春节假期)", "10月1日-10月7日(国庆节假期)"). A word or two may follow the gloss in its brackets
("假期", "around the Lunar New Year (Tuesday, February 17th begins)"). A weekday alone in the brackets glosses the
day even when it is not the day's ("6月18日(週五)" for Thursday, June 18: the writer slipped on one of the two, and
readers take the day stated); a day outside the range stays a reading of its own.

A month told with a day inside it right after it is one expression: the day, when nothing stands between
("二月農曆新年前訪中", "2月春节期间"), or the month, when the day restates it after 也就是/即
("2 月中旬、也就是农历新年前后"): the writer names the festival to say when in the month, and readers annotate
the month and festival once.

A day's own weekday after a comma is its apposition ("January 13, a Monday", "1月13日，一个普通的周一"), one expression
with it; another weekday after the comma is a day of its own.

Not joined: a date the count does not hold, "上个月的15日" read on this month's 15th stays two readings;
"this year in October" (a whole year: "the best results this year in October" tells two) and "One year later,
on Oct. 17, 2023" (a comma), which readers annotate as two; a word between the count and 的 ("下月中的春節期間": the
festival is a day of its own in that month).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from lib.periods import Period

# What stands between a count and the stated date that glosses it.
_OF = re.compile(r"\s*的\s*")
_BRACKET = re.compile(r"\s*[(（﹙]\s*")
_ON = re.compile(r"\s+on\s+", re.IGNORECASE)
_IN = re.compile(r"\s*,?\s+in\s+", re.IGNORECASE)
# A count that names only a part of its year, which a month after it places: "earlier this year", "late last year".
_PART_OF_A_YEAR = re.compile(r"(?:earlier|early|later|late)\s+(?:this|last)\s+year", re.IGNORECASE)
_CLOSING = re.compile(r"\s*[)）﹚]")
# What may follow a date glossing another in its brackets before they close: a word or two, no digit, no other
# date ("(春节假期)", "(Tuesday, February 17th begins)").
_CLOSING_AFTER_WORDS = re.compile(r"\s*[\"”」』]?\s*(?:[^\W\d_A-Za-z]{1,3}|[A-Za-z]+(?:\s+[A-Za-z]+)?)?\s*[)）﹚]")
# A results release defines its period's code in quoted brackets after the words naming it: 'the first quarter of
# 2019 ("1Q2019")', 截至…止第三季(「3Q2025」): the code restates the period, one expression with it.
_QUOTED_BRACKET = re.compile(r"\s*[(（﹙]\s*[\"“「『]?\s*")
# What joins a range's start to its end: "Jan. 31-Feb. 6", "1月31日至2月6日", "from Oct. 1 to Oct. 7".
_RANGE_LINK = re.compile(r"\s*(?:(?i:to|until|till|through|thru)\s|[-–—~～至到])\s*")


class _Told(Protocol):
    start: int
    end: int
    period: Period
    relative: bool
    stated: bool


def _within(inner: Period, outer: Period) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def glossed_end(text: str, count: _Told, stated: _Told) -> int | None:
    """Where the one expression of ``count`` glossed by ``stated`` right after it ends (past a closing bracket);
    None when ``stated`` is no gloss of ``count``."""
    if count.stated or not stated.stated:
        return None
    if _OF.fullmatch(text, count.end, stated.start):
        has_year = not stated.relative
        return stated.end if has_year or _within(stated.period, count.period) else None
    if _BRACKET.fullmatch(text, count.end, stated.start):
        closing = _CLOSING.match(text, stated.end)
        return closing.end() if closing and _within(stated.period, count.period) else None
    if _ON.fullmatch(text, count.end, stated.start) and stated.period == count.period:
        return stated.end
    if (_IN.fullmatch(text, count.end, stated.start) and stated.period.precision == "month"
            and _PART_OF_A_YEAR.fullmatch(text, count.start, count.end) and _within(stated.period, count.period)):
        return stated.end
    return None


def restated_in_brackets_end(text: str, told: Sequence[_Told], match: _Told, weekday: int | None = None) -> int | None:
    """Where the date told last (``told[-1]``) ends with ``match`` in brackets right after it, past their close, when
    ``match`` restates it: the same period, the weekday ``weekday`` of its day, or a period within the range of
    days ``told[-2]``-``told[-1]``; None when ``match`` is a date of its own."""
    last = told[-1]
    closing = _CLOSING_AFTER_WORDS.match(text, match.end)
    if closing is None or not _QUOTED_BRACKET.fullmatch(text, last.end, match.start):
        return None
    # A weekday alone in the brackets after a day glosses it even when the two disagree: the writer slipped on
    # one, and readers take the day stated ("6月18日(週五)" for Thursday, June 18).
    same = match.period == last.period or (weekday is not None and last.period.precision == "day"
                                           and _CLOSING.match(text, match.end) is not None)
    in_range = (len(told) > 1 and told[-2].period.precision == last.period.precision == "day"
                and _RANGE_LINK.fullmatch(text, told[-2].end, last.start) is not None
                and told[-2].period.start <= match.period.start and match.period.end <= last.period.end)
    return closing.end() if same or in_range else None


# What lets a day restate the month told before it: "2 月中旬、也就是农历新年前后", "2月，即春节".
_THAT_IS = re.compile(r"\s*[,，、]?\s*(?:也就是|亦即|即)\s*")


def day_in_its_month(text: str, month: _Told, day: _Told) -> str | None:
    """How ``day`` read right after ``month`` joins it: "day" when nothing stands between and the day lies in the
    month ("二月農曆新年"), "month" when 也就是/即 has the day restate the month ("2 月中旬、也就是农历新年前后");
    None when they are two dates (a day of another month, other words between, English "February, before the Lunar
    New Year")."""
    if month.period.precision != "month" or day.period.precision != "day" or not _within(day.period, month.period):
        return None
    if month.end == day.start and not text[month.start:month.end].isascii():
        return "day"
    return "month" if _THAT_IS.fullmatch(text, month.end, day.start) else None


# A weekday in apposition after a day: "On January 13, a Monday, …", "2025年1月13日，一个普通的周一，…".
_APPOSITION = re.compile(r"\s*[,，]\s*(?:(?:an?|one)\s+(?:(?:ordinary|normal|usual)\s+)?"
                         r"|一[个個]?(?:普通|平常|寻常|尋常)?的?)?", re.IGNORECASE)


def weekday_in_apposition(text: str, last: _Told, match: _Told, weekday: int) -> bool:
    """Whether the weekday ``weekday`` read at ``match`` follows the day ``last`` after a comma as its apposition
    ("January 13, a Monday", "1月13日，一个普通的周一"): one expression, that day. Only the day's own weekday: another
    after a comma is a day of its own ("3月5日，周四股价大涨")."""
    return (last.period.precision == "day" and last.period.start.weekday() == weekday
            and _APPOSITION.fullmatch(text, last.end, match.start) is not None)
