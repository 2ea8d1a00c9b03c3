"""Whether a date whose words leave its year open lies ahead of publication, by the cues around it.

A year-less date ("August 15", "3月"), a bare weekday or a bare day of month ("12日") is the latest one on or
before publication unless a future cue governs it ("takes effect on", "将于", "…起"), or one leaning ahead
("could announce … as early as Nov. 16", a schedule) places it nearer publication ahead than back; then it is
placed ahead (``governed``). One not governed and not told as past is the coming one when it starts soon after
publication (``soon``: ``dates_resolve``). An edge of the year told as past ("announced just before year-end"
in January) is the one passed (``year_edge_told_as_past``). The cue words are data (``lib/rules/future_cues.csv``,
read by ``dates_cues``); this module only combines them.
"""

from __future__ import annotations

import re

from lib.extract import dates_festivals
from lib.extract.dates_cue_patterns import CuePatterns
from lib.extract.dates_cues import (
    GOVERNS,
    LEANS_AHEAD,
    YEAR_LESS_WINDOW,
    ahead_cue,
    modal_before,
    scheduled,
    told_as_past,
)
from lib.extract.dates_ranges import range_begun_by_publication
from lib.extract.dates_resolve import resolve
from lib.extract.dates_spec import WHOLE_YEAR, Candidate, DateSpec, DayOfMonth, InYear, OnWeekday
from lib.periods import Period

# What joins a range's start to its end: "from Feb. 26 to March 2", "2月26日至3月2日".
_RANGE_GOES_ON = re.compile(r"\s*(?:(?i:to|until|till|through|thru)\s|[-–—~～至到])")


def leaves_ahead_open(spec: DateSpec) -> bool:
    """Whether the words leave open if the date lies ahead: a year-less date or a bare weekday."""
    if isinstance(spec, OnWeekday):
        return spec.week_offset is None and spec.toward == "nearest"
    if isinstance(spec, DayOfMonth):
        return True
    # A year-less whole year is a year so far ("累计前11月"), summed up to publication: never ahead.
    return (isinstance(spec, InYear) and spec.year is None and spec.offset is None and spec.toward == "nearest"
            and spec.part != WHOLE_YEAR)


def governed_or_soon(text: str, candidate: Candidate, candidates: list[Candidate], festivals: list[Candidate],
                     published: Period, cues: CuePatterns) -> tuple[bool, bool]:
    """Whether a cue places ``candidate`` (its words leaving its year open: ``leaves_ahead_open``) ahead of
    publication, and else whether it may be the coming one; ``candidates`` are all read in ``text`` (its digits
    ASCII), ``festivals`` those naming a festival."""
    spec = candidate.spec
    # Day-only cues ("from", "by", "前") mark a deadline or a start on a numbered day; by a named day
    # they mean its run-up or season ("春节前", "before Christmas"), ahead or back as publication places it.
    # A month's end ("9月底前", "by the end of September") is its last day, a deadline as a day is,
    # unless its clause tells it as past ("By the end of February, Meituan had signed up …").
    day_precise = candidate not in festivals and (_day_precise(spec) or (
        _month_end(spec) and not told_as_past(text, candidate.start, candidate.end, cues)))
    cue = ahead_cue(text, candidate.start, candidate.end, day_precise, cues,
                    weekday=isinstance(spec, OnWeekday) and spec.week_offset is None, window=YEAR_LESS_WINDOW)
    governed = cue == GOVERNS or (
        (cue == LEANS_AHEAD or scheduled(text, candidate.start, candidate.end, day_precise, cues))
        and _nearer_ahead(spec, published)) or (
        candidate in festivals and dates_festivals.aimed_at(text, candidate.start)
        and not _year_told_before(candidate, candidates) and _nearer_ahead(spec, published))
    link = _RANGE_GOES_ON.match(text, candidate.end)
    if governed and link and _range_end_read(candidates, link.end()) and (
            told_as_past(text, candidate.start, candidate.end, cues)
            or range_begun_by_publication(candidate, candidates, link.end(), published)):
        governed = False  # "held the fair from Feb. 26 to March 2": "from" opens a range its verb tells as past
    # A schedule told as past ("was slated for a July launch") tells of the schedule, not of the date.
    soon = not governed and (not told_as_past(text, candidate.start, candidate.end, cues)
                             or scheduled(text, candidate.start, candidate.end, True, cues))
    # A bare quarter is the reported one of publication's year ("regained the lead in the first quarter"
    # told in December): the coming one is a plan's, told in a sentence with a modal word.
    soon = soon and (not _bare_quarter(spec) or modal_before(text, candidate.start, cues))
    return governed, soon


