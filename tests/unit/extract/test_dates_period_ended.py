"""A reporting period named by its end is that period: three months ending at a quarter's end are the
quarter, six months ending at June's or December's end the half ("the quarter ending June 30", "the six
months ended 30 June 2022", 截至2024年6月30日止三个月, 截至二零二二年六月三十日止六個月). A quarter named
after its end day ("截至9月30日的第三季度") leaves the day a date of its own; one named with 止 ("截至9月30日止
第三季") or in English before it ("the third quarter ended September 30") is one quarter, the day its bound.
Nine months stay their end day (no nine-month period in the data model); a fiscal year ending in another month
than December is the calendar year holding its first month, as the fiscal labels are placed.

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import found_dates, read_in_order

AUGUST = "2024-08-20"

PERIOD_ENDED_ROWS = [
    # English.
    # Class (AK en3541): "ended" in a relative clause ("the quarter that ended on September 30", "the three months
    # which ended June 30") names the period as "the quarter ended" does, as 截至9月30日止的季度 does; "that ends" a
    # period still running. Not a clause of another noun ("the deal that ended in March").
    ("Baidu's profit for the quarter that ended on June 30 was up 9.2 percent.", AUGUST,
     [("the quarter that ended on June 30", "2024-04-01", "quarter")]),
    ("Tencent's revenue for the three months which ended June 30, 2024 rose 8%.", AUGUST,
     [("the three months which ended June 30, 2024", "2024-04-01", "quarter")]),
    ("Xiaomi expects revenue for the quarter that ends September 30 to rise.", AUGUST,
     [("the quarter that ends September 30", "2024-07-01", "quarter")]),
    ("百度截至6月30日止的季度利润增长9.2%。", AUGUST, [("6月30日止的季度", "2024-04-01", "quarter")]),
    ("百度截至6月30日止的季度利潤增長9.2%。", AUGUST, [("6月30日止的季度", "2024-04-01", "quarter")]),
    ("The Alibaba deal that ended in March was large.", AUGUST, [("March", "2024-03-01", "month")]),
    ("Pinduoduo reported record revenue for the quarter ending June 30.", AUGUST,
     [("the quarter ending June 30", "2024-04-01", "quarter")]),
    ("In the three months ended June 30, 2024, Baidu's revenue fell 0.4%.", AUGUST,
     [("the three months ended June 30, 2024", "2024-04-01", "quarter")]),
    ("For the three-month period ending in June, Tencent recorded a profit.", AUGUST,
     [("the three-month period ending in June", "2024-04-01", "quarter")]),
    ("SenseTime's revenue for the six months ended 30 June 2022 fell.", AUGUST,
     [("the six months ended 30 June 2022", "2022-01-01", "half")]),
    # The end month alone, as the Chinese statements give it (截至6月底止三个月, below).
    ("For the three months ended June, Lenovo's revenue rose 20%.", AUGUST,
     [("the three months ended June", "2024-04-01", "quarter")]),
    ("For the six months ending December, Xiaomi's revenue rose.", AUGUST,
     [("the six months ending December", "2023-07-01", "half")]),
    ("Xiaomi said the promotion that ended June 5 lifted sales.", AUGUST, [("June 5", "2024-06-05", "day")]),
    # Must not change: nine months, three months not ending a quarter, no period word.
    ("For the nine months ended September 30, 2023, Baidu grew.", AUGUST,
     [("September 30, 2023", "2023-09-30", "day")]),
    ("For the three months ended May 31, 2024, Nio's sales grew.", AUGUST, [("May 31, 2024", "2024-05-31", "day")]),
    ("Tencent's offer ending June 30 drew users.", AUGUST, [("June 30", "2024-06-30", "day")]),
    # Simplified Chinese.
    ("截至2024年6月30日止三个月，腾讯收入增长8%。", AUGUST, [("2024年6月30日止三个月", "2024-04-01", "quarter")]),
    ("截至2023年12月31日止六个月，小米收入增长。", AUGUST, [("2023年12月31日止六个月", "2023-07-01", "half")]),
    ("截至9月30日的第三季度，阿里巴巴营收增长5%。", "2024-11-15",
     [("9月30日", "2024-09-30", "day"), ("第三季度", "2024-07-01", "quarter")]),
    ("截至2024年6月30日，腾讯持有现金3000亿元。", AUGUST, [("2024年6月30日", "2024-06-30", "day")]),
    ("截至2024年9月30日止九个月，百度收入下降。", "2024-11-15", [("2024年9月30日", "2024-09-30", "day")]),
    # The quarter with no name of its own, told by its end: 截至…的季度, 截至…止季度.
    ("阿里巴巴今天公布了截至2024年9月30日的季度业绩。", "2024-11-15",
     [("今天", "2024-11-15", "day"), ("2024年9月30日的季度", "2024-07-01", "quarter")]),
    ("截至6月30日止季度，京东收入增长1%。", AUGUST, [("6月30日止季度", "2024-04-01", "quarter")]),
    ("截至6月底止三个月，联想集团收入增长20%。", AUGUST, [("6月底止三个月", "2024-04-01", "quarter")]),
    # Must not change: no 截至 before it ("the quarterly meeting on June 30"), a season, a day ending no quarter.
    ("京东在6月30日的季度会议上公布了计划。", AUGUST, [("6月30日", "2024-06-30", "day")]),
    ("截至6月30日的季节性促销已结束。", AUGUST, [("6月30日", "2024-06-30", "day")]),
    ("截至2024年5月31日的季度，蔚来销量增长。", AUGUST, [("2024年5月31日", "2024-05-31", "day")]),
    # Traditional Chinese.
    ("截至二零二二年六月三十日止六個月，商湯收入下降。", AUGUST,
     [("二零二二年六月三十日止六個月", "2022-01-01", "half")]),
    ("截至2024年9月30日止三個月，騰訊收入增長。", "2024-11-15", [("2024年9月30日止三個月", "2024-07-01", "quarter")]),
    ("截至6月30日止六個月，美團收入增長。", AUGUST, [("6月30日止六個月", "2024-01-01", "half")]),
    ("截至6月止三個月，聯想集團收入增長。", AUGUST, [("6月止三個月", "2024-04-01", "quarter")]),
    ("截至2024年6月30日，台積電現金達2兆元。", AUGUST, [("2024年6月30日", "2024-06-30", "day")]),
    ("阿里巴巴今天公佈了截至2024年9月30日的季度業績。", "2024-11-15",
     [("今天", "2024-11-15", "day"), ("2024年9月30日的季度", "2024-07-01", "quarter")]),
    ("京東在6月30日的季度會議上公佈了計劃。", AUGUST, [("6月30日", "2024-06-30", "day")]),
]


# Class (splits E, J, K: false events): the end day of a quarter the statement names by its number is no date
# of its own; the quarter takes the day's year.
NAMED_QUARTER_ENDED_ROWS = [
    ("Trip.com today announced its results for the third quarter ended September 30, 2019.", "2019-11-13",
     [("today", "2019-11-13", "day"), ("the third quarter ended September 30, 2019", "2019-07-01", "quarter")]),
    ("Baidu's revenue for the second quarter ended June 30, 2024 fell 0.4%.", AUGUST,
     [("the second quarter ended June 30, 2024", "2024-04-01", "quarter")]),
    ("NetEase said net income for the fourth quarter ended December 31 rose 10%.", "2025-02-20",
     [("the fourth quarter ended December 31", "2024-10-01", "quarter")]),
    ("腾讯今天公布截至二零二五年九月三十日止第三季未经审核综合业绩。", "2025-11-13",
     [("今天", "2025-11-13", "day"), ("二零二五年九月三十日止第三季", "2025-07-01", "quarter")]),
    ("华虹半导体截至6月底止第二季股东应占利润795.2万美元。", AUGUST,
     [("6月底止第二季", "2024-04-01", "quarter")]),
    ("中芯国际截至2024年3月31日止第一季度收入17.5亿美元。", AUGUST,
     [("2024年3月31日止第一季度", "2024-01-01", "quarter")]),
    ("騰訊今天公佈截至二零二一年九月三十日止第三季未經審核綜合業績。", "2021-11-10",
     [("今天", "2021-11-10", "day"), ("二零二一年九月三十日止第三季", "2021-07-01", "quarter")]),
    ("華虹半導體截至6月底止第二季股東應佔利潤795.2萬美元。", AUGUST,
     [("6月底止第二季", "2024-04-01", "quarter")]),
    ("中芯國際截至2024年12月31日止第四季度營業額增長20%。", "2025-02-20",
     [("2024年12月31日止第四季度", "2024-10-01", "quarter")]),
    # A quarter marked fiscal after its end day is the calendar quarter the day closes (zs3347, zt3262, zt3366).
    ("联想集团公布截至2020年6月30日的20/21财年第一财季业绩。", "2020-08-13",
     [("2020年6月30日的20/21财年第一财季", "2020-04-01", "quarter")]),
    ("联想集团截至2024年12月31日止第三财季营业额增长20%。", "2025-02-20",
     [("2024年12月31日止第三财季", "2024-10-01", "quarter")]),
    ("阿里巴巴昨日公佈截至9月底的2026財年第2季業績。", "2025-11-26",
     [("昨日", "2025-11-25", "day"), ("9月底的2026財年第2季", "2025-07-01", "quarter")]),
    ("聯想集團公佈截至6月底止,2023/2024財年第一季業績。", "2023-08-17",
     [("6月底止,2023/2024財年第一季", "2023-04-01", "quarter")]),
    # Class (AM en3707, read wrong alone): English names the quarter fiscal (or financial) before its end day,
    # after "the", "its" or "their" ("for its financial second quarter ended September 30"): the calendar quarter
    # the day closes, as the Chinese rows above; its number need not be the calendar's. Near miss: an end day
    # closing no calendar quarter stays a day (Nvidia's fiscal quarter to April 27).
    ("Alibaba's revenue rose 5% for its financial second quarter ended September 30.", "2025-11-26",
     [("its financial second quarter ended September 30", "2025-07-01", "quarter")]),
    ("Lenovo's revenue for the fiscal third quarter ended December 31, 2024 rose 20%.", "2025-02-20",
     [("the fiscal third quarter ended December 31, 2024", "2024-10-01", "quarter")]),
    ("Baidu posted a loss in its second quarter ended June 30, 2024.", AUGUST,
     [("its second quarter ended June 30, 2024", "2024-04-01", "quarter")]),
    ("Nvidia expects a charge in its fiscal first quarter ended April 27, 2025.", "2025-04-16",
     [("fiscal first quarter", "2025-01-01", "quarter"), ("April 27, 2025", "2025-04-27", "day")]),
    ("聯想集團截至2024年12月31日止第三財季營業額增長20%。", "2025-02-20",
     [("2024年12月31日止第三財季", "2024-10-01", "quarter")]),
    # Must not change: a fiscal quarter ending no calendar quarter (Nvidia's, to April 27), a fiscal quarter with
    # no end day, one after a day with no 截至.
    ("英伟达预计将在截至4月27日的第一财季计提55亿美元费用。", "2025-04-16", [("4月27日", "2025-04-27", "day")]),
    ("輝達預計將在截至4月27日的第一財季計提55億美元費用。", "2025-04-16", [("4月27日", "2025-04-27", "day")]),
    ("京东公布2025财年第三季度业绩。", "2025-11-14", [("2025财年第三季度", "2025-07-01", "quarter")]),
    ("阿里巴巴9月30日的第二财季会议已结束。", "2025-11-26", [("9月30日", "2025-09-30", "day")]),
    # Must not change: a fiscal quarter's number (Alibaba's, Lenovo's), a quarter after 的, a quarter with no
    # end day.
    ("Alibaba reported results for the fourth quarter ended March 31, 2024.", AUGUST,
     [("the fourth quarter", "2023-10-01", "quarter"), ("March 31, 2024", "2024-03-31", "day")]),
    ("聯想集團截至2024年12月31日止第三季度營業額增長20%。", "2025-02-20",
     [("2024年12月31日", "2024-12-31", "day"), ("第三季度", "2024-07-01", "quarter")]),
    ("截至9月30日的第三季度，阿里巴巴营收增长5%。", "2024-11-15",
     [("9月30日", "2024-09-30", "day"), ("第三季度", "2024-07-01", "quarter")]),
    ("Tencent's revenue rose 15% in the third quarter, ended a week early.", "2024-11-15",
     [("the third quarter", "2024-07-01", "quarter")]),
]


# The interim results Hong Kong reports of a half, told by the half's end with 止: 截至…止(的)中期业绩 (zt2818,
# AAStocks' "公布截至今年6月底止中期业绩", Bastille Post's "公布截至6月底止中期業績"), as "the interim results for
# the six months ended June 30" are, and "interim results to June 30" (as "interim results ended June 30, 2021",
# en2101). Near misses: the day bounding no 中期 word, 中期 naming no results (中期目标).
INTERIM_ENDED_ROWS = [
    ("JD.com yesterday announced interim results for the six months ended June 30, 2025.", "2025-08-15",
     [("yesterday", "2025-08-14", "day"), ("the six months ended June 30, 2025", "2025-01-01", "half")]),
    ("JD.com's interim results to June 30 beat forecasts.", "2025-08-15",
     [("interim results to June 30", "2025-01-01", "half")]),
    ("京东集团昨公布截至今年6月30日止的中期业绩，其中第二季收入增长22.4%。", "2025-08-15",
     [("昨", "2025-08-14", "day"), ("今年6月30日止的中期", "2025-01-01", "half"), ("第二季", "2025-04-01", "quarter")]),
    ("中骏集团公布截至6月底止中期业绩，盈利19.17亿元。", "2025-08-20", [("6月底止中期", "2025-01-01", "half")]),
    ("截至6月30日止，腾讯累计回购股份。", "2025-08-20", [("6月30日", "2025-06-30", "day")]),
    ("腾讯截至6月30日止的中期目标已完成。", "2025-08-20", [("6月30日", "2025-06-30", "day")]),
    ("京東集團昨公布截至今年6月30日止的中期業績，其中第二季收入增長22.4%。", "2025-08-15",
     [("昨", "2025-08-14", "day"), ("今年6月30日止的中期", "2025-01-01", "half"), ("第二季", "2025-04-01", "quarter")]),
    ("中駿集團公布截至6月底止中期業績，盈利19.17億元。", "2025-08-20", [("6月底止中期", "2025-01-01", "half")]),
    ("截至6月30日止，騰訊累計回購股份。", "2025-08-20", [("6月30日", "2025-06-30", "day")]),
    ("騰訊截至6月30日止的中期目標已完成。", "2025-08-20", [("6月30日", "2025-06-30", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), INTERIM_ENDED_ROWS)
def test_interim_results_ended_on_a_day_are_the_half(sentence, published, expected):
    assert found_dates(to_simplified(sentence), published) == [
        (to_simplified(words), start, precision) for words, start, precision in expected]


@pytest.mark.parametrize(("sentence", "published", "expected"), NAMED_QUARTER_ENDED_ROWS)
def test_a_numbered_quarter_ended_on_a_day_is_one_quarter(sentence, published, expected):
    assert found_dates(to_simplified(sentence), published) == [
        (to_simplified(words), start, precision) for words, start, precision in expected]


@pytest.mark.parametrize(("sentence", "published", "expected"), PERIOD_ENDED_ROWS)
def test_a_reporting_period_named_by_its_end_is_the_period(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Twelve months or a year named by its end at December's end are that calendar year; "to" names the end as
# "ended" does ("the 12 months to the end of 2020", "the year to December"), and "the same period" after it is
# that year. Near misses: twelve months ending in another month (a span across two years) keep their end day, a
# year to a month other than December its month, and "to" after no period word is no period.
YEAR_ENDED_ROWS = [
    # English.
    ("Pinduoduo reported 788.4 million annual active buyers for the 12 months to the end of 2020. Alibaba "
     "recorded 779 million during the same period.", "2021-03-17",
     [("the 12 months to the end of 2020", "2020-01-01", "year"), ("the same period", "2020-01-01", "year")]),
    ("BYD delivered 1.57 million electric cars to customers in the year to December.", "2024-01-02",
     [("the year to December", "2023-01-01", "year")]),
    ("Alibaba served 1 billion consumers in the twelve months ended December 31, 2020.", "2021-02-02",
     [("the twelve months ended December 31, 2020", "2020-01-01", "year")]),
    ("JD.com's revenue for the year ended December 31, 2023 rose 3.7%.", "2024-03-06",
     [("the year ended December 31, 2023", "2023-01-01", "year")]),
    ("Alibaba had 1 billion consumers in the twelve months ended March 31, 2021.", "2021-05-13",
     [("March 31, 2021", "2021-03-31", "day")]),
    ("Xiaomi shipped 40 million phones in the year to March.", "2024-05-20", [("March", "2024-03-01", "month")]),
    ("Tencent extended the offer to December 31, 2023.", "2023-11-01", [("December 31, 2023", "2023-12-31", "day")]),
    # Simplified Chinese.
    ("截至2020年12月31日止十二个月，阿里巴巴年度活跃消费者达7.79亿。", "2021-02-02",
     [("2020年12月31日止十二个月", "2020-01-01", "year")]),
    ("截至2023年12月31日止12个月，京东年度活跃用户为5.9亿。", "2024-03-06",
     [("2023年12月31日止12个月", "2023-01-01", "year")]),
    ("截至2021年3月31日止十二个月，阿里巴巴消费者超过10亿。", "2021-05-13",
     [("2021年3月31日", "2021-03-31", "day")]),
    # Traditional Chinese.
    ("截至2020年12月31日止十二個月，阿里巴巴年度活躍消費者達7.79億。", "2021-02-02",
     [("2020年12月31日止十二个月", "2020-01-01", "year")]),
    ("截至2023年12月31日止12個月，京東年度活躍用戶為5.9億。", "2024-03-06",
     [("2023年12月31日止12个月", "2023-01-01", "year")]),
    ("截至2021年3月31日止十二個月，阿里巴巴消費者超過10億。", "2021-05-13",
     [("2021年3月31日", "2021-03-31", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_ENDED_ROWS)
def test_twelve_months_ended_at_december_s_end_are_the_year(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (split Q, with the year-ended rows above from earlier splits): a fiscal year ending at December's end is
# the calendar year, as "the year ended December 31" is; a bare "period" named by its end is the period the
# sentence's words tell ("quarterly revenue … for the period ended March 31" is the first quarter; 中期业绩 a
# half), else its end day. Near misses: "as of" a day, a bare period with no word
# telling it or with words telling two, a non-results noun ended on a day, 止年度 ending in March.
PERIOD_TOLD_ROWS = [
    # English.
    ("Pinduoduo announced its results for the fourth quarter and the fiscal year ended December 31, 2019.",
     "2020-03-11", [("the fourth quarter", "2019-10-01", "quarter"),
                    ("the fiscal year ended December 31, 2019", "2019-01-01", "year")]),
    ("JD.com's revenue for the financial year ended December 31, 2023 rose 3.7%.", "2024-03-06",
     [("the financial year ended December 31, 2023", "2023-01-01", "year")]),
    ("PDD reported quarterly revenue of 95.67 billion yuan for the period ended March 31.", "2025-05-27",
     [("the period ended March 31", "2025-01-01", "quarter")]),
    ("Xiaomi posted interim results: revenue for the period ended June 30, 2024 rose 32%.", AUGUST,
     [("the period ended June 30, 2024", "2024-01-01", "half")]),
    ("Meituan's annual transacting users for the reporting period ended December 31 grew.", "2025-03-20",
     [("the reporting period ended December 31", "2024-01-01", "year")]),
    ("As of December 31, 2019, Pinduoduo had 585 million annual active buyers.", "2020-03-11",
     [("December 31, 2019", "2019-12-31", "day")]),
    ("Baidu's revenue for the period ended March 31 rose.", "2025-05-20", [("March 31", "2025-03-31", "day")]),
    ("Baidu's quarterly and annual revenue for the period ended December 31 rose.", "2025-02-20",
     [("December 31", "2024-12-31", "day")]),
    ("Tencent's quarterly promotion ended March 31.", "2025-05-20", [("March 31", "2025-03-31", "day")]),
    ("NetEase's quarterly revenue for the period ended May 31 rose.", AUGUST, [("May 31", "2024-05-31", "day")]),
    # Simplified Chinese.
    ("截至2019年12月31日止年度，腾讯收入增长21%。", "2020-03-18", [("2019年12月31日止年度", "2019-01-01", "year")]),
    ("截至2023年12月31日止财政年度，京东收入增长3.7%。", "2024-03-06",
     [("2023年12月31日止财政年度", "2023-01-01", "year")]),
    ("小米中期业绩显示，截至2024年6月30日止期间收入增长32%。", AUGUST, [("2024年6月30日止期间", "2024-01-01", "half")]),
    ("截至2025年3月31日止期间，拼多多季度收入为957亿元。", "2025-05-27",
     [("2025年3月31日止期间", "2025-01-01", "quarter")]),
    ("截至2024年3月31日止年度，阿里巴巴收入增长8%。", "2024-05-18", [("2024年3月31日", "2024-03-31", "day")]),
    ("截至2025年3月31日止期间，阿里巴巴收入增长。", "2025-05-15", [("2025年3月31日", "2025-03-31", "day")]),
    ("截至2019年12月31日，拼多多年度活跃买家达5.85亿。", "2020-03-11", [("2019年12月31日", "2019-12-31", "day")]),
    # Traditional Chinese.
    ("截至2019年12月31日止財政年度，騰訊收入增長21%。", "2020-03-18",
     [("2019年12月31日止财政年度", "2019-01-01", "year")]),
    ("截至二零二三年十二月三十一日止年度，美團收入增長26%。", "2024-03-22",
     [("二零二三年十二月三十一日止年度", "2023-01-01", "year")]),
    ("小米中期業績顯示，截至2024年6月30日止期間收入增長32%。", AUGUST, [("2024年6月30日止期间", "2024-01-01", "half")]),
    ("截至2024年3月31日止年度，阿里巴巴收入增長8%。", "2024-05-18", [("2024年3月31日", "2024-03-31", "day")]),
    ("截至2025年3月31日止期間，阿里巴巴收入增長。", "2025-05-15", [("2025年3月31日", "2025-03-31", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), PERIOD_TOLD_ROWS)
def test_a_fiscal_year_or_a_period_the_sentence_tells_is_that_period(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (split S, read wrong alone): two counts told together before one end ("the three months and six months
# ended June 30, 2025", the results releases' frame) are two periods, each as long as its count; a count spanning
# no period (nine months) names none, and its end day stays a date of its own when its words lie apart from it.
COUNTED_TOGETHER_ROWS = [
    # English.
    ("Kuaishou today announced its unaudited consolidated results for the three months and six months ended "
     "June 30, 2025.", "2025-08-21",
     [("today", "2025-08-21", "day"), ("three months", "2025-04-01", "quarter"),
      ("six months ended June 30, 2025", "2025-01-01", "half")]),
    ("Pinduoduo reported results for the three and six months ended June 30, 2024.", AUGUST,
     [("three", "2024-04-01", "quarter"), ("six months ended June 30, 2024", "2024-01-01", "half")]),
    ("JD.com's revenue grew in the three-month and six-month periods ended June 30, 2024.", AUGUST,
     [("three-month", "2024-04-01", "quarter"), ("six-month periods ended June 30, 2024", "2024-01-01", "half")]),
    ("Baidu announced results for the three and nine months ended September 30, 2024.", "2024-11-21",
     [("three", "2024-07-01", "quarter"), ("September 30, 2024", "2024-09-30", "day")]),
    # Must not change: counts ending no quarter's end, nine months alone.
    ("Nio reported results for the three and six months ended May 31, 2024.", AUGUST,
     [("May 31, 2024", "2024-05-31", "day")]),
    ("Baidu's revenue for the nine months ended September 30, 2024 fell.", "2024-11-21",
     [("September 30, 2024", "2024-09-30", "day")]),
    # Simplified Chinese.
    ("快手公布截至2025年6月30日止三个月及六个月的未经审核综合业绩。", "2025-08-21",
     [("2025年6月30日止三个月", "2025-04-01", "quarter"), ("六个月", "2025-01-01", "half")]),
    ("百度公布截至2024年9月30日止三个月和九个月的业绩。", "2024-11-21",
     [("2024年9月30日止三个月", "2024-07-01", "quarter")]),
    ("蔚来公布截至2024年5月31日止三个月及六个月的业绩。", AUGUST, [("2024年5月31日", "2024-05-31", "day")]),
    # Traditional Chinese.
    ("快手公佈截至二零二五年六月三十日止三個月及六個月的未經審核綜合業績。", "2025-08-21",
     [("二零二五年六月三十日止三个月", "2025-04-01", "quarter"), ("六个月", "2025-01-01", "half")]),
    ("小米公佈截至2024年12月31日止三個月及十二個月的業績。", "2025-03-18",
     [("2024年12月31日止三个月", "2024-10-01", "quarter"), ("十二个月", "2024-01-01", "year")]),
    ("百度公佈截至2024年9月30日止九個月的業績。", "2024-11-21", [("2024年9月30日", "2024-09-30", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), COUNTED_TOGETHER_ROWS)
def test_two_counts_told_together_before_one_end_are_two_periods(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (splits AI and AJ, read wrong alone / not read): a year the words call fiscal (fiscal or financial year,
# 财政年度, 财年) that ends at the end of a month other than December is placed as dates_fiscal places a fiscal
# year, on the calendar year holding its first month: "Lenovo's revenue for the fiscal year ended March 31" told in
# May 2024 is 2023 (en3320), "a net profit … for the fiscal year ended March" told in May 2012 is 2011 (en3420).
# Near misses: a year not called fiscal ("the year ending in April" is annotated as its end month, en2810; 止年度),
# twelve months ending in September (annotated as the end day, en707), a fiscal year ending in December.
FISCAL_YEAR_ENDED_ROWS = [
    # English.
    ("Lenovo's revenue for the fiscal year ended March 31 decreased by 8% to $56.9 billion.", "2024-05-23",
     [("the fiscal year ended March 31", "2023-01-01", "year")]),
    ("Lenovo posted a net profit of $472.99 million for the fiscal year ended March, it said.", "2012-05-23",
     [("the fiscal year ended March", "2011-01-01", "year")]),
    ("Alibaba's revenue for the fiscal year ended March 31, 2024 rose.", AUGUST,
     [("the fiscal year ended March 31, 2024", "2023-01-01", "year")]),
    ("Microsoft's revenue for the financial year ending June 30, 2024 rose 16%.", AUGUST,
     [("the financial year ending June 30, 2024", "2023-01-01", "year")]),
    ("ByteDance's revenue more than tripled for the year ending in April.", "2022-06-01",
     [("April", "2022-04-01", "month")]),
    ("Alibaba's net profit for the year ended March 2020 rose.", "2021-04-11", [("March 2020", "2020-03-01", "month")]),
    ("For the 12 months ended September 30, the number of Pinduoduo's buyers grew.", "2022-11-20",
     [("September 30", "2022-09-30", "day")]),
    ("Baidu's revenue for the fiscal year ended December 31, 2024 fell.", "2025-02-20",
     [("the fiscal year ended December 31, 2024", "2024-01-01", "year")]),
    # Simplified Chinese.
    ("截至2024年3月31日止财政年度，阿里巴巴收入增长8%。", "2024-05-18",
     [("2024年3月31日止财政年度", "2023-01-01", "year")]),
    ("截至2024年3月31日止财年，联想集团收入下降8%。", "2024-05-23", [("2024年3月31日止财年", "2023-01-01", "year")]),
    ("截至2024年3月31日止年度，阿里巴巴收入增长8%。", "2024-05-18", [("2024年3月31日", "2024-03-31", "day")]),
    ("截至2024年9月30日止十二个月，拼多多活跃买家增长。", "2024-11-20", [("2024年9月30日", "2024-09-30", "day")]),
    # Traditional Chinese.
    ("截至2024年3月31日止財政年度，聯想集團收入下降8%。", "2024-05-23",
     [("2024年3月31日止财政年度", "2023-01-01", "year")]),
    ("截至二零二四年三月三十一日止財年，阿里巴巴收入增長8%。", "2024-05-18",
     [("二零二四年三月三十一日止财年", "2023-01-01", "year")]),
    ("截至2024年3月31日止年度，阿里巴巴收入增長8%。", "2024-05-18", [("2024年3月31日", "2024-03-31", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), FISCAL_YEAR_ENDED_ROWS)
def test_a_fiscal_year_ended_in_another_month_is_the_calendar_year_of_its_first_month(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (split W, read wrong alone): "interim results ended June 30, 2021" names the half Hong Kong's interim
# results report, as 截至6月底止中期业绩 does (en2101: "released its 2021 Q2 and interim results ended June 30, 2021"
# is the first half of 2021). Near misses: interim results told on a day ("on June 30"), an end that closes no half.
INTERIM_RESULTS_ENDED_ROWS = [
    # English.
    ("The company released its 2021 Q2 and interim results ended June 30, 2021 on the Hong Kong Stock Exchange.",
     "2021-08-30",
     [("2021 Q2", "2021-04-01", "quarter"), ("interim results ended June 30, 2021", "2021-01-01", "half")]),
    ("Xiaomi released its interim results ending June 30 on Tuesday.", AUGUST,
     [("interim results ending June 30", "2024-01-01", "half"), ("Tuesday", "2024-08-20", "day")]),
    ("Xiaomi released its interim results on June 30.", AUGUST, [("June 30", "2024-06-30", "day")]),
    ("Xiaomi released interim results ended March 31, 2024.", AUGUST, [("March 31, 2024", "2024-03-31", "day")]),
    # Simplified Chinese.
    ("美团公布截至6月底止中期业绩，收入增长21%。", AUGUST, [("6月底止中期", "2024-01-01", "half")]),
    ("美团于6月30日公布中期业绩。", AUGUST, [("6月30日", "2024-06-30", "day")]),
    # Traditional Chinese.
    ("美團公布截至6月底止中期業績，收入增長21%。", AUGUST, [("6月底止中期", "2024-01-01", "half")]),
    ("美團於6月30日公布中期業績。", AUGUST, [("6月30日", "2024-06-30", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), INTERIM_RESULTS_ENDED_ROWS)
def test_interim_results_named_by_their_end_are_the_half(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]
