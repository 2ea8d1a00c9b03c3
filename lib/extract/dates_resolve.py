"""Place a date spec on the calendar relative to the publication period.

Year-less dates ("August 15", "3月", "中秋") take the latest year that does not put them after the
end of the publication period, unless a future cue governs them (``ahead``); then the earliest
year that does not put them before its start. With ``soon`` (nothing tells them as past), one
starting within two months after a day-precise publication, or after a month-precise publication's
month, is the coming one. A bare weekday is
the latest on or before publication unless its words or a governing cue point ahead, and so is a
bare Chinese day of month ("12日"). Week and day shifts and weekdays need a day-precise
publication; a spec that needs the publication date resolves to None when it is unknown.
"""

from __future__ import annotations

from datetime import date, timedelta

from lib.extract.dates_spec import DateSpec, DayOfMonth, InYear, OnWeekday, Shift
from lib.periods import Period, align, is_finer

# How far a year-less date may be placed from the publication year; wide enough for February 29.
_YEAR_SEARCH = 8
# A year-less day a day or two after a day-precise publication is this year's (a late update, another time zone,
# an article dated at its first draft), never the same day of the year before.
_DAYS_JUST_AFTER = 2
# A year-less date starting within about two months after a day-precise publication is the coming one unless its
# clause tells it as past: the press leaves the year out only for the current year and writes "last March",
# "去年3月" for the one before, so "final pricing on Jan. 28" (published January 15) or "交付时间5月底开始"
# (published April 3) lie ahead, not nearly a year back; so do "2月3日-5日" in a notice dated only January 2023.
_SOON_AFTER_DAYS = 62


def resolve(spec: DateSpec, published: Period | None, ahead: bool = False, soon: bool = False) -> Period | None:
    """The period ``spec`` names, or None when the publication period cannot settle it.

    ``ahead``: a cue governs the date, so it is the first not before publication; ``soon``: nothing
    tells it as past, so a year-less date just after a day-precise publication is the coming one.
    """
    try:
        return _resolve(spec, published, ahead, soon)
    except (ValueError, OverflowError):
        return None  # the period would fall off the calendar (before year 1 or after 9999)


def _resolve(spec: DateSpec, published: Period | None, ahead: bool, soon: bool) -> Period | None:
    if isinstance(spec, InYear) and spec.year is not None:
        return spec.part.in_year(spec.year)
    if published is None:
        return None
    if isinstance(spec, InYear):
        return _resolve_in_year(spec, published, ahead, soon)
    if isinstance(spec, Shift):
        return _resolve_shift(spec, published)
    if isinstance(spec, OnWeekday):
        return _resolve_weekday(spec, published, ahead)
    if isinstance(spec, DayOfMonth):
        return _resolve_day_of_month(spec, published, ahead)
    return None


def resolve_in_narrative(spec: Shift | OnWeekday | DayOfMonth, told: Period) -> Period | None:
    """A weekday, day of month or shift counted from ``told``, the latest explicit date of a story
    with no publication date. A story goes on from its dates as often as it looks back, so a bare
    weekday or day of month is the nearest such day to it (the earlier on a tie), not the latest
    on or before it as it is from a publication date."""
    back = resolve(spec, told)
    nearest = isinstance(spec, DayOfMonth) or (isinstance(spec, OnWeekday) and spec.toward == "nearest"
                                                 and spec.week_offset is None and spec.day_of_month is None)
    if not nearest or back is None:
        return back
    ahead = resolve(spec, told, ahead=True)
    if ahead is None or (ahead.start - told.end).days >= (told.start - back.end).days:
        return back
    return ahead


def day_told_again(spec: DayOfMonth, period: Period | None, told: Period | None,
                   published: Period | None) -> Period | None:
    """A bare day of month that is the day of month of ``told``, the last day the article told before it, is
    that day told again, whatever month publication falls in: "11月6日，小马智行和文远知行正式于港交所上市。…
    文远知行6日则收于24.4港元/股" (published December 25) is November 6, not December 6. The press drops the month
    of a day it has just given; a day told after publication (a plan's) is not one the report looks back on."""
    if (period is None or told is None or told.precision != "day" or told.start.day != spec.day
            or published is None or told.start > published.end):
        return period
    return told


