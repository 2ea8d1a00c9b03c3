"""A counted date glossed by the stated date right after it is one expression at the stated date
(``lib.extract.dates_glossed``, joined in ``dates_chain.chain_readings``); near misses stay two readings."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lib.extract.dates_glossed import glossed_end
from lib.periods import Period, parse_iso_period
from tests.date_readings import found_dates, read_in_order

SUNDAY = "2025-07-20"


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # 的 and a stated date with its year: the stated date, whatever the count read alone
    ("回顾一年前的2018年9月20日，美团点评登陆港交所。", "2019-10-04", [("一年前的2018年9月20日", "2018-09-20", "day")]),
    ("回顧一年前的2018年9月20日，美團點評登陸港交所。", "2019-10-04", [("一年前的2018年9月20日", "2018-09-20", "day")]),
    ("三年前的2022年3月1日，阿里巴巴宣布拆分。", "2025-03-12", [("三年前的2022年3月1日", "2022-03-01", "day")]),
    # 的 and a stated date the count holds: "今年的十月" is this October
    ("阿里巴巴今年的十月宣布拆分。", "2025-11-20", [("今年的十月", "2025-10-01", "month")]),
    ("阿里巴巴今年的十月宣佈拆分。", "2025-11-20", [("今年的十月", "2025-10-01", "month")]),
    ("阿里巴巴上个月的25日宣布拆分。", "2025-07-20", [("上个月的25日", "2025-06-25", "day")]),
    # brackets: a stated day inside the week or day the count names
    ("上周（7月15日），腾讯宣布新一轮回购。", "2025-07-23", [("上周（7月15日）", "2025-07-15", "day")]),
    ("上週(7月15日)，騰訊宣布新一輪回購。", "2025-07-23", [("上周(7月15日)", "2025-07-15", "day")]),
    ("Tencent said last week (July 15) that it would buy back shares.", "2025-07-23",
     [("last week (July 15)", "2025-07-15", "day")]),
    # Class (AI zt3326 "該公司今日﹙27日﹚港股收市後公佈…", HK01, which prints every bracket in the small form ﹙﹚:
    # "安踏體育﹙2020﹚", "﹙按零售價值計算﹚"): the small brackets gloss as the others do; a day of its own stays apart
    ("該公司今日﹙27日﹚港股收市後公佈截至6月底季度業績。", "2025-08-27",
     [("今日﹙27日﹚", "2025-08-27", "day"), ("6月底季度", "2025-04-01", "quarter")]),
    ("该公司今日﹙27日﹚港股收市后公布业绩。", "2025-08-27", [("今日﹙27日﹚", "2025-08-27", "day")]),
    ("美團周三﹙27日﹚公布業績。", "2025-08-27", [("周三﹙27日﹚", "2025-08-27", "day")]),
    ("美團今日﹙26日﹚公布業績。", "2025-08-27", [("今日", "2025-08-27", "day"), ("26日", "2025-08-26", "day")]),
    # Class (AQ zt807, en511, en1202, en1503, en2515): a results release's period code, quoted in brackets after the
    # words naming the period, restates it: one expression
    ("JD.com announced its unaudited results for the second quarter of 2024 (\"2Q2024\").", "2024-08-15",
     [("the second quarter of 2024 (\"2Q2024\")", "2024-04-01", "quarter")]),
    ("NetEase announced results for the quarter ended 31 March 2025 (“1Q2025”).", "2025-05-15",
     [("the quarter ended 31 March 2025 (“1Q2025”)", "2025-01-01", "quarter")]),
    ("京东今天公布2024年第二季度(「2Q2024」)未经审核业绩。", "2024-08-15",
     [("今天", "2024-08-15", "day"), ("2024年第二季度(「2Q2024」)", "2024-04-01", "quarter")]),
    ("京東今天公佈2024年第二季(「2Q2024」)未經審核業績。", "2024-08-15",
     [("今天", "2024-08-15", "day"), ("2024年第二季(「2Q2024」)", "2024-04-01", "quarter")]),
    # "on" and the same day
    ("A second rule issued earlier in the day on October 7, 2022 added 31 parties, including YMTC.", "2022-10-08",
     [("earlier in the day on October 7, 2022", "2022-10-07", "day")]),
    # Class (AB en2609 "News of the restructure earlier this year in March", AH en3215 "Earlier this year, in August,
    # Huawei confirmed"): "in" and a month after a count naming only a part of its year; Chinese writes the month in
    # the count (今年3月, 去年年底的11月), one expression already
    ("News of the restructure earlier this year in March came just as tensions thawed.", "2023-06-20",
     [("earlier this year in March", "2023-03-01", "month")]),
    ("Earlier this year, in August, Huawei confirmed its Pura 80 lineup uses the chip.", "2025-11-20",
     [("Earlier this year, in August", "2025-08-01", "month")]),
    ("Baidu cut its prices late last year, in November.", "2025-03-01",
     [("late last year, in November", "2024-11-01", "month")]),
    ("阿里巴巴今年3月宣布重组。", "2023-06-20", [("今年3月", "2023-03-01", "month")]),
    ("百度去年年底的11月下调了价格。", "2025-03-01", [("去年年底的11月", "2024-11-01", "month")]),
    ("百度去年年底的11月下調了價格。", "2025-03-01", [("去年年底的11月", "2024-11-01", "month")]),
    # near misses: "in" and no month, a whole year ("this year in October" above), a month the count does not hold
    ("Alibaba raised funds earlier this year, in a deal that valued it at $10bn.", "2025-03-01",
     [("earlier this year", "2025-01-01", "year")]),
    ("Baidu cut its prices late last year, in March.", "2025-06-01",
     [("late last year", "2024-10-01", "quarter"), ("March", "2025-03-01", "month")]),
    # Class (AC zt2757 "黃仁勳將在二月農曆新年前訪中", R zs1610 "计划在 2 月中旬、也就是农历新年前后发布 V4", AG zs3115
    # "可能会在 2 月中旬农历新年期间推出", each annotated once): a month and the festival day in it are one date, the
    # day when it follows the month bare, the month when 也就是/即 has the day restate it
    ("報導指出，黃仁勳將在二月農曆新年前訪中。", "2026-01-21", [("二月农历新年", "2026-02-17", "day")]),
    ("腾讯计划在2月春节期间发放红包。", "2026-01-10", [("2月春节", "2026-02-17", "day")]),
    ("DeepSeek 计划在 2 月中旬、也就是农历新年前后发布 V4。", "2026-01-10",
     [("2 月中旬、也就是农历新年", "2026-02-01", "month")]),
    ("DeepSeek 計劃在 2 月中旬、也就是農曆新年前後發布 V4。", "2026-01-10",
     [("2 月中旬、也就是农历新年", "2026-02-01", "month")]),
    # near misses: the festival outside the month told ("去年2月" and 春节 2025 in January), English with a comma and
    # a preposition between (two expressions, as "this year in October" is)
    ("阿里巴巴去年2月春节前发布了新模型。", "2026-01-10",
     [("去年2月", "2025-02-01", "month"), ("春节", "2025-01-29", "day")]),
    ("阿里巴巴去年2月春節前發布了新模型。", "2026-01-10",
     [("去年2月", "2025-02-01", "month"), ("春节", "2025-01-29", "day")]),
    ("Huang plans to visit China in February, before the Lunar New Year.", "2026-01-21",
     [("February", "2026-02-01", "month"), ("Lunar New Year", "2026-02-17", "day")]),
    # near misses: a word between the count and 的 ("下月中"): the festival is a day of its own in that month
    ("下月中的春节期间，腾讯发放红包。", "2026-01-20",
     [("下月", "2026-02-01", "month"), ("春节", "2026-02-17", "day")]),
    ("下月中的農曆新年假期，騰訊發放紅包。", "2026-01-20",
     [("下月", "2026-02-01", "month"), ("农历新年", "2026-02-17", "day")]),
    # the stated day lies outside the count's week, a comma, "in" (annotated as two)
    ("上周（7月5日），腾讯宣布新一轮回购。", "2025-07-23",
     [("上周", "2025-07-14", "week"), ("7月5日", "2025-07-05", "day")]),
    ("上週（7月5日），騰訊宣布新一輪回購。", "2025-07-23",
     [("上周", "2025-07-14", "week"), ("7月5日", "2025-07-05", "day")]),
    ("One year later, on Oct. 17, 2023, the U.S. tightened the rules on Nvidia.", "2023-11-01",
     [("One year later", "2023-10-01", "month"), ("Oct. 17, 2023", "2023-10-17", "day")]),
    ("Alibaba said this year in October that it would split.", "2025-11-20",
     [("this year", "2025-01-01", "year"), ("October", "2025-10-01", "month")]),
])
def test_a_count_glossed_by_its_stated_date_is_one_date(sentence, published, expected):
    assert found_dates(sentence, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count placed on the day it counts to, glossed by that day: one expression
    ("7 月 5 日，美团单日订单破亿。两天后的 7 月 7 日，淘宝闪购宣布日订单数超 8000 万。",
     [("7 月 5 日", "2025-07-05", "day"), ("两天后的 7 月 7 日", "2025-07-07", "day")]),
    ("7 月 5 日，美團單日訂單破億。兩天後的 7 月 7 日，淘寶閃購宣布日訂單數超 8000 萬。",
     [("7 月 5 日", "2025-07-05", "day"), ("两天后的 7 月 7 日", "2025-07-07", "day")]),
])
def test_a_counted_day_glossed_in_a_story(text, expected):
    assert read_in_order(text, SUNDAY) == expected


def _told(start: int, end: int, period: str, *, relative: bool, stated: bool) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end, period=parse_iso_period(period), relative=relative, stated=stated)


def test_a_stated_date_glosses_no_stated_date_and_a_count_glosses_nothing():
    text = "2024年的3月"
    year, month = _told(0, 5, "2024", relative=False, stated=True), _told(6, 8, "2024-03", relative=False, stated=True)
    assert glossed_end(text, year, month) is None  # "2024年的3月": the year states itself, no count
    text = "去年的今天"
    last_year = _told(0, 2, "2024", relative=True, stated=False)
    today = _told(3, 5, "2025-07-20", relative=True, stated=False)
    assert glossed_end(text, last_year, today) is None  # 今天 names no day of its own


def test_a_bracketed_day_needs_its_closing_bracket():
    week = _told(0, 2, "2025-07-14", relative=True, stated=False)
    week = SimpleNamespace(**{**vars(week), "period": Period(parse_iso_period("2025-07-14").start, "week")})
    day = _told(3, 8, "2025-07-15", relative=True, stated=True)
    assert glossed_end("上周（7月15日）", week, day) == 9
    assert glossed_end("上周（7月15日、16日", week, day) is None
