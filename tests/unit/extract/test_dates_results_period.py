"""A results report's references to its period and its comparison period (``dates_results_period``).

Rows are sentences in the style of results news, written for the class (not copied from the real-news
set), in English, simplified and traditional Chinese, read sentence by sentence as the pipeline reads
them (``read_in_order``: the period in focus carried on). The near-misses are rows whose reading must
stay as it was: a comparison with no results period in focus, 期内 "within the term" of a loan or
contract, "a year earlier" told of a happening, a label defined in brackets.
"""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.dates_results_period import half_reported
from lib.parse.script import to_simplified
from lib.periods import Period, parse_iso_period
from tests.date_readings import read_in_order

READS = [
    # English: the comparison counted from the quarter in focus.
    ("Xiaomi's revenue rose 9% in the third quarter of 2024. Its gross margin fell 1.5 percentage points to "
     "20.4% from a quarter ago.", "2024-11-20",
     [("the third quarter of 2024", "2024-07-01", "quarter"), ("a quarter ago", "2024-04-01", "quarter")]),
    ("JD.com reported a profit for the three months ended June 30, 2024. During the past quarter, it opened "
     "300 stores.", "2024-08-16",
     [("the three months ended June 30, 2024", "2024-04-01", "quarter"),
      ("the past quarter", "2024-04-01", "quarter")]),
    # With no quarter in focus, the past quarter is the last closed before publication.
    ("Over the past quarter, Baidu's cloud revenue rose 21%.", "2024-11-21",
     [("the past quarter", "2024-07-01", "quarter")]),
    ("In the quarter ended June, Alibaba's revenue rose 4% to 243 billion yuan.", "2024-08-15",
     [("the quarter ended June", "2024-04-01", "quarter")]),
    ("Nvidia said the rules could cut $400 million from its sales in the third fiscal quarter.", "2022-09-01",
     [("the third fiscal quarter", "2022-07-01", "quarter")]),
    # Class (AI en3311 beside H en607): the ordinal before "fiscal quarter" after "its" or "their" as after "the",
    # as 第一财季 reads; not an ordinal of something else before "fiscal".
    ("Nvidia closed out its first fiscal quarter with revenue of $44 billion.", "2025-05-29",
     [("its first fiscal quarter", "2025-01-01", "quarter")]),
    ("英伟达第一财季营收达440亿美元。", "2025-05-29", [("第一财季", "2025-01-01", "quarter")]),
    ("英偉達第一財季營收達440億美元。", "2025-05-29", [("第一财季", "2025-01-01", "quarter")]),  # read simplified
    ("Nvidia said its first fiscal results were strong.", "2025-05-29", []),
    ("Meituan's profit doubled in the second quarter. Quarterly revenue rose 21% from a year earlier to 82 "
     "billion yuan.", "2024-08-28",
     [("the second quarter", "2024-04-01", "quarter"), ("a year earlier", "2023-04-01", "quarter")]),
    ("The company reported net income of 1.2 billion yuan, compared to 800 million yuan for the same period "
     "last year.", "2024-08-20", [("the same period last year", "2023-04-01", "quarter")]),
    ("Non-GAAP net income was 3.1 billion yuan, versus 2.6 billion yuan for the same period last year.",
     "2025-03-06", [("the same period last year", "2023-10-01", "quarter")]),
    ("Kuaishou's revenue in 2Q2024 rose 12%.", "2024-08-20", [("2Q2024", "2024-04-01", "quarter")]),
    ("SenseTime's 1H2025 loss narrowed.", "2025-08-27", [("1H2025", "2025-01-01", "half")]),
    # The end of the quarter before the one in focus is its last month, as "the end of the first quarter" is.
    ("Tencent reported results for the second quarter of 2022. Headcount fell 5% from the end of the previous "
     "quarter.", "2022-08-18",
     [("the second quarter of 2022", "2022-04-01", "quarter"), ("the end of the previous quarter", "2022-03-01",
                                                                "month")]),
    ("Headcount fell 5% from the end of last quarter.", "2022-08-18", [("the end of last quarter", "2022-06-01",
                                                                       "month")]),
    ("腾讯发布2022年第二季度财报。腾讯雇员数量从上个季度末的116213名减少至94182名。", "2022-08-18",
     [("2022年第二季度", "2022-04-01", "quarter"), ("上个季度末", "2022-03-01", "month")]),
    ("騰訊發布2022年第二季度財報。員工人數較上季末減少5%。", "2022-08-18",
     [("2022年第二季度", "2022-04-01", "quarter"), ("上季末", "2022-03-01", "month")]),
    # Simplified Chinese: a half-year report, with its year or named alone, puts its half in focus.
    ("寒武纪发布2025年半年度报告，营收28.8亿元，上年同期为1.7亿元。", "2025-08-27",
     [("2025年半年度报告", "2025-01-01", "half"), ("上年同期", "2024-01-01", "half")]),
    ("寒武纪发布上市后的首份半年报。报告期内，公司营收8720万元，比2019年同期下降11%。", "2020-08-27",
     [("报告期", "2020-01-01", "half"), ("2019年同期", "2019-01-01", "half")]),
    ("中芯期内收入22亿美元，按年升16%。", "2025-08-08", [("期内", "2025-04-01", "quarter")]),
    ("华虹半导体第二季收入5.7亿美元。期内毛利率10.9%，按季升1.7个百分点。", "2025-08-08",
     [("第二季", "2025-04-01", "quarter"), ("期内", "2025-04-01", "quarter")]),
    ("期内，网易游戏净收入达220亿元。", "2026-02-11", [("期内", "2025-10-01", "quarter")]),
    ("美团公布中期业绩。期内收入按年增长21%。", "2024-08-28", [("期内", "2024-01-01", "half")]),
    # Class (split AH zs3240): an A-share report's 本期 (this period) before a figure's noun is the period reported,
    # as 期内 is ("主要系本期营业收入大幅增长所致", the reason a report gives for a change).
    ("寒武纪发布2025年半年度报告。公司表示，净利润扭亏主要系本期营业收入大幅增长所致。", "2025-08-27",
     [("2025年半年度报告", "2025-01-01", "half"), ("本期", "2025-01-01", "half")]),
    ("中芯国际发布2024年第三季度报告，本期净利润较上年同期增长56%。", "2024-11-08",
     [("2024年第三季度", "2024-07-01", "quarter"), ("本期", "2024-07-01", "quarter"),
      ("上年同期", "2023-07-01", "quarter")]),
    # Traditional Chinese, read as simplified.
    ("寒武紀發布2025年半年度報告，營收28.8億元，上年同期為1.7億元。", "2025-08-27",
     [("2025年半年度报告", "2025-01-01", "half"), ("上年同期", "2024-01-01", "half")]),
    ("騰訊期內收入1929億元，按年升15%。", "2025-11-13", [("期内", "2025-07-01", "quarter")]),
    ("美團公佈中期業績。期內收入按年增長21%。", "2024-08-28", [("期内", "2024-01-01", "half")]),
    ("中芯公佈第三季業績，期內銷售晶圓按季增長4%。", "2025-11-14",
     [("第三季", "2025-07-01", "quarter"), ("期内", "2025-07-01", "quarter")]),
    ("聯想2Q2025營收按年增長22%。", "2025-08-14", [("2Q2025", "2025-04-01", "quarter")]),
    ("寒武紀發布2025年半年度報告，主要係本期營業收入大幅增長所致。", "2025-08-27",
     [("2025年半年度报告", "2025-01-01", "half"), ("本期", "2025-01-01", "half")]),
    # Class (splits AG en3101, AH en3219): a quarter's months told as a span, "the last three months" reported
    # (the quarter in focus, else the last closed) and "the previous three months" (the one before it).
    ("Revenues of Tencent rose three per cent in the last three months, according to results published today.",
     "2021-11-10", [("the last three months", "2021-07-01", "quarter"), ("today", "2021-11-10", "day")]),
    ("PDD said revenue in the first quarter rose 10 percent. That was down on the 24 percent growth recorded in "
     "the previous three months.", "2025-05-28",
     [("the first quarter", "2025-01-01", "quarter"), ("the previous three months", "2024-10-01", "quarter")]),
    ("Baidu's net profit rose 20% during the past three months, its earnings showed.", "2024-11-21",
     [("the past three months", "2024-07-01", "quarter")]),
]

