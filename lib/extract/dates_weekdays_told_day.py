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

"This week" (本周, 这周, 本週) is likewise the week of the day told before it: the story's week is the
writer's ("On Monday, July 14, Nvidia announced … Huang dominates Chinese headlines this week" is the week
of July 14; "路透社周三(3日)報道,有美國高級官員本周向商務部職員發信" the week of the 3rd;
"12月22日,快手依旧还在回答港交所上市科的问题,这周都不可能进入聆讯环节" the week of December 22),
as a narrative's shifts count from the day it last told. A week counted from it ("last week", 上周,
"later this week") would count from or past the writer's day, which the day told does not give.
"""

from __future__ import annotations

from lib.extract.dates_match import Reading
from lib.extract.dates_resolve import add_months, resolve
from lib.extract.dates_spec import Candidate, OnWeekday, Shift
from lib.periods import Period, align


def weekdays_from_the_day_told(candidates: list[Candidate], readings: list[Reading], anchor: Period | None,
                               published: Period) -> list[Reading]:
    """Readings of the weekdays and of "this week" among ``candidates`` that nothing read (``readings`` holds
    what was), each counted from the day told before it, for a ``published`` period that is a month; [] for any
    other."""
    if published.precision != "month":
        return []
    read = {id(reading.candidate) for reading in readings}
    placed = []
    for candidate in candidates:
        spec = candidate.spec
        this_week = spec == _THIS_WEEK and not _within_longer_words(candidate, candidates)
        if not (this_week or isinstance(spec, OnWeekday) and spec.toward == "nearest" and spec.week_offset is None
                ) or id(candidate) in read:
            continue
        told = _day_told_before(candidate, readings) or anchor
        if told is None or told.precision != "day" or not _in_the_story(told, published):
            continue
        period = Period(align(told.start, "week"), "week") if this_week else resolve(spec, told, ahead=True)
        if period is not None and period.end <= published.end:
            placed.append(Reading(candidate, period))
    return placed


# "this week", 本周: the writer's week, no more ("later this week" points past the day told: left unread).
_THIS_WEEK = Shift("week", 0)


def _within_longer_words(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """Whether other words read hold ``candidate``'s ("this week" in "later this week")."""
    return any(other.start <= candidate.start and candidate.end <= other.end
               and other.end - other.start > candidate.end - candidate.start for other in candidates)


def _day_told_before(candidate: Candidate, readings: list[Reading]) -> Period | None:
    """The last day read before ``candidate`` in its sentence."""
    days = [r for r in readings if r.period is not None and r.period.precision == "day"
            and r.candidate.end <= candidate.start]
    return max(days, key=lambda r: r.candidate.start).period if days else None


def _in_the_story(told: Period, published: Period) -> bool:
    """Whether ``told`` lies in the publication's month or the month before it."""
    return add_months(align(published.start, "month"), -1) <= told.start <= published.end
