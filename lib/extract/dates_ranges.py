"""Ranges: the year-less end of a range takes its start's year, a year-less start its end's (a year-less
date takes its sentence's year in ``dates_stated_year``).

"2024年3月至5月", "March 2024 to May", "between March 2024 and May": the end states no year of its
own and means the start's, not the latest May before publication. Alternatives are one schedule too:
in "will launch in September or October", "9月或10月" October is September's year, though past
two months after publication a year-less month alone would be read back; and so are parts joined as one list
("第三季度和第四季度", "7月及12月", "11月、1月"), as "the third quarter and the fourth quarter" are. A year-less
end that would come before its start is in the following year ("2024年11月至2月"). A year-less start places its end
too: in "将于9月10日至9月12日举行" the cue before the start puts both ahead, so the end is the
start's year even though no cue stands next to it. A span told with words between its ends ("from Beta in June
to stable releases in September", 从6月的测试版推进到9月的正式版) is a range as well: September after this June.

A range that runs up to publication or past it has begun: "From Nov. 1 to Nov. 11, JD saw …" on
November 11 is this November, though "from" alone would put its start ahead; so has one that closed
within a month before publication ("sales from June 1 to 18", published June 19). A span of year-less parts
its clause tells as past, with no future cue, whose end would fall more than a month past publication is the latest
one ended by then (``ranges_ended_by_publication``): "reported 788.4 million annual active buyers for
January-December" published in March 2021 is 2020's, not a span nine months from its end. A span told with no past
word keeps its year: it may be a plan's or a campaign's ("可能3月至4月会赴美国", "之前预告的6至7月", "百度公布自1月26日
至3月12日，使用者…" published on January 26).

A span read puts in focus the smallest period holding it (``span_held``): "the same period last year" after "From
January to September" is the year before's (en3424), 同期 after 4月25日至5月1日 the second quarter (zs2912).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TypeVar

from lib.extract.dates_match import DateMatch
from lib.extract.dates_resolve import resolve
from lib.extract.dates_spec import Candidate, Chained, InYear, is_year_less
from lib.extract.dates_year_cues import runs_on_to
from lib.periods import Period, align, is_finer, period_end

# What may stand between a range's start and its end.
_LINK = re.compile(r"\s*(?:至|到|或者|或|以及|和|及|与|、|-|–|—|~|～|to|through|until|and|or)\s*", re.IGNORECASE)

# What joins a span's start to its end, not parts told side by side ("第三季度和第四季度的增速有待观察": a part after
# "and" may lie ahead with no cue).
_SPAN_LINK = re.compile(r"\s*(?:至|到|-|–|—|~|～|to|through|until)\s*", re.IGNORECASE)

Reading = TypeVar("Reading")
_HOLDING_PRECISIONS = ("week", "month", "quarter", "half", "year")
# A range read back that closed at most this many days before a day-precise publication is the one reported.
_JUST_CLOSED_DAYS = 31


def ends_in_their_starts_year(text: str, readings: Sequence[Reading]) -> list[Reading]:
    """``readings`` (in text order, each with ``candidate`` and ``period``) with every year-less
    range end placed in its range start's year."""
    placed = list(readings)
    for index in range(1, len(placed)):
        start, end = placed[index - 1], placed[index]
        year = _stated_year(start)
        if year is None or end.period is None or not is_year_less(end.candidate.spec):
            continue
        if not (_LINK.fullmatch(text[start.candidate.end : end.candidate.start])
                or runs_on_to(text, start.candidate.start, start.candidate.end, end.candidate.start)):
            continue
        period = end.candidate.spec.part.in_year(year)
        if period is not None and start.period is not None and period.start < start.period.start:
            period = end.candidate.spec.part.in_year(year + 1)
        if period is not None:
            placed[index] = replace(end, period=period)
    return placed


def starts_in_their_ends_year(text: str, readings: Sequence[Reading]) -> list[Reading]:
    """``readings`` with every year-less range start placed in the year its end states: "January and
    February 2024", "January-February 2024" are both of 2024 (a start after its end is the year before's)."""
    placed = list(readings)
    for index in range(len(placed) - 1):
        start, end = placed[index], placed[index + 1]
        end_spec = end.candidate.spec
        if (start.period is None or end.period is None or not is_year_less(start.candidate.spec)
                or not isinstance(end_spec, InYear) or end_spec.year is None
                or not _LINK.fullmatch(text[start.candidate.end : end.candidate.start])):
            continue
        period = start.candidate.spec.part.in_year(end_spec.year)
        if period is not None and period.start > end.period.start:
            period = start.candidate.spec.part.in_year(end_spec.year - 1)
        if period is not None:
            placed[index] = replace(start, period=period)
    return placed


