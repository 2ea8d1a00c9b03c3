"""Dates on an article's metadata lines: the day a byline, a dateline or a date line states.

A page prints its date between its headline and its text in a short line of its own layout; the
reader argues from the class of that line, not from a list of layouts seen:

* a cut metadata line (byline, dateline, repost) gives its first day, anywhere in it;
* a kept line gives one only when it is a date line: the date opens it (after a cue such as
  "Published:") and only a time or a byline follows; or it is a short line that holds one or two
  full dates with nothing around them but times, zones, weekdays, ages ("3 years ago"), cue and
  byline labels, counts of reads, separators, a site's address and at most three short names
  (outlet, author, place, section; a by-line's names may be joined by "and"; on a line opening with a
  date label a Chinese name may run into Latin letters, "新頭殼newtalk"); or a story opens with a
  dateline holding its full date ("BEIJING, July 28, 2016 /PRNewswire/ --", "香港2023年8月16日 /美通社/ --");
  or a story opens with the day of writing glossed with its full date ("今日(2026年1月8日)，…",
  "Today (January 8, 2026), …").
* of a publication and a revision ("Updated …", "更新时间：…", ``byline_cues.csv`` kind
  ``revised``) the publication is the page's date; a revision alone still dates it.

Never a date inside a sentence, a list of dates (related articles), a range, or a photo caption.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from lib.parse.datelines import ENGLISH_MONTH_NAMES, month_day_of, month_of
from lib.parse.weekday_words import WEEKDAY_AS_WRITTEN
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.text_script import HAN_CHARACTERS

META_LABELS = frozenset({"byline", "dateline", "repost"})
# The words of lib/rules/byline_cues.csv by kind (source, author, before_by, role, next_label).
BYLINE_CUES = words_by_kind(builtin_rules().byline_cues)

_MONTH_NAME = f"(?:{ENGLISH_MONTH_NAMES})"
_MONTH = rf"(?P<mon>{ENGLISH_MONTH_NAMES})\.?"
# A year ends at a word boundary, or runs into the time after it as a page copied as text prints it
# ("January 22, 20254:01 AM GMT+8").
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d{2}))"
# A month name starts a word, or is run into the word before it as a page copied as text prints two
# spans of its layout ("5 min readDec 8, 2023": a capital right after a small letter).
_MONTH_START = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
# The comma before a year may stand apart from the day, as a page that prints the day and the year in spans
# of its own copies them ("November 03 , 2020").
_COMMA = r"(?:\s*,)?\s+"
# The numeric dates with the year last, whose day and month may each be read as the other ("03/12/2021").
_MONTH_FIRST_NUMERIC = r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:\s+|/)(?P<y>\d{4})(?!\d)"
# 03-11-2020, 03.11.2020: with dashes or dots and the year last, the numeric date of Britain, Europe, India
# and Hong Kong is day-first; American pages print slashes ("11/3/2020", read month-first).
_DAY_FIRST_NUMERIC = r"(?<![\d/.-])(?P<d>\d{1,2})([-.])(?P<m>\d{1,2})\2(?P<y>\d{4})(?![\d.-]\d)"
# Each pattern names its groups y/m/d (or mon for a month name).
_DATES = [re.compile(pattern, re.I) for pattern in (
    r"(?<!\d)(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)",
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]",
    _MONTH_FIRST_NUMERIC,
    _MONTH_START + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?" + _COMMA + r"(?P<y>\d{4})" + _YEAR_END,
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + _COMMA + r"(?P<y>\d{4})" + _YEAR_END,
    _DAY_FIRST_NUMERIC,
)]
_DATE_CUE = re.compile(
    r"\s*(?:(?:first\s+)?published|updated|posted|date|发布时间|发布日期|发表时间|发表于|发布于|更新时间|日期|时间)?"
    r"(?:\s+on)?\s*[:：]?\s*", re.I)
_ZONES = alternation(BYLINE_CUES["zone"])
_DATELINE_REST = re.compile(
    rf"[\s\d:：,，.|｜·/()（）-]*(?:(?:am|pm|{_ZONES})\b[\s\d:：,，.|｜·/()（）-]*)*"
    r"(?:(?:来源|作者|编辑|source|by)\b.*)?$", re.I)


def date_in_line(line: str, cut_as: str | None) -> Period | None:
    """A day found in a cut metadata line anywhere, or in a kept line only when it is a dateline."""
    dated = dated_line(line, cut_as)
    return dated[0] if dated else None


def dated_line(line: str, cut_as: str | None) -> tuple[Period, bool] | None:
    """``date_in_line``'s day and whether a revision label ("Updated", "更新时间") stands before it.

    Of a line that gives a revision and another date ("Updated March 13 | Published March 12") the
    other is the publication's; the revision counts only when it is the line's one date.
    """
    if cut_as in META_LABELS:
        return _first_publication(line, _full_dates(line))
    start = _DATE_CUE.match(line).end()
    for pattern in _DATES:
        match = pattern.match(line, start)
        if match and _DATELINE_REST.match(line, match.end()) and (period := _to_period(match)):
            return period, _revised(line[:match.start()])
    return _date_of_an_opening_dateline(line) or _date_of_a_date_line(line) or _date_of_a_glossed_today(line)


def _full_dates(line: str) -> list[re.Match]:
    """Every full date of ``line`` in reading order, none inside another."""
    found: list[re.Match] = []
    for match in sorted((m for pattern in _DATES for m in pattern.finditer(line)), key=lambda m: m.start()):
        if not found or match.start() >= found[-1].end():
            found.append(match)
    return found


def _first_publication(line: str, matches: list[re.Match]) -> tuple[Period, bool] | None:
    dated = []
    previous_end = 0
    for match in matches:
        if (period := _to_period(match)) is not None:
            dated.append((period, _revised(line[previous_end:match.start()])))
        previous_end = match.end()
    return next((found for found in dated if not found[1]), dated[0] if dated else None)


_REVISED = re.compile(rf"(?:{alternation(BYLINE_CUES['revised'])})", re.I)


def _revised(before_date: str) -> bool:
    """Whether the last label before a date (after the date before it) is a revision label."""
    return _REVISED.search(before_date) is not None


# A dateline that opens a story with a full date: "BEIJING, July 28, 2016 /PRNewswire/ --",
# "香港2023年8月16日 /美通社/ --", "11th April 2024 – (Hong Kong)". A place in capitals, or none, may
# close with a dash alone; a place in Chinese needs the outlet between slashes or brackets, since a
# sentence opening "展会于2023年8月18日-20日" has a place-like subject and a dash of a range.
_CAPITAL_PLACE = re.compile(r"\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}\s*"
                            rf"(?:,\s*(?!(?i:{_MONTH_NAME})\b)[A-Z][A-Za-z.'’-]*)?\s*,?\s*)?")
_HAN_PLACE = re.compile(rf"\s*[{HAN_CHARACTERS}]{{1,6}}\s*")
_OUTLET_MARK = r"(?:/\s*[^/\n]{2,30}?\s*/|[(（][^()（）\n]{2,40}[)）])"
_DASH = rf"(?:--|[-–—])(?!\s*(?:\d|(?i:{_MONTH_NAME})\b))"  # not a range's ("March 5 – March 7, 2025")
_WITH_OUTLET = re.compile(rf"\s*{_OUTLET_MARK}\s*{_DASH}")
_WITH_DASH = re.compile(rf"\s*(?:{_OUTLET_MARK}\s*)?{_DASH}")


def _date_of_an_opening_dateline(line: str) -> tuple[Period, bool] | None:
    for place, end in ((_CAPITAL_PLACE, _WITH_DASH), (_HAN_PLACE, _WITH_OUTLET)):
        if (opening := place.match(line)) is None:
            continue
        for pattern in _DATES:
            match = pattern.match(line, opening.end())
            if match and end.match(line, match.end()) and (period := _to_period(match)):
                return period, False
    return None


# A story opening with the day of writing glossed with its full date ("今日(2026年1月8日)，智谱在港交所上市",
# "Today (January 8, 2026), Zhipu listed") states its publication day; a gloss of a month ("一年后的今天(2026年2月)")
# or a today inside the sentence does not.
# The gloss may name the day's weekday first or last ("Today (Tuesday, 11 Feb 2025)", "今天（2月11日，周二）"): a
# weekday beside its date restates the day, as it does on a date line.
_GLOSS_WEEKDAY = rf"(?:{WEEKDAY_AS_WRITTEN})\s*[,，、]?\s*"
_GLOSSED_TODAY = re.compile(rf"\s*(?:{alternation(BYLINE_CUES['today'])})\s*[(（]\s*(?:{_GLOSS_WEEKDAY})?", re.I)
_GLOSS_CLOSE = re.compile(rf"\s*(?:[,，、]\s*{_GLOSS_WEEKDAY})?[)）]", re.I)


def _date_of_a_glossed_today(line: str) -> tuple[Period, bool] | None:
    return next(((period, False) for match in _glosses_of_today(line, _DATES) if (period := _to_period(match))), None)


def _glosses_of_today(line: str, patterns: Sequence[re.Pattern]) -> Iterator[re.Match]:
    """Each of ``patterns`` that matches as the gloss of a story's opening "today", up to its closing bracket."""
    if (today := _GLOSSED_TODAY.match(line)) is None:
        return
    for pattern in patterns:
        match = pattern.match(line, today.end())
        if match and _GLOSS_CLOSE.match(line, match.end()):
            yield match


