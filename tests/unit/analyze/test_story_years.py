"""The year of a year-less day, from the story it reports: placed only when one year fits."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.story_years import year_less_placement
from lib.schema import YEAR_FROM_STORY, YEAR_UNKNOWN, Event

THRESHOLD = 0.35
SHORT = 31
# Unit vectors: a report of the release, one close to it (cosine 0.6), one about something else.
RELEASE = np.array([1.0, 0.0, 0.0])
ALIKE = np.array([0.6, 0.8, 0.0])
OTHER = np.array([0.0, 0.0, 1.0])


def _frame(rows):
    """rows: (date, date_end, companies, month_day, vector, story)."""
    events = pd.DataFrame({
        Event.EVENT_ID: [f"e{i}" for i in range(len(rows))],
        Event.DATE: [r[0] for r in rows], Event.DATE_END: [r[1] for r in rows],
        Event.COMPANIES: [r[2] for r in rows], Event.MONTH_DAY: [r[3] for r in rows],
        Event.QUALIFIER: [YEAR_UNKNOWN if r[3] else "" for r in rows],
    }, index=pd.RangeIndex(10, 10 + len(rows)))  # not 0-based: positions and labels must not be confused
    vectors = np.array([r[4] for r in rows], dtype=np.float64)
    stories = pd.Series([r[5] for r in rows], index=events.index, dtype=object)
    return events, vectors, stories


def _year_less(month_day="01-20", companies="DeepSeek", vector=ALIKE):
    return ("", "", companies, month_day, vector, "")


DAY_STORY = [("2025-01-20", "2025-01-20", "DeepSeek;OpenAI", "", RELEASE, "s1"),
             ("2025-01-20", "2025-01-20", "DeepSeek", "", RELEASE, "s1")]

CASES = [
    pytest.param(DAY_STORY + [_year_less()], ("s1", "2025-01-20"), id="same company, day and meaning"),
    pytest.param(DAY_STORY + [_year_less("01-21")], ("s1", "2025-01-21"), id="a day after: time zones"),
    pytest.param(DAY_STORY + [_year_less("01-22")], None, id="two days after: another day"),
    pytest.param(DAY_STORY + [_year_less(companies="Moonshot AI")], None, id="another company"),
    pytest.param(DAY_STORY + [_year_less(vector=OTHER)], None, id="says something else"),
    pytest.param([("2024-05-01", "2024-05-31", "ByteDance", "", RELEASE, "m"),
                  _year_less("05-15", "ByteDance")], ("m", "2024-05-15"), id="a month holds the day"),
    pytest.param([("2024-05-01", "2024-05-31", "ByteDance", "", RELEASE, "m"),
                  ("2024-05-15", "2024-05-15", "ByteDance", "", RELEASE, "m"),
                  _year_less("05-16", "ByteDance")], ("m", "2024-05-16"), id="a month and its day: the day after"),
    pytest.param([("2024-05-01", "2024-05-31", "ByteDance", "", RELEASE, "m"),
                  ("2024-05-15", "2024-05-15", "ByteDance", "", RELEASE, "m"),
                  _year_less("05-17", "ByteDance")], None, id="a month and its day: not two days after"),
    pytest.param([("2024-05-13", "2024-05-19", "ByteDance", "", RELEASE, "w"),
                  _year_less("05-21", "ByteDance")], None, id="a week does not hold a day after it"),
    pytest.param([("2024-01-01", "2024-12-31", "ByteDance", "", RELEASE, "y"),
                  _year_less("05-15", "ByteDance")], None, id="a year is too long to give a day its year"),
    pytest.param([("2024-12-31", "2024-12-31", "Alibaba", "", RELEASE, "n"),
                  _year_less("01-01", "Alibaba")], ("n", "2025-01-01"), id="over New Year"),
    pytest.param([("2024-02-29", "2024-02-29", "Alibaba", "", RELEASE, "leap"),
                  _year_less("02-29", "Alibaba")], ("leap", "2024-02-29"), id="February 29"),
    pytest.param([("2024-05-15", "2024-05-15", "ByteDance", "", RELEASE, "2024"),
                  ("2025-05-15", "2025-05-15", "ByteDance", "", RELEASE, "2025"),
                  _year_less("05-15", "ByteDance")], None, id="two years fit: the year stays unknown"),
    pytest.param([("2025-01-20", "2025-01-20", "DeepSeek", "", RELEASE, "r1"),
                  ("2025-01-20", "2025-01-20", "DeepSeek", "", ALIKE, "other"),
                  _year_less(vector=ALIKE)], ("other", "2025-01-20"), id="one year, two stories: the closer"),
    # "智谱AI已于今日(1月8日)在香港上市" names MiniMax too: Zhipu's listing of the 8th, not MiniMax's of the 9th.
    pytest.param([("2026-01-08", "2026-01-08", "Zhipu AI", "", ALIKE, "zhipu"),
                  ("2026-01-09", "2026-01-09", "MiniMax", "", RELEASE, "minimax"),
                  _year_less("01-08", "MiniMax;Zhipu AI", RELEASE)], ("zhipu", "2026-01-08"),
                 id="a story of the very day beats a closer one a day off"),
    pytest.param([("2026-01-07", "2026-01-07", "Zhipu AI", "", ALIKE, "zhipu"),
                  ("2026-01-09", "2026-01-09", "MiniMax", "", RELEASE, "minimax"),
                  _year_less("01-08", "MiniMax;Zhipu AI", RELEASE)], ("minimax", "2026-01-08"),
                 id="both a day off: the closer"),
    pytest.param([("2024-05-01", "2024-05-31", "ByteDance", "", ALIKE, "month"),
                  ("2024-05-16", "2024-05-16", "ByteDance", "", RELEASE, "day"),
                  _year_less("05-15", "ByteDance", RELEASE)], ("month", "2024-05-15"),
                 id="a month holding the day beats a day after it"),
    pytest.param([("2025-01-20", "2025-01-20", "DeepSeek", "", RELEASE, "s"),
                  ("2025-01-21", "2025-01-21", "DeepSeek", "", OTHER, "s"),
                  _year_less()], None, id="meaning is the story's mean, not its closest report"),
    pytest.param([_year_less(), _year_less()], None, id="no dated story"),
]


@pytest.mark.parametrize(("rows", "expected"), CASES)
def test_a_year_less_day_takes_the_year_of_the_one_story_it_fits(rows, expected):
    events, vectors, stories = _frame(rows)
    before = events.copy()
    placement = year_less_placement(events, vectors, stories, THRESHOLD, SHORT)
    year_less = int((events[Event.MONTH_DAY] != "").sum())
    label = events.index[-1]
    if expected is None:
        assert label not in placement.story_id.index
        assert placement.unplaced == year_less
    else:
        assert (placement.story_id[label], placement.date[label]) == expected
        dated = placement.dated(events)
        assert dated.loc[label, [Event.DATE, Event.DATE_END, Event.QUALIFIER, Event.MONTH_DAY]].tolist() == [
            expected[1], expected[1], YEAR_FROM_STORY, rows[-1][3]]
        assert placement.unplaced == year_less - 1
    pd.testing.assert_frame_equal(events, before)  # inputs never change


def test_events_without_the_column_or_without_year_less_days_place_nothing():
    events, vectors, stories = _frame(DAY_STORY)
    for frame in (events, events.drop(columns=Event.MONTH_DAY)):
        placement = year_less_placement(frame, vectors, stories, THRESHOLD, SHORT)
        assert placement.story_id.empty and placement.unplaced == 0
        assert placement.dated(frame) is frame


def test_a_product_the_story_names_lowers_the_bar_as_it_does_between_reports():
    faint = np.array([0.3, np.sqrt(1 - 0.09), 0.0])  # cosine 0.3 to the release
    events, vectors, stories = _frame(DAY_STORY + [_year_less(vector=faint)])
    label = events.index[-1]
    products = pd.Series([frozenset({"DeepSeek-R1"}), frozenset(), frozenset({"DeepSeek-R1"})], index=events.index)
    other = pd.Series([frozenset({"DeepSeek-V3"}), frozenset(), frozenset({"DeepSeek-R1"})], index=events.index)
    assert label not in year_less_placement(events, vectors, stories, THRESHOLD, SHORT).date.index
    assert year_less_placement(events, vectors, stories, THRESHOLD, SHORT, products, 0.25).date[label] == "2025-01-20"
    assert label not in year_less_placement(events, vectors, stories, THRESHOLD, SHORT, other, 0.25).date.index


def _last_placed_as(events, vectors, stories, expected, kept) -> None:
    """The last event is placed as ``expected`` (story, date) or, with None, left unplaced; placed, it is
    dated that day from its story and keeps the ``kept`` columns' values. The events are never changed."""
    before = events.copy()
    placement = year_less_placement(events, vectors, stories, THRESHOLD, SHORT)
    label = events.index[-1]
    if expected is None:
        assert label not in placement.story_id.index
        assert placement.unplaced == 1
    else:
        assert (placement.story_id[label], placement.date[label]) == expected
        dated = placement.dated(events)
        assert dated.loc[label, [Event.DATE, Event.QUALIFIER, *kept]].tolist() == [
            expected[1], YEAR_FROM_STORY, *kept.values()]
        assert placement.unplaced == 0
    pd.testing.assert_frame_equal(events, before)  # inputs never change


