"""Coordinated parts of one year ("the second and third quarters of 2025", "2025年第二、三季度", "the first half
year of 2019"): every part is its own period of the year written once, and that year is no event of its own.

Near-misses keep their old reading: a range of quarters ("Q1 to Q3", "一至三季度"), parts with no year, months
coordinated with 、, a half with no "year" after it.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_coordinated import read_coordinated_dates
from tests.unit.extract.test_events_news_classes import _events


def dated(sentences: list[str], published: str) -> list[tuple[str, str, str]]:
    return [(words, start, precision) for words, start, precision, *_ in _events(sentences, published)]


ROWS = [
    # ---- English -------------------------------------------------------------------------------------
    pytest.param(["Analysts estimate that in the second and third quarters of 2025, Alibaba and Meituan spent "
                  "over 100 billion yuan on subsidies."], "2025-12-01",
                 [("the second", "2025-04-01", "quarter"), ("third quarters of 2025", "2025-07-01", "quarter")],
                 id="en-ordinal-pair"),
    pytest.param(["Tencent's online advertising revenue slowed in the third and fourth quarters of 2023."],
                 "2024-03-20",
                 [("the third", "2023-07-01", "quarter"), ("fourth quarters of 2023", "2023-10-01", "quarter")],
                 id="en-ordinal-pair-last-year-of-publication"),
    pytest.param(["JD.com said losses narrowed in the first and second quarters of last year."], "2024-09-01",
                 [("the first", "2023-01-01", "quarter"), ("second quarters of last year", "2023-04-01", "quarter")],
                 id="en-ordinal-pair-relative-year"),
    pytest.param(["Baidu's cloud unit turned a profit in Q3 and Q4 of 2024."], "2025-03-01",
                 [("Q3", "2024-07-01", "quarter"), ("Q4 of 2024", "2024-10-01", "quarter")], id="en-code-pair"),
    pytest.param(["Tencent announced results for the second quarter and first half year of 2019 ended June 30, 2019."],
                 "2019-08-14",
                 [("the second quarter", "2019-04-01", "quarter"), ("first half year of 2019", "2019-01-01", "half"),
                  ("June 30, 2019", "2019-06-30", "day")], id="en-quarter-and-half-year"),
    pytest.param(["Xiaomi's smartphone shipments recovered in the second half-year of 2023."], "2024-03-01",
                 [("the second half-year of 2023", "2023-07-01", "half")], id="en-half-year"),
    # A results release's quarter and full year, the year written once: the quarter is of that year, wherever
    # the year stands ("Q4 and 2020 full year", "fourth quarter and fiscal year 2019", "… the fiscal year ended
    # December 31, 2020"); alone, a fourth quarter told in March 2021 beside "2020" was read as 2019's.
    pytest.param(["Vipshop announced its Q4 and 2020 full year earnings on Tuesday."], "2021-03-17",
                 [("Q4", "2020-10-01", "quarter"), ("2020", "2020-01-01", "year"), ("Tuesday", "2021-03-16", "day")],
                 id="en-code-and-year-full-year"),
    pytest.param(["NetEase reported its fourth quarter and 2020 full-year results."], "2021-02-25",
                 [("fourth quarter", "2020-10-01", "quarter"), ("2020", "2020-01-01", "year")],
                 id="en-ordinal-and-year-full-year"),
    pytest.param(["Baidu announced results for the fourth quarter and fiscal year 2019."], "2020-02-27",
                 [("the fourth quarter", "2019-10-01", "quarter"), ("fiscal year 2019", "2019-01-01", "year")],
                 id="en-ordinal-and-fiscal-year"),
    pytest.param(["JD.com announced results for the fourth quarter and the fiscal year ended December 31, 2020."],
                 "2021-03-11",
                 [("the fourth quarter", "2020-10-01", "quarter"),
                  ("the fiscal year ended December 31, 2020", "2020-01-01", "year")], id="en-ordinal-and-year-ended"),
    # An article with no publication date: the year written once places the quarter, which then puts "the
    # quarter" and "the same quarter of 2019" of the figures below it in focus.
    pytest.param(["Pinduoduo announced its Q4 and 2020 full year earnings.",
                  "Total revenues in the quarter were RMB26.5 billion, up 146% from RMB10.8 billion in the same "
                  "quarter of 2019."], None,
                 [("Q4", "2020-10-01", "quarter"), ("2020", "2020-01-01", "year"),
                  ("the quarter", "2020-10-01", "quarter"), ("the same quarter of 2019", "2019-10-01", "quarter")],
                 id="en-code-and-full-year-undated"),
    # near-misses: no year; a half with no "year" (read as before); a single quarter
    pytest.param(["Meituan expects the first and second quarters to be its weakest."], "2025-03-01", [],
                 id="en-stays-pair-without-year"),
    pytest.param(["Tencent revenue in the first half of 2023 rose 10%."], "2024-03-01",
                 [("the first half of 2023", "2023-01-01", "half")], id="en-stays-half"),
    pytest.param(["Alibaba's revenue in the second quarter of 2023 rose 10%."], "2024-03-01",
                 [("the second quarter of 2023", "2023-04-01", "quarter")], id="en-stays-single-quarter"),
    # ---- simplified Chinese ----------------------------------------------------------------------------
    pytest.param(["据测算，阿里巴巴和美团在2025年第二、三季度合计投入超过1000亿元。"], "2025-12-01",
                 [("2025年第二", "2025-04-01", "quarter"), ("三季度", "2025-07-01", "quarter")],
                 id="hans-ordinal-pair"),
    pytest.param(["京东2024年一、二季度的净利润均超出市场预期。"], "2025-03-10",
                 [("2024年一", "2024-01-01", "quarter"), ("二季度", "2024-04-01", "quarter")], id="hans-bare-pair"),
    pytest.param(["拼多多2023年第三和第四季度营收增速放缓。"], "2024-03-20",
                 [("2023年第三", "2023-07-01", "quarter"), ("第四季度", "2023-10-01", "quarter")], id="hans-and-pair"),
    # a quarter and its full year, the year written once before both: the quarter and 全年 are of that year
    pytest.param(["拼多多3月17日发布2020年第四季度及全年业绩。"], "2021-03-17",
                 [("3月17日", "2021-03-17", "day"), ("2020年第四季度", "2020-10-01", "quarter"),
                  ("全年", "2020-01-01", "year")], id="hans-quarter-and-full-year"),
    pytest.param(["拼多多发布2020年第四季度及全年业绩。", "本季度总营收为265亿元，较去年同期增长146%。"], None,
                 [("2020年第四季度", "2020-10-01", "quarter"), ("全年", "2020-01-01", "year"),
                  ("本季度", "2020-10-01", "quarter"), ("去年同期", "2019-10-01", "quarter")],
                 id="hans-quarter-and-full-year-undated"),
    # near-misses, read as before: a range of quarters (its span is no pair; left to a rule of ranges), months
    # coordinated with 、, two quarters each written out
    pytest.param(["京东2024年一至三季度营收增长。"], "2025-03-10",
                 [("2024年", "2024-01-01", "year"), ("三季度", "2024-07-01", "quarter")], id="hans-stays-range"),
    pytest.param(["小米2024年3、4月的出货量回升。"], "2024-06-01",
                 [("2024年3", "2024-03-01", "month"), ("4月", "2024-04-01", "month")], id="hans-stays-months"),
    pytest.param(["阿里巴巴2025年第二季度和第三季度营收增长。"], "2025-12-01",
                 [("2025年第二季度", "2025-04-01", "quarter"), ("第三季度", "2025-07-01", "quarter")],
                 id="hans-stays-written-out"),
    # ---- traditional Chinese ---------------------------------------------------------------------------
    pytest.param(["阿里巴巴和美團在2025年第二、三季合計投入超過1000億元。"], "2025-12-01",
                 [("2025年第二", "2025-04-01", "quarter"), ("三季", "2025-07-01", "quarter")], id="hant-pair-no-du"),
    pytest.param(["騰訊2023年第三、第四季度遊戲收入下滑。"], "2024-03-20",
                 [("2023年第三", "2023-07-01", "quarter"), ("第四季度", "2023-10-01", "quarter")], id="hant-both-di"),
    pytest.param(["台積電2024年一、二季營收創新高。"], "2024-09-01",
                 [("2024年一", "2024-01-01", "quarter"), ("二季", "2024-04-01", "quarter")], id="hant-bare-pair"),
    pytest.param(["拼多多公布2020年第四季及全年業績。"], "2021-03-17",
                 [("2020年第四季", "2020-10-01", "quarter"), ("全年", "2020-01-01", "year")],
                 id="hant-quarter-and-full-year"),
    # near-miss: a show's seasons are no quarters
    pytest.param(["騰訊視頻2024年上架《繁花》第一、二季。"], "2024-09-01", [("2024年", "2024-01-01", "year")],
                 id="hant-stays-show-seasons"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_each_coordinated_part_is_a_period_of_the_year_written_once(sentences, published, expected):
    assert dated(sentences, published) == expected


@pytest.mark.parametrize("text", ["the first and second quarters", "Q1 to Q3 2024", "2024年一至三季度",
                                  "2024年3、4月", "first half of 2023", "Q4 and full-year guidance",
                                  "the fourth quarter and a full year of 2020 growth"])
def test_the_reader_leaves_what_is_no_pair_of_parts_of_a_stated_year(text):
    assert read_coordinated_dates(text) == []