# A gloss of the day of writing without its year ("Today (17 March), Pinduoduo announced…", "今天(1 月 9 日),MiniMax
# 上市") states the publication's month and day as a year-less dateline does ("新华社北京1月9日电"): the metadata
# reader gives them their year the same way (lib.parse.dateline_days, or the address's date).
_YEARLESS_DAYS = [re.compile(pattern, re.I) for pattern in (
    r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]",
    _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?",
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH,
)]


def glossed_today_month_day(line: str) -> tuple[int, int] | None:
    """(month, day) of a story's opening "today" glossed with a day of no year, or None."""
    match = next(_glosses_of_today(line, _YEARLESS_DAYS), None)
    return None if match is None else month_day_of(match)


# What a date line holds besides its date: times, zones, weekdays, cue words, separators, a reading
# time ("Updated 10:30 AM EST, Mon January 13, 2025", "Caixin | Sep 15, 2020", "Mar 12, 2025 · 5 min read"),
# byline labels ("来源：电子设计"), counts of reads ("阅读 68", "Count : 26", a bare "110") and a site's
# address run into the date ("00:57www.worldometers.cn").
# A label in Latin letters is a whole word: "editor" is no label inside "By DCB Editorial"; a Chinese one may
# run into the name after it ("来源新智元").
_LABEL_WORDS = (BYLINE_CUES["source"] + BYLINE_CUES["author"] + BYLINE_CUES["next_label"]
                + BYLINE_CUES["revised"] + BYLINE_CUES["published"] + BYLINE_CUES["count"])