def _resolve_day_of_month(spec: DayOfMonth, published: Period, ahead: bool) -> Period | None:
    """The latest such day on or before publication; with a governing cue the first on or after it. One
    a day or two after a day-precise publication is that coming day, as for a month and day (a late update,
    another time zone, a plan told without its cue: "於6日啟動" published on the 5th is not a month back).

    A month that lacks the day (31 in April) is skipped, as the reporter cannot have meant it.
    """
    if published.precision not in ("day", "month"):
        return None
    if not ahead and published.precision == "day":
        coming = _resolve_day_of_month(spec, published, True)
        if coming is not None and 0 < (coming.start - published.start).days <= _DAYS_JUST_AFTER:
            return coming
    edge = published.start if ahead else published.end
    month = align(edge, "month")
    step = 1 if ahead else -1
    for months in range(0, 3 * step, step):
        try:
            day = add_months(month, months).replace(day=spec.day)
        except ValueError:
            continue
        if (day >= edge) if ahead else (day <= edge):
            return Period(day, "day")
    return None

def _resolve_in_year(spec: InYear, published: Period, ahead: bool, soon: bool) -> Period | None:
    placed = _place_in_year(spec, published, ahead, soon)
    if spec.weekday is None or placed is None or placed.start.weekday() == spec.weekday:
        return placed
    if published.precision in ("day", "month"):
        return placed  # a year known from publication: the day stated wins over a weekday slip ("6月18日(週五)")
    # The weekday the words give ("1/13(四)") corrects a year placed one off, as in a story whose
    # publication year was guessed from the years it tells.
    return next((period for year in (placed.start.year + 1, placed.start.year - 1)
                 if (period := spec.part.in_year(year)) is not None and period.start.weekday() == spec.weekday),
                placed)


def _new_year(published: Period) -> int:
    """The year whose first day lies nearest publication: "the new year" told in January is that year, told
    in December the coming one."""
    this, coming = published.start.year, published.start.year + 1
    return coming if (date(coming, 1, 1) - published.end).days < (published.start - date(this, 1, 1)).days else this


def _place_in_year(spec: InYear, published: Period, ahead: bool, soon: bool) -> Period | None:
    if spec.offset is not None:
        return spec.part.in_year(published.start.year + spec.offset)
    if spec.toward == "new":
        return spec.part.in_year(_new_year(published))
    low, high = published.start.year - _YEAR_SEARCH, published.end.year + _YEAR_SEARCH
    # A part of year y lies inside year y, and the same part of a later year is a later period:
    # so the first fit, walking from the nearest year that can fit, is the one min or max picks.
    if spec.toward == "nearest":
        if ahead:
            return _first(spec.part, range(published.start.year, high + 1), lambda p: p.end >= published.start)
        if (published.precision == "day" and (soon or spec.part.precision == "day")) or (
                published.precision == "month" and soon):
            after = _first(spec.part, range(published.end.year, published.end.year + 2),
                           lambda p: p.start > published.end)
            if after is not None and (after.start - published.end).days <= (
                    _SOON_AFTER_DAYS if soon else _DAYS_JUST_AFTER):
                return after
        return _first(spec.part, range(published.end.year, low - 1, -1),
                      lambda p: p.start <= published.end and _summed_months_ended(spec, p, published))
    if is_finer("month", published.precision):
        return None  # "last July" is undecidable when only the publication year is known
    if spec.toward == "before":
        # The press names a month already past this year bare ("launched KeeTa in May"): "last May" in July is
        # the year before's. Only the month just ended is written either way ("last February" in March).
        month_start = align(published.start, "month")
        month_before = add_months(month_start, -1)
        return _first(spec.part, range(month_start.year, low - 1, -1), lambda p: p.end < month_start and (
            p.start.year < month_start.year or p.start >= month_before))
    month_after = add_months(align(published.end, "month"), 1)
    return _first(spec.part, range(month_after.year, high + 1), lambda p: p.start >= month_after)