def _weekday(name="Monday", companies="DeepSeek", vector=ALIKE):
    """A bare weekday of an undated article ("DeepSeek released the model on Monday"): no date, no month-day."""
    return ("", "", companies, "", vector, "", name)


# Cosine 0.42 to ALIKE (0.6 for the release): alike, less than the release.
LESS_ALIKE = np.array([0.7, 0.0, np.sqrt(0.51)])
# 2025-01-20 was a Monday; stories as (date, date_end, companies, month_day, vector, story, weekday).
MONDAY_STORY = [(*row, "") for row in DAY_STORY]
WEEKDAY_CASES = [
    pytest.param(MONDAY_STORY + [_weekday()], ("s1", "2025-01-20"), id="the one story of its company, on that weekday"),
    pytest.param(MONDAY_STORY + [_weekday("Tuesday")], None,
                 id="its one story falls on another weekday: not by the day of slack either"),
    pytest.param(MONDAY_STORY + [_weekday(companies="Moonshot AI")], None, id="a story of another company"),
    pytest.param(MONDAY_STORY + [_weekday(vector=OTHER)], None, id="says something else"),
    pytest.param(MONDAY_STORY + [("2025-01-27", "2025-01-27", "DeepSeek", "", RELEASE, "s2", ""), _weekday()], None,
                 id="two stories on that weekday: which week is a guess"),
    # An undated "On Tuesday, Nvidia announced charges after H20 exports were restricted" (April 2025, told by
    # month elsewhere) says alike Nvidia's resumed H20 sales of Tuesday, July 15 too.
    pytest.param(MONDAY_STORY + [("2025-01-01", "2025-01-31", "DeepSeek", "", RELEASE, "month", ""),
                                 ("2025-01-01", "2025-01-31", "DeepSeek", "", RELEASE, "month", ""), _weekday()],
                 None, id="another story of its company says alike, on days the weekday may be"),
    # "ChatGPT, launched in November 2022, is not accessible" / "小米在1月被列入清单": a month one article tells.
    pytest.param(MONDAY_STORY + [("2025-01-01", "2025-01-31", "DeepSeek", "", RELEASE, "month", ""), _weekday()],
                 ("s1", "2025-01-20"), id="a month one article tells is a background date, not another week"),
    # "OpenAI blocked API access … On Tuesday" / "OpenAI从7月9日开始阻止API流量": two stories grouping kept apart.
    pytest.param(MONDAY_STORY + [("2025-01-20", "2025-01-20", "DeepSeek", "", LESS_ALIKE, "same day", ""),
                                 _weekday()],
                 ("s1", "2025-01-20"), id="two stories of that one day: the day is known, the closer story"),
    pytest.param(MONDAY_STORY + [("2024-06-05", "2024-06-05", "DeepSeek", "", OTHER, "else", ""), _weekday()],
                 ("s1", "2025-01-20"), id="another story of its company saying something else does not count"),
    pytest.param([("2025-01-01", "2025-01-31", "DeepSeek", "", RELEASE, "month", ""), _weekday()], None,
                 id="a story told by month names no weekday"),
    pytest.param([("2025-01-20", "2025-01-20", "DeepSeek", "", RELEASE, "two", ""),
                  ("2025-01-21", "2025-01-21", "DeepSeek", "", RELEASE, "two", ""), _weekday("Tuesday")],
                 ("two", "2025-01-21"), id="a story of two days: the one on that weekday"),
]


