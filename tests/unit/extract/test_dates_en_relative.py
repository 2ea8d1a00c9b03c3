"""dates_en_relative on its own: English dates named from the publication day."""

from __future__ import annotations

import pytest

from lib.extract.dates_en_relative import read_english_relative_dates
from lib.extract.dates_spec import WHOLE_YEAR, Chained, InYear, OnWeekday, Shift, half_part
from lib.parse.script import to_simplified
from tests.date_readings import read_in_order, reads_as

CASES = [
    ("Baidu said yesterday it would cut prices.", "yesterday", Shift("day", -1)),
    ("As of press time, Alibaba had not replied.", "As of press time", Shift("day", 0)),
    ("Tencent raised prices last week.", "last week", Shift("week", -1)),
    ("Baidu will report results next quarter.", "next quarter", Shift("quarter", 1)),
    ("The current quarter looks weak.", "current quarter", Shift("quarter", 0)),
    ("Earlier this month, Tencent raised prices.", "Earlier this month", Shift("month", 0)),
    ("The chip arrives later this year.", "later this year", InYear(WHOLE_YEAR, offset=0, ahead=True)),
    # Class (split Z, Shein "aiming to go public within the year", "hoping to go public in the region within the
    # year"; 年内/今年内 in I and J): the publication year, as 年内 is (test_dates_zh_year_less_parts).
    ("Shein aims to list in Hong Kong within the year.", "within the year",
     InYear(WHOLE_YEAR, offset=0, of_the_year=True)),
    ("Moonshot hopes to close the round within this year.", "within this year", InYear(WHOLE_YEAR, offset=0)),
    ("Alibaba announced the deal two days ago.", "two days ago", Shift("day", -2)),
    ("Xiaomi shipped three months ago.", "three months ago", Shift("month", -3)),
    ("The firm listed two years ago.", "two years ago", InYear(WHOLE_YEAR, offset=-2)),
    # Class (split U "the shopping season initiated by the country's e-commerce giants a decade ago", split A
    # 阿里巴巴在十年前创造的节日): a decade back is the year ten back, as 十年前 is (test_dates_zh_relative).
    ("Alibaba created Singles' Day a decade ago.", "a decade ago", InYear(WHOLE_YEAR, offset=-10)),
    ("Tencent launched QQ two decades ago.", "two decades ago", InYear(WHOLE_YEAR, offset=-20)),
    # set against a figure: a year back is the period reported a year back, two or more years back the year
    ("Revenue fell 48 percent from a year ago.", "a year ago",
     Chained("period", -1, otherwise=InYear(WHOLE_YEAR, offset=-1))),
    ("Daily orders doubled from three years ago.", "three years ago", InYear(WHOLE_YEAR, offset=-3)),
    ("Users rose 60% from two years ago.", "two years ago", InYear(WHOLE_YEAR, offset=-2)),
    ("Revenue in the first half grew.", "the first half", InYear(half_part(1), offset=0, of_the_year=True)),
    # Class (split S, the Commerce Secretary on the app-store bans: 'said, "Today's actions prove once again…"'):
    # a happening "today's" owns ("the actions", "the launch": company_references.txt) is the publication day's,
    # capitalised after an opening quote too.
    ('Wilbur Ross said, "Today\'s actions prove once again that we will act."', "Today", Shift("day", 0)),
    ("Investors cheered today’s listing of Zhipu.", "today", Shift("day", 0)),
    ("Today's launch drew crowds.", "Today", Shift("day", 0)),
    ("Baidu cut prices on Monday.", "Monday", OnWeekday(0)),
    ("The board meets next Wednesday.", "next Wednesday", OnWeekday(2, week_offset=1)),
    ("The board meets this Friday.", "this Friday", OnWeekday(4, week_offset=0)),
    # nothing read
    ("Chinese firms began making chips decades ago.", None, None),  # no count of decades, no year
    ("Shares of USA Today rose.", None, None),  # a name, capitalised inside the sentence
    ("Capital Today invested in Meituan.", None, None),
    ("Today's models are larger.", None, None),
    ("Today’s consumers want AI.", None, None),
    ("Over the past month, prices fell.", None, None),  # a span
    ("Over the last year, prices fell.", None, None),
    ("百度昨天宣布降价。", None, None),
]


@pytest.mark.parametrize(("text", "words", "spec"), CASES)
def test_read_english_relative_dates(text, words, spec):
    assert reads_as(read_english_relative_dates, text, words, spec)


@pytest.mark.parametrize("text", ["Baidu reported results this quarter.", "In this quarter, revenue rose 5%."])
def test_this_quarter_is_left_to_the_chained_reader(text):
    # It may be the quarter a results article reports (dates_en_chains), not publication's.
    assert not [c for c in read_english_relative_dates(text) if text[c.start:c.end].endswith("this quarter")]


