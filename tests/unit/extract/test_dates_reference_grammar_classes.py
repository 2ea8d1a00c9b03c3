"""Date classes taken from reference grammars (Recognizers-Text's English and Chinese date grammars, jionlp's
time parser), not from a split's misses (issue 9): each in English, simplified and traditional Chinese, with
the period a careful reader resolves under tests/data/realnews/README.md's conventions.

Published Wednesday 2025-03-12 unless a row says otherwise. Reference days: Thanksgiving 2023-11-23,
2024-11-28, 2025-11-27. Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from tests.date_readings import found_dates

WEDNESDAY = "2025-03-12"

# ---- "the week of <day>": the week that holds the day (Recognizers-Text's WeekOfRegex) ----------------------
WEEK_OF_A_DAY = [
    ("Nio will start deliveries the week of March 17.", [("the week of March 17", "2025-03-17", "week")]),
    ("Nio started deliveries during the week of Feb. 24.", [("the week of Feb. 24", "2025-02-24", "week")]),
    # The week holds the day, whichever weekday it is: March 7 is a Friday.
    ("Nio delivered 10,000 cars in the week ending March 7.", [("the week ending March 7", "2025-03-03", "week")]),
    ("Nio will open orders in the week beginning March 17.", [("the week beginning March 17", "2025-03-17", "week")]),
    # Its Monday may lie in the year before the day's.
    ("Nio said sales rose in the week of Jan. 1, 2025.", [("the week of Jan. 1, 2025", "2024-12-30", "week")]),
    ("Nio will open orders the week starting on March 17.",
     [("the week starting on March 17", "2025-03-17", "week")]),
    # Chinese tells the week after its day (当周): the day, then its week.
    ("蔚来3月3日当周交付了1万辆。", [("3月3日", "2025-03-03", "day"), ("当周", "2025-03-03", "week")]),
    ("蔚來3月3日當週交付了1萬輛。", [("3月3日", "2025-03-03", "day"), ("当周", "2025-03-03", "week")]),
]

# ---- two units from publication's (Recognizers-Text's AfterNextSuffixRegex; 上上周, 下下个月, 前年) --------------
TWO_UNITS_AWAY = [
    ("Xiaomi launched the phone the week before last.", [("the week before last", "2025-02-24", "week")]),
    ("Xiaomi will launch the phone the week after next.", [("the week after next", "2025-03-24", "week")]),
    ("Xiaomi's sales peaked the month before last.", [("the month before last", "2025-01-01", "month")]),
    ("Xiaomi will open a plant the month after next.", [("the month after next", "2025-05-01", "month")]),
    ("Xiaomi listed its car unit the year before last.", [("the year before last", "2023-01-01", "year")]),
    ("Xiaomi's margin fell the quarter before last.", [("the quarter before last", "2024-07-01", "quarter")]),
    ("小米上上周发布了手机。", [("上上周", "2025-02-24", "week")]),
    ("小米将于下下周发布手机。", [("下下周", "2025-03-24", "week")]),
    ("小米上上個月的銷量見頂。", [("上上个月", "2025-01-01", "month")]),
    ("小米前年分拆了汽车业务。", [("前年", "2023-01-01", "year")]),
]

# ---- a day of the month before or after publication's (Recognizers-Text's SpecialDate; 上月15日) -------------
DAY_OF_A_MONTH_AWAY = [
    ("Tencent released the model on the 15th of last month.", [("the 15th of last month", "2025-02-15", "day")]),
    ("Tencent will release the model on the 3rd of next month.", [("the 3rd of next month", "2025-04-03", "day")]),
    # No 31st in February: the month alone, as "last month" is.
    ("Tencent released the model on the 31st of last month.", [("last month", "2025-02-01", "month")]),
    ("腾讯上月15日发布了新模型。", [("上月15日", "2025-02-15", "day")]),
    ("騰訊將於下月3日發布新模型。", [("下月3日", "2025-04-03", "day")]),
]

# ---- mid-year: the year, qualifier "mid" (Recognizers-Text's MidPrefixRegex; 年中) ---------------------------
MID_YEAR = [
    ("Tencent plans to list the unit by mid-year.", [("mid-year", "2025-01-01", "year")]),
    ("Tencent plans to list the unit by midyear, a person said.", [("midyear", "2025-01-01", "year")]),
    ("Tencent plans to list the unit by mid-year 2026.", [("mid-year 2026", "2026-01-01", "year")]),
    ("Tencent said it would finish the plant until midyear.", [("midyear", "2025-01-01", "year")]),
    # A report, a sale or a review it qualifies is no time of what is told.
    ("Tencent reported strong mid-year results.", []),
    ("JD set a sales record during its midyear shopping festival.", []),
    ("Tencent will hold a mid-year review by mid-year.", [("mid-year", "2025-01-01", "year")]),
    ("腾讯计划明年年中上市。", [("明年年中", "2026-01-01", "year")]),
    ("騰訊計劃2026年年中上市。", [("2026年年中", "2026-01-01", "year")]),
    # After a word placing something in time (at, in; 在, 于, 到, 至) mid-year is that time whatever follows
    # (H zs607 "快手在年中追加了可灵 AI 在推理算力方面的投入").
    ("Kuaishou added inference computing for Kling at mid-year.", [("mid-year", "2025-01-01", "year")]),
    ("Kuaishou raised its investment in mid-year, analysts said.", [("mid-year", "2025-01-01", "year")]),
    ("快手在年中追加了可灵的算力投入。", [("年中", "2025-01-01", "year")]),
    ("快手在年中追加了可靈的算力投入。", [("年中", "2025-01-01", "year")]),
    ("截至年中，快手已追加投入。", [("年中", "2025-01-01", "year")]),
    # Opening a clause, where 年 alone starts no other word (AM zt3731 "…的決心，年中追加了可靈AI…的投入").
    ("Mid-year, Kuaishou added inference computing for Kling.", [("Mid-year", "2025-01-01", "year")]),
    ("快手坚定了投入的决心，年中追加了可灵的算力投入。", [("年中", "2025-01-01", "year")]),
    ("快手堅定了投入的決心，年中追加了可靈的算力投入。", [("年中", "2025-01-01", "year")]),
    ("快手表示；年中将追加投入。", [("年中", "2025-01-01", "year")]),
    ("Kuaishou kept its plan. Mid-year 2026, it will add computing.", [("Mid-year 2026", "2026-01-01", "year")]),
    ("Mid-year results showed Kuaishou's revenue rising.", []),
    # Not a report it qualifies, nor a count of years (在一年中: in a year).
    ("Kuaishou reported in mid-year results that revenue rose.", []),
    ("快手在一年中最重要的节日推出活动。", []),
]

# ---- the start of the year up to now: the year, as 今年以来 and "so far this year" (jionlp's 从…起至今) ---------
YEAR_SO_FAR = [
    ("腾讯股价年初至今上涨30%。", [("年初至今", "2025-01-01", "year")]),
    ("腾讯股价自年初以来上涨30%。", [("年初以来", "2025-01-01", "year")]),
    ("腾讯股价今年年初至今上涨30%。", [("今年年初至今", "2025-01-01", "year")]),
    ("騰訊股價今年初以來上漲30%。", [("今年初以来", "2025-01-01", "year")]),
    ("Tencent shares have risen 30% so far this year.", [("this year", "2025-01-01", "year")]),
    # With its year stated it is a span from early that year, read as that year's start.
    ("腾讯股价2024年初以来上涨30%。", [("2024年初", "2024-01-01", "quarter")]),
    # "year-to-date" qualifies a figure as a duration does: no date (the real set annotates none).
    ("Tencent shares are down 7% year-to-date.", []),
]

# ---- named days fixed by a weekday or a day before a festival (Recognizers-Text's holiday lists) -------------
NAMED_DAYS = [
    ("Alibaba's sales rose on Christmas Eve.", [("Christmas Eve", "2024-12-24", "day")]),
    ("阿里巴巴平安夜的销量创下新高。", [("平安夜", "2024-12-24", "day")]),
    ("阿里巴巴聖誕夜的銷量創下新高。", [("圣诞夜", "2024-12-24", "day")]),
    ("Temu cut prices on Thanksgiving Day.", [("Thanksgiving Day", "2024-11-28", "day")]),
    ("Temu cut prices ahead of Thanksgiving 2023.", [("Thanksgiving 2023", "2023-11-23", "day")]),
    ("拼多多旗下Temu在2023年感恩节期间降价。", [("2023年感恩节", "2023-11-23", "day")]),
    ("Temu在去年感恩節期間降價。", [("去年感恩节", "2024-11-28", "day")]),
    ("Temu will cut prices for Thanksgiving this year.", [("Thanksgiving", "2025-11-27", "day"),
                                                          ("this year", "2025-01-01", "year")]),
    # The retail days counted from it are the yearly event compared with, no day (lib/rules/not_dates.txt).
    ("Alibaba's sale has eclipsed Black Friday and Cyber Monday.", []),
]


@pytest.mark.parametrize(("sentence", "expected"),
                         WEEK_OF_A_DAY + TWO_UNITS_AWAY + DAY_OF_A_MONTH_AWAY + MID_YEAR + YEAR_SO_FAR + NAMED_DAYS)
def test_a_reference_grammar_class_reads_its_period(sentence, expected):
    assert found_dates(sentence, WEDNESDAY) == expected
