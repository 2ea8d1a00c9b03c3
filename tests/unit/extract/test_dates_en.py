"""dates_en on its own: the English candidate reader's readings of absolute and year-less dates (parts of a
year, "the first half of 2024", "Q3 2024", "3Q24": test_dates_en_year_parts)."""

from __future__ import annotations

import pytest

from lib.extract.dates_en import read_english_dates
from lib.extract.dates_spec import WHOLE_YEAR, Chained, InYear, day_part, month_part, quarter_part
from lib.parse.script import to_simplified
from tests.date_readings import found_dates, reads_as

# (sentence, the words read, their spec); other, overlapping readings may come too.
CASES = [
    ("The ban takes effect on January 19, 2025.", "January 19, 2025", InYear(day_part(1, 19), year=2025)),
    ("Alibaba reported results on 2024-11-15.", "2024-11-15", InYear(day_part(11, 15), year=2024)),
    ("The filing is dated 03/15/2024.", "03/15/2024", InYear(day_part(3, 15), year=2024)),
    # slashes month first, dashes and dots with the year last day first, a number over 12 the day either way
    ("Updated: 02/07/2021 18:01 IST", "02/07/2021", InYear(day_part(2, 7), year=2021)),
    ("Updated: 02-07-2021 18:01 IST", "02-07-2021", InYear(day_part(7, 2), year=2021)),
    ("The filing is dated 02.07.2021.", "02.07.2021", InYear(day_part(7, 2), year=2021)),
    ("The filing is dated 13-07-2021.", "13-07-2021", InYear(day_part(7, 13), year=2021)),
    ("The filing is dated 07-13-2021.", "07-13-2021", InYear(day_part(7, 13), year=2021)),
    ("Trading resumed on Jan. 28.", "Jan. 28", InYear(day_part(1, 28))),
    ("Xiaomi may mark the 15th of May.", "the 15th of May", InYear(day_part(5, 15))),
    ("ByteDance said in March that it would expand.", "March", InYear(month_part(3))),
    ("Shares slid in early March.", "early March", InYear(month_part(3), qualifier="early")),
    ("Tencent opened the office last July.", "last July", InYear(month_part(7), toward="before")),
    ("Meituan will expand next March.", "next March", InYear(month_part(3), toward="after")),
    ("Alibaba was founded in 1999.", "1999", InYear(WHOLE_YEAR, year=1999)),
    ("Sales peaked in late 2023.", "late 2023", InYear(quarter_part(4), qualifier="late", year=2023)),
    ("Sales fell at the end of the year.", "the end of the year",
     InYear(quarter_part(4), qualifier="end", offset=0, of_the_year=True)),
    ("Pre-orders run Aug 9 to 11 on Tmall.", "11", Chained("day", 2, same_sentence=True, range_end=True)),
    # nothing read
    ("The company has 2000 employees.", None, None),
    ("ByteDance may sell TikTok.", None, None),
    ("阿里巴巴2024年3月5日发布新模型。", None, None),
]


@pytest.mark.parametrize(("text", "words", "spec"), CASES)
def test_read_english_dates(text, words, spec):
    assert reads_as(read_english_dates, text, words, spec)


# A bare year right after an event's or a product's name is part of the name ("CES 2026", "MWC 2024",
# "华为全连接大会 2025", "世界人工智能大会2025", "Windows 2000"), not a date of that year; a date in the same
# sentence is still read, and so is the year with a preposition ("at CES in 2026") or 年 ("2025年世界人工智能大会").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CES 2026 opened in Las Vegas on January 6.", [("January 6", "2026-01-06", "day")]),
        ("Xiaomi showed its new phone at MWC 2024.", []),
        ("Apple unveiled the feature at WWDC 2025.", []),
        ("Huawei laid out its Ascend roadmap at Huawei Connect 2025.", []),
        ("The factory's servers still run Windows 2000.", []),
        ("Xiaomi plans to show the car at CES in 2026.", [("2026", "2026-01-01", "year")]),
        ("In 2025, Huawei Connect drew 20,000 visitors.", [("2025", "2025-01-01", "year")]),
        ("华为在全连接大会 2025上发布昇腾芯片路线图。", []),
        ("世界人工智能大会2025在上海开幕，商汤发布新模型。", []),
        ("小米在CES 2026上展示了新车。", []),
        ("2025年世界人工智能大会在上海开幕。", [("2025年", "2025-01-01", "year")]),
        ("华为全连接大会于2025年9月在上海举行。", [("2025年9月", "2025-09-01", "month")]),
        ("華為輪值董事長在華為全連接大會 2025 上宣布昇騰晶片路線圖。", []),
        ("小米在CES 2026展示新車，雷軍1月6日亮相。", [("1月6日", "2026-01-06", "day")]),
        ("2025年世界人工智慧大會在上海開幕。", [("2025年", "2025-01-01", "year")]),
    ],
)
def test_a_year_in_an_event_or_product_name_is_no_date(text, expected):
    assert found_dates(text, "2026-01-08") == [(to_simplified(words), start, precision)
                                               for words, start, precision in expected]