@pytest.mark.parametrize(("rows", "expected"), WEEKDAY_CASES)
def test_a_bare_weekday_takes_the_day_of_the_one_story_it_fits(rows, expected):
    events, vectors, stories = _frame([row[:6] for row in rows])
    events[Event.WEEKDAY] = [row[6] for row in rows]
    events[Event.QUALIFIER] = [YEAR_UNKNOWN if row[6] else "" for row in rows]
    _last_placed_as(events, vectors, stories, expected, {Event.MONTH_DAY: "", Event.WEEKDAY: rows[-1][6]})


# Cosine 0.2 to the release and 0.9 to ALIKE: alike the story only once ALIKE's report is one of its reports.
FOLLOWS_ALIKE = np.array([0.2, np.sqrt(1 - 0.04), 0.0])
# Cosine 0.3 to ALIKE but -0.3 to the release: close to one placed report, not to the story.
ONLY_NEAR_ALIKE = np.array([-0.3, 0.6, np.sqrt(0.55)])
ROUNDS = [
    # "MiniMax正式在香港联合交易所挂牌上市" (1月9日) says alike "明日(1月9日)将登陆港交所" placed the round before,
    # and through it the story's dated "The next day, MiniMax rose 109%" it says less alike on its own.
    pytest.param([("2026-01-09", "2026-01-09", "MiniMax", "", RELEASE, "minimax"),
                  _year_less("01-09", "MiniMax", ALIKE), _year_less("01-09", "MiniMax", FOLLOWS_ALIKE)],
                 ("minimax", "2026-01-09"), id="a report placed the round before counts among the story's"),
    pytest.param([("2025-12-29", "2025-12-29", "Meta;Manus", "", RELEASE, "manus"),
                  _year_less("12-29", "Meta", ALIKE), _year_less("12-29", "Meta", ONLY_NEAR_ALIKE)], None,
                 id="near-miss: close to a placed report but not to the story (the mean, no chain)"),
    pytest.param([("2026-01-09", "2026-01-09", "MiniMax", "", RELEASE, "minimax"),
                  _year_less("01-09", "MiniMax", OTHER), _year_less("01-09", "MiniMax", FOLLOWS_ALIKE)], None,
                 id="near-miss: nothing placed before, nothing to follow"),
]