NEAR_MISSES = [
    # A comparison with no results period in focus names none.
    ("Tencent's revenue rose 10% from the same period last year.", "2025-03-12", []),
    ("Alibaba's revenue was 10 billion yuan, compared to 9 billion yuan for the same period.", "2025-03-12", []),
    ("腾讯营收较去年同期增长10%。", "2025-03-12", []),
    ("騰訊營收較去年同期增長10%。", "2025-03-12", []),
    ("BYD's sales rose 5% from a year earlier.", "2025-03-12", []),
    # With none in focus, a figure set against "a year earlier" keeps the date before's month a year back.
    ("Meituan said Tuesday that net profit tripled from a year earlier.", "2024-11-29",
     [("Tuesday", "2024-11-26", "day"), ("a year earlier", "2023-11-01", "month")]),
    # "A year earlier" told of a happening stays the date before's year, its month kept.
    ("Meituan reported third-quarter results on Friday. It entered Hong Kong in May 2023; a year earlier, "
     "it had tested drones there.", "2024-11-29",
     [("third-quarter", "2024-07-01", "quarter"), ("Friday", "2024-11-29", "day"),
      ("May 2023", "2023-05-01", "month"), ("a year earlier", "2022-05-01", "month")]),
    # "the past three months" with no results figure is a window ending now, no quarter; nor are 过去三个月 and
    # 近三個月, which the Chinese press writes of a share price's or an app's window.
    ("Tencent's shares have fallen 20 per cent in the past three months.", "2021-11-10", []),
    ("腾讯股价过去三个月下跌20%。", "2021-11-10", []),
    ("騰訊股價近三個月下跌20%。", "2021-11-10", []),
    # 期内 within a term: a loan's, a contract's; 短期内 "in the short run".
    ("该笔贷款期内利息收入为5亿元。", "2025-08-08", []),
    ("合同期内收入将按月分摊确认。", "2025-08-08", []),
    ("短期内营收难以回升。", "2025-08-08", []),
    ("合約期內收入按月確認。", "2025-08-08", []),
    ("短期內營收難以回升。", "2025-08-08", []),
    # 本期 not before a figure's noun: a show's or a magazine's issue (本期节目), Japan's futures (日本期货).
    ("寒武纪发布2025年半年度报告。本期节目将邀请公司高管解读。", "2025-08-27",
     [("2025年半年度报告", "2025-01-01", "half")]),
    ("日本期货交易所的成交量回升。", "2025-08-27", []),
    ("寒武紀發布2025年半年度報告。本期雜誌專訪公司高管。", "2025-08-27",
     [("2025年半年度报告", "2025-01-01", "half")]),
    # A half-year report's name without its year is no date of its own.
    ("寒武纪实现首次半年度盈利。", "2025-08-28", []),
    ("寒武紀實現首次半年度盈利。", "2025-08-28", []),
    # A label defined in brackets is the short name of the period just stated, no date of its own.
    ("SenseTime announced its interim results for the six months ended 30 June 2024 (“1H2024”).", "2024-08-27",
     [("the six months ended 30 June 2024", "2024-01-01", "half")]),
    # "The past two quarters" is a span, and "the quarter ended June 30" is read with its day.
    ("Over the past two quarters, Baidu's revenue rose.", "2024-11-21", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), READS + NEAR_MISSES)
