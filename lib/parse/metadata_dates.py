"""Dates on an article's metadata lines: the day a byline, a dateline or a date line states.

A cut metadata line (byline, dateline, repost) gives the first day found anywhere in it; a kept
line gives one only when it is a date line: the date opens it (after a cue such as "Published:")
and only a time or a byline follows, or it is a short line holding a date with at most a time, a
weekday and a name around it. Never a date inside a sentence.
"""

from __future__ import annotations

import re
from datetime import date

from lib.parse.datelines import ENGLISH_MONTHS
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.text_script import HAN_CHARACTERS

META_LABELS = frozenset({"byline", "dateline", "repost"})
# The words of lib/rules/byline_cues.csv by kind (source, author, before_by, role, next_label).
BYLINE_CUES = words_by_kind(builtin_rules().byline_cues)

_MONTHS = ENGLISH_MONTHS
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# A year ends at a word boundary, or runs into the time after it as a page copied as text prints it
# ("January 22, 20254:01 AM GMT+8").
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d{2}))"
# Each pattern names its groups y/m/d (or mon for a month name).
_DATES = [re.compile(pattern, re.I) for pattern in (
    r"(?<!\d)(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)",
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]",
    r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:\s+|/)(?P<y>\d{4})(?!\d)",
    r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _YEAR_END,
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>\d{4})" + _YEAR_END,
)]
_DATE_CUE = re.compile(
    r"\s*(?:(?:first\s+)?published|updated|posted|date|发布时间|发布日期|发表时间|发表于|发布于|更新时间|日期|时间)?"
    r"(?:\s+on)?\s*[:：]?\s*", re.I)
_DATELINE_REST = re.compile(
    r"[\s\d:：,，.|｜·/()（）-]*(?:(?:am|pm|utc|gmt|cst|bst|edt|est|et|pt|ct|hkt)\b[\s\d:：,，.|｜·/()（）-]*)*"
    r"(?:(?:来源|作者|编辑|source|by)\b.*)?$", re.I)


def date_in_line(line: str, cut_as: str | None) -> Period | None:
    """A day found in a cut metadata line anywhere, or in a kept line only when it is a dateline."""
    if cut_as in META_LABELS:
        matches = [match for pattern in _DATES if (match := pattern.search(line))]
        for match in sorted(matches, key=lambda m: m.start()):
            period = _to_period(match)
            if period is not None:
                return period
        return None
    start = _DATE_CUE.match(line).end()
    for pattern in _DATES:
        match = pattern.match(line, start)
        if match and _DATELINE_REST.match(line, match.end()):
            return _to_period(match)
    return _date_of_a_date_line(line)


# What a date line holds besides its date: times, zones, weekdays, cue words, separators, a reading
# time ("Updated 10:30 AM EST, Mon January 13, 2025", "Caixin | Sep 15, 2020", "Mar 12, 2025 · 5 min read").
_DATE_LINE_NOISE = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?|T(?=\d{2}:)|\b(?:[ap]\.m\.|am|pm)\b"
    r"|\b(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d{2})?|(?<=\d)[+-]\d{2}:?\d{2}\b"
    r"|\b(?:utc|gmt|edt|est|cst|cdt|pst|pdt|bst|hkt|sgt|jst|cet|z)\b|北京时间"
    r"|(?:updated\s+)?\d+\s+(?:hours?|hrs?|minutes?|mins?|days?)\s+ago\b"
    r"|(?:上午|下午|中午|晚上|凌晨|早上|傍晚)\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"|记者|(?:即时)?报[导道]"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?|星期[一二三四五六日天]|周[一二三四五六日]"
    r"|\b(?:first\s+|last\s+)?(?:published|updated|posted|modified|date|on|at)\b|发布于|发布时间|发表于|更新于?|日期"
    r"|\b\d+\s*(?:min|minute)s?\s+read\b"
    r"|[|｜·•,，:：/／()（）\[\]【】\-–—]", re.I)
# An outlet, a reporter or a place in Chinese ("香港01", "王小明", "台北"): a Taiwanese byline holds all three.
_HAN_NAME = rf"[{HAN_CHARACTERS}][{HAN_CHARACTERS}0-9]{{0,11}}"
# A line that is a date plus at most a short name (an outlet or a by-line) is a date line; a headline
# with the same date has words of a sentence around it ("DeepSeek launched R1 on January 20, 2025").
_SHORT_NAME = re.compile(rf"^(?:(?:(?i:(?:(?:{alternation(BYLINE_CUES['before_by'])})\s+)?by)\s+)?"
                         rf"(?:[A-Z0-9][\w.&'’-]*\s*){{0,4}}|{_HAN_NAME}(?:\s+{_HAN_NAME}){{0,2}})$")


def _date_of_a_date_line(line: str) -> Period | None:
    """The day of a short line that is a date with at most a time, a weekday and a name around it."""
    if len(line) > 80:
        return None
    for pattern in _DATES:
        match = pattern.search(line)
        if match is None:
            continue
        rest = _DATE_LINE_NOISE.sub(" ", line[: match.start()] + " " + line[match.end():])
        if _SHORT_NAME.match(" ".join(rest.split())):
            return _to_period(match)
    return None


def _to_period(match: re.Match) -> Period | None:
    groups = match.groupdict()
    month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    day, year = int(groups["d"]), int(groups["y"])
    if month > 12 and day <= 12:
        # 16/01 2025 is day-first.
        month, day = day, month
    if not 1900 <= year <= 2100:
        return None
    try:
        return Period(date(year, month, day), "day")
    except ValueError:
        return None