@pytest.mark.parametrize(("rows", "expected"), ROUNDS)
def test_a_year_less_day_placed_in_a_story_counts_for_the_next_round(rows, expected):
    events, vectors, stories = _frame(rows)
    before = events.copy()
    placement = year_less_placement(events, vectors, stories, THRESHOLD, SHORT)
    label = events.index[-1]
    placed = 0 if expected is None else 1
    if expected is not None:
        assert (placement.story_id[label], placement.date[label]) == expected
    else:
        assert label not in placement.story_id.index
    assert placement.unplaced == 2 - placed - int(events.index[-2] in placement.story_id.index)
    pd.testing.assert_frame_equal(events, before)  # inputs never change


FAINT = np.array([0.3, np.sqrt(1 - 0.09), 0.0])  # cosine 0.3 to the release: under the bar, over the same-day one
MANUS_DAY = [("2025-12-29", "2025-12-29", "Meta;Manus", "", RELEASE, "manus"),
             ("2025-12-29", "2025-12-29", "Meta", "", RELEASE, "manus")]
SAME_DAY = [
    # "美国当地时间12月29日,Meta突然宣布:以数十亿美元收购…Manus" of an undated article;
    # the story's reports all of the 29th.
    pytest.param(MANUS_DAY + [_year_less("12-29", "Meta", FAINT)], ("manus", "2025-12-29"),
                 id="the story's one same day: the same-day bar"),
    pytest.param(MANUS_DAY + [_year_less("12-30", "Meta", FAINT)], None,
                 id="near-miss: a day after, by the day of slack, keeps the general bar"),
    pytest.param([("2025-12-01", "2025-12-31", "Meta", "", RELEASE, "manus")] + MANUS_DAY[:1]
                 + [_year_less("12-29", "Meta", FAINT)], None,
                 id="near-miss: a story told by month too is not one day"),
    pytest.param(MANUS_DAY + [_year_less("12-29", "Moonshot AI", FAINT)], None,
                 id="near-miss: the same day, another company"),
]


