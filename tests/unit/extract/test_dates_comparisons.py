"""Whether "a year ago", 一年前 set a figure against an earlier one (``lib.extract.dates_comparisons``).

Right after a comparison word ("from", "compared with", 较), or after the earlier figure that follows it
("from RMB 10.3 billion a year ago"), they are a comparison; "more than a year ago", "launched a year
ago", 一年前发布, "与一年前发布的产品" (no 相比 after) are not. Traditional text is read as simplified.
"""

from __future__ import annotations

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_comparisons import (
    compared_in_chinese,
    compared_in_english,
    period_compared_in_english,
    set_against_a_year_before,
)
from lib.parse.script import to_simplified
from lib.periods import parse_iso_period
from tests.date_readings import read_in_order


@pytest.mark.parametrize(("text", "compared"), [
    ("Revenue was 5.5 billion yuan, a 48 percent decrease from a year ago.", True),
    ("Revenue fell to RMB 8.8 billion from RMB 10.3 billion a year ago.", True),
    ("Net income was $1.2 billion, compared with $900 million (RMB 6.5 billion) a year ago.", True),
    ("Deliveries rose to 51,443 from 40,000 vehicles a year ago.", True),
    ("Margins were higher than a year ago.", True),
    ("Sales were up 5% on a year ago.", True),
    ("The print fell from revenue of 33.9 billion yuan a year ago.", True),
    ("Profit rose from a net loss of $2 million a year ago.", True),
    ("The unit moved from the city of Hangzhou a year ago.", False),
    ("Tencent launched the app a year ago.", False),
    ("The unit was sold more than a year ago.", False),
    ("It opened less than a year ago.", False),
    # a change before "more than", and a multiple of the earlier figure, compare too
    ("BYD sold 18,203 cars, which is 62% more than a year ago.", True),
    ("Sales were three times more than a year ago.", True),
    ("BYD handed over 1.26 million cars, almost double the figure a year ago.", True),
    ("Revenue was twice the level a year ago.", True),
    ("Profit was half the amount a year ago.", True),
    ("BYD doubled its output more than a year ago.", False),
])
def test_english_comparisons(text, compared):
    assert compared_in_english(text, text.index("a year ago")) is compared


@pytest.mark.parametrize(("text", "compared"), [
    ("营收较一年前增长48%。", True),
    ("营收比一年前多出一倍。", True),
    ("营收与一年前相比下降。", True),
    ("一年前这款应用上线。", False),
    ("与一年前发布的产品不同。", False),
    ("營收較一年前增長48%。", True),
    ("營收與一年前相比下降。", True),
    ("與一年前發佈的產品不同。", False),
    # a multiple of the earlier figure
    ("交付量几乎是一年前的两倍。", True),
    ("利润仅为一年前的一半。", True),
    ("營收是一年前的1.5倍。", True),
    ("一年前的两款产品都已停售。", False),
])
def test_chinese_comparisons(text, compared):
    simplified = to_simplified(text)
    start = simplified.index("一年前")
    assert compared_in_chinese(simplified, start, start + 3) is compared


