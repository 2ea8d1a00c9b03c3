"""dates_en_year_parts: halves, quarters, a year's first months and weeks and the two-digit year codes as
dates_en's reader reads them, with the Chinese wording of the same class where it has one."""

from __future__ import annotations

import pytest

from lib.extract.dates_en import read_english_dates
from lib.extract.dates_spec import WHOLE_YEAR, InYear, YearPart, month_part, quarter_part
from lib.parse.script import to_simplified
from tests.date_readings import found_dates, reads_as

# (sentence, the words read, their spec); other, overlapping readings may come too.
READINGS = [
    ("The app launched in July ’23.", "July ’23", InYear(month_part(7), year=2023)),
    ("Revenue rose in the third quarter of 2024.", "the third quarter of 2024", InYear(quarter_part(3), year=2024)),
    ("The model shipped in Q3 2024.", "Q3 2024", InYear(quarter_part(3), year=2024)),
    ("Kuaishou's revenue in 3Q24 beat forecasts.", "3Q24", InYear(quarter_part(3), year=2024)),
    ("Baidu's FY24 capex grew.", "FY24", InYear(WHOLE_YEAR, year=2024)),
    ("Revenue in the first half of 2024 rose.", "the first half of 2024", InYear(YearPart("half"), year=2024)),
    ("Revenue in the first six months of 2024 rose.", "the first six months of 2024",
     InYear(YearPart("half"), year=2024)),
    ("Kuaishou's 25Q3 revenue beat forecasts.", "25Q3", InYear(quarter_part(3), year=2025)),
    ("Apple's December quarter sales rose.", "December quarter", InYear(quarter_part(4))),
    ("Cash stood at $2bn as of the end of the first quarter of 2022.", "the end of the first quarter of 2022",
     InYear(month_part(3), qualifier="end", year=2022)),
    # nothing read: a code inside a product name, a span after a launch, Chinese (dates_zh's)
    ("The A25Q3 board shipped.", None, None),
    ("Sales rose in the first three months after launch.", None, None),
    ("阿里巴巴2024年上半年利润上升。", None, None),
]


@pytest.mark.parametrize(("text", "words", "spec"), READINGS)
def test_read_english_year_parts(text, words, spec):
    assert reads_as(read_english_dates, text, words, spec)


# The same parts written in either language are the same period.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alibaba's revenue in the first half of 2024 rose 5%.", [("the first half of 2024", "2024-01-01", "half")]),
        ("阿里巴巴2024年上半年收入增长5%。", [("2024年上半年", "2024-01-01", "half")]),
        ("阿里巴巴2024年上半年收入增長5%。", [("2024年上半年", "2024-01-01", "half")]),
        ("Kuaishou's revenue in 3Q24 beat forecasts.", [("3Q24", "2024-07-01", "quarter")]),
        ("快手2024年第三季度收入超预期。", [("2024年第三季度", "2024-07-01", "quarter")]),
        ("快手2024年第三季度收入超預期。", [("2024年第三季度", "2024-07-01", "quarter")]),
        # Class (AQ en4101, en4146, zt807): the quarter's digit first with a four-digit year, spaced or not, a
        # broker's estimate mark after a two-digit one, or no year at all (the quarter alone, as "Q4" alone)
        ("Meituan posted its unaudited 4Q 2024 results on Friday.", [("4Q 2024", "2024-10-01", "quarter"),
                                                                    ("Friday", "2025-03-07", "day")]),
        ("JD's 2Q2024 revenue rose 1%.", [("2Q2024", "2024-04-01", "quarter")]),
        ("For 2Q25E we expect NetEase's revenue to rise 8%.", [("2Q25E", "2025-04-01", "quarter")]),
        ("Pinduoduo's 1Q income fell 3%.", [("1Q", "2025-01-01", "quarter")]),
        ("美团2024年4Q收入增长20%。", [("2024年", "2024-01-01", "year"), ("4Q", "2024-10-01", "quarter")]),
        ("京东公布2Q2024业绩，收入增长1%。", [("2Q2024", "2024-04-01", "quarter")]),
        ("京東公佈2Q 2024業績，收入增長1%。", [("2Q 2024", "2024-04-01", "quarter")]),
        # not inside a code, a figure or a model name
        ("The A4Q board and the 4Q-series chip shipped; it scored 1.4Q.", []),
    ],
)
def test_a_part_of_a_year_is_that_period_in_either_language(text, expected):
    assert found_dates(text, "2025-03-12") == [(to_simplified(w), start, precision) for w, start, precision in expected]


