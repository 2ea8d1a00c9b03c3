"""At which date an undated article tells its story: the year its later year-less dates take.

An article with no publication date is told in the year it reports. Its sentences' dates set that
year, except a plan's aim ("将于2026年1月15日"), a forecast's period ("2026年第1季业绩展望"), a time
set against ("compared with 2018", a since-span's start) and a date told in an aside about a name
("ChatGPT, launched in November 2022, is not accessible in China"). Used by ``lib.extract.events``.
A story told after the latest year it reports does not go back to an earlier year it looks back on. The
year-less days and months it tells before its first year are of that year when that first date is finer than a
year and they lie in the half-year up to it ("11月3日，上交所暂缓蚂蚁上市 … 原定于2020年11月5日上市"; across a new
year, within a quarter of a day or month, "12月21日通过聆讯 … 2026年1月9日挂牌" is December 2025, in the same
sentence too), else on or
after the latest date finer than a year it reports, not told as a company's past ("11月14日 … 到2025年9月的数据"). Those
it tells after that latest date fall on or after it too (``told_after_the_latest``: "2025年12月28日 … 1月25日").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date

from lib.extract.dates import DateMatch
from lib.extract.dates_candidate_reader import ascii_digits
from lib.extract.dates_comparisons import set_against_a_year_before
from lib.extract.dates_cue_patterns import CuePatterns
from lib.extract.dates_cues import ahead_cue
from lib.extract.dates_year_asides import told_aside
from lib.extract.dates_year_cues import names_a_forecasts_period, names_no_sentence_year
from lib.parse.datelines import ENGLISH_MONTH_STEMS
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import WordsRightBefore, words_by_kind
from lib.schema import MONTH_MARK, YEAR_UNKNOWN
from lib.schema import Event as E


def last_in_story(text: str, matches: Sequence[DateMatch],
                   cues: CuePatterns | None) -> tuple[DateMatch | None, DateMatch | None]:
    """The last of ``matches`` with its own year and the last stated in full at which an undated
    story is told; the cue checks run from the end, once a date, and stop when both are found."""
    with_year = stated = None
    for match in reversed(matches):
        wants_year, wants_stated = with_year is None and not match.relative, stated is None and match.stated
        if not (wants_year or wants_stated):
            continue
        if (year_on := a_year_on(text, match, cues)) is not None or story_is_in(text, match, cues):
            match = year_on or match
            with_year = match if wants_year else with_year
            stated = match if wants_stated else stated
        if with_year is not None and stated is not None:
            break
    return with_year, stated


def a_year_on(text: str, match: DateMatch, cues: CuePatterns | None) -> DateMatch | None:
    """``match`` a year on when it is a stated quarter a figure is set against, outside an aside or a forecast
    ("an increase of 18.9% compared to the third quarter of 2020", "fell from 18% in the third quarter of 2019 to
    14%"): a quarter's figures are set against the same quarter a year before, so the story reports that quarter a
    year later; None for any other date. A month is as often set against the month before ("Compared with the units
    sold in December 2025, last month's deliveries were down"), and is moved only when set against year on year
    ("同比2020年4月增长", "up 111% year-on-year from April 2020": ``set_against_a_year_before``)."""
    if not (match.stated and (match.compared and match.period.precision == "quarter" or (
            match.period.precision == "month" and set_against_a_year_before(text, match.start)))):
        return None
    if names_a_forecasts_period(text, match.start, match.end) or told_aside(text, match.start, match.end):
        return None
    if cues is not None and ahead_cue(ascii_digits(text), match.start, match.end, False, cues) is not None:
        return None
    start = match.period.start
    return replace(match, period=Period(start.replace(year=start.year + 1), match.period.precision))


def story_is_in(text: str, match: DateMatch, cues: CuePatterns | None) -> bool:
    """Whether an undated story is at ``match``'s date, neither a plan's aim, a time set against, nor told
    in an aside about a name ("ChatGPT, launched in November 2022, is not accessible in China")."""
    if any(check(text, match.start, match.end) for check in (names_no_sentence_year, names_a_forecasts_period,
                                                              told_aside)):
        return False
    if cues is None:
        return True
    scanned, day = ascii_digits(text), match.period.precision == "day"
    return ahead_cue(scanned, match.start, match.end, day, cues) is None


def story_year_after(told: Period, year: Period | None) -> Period:
    """The year an undated story is told in after a date ``told`` at which it is: ``told``'s year, unless the
    story already told a later ``year``. News is told after the latest it reports: "sales fell in January 2026 …
    compared with December 2025 …" goes on in 2026 ("In January", "last year" are 2026's, 2025's), as
    "2026年1月…在2025年12月被提前释放…1月…去年12月" does."""
    start = told.start.year if year is None else max(told.start.year, year.start.year)
    return Period(date(start, 1, 1), "year")


# How long before the first date an undated story states in full its year-less days may lie and still be of that
# year: the story leads up to it ("April 21 … in the second half of 2025"). Further back, or after it, a day is
# as often of another year: the first date is then a look back ("the previous loss, in September 2024"; "成立于
# 2020年10月" after "12月5日…上市"). It is also how far after the latest date a story reports its lead may lie and
# still be placed from it: further on, that date too is a look back ("a decision issued on April 16, 2020").
_LEAD_UP_DAYS = 183


# The words before a date that tell a company's past, not the time reported ("始于2023年8月18日", "founded in
# 2014"): lib/rules/datelines.csv's ``history``, which a year-less dateline's year leaves out for the same reason.
# Its ``ahead`` words are not asked: a plan's aim is no story date already (``story_is_in``), and 到 also closes
# a span up to a month reported ("到2025年9月的数据").
_NOT_REPORTED = WordsRightBefore(words_by_kind(builtin_rules().dateline_cues)["history"])


def latest_of(text: str, told: DateMatch, latest: Period | None) -> Period | None:
    """The later-starting of ``told`` (a date of ``text`` an undated story is at) and ``latest``, among dates finer
    than a year and not told as a company's past (``_NOT_REPORTED``): a year alone is as often a
    look back ("founded in 2014")."""
    if told.period.precision == "year" or told_as_history(text, told):
        return latest
    return told.period if latest is None or told.period.start > latest.start else latest


def told_as_history(text: str, told: DateMatch) -> bool:
    """Whether ``told`` (a date of ``text``) follows a word of a company's past or a span's start (``_NOT_REPORTED``:
    "始于", "founded in", 从): a time looked back on or set against, not the time reported."""
    return _NOT_REPORTED.before(to_simplified(text), told.start)


def placed_before_the_first_date(rows: list[dict], first: tuple[int, Period] | None,
                                 latest: Period | None = None, told_again: Collection[int] = ()) -> list[dict]:
    """``rows`` (``lib.schema.Event`` columns) with the year-less month-days and months of the sentences before
    ``first`` (the sentence id and period of the first date an undated story is at) placed in ``first``'s year,
    when ``first`` is finer than a year and the day or month lies in the half-year up to it ("11月3日晚间，上交所
    宣布暂缓上市 … 于2020年11月6日启动退款"), or in the year before when that puts it at most a quarter before a
    ``first`` that is a day or month (``year_less_lead_up``: "12月21日，MiniMax通过聆讯 … 2026年1月9日挂牌" is
    December 2025); else on or after the
    start of ``latest`` (the latest-starting date the story is at, ``latest_of``), in the first year that puts it
    there, if at most half a year after its end (further on, ``latest`` is a look back: "On December 9 … the
    decision issued on April 16, 2020"): news is told after what it reports, so
    "11月14日改名成千问 … QuestMobile到2025年9月的数据" is November 2025 and "1月6日，MiniMax申购收官 … 2025年底完成
    招股" January 2026, as a year-less dateline is (``lib.parse.dateline_days.in_latest_stated_year``). A year told
    alone ("founded in 2014") is as often a look back as the story's own. A bare day of month or weekday, and a day
    the year lacks (February 29), keep no year. A day counted from one told before ``first`` (its text offset in
    ``told_again``: "9月18日，…登顶。当天收盘后，寒武纪召开了2025年上半年业绩说明会") goes with that day's year, in
    ``first``'s own sentence too."""
    if first is None:
        return rows
    sentence, told = first
    return [_placed_before(row, told, latest)
            if (row[E.SENT_ID] < sentence or row[E.START] in told_again) and row[E.QUALIFIER] == YEAR_UNKNOWN
            else row for row in rows]


def _placed_before(row: dict, told: Period, latest: Period | None) -> dict:
    """``row``, a year-less month-day ("11-03") or month ("--11"), placed in ``told``'s year when it then lies in
    the half-year up to ``told``'s end, else on or after ``latest``'s start and within half a year of its end;
    else ``row`` as it is. A quarter or half ("--07" of precision quarter, ``lib.extract.year_less_parts``) is
    placed in the lead-up only."""
    month_day = row[E.MONTH_DAY]
    month_alone = month_day.startswith(MONTH_MARK) and month_day[len(MONTH_MARK):].isdigit()
    if not _IN_A_YEAR.match(month_day):
        return row  # a bare day of month ("---12"), a weekday (no month_day)
    precision = row[E.PRECISION] if month_alone else "day"
    if (lead_up := _in_the_lead_up(month_day, precision, told)) is not None:
        return placed_in(row, lead_up)
    if latest is None or precision in ("quarter", "half"):
        # A quarter's or half's figures are told after it ends: a part on or after the latest date's start, as a
        # day or month is placed, would be told before its end.
        return row
    for year in (latest.start.year, latest.start.year + 1):
        try:
            after = _in_year(month_day, precision, year)
        except ValueError:  # February 29 of a common year
            continue
        if after.start >= latest.start:
            return placed_in(row, after) if (after.start - latest.end).days <= _LEAD_UP_DAYS else row
    return row


# A month-day ("11-03") or a month alone ("--11"): what a year places.
_IN_A_YEAR = re.compile(r"^(?:\d\d-\d\d|" + re.escape(MONTH_MARK) + r"\d+)$")


def _in_the_lead_up(month_day: str, precision: str, told: Period) -> Period | None:
    """A year-less month-day, or a month, quarter or half (``precision``) by its first month, in the half-year up to
    ``told``'s end (``_LEAD_UP_DAYS`` before its start at most): in ``told``'s year, or across the new year before a
    day or month (``year_less_lead_up``); None if neither."""
    if told.precision == "year":
        return None
    try:
        period = _in_year(month_day, precision, told.start.year)
    except ValueError:  # February 29 of a common year
        return None
    if period.end <= told.end and (told.start - period.start).days <= _LEAD_UP_DAYS:
        return period
    return year_less_lead_up(period, told)


def _in_year(month_day: str, precision: str, year: int) -> Period:
    """A year-less month-day ("11-03"), or a month, quarter or half by its first month ("--07"), in ``year``;
    ValueError for a day the year lacks."""
    return (Period(date(year, int(month_day[:2]), int(month_day[3:])), "day") if precision == "day"
            else Period(date(year, int(month_day[len(MONTH_MARK):]), 1), precision))


# How far before a day or month an undated story states a year-less day or month told before it, whose year puts it
# after that date, may lie in the year before: across a new year the calendar's order runs against the text's, and
# only a near lead-up is read so ("12月21日通过聆讯，并于12月31日启动招股，已于2026年1月9日挂牌"); a longer gap is as
# often a look back to an older act ("On December 9, SAMR opened a probe … the decision issued on April 16, 2020"
# is December 2024).
_ACROSS_A_NEW_YEAR_DAYS = 92


def year_less_lead_up(period: Period, told: Period) -> Period | None:
    """``period``, a year-less day or month read in ``told``'s year, in the year before when that puts it at most
    ``_ACROSS_A_NEW_YEAR_DAYS`` before ``told`` (a day or month); None when it does not."""
    if told.precision not in ("day", "month") or period.precision not in ("day", "month"):
        return None
    try:
        before = Period(period.start.replace(year=period.start.year - 1), period.precision)
    except ValueError:  # February 29 of a common year
        return None
    return before if before.end <= told.end and (told.start - before.start).days <= _ACROSS_A_NEW_YEAR_DAYS else None


def year_less(match: DateMatch) -> bool:
    """Whether ``match`` names a month, and a day perhaps, without any word of its year ("1月25日", "in January"; not
    "去年12月", "January last year", "2025年1月")."""
    return bool(match.relative and match.stated and match.period.precision in ("day", "month")
                and _MONTH_NAMED.search(match.text) and not _YEAR_WORDS.search(match.text))


def placed_in(row: dict, period: Period) -> dict:
    """``row``, a year-less event (``lib.schema.Event`` columns), placed at ``period``: its year is known now."""
    return {**row, E.DATE: period.start.isoformat(), E.DATE_END: period.end.isoformat(),
            E.PRECISION: period.precision, E.QUALIFIER: "", E.MONTH_DAY: ""}


# The words that give a date its year ("2025年1月", "去年12月", "January last year", "this March"): such a date is
# not year-less, and keeps the year they give.
_YEAR_WORDS = re.compile(r"\d{4}|年|\b(?:last|this|next|previous|coming|past|year)\b", re.I)
# A month named in the date's words ("1月25日", "in January", "Jan. 25": a word opening with a month name's first three
# letters, lib/rules/date_words_en.csv): a bare day of month ("16日") is placed nearest the
# day told before (``lib.extract.dates_resolve.resolve_in_narrative``), not here.
_MONTH_NAMED = re.compile(rf"月|\b(?:{'|'.join(ENGLISH_MONTH_STEMS)})[a-z]*\b", re.I)


def told_after_the_latest(matches: Sequence[DateMatch], latest: Period | None) -> list[DateMatch]:
    """``matches`` with the year-less month-days and months an undated story tells after ``latest`` (the latest
    date finer than a year it is at, ``latest_of``) placed on or after ``latest``'s start, when the story's year put
    them before it and the next year puts them within half a year of its end: news is told after what it reports,
    and a month or day it names without a year is of the year it is told in ("2025年12月28日，火山引擎宣佈 …
    1月25日，騰訊宣佈" is January 2026; "In July 2024, Qichacha valued … In January, the U.S. added" January 2025)."""
    if latest is None:
        return list(matches)
    return [_after(match, latest) for match in matches]


def _after(match: DateMatch, latest: Period) -> DateMatch:
    period = match.period
    if not (year_less(match) and period.start < latest.start):
        return match
    try:
        later = Period(period.start.replace(year=period.start.year + 1), period.precision)
    except ValueError:  # February 29 of a common year
        return match
    if later.start < latest.start or (later.start - latest.end).days > _LEAD_UP_DAYS:
        return match
    return replace(match, period=later)


def placed_as_told_again(rows: list[dict]) -> list[dict]:
    """``rows`` (``lib.schema.Event`` columns) with a year-less month-day ("09-05") that the story tells again with
    its year placed at that day: "On September 5, Geely announced … the September 5 Geely shareholders' meeting"
    (the second in a sentence of 2025) is one day told twice. Only when every dated row of that month-day is of one
    year: two years of one day ("on May 7 … on May 7, 2020") are a look back, and the day stays open. A month alone
    recurs ("in May … in May 2023") and is not placed so."""
    years: dict[str, set[int]] = {}
    for row in rows:
        if row[E.PRECISION] == "day" and row[E.QUALIFIER] != YEAR_UNKNOWN and row[E.DATE]:
            told = date.fromisoformat(row[E.DATE])
            years.setdefault(f"{told.month:02d}-{told.day:02d}", set()).add(told.year)
    return [placed_in(row, Period(date(next(iter(found)), int(row[E.MONTH_DAY][:2]), int(row[E.MONTH_DAY][3:])), "day"))
            if row[E.QUALIFIER] == YEAR_UNKNOWN and len(found := years.get(row[E.MONTH_DAY], set())) == 1
            else row for row in rows]
