"""An article's dates read sentence by sentence, each against what the sentences before it told.

``lib.extract.events`` asks a ``DatesInReadingOrder`` for each sentence's dates in turn; the reader
keeps what a later sentence's dates count from: the last day told ("the next day"), the period a
results article reports on ("the same period last year"), the day a listing was told to happen on
(首日), and, when the publication date is unknown, the year and the latest date the story is at
(narrative mode: "in 2023 … in July" is July 2023). Year-less days and months that nothing places
come back apart (``unplaced``), as do weekdays an undated article ties to a day; ``placed`` gives
them their year once the whole article is read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from lib.extract.dates import DateMatch
from lib.extract.dates_carried_forward import anchor_after, happening_day_after, in_focus
from lib.extract.dates_cue_patterns import CuePatterns
from lib.extract.dates_en_year_or_amount import year_of_a_named_event
from lib.extract.dates_results_period import half_reported
from lib.extract.dates_told_before import as_told_before, told_past_after
from lib.extract.story_time import (
    last_in_story,
    latest_of,
    placed_as_told_again,
    placed_before_the_first_date,
    story_year_after,
    told_after_the_latest,
    told_as_history,
    year_less,
    year_less_lead_up,
)
from lib.extract.text_spans import clear_of
from lib.extract.weekdays_told import (
    ToldDay,
    bare_weekdays,
    placed_by_their_weekdays,
    read_as_told,
    weekday_ties,
    weekdays_alone,
    weekdays_told_after,
)
from lib.extract.year_less_days import YearLessDay, days_alone, days_told_again, months_alone, year_less_days
from lib.extract.year_less_parts import parts_alone, placed_as_reported, without_open_parts
from lib.periods import Period
from lib.rules.fiscal_years import FiscalYear


@dataclass(frozen=True)
class SentenceDates:
    """One sentence's dates: those read (``matches``), the year-less days, months and weekdays nothing placed
    yet (``unplaced``), and whether a date set against another tells a figure by the period in focus
    (``reported``: "for the quarter", 去年同期)."""

    matches: list[DateMatch]
    unplaced: list
    reported: bool


class DatesInReadingOrder:
    """The dates of one article's sentences, read in reading order (``read``), then placed (``placed``).

    ``date_finder`` is ``lib.extract.dates.find_dates`` or a stand-in with its keywords; ``datelines`` are the
    text spans of the datelines that open a paragraph ("新华社北京1月9日电"): a date in one is the
    publication's. One reader serves one article: it keeps what its sentences told.
    """

    def __init__(self, published: Period | None, cues: CuePatterns | None,
                 date_finder: Callable[..., list[DateMatch]], datelines: Sequence[tuple[int, int]] = (),
                 fiscal_quarters: bool = False) -> None:
        self.published, self.cues, self.find, self.datelines = published, cues, date_finder, datelines
        # The article names a fiscal year: its quarters told by number alone are on that calendar (find_dates).
        self.fiscal_quarters = {"fiscal_quarters": True} if fiscal_quarters else {}
        self.anchor: Period | None = None
        self.narrative: Period | None = None
        self.narrative_date: Period | None = None
        self.story_year: Period | None = None  # the latest year an undated story's dates reported
        self.first_told: tuple[int, Period] | None = None  # where and at which date an undated story states a year
        self.latest_told: Period | None = None  # the latest-starting date finer than a year an undated story is at
        self.last_date: Period | None = None
        self.last_told: Period | None = None  # "次年7月" two sentences after "2021年" counts from it
        self.focus: Period | None = None  # the period a results article reports on
        self.half_told: Period | None = None  # the last half an undated story told: its half-year report's
        self.happening: Period | None = None  # the day a listing or launch was told to happen on: 首日 counts from it
        self.told: dict[int, ToldDay] = {}  # an undated article's weekdays tied to a day: "星期一(1月27日) … 星期一"
        self.weekday_of: dict[tuple[int, int], int] = {}  # its year-less days told with their weekday: "周六(4月10日)"
        self.open_day: YearLessDay | None = None  # the last year-less day an undated story told: "当天" after it
        self.told_again: set[int] = set()  # where such a "当天" stands in the text: it goes with that day's year
        self.told_past: dict = {}  # the days, months and quarters told as past: a cue's year-less repeat is one of them
        self.reported_parts: set[Period] = set()  # an undated story's quarters set against the same quarter a year back

    def read(self, sent_id: int, text: str, start: int,
             fiscal_year: FiscalYear | None | Callable[[], FiscalYear | None]) -> SentenceDates:
        """The dates of sentence ``sent_id`` (``text``, at ``start`` in the article), read against the sentences
        before; ``fiscal_year`` is the calendar a fiscal label is on, or a function that works it out."""
        if self.published is None and (half := half_reported(text, None, self.half_told)) is not None:
            # "2025年上半年实现营业收入…。寒武纪在半年报中表示,…报告期内收入较上年同期大幅增长": the report's
            # half is what the sentence naming it compares with, whatever quarter was told between.
            self.focus = half
        matches = self._find(text, fiscal_year, self.published or self.narrative)
        year_open = self.published is None and self.narrative is None  # before this sentence's own years
        if year_open and (told := _story_period(text, matches, self.cues)):
            told_at, told_from = told
            # "6月1日，雷军在2024未来汽车先行者大会上表示": the first year an undated story states places the days and
            # months the same sentence names; a shift from it waits for a later sentence ("Founded in 2021, it raised
            # $600 million last year": not 2020), and a day before the period told ("3月20日，腾讯公布2024年第四季度
            # 营收") is in a later year, which the sentence does not say. A company's past told first ("成立於2020年")
            # opens no year: the story is not told then (``_story_period``).
            self.narrative = Period(date(told_at.start.year, 1, 1), "year")
            placed = self._find(text, fiscal_year, self.narrative)
            if any(m.relative and clear_of(m, matches) and m.period.start < told_at.start for m in placed):
                # "从2024年第三季度…到第四季度…再到2025年第一季度": a date before the period told that reads the same
                # in any year the story could be told in takes its year from the sentence's own words.
                elsewhen = self._find(text, fiscal_year, Period(date(told_at.start.year + _ELSEWHEN, 1, 1), "year"))
                matches = [*matches, *_read_alike(placed, elsewhen, matches)]
            matches = _with_days_placed(matches, placed, told_at, told_from)
        elif self.published is None:
            matches = told_after_the_latest(matches, self.latest_told)
        if self.datelines and matches:
            matches = [m for m in matches if not _inside(start + m.start, self.datelines)]
        matches, unplaced = self._unplaced(text, start, matches, year_open, fiscal_year)
        if self.published is not None:  # "2019年5月16日之后 … 5月16日之前的快速增长阶段": the day told before
            matches = as_told_before(matches, self.told_past, self.published)
            self.told_past = told_past_after(matches, self.told_past, self.published)
        reported = self._carry_forward(sent_id, text, matches)
        if self.datelines and unplaced:
            # The day of an undated wire story's dateline ("新华社北京1月17日电（记者张三）…") is the publication's,
            # whose year is unknown: no year-less event either.
            unplaced = [day for day in unplaced if not _inside(start + day.start, self.datelines)]
        return SentenceDates(matches, unplaced, reported)

    def placed(self, rows: list[dict]) -> list[dict]:
        """``rows`` (``lib.schema.Event`` columns of this article) with the year-less days and weekdays placed
        where the whole story puts them (``story_time.placed_before_the_first_date``,
        ``weekdays_told.placed_by_their_weekdays``); a year-less quarter or half nothing places is no event
        (``year_less_parts``)."""
        return without_open_parts(placed_as_reported(placed_as_told_again(placed_by_their_weekdays(
            placed_before_the_first_date(rows, self.first_told, self.latest_told, self.told_again),
            self.weekday_of, self.story_year)), self.reported_parts))

    def _find(self, text: str, fiscal_year, published: Period | None, **instead) -> list[DateMatch]:
        """The dates of ``text`` read against what the sentences before told (or what ``instead`` names)."""
        told = {"cues": self.cues, "anchor": self.anchor, "previous_sentence_date": self.last_date,
                "narrative_date": self.narrative_date, "focus": self.focus, "last_told": self.last_told,
                "fiscal_year": fiscal_year, "happening_day": self.happening}
        return self.find(text, published, **(told | self.fiscal_quarters | instead))

    def _unplaced(self, text: str, start: int, matches: list[DateMatch], year_open: bool,
                  fiscal_year) -> tuple[list[DateMatch], list]:
        """``matches`` and the year-less days, months and weekdays of ``text`` that nothing places yet; with an
        unknown publication date or one of a month alone, ``matches`` gain the weekdays read as the day they were
        tied to before."""
        unplaced: list = _unplaced_days(text, matches) if year_open else []
        if self.published is None or self.published.precision == "month":
            # A month gives no day to count back from either. The weekdays and the days the sentence ties them
            # to, found once for the three steps (reading as told adds no day to tie to: a weekday's own reading
            # states no day).
            weekdays = bare_weekdays(text)
            ties = weekday_ties(text, weekdays, [*matches, *unplaced])
            matches, as_told = read_as_told(text, weekdays, ties, matches, self.told)
            self.told = weekdays_told_after(ties, [*matches, *unplaced], self.told)
            self.weekday_of |= {(own.month, own.day): weekday.spec.weekday
                                for weekday, own in ties if own.period is None}
            if year_open:
                as_told = [*as_told, *weekdays_alone(text, weekdays, ties, [*matches, *unplaced], as_told)]
            unplaced = sorted([*unplaced, *as_told], key=lambda day: day.start)
        if year_open:  # "当地时间12日", "in March": a day of a month, a month of a year the article leaves open
            unplaced = [*unplaced, *days_alone(text, [*matches, *unplaced])]
            unplaced = sorted([*unplaced, *months_alone(text, [*matches, *unplaced])], key=lambda day: day.start)
            unplaced = sorted([*unplaced, *parts_alone(text, [*matches, *unplaced])], key=lambda day: day.start)
            again = days_told_again(self.open_day, unplaced,
                                    lambda **instead: self._find(text, fiscal_year, None, **instead), matches)
            unplaced = sorted([*unplaced, *again], key=lambda day: day.start)
            self.told_again |= {start + day.start for day in again}
            self.open_day = next((day for day in reversed(unplaced) if isinstance(day, YearLessDay) and day.month),
                                 None if any(m.period.precision == "day" for m in matches) else self.open_day)
        return matches, unplaced

    def _carry_forward(self, sent_id: int, text: str, matches: Sequence[DateMatch]) -> bool:
        """Keep what later sentences count from; whether the sentence tells a figure by the period in focus."""
        # "the same month", 同月 and 当时 look back one sentence at most: further back is another topic. A date
        # nothing happened on ("刷新苹果去年12月的纪录", "since March 2020") is not where the story is.
        self.last_date = next((m.period for m in reversed(matches) if not m.since), None)
        self.last_told = matches[-1].period if matches else self.last_told
        # "for the quarter", 本季度, 去年同期; a stated period set against ("较2023年3月") names no period in focus.
        reported = self.focus is not None and any(m.compared and m.relative for m in matches)
        # "寒武纪发布首份半年报。报告期内…": a half-year report named without its year puts its half in focus.
        self.focus = in_focus(matches, half_reported(text, self.published, self.half_told) or self.focus, text)
        self.half_told = next((m.period for m in reversed(matches)
                               if m.period.precision == "half" and not m.compared), self.half_told)
        self.anchor = anchor_after(matches, self.anchor)
        self.happening = happening_day_after(text, matches, self.happening)
        if self.published is None:
            self._follow_the_story(sent_id, text, matches)
        return reported

    def _follow_the_story(self, sent_id: int, text: str, matches: Sequence[DateMatch]) -> None:
        # Asked again after a year-opening sentence's ``_story_period``: the days its year placed above may be
        # the latest the story goes on from ("6月1日，…在2024…大会上…" then "周五").
        explicit, stated = last_in_story(text, matches, self.cues)
        if explicit is not None and not (self.story_year is None and told_as_history(text, explicit)):
            # A company's past told before any year the story reports opens none ("摩爾線程成立於2020年 … 今年12月5日").
            # A quarter set against, taken a year on (``a_year_on``), tells no date; a month set against year on year
            # is the month the figure is of ("4月交付5539辆,同比2020年4月增长" is at April 2021): days before it lead up
            # to it.
            if explicit in matches or explicit.period.precision == "month":
                self.first_told = self.first_told or (sent_id, explicit.period)
                self.latest_told = latest_of(text, explicit, self.latest_told)
            else:
                self.reported_parts.add(explicit.period)
            self.narrative = self.story_year = story_year_after(explicit.period, self.story_year)
        elif self.narrative is None and (named_year := year_of_a_named_event(text)):
            self.narrative = Period(date(named_year, 1, 1), "year")  # "在2024未来汽车先行者大会上": no date, its year
        if stated is not None:
            # "2025年1月9日 … 3月5日 … 周五": the story goes on from the latest day it names,
            # with or without its year.
            self.narrative_date = stated.period


def _story_period(text: str, matches: Sequence[DateMatch],
                  cues: CuePatterns | None) -> tuple[Period, int] | None:
    """The period an undated story's sentence is told at: its last date with a year of its own the story is at,
    else the year of an event it names ("2024未来汽车先行者大会"), and where in ``text`` that date is told (0 for a
    named event's year); None when it tells none, or only a time it looks back on or sets against
    (``story_time.told_as_history``: "成立於2020年", "从2024年的46.4%提升到了今年的49.2%"), which the story is not
    told in: "今年12月5日" after "摩爾線程成立於2020年" is no day of 2020."""
    explicit, _ = last_in_story(text, matches, cues)
    if explicit is not None:
        return None if told_as_history(text, explicit) else (explicit.period, explicit.start)
    year = year_of_a_named_event(text)
    return (Period(date(year, 1, 1), "year"), 0) if year else None


# How many years away another reading of a year-opening sentence is told, to see which of its year-less dates its own
# words place: a whole number of 28-year cycles keeps every day on its weekday and February 29 in leap years.
_ELSEWHEN = 28


def _read_alike(placed: Sequence[DateMatch], elsewhen: Sequence[DateMatch],
                matches: Sequence[DateMatch]) -> list[DateMatch]:
    """The dates of ``placed`` that ``matches`` left unread and that ``elsewhen`` (the same sentence read in another
    year) reads at the same words and the same period: the sentence's own words place them."""
    same = {(m.start, m.end, m.period) for m in elsewhen}
    return [m for m in placed if m.relative and (m.start, m.end, m.period) in same and clear_of(m, matches)]


def _with_days_placed(matches: Sequence[DateMatch], placed: Sequence[DateMatch], told_at: Period,
                      told_from: int = 0) -> list[DateMatch]:
    """``matches`` with the dates of ``placed`` (the same sentence read in the year it is told at) that ``matches``
    left unread, that start no earlier than ``told_at`` and that name their day or month in words, or a part of its
    year: this year is the year the sentence is told in ("8月27日，美团发布2025年半年报，今年第二季度…",
    "在…2020年峰会上表示，将于今年9月份发布"). A day or month told before ``told_at``'s words (at ``told_from``)
    that its year puts after it is in its lead-up across the new year instead, if that is near
    (``story_time.year_less_lead_up``: "12月21日通过聆讯，并于12月31日启动招股，已于2026年1月9日挂牌")."""
    days = [_across_the_new_year(m, told_at) if m.end <= told_from else m
            for m in placed if m.relative and (m.stated or _in_the_year_told(m, told_at))
            and m.period.start >= told_at.start
            and clear_of(m, matches)]
    return sorted([*matches, *days], key=lambda m: m.start)


def _across_the_new_year(match: DateMatch, told_at: Period) -> DateMatch:
    """``match``, a year-less day or month read in ``told_at``'s year after it, placed in the year before when that
    puts it in the near lead-up to ``told_at`` (``story_time.year_less_lead_up``); else as it is."""
    if not year_less(match) or match.period.start <= told_at.end:
        return match
    lead_up = year_less_lead_up(match.period, told_at)
    return match if lead_up is None else replace(match, period=lead_up)


def _in_the_year_told(match: DateMatch, told_at: Period) -> bool:
    """Whether ``match``, read in the year ``told_at`` is of, names a part of that very year ("今年第二季度")."""
    return match.period.precision != "day" and match.period.start.year == told_at.start.year == match.period.end.year


def _unplaced_days(text: str, matches: Sequence[DateMatch]) -> list[YearLessDay]:
    """The year-less month-days of ``text`` that no placed date covers."""
    return [day for day in year_less_days(text)
            if clear_of(day, matches)]


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)