_LABELS = (rf"(?<![a-z])(?:{alternation(w for w in _LABEL_WORDS if re.search('[a-z]', w, re.I))})(?![a-z])"
           rf"|{alternation(w for w in _LABEL_WORDS if not re.search('[a-z]', w, re.I))}")
_DATE_LINE_NOISE = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?|T(?=\d{2}:)|\b(?:[ap]\.m\.|am|pm)(?![a-z])"
    r"|\b(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d{2})?|(?<=\d)[+-]\d{2}:?\d{2}\b"
    rf"|\b(?:{_ZONES})\b|北京时间|\b(?:staff\s+)?(?:{alternation(BYLINE_CUES['role'])})s?\b"
    r"|(?:updated\s+)?\d+\s+(?:years?|months?|weeks?|hours?|hrs?|minutes?|mins?|days?)\s+ago\b"
    r"|\d+\s*(?:年|个月|周|天|小时|分钟)前"
    r"|(?:上午|下午|中午|晚上|凌晨|早上|傍晚)\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"|记者|(?:即时)?报[导道]"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?|星期[一二三四五六日天]|周[一二三四五六日]"
    r"|\b(?:first\s+|last\s+)?(?:published|updated|posted|modified|date|on|at)\b|发布于|发布时间|发表于|更新于?|日期"
    r"|\b\d+\s*(?:min|minute)s?\s+read\b"
    r"|(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|hk|tw|io|co)\b"
    rf"|{_LABELS}|(?<![\w.])\d+(?![\w.])"
    r"|[|｜·•,，:：/／()（）\[\]【】\-–—、@?？]", re.I)