def _placed_only_at_the_same_day_bar(events, vectors, stories, expected) -> None:
    """The last event is not placed at the general bar; at the same-day bar it is placed as
    ``expected`` (story, date), or not at all (None); the events are never changed."""
    before = events.copy()
    label = events.index[-1]
    assert label not in year_less_placement(events, vectors, stories, THRESHOLD, SHORT).date.index
    placement = year_less_placement(events, vectors, stories, THRESHOLD, SHORT, same_day_threshold=0.22)
    if expected is None:
        assert label not in placement.story_id.index
    else:
        assert (placement.story_id[label], placement.date[label]) == expected
    pd.testing.assert_frame_equal(events, before)  # inputs never change


@pytest.mark.parametrize(("rows", "expected"), SAME_DAY)
def test_a_year_less_day_on_its_storys_one_same_day_takes_the_same_day_bar(rows, expected):
    events, vectors, stories = _frame(rows)
    _placed_only_at_the_same_day_bar(events, vectors, stories, expected)


# 2025-12-05 was a Friday: the story's reports all of that one day ("12月5日,摩尔线程在上交所科创板挂牌上市").
DEBUT_DAY = [(*row, "") for row in [("2025-12-05", "2025-12-05", "Moore Threads", "", RELEASE, "debut"),
                                    ("2025-12-05", "2025-12-05", "Moore Threads", "", RELEASE, "debut")]]
# Cosine 0.29 to FAINT: a Friday story of June its weekday would fit at the same-day bar as well.
FAINT_ELSEWHERE = np.array([0.0, 0.3, np.sqrt(1 - 0.09)])
SAME_DAY_WEEKDAYS = [
    # "Moore Threads debuted on the Shanghai STAR Market on Friday" of an undated article.
    pytest.param(DEBUT_DAY + [_weekday("Friday", "Moore Threads", FAINT)], ("debut", "2025-12-05"),
                 id="its story's one same day, on that weekday: the same-day bar"),
    pytest.param(DEBUT_DAY + [_weekday("Thursday", "Moore Threads", FAINT)], None,
                 id="near-miss: its one story falls on another weekday"),
    pytest.param(DEBUT_DAY + [_weekday("Friday", "Zhipu AI", FAINT)], None,
                 id="near-miss: the same weekday, another company"),
    pytest.param([("2025-12-05", "2025-12-05", "Moore Threads", "", RELEASE, "debut", ""),
                  ("2025-12-04", "2025-12-04", "Moore Threads", "", RELEASE, "debut", ""),
                  _weekday("Friday", "Moore Threads", FAINT)], None,
                 id="near-miss: a story of two days is not one day: the general bar"),
    pytest.param(DEBUT_DAY + [("2025-06-06", "2025-06-06", "Moore Threads", "", FAINT_ELSEWHERE, "june", ""),
                              _weekday("Friday", "Moore Threads", FAINT)], None,
                 id="near-miss: another Friday story of its company passes the same-day bar too"),
    pytest.param(DEBUT_DAY + [("2025-06-10", "2025-06-10", "Moore Threads", "", ALIKE, "june", ""),
                              _weekday("Friday", "Moore Threads", FAINT)], None,
                 id="near-miss: another story of its company says alike: which week is a guess"),
    # "DeepSeek released an experimental AI model Monday" / two stories of Monday, January 27 (its app tops the App
    # Store, 纳斯达克指数下跌) each alike only at the same-day bar: two weak hints of one day are still a guess.
    pytest.param(DEBUT_DAY + [("2025-12-05", "2025-12-05", "Moore Threads", "", FAINT_ELSEWHERE, "other", ""),
                              _weekday("Friday", "Moore Threads", FAINT)], None,
                 id="near-miss: two stories of that one day, both alike only at the same-day bar"),
]


