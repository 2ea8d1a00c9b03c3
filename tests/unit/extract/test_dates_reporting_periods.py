"""Results news and the periods it reports: comparisons counted from the period in focus.

A results article reports a period (a month, quarter or half) and compares it with others: "the same
period last year", "the year-ago quarter", "the previous quarter", "the same period", 去年同期, 上一季度,
前一季, 当季, 同期 count from the last such period read before them, in the sentence or any before it,
that was not itself a comparison (``dates_carried_forward.in_focus``). With none, "the previous quarter" and
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
    # "for this quarter" tells a figure of the quarter reported, as "in this quarter" does, also when the release
    # comes out in the quarter after it; the same period a year back counts from it.
    ("Total revenues for the third quarter of 2020 rose 28.8%. Operating profit increased from RMB1.4 billion for "
     "the third quarter of 2019 to RMB6.7 billion for this quarter. Operating margin increased from 5.3% in the "
     "same period of 2019 to 19.0% for this quarter.", "2020-11-30",
     [("the third quarter of 2020", "2020-07-01", "quarter"), ("the third quarter of 2019", "2019-07-01", "quarter"),
      ("this quarter", "2020-07-01", "quarter"), ("the same period of 2019", "2019-07-01", "quarter"),
      ("this quarter", "2020-07-01", "quarter")]),
    ("NetEase's net revenues for the second quarter of 2025 were RMB27.9 billion. Gross margin for this quarter "
     "was 64.7%.", "2025-08-14",
     [("the second quarter of 2025", "2025-04-01", "quarter"), ("this quarter", "2025-04-01", "quarter")]),
    # Told bare in a clause told as past, "this quarter" is the quarter reported too (a CEO's quote in a results
    # release published in the next quarter), as 本季度 is; not in a plan or a warning: publication's.
    ("Weibo reported results for the third quarter of 2024. Its ad business has exhibited a stable trend this "
     "quarter.", "2024-11-19",
     [("the third quarter of 2024", "2024-07-01", "quarter"), ("this quarter", "2024-07-01", "quarter")]),
    ("NetEase's revenue for the second quarter of 2025 rose 9%. Its games delivered strong momentum this quarter.",
     "2025-08-21",
     [("the second quarter of 2025", "2025-04-01", "quarter"), ("this quarter", "2025-04-01", "quarter")]),
    ("微博公布2024年第三季度业绩。广告业务本季度呈现企稳态势。", "2024-11-19",
     [("2024年第三季度", "2024-07-01", "quarter"), ("本季度", "2024-07-01", "quarter")]),
    ("微博公布2024年第三季度業績。廣告業務本季度呈現企穩態勢。", "2024-11-19",
     [("2024年第三季度", "2024-07-01", "quarter"), ("本季度", "2024-07-01", "quarter")]),
    ("Weibo reported results for the third quarter of 2024. Weibo plans to hire more staff this quarter.",
     "2024-11-19", [("the third quarter of 2024", "2024-07-01", "quarter"), ("this quarter", "2024-10-01", "quarter")]),
    ("Meituan's shares dropped the most since April after warning of losses this quarter.", "2025-08-28",
     [("April", "2025-04-01", "month"), ("this quarter", "2025-07-01", "quarter")]),
    # With no quarter reported before it, a bare "this quarter" told as past is the quarter last closed before
    # publication, the one results come out for (en2802, VnNow 2025-08-25, PDD's finance chief on its second
    # quarter), as 本季度 telling a figure is; a plan's or a forecast's stays publication's.
    ('"Revenue growth continued to slow this quarter amid intense competition," said the finance chief.',
     "2025-08-25", [("this quarter", "2025-04-01", "quarter")]),
    ("Profit fell 5% this quarter as subsidies rose.", "2025-08-25", [("this quarter", "2025-04-01", "quarter")]),
    ("拼多多本季度营收增长7%，利润下降5%。", "2025-08-25", [("本季度", "2025-04-01", "quarter")]),
    ("拼多多本季度營收增長7%，利潤下降5%。", "2025-08-25", [("本季度", "2025-04-01", "quarter")]),
    ("PDD expects revenue growth to slow this quarter.", "2025-08-25", [("this quarter", "2025-07-01", "quarter")]),
    ("拼多多预计本季度营收增长7%。", "2025-08-25", [("本季度", "2025-07-01", "quarter")]),
    ("拼多多預計本季度營收增長7%。", "2025-08-25", [("本季度", "2025-07-01", "quarter")]),
    # Near miss: with nothing reported, "for this quarter" in a plan is publication's quarter.
    ("Meituan will hire more riders for this quarter.", "2020-11-30", [("this quarter", "2020-10-01", "quarter")]),
    ("美团2020年第三季度总营收增长28.8%。本季度经营利润为67亿元，经营利润率由去年同期的5.3%增至19.0%。", "2020-11-30",
     [("2020年第三季度", "2020-07-01", "quarter"), ("本季度", "2020-07-01", "quarter"),
      ("去年同期", "2019-07-01", "quarter")]),
    ("美團2020年第三季度總營收增長28.8%。本季度經營利潤為67億元，經營利潤率由去年同期的5.3%增至19.0%。", "2020-11-30",
     [("2020年第三季度", "2020-07-01", "quarter"), ("本季度", "2020-07-01", "quarter"),
      ("去年同期", "2019-07-01", "quarter")]),
    ("Alibaba's revenue in the December quarter rose 8% from the year-ago quarter.", WEDNESDAY,
     [("the December quarter", "2024-10-01", "quarter"), ("the year-ago quarter", "2023-10-01", "quarter")]),
    # The attributive form before a figure's noun, with no "the" (Y en2306: "global sales … in January 2026,
    # compared with strong year-earlier sales"): the period in focus a year back, as 去年同期的销量 is. Not with
    # nothing in focus.
    ("BYD's global sales fell 30% to 210,051 units in January 2026, compared with strong year-earlier sales.",
     "2026-02-03", [("January 2026", "2026-01-01", "month"), ("year-earlier", "2025-01-01", "month")]),
    ("Baidu's revenue rose 10% in the third quarter of 2025 from year-ago levels.", "2025-11-20",
     [("the third quarter of 2025", "2025-07-01", "quarter"), ("year-ago", "2024-07-01", "quarter")]),
    ("比亚迪2026年1月全球销量下降30%，去年同期的销量则大幅增长。", "2026-02-03",
     [("2026年1月", "2026-01-01", "month"), ("去年同期", "2025-01-01", "month")]),
    ("比亞迪2026年1月全球銷量下降30%，去年同期的銷量則大幅增長。", "2026-02-03",
     [("2026年1月", "2026-01-01", "month"), ("去年同期", "2025-01-01", "month")]),
    # With "the" before it (AI en3317: "delivered 7,713 Li One units in June 2021, quadruple the year-earlier
    # number"): the same; with nothing in focus, none.
    ("Li Auto delivered 7,713 units in June 2021, quadruple the year-earlier number.", "2021-07-02",
     [("June 2021", "2021-06-01", "month"), ("year-earlier", "2020-06-01", "month")]),
    ("理想汽车2021年6月交付7713辆，是去年同期数字的四倍。", "2021-07-02",
     [("2021年6月", "2021-06-01", "month"), ("去年同期", "2020-06-01", "month")]),
    ("理想汽車2021年6月交付7713輛，是去年同期數字的四倍。", "2021-07-02",
     [("2021年6月", "2021-06-01", "month"), ("去年同期", "2020-06-01", "month")]),
    ("Li Auto's deliveries quadrupled the year-earlier number.", "2021-07-02", []),
    ("BYD's sales fell 30%, compared with strong year-earlier sales.", "2026-02-03", []),
    ("In the first half of 2024, Baidu's revenue fell 2% from the same period a year earlier.", WEDNESDAY,
     [("the first half of 2024", "2024-01-01", "half"), ("the same period a year earlier", "2023-01-01", "half")]),
    # "a year prior" is "a year earlier"; "prior" alone after "the same period" is no year back.
    ("Meituan said revenue rose 28.8% in July-September, versus the same period a year prior.", "2020-11-30",
     [("July-September", "2020-07-01", "quarter"), ("the same period a year prior", "2019-07-01", "quarter")]),
    ("In the third quarter of 2020, Meituan's revenue rose from the same quarter a year prior.", "2020-11-30",
     [("the third quarter of 2020", "2020-07-01", "quarter"),
      ("the same quarter a year prior", "2019-07-01", "quarter")]),
    ("美团7-9月收入增长28.8%，上年同期增长9%。", "2020-11-30",
     [("7-9月", "2020-07-01", "quarter"), ("上年同期", "2019-07-01", "quarter")]),
    ("美團7-9月收入增長28.8%，上年同期增長9%。", "2020-11-30",
     [("7-9月", "2020-07-01", "quarter"), ("上年同期", "2019-07-01", "quarter")]),
    ("In the third quarter of 2020, Meituan's revenue rose from the same period, prior to the pandemic.",
     "2020-11-30",
     [("the third quarter of 2020", "2020-07-01", "quarter"), ("the same period", "2020-07-01", "quarter")]),
    # The half and its year side by side ("2025 first-half", "first-half 2025"): a half, and so is the
    # same period a year back; "first half" with no year stays unread here.
    ("Cambricon posted a 2025 first-half revenue of 2.9 billion yuan, from a loss in the same period last year.",
     WEDNESDAY, [("2025 first-half", "2025-01-01", "half"), ("the same period last year", "2024-01-01", "half")]),
    ("Xiaomi's first-half 2024 profit doubled.", WEDNESDAY, [("first-half 2024", "2024-01-01", "half")]),
    ("BYD expects sales to recover in the second half 2025.", WEDNESDAY, [("second half 2025", "2025-07-01", "half")]),
    ("寒武纪2025年上半年营收29亿元，去年同期亏损5亿元。", WEDNESDAY,
     [("2025年上半年", "2025-01-01", "half"), ("去年同期", "2024-01-01", "half")]),
    ("寒武紀2025年上半年營收29億元，去年同期虧損5億元。", WEDNESDAY,
     [("2025年上半年", "2025-01-01", "half"), ("去年同期", "2024-01-01", "half")]),
    ("The 2025 first-round draft picks were named.", WEDNESDAY, [("2025", "2025-01-01", "year")]),
    ("It won 2,025 first-half points.", WEDNESDAY, []),
    ("In February, Xiaomi sold 30,000 cars, up from the same month last year.", WEDNESDAY,
     [("February", "2025-02-01", "month"), ("the same month last year", "2024-02-01", "month")]),
    # Class (AK en3501): "the same month last year", 去年同月 are the month in focus a year back, not the month of a
    # day told between (the release's "today"); with no month in focus, still the month of the date before.
    ("BYD sold 114,943 cars in February, figures released on Tuesday showed. That's up from 32,800 in the same "
     "month last year.", WEDNESDAY,
     [("February", "2025-02-01", "month"), ("Tuesday", "2025-03-11", "day"),
      ("the same month last year", "2024-02-01", "month")]),
    ("比亚迪2月销量114943辆，周二公布的数据显示。较去年同月的32800辆大增。", WEDNESDAY,
     [("2月", "2025-02-01", "month"), ("周二", "2025-03-11", "day"), ("去年同月", "2024-02-01", "month")]),
    ("比亞迪2月銷量114943輛，周二公布的數據顯示。較去年同月的32800輛大增。", WEDNESDAY,
     [("2月", "2025-02-01", "month"), ("周二", "2025-03-11", "day"), ("去年同月", "2024-02-01", "month")]),
    ("Xiaomi said on March 3 that sales doubled from the same month last year.", WEDNESDAY,
     [("March 3", "2025-03-03", "day"), ("the same month last year", "2024-03-01", "month")]),
    ("小米3月3日表示，销量较去年同月翻倍。", WEDNESDAY,
     [("3月3日", "2025-03-03", "day"), ("去年同月", "2024-03-01", "month")]),
    # "Last month" / 上月 set against ("a slight dip from last month", 较上月, 环比上月) is the month before the
    # month reported (en313, published November 1 about October); with no month reported it is the month before
    # publication's.
    ("NIO reported 10,059 deliveries in October 2022. Deliveries are up 174% from October last year, but it's a "
     "slight dip from last month.", "2022-11-01",
     [("October 2022", "2022-10-01", "month"), ("October last year", "2021-10-01", "month"),
      ("last month", "2022-09-01", "month")]),
    ("蔚来2022年10月交付10059辆，较上月略有下降。", "2022-11-01",
     [("2022年10月", "2022-10-01", "month"), ("上月", "2022-09-01", "month")]),
    ("蔚來10月交付10059輛，環比上月下降5%。", "2022-11-01",
     [("10月", "2022-10-01", "month"), ("上月", "2022-09-01", "month")]),
    ("NIO's shares fell 5% from last month.", "2022-11-01", [("last month", "2022-10-01", "month")]),
    ("蔚来股价较上月下跌5%。", "2022-11-01", [("上月", "2022-10-01", "month")]),
    # The same month a year back is the month reported, not that of a day told after it ("released today",
    # 今天公布: en3501).
    ("BYD sold 114,943 vehicles in May, according to figures released today. That's up 250% from 32,800 "
     "vehicles in the same month last year.", "2022-06-02",
     [("May", "2022-05-01", "month"), ("today", "2022-06-02", "day"),
      ("the same month last year", "2021-05-01", "month")]),
    ("比亚迪5月销量114943辆，数据今天公布。较去年同月的32800辆增长250%。", "2022-06-02",
     [("5月", "2022-05-01", "month"), ("今天", "2022-06-02", "day"), ("去年同月", "2021-05-01", "month")]),
    ("比亞迪5月銷量114943輛，數據今天公布。較上年同月的32800輛增長250%。", "2022-06-02",
     [("5月", "2022-05-01", "month"), ("今天", "2022-06-02", "day"), ("上年同月", "2021-05-01", "month")]),
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
    # A stated period a figure is set against is a comparison too: the focus stays the period reported.
    ("Tencent reported revenue for the first quarter of 2019, an increase of 16% over the first quarter of "
     "2018. Profit for the quarter rose 17%.", "2019-05-15",
     [("the first quarter of 2019", "2019-01-01", "quarter"), ("the first quarter of 2018", "2018-01-01", "quarter"),
      ("the quarter", "2019-01-01", "quarter")]),
    ("JD earned 794 million yuan in the second quarter of 2021, compared to 16 billion Chinese yuan for the "
     "second quarter of 2020. Its non-GAAP net income fell from the same period last year.", "2021-08-23",
     [("the second quarter of 2021", "2021-04-01", "quarter"), ("the second quarter of 2020", "2020-04-01", "quarter"),
      ("the same period last year", "2020-04-01", "quarter")]),
    ("Nio delivered 12,000 cars in February 2025, up from 10,000 in January 2025. Deliveries rose 30% from the "
     "same period last year.", WEDNESDAY,
     [("February 2025", "2025-02-01", "month"), ("January 2025", "2025-01-01", "month"),
      ("the same period last year", "2024-02-01", "month")]),
    # Near miss: "from" with no figure opens a span; the period is the one reported.
    ("From the first quarter of 2024, Nio reported revenue by segment. Revenue rose 5% from the same period "
     "last year.", WEDNESDAY,
     [("the first quarter of 2024", "2024-01-01", "quarter"), ("the same period last year", "2023-01-01", "quarter")]),
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
    ("腾讯2019年第一季度营收较2018年第一季度增长16%。本季度利润增长17%。", "2019-05-15",
     [("2019年第一季度", "2019-01-01", "quarter"), ("2018年第一季度", "2018-01-01", "quarter"),
      ("本季度", "2019-01-01", "quarter")]),
    ("京东2021年第二季度净利润7亿元，与2020年第二季度相比下降。净利润较去年同期下降。", "2021-08-23",
     [("2021年第二季度", "2021-04-01", "quarter"), ("2020年第二季度", "2020-04-01", "quarter"),
      ("去年同期", "2020-04-01", "quarter")]),
    ("从2024年第一季度起，蔚来按业务披露营收。营收较去年同期增长5%。", WEDNESDAY,
     [("2024年第一季度", "2024-01-01", "quarter"), ("去年同期", "2023-01-01", "quarter")]),
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
    ("騰訊2019年第一季度營收較2018年第一季度增長16%。本季度利潤增長17%。", "2019-05-15",
     [("2019年第一季度", "2019-01-01", "quarter"), ("2018年第一季度", "2018-01-01", "quarter"),
      ("本季度", "2019-01-01", "quarter")]),
    ("京東2021年第二季度淨利潤7億元，與2020年第二季度相比下降。淨利潤較去年同期下降。", "2021-08-23",
     [("2021年第二季度", "2021-04-01", "quarter"), ("2020年第二季度", "2020-04-01", "quarter"),
      ("去年同期", "2020-04-01", "quarter")]),
    ("從2024年第一季度起，蔚來按業務披露營收。營收較去年同期增長5%。", WEDNESDAY,
     [("2024年第一季度", "2024-01-01", "quarter"), ("去年同期", "2023-01-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), COMPARED_ROWS)
def test_comparisons_count_from_the_period_in_focus(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


def test_the_focus_reaches_back_over_sentences_without_dates():
    found = read_in_order("腾讯第一季度营收持平。净利润下降23%。增值服务收入与去年同期持平。", "2025-05-19")
    assert found == [("第一季度", "2025-01-01", "quarter"), ("去年同期", "2024-01-01", "quarter")]


# The period in focus named by reference: "the quarter" (the one reported), "down 48% from a year ago"
# (that period a year back), 全年 / "full-year" (its year, when the period closes its year: a fourth
# quarter, a second half, December; mid-year the year the story is in, test_dates_chain_count.py).
# The focus is the last month, quarter or half stated before, in the sentence or any before it; with
# none, "the quarter" names nothing, 全年 the year told or publication's, and "a year ago" stays
# the year before publication's, as it does without a comparison word ("launched a year ago").
IN_FOCUS_ROWS = [
    # English.
    ("Pinduoduo's revenue rose 20% in the second quarter of 2025. It posted record profit for the quarter.",
     "2025-08-26", [("the second quarter of 2025", "2025-04-01", "quarter"), ("the quarter", "2025-04-01", "quarter")]),
    ("Nio delivered 23,520 vehicles in the third quarter of 2024. Revenue was 8.8 billion yuan, down 10% from "
     "a year ago.", "2024-11-20",
     [("the third quarter of 2024", "2024-07-01", "quarter"), ("a year ago", "2023-07-01", "quarter")]),
    ("Xiaomi's revenue rose to 111 billion yuan in the first quarter of 2025, from RMB 75 billion a year ago.",
     "2025-05-27", [("the first quarter of 2025", "2025-01-01", "quarter"), ("a year ago", "2024-01-01", "quarter")]),
    ("Li Auto delivered 51,443 cars in October 2024, up 27% compared with a year ago.", "2024-11-01",
     [("October 2024", "2024-10-01", "month"), ("a year ago", "2023-10-01", "month")]),
    ("Baidu's revenue fell 2% in the fourth quarter of 2024. Its full-year revenue was 133.1 billion yuan.",
     "2025-02-18", [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("full-year", "2024-01-01", "year")]),
    # "the reporting period" (报告期) of a results release: the half or quarter stated before it.
    ("Cambricon's revenue rose in the first half of 2025. During the reporting period, it raised R&D spending.",
     "2025-08-27", [("the first half of 2025", "2025-01-01", "half"),
                    ("the reporting period", "2025-01-01", "half")]),
    # "full year 2019" keeps being read as 2019, as its Chinese counterpart "2019 全年" is.
    ("Kuaishou's revenue for the full year 2019 was 39.1 billion yuan.", "2021-02-05",
     [("2019", "2019-01-01", "year")]),
    # The earlier figure named by its measure ("from revenue of 33 billion yuan a year ago"); a quarter named
    # by its last month ("the March-ended quarter"); a month's tally ("deliveries for March").
    ("Baidu reported revenue of 32 billion yuan in the second quarter. That was down from revenue of 33 "
     "billion yuan a year ago.", "2025-08-21",
     [("the second quarter", "2025-04-01", "quarter"), ("a year ago", "2024-04-01", "quarter")]),
    ("PDD said sales rose 131% for the March-ended quarter.", "2024-05-23",
     [("the March-ended quarter", "2024-01-01", "quarter")]),
    ("Meituan's revenue jumped for the June-ending quarter.", "2024-08-30",
     [("the June-ending quarter", "2024-04-01", "quarter")]),
    ("XPeng and Nio reported their deliveries for March on Monday.", "2024-04-02",
     [("March", "2024-03-01", "month"), ("Monday", "2024-04-01", "day")]),
    # The quarter's month hyphened into a modifier needs no "the" ("March-quarter revenue", as 截至3月底的季度);
    # a count of units or vehicles for a month is the month's tally, as deliveries are (3月份售出).
    ("PDD's shares rose on Wednesday after it reported March-quarter revenue of 86.8 billion yuan.", "2024-05-23",
     [("Wednesday", "2024-05-22", "day"), ("March-quarter", "2024-01-01", "quarter")]),
    ("Apple posted record June-quarter sales in Greater China.", "2024-08-02",
     [("June-quarter", "2024-04-01", "quarter")]),
    # ... and so does the month and "quarter" as a modifier after any determiner ("its strong December quarter
    # performance") or none ("announced December quarter results"); not "quarterly".
    ("Pinduoduo's news eclipsed its impressive December quarter performance.", "2021-03-17",
     [("December quarter", "2020-10-01", "quarter")]),
    ("Apple announced record December quarter results on Thursday.", "2025-01-31",
     [("December quarter", "2024-10-01", "quarter"), ("Thursday", "2025-01-30", "day")]),
    ("Tencent pays a December quarterly dividend.", "2025-01-31", [("December", "2024-12-01", "month")]),
    ("BYD reported total sales of 300,114 units for March, up 46% from a year earlier.", "2024-04-02",
     [("March", "2024-03-01", "month"), ("a year earlier", "2023-03-01", "month")]),
    ("Li Auto delivered 35,020 vehicles for May.", "2024-06-03", [("May", "2024-05-01", "month")]),
    ("拼多多周三公布截至3月底的季度营收868亿元。", "2024-05-23",
     [("周三", "2024-05-22", "day"), ("3月底的季度", "2024-01-01", "quarter")]),
    ("比亚迪3月份售出300114辆新能源汽车。", "2024-04-02", [("3月份", "2024-03-01", "month")]),
    ("拼多多週三公佈截至3月底的季度營收868億元。", "2024-05-23",
     [("周三", "2024-05-22", "day"), ("3月底的季度", "2024-01-01", "quarter")]),
    ("比亞迪3月份售出300114輛新能源汽車。", "2024-04-02", [("3月份", "2024-03-01", "month")]),
    # Near misses: no period in focus, no comparison, no reporting context, a span, a target mid-year.
    ("Baidu reported revenue of 32 billion yuan in the second quarter. The unit moved from the city of "
     "Beijing a year ago.", "2025-08-21", [("the second quarter", "2025-04-01", "quarter"),
                                           ("a year ago", "2024-01-01", "year")]),
    ("Workers at the plant called for March rallies. The plan won support for May from the board.", WEDNESDAY, []),
    ("Revenue rose 10% from a year ago.", WEDNESDAY, [("a year ago", "2024-01-01", "year")]),
    ("Tencent's revenue rose in the fourth quarter of 2024. Tencent launched the app a year ago.", WEDNESDAY,
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("a year ago", "2024-01-01", "year")]),
    ("Baidu's revenue fell in the fourth quarter of 2024. The unit was sold more than a year ago.", WEDNESDAY,
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("a year ago", "2024-01-01", "year")]),
    ("Alibaba opened an office in the quarter.", WEDNESDAY, []),
    ("Meituan's revenue rose in the third quarter of 2024. Its shares rose after the quarter-point rate cut.",
     WEDNESDAY, [("the third quarter of 2024", "2024-07-01", "quarter")]),
    ("Baidu's revenue fell in the fourth quarter of 2024. The project took a full year.", WEDNESDAY,
     [("the fourth quarter of 2024", "2024-10-01", "quarter")]),
    # Mid-year, a full-year target is the target of the year the story is in (the settled convention,
    # tests/data/realnews/README.md): the year of the month told, not nothing.
    ("Xiaomi delivered 20,000 cars in October 2024. It has met its full-year target.", "2024-11-21",
     [("October 2024", "2024-10-01", "month"), ("full-year", "2024-01-01", "year")]),
    ("The board will vote on the reporting period rules.", WEDNESDAY, []),
    # Simplified Chinese.
    ("百度2024年第四季度营收下降2%，全年营收1331亿元。", "2025-02-18",
     [("2024年第四季度", "2024-10-01", "quarter"), ("全年", "2024-01-01", "year")]),
    ("理想汽车2024年第三季度营收较一年前增长10%。", "2024-10-31",
     [("2024年第三季度", "2024-07-01", "quarter"), ("一年前", "2023-07-01", "quarter")]),
    ("蔚来2024年第三季度交付6万辆。营收与一年前相比下降。", "2024-11-20",
     [("2024年第三季度", "2024-07-01", "quarter"), ("一年前", "2023-07-01", "quarter")]),
    ("寒武纪2025年上半年营收增长。报告期内，公司研发投入增加。", "2025-08-27",
     [("2025年上半年", "2025-01-01", "half"), ("报告期", "2025-01-01", "half")]),
    ("中芯国际第三季度营收增长，报告期毛利率提升。", "2025-11-14",
     [("第三季度", "2025-07-01", "quarter"), ("报告期", "2025-07-01", "quarter")]),
    ("相比之下，2019 全年快手营收为391亿元。", "2021-02-05", [("2019 全年", "2019-01-01", "year")]),
    ("公司将公布报告期内的分红方案。", WEDNESDAY, []),
    ("该机型售价2019元，全年销量增长。", WEDNESDAY, [("全年", "2025-01-01", "year")]),  # a price is no year
    ("拼多多2024年第一季度营收增长。营收较一年前的379亿元增长131%。", "2024-05-23",
     [("2024年第一季度", "2024-01-01", "quarter"), ("一年前", "2023-01-01", "quarter")]),
    ("小鹏和蔚来周一公布了3月交付量。", "2024-04-02", [("周一", "2024-04-01", "day"), ("3月", "2024-03-01", "month")]),
    ("营收较一年前增长10%。", WEDNESDAY, [("一年前", "2024-01-01", "year")]),
    ("腾讯2024年第四季度营收增长。腾讯一年前推出了这款应用。", WEDNESDAY,
     [("2024年第四季度", "2024-10-01", "quarter"), ("一年前", "2024-01-01", "year")]),
    ("小米2024年第三季度营收增长，与一年前发布的产品不同。", "2024-11-18",
     [("2024年第三季度", "2024-07-01", "quarter"), ("一年前", "2023-01-01", "year")]),
    ("小米10月交付2万辆，已完成全年目标。", "2024-11-21",
     [("10月", "2024-10-01", "month"), ("全年", "2024-01-01", "year")]),
    ("腾讯2024年全年营收增长。", WEDNESDAY, [("2024年", "2024-01-01", "year")]),
    ("美团2024年第四季度营收增长。骑手全年无休。", WEDNESDAY, [("2024年第四季度", "2024-10-01", "quarter")]),
    ("全年营收增长10%。", WEDNESDAY, [("全年", "2025-01-01", "year")]),  # no date told: publication's year
    # Traditional Chinese.
    ("台積電2025年第四季毛利率達62.3%，全年每股盈餘創新高。", "2026-01-15",
     [("2025年第四季", "2025-10-01", "quarter"), ("全年", "2025-01-01", "year")]),
    ("聯發科2025年第二季營收較一年前增長。", "2025-08-01",
     [("2025年第二季", "2025-04-01", "quarter"), ("一年前", "2024-04-01", "quarter")]),
    ("拼多多2024年第一季度營收增長。營收較一年前的379億元增長131%。", "2024-05-23",
     [("2024年第一季度", "2024-01-01", "quarter"), ("一年前", "2023-01-01", "quarter")]),
    ("小鵬和蔚來週一公佈了3月交付量。", "2024-04-02", [("週一", "2024-04-01", "day"), ("3月", "2024-03-01", "month")]),
    ("營收較一年前增長10%。", WEDNESDAY, [("一年前", "2024-01-01", "year")]),
    ("小米10月交付2萬輛，已完成全年目標。", "2024-11-21",
     [("10月", "2024-10-01", "month"), ("全年", "2024-01-01", "year")]),
    ("騰訊2024年全年營收增長。", WEDNESDAY, [("2024年", "2024-01-01", "year")]),
    ("聯發科2025年上半年營收增長。報告期內，公司毛利率提升。", "2025-08-01",
     [("2025年上半年", "2025-01-01", "half"), ("報告期", "2025-01-01", "half")]),
    ("作為對比，2019全年快手營收為391億元。", "2021-02-05", [("2019全年", "2019-01-01", "year")]),
    ("公司將公布報告期內的派息方案。", WEDNESDAY, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), IN_FOCUS_ROWS)
def test_words_naming_the_period_in_focus(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# The quarter reported, named by reference with no quarter stated before: results come out after their
# quarter closes, so a figure told for "the quarter", Hong Kong's 上季 told alone ("美團上季收入509億元",
# "集團上季淨利潤") are the last quarter closed before publication, and that quarter is then in focus
# ("a year ago", 期內 count from it). After a comparison word, 上季 is the quarter before the one in focus;
# 期內 opens a clause (短期內, 預期內 are other words); guidance and a sentence with no figure name nothing.
LAST_CLOSED_ROWS = [
    # English.
    ("Alibaba said profit reached 48.9 billion yuan during the quarter, from 14.4 billion yuan a year ago.",
     "2025-02-21", [("the quarter", "2024-10-01", "quarter"), ("a year ago", "2023-10-01", "quarter")]),
    ("PDD reported $2.85 earnings per share for the quarter on Monday.", "2021-08-25",
     [("the quarter", "2021-04-01", "quarter"), ("Monday", "2021-08-23", "day")]),
    ("Its profit for the quarter hit $717 million, up 59.9% from a year earlier.", "2024-06-07",
     [("the quarter", "2024-01-01", "quarter"), ("a year earlier", "2023-01-01", "quarter")]),
    ("Meituan's revenue rose in the third quarter of 2024. Profit for the quarter rose 5%.", "2025-03-12",
     [("the third quarter of 2024", "2024-07-01", "quarter"), ("the quarter", "2024-07-01", "quarter")]),
    ("Alibaba opened an office in the quarter.", "2025-02-21", []),
    ("Revenue for the quarter is expected to grow 2% to 4% sequentially.", "2025-02-21", []),
    # Simplified Chinese.
    ("美团上季收入509.4亿元，按年升16%。期内，外卖订单增长7.6%。", "2022-08-26",
     [("上季", "2022-04-01", "quarter"), ("期内", "2022-04-01", "quarter")]),
    ("腾讯公布第三季业绩，期内净利润705亿元。", "2025-11-13",
     [("第三季", "2025-07-01", "quarter"), ("期内", "2025-07-01", "quarter")]),
    ("业务6月开始恢复。美团上季收入大幅下降。", "2022-08-26",
     [("6月", "2022-06-01", "month"), ("上季", "2022-04-01", "quarter")]),
    ("腾讯第三季营收增长，较上季度增长5%。", "2025-11-13",
     [("第三季", "2025-07-01", "quarter"), ("上季度", "2025-04-01", "quarter")]),
    ("公司短期内不会上市。", "2025-11-13", []),
    ("腾讯业绩在预期内。", "2025-11-13", []),
    # Traditional Chinese.
    ("美團上季收入509.4億元。期內，餐飲外賣總訂單按年增長7.6%。", "2022-08-26",
     [("上季", "2022-04-01", "quarter"), ("期內", "2022-04-01", "quarter")]),
    ("阿里巴巴昨交出季績，集團上季淨利潤103億元。", "2025-11-26",
     [("昨", "2025-11-25", "day"), ("上季", "2025-07-01", "quarter")]),
    ("聯發科2025年第二季營收較上季增長。", "2025-08-01",
     [("2025年第二季", "2025-04-01", "quarter"), ("上季", "2025-01-01", "quarter")]),
    ("騰訊長期內仍看好AI。", "2025-11-13", []),
    # 上季 carried on from (延续) or set against quarter on quarter (按季, 环比): the quarter before the one
    # reported, not the one reported; told alone it stays the one reported.
    ("网易二季度净收入240亿元，游戏营收没有延续上一季度的增长态势。", "2023-08-24",
     [("二季度", "2023-04-01", "quarter"), ("上一季度", "2023-01-01", "quarter")]),
    ("拼多多二季度淨利潤307億元，延續上季下滑趨勢，同比降4%。", "2025-08-26",
     [("二季度", "2025-04-01", "quarter"), ("上季", "2025-01-01", "quarter")]),
    ("网易第四季游戏收入220亿元，按季下降主要由于上一季度暑期活动较多。", "2026-02-11",
     [("第四季", "2025-10-01", "quarter"), ("上一季度", "2025-07-01", "quarter")]),
    ("網易第四季遊戲收入220億元，按季下降主要由於上一季度暑期活動較多。", "2026-02-11",
     [("第四季", "2025-10-01", "quarter"), ("上一季度", "2025-07-01", "quarter")]),
    ("小米第三季营收环比增长，主要因为上季度新车交付较少。", "2025-11-18",
     [("第三季", "2025-07-01", "quarter"), ("上季度", "2025-04-01", "quarter")]),
    ("拼多多上季收入按年增长7%。", "2025-08-26", [("上季", "2025-04-01", "quarter")]),
    # 继 ("following on from") before 上个季度 (AP zs4066 "这是继上个季度净利润下滑后,又一次比较大的波动"): the
    # quarter before the one reported, as "following the previous quarter's decline" counts from it in English.
    ("百度第一季度净亏损3.27亿元。这是继上个季度净利润下滑后,又一次比较大的波动。", "2019-05-17",
     [("一季度", "2019-01-01", "quarter"), ("上个季度", "2018-10-01", "quarter")]),
    ("百度第一季度淨虧損3.27億元。這是繼上個季度淨利潤下滑後,又一次比較大的波動。", "2019-05-17",
     [("一季度", "2019-01-01", "quarter"), ("上個季度", "2018-10-01", "quarter")]),
    ("Baidu posted a net loss in the first quarter, following the previous quarter's profit decline.", "2019-05-17",
     [("the first quarter", "2019-01-01", "quarter"), ("the previous quarter", "2018-10-01", "quarter")]),
    # Paired with the year-ago period as a figure's two earlier values (上一季度和去年同期分别为…): the quarter
    # before, as "from X in the previous quarter and Y a year earlier" is (AD zs2814).
    ("网易第三季度净利润为36.7亿元，上一季度和去年同期分别为52.3亿元和47.3亿元。", "2020-11-19",
     [("第三季度", "2020-07-01", "quarter"), ("上一季度", "2020-04-01", "quarter"),
      ("去年同期", "2019-07-01", "quarter")]),
    ("微博第三季度营收为4.6亿美元，上季度及上年同期分别为3.9亿美元和4.7亿美元。", "2020-11-19",
     [("第三季度", "2020-07-01", "quarter"), ("上季度", "2020-04-01", "quarter"),
      ("上年同期", "2019-07-01", "quarter")]),
    ("網易第三季度淨利潤為36.7億元，上季及去年同期分別為52.3億元和47.3億元。", "2020-11-19",
     [("第三季度", "2020-07-01", "quarter"), ("上季", "2020-04-01", "quarter"),
      ("去年同期", "2019-07-01", "quarter")]),
    ("NetEase's third-quarter net income was RMB3.67 billion, against RMB5.23 billion in the previous quarter and "
     "RMB4.73 billion in the same period last year.", "2020-11-19",
     [("third-quarter", "2020-07-01", "quarter"), ("the previous quarter", "2020-04-01", "quarter"),
      ("the same period last year", "2019-07-01", "quarter")]),
    # Near miss: 上季 told alone, no year-ago period paired with it, stays the quarter reported.
    ("网易上季度净利润为36.7亿元，去年全年为200亿元。", "2020-11-19",
     [("上季度", "2020-07-01", "quarter"), ("去年", "2019-01-01", "year")]),
    # "This quarter", 本季度 telling a figure with no quarter in focus: the one reported, as "the quarter" is;
    # a forecast or no figure leaves it publication's.
    ("本季度阿里云收入同比增长34.5%。", "2025-11-28", [("本季度", "2025-07-01", "quarter")]),
    ("本季度阿里雲收入同比增長34.5%。", "2025-11-28", [("本季度", "2025-07-01", "quarter")]),
    ("In this quarter, Alibaba's cloud revenue grew 34.5%.", "2025-11-28",
     [("this quarter", "2025-07-01", "quarter")]),
    ("本季度营收将增长10%。", "2025-11-28", [("本季度", "2025-10-01", "quarter")]),
    ("本季度阿里发布了新模型。", "2025-11-28", [("本季度", "2025-10-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), LAST_CLOSED_ROWS)
def test_the_quarter_reported_is_the_last_closed(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# A quarter's report named by its quarter ("二季报后", "三季報顯示") names that quarter, as 二季度 does; not the
# first three quarters' (前三季报), not every quarter's (每季报); 四季 is the four seasons.
QUARTER_REPORT_ROWS = [
    ("快手二季报后，资本市场的乐观已有数据支撑。", "2025-08-27", [("二季", "2025-04-01", "quarter")]),
    ("腾讯三季报显示，营收增长15%。", "2025-11-14", [("三季", "2025-07-01", "quarter")]),
    ("快手二季報後，資本市場的樂觀已有數據支撐。", "2025-08-27", [("二季", "2025-04-01", "quarter")]),
    ("騰訊三季報顯示，營收增長15%。", "2025-11-14", [("三季", "2025-07-01", "quarter")]),
    ("After Kuaishou's Q2 report, the optimism has data behind it.", "2025-08-27", [("Q2", "2025-04-01", "quarter")]),
    ("腾讯前三季报显示营收增长。", "2025-11-14", []),
    ("公司每季报送数据。", "2025-11-14", []),
    ("四季報春，花開滿城。", "2025-11-14", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), QUARTER_REPORT_ROWS)
def test_a_quarters_report_names_its_quarter(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
