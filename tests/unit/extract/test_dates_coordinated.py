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
    # near-miss: a show's seasons are no quarters
    pytest.param(["騰訊視頻2024年上架《繁花》第一、二季。"], "2024-09-01", [("2024年", "2024-01-01", "year")],
                 id="hant-stays-show-seasons"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_each_coordinated_part_is_a_period_of_the_year_written_once(sentences, published, expected):
    assert dated(sentences, published) == expected


@pytest.mark.parametrize("text", ["the first and second quarters", "Q1 to Q3 2024", "2024年一至三季度",
                                  "2024年3、4月", "first half of 2023"])
def test_the_reader_leaves_what_is_no_pair_of_parts_of_a_stated_year(text):
    assert read_coordinated_dates(text) == []
