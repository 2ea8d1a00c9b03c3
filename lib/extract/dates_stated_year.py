"""A year-less date takes the year its sentence states before it.

"根据2020年微信春节数据报告，除夕到初五…" is the Eve of 2020, "In 2019, Alibaba … on November 11" is
November 11, 2019: the reader has the year in front of them, not the publication's. A year counted from
publication names it as well: "5年前，全民双11狂欢" is the Singles' Day five years ago, "Last year, … on
November 11" last year's; a year counted on from it ("5年后") ends its reach.

"The year" without "this" ("the start of the year", 年初, 年底, 年内) is the year stated before it as well:
"去年全年收入63.2亿美元，基本符合年初的指引" is the start of last year; a plan's ("预计年底前扭亏") is publication's.

A stated month or day places the year-less date after it, the story told on: the next such date on, never past
publication unless the date was read ahead already ("2024年3月28日正式发布，4月开始交付" is April 2024, "Founded in
March 2023, … first making waves in October" October 2023). A date compared with or a span runs from is the one
nearest the stated date: "截至2026年1月初，…较12月中旬暴涨" (published in January 2026) is the December just before.
The end of a span the stated date opens comes on or after it: "from 13.8% in the first quarter of 2019
to 19.8% in the fourth quarter", "从2019年一季度的13.8%一路攀升至四季度" is the fourth quarter of 2019.

A date a cue puts ahead ("is scheduled to report on Aug. 21", "将于8月21日") is ahead of the day the text
tells from when it states one just before, in its sentence or as the last date of the sentence before,
and the schedule had come by publication: a photo caption "… on Saturday, Aug. 17, 2024. Xiaomi is
scheduled to release earnings on Aug. 21." on a page of November 2024 names August 21, 2024, not 2025.

A plan told as a series ("计划于4月开启内测，5月开通10座城市，8月在全国开通", "4月1日起免费开放，6月30日正式开源",
"will begin deliveries in April, open ten cities in May and go nationwide in August") runs forward from
the date its cue put ahead: a year-less date after it in the sentence, later in that year and not told as
past, is in that year too, not the one before publication. So does one opened by a plan's date that states or
counts its year ("in the first three months of next year, followed by another in the fourth quarter", "明年一季度
推出首款芯片，四季度再推出另一款").

A year told in an aside about a name ("JD, which started the promotion in 2010, racked up …",
"成立于1998年的京东") reaches only to the aside's close, and one that names a thing ("a 2024 law") no
further than its words (``dates_year_asides``).

A year named only as what is compared with ("compared to 2018", 较2018年, 与2018年相比) or as the start
of a span running up to now ("since … in August 2022", 自2022年…以来) is not the year the sentence tells
of (``lib/rules/stated_year_cues.csv``). Nor, to an undated story, is a period a forecast is given for
("guidance for 2026", "2026年第1季业绩展望"): the story is told before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from lib.extract.dates_comparisons import EARLIER_FIGURE
from lib.extract.dates_spec import WHOLE_YEAR, Chained, InYear, is_year_less
from lib.extract.dates_year_asides import clause_reach, opens_the_sentence, year_reach
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

Reading = TypeVar("Reading")

_CLAUSE_MARKS = ",;.:!?，。；：！？\n"
# How many words (English) or characters (Chinese) "since" / 以来 may stand from the date in its clause.
_SINCE_WORDS = 8
_SINCE_CHARACTERS = 12
# How far back before a date, in characters, a cue that opens a span or a comparison up to it is looked for
# ("rose from 13.8% in", "since the service was launched in", 从…的): the cue and the _SINCE_WORDS words the
# patterns let stand between it and the date, at about nine characters a word with its space, fill some 80.
# The patterns end at the date (\Z), so a wider search would only let longer words in, and cost more.
_CUE_REACH_BEFORE = 80
# A schedule told from a stated day falls within about a month after it.
_SCHEDULE_DAYS = 31


def _alternatives(words: Sequence[str]) -> tuple[str, str]:
    """The Latin and the Chinese words as two regex alternations, longest first (never matching when empty)."""
    longest_first = sorted(words, key=len, reverse=True)
    return (alternation(w for w in longest_first if w.isascii()),
            alternation(w for w in longest_first if not w.isascii()))


def _patterns(cues: dict[str, list[str]]) -> tuple[re.Pattern, re.Pattern]:
    """What ends right before a year that is no sentence year, and what starts right after one."""
    compared_latin, compared_chinese = _alternatives(cues["compared"])
    since_latin, since_chinese = _alternatives(cues["since"])
    _, since_after = _alternatives(cues["since_after"])
    _, compared_after = _alternatives(cues["compared_after"])
    compared_figure, _ = _alternatives(cues["compared_figure"])
    word = rf"[^\s{re.escape(_CLAUSE_MARKS)}]+"
    before = re.compile(
        rf"(?:(?<![A-Za-z])(?:{compared_latin})|(?:{compared_chinese})|(?:{since_chinese}))\s*\Z"
        rf"|(?<![A-Za-z])(?:{compared_figure})[^\S\n]+{EARLIER_FIGURE}(?:in|at|for)[^\S\n]+\Z"
        rf"|(?<![A-Za-z])(?:{since_latin})(?:[^\S\n]+{word}){{0,{_SINCE_WORDS}}}?[^\S\n]*\Z", re.IGNORECASE)
    clause = rf"[^{re.escape(_CLAUSE_MARKS)}]"
    after = re.compile(rf"\s*(?:{compared_after})|{clause}{{0,{_SINCE_CHARACTERS}}}?(?:{since_after})")
    return before, after


_NO_SENTENCE_YEAR_BEFORE, _NO_SENTENCE_YEAR_AFTER = _patterns(words_by_kind(builtin_rules().stated_year_cues))


def _forecast_patterns(cues: dict[str, list[str]]) -> tuple[re.Pattern, re.Pattern]:
    """What ends right before a period a forecast is given for, and what follows it, a little on, in its clause."""
    before_latin, before_chinese = _alternatives(cues["forecast"])
    after_latin, after_chinese = _alternatives(cues["forecast_after"])
    word = rf"[^\s{re.escape(_CLAUSE_MARKS)}]+"
    clause = rf"[^{re.escape(_CLAUSE_MARKS)}]"
    before = re.compile(rf"(?<![A-Za-z])(?:{before_latin})(?:[^\S\n]+the)?[^\S\n]*\Z|(?:{before_chinese})\s*\Z",
                        re.IGNORECASE)
    after = re.compile(rf"(?:[^\S\n]+{word}){{0,{_FORECAST_WORDS}}}?[^\S\n]+(?:{after_latin})(?![A-Za-z])"
                       rf"|{clause}{{0,{_FORECAST_CHARACTERS}}}?(?:{after_chinese})", re.IGNORECASE)
    return before, after


# How many words (English) or characters (Chinese) a forecast's noun may stand after its period: "2026
# revenue guidance", "2026年第1季业绩展望".
_FORECAST_WORDS = 1
_FORECAST_CHARACTERS = 2
# How far back before a period, in characters, a forecast's cue is looked for: the cue stands right before it, "the"
# at most between ("guidance for the first quarter"); the longest cue with "the" ("projections for the", 19) fits
# twice over, spaces and all.
_FORECAST_CUE_REACH = 40
_FORECAST_BEFORE, _FORECAST_AFTER = _forecast_patterns(words_by_kind(builtin_rules().stated_year_cues))


def names_a_forecasts_period(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the period a forecast, an outlook or a target is given for."""
    return (_FORECAST_BEFORE.search(text, max(0, start - _FORECAST_CUE_REACH), start) is not None
            or _FORECAST_AFTER.match(text, end) is not None)