# An outlet, a reporter or a place in Chinese ("香港01", "王小明", "台北"): a Taiwanese byline holds all three.
_HAN_NAME = rf"[{HAN_CHARACTERS}][{HAN_CHARACTERS}0-9]{{0,11}}"
# A line that is a date plus at most a short name (an outlet or a by-line) is a date line; a headline
# with the same date has words of a sentence around it ("DeepSeek launched R1 on January 20, 2025").
# A by-line's names may be joined by a word ("By Jane Doe and John Roe"), which is no word of a sentence.
_BY_LINE = rf"(?i:(?:(?:{alternation(BYLINE_CUES['before_by'])})\s+)?by)\s+"
_JOINER = rf"(?i:{alternation(BYLINE_CUES['joiner'])})(?:\s+|$)"
_LATIN_NAME = r"[A-Z0-9][\w.&'’-]*\s*"
_SHORT_NAME = re.compile(rf"^(?:{_BY_LINE}(?:(?:{_JOINER})?{_LATIN_NAME}){{0,4}}(?:{_JOINER})?|(?:{_LATIN_NAME}){{0,4}}"
                         rf"|{_HAN_NAME}(?:\s+{_HAN_NAME}){{0,2}})$")
# On a Chinese page a name may be in small Latin letters ("证券 ketldu", "CSDN"): there a Latin word
# is a site's or an account's name, not a word of an English sentence.
_CHINESE_PAGE_NAME = rf"(?:{_HAN_NAME}|[A-Za-z0-9][\w.&'’-]*)"
_SHORT_CHINESE_NAMES = re.compile(rf"^(?:{_CHINESE_PAGE_NAME}(?:\s+{_CHINESE_PAGE_NAME}){{0,2}})?$")
# A name may also run from Chinese into Latin letters ("新頭殼newtalk"), as a headline's verb runs into a
# product ("发布Mate60"): such a name is read only on a line that opens with a date label ("發布於", "更新於",
# "发布时间"), which no headline does.
_MIXED_PAGE_NAME = rf"(?:{_HAN_NAME}(?:[A-Za-z][A-Za-z0-9]*)?|[A-Za-z0-9][\w.&'’-]*)"
_LABELLED_CHINESE_NAMES = re.compile(rf"^(?:{_MIXED_PAGE_NAME}(?:\s+{_MIXED_PAGE_NAME}){{0,2}})?$")
_OPENING_DATE_LABEL = re.compile(rf"\s*(?:{alternation(BYLINE_CUES['revised'] + BYLINE_CUES['published'])})", re.I)
_HAN = re.compile(rf"[{HAN_CHARACTERS}]")


def _date_of_a_date_line(line: str) -> tuple[Period, bool] | None:
    """The day of a short line that is a date with at most a time, a weekday and names around it;
    of two days on it ("Updated … | Published …"), the one no revision label stands before."""
    if len(line) > 120:
        return None
    matches = _full_dates(line)
    # Two days are a publication and a revision; more are a list (related articles, an archive).
    if not 1 <= len(matches) <= 2 or (len(matches) == 1 and len(line) > 80):
        return None
    return _first_publication(line, matches) if _names_only(line, matches) else None


