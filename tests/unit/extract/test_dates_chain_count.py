"""What a chained date counts from (``chain_base``) and the period it names from there (``counted_period``)."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.dates_chain_count import chain_base, counted_period
from lib.extract.dates_spec import Chained
from lib.parse.script import to_simplified
from lib.periods import Period
from tests.date_readings import read_in_order, told_in_order

MARCH = Period(date(2024, 3, 1), "month")
APRIL_1 = Period(date(2024, 4, 1), "day")
Q1 = Period(date(2024, 1, 1), "quarter")
YEAR_2024 = Period(date(2024, 1, 1), "year")


@pytest.mark.parametrize(("spec", "focus", "expected"), [
    pytest.param(Chained("month", 0, focus_first=True), MARCH, MARCH, id="month-in-focus-first"),
    pytest.param(Chained("month", 0, focus_first=True), Q1, APRIL_1, id="a-quarter-in-focus-is-no-month"),
    pytest.param(Chained("month", 0), MARCH, APRIL_1, id="without-the-flag-the-date-before"),
    pytest.param(Chained("quarter", -1), Q1, Q1, id="quarters-from-the-focus"),
    pytest.param(Chained("day", 1), MARCH, APRIL_1, id="days-from-the-last-day"),
])
def test_what_a_chained_date_counts_from(spec, focus, expected):
    assert chain_base(spec, last_day=APRIL_1, previous=APRIL_1, recent=APRIL_1, focus=focus) == expected


@pytest.mark.parametrize(("spec", "base", "expected"), [
    pytest.param(Chained("month", 0), APRIL_1, Period(date(2024, 4, 1), "month"), id="the-month-of-a-day"),
    pytest.param(Chained("month", 0), YEAR_2024, None, id="no-month-in-a-year"),
    pytest.param(Chained("year", 0), MARCH, YEAR_2024, id="the-year-of-a-month"),
    pytest.param(Chained("day", 1), APRIL_1, Period(date(2024, 4, 2), "day"), id="the-next-day"),
    pytest.param(Chained("quarter", -1), Q1, Period(date(2023, 10, 1), "quarter"), id="the-previous-quarter"),
    pytest.param(Chained("period", -1), Q1, Period(date(2023, 1, 1), "quarter"), id="the-same-period-last-year"),
    pytest.param(Chained("same", 0), MARCH, MARCH, id="at-that-time"),
    pytest.param(Chained("month", 0), None, None, id="nothing-to-count-from"),
])
def test_the_period_counted_from_a_base(spec, base, expected):
    assert counted_period(spec, base) == expected


@pytest.mark.parametrize(("spec", "focus", "recent", "expected"), [
    pytest.param(Chained("period", -1), None, YEAR_2024, YEAR_2024, id="a-year-told-with-none-in-focus"),
    pytest.param(Chained("period", -1), Q1, YEAR_2024, Q1, id="the-focus-first"),
    pytest.param(Chained("period", -1), None, MARCH, None, id="a-month-told-is-no-focus-of-its-own"),
    pytest.param(Chained("quarter", -1), None, YEAR_2024, None, id="the-previous-quarter-needs-a-focus"),
])
def test_the_same_period_counts_from_a_year_told(spec, focus, recent, expected):
    assert chain_base(spec, last_day=APRIL_1, previous=recent, recent=recent, focus=focus) == expected


# "In the first nine months of 2024 revenue rose 80% on the same period in the previous year": with no
# month, quarter or half reported (the first nine months are the year that holds them), the period compared is
# the year just told, a year back (上年同期, 去年同期
# alike). Near misses: a quarter in focus stays what the words count from, and with no date told before,
# "rose 10% from the same period last year" names nothing.
YEAR_TOLD_ROWS = [
    ("In the first nine months of 2024, Temu's revenue rose 80% on the same period in the previous year.",
     "2025-03-02", [("the first nine months of 2024", "2024-01-01", "year"),
                    ("the same period in the previous year", "2023-01-01", "year")]),
    ("Xiaomi sold 135,000 cars in 2024. Deliveries were far above the same period last year.", "2025-03-02",
     [("2024", "2024-01-01", "year"), ("the same period last year", "2023-01-01", "year")]),
    ("2024年，拼多多营收较上年同期增长59%。", "2025-03-20",
     [("2024年", "2024-01-01", "year"), ("上年同期", "2023-01-01", "year")]),
    ("小米2024年交付13.5万辆，远超去年同期。", "2025-03-02",
     [("2024年", "2024-01-01", "year"), ("去年同期", "2023-01-01", "year")]),
    ("2024年，拼多多營收較上年同期增長59%。", "2025-03-20",
     [("2024年", "2024-01-01", "year"), ("上年同期", "2023-01-01", "year")]),
    ("小米2024年交付13.5萬輛，遠超去年同期。", "2025-03-02",
     [("2024年", "2024-01-01", "year"), ("去年同期", "2023-01-01", "year")]),
    # near misses
    ("Baidu's revenue in the fourth quarter of 2024 fell 2% from the same period last year.", "2025-02-18",
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("the same period last year", "2023-10-01", "quarter")]),
    ("Temu's revenue rose 80% from the same period last year.", "2025-03-02", []),
    ("拼多多营收较去年同期增长80%。", "2025-03-02", []),
    ("拼多多營收較去年同期增長80%。", "2025-03-02", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_TOLD_ROWS)
def test_the_same_period_after_a_year_told(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# A year told in the comparison's own sentence, no finer period after it, is what "the same period last year",
# 去年同期, "a year earlier" count from, though a quarter was in focus sentences before: "Revenue rose in the fourth
# quarter. … capital spending reached $10.7 billion in 2024, from $3.4 billion a year earlier" compares 2024 with
# 2023; so is "the same period of 2019", 2019年同期. Near misses: a quarter told after the year in the sentence is the
# focus again, and with no year told in its sentence, the same period of 2019 is the month in focus.
YEAR_IN_ITS_SENTENCE_ROWS = [
    ("Tencent's revenue rose 11% in the fourth quarter of 2024. Capital spending surged to $10.7 billion in 2024, "
     "from $3.4 billion a year earlier.", "2025-03-19",
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("2024", "2024-01-01", "year"),
      ("a year earlier", "2023-01-01", "year")]),
    ("台积电2025年第4季营收将创新高。台积电累计前11月营收达3.47兆元，较去年同期增加32%。", "2025-12-26",
     [("2025年第4季", "2025-10-01", "quarter"), ("前11月", "2025-01-01", "year"),
      ("去年同期", "2024-01-01", "year")]),
    ("台積電2025年第4季營收將創新高。台積電累計前11月營收達3.47兆元，較去年同期增加32%。", "2025-12-26",
     [("2025年第4季", "2025-10-01", "quarter"), ("前11月", "2025-01-01", "year"),
      ("去年同期", "2024-01-01", "year")]),
    # the same period of a year it states (split AF en3043): the part of the year its sentence told, not the
    # month in focus
    ("Nio delivered 4,708 cars in September. In the first three quarters this year, Nio delivered 26,375 cars, "
     "an increase of 113.7 percent from the same period of 2019.", "2020-10-26",
     [("September", "2020-09-01", "month"), ("the first three quarters this year", "2020-01-01", "year"),
      ("the same period of 2019", "2019-01-01", "year")]),
    ("蔚来9月交付4708辆。今年前三季度，蔚来累计交付26375辆，较2019年同期增长113.7%。", "2020-10-26",
     [("9月", "2020-09-01", "month"), ("今年", "2020-01-01", "year"), ("2019年同期", "2019-01-01", "year")]),
    ("蔚來9月交付4708輛。今年前三季度，蔚來累計交付26375輛，較2019年同期增長113.7%。", "2020-10-26",
     [("9月", "2020-09-01", "month"), ("今年", "2020-01-01", "year"), ("2019年同期", "2019-01-01", "year")]),
    # near misses: a quarter after the year is the focus again
    ("Tencent's revenue rose 11% in the fourth quarter of 2024. In 2024, profit in the third quarter rose 20% from "
     "a year earlier.", "2025-03-19",
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("2024", "2024-01-01", "year"),
      ("the third quarter", "2024-07-01", "quarter"), ("a year earlier", "2023-07-01", "quarter")]),
    ("腾讯2024年第四季度营收增长11%。2024年，腾讯第三季度利润较去年同期增长20%。", "2025-03-19",
     [("2024年第四季度", "2024-10-01", "quarter"), ("2024年", "2024-01-01", "year"),
      ("第三季度", "2024-07-01", "quarter"), ("去年同期", "2023-07-01", "quarter")]),
    ("Nio delivered 4,708 cars in September, up 133% from the same period of 2019.", "2020-10-26",
     [("September", "2020-09-01", "month"), ("the same period of 2019", "2019-09-01", "month")]),
    ("蔚來9月交付4708輛，較2019年同期增長133%。", "2020-10-26",
     [("9月", "2020-09-01", "month"), ("2019年同期", "2019-09-01", "month")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_IN_ITS_SENTENCE_ROWS)
def test_the_same_period_counts_from_a_year_told_in_its_sentence(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# "同年10月", "in October that year" state their month and take the year of the last date told, however
# many dateless sentences lie between, as "次年7月" does (events.py hands ``last_told``). Near misses: 同年
# and 同月 with no month of their own look back one sentence only; a date in the sentence before stays the base.
_BETWEEN = ["2021年7月，小红书暂停赴美上市。", "市场猜测与数据监管有关。"]
_BETWEEN_ZT = ["2021年7月，小紅書暫停赴美上市。", "市場猜測與數據監管有關。"]
_BETWEEN_EN = ["Xiaohongshu paused its US listing in July 2021.", "Analysts linked the move to data rules."]
MONTH_OF_THAT_YEAR_ROWS = [
    (_BETWEEN + ["同年10月，小红书又被传计划赴港上市。"], [("同年10月", "2021-10-01", "month")]),
    (_BETWEEN + ["同年12月5日，小红书完成新一轮融资。"], [("同年12月5日", "2021-12-05", "day")]),
    (_BETWEEN_ZT + ["同年10月，小紅書又被傳計劃赴港上市。"], [("同年10月", "2021-10-01", "month")]),
    (_BETWEEN_EN + ["In October that year, Xiaohongshu was said to plan a Hong Kong listing."],
     [("October that year", "2021-10-01", "month")]),
    (_BETWEEN_EN + ["On December 5 of the same year, Xiaohongshu closed a funding round."],
     [("December 5 of the same year", "2021-12-05", "day")]),
    # near misses
    (_BETWEEN + ["同年，小红书又被传计划赴港上市。"], []),
    (_BETWEEN + ["同月，小红书又被传计划赴港上市。"], []),
    (_BETWEEN_ZT + ["同月，小紅書又被傳計劃赴港上市。"], []),
    (["2021年7月，小红书暂停赴美上市。", "同年10月，小红书又被传计划赴港上市。"],
     [("同年10月", "2021-10-01", "month")]),
]


@pytest.mark.parametrize(("sentences", "expected"), MONTH_OF_THAT_YEAR_ROWS)
def test_a_month_of_that_year_counts_from_the_last_date_told(sentences, expected):
    assert told_in_order(sentences, "2024-07-30")[1:] == [(to_simplified(t), s, p) for t, s, p in expected]


# A part of a year counted from the date before ("the end of that year", "the first half of the following
# year", "early the same year") is that part of the counted year, as 同年年底, 次年上半年 are: one expression,
# not "that year" alone. Near misses: "the next year" (as often the coming year) keeps its own reading, and
# "the end of the year" is publication's.
PART_OF_THAT_YEAR_ROWS = [
    (_BETWEEN_EN + ["By the end of that year, Xiaohongshu had resumed talks."],
     [("the end of that year", "2021-10-01", "quarter")]),
    (_BETWEEN_EN + ["By the end of the same year, Xiaohongshu had resumed talks."],
     [("the end of the same year", "2021-10-01", "quarter")]),
    (_BETWEEN_EN + ["In the first half of the following year, it raised new funds."],
     [("the first half of the following year", "2022-01-01", "half")]),
    (_BETWEEN_EN + ["Early the same year, it had hired banks."], [("Early the same year", "2021-01-01", "quarter")]),
    (_BETWEEN_EN + ["In the fourth quarter of the previous year, its revenue doubled."],
     [("the fourth quarter of the previous year", "2020-10-01", "quarter")]),
    (_BETWEEN_EN + ["In the last quarter of that year, its revenue doubled."],
     [("the last quarter of that year", "2021-10-01", "quarter")]),
    (_BETWEEN + ["同年年底，小红书重启谈判。"], [("同年年底", "2021-10-01", "quarter")]),
    (_BETWEEN_ZT + ["同年年底，小紅書重啟談判。"], [("同年年底", "2021-10-01", "quarter")]),
    (_BETWEEN + ["次年上半年，小红书完成新一轮融资。"], [("次年上半年", "2022-01-01", "half")]),
    (_BETWEEN + ["前一年第四季度，小红书营收翻倍。"], [("前一年第四季度", "2020-10-01", "quarter")]),
    # near misses
    (_BETWEEN_EN + ["By the end of the next year, it plans to list."], [("the next year", "2022-01-01", "year")]),
    (_BETWEEN_EN + ["By the end of the year, it plans to list."], [("the end of the year", "2024-10-01", "quarter")]),
]


@pytest.mark.parametrize(("sentences", "expected"), PART_OF_THAT_YEAR_ROWS)
def test_a_part_of_that_year_counts_from_the_last_date_told(sentences, expected):
    assert told_in_order(sentences, "2024-07-30")[1:] == [(to_simplified(t), s, p) for t, s, p in expected]


# "当时", "at the time" and a count of months on ("三个月后", "11個月過後", "three months later") go on from the
# story's last date however many dateless sentences of comment lie between (``goes_on_from_the_story``).
# Near misses: with no date told there is nothing to count from; a later date told is the base; 同月 and a
# count back from publication ("三个月前") keep their reading.
STORY_TIME_ROWS = [
    (_BETWEEN_EN + ["At the time, investors expected a Hong Kong listing."], [("At the time", "2021-07-01", "month")]),
    (_BETWEEN_EN + ["Three months later, the company resumed talks with banks."],
     [("Three months later", "2021-10-01", "month")]),
    (_BETWEEN + ["当时，投资者普遍预期其转赴香港上市。"], [("当时", "2021-07-01", "month")]),
    (_BETWEEN + ["三个月后，小红书重启与投行的谈判。"], [("三个月后", "2021-10-01", "month")]),
    (_BETWEEN + ["市场一度担心其估值受挫。", "不过就在5个月过后，小红书估值反而上升。"],
     [("5个月过后", "2021-12-01", "month")]),
    (_BETWEEN_ZT + ["當時，投資者普遍預期其轉赴香港上市。"], [("当时", "2021-07-01", "month")]),
    (_BETWEEN_ZT + ["就在11個月過後，小紅書重啟與投行的談判。"], [("11个月过后", "2022-06-01", "month")]),
    # near misses
    (_BETWEEN + ["2022年3月，美团宣布裁员。", "当时，投资者普遍预期其转赴香港上市。"],
     [("2022年3月", "2022-03-01", "month"), ("当时", "2022-03-01", "month")]),
    (_BETWEEN_ZT + ["三個月前，小紅書重啟與投行的談判。"], [("三个月前", "2024-04-01", "month")]),
    (_BETWEEN_ZT + ["同月，小紅書又被傳計劃赴港上市。"], []),
]


@pytest.mark.parametrize(("sentences", "expected"), STORY_TIME_ROWS)
def test_at_the_time_and_months_later_go_on_from_the_last_date_told(sentences, expected):
    assert told_in_order(sentences, "2024-07-30")[1:] == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize("sentences", [
    ["小红书暂停赴美上市。", "市场猜测与数据监管有关。", "当时，投资者普遍预期其转赴香港上市。"],
    ["小紅書暫停赴美上市。", "市場猜測與數據監管有關。", "三個月後，小紅書重啟與投行的談判。"],
    ["Xiaohongshu paused its US listing.", "Analysts linked the move to data rules.",
     "At the time, investors expected a Hong Kong listing."],
])
def test_at_the_time_with_no_date_told_names_none(sentences):
    assert told_in_order(sentences, "2024-07-30") == []


# Class (splits E, F, H, J, L, M, N, O, P: "date words not read"): "全年", "整年", "full-year", "full year"
# standing for one definite year are that year (tests/data/realnews/README.md, settled conventions): a
# reported period closing its year gives it; mid-year, the later of the period in focus and the last month,
# quarter, half or year told (a day told is when a company spoke, not the year it spoke of); with none,
# publication's; full-year results, released after their year, the year before their release's. A year the
# sentence names in other words is not told twice; a span ("a full year", 一整年,
# 禁令后全年), a kind of year ("its first full-year profit", 首次实现全年盈利) and 全年无休 name no year.
FULL_YEAR_ROWS = [
    # English.
    ("Xiaomi delivered 20,000 cars in October. It has already met its full-year delivery target.", "2024-11-21",
     [("October", "2024-10-01", "month"), ("full-year", "2024-01-01", "year")]),
    ("SMIC's revenue rose 43% in the April-June period. On Friday it raised its full-year revenue forecast.",
     "2021-08-06", [("April-June", "2021-04-01", "quarter"), ("Friday", "2021-08-06", "day"),
                    ("full-year", "2021-01-01", "year")]),
    ("Given the guidance for the fourth quarter, the company expected full year revenue of $7.3 billion.",
     "2022-11-11", [("the fourth quarter", "2022-10-01", "quarter"), ("full year", "2022-01-01", "year")]),
    ("Kuaishou raised its full-year target for Kling.", "2025-08-22", [("full-year", "2025-01-01", "year")]),
    # Full-year results come out after their year: the year before the day of their release.
    ("Tencent reported full-year results on Wednesday.", "2026-03-20",
     [("full-year", "2025-01-01", "year"), ("Wednesday", "2026-03-18", "day")]),
    ("Kuaishou raised its full-year earnings guidance in August.", "2025-08-22",
     [("full-year", "2025-01-01", "year"), ("August", "2025-08-01", "month")]),
    # near misses: the year named in other words, a span, a kind of year
    ("Tesla sold the most cars in 2023 (and the most worldwide for the full year).", "2024-01-02",
     [("2023", "2023-01-01", "year")]),
    ("Alibaba kept the full-year guidance for 2024 unchanged.", "2024-08-15", [("2024", "2024-01-01", "year")]),
    ("Baidu spent a full year rebuilding its search engine.", "2024-08-15", []),
    ("Nio is yet to post its first full-year profit.", "2024-08-15", []),
    # Class (issue 9, X en2212; T en1809 "its Q4 and 2020 full year earnings"): "full-year" after its year is one
    # expression with it, as 2024年全年 is, even when another year is in focus ("First-half 2025 …").
    ("First-half 2025 revenue reached CNY700 million, exceeding its 2024 full-year level.", "2025-08-30",
     [("First-half 2025", "2025-01-01", "half"), ("2024", "2024-01-01", "year")]),
    ("In the first half of 2025 Pinduoduo beat its 2024 full year revenue.", "2025-08-30",
     [("the first half of 2025", "2025-01-01", "half"), ("2024", "2024-01-01", "year")]),
    ("First-half 2025 revenue reached CNY700 million, half its full-year target.", "2025-08-30",
     [("First-half 2025", "2025-01-01", "half"), ("full-year", "2025-01-01", "year")]),
    # Class (AM en3745, "date words not read"): "the year's" before a figure or a rank is the year the story is
    # in, as "full-year" and 年内 are; a year its sentence names is not told twice; "the year's first quarter",
    # "the rest of the year's" are dated by their own words.
    ("Alibaba invested US$912.5 million in Lazada, taking the year’s capital influx to US$1.3 billion.",
     "2022-09-02", [("the year’s", "2022-01-01", "year")]),
    ("SMIC's revenue rose 43% in the April-June period, the year's best quarter so far.", "2021-08-06",
     [("April-June", "2021-04-01", "quarter"), ("the year's", "2021-01-01", "year")]),
    ("Horizon Robotics raised HK$5.4 billion, the year's biggest tech IPO in Hong Kong.", "2024-10-24",
     [("the year's", "2024-01-01", "year")]),
    ("In 2019, Huawei shipped 240 million phones, the year's largest total.", "2022-09-02",
     [("2019", "2019-01-01", "year")]),
    ("Nio's deliveries rose in the year's first quarter.", "2022-09-02", [("first quarter", "2022-01-01", "quarter")]),
    ("Xiaomi expects better sales for the rest of the year's holidays.", "2022-09-02", []),
    # Simplified Chinese.
    ("小米SU7今年10月交付突破2万辆。小米已经提前完成全年10万辆交付目标。", "2024-11-21",
     [("今年10月", "2024-10-01", "month"), ("全年", "2024-01-01", "year")]),
    ("华为4月再次上调营收目标。受制裁影响，华为全年营收目标落空。", "2020-04-10",
     [("4月", "2020-04-01", "month"), ("全年", "2020-01-01", "year")]),
    ("华为上半年发布了P60。整年的销售计划提升到了4000万部。", "2023-08-31",
     [("上半年", "2023-01-01", "half"), ("整年", "2023-01-01", "year")]),
    ("雷军透露，公司已将全年的交付目标上调至13万辆。", "2024-12-05", [("全年", "2024-01-01", "year")]),
    ("腾讯3月18日公布了全年业绩。", "2026-03-20", [("3月18日", "2026-03-18", "day"), ("全年", "2025-01-01", "year")]),
    ("快手8月上调了全年业绩目标。", "2025-08-22", [("8月", "2025-08-01", "month"), ("全年", "2025-01-01", "year")]),
    ("阿里巴巴本周向Lazada注资9.1亿美元，使年内注资总额达到13亿美元。", "2022-09-02", [("本周", "2022-08-29", "week"),
                                                                    ("年内", "2022-01-01", "year")]),
    # near misses
    ("2020年是华为最艰难的一年，全年都处于实体清单之下。", "2021-03-31", [("2020年", "2020-01-01", "year")]),
    ("该芯片预计2024年贡献150亿美元收入，禁令后全年缺口或达180亿美元。", "2025-04-18",
     [("2024年", "2024-01-01", "year")]),
    ("快手上市后首次实现全年盈利。", "2024-03-20", []),
    ("团队用了一整年重写搜索引擎。", "2024-03-20", []),
    ("2025年上半年营收7亿元，超过其2024年全年水平。", "2025-08-30",
     [("2025年上半年", "2025-01-01", "half"), ("2024年", "2024-01-01", "year")]),
    ("公司对整年度的OKR不甚满意。", "2021-05-10", []),
    ("小米客服全年无休。", "2024-03-20", []),
    # Traditional Chinese.
    ("小米SU7今年10月交付突破2萬輛。小米已經提前完成全年10萬輛交付目標。", "2024-11-21",
     [("今年10月", "2024-10-01", "month"), ("全年", "2024-01-01", "year")]),
    ("輝達後來在去年10月成為首家市值達到5兆美元的公司，博通全年股價上漲49%。", "2026-01-07",
     [("去年10月", "2025-10-01", "month"), ("全年", "2025-01-01", "year")]),
    ("2025年上半年營收7億元，超過其2024年全年水平。", "2025-08-30",
     [("2025年上半年", "2025-01-01", "half"), ("2024年", "2024-01-01", "year")]),
    ("台積電上調全年美元營收成長目標至30%。", "2025-10-04", [("全年", "2025-01-01", "year")]),
    ("阿里巴巴本週向Lazada注資9.1億美元，使年內注資總額達到13億美元。", "2022-09-02", [("本週", "2022-08-29", "week"),
                                                                    ("年內", "2022-01-01", "year")]),
    ("騰訊3月18日公布了全年業績。", "2026-03-20", [("3月18日", "2026-03-18", "day"), ("全年", "2025-01-01", "year")]),
    # near misses
    ("2020年是華為最艱難的一年，全年都處於實體清單之下。", "2021-03-31", [("2020年", "2020-01-01", "year")]),
    ("快手上市後首次實現全年盈利。", "2024-03-20", []),
    ("公司對整年度的OKR不甚滿意。", "2021-05-10", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), FULL_YEAR_ROWS)
def test_a_full_year_is_the_year_the_story_is_in(text, published, expected):
    assert read_in_order(to_simplified(text), published) == [(to_simplified(t), s, p) for t, s, p in expected]


def test_adjusting_a_target_set_early_in_the_year_is_no_whole_year():
    assert read_in_order("小米调整年初设定的交付目标。", "2024-11-21") == [("年初", "2024-01-01", "quarter")]


# Class (M zs1110, AE zs2951, R en1616): a week counted back or named as the same ("此前一周", "a week earlier", "the
# same week") after sentences that told no day or week (or only a month or a year) counts from the last day the
# text told, sentences back: "据Semafor本周一报道…。特朗普于2025年10月签署行政令…。此前一周，特朗普还公开表示…" is the
# week before Monday's, as 次日 counts from the last day. Near misses: with no day told, none (not publication's
# week: a month told names no week to count from); a week told in its own sentence stays the base.
_CLOSED = "1月6日，MiniMax港股招股正式收官。"
_SEMAFOR = "据Semafor本周一报道，TikTok交易将于本周内完成交割。"
_SEMAFOR_ZT = "據Semafor本週一報道，TikTok交易將於本週內完成交割。"
_ORDER, _ORDER_ZT = "特朗普于2025年10月签署行政令批准该交易。", "特朗普於2025年10月簽署行政令批准該交易。"
_WEEK_BEFORE = "此前一周，特朗普还公开表示中方已认可交易。"
_WEEK_BEFORE_ZT = "此前一週，特朗普還公開表示中方已認可交易。"
_SEMAFOR_READ = [("本周一", "2026-01-19", "day"), ("本周", "2026-01-19", "week"), ("2025年10月", "2025-10-01", "month")]
WEEK_FROM_THE_LAST_DAY_ROWS = [
    ([_CLOSED, "富途证券数据显示，孖展金额超2533亿港元。", "而就在此前一周，智谱同样录得1164倍超额认购。"],
     "2026-01-10",
     [("1月6日", "2026-01-06", "day"), ("前一周", "2025-12-29", "week")]),
    ([_CLOSED, "富途證券數據顯示，孖展金額超2533億港元。", "而就在此前一週，智譜同樣錄得1164倍超額認購。"],
     "2026-01-10",
     [("1月6日", "2026-01-06", "day"), ("前一周", "2025-12-29", "week")]),
    ([_SEMAFOR, _ORDER, _WEEK_BEFORE], "2026-01-23", [*_SEMAFOR_READ, ("前一周", "2026-01-12", "week")]),
    ([_SEMAFOR_ZT, _ORDER_ZT, _WEEK_BEFORE_ZT], "2026-01-23", [*_SEMAFOR_READ, ("前一周", "2026-01-12", "week")]),
    (["Semafor reported on Monday that the TikTok deal would close.", "Trump approved the deal in October 2025.",
      "A week earlier, Trump said China had signed off on it."], "2026-01-23",
     [("Monday", "2026-01-19", "day"), ("October 2025", "2025-10-01", "month"),
      ("A week earlier", "2026-01-12", "week")]),
    (["RedNote topped Apple's US App Store on Tuesday.", "Xiaohongshu has 300 million users.",
      "Downloads surged in the same week, Sensor Tower said."], "2025-01-15",
     [("Tuesday", "2025-01-14", "day"), ("the same week", "2025-01-13", "week")]),
    # near misses: no day told, no week; a week told in the sentence stays the base
    ([_ORDER, _WEEK_BEFORE], "2026-01-23", [("2025年10月", "2025-10-01", "month")]),
    ([_ORDER_ZT, _WEEK_BEFORE_ZT], "2026-01-23", [("2025年10月", "2025-10-01", "month")]),
    (["Trump approved the deal in October 2025.", "A week earlier, Trump said China had signed off on it."],
     "2026-01-23", [("October 2025", "2025-10-01", "month")]),
    ([_WEEK_BEFORE], "2026-01-23", []),
    ([_CLOSED, "本周下载量增长200%，比前一周增长194%。"], "2026-01-10",
     [("1月6日", "2026-01-06", "day"), ("本周", "2026-01-05", "week"), ("前一周", "2025-12-29", "week")]),
    (["MiniMax closed its book on January 6.", "Downloads rose 200% this week, up from 194% the week before."],
     "2026-01-10", [("January 6", "2026-01-06", "day"), ("this week", "2026-01-05", "week"),
                    ("the week before", "2025-12-29", "week")]),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), WEEK_FROM_THE_LAST_DAY_ROWS)
def test_a_week_with_no_day_or_week_before_counts_from_the_last_day_told(sentences, published, expected):
    assert told_in_order(sentences, published) == expected


@pytest.mark.parametrize(("recent", "told_day", "expected"), [
    pytest.param(None, APRIL_1, Period(date(2024, 4, 1), "day"), id="no-date-before-the-last-day-told"),
    pytest.param(MARCH, APRIL_1, Period(date(2024, 4, 1), "day"), id="a-month-before-is-no-base-for-a-week"),
    pytest.param(Period(date(2024, 3, 25), "day"), APRIL_1, Period(date(2024, 3, 25), "day"), id="a-day-before-stays"),
    pytest.param(None, None, None, id="no-day-told-none"),
])
def test_what_a_week_counts_from(recent, told_day, expected):
    assert chain_base(Chained("week", -1), last_day=APRIL_1, previous=recent, recent=recent, focus=None,
                      told_day=told_day) == expected


# Class (splits V and AJ, read wrong alone / not read): a month read as a period's end (截至一季度末, 二季度末, "as of
# the end of the third quarter", "end-September") is the moment a count stands at, not the period a results article
# reports, so 去年同期, 同期, "a year earlier" after it compare the period in focus before it: zs2004
# "微博发布2020年第一季度财报。截至一季度末,…与去年同期相比…。同期微博营收…" is the first quarter of 2019 and of 2020;
# zs3452's "2024年同期" after 二季度末 the third quarter reported. Near misses: a month not read as an end
# (截至3月, "in September") stays in focus; with no period in focus before it, the end month is left to compare.
PERIOD_END_NOT_IN_FOCUS_ROWS = [
    # Simplified Chinese.
    ("微博发布2020年第一季度财报。截至一季度末，微博月活跃用户达到5.5亿，与去年同期相比净增长约8500万。同期微博营收达到22.7亿元。",
     "2020-05-21", [("2020年第一季度", "2020-01-01", "quarter"), ("一季度末", "2020-03-01", "month"),
                    ("去年同期", "2019-01-01", "quarter"), ("同期", "2020-01-01", "quarter")]),
    ("微博发布2020年第一季度财报。截至3月，微博月活跃用户达到5.5亿，与去年同期相比净增长约8500万。", "2020-05-21",
     [("2020年第一季度", "2020-01-01", "quarter"), ("3月", "2020-03-01", "month"),
      ("去年同期", "2019-03-01", "month")]),
    # English.
    ("Tencent reported third-quarter revenue of 140 billion yuan. As of the end of the third quarter, Weixin had 1.3 "
     "billion users, up 3% from a year earlier.", "2022-11-16",
     [("third-quarter", "2022-07-01", "quarter"), ("the end of the third quarter", "2022-09-01", "month"),
      ("a year earlier", "2021-07-01", "quarter")]),
    ("Tencent reported third-quarter revenue. Weixin had 1.3 billion users as of end-September, up 3% from the same "
     "period last year.", "2022-11-16",
     [("third-quarter", "2022-07-01", "quarter"), ("end-September", "2022-09-01", "month"),
      ("the same period last year", "2021-07-01", "quarter")]),
    ("Tencent reported third-quarter revenue. Weixin had 1.3 billion users in September, up 3% from the same period "
     "last year.", "2022-11-16",
     [("third-quarter", "2022-07-01", "quarter"), ("September", "2022-09-01", "month"),
      ("the same period last year", "2021-09-01", "month")]),
    # Traditional Chinese.
    ("微博發布2020年第一季度財報。截至一季度末，微博月活躍用戶達到5.5億，與去年同期相比淨增長約8500萬。", "2020-05-21",
     [("2020年第一季度", "2020-01-01", "quarter"), ("一季度末", "2020-03-01", "month"),
      ("去年同期", "2019-01-01", "quarter")]),
    ("美團公布第三季度業績。截至二季度末，美團年度交易用戶達7.7億，較去年同期增長。", "2024-11-29",
     [("第三季度", "2024-07-01", "quarter"), ("二季度末", "2024-06-01", "month"),
      ("去年同期", "2023-07-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PERIOD_END_NOT_IN_FOCUS_ROWS)
def test_a_period_end_is_no_period_in_focus(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