def _span_patterns(cues: dict[str, list[str]]) -> tuple[re.Pattern, re.Pattern]:
    """What ends right before a date that opens a span ("from 13.8% in", 从), and what closes it after."""
    from_latin, from_chinese = _alternatives(cues["span_from"])
    to_latin, to_chinese = _alternatives(cues["span_to"])
    word = r"[^\s,;!?，。；：！？]+"  # a figure's decimal point is no clause mark: "from 13.8% in"
    opens = re.compile(rf"(?<![A-Za-z])(?:{from_latin})(?:[^\S\n]+{word}){{0,{_SINCE_WORDS}}}?[^\S\n]*\Z"
                       rf"|(?:{from_chinese})[^{re.escape(_CLAUSE_MARKS)}]{{0,{_SINCE_CHARACTERS}}}?\Z", re.IGNORECASE)
    closes = re.compile(rf"(?<![A-Za-z])(?:{to_latin})(?![A-Za-z])|(?:{to_chinese})", re.IGNORECASE)
    return opens, closes


_SPAN_OPENS, _SPAN_CLOSES = _span_patterns(words_by_kind(builtin_rules().stated_year_cues))
# A clause's close between two dates: a comma, a semicolon or a stop, not a figure's decimal point ("19.8%").
_CLAUSE_CLOSE = re.compile(r"[,;:!?，。；：！？\n]|\.(?!\d)")