# A results article compares a figure with the period it reports a year back ("down 48 percent from a year ago"
# after a quarter reported); two or more years back is no such comparison but the year counted back from
# publication: Meituan's record day "doubling from three years ago" (Barron's, 2023-11, paraphrased) is 2020.
# Chinese writes "较三年前翻了一番" (test_dates_zh_relative).
YEARS_BACK_IN_RESULTS_ROWS = [
    ("Meituan's revenue rose 22% in the third quarter. Peak daily orders hit a record 78 million, doubling "
     "from three years ago.",
     [("the third quarter", "2023-07-01", "quarter"), ("three years ago", "2020-01-01", "year")]),
    ("In the third quarter of 2023, Tencent's revenue grew. Weixin users spent twice as long as two years ago.",
     [("the third quarter of 2023", "2023-07-01", "quarter"), ("two years ago", "2021-01-01", "year")]),
    ("Baidu's cloud revenue rose in the second quarter. It is up fivefold from five years ago.",
     [("the second quarter", "2023-04-01", "quarter"), ("five years ago", "2018-01-01", "year")]),
    # near misses: a year back is the quarter reported a year back; told alone, three years back is a year
    ("Meituan's revenue rose 22% in the third quarter. Orders rose 30% from a year ago.",
     [("the third quarter", "2023-07-01", "quarter"), ("a year ago", "2022-07-01", "quarter")]),
    ("Three years ago, Meituan started drone deliveries.", [("Three years ago", "2020-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "expected"), YEARS_BACK_IN_RESULTS_ROWS)
def test_two_or_more_years_back_is_a_year_not_the_quarter_reported(text, expected):
    assert read_in_order(text, "2023-11-28") == expected


# Class (AE zs2955 "港交所迎来了新年第一批挂牌公司", K zt902 "美中芯片技術衝突在新年開始即迅速升級", W en2106 "its first
# large-scale recruitment event for brand merchants in the new year"): the new year told as a period is the year whose
# first day lies nearest publication, that year in January, the coming one in December; its start (新年开始, 伊始,
# 之初) the year's early part, as 年初 is. Near misses: the lunar new year (a festival), a greeting or a gift, "before
# the new year" (the old year's end), 新年俗 (new customs).
NEW_YEAR_ROWS = [
    ("AliExpress launched its first recruitment event for brand merchants in the new year.", "2026-01-09",
     [("the new year", "2026-01-01", "year")]),
    ("Tencent will launch the game in the new year.", "2025-12-10", [("the new year", "2026-01-01", "year")]),
    ("1月8日，港交所迎来了新年第一批挂牌公司。", "2026-01-08",
     [("1月8日", "2026-01-08", "day"), ("新年", "2026-01-01", "year")]),
    ("1月8日，港交所迎來了新年第一批掛牌公司。", "2026-01-08",
     [("1月8日", "2026-01-08", "day"), ("新年", "2026-01-01", "year")]),
    ("美中芯片技术冲突在新年开始即迅速升级。", "2026-01-05", [("新年开始", "2026-01-01", "quarter")]),
    ("美中芯片技術衝突在新年開始即迅速升級。", "2026-01-05", [("新年开始", "2026-01-01", "quarter")]),
    ("腾讯计划在新年伊始推出新游戏。", "2025-12-10", [("新年伊始", "2026-01-01", "quarter")]),
    # near misses
    ("Just before the new year, Alibaba Cloud cut its prices.", "2025-01-03", []),
    ("Tencent paid out red envelopes in the Lunar New Year holiday.", "2025-12-10",
     [("Lunar New Year", "2025-01-29", "day")]),
    ("腾讯祝大家新年快乐，并发放新年红包。", "2026-01-08", []),
    ("騰訊祝大家新年快樂，並發放新年紅包。", "2026-01-08", []),
    ("从拜年新年俗到春晚新互动，快手数据亮眼。", "2019-02-15", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), NEW_YEAR_ROWS)
def test_the_new_year_is_the_year_starting_nearest_publication(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# "last month's agreement" printed without its apostrophe ("Building on last months agreement with Uber", AB
# en2613) is last month, as 上月的协议 is; not a plural span: "the last months of 2024", "last months have been".
APOSTROPHE_LESS_ROWS = [
    ("Building on last months agreement with Uber, Baidu will expand.", [("last months", "2025-07-01", "month")]),
    ("Xiaomi beat last years sales record.", [("last years", "2024-01-01", "year")]),
    ("Baidu signed last month's agreement with Uber.", [("last month", "2025-07-01", "month")]),
    ("百度在上月的协议基础上扩大合作。", [("上月", "2025-07-01", "month")]),
    # near misses
    ("Over the last months of 2024, Baidu grew.", [("2024", "2024-01-01", "year")]),
    ("Baidu's sales last months have been weak.", []),
    ("In the last months sales grew at Baidu.", []),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHE_LESS_ROWS)
def test_a_relative_period_without_its_apostrophe_is_read(text, expected):
    assert read_in_order(text, "2025-08-05") == expected


# Class (AQ en4104 "a 26% jump over last year’s numbers"): "over" with no "the" before "last/this/next <unit>" names
# that period (a comparison, or the period throughout), as 较去年 does; "over the last year" and "over the past
# month" stay rolling spans, no period.
OVER_A_NAMED_PERIOD_ROWS = [
    ("JD's GMV rose 30% over last year’s figure.", [("last year", "2024-01-01", "year")]),
    ("Meituan's orders grew 12% over last month.", [("last month", "2025-07-01", "month")]),
    ("京东的成交额较去年的数字增长30%。", [("去年", "2024-01-01", "year")]),
    ("京東的成交額較去年的數字增長30%。", [("去年", "2024-01-01", "year")]),
    # near misses: rolling spans
    ("JD's GMV rose over the last year.", []),
    ("Meituan's orders grew over the past month.", []),
]


@pytest.mark.parametrize(("text", "expected"), OVER_A_NAMED_PERIOD_ROWS)
def test_over_a_named_relative_period_is_that_period(text, expected):
    assert read_in_order(text, "2025-08-05") == [(to_simplified(w), s, p) for w, s, p in expected]
