"""What a chained date counts from, and the period it names from there (``dates_chain`` reads them in order).

Split from ``dates_chain`` so the reader of a sentence's chain stays small.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from lib.extract.dates_resolve import add_months
from lib.extract.dates_spec import Chained, DateSpec, DayOfMonth
from lib.periods import Period, align, is_finer

FOCUS_PRECISIONS = ("month", "quarter", "half")


def can_be_in_focus(period: Period, qualifier: str) -> bool:
    """Whether a period read can be the one a results article reports on (``FOCUS_PRECISIONS``). A month read
    as a period's end ("截至一季度末", "as of the end of the third quarter", "end-September") is the moment a
    count stands at, not a period reported: 去年同期 after "2020年第一季度…截至一季度末，月活跃用户达到5.5亿，
    与去年同期相比" is the first quarter of 2019 (zs2004), "2024年同期" after "二季度末" the third quarter reported
    (zs3452)."""
    return period.precision in FOCUS_PRECISIONS and not (qualifier == "end" and period.precision == "month")


def chain_base(spec: Chained, last_day: Period | None, previous: Period | None, recent: Period | None,
               focus: Period | None, told_day: Period | None = None) -> Period | None:
    """What a chained date counts from: days from the last day; "次年" from the last date or the
    anchor; "同月", "前一周", "a year later", "当时" only from a date in this sentence or the one
    before, since the anchor may lie sentences back and be a day where the words mean a month (a week, with
    no day or week there, from ``told_day``, the last day the text told: a day's week is what "前一周" means);
    quarters, "the same period" and "全年" from the period in focus ("the same period" from a year just told
    when none is); "during the month" from the month
    in focus when there is one ("deliveries for March" told on Monday, April 1), "up 22% from a year earlier"
    from any period in focus.
    """
    if spec.focus_first and focus is not None and (focus.precision == spec.unit or spec.keep_month
                                                   or spec.unit == "same"):
        return focus
    if spec.unit == "period" and focus is None and recent is not None and recent.precision == "year":
        # "In the first nine months of 2024 revenue rose 80% on the same period in the previous year": with
        # no month, quarter or half reported, the period compared is the year just told.
        return recent
    if spec.unit == "full_year":
        return _year_meant(focus, previous, results=spec.offset < 0)
    if spec.unit in ("quarter", "period"):
        return focus
    if spec.unit == "day":
        return last_day
    if spec.unit == "year" and not spec.keep_month and (spec.offset != 0 or spec.part is not None):
        # "同年10月", "in May that year" state their month: the year of the last date told, however far back
        return previous
    if spec.unit == "week" and (recent is None or not is_finer(recent.precision, "month")):
        # "1月6日，MiniMax招股收官。…。而就在此前一周，智谱…": a week counted needs a day or a week to count from; with
        # none in this sentence or the one before (or only a month or a year there), the last day the text told,
        # however far back (not publication's: "Shares fell that week" told alone names no week)
        return told_day if told_day is not None and told_day.precision == "day" else None
    return recent


def _closes_its_year(period: Period | None) -> bool:
    return (period is not None and period.precision in FOCUS_PRECISIONS
            and (period.end.month, period.end.day) == (12, 31))


def _year_meant(focus: Period | None, previous: Period | None, results: bool = False) -> Period | None:
    """What "全年", "full-year" take their year from: a reported period closing its year ("第四季度及全年业绩",
    "fourth-quarter and full-year results"); else the later of the period in focus and the last date told
    (mid-year, "全年交付目标" is the target of the year the story is in; a date told earlier than the focus
    is a comparison looking back, "较去年同期"), a month or longer; publication's when neither is
    (``Chained.or_published``). Full-year results ("全年业绩", ``results``) come out after their year: the year
    before the day or month of their release (``counted_period``)."""
    if _closes_its_year(focus):
        return focus
    # A day told is when a company spoke or acted, not the year it speaks of, unless the results of the year
    # before are released on it ("3月18日公布全年业绩").
    told = [period for period in (focus, previous)
            if period is not None and (results or period.precision not in ("day", "week"))]
    return max(told, key=lambda period: period.start) if told else None


def goes_on_from_the_story(spec: Chained) -> bool:
    """Whether ``spec`` counts from the last date told however many dateless sentences lie between: "当时",
    "at the time" and a count of months on ("11个月后", "three months later") go on from the story's
    time, which comment and figures without a date do not move. "同年", "同月" with no month of their own
    look back one sentence only: they mostly set a figure beside a date just told."""
    return spec.unit == "same" or (spec.unit == "month" and spec.offset > 0 and not spec.same_sentence)


def counted_period(spec: Chained, base: Period | None) -> Period | None:
    """The period ``spec`` names counted from ``base``; None when the words name none from it."""
    if base is None:
        return None
    try:
        if spec.unit == "same" and (spec.offset or spec.year):
            # "the same day of 2020", 去年同日: the date before as it stands, a year back or in the year stated
            if base.precision == "week":
                return None  # a week a year back is no week of its own
            return Period(base.start.replace(year=spec.year or base.start.year + spec.offset), base.precision)
        if spec.unit in ("same", "plan"):
            return base
        if spec.unit == "full_year":
            closed = base.precision == "year" or _closes_its_year(base)
            return Period(date(base.start.year + (0 if closed else spec.offset), 1, 1), "year")
        if spec.unit == "period":
            if base.precision not in (*FOCUS_PRECISIONS, "year"):
                return None
            return Period(base.start.replace(year=spec.year or base.start.year + spec.offset), base.precision)
        if spec.unit == "quarter":
            if is_finer("quarter", base.precision):
                return None  # "the previous quarter" after "the first half" names no quarter
            start = add_months(align(base.start, "quarter").replace(year=spec.year or base.start.year), 3 * spec.offset)
            return Period(add_months(start, 2), "month") if spec.quarter_end else Period(start, "quarter")
        if spec.part is not None:
            return spec.part.in_year(base.start.year + spec.offset)
        if spec.unit == "day":
            day = (_weekdays_on(base.start, spec.offset) if spec.trading_days
                   else base.start + timedelta(days=spec.offset))
            return Period(day.replace(day=1), "month") if spec.as_month else Period(day, "day")
        if spec.unit == "week":
            return None if is_finer("week", base.precision) else Period(
                align(base.start, "week") + timedelta(weeks=spec.offset), "week")
        if spec.keep_month and base.precision in ("quarter", "half"):
            return Period(base.start.replace(year=base.start.year + spec.offset), base.precision)
        if spec.unit == "month" or (spec.keep_month and not is_finer("month", base.precision)):
            if is_finer("month", base.precision):
                return None  # "同月" after "2023年" names no month
            months = spec.offset * (12 if spec.unit == "year" else 1)
            month = add_months(align(base.start, "month"), months)
            return Period(month.replace(day=spec.day), "day") if spec.day else Period(month, "month")
        return Period(date(base.start.year + spec.offset, 1, 1), "year")
    except (ValueError, OverflowError):
        return None  # counted off the calendar


def _weekdays_on(day: date, offset: int) -> date:
    """The weekday ``offset`` weekdays on from ``day`` (back when negative): a market's trading days, its
    holidays left aside (a rule cannot know each exchange's)."""
    step = 1 if offset > 0 else -1
    for _ in range(abs(offset)):
        day += timedelta(days=step)
        while day.weekday() >= 5:
            day += timedelta(days=step)
    return day


# What may stand between a counted month and a day of it: "the same month, on the 9th", "later that month on the 9th".
_MONTH_DAY_GAP = re.compile(r"\s*[,，]?\s*(?:on\s+)?", re.IGNORECASE)


def counted_month_before(text: str, last_spec: DateSpec | None, last: tuple[int, Period] | None,
                         spec: DateSpec, start: int) -> Period | None:
    """The month counted right before a date at ``start`` when that date is a bare day of month naming a day of
    it ("the same month, on the 9th"), else None; ``last`` is the end and period of the date read before it."""
    if (not isinstance(spec, DayOfMonth) or not isinstance(last_spec, Chained) or last_spec.unit != "month"
            or last_spec.day or last is None or last[1].precision != "month"
            or not _MONTH_DAY_GAP.fullmatch(text, last[0], start)):
        return None
    return last[1]


def day_of(month: Period, day: int) -> Period | None:
    """Day ``day`` of ``month``; None when the month has no such day."""
    try:
        return Period(month.start.replace(day=day), "day")
    except ValueError:
        return None  # "the 31st" of a month of 30 days