# A stated period set against: after "compared with", after a comparison word and the earlier figure with
# "for" or "in", after a change in percent and "over"; not after "from" alone (a span's start) nor after
# "over" with no percent before it. Chinese stated periods go through ``compared_in_chinese`` (above).
@pytest.mark.parametrize(("text", "period", "compared"), [
    ("Net income was 7 billion yuan, compared with the first quarter of 2024.", "the first quarter", True),
    ("Net income was 794 million yuan, compared to 16 billion Chinese yuan for the second quarter of 2020.",
     "the second quarter", True),
    ("Deliveries rose to 12,000 from 10,000 in January 2025.", "January", True),
    ("Revenue rose 16% over the first quarter of 2018.", "the first quarter", True),
    ("From the first quarter of 2024, Nio reported revenue by segment.", "the first quarter", False),
    ("Sales were spread over the first quarter of 2024.", "the first quarter", False),
    ("Alibaba earned 20 billion yuan in the second quarter of 2024.", "the second quarter", False),
    # "more than", "less than" before a figure tell an amount, not a figure set against the period after it.
    ("iPhone shipments fell by more than 19% in the first three months of 2024.", "the first three months", False),
    ("Xiaomi's revenue rose more than 30% in the second quarter of 2024.", "the second quarter", False),
    ("More than 40% in the first half of 2023 came from overseas.", "the first half", False),
    ("BYD's profit fell by less than 5% in the first half of 2023.", "the first half", False),
    ("Sales reached 5 billion yuan, higher than 4 billion yuan in the first quarter of 2023.", "the first quarter",
     True),
    ("Revenue was 5 billion yuan, up from 4 billion yuan in the first quarter of 2023.", "the first quarter", True),
    # "than" right before "in" or "for" sets the period after it against the figure before.
    ("BYD sold 431,603 cars, 23% more than in the second quarter of 2023.", "the second quarter", True),
    ("Xiaomi's margin was higher than for the first half of 2024.", "the first half", True),
    ("Nio delivered fewer cars than planned in the first quarter of 2024.", "the first quarter", False),
    # "from" after a change measures it from the period, as "over" does; the change may have lost its percent
    # sign ("43% year-over-year and 22 from the first quarter"). Not a span the period opens, nor a count.
    ("Revenue was up 6.46 percent from the fourth quarter.", "the fourth quarter", True),
    ("Orders rose nearly 100% from the third quarter of 2023.", "the third quarter", True),
    ("Revenue rose 43% year-over-year and 22 from the first quarter.", "the first quarter", True),
    ("Deliveries fell 65% from September.", "September", True),
    ("Sales rose 20% from January to March 2024.", "January", False),
    ("Revenue grew 12% from the first quarter through the third quarter.", "the first quarter", False),
    ("Nio delivered 2024 from the first quarter's backlog.", "the first quarter", False),
    ("Profit rose from RMB1.4 billion for the third quarter of 2019 to RMB6.7 billion.", "the third quarter",
     True),
    # The earlier figure told with "the", its noun and the verb that made it ("Compared with the 420,398 units
    # sold in December 2025"; seen in X and Y). Near-miss: the same words with no comparison word before them.
    ("Compared with the 300,538 units sold in January 2025, deliveries fell 30%.", "January 2025", True),
    ("Shipments were 15 per cent higher than the 54 million shipped in the second quarter of 2020.",
     "the second quarter", True),
    ("Xiaomi delivered 40,000 cars, up from the 25,000 vehicles delivered in December 2024.", "December 2024",
     True),
    ("The 300,538 units sold in January 2025 were a record.", "January 2025", False),
])
def test_english_stated_periods_compared(text, period, compared):
    start = text.index(period)
    assert period_compared_in_english(text, start, start + len(period)) is compared


@pytest.mark.parametrize(("text", "period", "compared"), [
    ("营收较2018年第一季度增长16%。", "2018年第一季度", True),
    ("净利润与2020年第二季度相比下降。", "2020年第二季度", True),
    ("从2024年第一季度起披露营收。", "2024年第一季度", False),
    ("營收較2018年第一季度增長16%。", "2018年第一季度", True),
    ("淨利潤與2020年第二季度相比下降。", "2020年第二季度", True),
    ("從2024年第一季度起披露營收。", "2024年第一季度", False),
    # The earlier figure with the verb that made it between the period and 相比.
    ("与2025年1月售出的30万辆相比，交付量下降30%。", "2025年1月", True),
    ("與2025年1月售出的30萬輛相比，交付量下降30%。", "2025年1月", True),
    ("与2025年1月售出的车型相比，新车更便宜。", "2025年1月", False),
])
def test_chinese_stated_periods_compared(text, period, compared):
    simplified, period = to_simplified(text), to_simplified(period)
    start = simplified.index(period)
    assert compared_in_chinese(simplified, start, start + len(period)) is compared