def test_results_period_references(text, published, expected):
    assert read_in_order(text, published) == expected


# Class: a year-less quarter or half right before a results noun ("first-quarter results", "Q4 earnings",
# 一季度财报, 第二季業績) is the period the report covers, already begun by publication: a release cue before
# it ("is scheduled to release", "将于…发布", "預計…公布") dates the release, not the period, so the quarter
# does not move a year ahead. Near-misses: a plan or a guidance figure for a quarter with no results noun
# still lies ahead.
RESULTS_RELEASE_ROWS = [
    ("Nvidia is scheduled to release its fiscal first-quarter results on May 28.", "2025-04-16",
     [("first-quarter", "2025-01-01", "quarter"), ("May 28", "2025-05-28", "day")]),
    ("Tencent will report its fourth-quarter and full-year results in March.", "2025-01-20",
     [("fourth-quarter", "2024-10-01", "quarter"), ("full-year", "2024-01-01", "year"),
      ("March", "2025-03-01", "month")]),
    ("Alibaba is set to announce its Q4 earnings on February 20.", "2025-01-20",
     [("Q4", "2024-10-01", "quarter"), ("February 20", "2025-02-20", "day")]),
    ("小米将发布一季度财报。", "2025-04-16", [("一季度", "2025-01-01", "quarter")]),
    ("腾讯将公布第二季度业绩，市场预期营收增长一成。", "2025-07-10", [("第二季度", "2025-04-01", "quarter")]),
    ("小米将于5月27日发布一季度财报。", "2025-04-16",
     [("5月27日", "2025-05-27", "day"), ("一季度", "2025-01-01", "quarter")]),
    ("小米將公布第一季財報。", "2025-04-16", [("第一季", "2025-01-01", "quarter")]),
    ("騰訊將公布第二季度業績，市場預期營收增長一成。", "2025-07-10", [("第二季度", "2025-04-01", "quarter")]),
    ("美團將發布第四季度未經審計財報。", "2025-02-10", [("第四季度", "2024-10-01", "quarter")]),
    # near-misses: a plan or guidance for a quarter, no results noun, still lies ahead
    ("Xiaomi will start deliveries of the YU7 in the first quarter.", "2024-12-26",
     [("the first quarter", "2025-01-01", "quarter")]),
    ("Analysts expect first-quarter revenue to rise 10%.", "2024-12-26", [("first-quarter", "2025-01-01", "quarter")]),
    ("小米将于一季度推出新款SUV。", "2024-12-20", [("一季度", "2025-01-01", "quarter")]),
    ("腾讯将于二季度推出新游戏，业绩有望回升。", "2025-07-10", [("二季度", "2026-04-01", "quarter")]),
    ("小米將於第一季推出新款SUV。", "2024-12-20", [("第一季", "2025-01-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), RESULTS_RELEASE_ROWS)
def test_a_release_cue_does_not_move_the_quarter_its_results_report(text, published, expected):
    assert read_in_order(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("寒武纪发布上市后的首份半年报", "2020-08-27", Period(date(2020, 1, 1), "half")),
    ("美團公佈中期業績", "2024-08-28", None),  # traditional: the pipeline hands it simplified
    ("美团公布中期业绩", "2025-03-20", Period(date(2024, 7, 1), "half")),
    ("SenseTime announced its interim results today", "2024-08-27", Period(date(2024, 1, 1), "half")),
    ("Xiaomi announced its half-year results", "2025-02-10", Period(date(2024, 7, 1), "half")),
    ("Xiaomi announced its quarterly results", "2025-08-20", None),
])
def test_half_reported(text, published, expected):
    assert half_reported(text, parse_iso_period(published)) == expected


def test_half_reported_needs_a_publication_date_or_a_half_told():
    assert half_reported("寒武纪发布半年报", None) is None
    told = Period(date(2025, 1, 1), "half")
    assert half_reported("寒武纪在半年报中表示", None, told) == told
    assert half_reported("寒武纪在财报中表示", None, told) is None
    first_half_2020 = Period(date(2020, 1, 1), "half")
    assert half_reported("寒武纪发布上市后的首份半年报", parse_iso_period("2020-08-27"), told) == first_half_2020


# The quarter reported named by reference: "the latest quarter", "the most recent quarter" (as "the past
# quarter"), 该季度 / 該季 ("that quarter") and 这一季度: the quarter in focus; with none, "the latest
# quarter" is the last closed before publication, 该季度 names nothing and 这一季度 is publication's
# quarter, as 这个季度 is. Near-misses: "latest quarterly", "quarter-century", a city's quarter,
# 季节 (season).
QUARTER_IN_FOCUS_ROWS = [
    # English.
    ("Xpeng delivered 40,008 vehicles in the third quarter of 2023. Its gross margin turned negative in the "
     "latest quarter.", "2023-11-15",
     [("the third quarter of 2023", "2023-07-01", "quarter"), ("the latest quarter", "2023-07-01", "quarter")]),
    ("Li Auto overtook Nio in deliveries in the latest quarter as demand for hybrids grew.", "2024-01-03",
     [("the latest quarter", "2023-10-01", "quarter")]),
    ("Alibaba reported results for the quarter ended June. In the most recent quarter, cloud revenue rose 26%.",
     "2025-08-29",
     [("the quarter ended June", "2025-04-01", "quarter"), ("the most recent quarter", "2025-04-01", "quarter")]),
    ("Over the most recent quarter, Baidu's ad revenue fell 6%.", "2025-05-21",
     [("the most recent quarter", "2025-01-01", "quarter")]),
    ("Tencent's latest quarterly report is due in May.", "2025-04-10", [("May", "2025-05-01", "month")]),
    ("Chip sales grew more in the latest quarter-century than ever.", "2025-04-10", []),
    ("The latest quarter of Shanghai to be rebuilt lies by the river.", "2025-04-10", []),
    # "the last quarter" alone is the latest (AJ en3412), as 上季度 told alone is; "of" a year makes it that
    # year's fourth, and "the last quarter century" is 25 years.
    ("Huawei slumped down the rankings of global smartphone sellers in the last quarter.", "2021-01-20",
     [("the last quarter", "2020-10-01", "quarter")]),
    ("Xpeng delivered 40,008 vehicles in the third quarter of 2023. Its margin turned negative in the last "
     "quarter.", "2023-11-15",
     [("the third quarter of 2023", "2023-07-01", "quarter"), ("the last quarter", "2023-07-01", "quarter")]),
    ("In the last quarter of 2021, BYD sold 60,000 cars.", "2022-02-11",
     [("the last quarter of 2021", "2021-10-01", "quarter")]),
    ("Over the last quarter century, Huawei grew into a giant.", "2022-02-11", []),
    # Class (date words not read, V en2203, AK en3541, en3404): "recent", "recently ended" name the latest quarter
    # as "latest" does, after "its" as after "the", and "their latest quarters" is each company's own; a
    # quarter in focus older than the last closed by publication (a year-ago figure told just before) is not
    # the latest. "The recent quarters" is a span. Chinese 最新季度 stays unread: zt608 and zt3039 annotate none.
    ("Xiaomi took a 17 per cent share in the recent quarter.", "2021-07-16",
     [("the recent quarter", "2021-04-01", "quarter")]),
    ("Total income in the recently ended quarter came to $2.7 billion, down from the same period the previous "
     "year.", "2016-10-28",
     [("the recently ended quarter", "2016-07-01", "quarter"),
      ("the same period the previous year", "2015-07-01", "quarter")]),
    ("Alibaba and JD.com both posted robust growth in their latest quarters.", "2019-11-26",
     [("their latest quarters", "2019-07-01", "quarter")]),
    ("Alibaba said its cloud grew in its latest quarter.", "2019-11-26",
     [("its latest quarter", "2019-07-01", "quarter")]),
    ("In Q2 2020, Xiaomi shipped 29 million phones. It took a 17 per cent share in the latest quarter.",
     "2021-07-16", [("Q2 2020", "2020-04-01", "quarter"), ("the latest quarter", "2021-04-01", "quarter")]),
    ("Baidu's revenue rose over the recent quarters.", "2021-07-16", []),
    ("小米最新季度收入增长20%。", "2021-07-16", []),
    ("網易最新季度的表現不俗。", "2021-07-16", []),
    ("华为上季度在全球智能手机销量排名中下滑。", "2021-01-20", [("上季度", "2020-10-01", "quarter")]),
    ("華為上季度在全球智慧型手機銷量排名中下滑。", "2021-01-20", [("上季度", "2020-10-01", "quarter")]),
    ("比亚迪去年最后一个季度卖出60万辆车。", "2022-02-11", [("去年最后一个季度", "2021-10-01", "quarter")]),
    ("比亞迪去年最後一個季度賣出60萬輛車。", "2022-02-11", [("去年最後一個季度", "2021-10-01", "quarter")]),
    # Simplified Chinese.
    ("小米发布2025年第二季度财报，营收1160亿元，该季度智能汽车业务首次实现盈利。", "2025-08-20",
     [("2025年第二季度", "2025-04-01", "quarter"), ("该季度", "2025-04-01", "quarter")]),
    ("京东第一季度营收增长16%。该季净利润超出市场预期。", "2025-05-14",
     [("第一季度", "2025-01-01", "quarter"), ("该季", "2025-01-01", "quarter")]),
    ("蔚来2024年第四季度交付7.3万辆，这一季度毛利率升至11.7%。", "2025-03-21",
     [("2024年第四季度", "2024-10-01", "quarter"), ("这一季度", "2024-10-01", "quarter")]),
    ("该季度营收增长，公司称。", "2025-05-14", []),
    # 这一季内 (within this quarter) with no quarter in focus is publication's (zt2209); a bare 这一季 is not read.
    ("北京计划在这一季内批准进口英伟达H200芯片。", "2026-01-21", [("这一季内", "2026-01-01", "quarter")]),
    ("这一季的选手里，腾讯员工最多。", "2026-01-21", []),
    ("京东第一季度营收增长16%，该季节性因素明显。", "2025-05-14", [("第一季度", "2025-01-01", "quarter")]),
    # Traditional Chinese.
    ("阿里巴巴公布2025年第二季財報，雖然該季淨利超過市場預期，但營收略低。", "2025-08-29",
     [("2025年第二季", "2025-04-01", "quarter"), ("该季", "2025-04-01", "quarter")]),
    ("台積電第三季營收增長30%。該季度毛利率達59.5%。", "2025-10-16",
     [("第三季", "2025-07-01", "quarter"), ("该季度", "2025-07-01", "quarter")]),
    ("聯發科2025年第二季營收增長，這一季度毛利率持平。", "2025-07-31",
     [("2025年第二季", "2025-04-01", "quarter"), ("这一季度", "2025-04-01", "quarter")]),
    ("這部劇口碑不俗，該季節目收視創新高。", "2025-07-31", []),
    ("報導提到，北京計畫在這一季內，批准進口輝達晶片。", "2026-01-21", [("這一季內", "2026-01-01", "quarter")]),
    ("台積電第三季營收增長30%，這一季內毛利率持平。", "2025-10-16",
     [("第三季", "2025-07-01", "quarter"), ("這一季內", "2025-07-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), QUARTER_IN_FOCUS_ROWS)
def test_the_quarter_in_focus_named_by_reference(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