def _summed_months_ended(spec: InYear, placed: Period, published: Period) -> bool:
    """Whether the first months ``spec`` sums ("前三季度": nine) have ended by publication in ``placed``'s year:
    "透過首三季財報倒算" told in February is last year's first three quarters."""
    if spec.summed_months is None:
        return True
    return add_months(date(placed.start.year, 1, 1), spec.summed_months) <= published.end + timedelta(days=1)


def _first(part, years, fits) -> Period | None:
    """The part in the first of ``years`` where it exists (February 29) and ``fits``."""
    return next((period for year in years if (period := part.in_year(year)) is not None and fits(period)), None)


def _resolve_shift(spec: Shift, published: Period) -> Period | None:
    if is_finer(spec.unit, published.precision):
        return None
    base = align(published.start, spec.unit)
    if spec.unit == "day" and spec.in_month:
        return Period(align(base + timedelta(days=spec.offset), "month"), "month")
    if spec.unit == "day":
        return Period(base + timedelta(days=spec.offset), "day")
    if spec.unit == "week":
        # A weekend is the end of its Monday-first week: told on a Saturday or Sunday, the one under way.
        weekend_under_way = spec.weekend and published.start.weekday() >= 5
        return Period(base + timedelta(weeks=spec.offset + weekend_under_way), "week")
    months = {"month": 1, "quarter": 3}[spec.unit] * spec.offset
    if spec.day is not None:
        return Period(add_months(base, months).replace(day=spec.day), "day")
    return Period(add_months(base, months), spec.unit)


def _resolve_weekday(spec: OnWeekday, published: Period, ahead: bool) -> Period | None:
    """A bare weekday is the latest on or before publication: news reports what has happened.

    A governing future cue ("will speak on Thursday") makes it the first on or after publication.
    """
    if published.precision != "day":
        return None
    day = published.start
    if spec.week_offset is not None:
        week = align(_week_day_of(day, spec), "week") + timedelta(weeks=spec.week_offset)
        return Period(week + timedelta(days=spec.weekday), "day")
    if spec.day_of_month is not None:
        if (on_day := _weekday_on(spec, day, ahead)) is not None:
            return Period(on_day, "day")
        # No day near publication is both: the writer slipped on one of the two, and the number is the
        # more exact ("周一（21日）" published on Monday the 22nd is Sunday the 21st).
        return _resolve_day_of_month(DayOfMonth(spec.day_of_month), published, ahead)
    if spec.toward == "after":
        return Period(day + timedelta(days=(spec.weekday - day.weekday() - 1) % 7 + 1), "day")
    if spec.toward == "nearest" and ahead:
        return Period(day + timedelta(days=(spec.weekday - day.weekday()) % 7), "day")
    step = (day.weekday() - spec.weekday) % 7 or (7 if spec.toward == "before" else 0)
    return Period(day - timedelta(days=step), "day")


def _week_day_of(day: date, spec: OnWeekday) -> date:
    """The day whose week ``spec`` counts weeks back from. Told on a Sunday, the week just past is the one that
    ends the day before (the press's calendars start the week on Sunday): 上周五 on Sunday, August 31 is
    August 29, two days back, not August 22; so is "Friday last week". 上周日 is a week back either way, and
    a week ahead or this week's day is counted from publication's own (Monday-first) week."""
    if day.weekday() == 6 and (spec.week_offset or 0) < 0 and spec.weekday != 6:
        return day + timedelta(days=1)
    return day


# "周三（5日）" names a day within a month or so of publication; further off, the pair is inconsistent.
_WEEKDAY_DAY_SEARCH = 40


def _weekday_on(spec: OnWeekday, day: date, ahead: bool) -> date | None:
    """The day nearest ``day`` that is both the weekday and the day of month, None if there is none."""
    fits = [day + timedelta(days=step) for step in range(-_WEEKDAY_DAY_SEARCH, _WEEKDAY_DAY_SEARCH + 1)
            if (day + timedelta(days=step)).weekday() == spec.weekday
            and (day + timedelta(days=step)).day == spec.day_of_month]
    if not fits:
        return None
    # Past first, unless the words point ahead; then the nearest.
    return min(fits, key=lambda fit: ((fit < day) if ahead else (fit > day), abs((fit - day).days)))


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