# Every Chinese comparison word, written traditional, marks the stated period after it as compared once the text is
# read as the pipeline reads it, on its simplified copy (較, 與…相比, 相較於, 對比 as 较, 与…相比, 相较于, 对比); the
# comparison words are written simplified only. Near-miss: a start (從…起) is no comparison in either script.
@pytest.mark.parametrize(("text", "compared"), [
    ("该公司第二季度营收较2023年第二季度增长15%。", True),
    ("該公司第二季度營收較2023年第二季度增長15%。", True),
    ("该公司第二季度营收比2023年第二季度增长15%。", True),
    ("該公司第二季度營收比2023年第二季度增長15%。", True),
    ("该公司第二季度营收与2023年第二季度相比增长15%。", True),
    ("該公司第二季度營收與2023年第二季度相比增長15%。", True),
    ("该公司第二季度营收相较于2023年第二季度增长15%。", True),
    ("該公司第二季度營收相較於2023年第二季度增長15%。", True),
    ("该公司第二季度营收对比2023年第二季度增长15%。", True),
    ("該公司第二季度營收對比2023年第二季度增長15%。", True),
    ("该公司从2023年第二季度起披露营收。", False),
    ("該公司從2023年第二季度起披露營收。", False),
])
def test_a_stated_period_compared_in_either_script(text, compared):
    read = [m for m in find_dates(to_simplified(text), parse_iso_period("2024-08-20")) if m.text == "2023年第二季度"]
    assert len(read) == 1 and read[0].compared is compared


