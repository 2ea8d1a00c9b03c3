"""dates_chain on its own: one sentence's chosen readings become DateMatches, chained dates counted from
the date before them, dates written as one expression joined."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.dates_chain import chain_readings
from lib.extract.dates_match import DateMatch, Reading
from lib.extract.dates_spec import Candidate, Chained, DayOfMonth, InYear, OnWeekday, Shift, day_part, month_part
from lib.periods import Period
from tests.date_readings import read_in_order

PUBLISHED = Period(date(2025, 3, 12), "day")


def _reading(text: str, words: str, spec, period: Period | None = None) -> Reading:
    start = text.index(words)
    return Reading(Candidate(start, start + len(words), spec), period)


def _day(month: int, day: int) -> Period:
    return Period(date(2025, month, day), "day")


@pytest.mark.parametrize(("text", "readings", "expected"), [
    # "the next day" counts from the day before it in the sentence
    ("Tencent listed on March 3 and its shares rose the next day.",
     [("March 3", InYear(day_part(3, 3)), _day(3, 3)), ("the next day", Chained("day", 1), None)],
     [("March 3", _day(3, 3)), ("the next day", _day(3, 4))]),
    # 次日 with no day before it in the text counts from a day-precise publication
    ("次日，腾讯跟进。", [("次日", Chained("day", 1), None)], [("次日", _day(3, 13))]),
    # "春节前一个月": a count attached to the date before it is one expression
    ("3月5日后一天，腾讯跟进。",
     [("3月5日", InYear(day_part(3, 5)), _day(3, 5)), ("后一天", Chained("day", 1), None)],
     [("3月5日后一天", _day(3, 6))]),
    # "Tuesday, March 4": the date says which Tuesday, one expression
    ("Tencent listed on Tuesday, March 4.",
     [("Tuesday", OnWeekday(1), _day(3, 11)), ("March 4", InYear(day_part(3, 4)), _day(3, 4))],
     [("Tuesday, March 4", _day(3, 4))]),
])
def test_chain_readings(text, readings, expected):
    found = chain_readings(text, [_reading(text, *reading) for reading in readings], None, PUBLISHED)
    assert [(match.text, match.period) for match in found] == expected


@pytest.mark.parametrize(("spec", "stated"), [
    (InYear(day_part(3, 5)), True),  # "3月5日": the words name the day
    (InYear(month_part(3), year=2024), True),  # "2024年3月"
    (DayOfMonth(5), True),  # "5日"
    (InYear(month_part(3), offset=-1), False),  # "去年3月": counted from publication
    (InYear(month_part(3), toward="before"), False),  # "last March"
    (Shift("day", -1), False),  # "yesterday"
    (OnWeekday(4), False),  # "Friday"
])
def test_a_match_says_whether_its_words_state_the_date(spec, stated):
    text = "Tencent did it then."
    found = chain_readings(text, [Reading(Candidate(0, 7, spec), _day(3, 5))], None, PUBLISHED)
    assert found[0].stated is stated


def test_a_chained_date_with_nothing_to_count_from_is_dropped():
    text = "The same month, Tencent followed."
    assert chain_readings(text, [_reading(text, "The same month", Chained("month", 0))], None, None) == []


def test_later_in_the_year_with_no_date_before_it_is_the_publication_year():
    text = "Tencent will launch it later in the year."
    found = chain_readings(text, [_reading(text, "later in the year", Chained("year", 0, or_published=True))],
                           None, PUBLISHED)
    assert found == [DateMatch(23, 40, "later in the year", Period(date(2025, 1, 1), "year"), "", True)]


# 届时, 到时 (at that time, of a plan) and "that day" after a plan name the date of the plan just told, in this
# sentence or the one before; 这一天, 那一天 the day just told, as 当天 does.
PLAN_TOLD_ROWS = [
    ("小米汽车宣布将于4月25日召开发布会。届时，雷军将公布交付成绩。", "2024-04-22",
     [("4月25日", "2024-04-25", "day"), ("届时", "2024-04-25", "day")]),
    ("华为将在9月10日的开发者大会上发布新系统，届时多款新设备将同时亮相。", "2020-09-08",
     [("9月10日", "2020-09-10", "day"), ("届时", "2020-09-10", "day")]),
    ("腾讯计划明年3月在香港举办开发者大会，到时将公布新一代混元模型。", "2025-06-03",
     [("明年3月", "2026-03-01", "month"), ("到时", "2026-03-01", "month")]),
    ("小米汽車宣布將於4月25日召開發布會。屆時，雷軍將公布交付成績。", "2024-04-22",
     [("4月25日", "2024-04-25", "day"), ("届时", "2024-04-25", "day")]),
    ("華為將會在10日的開發者大會上推出鴻蒙2.0，到時幾款新裝置將會同時發佈。", "2020-09-08",
     [("10日", "2020-09-10", "day"), ("到时", "2020-09-10", "day")]),
    ("美国最高法院给字节跳动的最后期限是2025年1月19日。距离这一天已不到一周。", "2025-01-16",
     [("2025年1月19日", "2025-01-19", "day"), ("这一天", "2025-01-19", "day")]),
    ("阿里巴巴于2014年9月19日在纽交所上市。那一天，马云敲响了开市钟。", "2025-01-16",
     [("2014年9月19日", "2014-09-19", "day"), ("那一天", "2014-09-19", "day")]),
    ("阿里巴巴於2014年9月19日在紐交所上市。那一天，馬雲敲響了開市鐘。", "2025-01-16",
     [("2014年9月19日", "2014-09-19", "day"), ("那一天", "2014-09-19", "day")]),
    ("Xiaomi will hold its launch event on April 25. That day, Lei Jun will report deliveries.", "2024-04-22",
     [("April 25", "2024-04-25", "day"), ("That day", "2024-04-25", "day")]),
    # near misses: 届时 after a date told as past, or with no date before it, names none
    ("小米汽车3月28日召开发布会。届时雷军公布了价格。", "2024-04-22", [("3月28日", "2024-03-28", "day")]),
    ("届时，雷军将公布交付成绩。", "2024-04-22", []),
    ("華為今年推出的手錶搭載鴻蒙系統，到時將有更多裝置跟進。", "2020-09-08", [("今年", "2020-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PLAN_TOLD_ROWS)
def test_at_that_time_of_a_plan_is_the_plans_date(text, published, expected):
    assert read_in_order(text, published) == expected


# 这天, 那天 (这一天, 那一天 without 一) are the day just told, as "that day", 当天 are; not inside 这天气
# (this weather) nor 那天然气 (that natural gas). Traditional rows are read as simplified.
THAT_DAY_ROWS = [
    ("Huawei held its autumn launch on September 25. It chose that day to unveil the Mate 60 RS.", "2023-09-26",
     [("September 25", "2023-09-25", "day"), ("that day", "2023-09-25", "day")]),
    ("Alibaba listed in New York on September 19, 2014. On that day, Jack Ma rang the bell.", "2025-01-16",
     [("September 19, 2014", "2014-09-19", "day"), ("that day", "2014-09-19", "day")]),
    ("华为25日在深圳举行秋季新品发布会，这天也是孟晚舟回国两周年。", "2023-09-26",
     [("25日", "2023-09-25", "day"), ("这天", "2023-09-25", "day")]),
    ("腾讯于5月14日公布一季度财报。那天，腾讯股价上涨4%。", "2025-05-20",
     [("5月14日", "2025-05-14", "day"), ("一季度", "2025-01-01", "quarter"), ("那天", "2025-05-14", "day")]),
    ("小米汽车3月28日召开发布会，雷军在这天公布了SU7的价格。", "2024-04-02",
     [("3月28日", "2024-03-28", "day"), ("这天", "2024-03-28", "day")]),
    ("華為25日在深圳舉行秋季新品發布會，選在這天推出七款新品。", "2023-09-26",
     [("25日", "2023-09-25", "day"), ("这天", "2023-09-25", "day")]),
    ("台積電於10月16日召開法說會。那天，台積電股價上漲3%。", "2025-10-20",
     [("10月16日", "2025-10-16", "day"), ("那天", "2025-10-16", "day")]),
    # near misses
    ("这天气让电动车续航大幅缩水。", "2025-01-16", []),
    ("那天然气项目于2019年12月2日投产。", "2025-01-16", [("2019年12月2日", "2019-12-02", "day")]),
    ("這天氣讓電動車續航大幅縮水。", "2025-01-16", []),
    ("Shares fell that week.", "2025-01-16", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), THAT_DAY_ROWS)
def test_that_day_is_the_day_just_told(text, published, expected):
    assert read_in_order(text, published) == expected
