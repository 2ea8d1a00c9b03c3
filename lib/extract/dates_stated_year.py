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
("guidance for 2026", "2026年第1季业绩展望"): the story is told before it. Those cues are read by
``dates_year_cues``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from lib.extract.dates_spec import WHOLE_YEAR, Chained, InYear, is_year_less
from lib.extract.dates_year_asides import clause_reach, opens_the_sentence, year_reach
from lib.extract.dates_year_cues import (
    a_clause_closes,
    closes_a_span,
    looks_back_to,
    names_no_sentence_year,
    opens_a_span,
)
from lib.periods import Period

Reading = TypeVar("Reading")

# A schedule told from a stated day falls within about a month after it.
_SCHEDULE_DAYS = 31



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
                span_from = reading.candidate.end if opens_a_span(text, reading.candidate.start) else None
        elif isinstance(spec, Chained) and spec.unit == "year":
            stated = None  # "5年后", "次年", "a year later": the sentence has moved on to another year
        elif (stated is not None and reading.period is not None and is_year_less(spec) and not reading.governed
              and (clause_end is None or reading.candidate.start < clause_end)
              and not (told_by_a_saying(reading.candidate.start, reading.candidate.end) and not stated_opens
                       and a_clause_closes(text, stated_end, reading.candidate.start))):
            onward = span_from is not None and closes_a_span(text, span_from, reading.candidate.start)
            looks_back = looks_back_to(text, reading.candidate.start, reading.candidate.end)
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

