"""Results news and the periods it reports: comparisons counted from the period in focus.

A results article reports a period (a month, quarter or half) and compares it with others: "the same
period last year", "the year-ago quarter", "the previous quarter", "the same period", 去年同期, 上一季度,
前一季, 当季, 同期 count from the last such period read before them, in the sentence or any before it,
that was not itself a comparison (``dates_chain.in_focus``). With none, "the previous quarter" and
上季度 count from publication's quarter; a comparison with nothing to compare names no period.

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import read_in_order

WEDNESDAY = "2025-03-12"


COMPARED_ROWS = [
    # English. https://www.bbc.com (BYD overtakes Tesla, 2024-01), paraphrased: the previous quarter and
    # the same period count from the quarter reported, not from the filing's day, nor from each other.
    ("Tesla delivered 484,507 cars in the fourth quarter of 2024, according to a filing on Tuesday, up 11% "
     "from the previous quarter. BYD reported sales on Monday of 526,409 for the same period.", WEDNESDAY,
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("Tuesday", "2025-03-11", "day"),
      ("the previous quarter", "2024-07-01", "quarter"), ("Monday", "2025-03-10", "day"),
      ("the same period", "2024-10-01", "quarter")]),
    ("In the first quarter of this year, Tencent's revenue was flat. Its net profit fell 23%. Value-added "
     "services stayed at the level of the same period last year.", "2025-05-19",
     [("the first quarter of this year", "2025-01-01", "quarter"),
      ("the same period last year", "2024-01-01", "quarter")]),
    ("Q2 revenue rose 86% from the same period last year. Q2 net income rose 125% from the same quarter "
     "of 2023. In this quarter, revenues from online marketing grew.", "2024-08-26",
     [("Q2", "2024-04-01", "quarter"), ("the same period last year", "2023-04-01", "quarter"),
      ("Q2", "2024-04-01", "quarter"), ("the same quarter of 2023", "2023-04-01", "quarter"),
      ("this quarter", "2024-04-01", "quarter")]),
    ("Alibaba's revenue in the December quarter rose 8% from the year-ago quarter.", WEDNESDAY,
     [("the December quarter", "2024-10-01", "quarter"), ("the year-ago quarter", "2023-10-01", "quarter")]),
    ("In the first half of 2024, Baidu's revenue fell 2% from the same period a year earlier.", WEDNESDAY,
     [("the first half of 2024", "2024-01-01", "half"), ("the same period a year earlier", "2023-01-01", "half")]),
    ("In February, Xiaomi sold 30,000 cars, up from the same month last year.", WEDNESDAY,
     [("February", "2025-02-01", "month"), ("the same month last year", "2024-02-01", "month")]),
    ("Xiaomi shipped 10 million phones in the third quarter of 2024, up from 9 million a quarter earlier.",
     WEDNESDAY,
     [("the third quarter of 2024", "2024-07-01", "quarter"), ("a quarter earlier", "2024-04-01", "quarter")]),
    # "A year earlier" after a quarter is that quarter a year back.
    ("Tesla delivered 484,507 cars in the fourth quarter of 2024, up 20% from a year earlier. BYD sold fewer in "
     "the same quarter last year.", WEDNESDAY,
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("a year earlier", "2023-10-01", "quarter"),
      ("the same quarter last year", "2023-10-01", "quarter")]),
    ("BYD sold fewer cars in the same quarter last year.", WEDNESDAY, []),
    # "From a year ago" compares with the period reported a year back, as "a year earlier" does (Trip.com's
    # results, SCMP 2020-12, paraphrased: "Revenue was 5.5 billion yuan, a 48 percent decrease from a year
    # ago"); with none reported it is the year before publication's, and "a year ago" told alone stays so.
    ("Baidu's revenue fell in the fourth quarter of 2024. That is down 2% from a year ago.", WEDNESDAY,
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("a year ago", "2023-10-01", "quarter")]),
    ("In the first half of 2024, Xiaomi sold more phones than a year ago.", WEDNESDAY,
     [("the first half of 2024", "2024-01-01", "half"), ("a year ago", "2023-01-01", "half")]),
    ("Tencent's revenue rose 10% from a year ago.", WEDNESDAY, [("a year ago", "2024-01-01", "year")]),
    ("Xiaomi sold its first car a year ago, in the fourth quarter of 2024.", WEDNESDAY,
     [("a year ago", "2024-01-01", "year"), ("the fourth quarter of 2024", "2024-10-01", "quarter")]),
    # With no quarter reported, "the previous quarter" is the one before publication's; "this quarter"
    # is publication's, and so is a bare "this quarter" in a forecast, whatever was reported before.
    ("Tencent's revenue rose 5% from the previous quarter.", WEDNESDAY,
     [("the previous quarter", "2024-10-01", "quarter")]),
    ("Baidu's revenue fell in the fourth quarter of 2024. Baidu expects growth this quarter.", WEDNESDAY,
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("this quarter", "2025-01-01", "quarter")]),
    ("Baidu's revenue fell in the fourth quarter of 2024. It will invest more in this quarter.", WEDNESDAY,
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("this quarter", "2025-01-01", "quarter")]),
    # Nothing to compare with: no period; "sequentially" is no date.
    ("Tencent's revenue rose 10% from the same period last year.", WEDNESDAY, []),
    ("Tencent's revenue rose 10% from the year-ago quarter.", WEDNESDAY, []),
    ("Revenue for the quarter is expected to grow 2% to 4% sequentially.", WEDNESDAY, []),
    ("Sales rose on Tuesday from the same period last year.", WEDNESDAY, [("Tuesday", "2025-03-11", "day")]),
    # Simplified Chinese.
    ("腾讯第四季度营收增长11%，较去年同期增长。", "2025-03-19",
     [("第四季度", "2024-10-01", "quarter"), ("去年同期", "2023-10-01", "quarter")]),
    ("2024年第三季度，小米营收增长。较上一季度增长8%，较上年同期增长30%。", WEDNESDAY,
     [("2024年第三季度", "2024-07-01", "quarter"), ("上一季度", "2024-04-01", "quarter"),
      ("上年同期", "2023-07-01", "quarter")]),
    # https://www.ithome.com (H20 approved, 2025-07), paraphrased: 当季 is the quarter of the month before.
    ("今年4月，美国政府收紧管制，导致英伟达当季损失46亿美元。", "2025-07-15",
     [("今年4月", "2025-04-01", "month"), ("当季", "2025-04-01", "quarter")]),
    ("阿里巴巴2025年一季度营收增长7%，同期京东营收增长16%。", "2025-05-20",
     [("2025年一季度", "2025-01-01", "quarter"), ("同期", "2025-01-01", "quarter")]),
    ("比亚迪2024年第四季度销量增长，较2023年同期增长40%。", WEDNESDAY,
     [("2024年第四季度", "2024-10-01", "quarter"), ("2023年同期", "2023-10-01", "quarter")]),
    ("腾讯第四季度营收增长。本季度营收将创新高。", WEDNESDAY,  # a forecast: publication's quarter
     [("第四季度", "2024-10-01", "quarter"), ("本季度", "2025-01-01", "quarter")]),
    ("上季度，腾讯营收增长。", WEDNESDAY, [("上季度", "2024-10-01", "quarter")]),  # none reported: publication's
    ("腾讯营收较去年同期增长10%。", WEDNESDAY, []),
    ("2024年第三季度，小米营收较一年前增长30%。", WEDNESDAY,
     [("2024年第三季度", "2024-07-01", "quarter"), ("一年前", "2023-07-01", "quarter")]),
    ("小米营收较一年前增长30%。", WEDNESDAY, [("一年前", "2024-01-01", "year")]),
    ("2024年第三季度，小米营收增长。一年前，小米发布了汽车。", WEDNESDAY,
     [("2024年第三季度", "2024-07-01", "quarter"), ("一年前", "2024-01-01", "year")]),
    ("当季水果热销。", WEDNESDAY, []),
    ("腾讯营收同比增长10%，环比增长3%。", WEDNESDAY, []),
    # Traditional Chinese. Taiwan's press drops 度: 前一季, 上季.
    ("台積電去年第四季毛利率達62.3%，較前一季提升近3個百分點。", "2026-01-15",
     [("去年第四季", "2025-10-01", "quarter"), ("前一季", "2025-07-01", "quarter")]),
    ("騰訊第三季營收增長，較去年同期增長13%。", "2025-11-13",
     [("第三季", "2025-07-01", "quarter"), ("去年同期", "2024-07-01", "quarter")]),
    ("今年4月，美國政府收緊管制，導致輝達當季損失46億美元。", "2025-07-15",
     [("今年4月", "2025-04-01", "month"), ("当季", "2025-04-01", "quarter")]),
    ("台積電第三季營收增長，較上一季增長10%。", "2025-11-12",
     [("第三季", "2025-07-01", "quarter"), ("上一季", "2025-04-01", "quarter")]),
    ("聯發科2025年第二季營收較上季增長。", "2025-08-01",
     [("2025年第二季", "2025-04-01", "quarter"), ("上季", "2025-01-01", "quarter")]),
    ("騰訊營收較去年同期增長10%。", WEDNESDAY, []),
    ("台積電第三季營收與一年前相比增長40%。", "2025-11-12",
     [("第三季", "2025-07-01", "quarter"), ("一年前", "2024-07-01", "quarter")]),
    ("一年前，台積電宣布赴美設廠。", "2025-11-12", [("一年前", "2024-01-01", "year")]),
    ("當季水果熱銷。", WEDNESDAY, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), COMPARED_ROWS)
def test_comparisons_count_from_the_period_in_focus(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


def test_the_focus_reaches_back_over_sentences_without_dates():
    found = read_in_order("腾讯第一季度营收持平。净利润下降23%。增值服务收入与去年同期持平。", "2025-05-19")
    assert found == [("第一季度", "2025-01-01", "quarter"), ("去年同期", "2024-01-01", "quarter")]