@pytest.mark.parametrize(("rows", "expected"), SAME_DAY_WEEKDAYS)
def test_a_bare_weekday_on_its_storys_one_same_day_takes_the_same_day_bar(rows, expected):
    events, vectors, stories = _frame([row[:6] for row in rows])
    events[Event.WEEKDAY] = [row[6] for row in rows]
    events[Event.QUALIFIER] = [YEAR_UNKNOWN if row[6] else "" for row in rows]
    _placed_only_at_the_same_day_bar(events, vectors, stories, expected)


def _day_of_month(day="---12", companies="Xiaomi", vector=ALIKE):
    """A bare day of month of an undated article ("美国联邦法官当地时间12日就小米公司起诉…"): its month open too."""
    return ("", "", companies, day, vector, "", "undated")


# A story on March 12, 2021 told by two articles; rows as (date, date_end, companies, month_day, vector, story, doc).
INJUNCTION = [("2021-03-12", "2021-03-12", "Xiaomi", "", RELEASE, "injunction", "wire"),
              ("2021-03-12", "2021-03-12", "Xiaomi", "", RELEASE, "injunction", "daily")]
DAY_OF_MONTH_CASES = [
    pytest.param(INJUNCTION + [_day_of_month()], ("injunction", "2021-03-12"),
                 id="the one story of its company on that day of month, told by two articles"),
    pytest.param(INJUNCTION + [_day_of_month("---13")], None,
                 id="near-miss: never on another day of month, not by the day of slack either"),
    pytest.param(INJUNCTION + [_day_of_month(companies="Huawei")], None, id="near-miss: a story of another company"),
    pytest.param(INJUNCTION + [_day_of_month(vector=OTHER)], None, id="near-miss: says something else"),
    pytest.param(INJUNCTION[:1] + [_day_of_month()], None,
                 id="near-miss: one article's day is too little to tell a month by"),
    pytest.param([("2021-03-12", "2021-03-12", "Xiaomi", "", RELEASE, "injunction", "wire"),
                  ("2021-03-11", "2021-03-11", "Xiaomi", "", RELEASE, "injunction", "daily"), _day_of_month()], None,
                 id="near-miss: a story of two days is not one day"),
    pytest.param([("2021-03-01", "2021-03-31", "Xiaomi", "", RELEASE, "month", "wire"),
                  ("2021-03-01", "2021-03-31", "Xiaomi", "", RELEASE, "month", "daily"), _day_of_month()], None,
                 id="near-miss: a story told by month names no day"),
    pytest.param(INJUNCTION + [("2021-05-12", "2021-05-12", "Xiaomi", "", ALIKE, "removal", "wire"),
                               ("2021-05-12", "2021-05-12", "Xiaomi", "", ALIKE, "removal", "weekly"),
                               _day_of_month()], None,
                 id="near-miss: another month's story on that day of month says alike: which month is a guess"),
    pytest.param(INJUNCTION + [("2021-05-11", "2021-05-11", "Xiaomi", "", ALIKE, "removal", "wire"),
                               ("2021-05-11", "2021-05-11", "Xiaomi", "", ALIKE, "removal", "weekly"),
                               _day_of_month()], ("injunction", "2021-03-12"),
                 id="a story on another day of month does not compete"),
]


@pytest.mark.parametrize(("rows", "expected"), DAY_OF_MONTH_CASES)
def test_a_bare_day_of_month_takes_the_day_of_the_one_story_told_on_it(rows, expected):
    events, vectors, stories = _frame([row[:6] for row in rows])
    events[Event.DOC_ID] = [row[6] for row in rows]
    _last_placed_as(events, vectors, stories, expected, {Event.MONTH_DAY: rows[-1][3]})


def _month(month="--03", companies="Xiaomi", vector=ALIKE):
    """A month with no day of an undated article ("ruled in March", 今年4月): precision month, no date."""
    return ("", "", companies, month, vector, "")