# Class (AA en2501, "date words not read"): two years joined by a slash ("planned for 2024/2025", 2024/2025年) are
# either year, as "2024 or 2025", "2024-2025" and 2025-2027年 are. Not a day written with slashes ("2024/05/12"), a
# fiscal label's second year ("FY2024/2025"), a two-digit second year ("the 2024/25 season": a fiscal or a
# season's span) or a share ("2024/3000").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pony.ai expects mass commercialization planned for 2024/2025.",
         [("2024", "2024-01-01", "year"), ("2025", "2025-01-01", "year")]),
        ("Baidu plans to take Apollo Go to Europe in 2025/2026.",
         [("2025", "2025-01-01", "year"), ("2026", "2026-01-01", "year")]),
        ("Alibaba reported results on 2024/05/12.", [("2024/05/12", "2024-05-12", "day")]),
        ("Lenovo's FY2024/2025 results beat estimates.", [("FY2024", "2024-01-01", "year")]),
        ("Tencent sponsors the league's 2024/25 season.", []),
        ("小马智行计划于2024/2025年实现大规模商业化。",
         [("2024", "2024-01-01", "year"), ("2025年", "2025-01-01", "year")]),
        ("小馬智行計劃於2024／2025年實現大規模商業化。",
         [("2024", "2024-01-01", "year"), ("2025年", "2025-01-01", "year")]),
        ("百度计划于2025-2026年进入欧洲。", [("2025", "2025-01-01", "year"), ("2026年", "2026-01-01", "year")]),
    ],
)
def test_two_years_joined_by_a_slash_are_either_year(text, expected):
    assert found_dates(text, "2022-04-24") == [(to_simplified(words), start, precision)
                                               for words, start, precision in expected]


# "last October 7th", "next April 3": a day of the month in the direction named, as "last July" is a month;
# Chinese states the year ("去年10月7日"). "last October" stays a month.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Export controls announced last October 7th hit SMIC.", [("last October 7th", "2024-10-07", "day")]),
        ("Huawei will ship the phone next April 3.", [("next April 3", "2025-04-03", "day")]),
        ("Tencent said this March 20th that it would raise spending.", [("this March 20th", "2025-03-20", "day")]),
        ("去年10月7日公布的出口管制打击了中芯国际。", [("去年10月7日", "2024-10-07", "day")]),
        ("去年10月7日公佈的出口管制打擊了中芯國際。", [("去年10月7日", "2024-10-07", "day")]),
        ("Baidu cut prices last October, and shares fell 7%.", [("last October", "2024-10-01", "month")]),
        # Class (splits C, F, R): "last <month>" two or more months back is the year before's ("last January" in
        # March, "last May" in July): this year's is named bare ("in January"). The month just ended is written
        # either way and stays this year's ("last February" in March). Chinese states the year (去年1月).
        ("Meituan launched KeeTa in Hong Kong last January, and Riyadh followed.",
         [("last January", "2024-01-01", "month")]),
        ("Baidu first showed Ernie last February.", [("last February", "2025-02-01", "month")]),
        ("美团去年1月在香港推出KeeTa。", [("去年1月", "2024-01-01", "month")]),
        ("美團去年1月在香港推出KeeTa。", [("去年1月", "2024-01-01", "month")]),
        ("Last October 2024 was Baidu's weakest month.",
         [("Last October", "2024-10-01", "month"), ("2024", "2024-01-01", "year")]),
    ],
)
def test_a_directed_month_with_its_day_is_that_day(text, expected):
    assert found_dates(text, "2025-03-12") == expected
