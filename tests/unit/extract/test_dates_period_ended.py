"""A reporting period named by its end is that period: three months ending at a quarter's end are the
quarter, six months ending at June's or December's end the half ("the quarter ending June 30", "the six
months ended 30 June 2022", 截至2024年6月30日止三个月, 截至二零二二年六月三十日止六個月). A quarter named
after its end day ("截至9月30日的第三季度") leaves the day a date of its own. Nine months and fiscal years stay
their end day (no nine-month period in the data model; a fiscal year ending in March is no calendar year).

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import found_dates

AUGUST = "2024-08-20"

PERIOD_ENDED_ROWS = [
    # English.
    ("Pinduoduo reported record revenue for the quarter ending June 30.", AUGUST,
     [("the quarter ending June 30", "2024-04-01", "quarter")]),
    ("In the three months ended June 30, 2024, Baidu's revenue fell 0.4%.", AUGUST,
     [("the three months ended June 30, 2024", "2024-04-01", "quarter")]),
    ("For the three-month period ending in June, Tencent recorded a profit.", AUGUST,
     [("the three-month period ending in June", "2024-04-01", "quarter")]),
    ("SenseTime's revenue for the six months ended 30 June 2022 fell.", AUGUST,
     [("the six months ended 30 June 2022", "2022-01-01", "half")]),
    # Must not change: nine months, a fiscal year, three months not ending a quarter, no period word.
    ("For the nine months ended September 30, 2023, Baidu grew.", AUGUST,
     [("September 30, 2023", "2023-09-30", "day")]),
    ("Alibaba's revenue for the fiscal year ended March 31, 2024 rose.", AUGUST,
     [("March 31, 2024", "2024-03-31", "day")]),
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
    # Must not change: no 截至 before it ("the quarterly meeting on June 30"), a season, a day ending no quarter.
    ("京东在6月30日的季度会议上公布了计划。", AUGUST, [("6月30日", "2024-06-30", "day")]),
    ("截至6月30日的季节性促销已结束。", AUGUST, [("6月30日", "2024-06-30", "day")]),
    ("截至2024年5月31日的季度，蔚来销量增长。", AUGUST, [("2024年5月31日", "2024-05-31", "day")]),
    # Traditional Chinese.
    ("截至二零二二年六月三十日止六個月，商湯收入下降。", AUGUST,
     [("二零二二年六月三十日止六個月", "2022-01-01", "half")]),
    ("截至2024年9月30日止三個月，騰訊收入增長。", "2024-11-15", [("2024年9月30日止三個月", "2024-07-01", "quarter")]),
    ("截至6月30日止六個月，美團收入增長。", AUGUST, [("6月30日止六個月", "2024-01-01", "half")]),
    ("截至2024年6月30日，台積電現金達2兆元。", AUGUST, [("2024年6月30日", "2024-06-30", "day")]),
    ("阿里巴巴今天公佈了截至2024年9月30日的季度業績。", "2024-11-15",
     [("今天", "2024-11-15", "day"), ("2024年9月30日的季度", "2024-07-01", "quarter")]),
    ("京東在6月30日的季度會議上公佈了計劃。", AUGUST, [("6月30日", "2024-06-30", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), PERIOD_ENDED_ROWS)
def test_a_reporting_period_named_by_its_end_is_the_period(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]