# A period stated with an amount of change ("fell by more than 19% in the first three months of 2024") is the
# period in focus: "the same period", 同期 after it are that period. Near-miss: a period a figure is set
# against ("up from 4 billion yuan in the first quarter of 2023") stays a comparison, the focus unchanged.
SAME_PERIOD_ROWS = [
    ("Apple's iPhone sales in China fell by more than 19% in the first three months of 2024, while Huawei's "
     "grew by 70% over the same period.", "2024-04-23",
     [("the first three months of 2024", "2024-01-01", "quarter"), ("the same period", "2024-01-01", "quarter")]),
    ("Tesla's China deliveries rose more than 30% in the third quarter of 2023. BYD's grew 40% in the same "
     "period.", "2023-10-20",
     [("the third quarter of 2023", "2023-07-01", "quarter"), ("the same period", "2023-07-01", "quarter")]),
    ("Revenue was 5 billion yuan, up from 4 billion yuan in the first quarter of 2023. Profit rose in the same "
     "period.", "2024-04-23", [("the first quarter of 2023", "2023-01-01", "quarter")]),
    ("2024年第一季度，苹果在华销量下滑超过19%，同期华为销量增长69.7%。", "2024-04-23",
     [("2024年第一季度", "2024-01-01", "quarter"), ("同期", "2024-01-01", "quarter")]),
    ("小米2023年第三季度营收增长超过10%，同期OPPO营收下滑。", "2023-11-25",
     [("2023年第三季度", "2023-07-01", "quarter"), ("同期", "2023-07-01", "quarter")]),
    ("2024年第一季，蘋果在華銷量下滑逾19%，同期華為銷量增長69.7%。", "2024-04-23",
     [("2024年第一季", "2024-01-01", "quarter"), ("同期", "2024-01-01", "quarter")]),
    ("聯發科2023年第三季營收成長超過10%，同期高通營收下滑。", "2023-11-25",
     [("2023年第三季", "2023-07-01", "quarter"), ("同期", "2023-07-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SAME_PERIOD_ROWS)
def test_the_same_period_after_a_period_stated_with_an_amount(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# A quarter set against the one reported with "than in" ("23% more than in the second quarter") is a
# comparison: "the quarter", 该季度 after it stay the quarter reported.
THAN_IN_ROWS = [
    ("BYD sold 431,603 cars in the three months ended 30 September, 23% more than in the second quarter. Tesla "
     "delivered 435,059 cars in the quarter.", "2023-10-03",
     [("the three months ended 30 September", "2023-07-01", "quarter"), ("the second quarter", "2023-04-01", "quarter"),
      ("the quarter", "2023-07-01", "quarter")]),
    ("Xiaomi shipped 42 million phones in the third quarter of 2024, more than for the second quarter. Its "
     "margin for the quarter rose.", "2024-11-18",
     [("the third quarter of 2024", "2024-07-01", "quarter"), ("the second quarter", "2024-04-01", "quarter"),
      ("the quarter", "2024-07-01", "quarter")]),
    ("比亚迪2023年第三季度销量43万辆，比第二季度多23%。特斯拉该季度交付43.5万辆。", "2023-10-03",
     [("2023年第三季度", "2023-07-01", "quarter"), ("第二季度", "2023-04-01", "quarter"),
      ("该季度", "2023-07-01", "quarter")]),
    ("比亞迪2023年第三季銷量43萬輛，較第二季多23%。特斯拉該季交付43.5萬輛。", "2023-10-03",
     [("2023年第三季", "2023-07-01", "quarter"), ("第二季", "2023-04-01", "quarter"),
      ("該季", "2023-07-01", "quarter")]),
]


# A quarter a change is measured from ("up 6% from the second quarter", 较第二季度增长6%) is a comparison too: "a year
# ago", 去年同期 after it are the quarter reported a year back.
FROM_PERIOD_ROWS = [
    ("SMIC's revenue was $1.3 billion in the second quarter, up 43% year-over-year and 22% from the first "
     "quarter. Gross profit was $405 million compared to $248.6 million a year ago.", "2021-08-06",
     [("the second quarter", "2021-04-01", "quarter"), ("the first quarter", "2021-01-01", "quarter"),
      ("a year ago", "2020-04-01", "quarter")]),
    ("Baidu's revenue was $4.8 billion in the third quarter, up 6.46 percent from the second quarter. Its margin "
     "was 20%, against 18% at the same time a year ago.", "2024-11-21",
     [("the third quarter", "2024-07-01", "quarter"), ("the second quarter", "2024-04-01", "quarter"),
      ("the same time a year ago", "2023-07-01", "quarter")]),
    ("百度公司第三季度营收336亿元，较第二季度增长6%，去年同期为344亿元。", "2024-11-21",
     [("第三季度", "2024-07-01", "quarter"), ("第二季度", "2024-04-01", "quarter"),
      ("去年同期", "2023-07-01", "quarter")]),
    ("中芯國際第二季營收13億美元，較第一季增長22%，去年同期為9.4億美元。", "2021-08-06",
     [("第二季", "2021-04-01", "quarter"), ("第一季", "2021-01-01", "quarter"), ("去年同期", "2020-04-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FROM_PERIOD_ROWS)
def test_a_quarter_a_change_is_measured_from_is_a_comparison(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize(("text", "published", "expected"), THAN_IN_ROWS)
def test_a_quarter_after_than_in_is_a_comparison(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# A year back from a figure just told: the earlier figure standing between 一年前 and the word that compares
# ("与1年前的1%相比", as "up from 1% a year ago" has it before the words), or words after "a year ago" / 一年前
# taking up the figure ("A year ago, the figure was 50 million", "一年前这个数据是5000万次"): the period in focus
# a year back (a month here), not the year before publication's. Near misses: no figure taken up ("A year ago,
# the company launched it", 一年前推出), a product between (与一年前发布的产品相比), nothing in focus.
FIGURE_A_YEAR_BACK_ROWS = [
    # English (the figure before the words was read so already).
    ("Chinese models took about 15% of global usage in November 2025, up from 1% a year ago.", "2026-01-23",
     [("November 2025", "2025-11-01", "month"), ("a year ago", "2024-11-01", "month")]),
    ("Ernie's daily calls passed 1.5 billion in early November. A year ago, the figure was 50 million.",
     "2024-11-16", [("early November", "2024-11-01", "month"), ("A year ago", "2023-11-01", "month")]),
    ("Kuaishou's daily users reached 416 million in the third quarter. A year ago that number was 387 million.",
     "2025-11-20", [("the third quarter", "2025-07-01", "quarter"), ("A year ago", "2024-07-01", "quarter")]),
    ("A year ago, the company launched its first AI model.", "2024-11-16", [("A year ago", "2023-01-01", "year")]),
    ("A year ago, the figure was 50 million.", "2024-11-16", [("A year ago", "2023-01-01", "year")]),
    # Simplified Chinese.
    ("中国模型在2025年11月的全球市占率约为15%，与1年前的1%相比大幅增长。", "2026-01-23",
     [("2025年11月", "2025-11-01", "month"), ("1年前", "2024-11-01", "month")]),
    ("文心大模型截至11月初的日均调用量超过15亿次。一年前这个数据是5000万次。", "2024-11-16",
     [("11月初", "2024-11-01", "month"), ("一年前", "2023-11-01", "month")]),
    ("快手第三季度日活跃用户达4.16亿，和一年前的3.87亿相比增长7.5%。", "2025-11-20",
     [("第三季度", "2025-07-01", "quarter"), ("一年前", "2024-07-01", "quarter")]),
    ("百度一年前推出了文心一言。", "2024-11-16", [("一年前", "2023-01-01", "year")]),
    ("与一年前发布的产品相比，百度新模型更快。", "2024-11-16", [("一年前", "2023-01-01", "year")]),
    # Traditional Chinese.
    ("中國模型在2025年11月的全球市占率約為15%，與1年前的1%相比大幅增長。", "2026-01-23",
     [("2025年11月", "2025-11-01", "month"), ("1年前", "2024-11-01", "month")]),
    ("文心大模型截至11月初的日均調用量超過15億次。一年前這個數據是5000萬次。", "2024-11-16",
     [("11月初", "2024-11-01", "month"), ("一年前", "2023-11-01", "month")]),
    ("快手第三季度日活躍用戶達4.16億，和一年前的3.87億相比增長7.5%。", "2025-11-20",
     [("第三季度", "2025-07-01", "quarter"), ("一年前", "2024-07-01", "quarter")]),
    ("百度一年前推出了文心一言。", "2024-11-16", [("一年前", "2023-01-01", "year")]),
    ("與一年前發布的產品相比，百度新模型更快。", "2024-11-16", [("一年前", "2023-01-01", "year")]),
    # A multiple of the earlier figure ("almost double the figure a year ago", 是一年前的两倍) or a change before
    # "more than" ("62% more than a year ago") is a comparison too (en3410, en3504, en3551, en3411).
    ("In the first half of 2023, BYD handed 1.26 million vehicles to customers, almost double the figure a year "
     "ago.", "2023-07-04", [("the first half of 2023", "2023-01-01", "half"), ("a year ago", "2022-01-01", "half")]),
    ("In July, BYD sold 18,203 plug-in cars, which is 62% more than a year ago.", "2018-08-11",
     [("July", "2018-07-01", "month"), ("a year ago", "2017-07-01", "month")]),
    ("2023年上半年，比亚迪交付126万辆，几乎是一年前的两倍。", "2023-07-04",
     [("2023年上半年", "2023-01-01", "half"), ("一年前", "2022-01-01", "half")]),
    ("2023年上半年，比亞迪交付126萬輛，幾乎是一年前的兩倍。", "2023-07-04",
     [("2023年上半年", "2023-01-01", "half"), ("一年前", "2022-01-01", "half")]),
    # near miss: "more than a year ago" with no change before it is a span, the year
    ("In July, BYD said it had started the plan more than a year ago.", "2018-08-11",
     [("July", "2018-07-01", "month"), ("a year ago", "2017-01-01", "year")]),
]


# "A year earlier" / "A year ago" / 一年前 opening a sentence whose clause tells a figure ("A year earlier, PDD
# posted a net income of 8.1 billion renminbi", en1716; zs106's "一年前这个数据是5000万次" above is the same
# opening): the figure set against the one just told, so the period in focus a year back. Near misses: no figure
# in the clause (a happening), the words inside the sentence with no comparison word, nothing in focus.
OPENING_A_YEAR_BACK_ROWS = [
    ("PDD reported March-quarter revenue of 86.8 billion renminbi. The company posted a net income of 28 billion "
     "renminbi. A year earlier, PDD posted a net income of 8.1 billion renminbi.", "2024-05-23",
     [("March-quarter", "2024-01-01", "quarter"), ("A year earlier", "2023-01-01", "quarter")]),
    ("Kuaishou's revenue rose to 35.5 billion yuan in the third quarter. A year ago, it earned 31.1 billion yuan.",
     "2025-11-20", [("the third quarter", "2025-07-01", "quarter"), ("A year ago", "2024-07-01", "quarter")]),
    ("PDD reported March-quarter revenue of 86.8 billion renminbi. A year ago, PDD launched Temu in Europe.",
     "2024-05-23", [("March-quarter", "2024-01-01", "quarter"), ("A year ago", "2023-01-01", "year")]),
    ("A year ago, PDD posted a net income of 8.1 billion renminbi.", "2024-05-23",
     [("A year ago", "2023-01-01", "year")]),
    ("拼多多一季度营收868亿元，净利润280亿元。一年前，拼多多的净利润为81亿元。", "2024-05-23",
     [("一季度", "2024-01-01", "quarter"), ("一年前", "2023-01-01", "quarter")]),
    ("拼多多一季度营收868亿元。一年前，拼多多在欧洲推出了Temu。", "2024-05-23",
     [("一季度", "2024-01-01", "quarter"), ("一年前", "2023-01-01", "year")]),
    ("拼多多一季度營收868億元，淨利潤280億元。一年前，拼多多的淨利潤為81億元。", "2024-05-23",
     [("一季度", "2024-01-01", "quarter"), ("一年前", "2023-01-01", "quarter")]),
    ("拼多多一季度營收868億元。一年前，拼多多在歐洲推出了Temu。", "2024-05-23",
     [("一季度", "2024-01-01", "quarter"), ("一年前", "2023-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), OPENING_A_YEAR_BACK_ROWS)
def test_a_year_back_opening_a_figure_is_the_period_in_focus(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize(("text", "published", "expected"), FIGURE_A_YEAR_BACK_ROWS)
def test_a_figure_a_year_back_is_the_period_in_focus(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# The moment a figure is set against, a year back (splits O, R, S: "compared with the same day of 2020", "up 25% from
# the same point last year", "26.5% at the same time a year ago", "in the same quarter the year beforehand"): the
# day told before it, or the period in focus, in the year before or the year stated, a comparison that leaves the
# focus where it was. Near misses: "at the same time" alone means "also"; with nothing told before, the year the
# words name (as "last year" alone is).
SAME_MOMENT_A_YEAR_BACK_ROWS = [
    # English.
    ("JD's turnover on June 18 rose 27% compared with the same day of 2020.", "2021-06-30",
     [("June 18", "2021-06-18", "day"), ("the same day of 2020", "2020-06-18", "day")]),
    ("Tmall's sales on November 11 were up 25% from the same point last year.", "2019-11-12",
     [("November 11", "2019-11-11", "day"), ("the same point last year", "2018-11-11", "day")]),
    ("SMIC's revenue rose in the second quarter. Its gross margin was 30.1%, against 26.5% at the same time a "
     "year ago.", "2021-08-06",
     [("the second quarter", "2021-04-01", "quarter"), ("the same time a year ago", "2020-04-01", "quarter")]),
    ("Tencent's revenue for the second quarter fell to $19.8 billion from $20.4 billion in the same quarter the "
     "year beforehand.", "2022-08-18",
     [("the second quarter", "2022-04-01", "quarter"), ("the same quarter the year beforehand", "2021-04-01",
                                                        "quarter")]),
    ("Baidu's revenue for the third quarter rose 5% from the same quarter the previous year.", "2023-11-21",
     [("the third quarter", "2023-07-01", "quarter"), ("the same quarter the previous year", "2022-07-01",
                                                       "quarter")]),
    ("Alibaba's GMV rose 10% from the same time last year.", "2023-11-12", [("the same time last year", "2022-01-01",
                                                                             "year")]),
    ("Baidu launched Ernie at the same time as Alibaba launched Tongyi.", "2023-04-11", []),
    # Simplified Chinese.
    ("京东6月18日的成交额较2020年同日增长27%。", "2021-06-30",
     [("6月18日", "2021-06-18", "day"), ("2020年同日", "2020-06-18", "day")]),
    ("天猫11月11日的成交额比去年同一天增长25%。", "2019-11-12",
     [("11月11日", "2019-11-11", "day"), ("去年同一天", "2018-11-11", "day")]),
    ("中芯国际第二季度收入增长。其毛利率为30.1%，去年同一时间为26.5%。", "2021-08-06",
     [("第二季度", "2021-04-01", "quarter"), ("去年同一时间", "2020-04-01", "quarter")]),
    ("阿里巴巴和京东同日宣布降价。", "2021-06-30", [("同日", "2021-06-30", "day")]),
    # Traditional Chinese.
    ("京東6月18日的成交額較去年同日增長27%。", "2021-06-30",
     [("6月18日", "2021-06-18", "day"), ("去年同日", "2020-06-18", "day")]),
    ("中芯國際第二季度收入增長。其毛利率為30.1%，去年同一時間為26.5%。", "2021-08-06",
     [("第二季度", "2021-04-01", "quarter"), ("去年同一時間", "2020-04-01", "quarter")]),
    ("天貓成交額較去年同日增長25%。", "2019-11-12", [("去年同日", "2018-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SAME_MOMENT_A_YEAR_BACK_ROWS)
def test_the_same_moment_a_year_back_is_the_date_before_in_that_year(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# A stated month set against year on year: 同比 right before it, or a year-on-year word before the comparison word
# right before it; a comparison word alone, or a year-on-year word further off, is not (lib/rules/comparison_words.csv).
@pytest.mark.parametrize(("text", "period", "year_on_year"), [
    ("理想ONE在4月交付5539辆,同比2020年4月增长111.3%", "2020年4月", True),
    ("理想ONE在4月交付5539輛，同比 2020 年 4 月增長111.3%", "2020 年 4 月", True),
    ("Li Auto delivered 5,539 cars, up 111% year-on-year from April 2020", "April 2020", True),
    ("sales were up year over year, compared with April 2020", "April 2020", True),
    ("revenue rose 20% year-over-year versus March 2024", "March 2024", True),
    ("销量较2020年4月增长111.3%", "2020年4月", False),
    ("ARR达2.4亿美元，较2025年3月宣布的1亿美元翻倍", "2025年3月", False),
    ("Compared with the units sold in December 2025, last month's deliveries were down", "December 2025", False),
    ("sales rose 30% year-on-year in April, after March 2020's fall", "March 2020", False),
])
def test_a_month_set_against_year_on_year(text, period, year_on_year):
    assert set_against_a_year_before(to_simplified(text), text.index(period)) is year_on_year