# Class (split Q): the year as the owner of its half or quarter ("2020's first half", "2023’s fourth quarter") is
# that part of the year, as "the first half of 2020" is; Chinese writes the owner with 的 (2020年的上半年),
# read before. Near misses: a year owning no part ("2020's revenue") stays the year, a part owned by a company
# has no year of its own.
YEAR_OWNS_ITS_PART_ROWS = [
    ("Kuaishou reported revenue climbed 48 percent in 2020’s first half.", "2020-11-06",
     [("2020’s first half", "2020-01-01", "half")]),
    ("Meituan swung to a profit in 2023's second half, the company said.", "2024-03-22",
     [("2023's second half", "2023-07-01", "half")]),
    ("Tencent's profit jumped in 2023’s fourth quarter.", "2024-03-20",
     [("2023’s fourth quarter", "2023-10-01", "quarter")]),
    ("Baidu's 2024's first-half revenue edged up.", "2024-09-20", [("2024's first-half", "2024-01-01", "half")]),
    ("2020's revenue of Kuaishou rose 50%.", "2021-03-20", [("2020", "2020-01-01", "year")]),
    ("Baidu said the company's first half was strong.", "2021-09-20", []),
    ("快手2020年的上半年收入增长48%。", "2020-11-06", [("2020年的上半年", "2020-01-01", "half")]),
    ("腾讯2023年的第四季度利润大涨。", "2024-03-20", [("2023年的第四季度", "2023-10-01", "quarter")]),
    ("2020年的收入，快手增长50%。", "2021-03-20", [("2020年", "2020-01-01", "year")]),
    ("快手2020年的上半年收入增長48%。", "2020-11-06", [("2020年的上半年", "2020-01-01", "half")]),
    ("騰訊2023年的第四季度利潤大漲。", "2024-03-20", [("2023年的第四季度", "2023-10-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_OWNS_ITS_PART_ROWS)
def test_a_year_owning_its_half_or_quarter_is_that_part(text, published, expected):
    assert found_dates(text, published) == [(to_simplified(w), start, precision) for w, start, precision in expected]


# Class (splits AE en3043 "In the first three quarters this year, Nio delivered 26,375 cars", AL en3607 "in the first
# quarter this year"; annotated as one expression each, as "the same quarter last year" and "Q1 this year" are read):
# a relative year right after a part of a year names the part's year, one date, not the part and the year apart
# (which told the same period twice: a false event beside the gold). Chinese writes the year first (今年一季度,
# 今年前三季度), one expression already. Near misses: the part alone, a part "of the game".
PART_THEN_RELATIVE_YEAR_ROWS = [
    ("In the first three quarters this year, Nio delivered 26,375 cars.", "2020-10-26",
     [("the first three quarters this year", "2020-01-01", "year")]),
    ("HarmonyOS' market share expanded to 17% in the first quarter this year.", "2024-05-10",
     [("the first quarter this year", "2024-01-01", "quarter")]),
    ("Baidu's revenue fell in the second quarter last year.", "2024-05-10",
     [("the second quarter last year", "2023-04-01", "quarter")]),
    ("Meituan's profit rose in the first half this year.", "2024-09-10",
     [("the first half this year", "2024-01-01", "half")]),
    ("In the first three quarters, Nio delivered 26,375 cars.", "2020-10-26",
     [("the first three quarters", "2020-01-01", "year")]),
    ("He scored in the first three quarters of the game.", "2020-10-26", []),
    # (the year so far read on its year's words: one date, the same period)
    ("蔚来今年前三季度交付26375辆。", "2020-10-26", [("今年", "2020-01-01", "year")]),
    ("鸿蒙今年一季度份额升至17%。", "2024-05-10", [("今年一季度", "2024-01-01", "quarter")]),
    ("蔚來今年前三季度交付26375輛。", "2020-10-26", [("今年", "2020-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PART_THEN_RELATIVE_YEAR_ROWS)
def test_a_relative_year_right_after_a_part_of_a_year_is_its_year(text, published, expected):
    assert found_dates(text, published) == [(to_simplified(w), start, precision) for w, start, precision in expected]


# Class (AP en4041 "its fastest rate of growth since the December quarter of 2019", read as the coming December
# quarter beside a year 2019 of its own; the month-named quarter is the usual wording of Apple's, Alibaba's and
# Tencent's reports, 18 development excerpts): a year told with a quarter named by its closing month is that
# quarter's, before "quarter" or after it, as "the fourth quarter of 2019" is one expression. Chinese names such a
# quarter by its end (截至2019年12月止季度), one expression already. Near misses: the quarter alone keeps the
# nearest one, a month with its year and no "quarter" stays the month.
MONTH_NAMED_QUARTER_WITH_ITS_YEAR_ROWS = [
    ("Cloud revenue grew at its fastest pace since the December quarter of 2019.", "2020-11-06",
     [("the December quarter of 2019", "2019-10-01", "quarter")]),
    ("Apple's sales in the June quarter of 2021 beat forecasts.", "2022-08-01",
     [("the June quarter of 2021", "2021-04-01", "quarter")]),
    ("Tencent's revenue in the September 2022 quarter fell 2%.", "2023-03-22",
     [("the September 2022 quarter", "2022-07-01", "quarter")]),
    ("Alibaba's profit in the March quarter last year rose.", "2024-05-14",
     [("the March quarter last year", "2023-01-01", "quarter")]),
    ("Alibaba's cloud revenue rose 34% in the September quarter.", "2020-11-06",
     [("the September quarter", "2020-07-01", "quarter")]),
    ("Tencent opened the studio in December 2019.", "2020-11-06", [("December 2019", "2019-12-01", "month")]),
    ("阿里云收入增速为截至2019年12月止季度以来最快。", "2020-11-06", [("2019年12月止季度", "2019-10-01", "quarter")]),
    ("騰訊截至2022年9月止季度收入下跌2%。", "2023-03-22", [("2022年9月止季度", "2022-07-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), MONTH_NAMED_QUARTER_WITH_ITS_YEAR_ROWS)
def test_a_year_told_with_a_month_named_quarter_is_its_year(text, published, expected):
    assert found_dates(text, published) == [(to_simplified(w), start, precision) for w, start, precision in expected]
