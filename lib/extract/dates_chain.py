"""Turn one sentence's chosen readings into DateMatches (``dates_match``) in text order, counting chained dates.

A chained date ("the next day", "次日", "同月", "a year later") counts from the date before it: a day
from the last day read (in this sentence, an earlier one, or the publication day), a month or year
from a date in this sentence or the one before. Dates written as one expression are joined: "春节前一个
月", "年初五（21日）", "Tuesday, Jan. 7", "one week before the Chinese Lunar New Year", "两天后的7月7日"
(``dates_glossed``).

Results news compares the period it reports with another: "the same period last year", "the previous
quarter", 去年同期, 上一季度, 当季 count from the period in focus, the last month, quarter or half read
(in this sentence or before, however far) that was not itself such a comparison, or the period holding the
last span read ("From January to September … the same period last year": ``dates_ranges.span_held``)
(``dates_results_comparisons``): "up 11% from the previous quarter … the same period" is the reported
quarter both times, and so is a stated period a figure is set against ("compared to 5.6 billion yuan for
the second quarter of 2020", 较2018年第一季度). "The same period of 2023" a figure rose to is the period it rose
from in this sentence ("from 714,000 in the fourth quarter of 2022 to 805,500 in the same period of 2023").
A year told in the comparison's own sentence, no finer period after it, goes before the focus: "累计前11月营收…
较去年同期", "surged to $10.7 billion in 2024, from $3.4 billion a year earlier" compare that year.
"The quarter", "down 5% from a year ago" name the period in focus (a year back), 全年 and "full-year"
its year when it closes its year (a fourth quarter, a second half, December); with none in focus "the
quarter" and 全年 name nothing, and "a year ago" is the year before publication's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from lib.extract.dates_chain_count import (
    can_be_in_focus,
    chain_base,
    counted_month_before,
    counted_period,
    day_of,
    goes_on_from_the_story,
)
from lib.extract.dates_glossed import day_in_its_month, glossed_end, restated_in_brackets_end, weekday_in_apposition
from lib.extract.dates_happening_days import names_a_happening
from lib.extract.dates_match import DateMatch, Reading, date_match, words_ahead
from lib.extract.dates_ranges import span_held
from lib.extract.dates_resolve import resolve
from lib.extract.dates_results_comparisons import compares_a_year, looks_back, stated_and_compared, year_told_again
from lib.extract.dates_spec import (
    LAST_CLOSED_QUARTER,
    Chained,
    DateSpec,
    DayOfMonth,
    InYear,
    OnWeekday,
)
from lib.extract.dates_year_cues import names_no_sentence_year
from lib.periods import Period, align, is_finer

# How far before publication the action a news report tells lies ("on Thursday" in Friday's paper, "on Friday" in
# Monday's): its news cycle. A day told a week back is another story; "in 45 days" then counts from publication.
_NEWS_CYCLE = timedelta(days=3)


def chain_readings(text: str, readings: list[Reading], anchor: Period | None, published: Period | None,
                   previous_sentence_date: Period | None = None, focus: Period | None = None,
                   last_told: Period | None = None, happening_day: Period | None = None) -> list[DateMatch]:
    """DateMatches in text order, counting chained dates from the date read before them; ``focus`` is
    the period in focus before ``text`` (``dates_carried_forward.in_focus``), ``last_told`` the last date
    read before it, ``happening_day`` the last day told before it as a listing's or a launch's
    (``dates_carried_forward.happening_day_after``)."""
    matches: list[DateMatch] = []
    previous = previous_sentence_date or last_told or anchor
    recent = previous_sentence_date  # what "同月", "a year later" may refer to: this sentence or the one before
    story_time = previous_sentence_date or last_told  # what "当时", "11个月后" refer to: the last date told
    planned = _ahead_of(previous_sentence_date, published)  # what "届时" may refer to: a plan just told
    published_day = published if published is not None and published.precision == "day" else None
    sentence_day = None
    last_day = next((day for day in (anchor, published) if day is not None and day.precision == "day"), None)
    told_day = anchor  # last_day unless that is publication's: "came two days after…" counts from no other
    counted: Reading | None = None  # "one week before" waiting for the day named after it
    last_spec: DateSpec | None = None
    sentence_year = None  # a year this sentence told last, no finer period after it: "in 2024, from … a year earlier"
    sentence_compared = None  # a period this sentence stated and set a figure against ("from X in Q4 2022")
    for index, reading in enumerate(readings):
        spec, period = reading.candidate.spec, reading.period
        closed = False
        if isinstance(spec, Chained) and spec.before_date:
            counted = reading
            continue
        if counted is not None:
            reading, period = _counted_before(text, counted, reading, period)
            spec, counted = reading.candidate.spec, None
        if isinstance(spec, Chained):
            base = planned if spec.unit == "plan" else chain_base(spec, last_day, previous, recent, focus, told_day)
            if base is None and goes_on_from_the_story(spec):
                base = story_time
            if sentence_year is not None and compares_a_year(spec):
                base = sentence_year  # "累计前11月营收…较去年同期": the year the figure is for, not the focus before
            if (spec.year is not None and spec.unit in ("period", "quarter") and sentence_compared is not None
                    and _FROM_TO_GAP.fullmatch(text, sentence_compared[0], reading.candidate.start)):
                # "from 714,000 in the fourth quarter of 2022 to 805,500 in the same period of 2023": the period
                # the figure rose from, in the year stated, not the focus it left in place ("8% from the same
                # quarter of 2022" after "5% from the third quarter" is still the focus's)
                base = sentence_compared[1]
            if spec.told_only:
                base = told_day if spec.unit == "day" else previous if spec.unit == "same" else recent
                if base is None and spec.part is not None:
                    base = focus  # a results figure's "first three months" sentences after its quarter: that year's
            if spec.same_sentence:
                base = sentence_day if spec.range_end else sentence_day or _news_day(anchor, published_day)
            if spec.from_happening:
                base = happening_day or (None if spec.happening_only else base)
            period = _restated(text, spec, reading, readings[index + 1 : index + 2]) or counted_period(spec, base)
            if spec.latest and (last_closed := _last_closed_after(period, published)) is not None:
                period, closed = last_closed, True
            if period is None and spec.otherwise == LAST_CLOSED_QUARTER:
                # "profit for the quarter", "本季度收入549亿元": no quarter in focus, the one reported
                period, closed = resolve(spec.otherwise, published), True
            if (period is None and spec.or_published and published is not None
                    and (spec.unit not in ("day", "week") or published.precision == "day")):
                period = counted_period(spec, published)  # a day counted from publication needs its day
            if period is None and spec.otherwise is not None:
                period = resolve(spec.otherwise, published)  # no period in focus: "a year ago" is a year
            if _same_day_of_a_month_told(spec, told_day, story_time):
                period = story_time  # "2025年1月…。当时…；同日…": a day of that month, which the text never tells
        month = counted_month_before(text, last_spec, (matches[-1].end, matches[-1].period) if matches else None,
                                     spec, reading.candidate.start)
        if month is not None:
            period = day_of(month, spec.day)  # "the same month, on the 9th": a day of the month counted
        if period is None or year_told_again(text, spec, period, matches, readings[index + 1 :]):
            continue
        ahead = reading.governed or words_ahead(spec) or (published is not None and period.start > published.end)
        match = date_match(text, reading.candidate, period, ahead)
        # "the previous quarter", 去年同期, "up 20% from a year earlier" look back to compare; the focus stays.
        compared = not closed and (looks_back(spec) or stated_and_compared(text, match))
        if names_no_sentence_year(text, match.start, match.end):
            match = replace(match, since=True)
        if compared:
            match = replace(match, compared=True)
            sentence_compared = (match.end, period) if not looks_back(spec) else sentence_compared
        elif (held := span_held(text, matches[-1], match) if matches else None) is not None:
            focus = held  # "From January to September … the same period last year": the span's period
        elif can_be_in_focus(period, match.qualifier):
            focus = period
        if (isinstance(spec, Chained) and (spec.offset or spec.unit == "day") and matches
                and matches[-1].end == match.start):
            # "春节前一个月", "3月5日后一天", "春晚当天": one expression, counted from the date it is attached to
            match = _joined(text, match, matches.pop(), match.end)
        elif month is not None:
            match = _joined(text, match, matches.pop(), match.end)
        elif matches and (end := restated_in_brackets_end(
                text, matches, match, spec.weekday if isinstance(spec, OnWeekday) else None)) is not None:
            # "年初五（21日）", "Feb. 5 (Friday)", "1月31日-2月6日(春节假期)": the date in brackets restates the last
            first = matches.pop()
            match = _joined(text, first, first, end)
        elif (matches and isinstance(spec, OnWeekday) and spec.week_offset is None
              and weekday_in_apposition(text, matches[-1], match, spec.weekday)):
            # "On January 13, a Monday,", "2025年1月13日，一个普通的周一": the weekday restates the day
            first = matches.pop()
            match = _joined(text, first, first, match.end)
        elif matches and isinstance(weekday := last_spec, OnWeekday) and _names_its_weekday(text, matches[-1], match,
                                                                                           weekday):
            # "Tuesday, Jan. 7", "Tuesday (Jan. 7)": the date says which Tuesday
            first = matches.pop()
            closed = (text[match.end : match.end + 1] in (")", "）")
                      and text[first.end:match.start].strip() in ("(", "（"))
            match = _joined(text, match, first, match.end + closed)
            if matches and (end := restated_in_brackets_end(text, matches, match)) is not None:
                # "around the Lunar New Year (Tuesday, February 17th begins)": the day told restates the holiday
                first = matches.pop()
                match = _joined(text, first, first, end)
        elif matches and (kept := day_in_its_month(text, matches[-1], match)) is not None:
            # "二月農曆新年前", "2 月中旬、也就是农历新年前后": a month and the festival day in it, one date
            first = matches.pop()
            match = _joined(text, match if kept == "day" else first, first, match.end)
        elif matches and (end := glossed_end(text, matches[-1], match)) is not None:
            # "一年前的2018年9月20日", "上週(7月5日)": the stated date says which day the count means
            match = _joined(text, match, matches.pop(), end)
        last_spec = spec
        if not compared:
            sentence_year = period if period.precision == "year" else None
        matches.append(match)
        previous = recent = story_time = period
        planned = period if match.ahead else planned
        if period.precision == "day":
            if not match.since and names_a_happening(text, match.start, match.end):
                happening_day = period  # "2月5日上午消息，快手上市首日…": the listing's day, this sentence's
            last_day = last_day if match.since else period
            told_day = told_day if match.since else period
            # a range's end counts from its start, a span's too ("自11月1日零时至11日24时")
            sentence_day = sentence_day if isinstance(spec, Chained) and spec.same_sentence else period
    return matches


def _news_day(anchor: Period | None, published_day: Period | None) -> Period | None:
    """What "in 45 days" with no day in its sentence counts from: the day of the action just reported ("signed the
    orders on Thursday, August 6. The orders take effect in 45 days."), the last day told when it lies in the few
    days before publication (``_NEWS_CYCLE``), else the publication day."""
    if anchor is None or published_day is None or not timedelta(0) <= published_day.start - anchor.start <= _NEWS_CYCLE:
        return published_day
    return anchor


def _same_day_of_a_month_told(spec: Chained, told_day: Period | None, story_time: Period | None) -> bool:
    """Whether ``spec`` is the day of the last date told ("the same day", "that day", 同日, 当天) when that date
    is a month and the text has told no day: the month is all a reader knows of that day, not publication's."""
    return (spec.unit == "day" and spec.offset == 0 and not spec.same_sentence and not spec.from_happening
            and not spec.told_only and (told_day is None or told_day.precision != "day")
            and story_time is not None and story_time.precision == "month")


def _ahead_of(period: Period | None, published: Period | None) -> Period | None:
    """``period`` when it lies after publication: a plan told."""
    return period if period is not None and published is not None and period.start > published.end else None


def _joined(text: str, reading: DateMatch, first: DateMatch, end: int) -> DateMatch:
    """One expression from ``first``'s start to ``end``, naming ``reading``'s period: a date joined with
    the one before it."""
    return replace(reading, start=first.start, end=end, text=text[first.start:end])


# Between a period a figure rose from and "the same period of 2023" the figure rose to: "… to 805,500 wafers in ".
_FROM_TO_GAP = re.compile(r"(?:(?!\bfrom\b)[^.;])*?\bto\b(?:(?!\bfrom\b)[^.;])*", re.IGNORECASE)


# What may stand between "one week before" and the day it counts from: "the", a word or two of name.
_BEFORE_DATE_GAP = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}")


