"""A year told in an aside about a name reaches only to the aside's close, and a year naming a thing ("a 2024
law") no further than its words: the year-less dates after them take the publication's year, as the reader
takes them (class: year-less dates in dated articles, the wrong year). Years in the sentence's own clause keep
giving their year (rows that must not change).

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_year_asides import clause_reach, opens_the_sentence, told_aside, year_reach
from lib.parse.script import to_simplified
from tests.date_readings import found_dates

MARCH = "2024-03-20"

ASIDE_ROWS = [
    # English: a relative or participial aside after a comma, a parenthesis, a year naming a thing.
    ("JD.com, founded in 1998, said on March 3 that it would hire 10,000 couriers.", MARCH,
     [("1998", "1998-01-01", "year"), ("March 3", "2024-03-03", "day")]),
    ("Xiaomi, which entered the car business in 2021, delivered 7,000 SU7s in February.", MARCH,
     [("2021", "2021-01-01", "year"), ("February", "2024-02-01", "month")]),
    ("Pinduoduo, whose Temu app launched in 2022, said on March 12 that sales doubled.", MARCH,
     [("2022", "2022-01-01", "year"), ("March 12", "2024-03-12", "day")]),
    ("OpenAI's ChatGPT, launched in November 2022, gained plugins on March 3.", MARCH,
     [("November 2022", "2022-11-01", "month"), ("March 3", "2024-03-03", "day")]),
    ("Baidu's Ernie Bot, unveiled in 2023, added voice on March 3.", MARCH,
     [("2023", "2023-01-01", "year"), ("March 3", "2024-03-03", "day")]),
    ("Meituan (listed in 2018) cut delivery fees on March 1.", MARCH,
     [("2018", "2018-01-01", "year"), ("March 1", "2024-03-01", "day")]),
    ("ByteDance must comply with a 2023 law, the White House said on March 14.", MARCH,
     [("2023", "2023-01-01", "year"), ("March 14", "2024-03-14", "day")]),
    # Simplified Chinese: a founding modifier closed by 的, a parenthesis.
    ("成立于1998年的京东3月3日表示将招聘1万名快递员。", MARCH,
     [("1998年", "1998-01-01", "year"), ("3月3日", "2024-03-03", "day")]),
    ("京东（成立于1998年）3月3日表示将招聘1万名快递员。", MARCH,
     [("1998年", "1998-01-01", "year"), ("3月3日", "2024-03-03", "day")]),
    ("创办于2015年的拼多多2月营收大增。", MARCH,
     [("2015年", "2015-01-01", "year"), ("2月", "2024-02-01", "month")]),
    # Traditional Chinese.
    ("成立於1998年的京東3月3日表示將招聘1萬名快遞員。", MARCH,
     [("1998年", "1998-01-01", "year"), ("3月3日", "2024-03-03", "day")]),
    ("美團（2018年在港上市）3月1日下調配送費。", MARCH,
     [("2018年", "2018-01-01", "year"), ("3月1日", "2024-03-01", "day")]),
    ("創立於2012年的字節跳動2月發布新模型。", MARCH,
     [("2012年", "2012-01-01", "year"), ("2月", "2024-02-01", "month")]),
    # Must not change: a year in the sentence's own clause, a year naming a period, 的 without an aside.
    ("Xiaomi announced its EV ambitions in 2021 and unveiled a prototype in March.", MARCH,
     [("2021", "2021-01-01", "year"), ("March", "2021-03-01", "month")]),
    ("Huawei set its 2023 revenue target in January and raised it in March.", MARCH,
     [("2023", "2023-01-01", "year"), ("January", "2023-01-01", "month"), ("March", "2023-03-01", "month")]),
    ("In 2023, Alibaba cut prices in March.", MARCH,
     [("2023", "2023-01-01", "year"), ("March", "2023-03-01", "month")]),
    ("In the 2023 fiscal year, revenue rose and in March the company cut prices.", MARCH,
     [("2023", "2023-01-01", "year"), ("March", "2023-03-01", "month")]),
    ("阿里2023年3月发布模型，5月后降价。", MARCH,
     [("2023年3月", "2023-03-01", "month"), ("5月", "2023-05-01", "month")]),
    ("2023年的营收增长10%，3月公司降价。", MARCH,
     [("2023年", "2023-01-01", "year"), ("3月", "2023-03-01", "month")]),
    ("2023年的營收增長10%，3月公司降價。", MARCH,
     [("2023年", "2023-01-01", "year"), ("3月", "2023-03-01", "month")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), ASIDE_ROWS)
def test_a_year_in_an_aside_reaches_only_to_its_close(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


REACH_ROWS = [
    ("JD, which started the promotion in 2010, racked up sales.", "2010", ","),
    ("京东（成立于1998年）表示", "1998", "）"),
    ("comply with a 2024 law", "2024", None),
    ("In 2024, revenue rose.", "2024", "none"),
]


@pytest.mark.parametrize(("text", "year", "closed_by"), REACH_ROWS)
def test_where_a_years_reach_ends(text, year, closed_by):
    start = text.index(year)
    end = start + len(year)
    reach = year_reach(text, start, end)
    if closed_by == "none":
        assert reach is None
    elif closed_by is None:
        assert reach == end
    else:
        assert reach == text.index(closed_by, end)


# Whether a date is told aside (not its sentence's time, for an undated story): a cue-led aside or a year naming
# a thing, not a parenthesis alone (which may tell the very day: "周三(2025年10月29日)") nor the own clause.
TOLD_ASIDE_ROWS = [
    ("OpenAI's ChatGPT, launched in November 2022, is not accessible in China.", "November 2022", True),
    ("JD.com, founded in 1998, said it would hire couriers.", "1998", True),
    ("成立于1998年的京东表示将招聘快递员。", "1998年", True),
    ("ByteDance must comply with a 2023 law.", "2023", True),
    ("英伟达周三(2025年10月29日)市值突破5万亿美元。", "2025年10月29日", False),
    ("Nvidia rose on Wednesday (October 29, 2025).", "October 29, 2025", False),
    ("OpenAI launched ChatGPT in November 2022.", "November 2022", False),
    ("小米2024年3月28日发布SU7。", "2024年3月28日", False),
]


@pytest.mark.parametrize(("text", "words", "aside"), TOLD_ASIDE_ROWS)
def test_a_date_told_aside(text, words, aside):
    start = text.index(words)
    assert told_aside(text, start, start + len(words)) is aside


# Class (I zt704, Y zt2304): a year counted back from publication told inside a clause ("比亚迪在去年的销售增速…",
# "小米集团去年宣布…") reaches to its clause's close; a year-less month in the next clause is publication's. One that
# opens its clause ("去年，…", "Last year, …") still places the sentence's months, and "the year" (年内) is still
# the year told.
CLAUSE_ROWS = [
    ("BYD's sales growth last year was the slowest in five years, and its January sales fell for a fifth month.",
     "2026-02-02", [("last year", "2025-01-01", "year"), ("January", "2026-01-01", "month")]),
    ("比亚迪在去年的销售增速为五年来最慢，1月份的销量连续第5个月下滑。", "2026-02-02",
     [("去年", "2025-01-01", "year"), ("1月份", "2026-01-01", "month")]),
    ("比亞迪在去年的銷售增速為五年來最慢，1月份的銷量連續第5個月下滑。", "2026-02-02",
     [("去年", "2025-01-01", "year"), ("1月份", "2026-01-01", "month")]),
    ("Xiaomi announced its move into electric cars last year, and its test car appeared in August.", "2022-10-10",
     [("last year", "2021-01-01", "year"), ("August", "2022-08-01", "month")]),
    ("小米集团去年宣布进军电动车行业，测试车8月亮相。", "2022-10-10",
     [("去年", "2021-01-01", "year"), ("8月", "2022-08-01", "month")]),
    ("小米集團去年宣布進軍電動車行業，測試車8月亮相。", "2022-10-10",
     [("去年", "2021-01-01", "year"), ("8月", "2022-08-01", "month")]),
    # Must not change: the year opens its clause, the month is in its own clause, "the year" refers back.
    ("去年，比亚迪3月的销量创下新高。", "2026-08-10", [("去年", "2025-01-01", "year"), ("3月", "2025-03-01", "month")]),
    ("去年，比亞迪3月的銷量創下新高。", "2026-08-10", [("去年", "2025-01-01", "year"), ("3月", "2025-03-01", "month")]),
    ("Last year, BYD set a sales record in March.", "2026-08-10",
     [("Last year", "2025-01-01", "year"), ("March", "2025-03-01", "month")]),
    ("BYD sold 4 million cars last year and set a record in March.", "2026-08-10",
     [("last year", "2025-01-01", "year"), ("March", "2025-03-01", "month")]),
    ("比亚迪去年交付量突破41万辆，超越年内上调的目标。", "2026-08-10",
     [("去年", "2025-01-01", "year"), ("年内", "2025-01-01", "year")]),
    ("比亞迪去年交付量突破41萬輛，超越年內上調的目標。", "2026-08-10",
     [("去年", "2025-01-01", "year"), ("年內", "2025-01-01", "year")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CLAUSE_ROWS)
def test_a_year_counted_back_inside_a_clause_reaches_to_its_close(sentence, published, expected):
    assert found_dates(to_simplified(sentence), published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (AB zt2602, AD zs2812): a year counted from publication that opens a clause after the sentence's first
# ("華為是台積電第2大客戶,去年貢獻台積電14%營收,美國政府於5月15日公布出口新規定", "由于国补…落地,去年基数较高,第三季度…
# 有待观察") is that clause's time only: the clauses before it told of something else, so the one after it is
# told afresh. Opening the sentence, it is the time of the whole sentence (the rows above).
LATER_CLAUSE_ROWS = [
    ("華為是台積電第2大客戶,去年貢獻台積電14%營收,美國政府於5月15日公布出口新規定。", "2020-08-08",
     [("去年", "2019-01-01", "year"), ("5月15日", "2020-05-15", "day")]),
    ("华为是台积电第二大客户，去年贡献台积电14%营收，美国政府于5月15日公布出口新规定。", "2020-08-08",
     [("去年", "2019-01-01", "year"), ("5月15日", "2020-05-15", "day")]),
    ("由于国补从2024年8月起落地，去年基数较高，第三季度的增速有待观察。", "2025-08-15",
     [("2024年8月", "2024-08-01", "month"), ("去年", "2024-01-01", "year"), ("第三季度", "2025-07-01", "quarter")]),
    ("由於國補從2024年8月起落地，去年基數較高，第三季的增速有待觀察。", "2025-08-15",
     [("2024年8月", "2024-08-01", "month"), ("去年", "2024-01-01", "year"), ("第三季", "2025-07-01", "quarter")]),
    ("Huawei is TSMC's second-biggest client; last year it made up 14% of revenue, and the US issued new rules on "
     "May 15.", "2020-08-08", [("last year", "2019-01-01", "year"), ("May 15", "2020-05-15", "day")]),
    # Must not change: opening the sentence it places the months of every clause.
    ("去年，比亚迪3月的销量创下新高，5月再创纪录。", "2026-08-10",
     [("去年", "2025-01-01", "year"), ("3月", "2025-03-01", "month"), ("5月", "2025-05-01", "month")]),
    ("去年，比亞迪3月的銷量創下新高，5月再創紀錄。", "2026-08-10",
     [("去年", "2025-01-01", "year"), ("3月", "2025-03-01", "month"), ("5月", "2025-05-01", "month")]),
    ("Last year, BYD set a sales record in March, and another in May.", "2026-08-10",
     [("Last year", "2025-01-01", "year"), ("March", "2025-03-01", "month"), ("May", "2025-05-01", "month")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), LATER_CLAUSE_ROWS)
def test_a_year_counted_back_opening_a_later_clause_reaches_to_its_close(sentence, published, expected):
    assert found_dates(to_simplified(sentence), published) == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize(("text", "year", "closed_by"), [
    ("比亚迪在去年的销售增速最慢，1月份的销量下滑。", "去年", "，"),
    ("BYD's growth last year was slow, and sales fell.", "last year", ","),
    ("去年，比亚迪的销量创新高。", "去年", None),
    ("华为是大客户，去年，贡献了14%营收，美国5月公布新规。", "去年", "，贡"),
    ("In the last year, sales rose.", "the last year", None),
    ("Sales rose 5.3% last year and fell in March.", "last year", "."),  # a decimal point closes no clause
])
def test_where_a_year_counted_back_reaches(text, year, closed_by):
    start = text.index(year)
    reach = clause_reach(text, start, start + len(year))
    assert reach == (None if closed_by is None else text.index(closed_by, start))


@pytest.mark.parametrize(("text", "date_words", "opens"), [
    ("In 2019, Alibaba announced a record.", "2019", True),
    ("2019年，阿里宣布创纪录。", "2019年", True),
    ("去年，比亞迪銷量創新高。", "去年", True),
    ("Alibaba announced a record in 2019.", "2019", False),
    ("华为是大客户，去年贡献14%营收。", "去年", False),
])
def test_opens_the_sentence(text, date_words, opens):
    assert opens_the_sentence(text, text.index(date_words)) is opens
