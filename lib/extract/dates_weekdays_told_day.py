"""Place a weekday of an article published with only its month from the day the article told before it.

A bare weekday needs a day-precise publication to count back from ("on Thursday" is the last Thursday on or
before it). A page that gives only its month ("2025-07") leaves it unread, though the story has told its day:
"On Monday, July 14, Nvidia said … Huang was received by the minister on Thursday" is July 17; "On August 26,
2022, the government informed Nvidia …, the company said in a statement published on Wednesday" is August 31;
"豆包2月16日日活破亿……据周三公布的数据" February 18. The story goes on from the day it told: the weekday is
the first on or after that day, the last day read before it in the sentence, else in the text before. A
weekday counted in weeks ("next Friday", "上周五") counts from the writer's day, which the day told does not
give: it stays unread. Only a day told in the publication's month or the month before places it,
and never past the end of the publication's month: a day told long before is history, not the story's time.
"""

from __future__ import annotations

from lib.extract.dates_match import Reading
from lib.extract.dates_resolve import add_months, resolve
from lib.extract.dates_spec import Candidate, OnWeekday
from lib.periods import Period, align


def weekdays_from_the_day_told(candidates: list[Candidate], readings: list[Reading], anchor: Period | None,
                               published: Period) -> list[Reading]:
    """Readings of the weekdays among ``candidates`` that nothing read (``readings`` holds what was), each
    counted from the day told before it, for a ``published`` period that is a month; [] for any other."""
    if published.precision != "month":
        return []
    read = {id(reading.candidate) for reading in readings}
    placed = []
    for candidate in candidates:
        spec = candidate.spec
        if not (isinstance(spec, OnWeekday) and spec.toward == "nearest" and spec.week_offset is None) or (
                id(candidate) in read):
            continue
        told = _day_told_before(candidate, readings) or anchor
        if told is None or told.precision != "day" or not _in_the_story(told, published):
            continue
        period = resolve(spec, told, ahead=True)
        if period is not None and period.end <= published.end:
            placed.append(Reading(candidate, period))
    return placed


def _day_told_before(candidate: Candidate, readings: list[Reading]) -> Period | None:
    """The last day read before ``candidate`` in its sentence."""
    days = [r for r in readings if r.period is not None and r.period.precision == "day"
            and r.candidate.end <= candidate.start]
    return max(days, key=lambda r: r.candidate.start).period if days else None


def _in_the_story(told: Period, published: Period) -> bool:
    """Whether ``told`` lies in the publication's month or the month before it."""
    return add_months(align(published.start, "month"), -1) <= told.start <= published.end