def _counted_before(text: str, counted: Reading, reading: Reading,
                    period: Period | None) -> tuple[Reading, Period | None]:
    """The reading after "one week before" counted from, as one expression, when it names a day right after it."""
    if (period is None or period.precision != "day"
            or not _BEFORE_DATE_GAP.fullmatch(text, counted.candidate.end, reading.candidate.start)):
        return reading, period
    shifted = Period(period.start + timedelta(days=counted.candidate.spec.offset), "day")
    candidate = replace(reading.candidate, start=counted.candidate.start)
    return replace(reading, candidate=candidate), shifted


def _names_its_weekday(text: str, first: DateMatch, match: DateMatch, weekday: OnWeekday) -> bool:
    """Whether ``match`` is a day falling on the weekday ``first`` names, right after it: "Tuesday, Jan. 7"; in
    brackets ("星期一(9月21日)") the day says which day even when it falls on another weekday (the writer slipped
    on one of the two, and readers take the day stated)."""
    gap = text[first.end : match.start].strip()
    return match.period.precision == "day" and (
        (match.period.start.weekday() == weekday.weekday and gap in (",", "，", "(", "（", ""))
        or (gap in ("(", "（") and text[match.end : match.end + 1] in (")", "）")))


# What may stand between a counted date and the date that restates it: "One year later, on Oct. 17, 2023",
# "次日（3月5日）", "两天后的3月5日".
_RESTATED_GAP = re.compile(r"\s*(?:[,，（(]\s*)?(?:(?:on|in)\s|即|的|也就是)?\s*", re.IGNORECASE)