def _names_only(line: str, matches: Sequence[re.Match]) -> bool:
    """Whether ``line`` holds nothing but ``matches`` (its dates), a date line's noise and at most a short name."""
    rest = "".join(line[previous.end() if previous else 0: match.start()] + " "
                   for previous, match in zip([None, *matches], matches, strict=False))
    rest = " ".join(_DATE_LINE_NOISE.sub(" ", rest + line[matches[-1].end():]).split())
    if not _HAN.search(line):
        names = _SHORT_NAME
    else:
        names = _LABELLED_CHINESE_NAMES if _OPENING_DATE_LABEL.match(line) else _SHORT_CHINESE_NAMES
    return names.match(rest) is not None


# A date line that prints its day without a year, as portals do for the current year's posts ("Deep News Oct 28",
# "Geekpark News · Jul 5 14:28", "Benzinga_recent_news 08/29", "Motley Fool - Mon Sep 9, 2:26AM CDT", "Unwire.hk
# 發布於 01月28日05:58"): the publication's month and day, which the metadata reader dates as a year-less dateline's.
# A Chinese line needs a date label before its day: a headline's words pass for names ("台積電不再代工 9/15起…",
# "宁德时代将于5月20日登陆港股"), and a dateline ("1月28日消息") is lib.parse.datelines's.
_DATE_LABEL = re.compile(alternation(BYLINE_CUES["revised"] + BYLINE_CUES["published"]), re.I)
_YEAR_LESS_DAYS_OF_A_LINE = [re.compile(pattern, re.I) for pattern in (
    _MONTH_START + _MONTH + r"\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d|\s*,?\s*\d{4}(?!:))",
    r"(?<![\d/.:-])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])",
    r"(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]",
)]


def year_less_date_line_day(line: str) -> tuple[int, int] | None:
    """(month, day) of a short line that is one year-less day with at most a time, a weekday and a name, or None."""
    if len(line) > 80 or _full_dates(line):
        return None
    matches = [m for pattern in _YEAR_LESS_DAYS_OF_A_LINE for m in pattern.finditer(line)]
    if len(matches) != 1 or not _names_only(line, matches):
        return None
    if _HAN.search(line) and not _DATE_LABEL.search(line, 0, matches[0].start()):
        return None
    return month_day_of(matches[0])


# A numeric date with both numbers at most 12 is day-first on one page and month-first on another ("03/12/2021",
# "05-03-2019"): the patterns above read each layout one way, and the other reading is kept for a source of the
# same page that states the day unambiguously (its address, lib.parse.metadata).
_NUMERIC_DATES = tuple(pattern for pattern in _DATES if pattern.pattern in (_MONTH_FIRST_NUMERIC, _DAY_FIRST_NUMERIC))
_SLASHED_DATES = tuple(pattern for pattern in _DATES if pattern.pattern == _MONTH_FIRST_NUMERIC)


def other_reading(line: str, period: Period, patterns: Sequence[re.Pattern] = _NUMERIC_DATES) -> Period | None:
    """The day ``period`` would be with its day and month read the other way round, when ``line`` states it as
    a numeric date whose two numbers may each be the month ("03/12/2021" read as March 12: December 3), else None."""
    for match in (m for pattern in patterns for m in pattern.finditer(line)):
        month, day = int(match["m"]), int(match["d"])
        if month != day and month <= 12 and day <= 12 and _to_period(match) == period:
            return Period(period.start.replace(month=period.start.day, day=period.start.month), "day")
    return None


def day_first_reading(line: str, period: Period) -> Period | None:
    """``period`` read day first when ``line`` states it as an ambiguous slashed date, which the patterns read
    month first ("06/03/2023" read as June 3: March 6), else None."""
    return other_reading(line, period, _SLASHED_DATES)


def _to_period(match: re.Match) -> Period | None:
    month, day, year = month_of(match), int(match["d"]), int(match["y"])
    if month > 12 and day <= 12:
        # 16/01 2025 is day-first.
        month, day = day, month
    if not 1900 <= year <= 2100:
        return None
    try:
        return Period(date(year, month, day), "day")
    except ValueError:
        return None