# Xiaomi's injunction of March 12, 2021 and its removal from the list of May 11, 2021, each of one day.
XIAOMI_2021 = [("2021-03-12", "2021-03-12", "Xiaomi", "", RELEASE, "injunction"),
               ("2021-03-12", "2021-03-12", "Xiaomi", "", RELEASE, "injunction"),
               ("2021-05-11", "2021-05-11", "Xiaomi", "", OTHER, "removal")]
MONTH_CASES = [
    pytest.param(XIAOMI_2021 + [_month()], ("injunction", "2021-03-01", "2021-03-31"),
                 id="the story of its company in that month that says alike"),
    pytest.param(XIAOMI_2021 + [_month("--04")], None, id="near-miss: no story of its company in that month"),
    pytest.param(XIAOMI_2021 + [_month(companies="Huawei")], None, id="near-miss: a story of another company"),
    pytest.param(XIAOMI_2021 + [_month(vector=OTHER)], None, id="near-miss: says something else"),
    pytest.param(XIAOMI_2021 + [("2022-03-20", "2022-03-20", "Xiaomi", "", ALIKE, "next year"), _month()], None,
                 id="near-miss: stories of that month in two years say alike: the year stays unknown"),
    pytest.param(XIAOMI_2021 + [("2021-03-09", "2021-03-09", "Xiaomi", "", ALIKE, "hearing"), _month(vector=RELEASE)],
                 ("injunction", "2021-03-01", "2021-03-31"), id="two stories of that month in one year: the closer"),
    pytest.param([("2025-03-31", "2025-03-31", "Nvidia", "", RELEASE, "charge"),
                  ("2025-03-31", "2025-03-31", "Nvidia", "", RELEASE, "charge"), _month("--04", "Nvidia")], None,
                 id="near-miss: a day of slack does not reach into the next month"),
    pytest.param([("2025-04-01", "2025-04-30", "Nvidia", "", RELEASE, "april"), _month("--04", "Nvidia")],
                 ("april", "2025-04-01", "2025-04-30"), id="a story told by month"),
    pytest.param([("2025-04-01", "2025-04-01", "Nvidia", "", OTHER, "first"),
                  ("2025-04-01", "2025-04-01", "Nvidia", "", OTHER, "first"), _month("--04", "Nvidia", ALIKE)], None,
                 id="near-miss: the first of the month is no story's one day to a month (no lower bar)"),
]


@pytest.mark.parametrize(("rows", "expected"), MONTH_CASES)
def test_a_month_alone_takes_the_year_of_the_one_year_whose_story_it_fits(rows, expected):
    events, vectors, stories = _frame(rows)
    events[Event.PRECISION] = ["month" if row[3] else "day" for row in rows]
    before = events.copy()
    placement = year_less_placement(events, vectors, stories, THRESHOLD, SHORT, same_day_threshold=-1.0)
    label = events.index[-1]
    if expected is None:
        assert label not in placement.story_id.index
        assert placement.unplaced == 1
    else:
        assert (placement.story_id[label], placement.date[label]) == expected[:2]
        dated = placement.dated(events)
        assert dated.loc[label, [Event.DATE, Event.DATE_END, Event.QUALIFIER, Event.MONTH_DAY]].tolist() == [
            expected[1], expected[2], YEAR_FROM_STORY, rows[-1][3]]
    pd.testing.assert_frame_equal(events, before)  # inputs never change


def _in_article(doc_id, rows):
    """``rows`` as events of the article ``doc_id``: (row, doc_id) pairs for ``_article_frame``."""
    return [(row, doc_id) for row in rows]


def _article_frame(rows):
    """rows: ((date, date_end, companies, month_day, vector, story), doc_id)."""
    events, vectors, stories = _frame([row for row, _ in rows])
    events[Event.DOC_ID] = [doc_id for _, doc_id in rows]
    events[Event.PRECISION] = ["month" if row[3].startswith("--") else "day" for row, _ in rows]
    return events, vectors, stories


def _dated_stories(company, *stories):
    """Two dated reports, in two other articles, of each (story, first day, last day)."""
    return [((first, last, company, "", RELEASE, story), f"{story}-{n}") for story, first, last in stories
            for n in (1, 2)]