def _restated(text: str, spec: Chained, reading: Reading, following: list[Reading]) -> Period | None:
    """The period of a counted date that the stated date right after it names ("One year later, on
    Oct. 17, 2023" is October 2023), at the precision the count gives; None when none follows."""
    if spec.unit not in ("day", "week", "month", "year") or spec.range_end or spec.before_date or not following:
        return None
    after = following[0]
    stated = after.period
    if isinstance(after.candidate.spec, DayOfMonth) and spec.unit == "month":
        return None  # "the same month, on the 9th": a day of the month counted (counted_month_before)
    if (stated is None or not isinstance(after.candidate.spec, InYear | DayOfMonth)
            or not _RESTATED_GAP.fullmatch(text, reading.candidate.end, after.candidate.start)):
        return None
    precision = "month" if spec.keep_month else spec.unit
    if is_finer(precision, stated.precision):
        return None  # "a year later, in 2023" restates a year, not the month a year later keeps
    return Period(align(stated.start, precision), precision)


def _last_closed_after(period: Period | None, published: Period | None) -> Period | None:
    """The last quarter closed by a day- or month-precise publication when ``period``, the one in focus, lies
    before it ("the latest quarter" is never older); None when it does not, or when publication is less precise."""
    if period is None or published is None or published.precision not in ("day", "month"):
        return None
    last_closed = resolve(LAST_CLOSED_QUARTER, published)
    return last_closed if period.start < last_closed.start else None