def runs_on_to(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether the date at ``text[start:end]`` opens a span ("from Beta in June", 从6月的测试版) that a closing
    word carries on, in the same clause, to the date at ``next_start`` ("… to stable releases in September",
    到9月的正式版): the span's end, as a range's, comes on or after its start."""
    between = text[end:next_start]
    return (_SPAN_OPENS.search(text, max(0, start - _CUE_REACH_BEFORE), start) is not None
            and _SPAN_CLOSES.search(between) is not None and _CLAUSE_CLOSE.search(between) is None)


def in_the_stated_year(text: str, readings: Sequence[Reading], published: Period | None,
                       told_by_a_saying: Callable[[int, int], bool] = lambda start, end: False) -> list[Reading]:
    """``readings`` (in text order, each with ``candidate``, ``period`` and ``governed``) with every
    year-less date after a date stating its year placed in that year, or beside it when it states a
    month or day, and every part of "the year" (年初, "the end of the year") in that year; a date placed
    ahead by a cue keeps its place. A saying's date (``told_by_a_saying``, its span) in a clause after the
    stated year's is the saying's: ", Bloomberg News reported in January" reports on 2019 told before it, in
    January of publication's year; a year opening the sentence ("In 2019, Alibaba announced on November 11")
    still reaches it."""
    placed = list(readings)
    stated = None
    stated_end = 0  # where the stated date ends
    stated_opens = False  # the stated date opens the sentence
    stated_written = False  # the stated year is written out ("2025年"), not counted from publication ("去年")
    span_from = None  # where the stated date ends when it opens a span ("from … in March 2019", 从2019年3月)
    reach = None  # where the stated year's aside closes ("JD, which started it in 2010, racked up …")
    clause_end = None  # where the clause closes that holds a year counted from publication, told after its words
    for index, reading in enumerate(placed):
        spec = reading.candidate.spec
        if reach is not None and reading.candidate.start >= reach:
            stated = reach = None
        if isinstance(spec, InYear) and spec.of_the_year:
            # a half ("上半年", "the first half") takes a year written out, not one counted from publication
            # ("在去年Mate 50发布的时候,…,上半年P60的发布" is this year's half)
            if (stated is not None and reading.period is not None and not reading.governed
                    and (spec.part.precision != "half" or stated_written)):
                placed[index] = replace(reading, period=spec.part.in_year(stated.start.year))
        elif isinstance(spec, InYear) and reading.period is not None and (
                spec.year is not None or (spec.offset is not None and spec.part == WHOLE_YEAR)):
            if not names_no_sentence_year(text, reading.candidate.start, reading.candidate.end):
                stated = reading.period
                stated_end, stated_opens = reading.candidate.end, opens_the_sentence(text, reading.candidate.start)
                stated_written = spec.year is not None
                reach = year_reach(text, reading.candidate.start, reading.candidate.end)
                # "比亚迪在去年的销售增速…，1月份…": a month or day past its clause is publication's, but "the year"
                # is still the year told ("去年交付量突破41万辆，超越年内上调的目标").
                clause_end = (clause_reach(text, reading.candidate.start, reading.candidate.end)
                              if spec.year is None and spec.offset else None)
                span_from = (reading.candidate.end if _SPAN_OPENS.search(
                    text, max(0, reading.candidate.start - _CUE_REACH_BEFORE), reading.candidate.start) else None)
        elif isinstance(spec, Chained) and spec.unit == "year":
            stated = None  # "5年后", "次年", "a year later": the sentence has moved on to another year
        elif (stated is not None and reading.period is not None and is_year_less(spec) and not reading.governed
              and (clause_end is None or reading.candidate.start < clause_end)
              and not (told_by_a_saying(reading.candidate.start, reading.candidate.end) and not stated_opens
                       and _CLAUSE_CLOSE.search(text, stated_end, reading.candidate.start))):
            onward = span_from is not None and _SPAN_CLOSES.search(
                text, span_from, reading.candidate.start) is not None
            looks_back = _looks_back_to(text, reading.candidate.start, reading.candidate.end)
            period = _beside(spec.part, stated, reading.period, published, onward, looks_back)
            if period is not None:
                placed[index] = replace(reading, period=period)
    return placed


def ahead_of_the_day_told(readings: Sequence[Reading], published: Period | None,
                          previous_date: Period | None) -> list[Reading]:
    """``readings`` with every year-less date a cue put ahead placed ahead of the day stated before it
    instead (in this sentence, or ``previous_date``, the last date of the sentence before), when that
    puts it within ``_SCHEDULE_DAYS`` after that day and no later than publication."""
    placed = list(readings)
    told = previous_date if previous_date is not None and previous_date.precision == "day" else None
    for index, reading in enumerate(placed):
        spec, period = reading.candidate.spec, reading.period
        if period is None or published is None or not isinstance(spec, InYear):
            continue
        if period.precision == "day" and not reading.governed:
            told = period
        elif told is not None and reading.governed and is_year_less(spec):
            after = next((found for year in (told.start.year, told.start.year + 1)
                          if (found := spec.part.in_year(year)) is not None and found.start >= told.start), None)
            if (after is not None and after.start <= published.end < period.start
                    and (after.start - told.start).days <= _SCHEDULE_DAYS):
                placed[index] = replace(reading, period=after)
    return placed


def in_a_series_ahead(readings: Sequence[Reading], published: Period | None,
                      told_as_past: Callable[[int, int], bool]) -> list[Reading]:
    """``readings`` with every year-less date read back placed in the year of the date ahead of
    publication before it in the sentence, when that puts it later in that year and ``told_as_past``
    (its text span) is false: the series goes on. A date stating or counting its year opens the series when
    it lies ahead ("the first three months of next year, followed by another in the fourth quarter", "2026年一季度
    …，四季度…"), and ends it when it does not; a year-less date put ahead but before the series' date is in
    the series' year too when that puts it later there."""
    placed = list(readings)
    ahead = None
    for index, reading in enumerate(placed):
        spec, period = reading.candidate.spec, reading.period
        if published is None or period is None or not isinstance(spec, InYear):
            continue
        if not is_year_less(spec):
            ahead = period if period.start > published.end else None
        elif period.start > published.end and (ahead is None or period.start > ahead.start):
            ahead = period
        elif ahead is not None and not told_as_past(reading.candidate.start, reading.candidate.end):
            later = spec.part.in_year(ahead.start.year)
            if later is not None and later.start > ahead.start:
                placed[index] = replace(reading, period=later, governed=True)
                ahead = later
    return placed


def names_no_sentence_year(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is compared with or opens a span up to now ("自2020年3月16日以来",
    "since March 16, 2020"), or is when a record now broken was set ("刷新苹果去年12月的纪录"): the sentence tells of
    another time, and nothing happens on that date."""
    return (_NO_SENTENCE_YEAR_BEFORE.search(text, max(0, start - _CUE_REACH_BEFORE), start) is not None
            or _NO_SENTENCE_YEAR_AFTER.match(text, end) is not None or _sets_a_broken_record(text, start, end))


def _record_patterns(cues: dict[str, list[str]]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What stands before the day of a record now broken in English, and before and after it in Chinese."""
    latin, chinese = _alternatives(cues["record"])
    _, after = _alternatives(cues["record_after"])
    word = rf"[^\s{re.escape(_CLAUSE_MARKS)}]+"
    clause = rf"[^{re.escape(_CLAUSE_MARKS)}]"
    return (re.compile(rf"(?<![A-Za-z])(?:{latin})[^\S\n]+(?:(?:the|a|its|their)[^\S\n]+)?record"
                       rf"(?:[^\S\n]+{word}){{0,{_RECORD_WORDS}}}?[^\S\n]+set[^\S\n]+(?:in|on)[^\S\n]*\Z",
                       re.IGNORECASE),
            re.compile(rf"(?:{chinese}){clause}{{0,{_RECORD_CHARACTERS}}}\Z"),
            re.compile(rf"\s*的?\s*(?:{after})"))


# How many words (English) or characters (Chinese) may stand between a record's cue and its date: "the record
# set by Apple in December", "刷新苹果公司去年12月的纪录".
_RECORD_WORDS = 3
_RECORD_CHARACTERS = 8
_RECORD_EN, _RECORD_ZH, _RECORD_ZH_AFTER = _record_patterns(words_by_kind(builtin_rules().stated_year_cues))


def _sets_a_broken_record(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is when a record now broken was set ("topping the record Apple set in
    December", "刷新苹果去年12月的纪录")."""
    before = text[max(0, start - 60):start]
    return _RECORD_EN.search(before) is not None or (
        _RECORD_ZH.search(before) is not None and _RECORD_ZH_AFTER.match(text, end) is not None)


def _looks_back_to(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is what a figure is compared with or a span runs from ("较12月中旬",
    "up 150% from mid-December"), or is told as before the stated date ("in May the year before"): the one nearest
    the stated date, not the next one on."""
    before = max(0, start - _CUE_REACH_BEFORE)
    return (_NO_SENTENCE_YEAR_BEFORE.search(text, before, start) is not None
            or _SPAN_OPENS.search(text, before, start) is not None or _BACK_AFTER.match(text, end) is not None)


_BACK_WORDS, _ = _alternatives(words_by_kind(builtin_rules().stated_year_cues)["back_after"])
_BACK_AFTER = re.compile(rf"[^\S\n]+(?:{_BACK_WORDS})(?![A-Za-z])", re.IGNORECASE)


def _beside(part, stated: Period, read: Period, published: Period | None, onward: bool = False,
            looks_back: bool = True) -> Period | None:
    """``part`` in the stated year; beside a stated month or day, in the year that puts it nearest
    that date without moving it past publication when it was read as past; ``onward`` (the end of a span
    the stated date opens), never before that date."""
    year = stated.start.year
    if stated.precision == "year":
        return part.in_year(year)
    may_lie_ahead = published is None or read.start > published.end
    fits = [period for offset in (0, -1, 1) if (period := part.in_year(year + offset)) is not None
            and (may_lie_ahead or period.start <= published.end) and (not onward or period.start >= stated.start)]
    later = [period for period in fits if period.start >= stated.start]
    if not looks_back and later:
        return min(later, key=lambda period: period.start)
    return min(fits, key=lambda period: _apart(period, stated), default=None)


def _apart(period: Period, other: Period) -> int:
    """Days between two periods; 0 when they overlap."""
    if period.end < other.start:
        return (other.start - period.end).days
    return max(0, (period.start - other.end).days)