# Each undated article tells one happening by a day its story places ("時至7月14日，輝達宣布恢復對中國銷售H20";
# "5月11日,小米与美国国防部达成和解"; "On June 3, ByteDance appealed the ruling") and, before it, another by a
# month with no year that stories of two years tell ("H20晶片在今年4月因美國出口管制無法繼續銷售"; "今年3月,法院批准
# 小米的临时禁令动议"; "In March, ByteDance was ordered to sell TikTok's US business").
H20 = _dated_stories("Nvidia", ("resumed", "2025-07-14", "2025-07-14"), ("charge", "2025-04-01", "2025-04-30"),
                     ("invest", "2026-04-27", "2026-04-27"))
XIAOMI = _dated_stories("Xiaomi", ("removal", "2021-05-11", "2021-05-11"),
                        ("injunction", "2021-03-12", "2021-03-12"), ("probe", "2022-03-20", "2022-03-20"))
BYTEDANCE = _dated_stories("ByteDance", ("appeal", "2024-06-03", "2024-06-03"), ("order", "2024-03-13", "2024-03-13"),
                           ("ban", "2025-03-20", "2025-03-20"))
ONE_ARTICLE_YEAR = [
    pytest.param(H20 + _in_article("u", [_year_less("07-14", "Nvidia"), _month("--04", "Nvidia")]),
                 ("charge", "2025-04-01"), id="zh-Hant: 今年4月 in the year its 7月14日 was placed"),
    pytest.param(XIAOMI + _in_article("u", [_year_less("05-11", "Xiaomi"), _month("--03", "Xiaomi")]),
                 ("injunction", "2021-03-01"), id="zh-Hans: 今年3月 in the year its 5月11日 was placed"),
    pytest.param(BYTEDANCE + _in_article("u", [_year_less("06-03", "ByteDance"), _month("--03", "ByteDance")]),
                 ("order", "2024-03-01"), id="en: 'In March' in the year its 'On June 3' was placed"),
    pytest.param(H20 + _in_article("u", [_year_less("07-14", "Nvidia")]) + _in_article("v", [_month("--04", "Nvidia")]),
                 None, id="near-miss: another article's day places no year for this one's month"),
    pytest.param(_dated_stories("Nvidia", ("resumed", "2025-07-14", "2025-07-14"), ("old", "2020-04-01", "2020-04-30"),
                                ("invest", "2026-04-27", "2026-04-27"))
                 + _in_article("u", [_year_less("07-14", "Nvidia"), _month("--04", "Nvidia")]),
                 None, id="near-miss: no story of the article's year fits: the year stays unknown"),
    pytest.param(_dated_stories("Nvidia", ("old", "2024-12-30", "2024-12-30"), ("new", "2025-01-06", "2025-01-06"),
                                ("charge", "2025-04-01", "2025-04-30"), ("invest", "2024-04-22", "2024-04-22"))
                 + _in_article("u", [_year_less("12-30", "Nvidia"), _year_less("01-06", "Nvidia"),
                                     _month("--04", "Nvidia")]),
                 None, id="near-miss: the article's days were placed in two years: the year stays unknown"),
]


@pytest.mark.parametrize(("rows", "expected"), ONE_ARTICLE_YEAR)
def test_an_undated_articles_year_less_dates_are_of_the_one_year_its_story_placed_one_in(rows, expected):
    events, vectors, stories = _article_frame(rows)
    before = events.copy()
    label = events.index[-1]
    # Without its article, the month fits stories of two years and keeps its year unknown.
    alone = year_less_placement(events.drop(columns=Event.DOC_ID), vectors, stories, THRESHOLD, SHORT)
    assert label not in alone.story_id.index
    placement = year_less_placement(events, vectors, stories, THRESHOLD, SHORT)
    if expected is None:
        assert label not in placement.story_id.index
    else:
        assert (placement.story_id[label], placement.date[label]) == expected
        assert placement.dated(events).loc[label, Event.QUALIFIER] == YEAR_FROM_STORY
    pd.testing.assert_frame_equal(events, before)  # inputs never change