def ranges_ended_by_publication(text: str, readings: Sequence[Reading], published: Period | None,
                                told_as_past: Callable[[int, int], bool]) -> list[Reading]:
    """``readings`` (in text order, a range's end already in its start's year) with every range of year-less parts
    joined as a span whose end would begin more than a month after publication read back to the latest year its end
    is not after publication, when its start is not governed by a cue and ``told_as_past(start, end)`` (offsets of
    the span's words) finds its clause told as past with no future cue: the press reports a span it has seen end."""
    placed = list(readings)
    if published is None:
        return placed
    for index in range(1, len(placed)):
        start, end = placed[index - 1], placed[index]
        if (start.period is None or end.period is None or start.governed
                or not is_year_less(start.candidate.spec) or not is_year_less(end.candidate.spec)
                or not _SPAN_LINK.fullmatch(text[start.candidate.end : end.candidate.start])
                or (end.period.start - published.end).days <= _JUST_CLOSED_DAYS
                or not told_as_past(start.candidate.start, end.candidate.end)):
            continue
        back = end.period.start.year - start.period.start.year
        year = published.end.year
        if (ended := end.candidate.spec.part.in_year(year)) is not None and ended.end > published.end:
            year -= 1
        began, ended = start.candidate.spec.part.in_year(year - back), end.candidate.spec.part.in_year(year)
        if began is not None and ended is not None and began.start <= ended.start:
            placed[index - 1], placed[index] = replace(start, period=began), replace(end, period=ended)
    return placed


def _stated_year(reading) -> int | None:
    """The year of a range start: stated, or the one a year-less start was placed in."""
    spec = reading.candidate.spec
    if not isinstance(spec, InYear) or reading.period is None:
        return None
    if spec.year is not None:
        return spec.year
    return reading.period.start.year if is_year_less(spec) or spec.offset is not None else None



def range_begun_by_publication(start: Candidate, candidates: Sequence[Candidate], end_start: int,
                               published: Period) -> bool:
    """Whether the range from ``start`` to the end read at ``end_start`` (a space or two aside) has begun by
    publication: it holds the publication period (its start read back and its end read ahead lie within one
    year: "from Nov. 1 to Nov. 11", published on November 5 or 11), or, read back, it closed within a month
    before publication ("racked up RMB 201.5 billion in sales from June 1 to 18", published June 19: the
    promotion just reported, not next year's; the press leaves the year out only for the current one)."""
    ends = [c for c in candidates if end_start <= c.start <= end_start + 2]
    if not ends:
        return False
    end = min(ends, key=lambda c: (c.start, -c.end))
    began = resolve(start.spec, published, False)
    if began is None:
        return False
    if isinstance(end.spec, Chained):
        if not (end.spec.range_end and end.spec.unit == "day" and began.precision == "day"):
            return False
        ended = Period(began.start + timedelta(days=end.spec.offset), "day")
    else:
        ends_at = resolve(end.spec, published, True)
        if (ends_at is not None and began.start <= published.end and ends_at.end >= published.start
                and (ends_at.end - began.start).days < 366):
            return True
        ended = resolve(end.spec, published, False)
    return (ended is not None and ended.start >= began.start and published.precision == "day"
            and (published.start - ended.end).days <= _JUST_CLOSED_DAYS)


def span_held(text: str, first: DateMatch, last: DateMatch) -> Period | None:
    """The smallest period of the data model holding the span ``first`` to ``last`` when ``last`` closes a span
    ``first`` opens ("From January to September", "January-December", 1-9月, 4月25日至5月1日): what "the same
    period last year", 同期 after it compare. None when the two are no span, or no period of a year holds it."""
    if not (first.end <= last.start and _SPAN_LINK.fullmatch(text[first.end : last.start])
            and first.period.start < last.period.start):
        return None
    end = last.period.end
    return next((Period(align(first.period.start, precision), precision) for precision in _HOLDING_PRECISIONS
                 if not is_finer(precision, first.period.precision)
                 and period_end(align(first.period.start, precision), precision) >= end), None)