def _range_end_read(candidates: list[Candidate], end_start: int) -> bool:
    """Whether a date is read where a range's end would start (a space or two aside): "from Feb. 26 to March 2", not
    "until Dec. 4 to finalize the deal", whose "to" opens a purpose."""
    return any(end_start <= other.start <= end_start + 2 for other in candidates)


def _year_told_before(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """Whether a date before ``candidate`` in its sentence tells its year ("in October last year, as it kicked off
    presales for Singles' Day", "2021年10月开始备战双十一"): a festival aimed at there is the one of that year,
    which the sentence's year places (``dates_stated_year``), not the one nearer publication."""
    return any(other.end <= candidate.start and isinstance(other.spec, InYear)
               and (other.spec.year is not None or other.spec.offset is not None) for other in candidates)


def _nearer_ahead(spec: DateSpec, published: Period) -> bool:
    """Whether placing the date ahead puts it nearer publication than placing it back does."""
    back, ahead = resolve(spec, published, False), resolve(spec, published, True)
    if back is None or ahead is None or back == ahead:
        return False
    return (ahead.start - published.end).days < (published.start - back.end).days


def _bare_quarter(spec: DateSpec) -> bool:
    return isinstance(spec, InYear) and spec.part.precision == "quarter"


def _day_precise(spec: DateSpec) -> bool:
    return isinstance(spec, OnWeekday | DayOfMonth) or (isinstance(spec, InYear) and spec.part.precision == "day")


def _month_end(spec: DateSpec) -> bool:
    return isinstance(spec, InYear) and spec.part.precision == "month" and spec.qualifier == "end"


# The qualifiers of an edge of the year: "year-end", 年底, "mid-year", 年中, "the start of the year", 年初.
_YEAR_EDGES = ("early", "mid", "end")
# An edge that names its year as this one ("今年年底", "this year's end") is this year's however it is told; a
# deadline by it ("by the end of the year", "年底前") is a plan's.
_THIS_YEAR = re.compile(r"今年|本年|(?i:this\s+year)")
_DEADLINE_BEFORE = re.compile(r"(?i:\bby\s+)\Z")
_DEADLINE_AFTER = re.compile(r"\s*(?:之?前)")


def year_edge_told_as_past(text: str, candidate: Candidate, period: Period, published: Period | None,
                           cues: CuePatterns) -> Period:
    """``period``, or the year before's when ``candidate`` is an edge of "the year" (year-end, 年底, the end of the
    year) that would begin after publication yet its clause tells it as past and no cue points it ahead: "The New
    York Stock Exchange announced just before year-end that …" published on January 4 is the year-end just
    passed, not the one nine months on."""
    spec = candidate.spec
    if (published is None or not isinstance(spec, InYear) or spec.year is not None or spec.offset != 0
            or spec.qualifier not in _YEAR_EDGES or period.start <= published.end
            or _THIS_YEAR.match(text, candidate.start) or _DEADLINE_BEFORE.search(text, 0, candidate.start)
            or _DEADLINE_AFTER.match(text, candidate.end)
            or not told_as_past(text, candidate.start, candidate.end, cues)
            or ahead_cue(text, candidate.start, candidate.end, False, cues) is not None):
        return period
    return spec.part.in_year(period.start.year - 1) or period
