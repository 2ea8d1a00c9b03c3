"""Year-less month-days: what an undated article's "1月20日" or "on July 11" names, and what it does not."""

from __future__ import annotations

import pytest

from lib.extract.dates import find_dates
from lib.extract.year_less_days import YearLessDay, days_alone, days_told_again, months_alone, year_less_days
from lib.parse.script import to_simplified


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The launch of DeepSeek-R1 on January 20 added to the frenzy.", [("January 20", "01-20")]),
        ("Nvidia saw stock prices crash on Jan. 27 following investor concerns.", [("Jan. 27", "01-27")]),
        ("Moonshot AI released Kimi K2 on July 11.", [("July 11", "07-11")]),
        ("導致英偉達暴跌的直接原因是1月20日,DeepSeek推出了AI模型R1。", [("1月20日", "01-20")]),
        ("尤其1月20号发布的DeepSeek-R1正式版", [("1月20号", "01-20")]),
        ("3 月 16 日上午,百度连续发布了文心大模型 X1。", [("3 月 16 日", "03-16")]),
        ("１月２０日，深度求索发布R1。", [("１月２０日", "01-20")]),  # full-width digits, offsets kept
        ("5月15日发布豆包，5月21日阿里跟进降价。", [("5月15日", "05-15"), ("5月21日", "05-21")]),
        # A year, stated or relative, makes a whole date: nothing year-less in it.
        ("On January 20, 2025, DeepSeek released R1.", []),
        ("2025年1月20日，DeepSeek发布R1。", []),
        ("盡管今年2月13日,百度已經宣布免費。", []),
        ("Kuaishou launched Kling on June 6 this year.", []),
        # Too little to match a story by: a weekday, a bare day of month, a month.
        ("Nvidia fell 17% on Monday.", []),
        ("12日，百度宣布降价。", []),
        ("Baidu released Ernie in March.", []),
    ],
)
def test_year_less_month_days(text, expected):
    found = year_less_days(text)
    assert [(day.text, day.month_day) for day in found] == expected
    assert all(text[day.start:day.end] == day.text for day in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare day of month, its month left open too: "---12", for its story to place.
        ("美国联邦法官当地时间12日就小米公司起诉美国防部一案发出初步禁制令。", [("12日", "---12")]),
        ("12日，百度宣布降价。", [("12日", "---12")]),
        ("美國聯邦法官當地時間12日發出初步禁制令。", [("12日", "---12")]),
        ("阿里巴巴26日於港交所掛牌。", [("26日", "---26")]),
        # Near misses: a month and day, a whole date, a count of days, a month alone.
        ("3月12日，法官批准了小米的动议。", []),
        ("2021年3月12日，法官批准了动议。", []),
        ("禁令将在12天后生效。", []),
        ("Baidu released Ernie in March.", []),
    ],
)
def test_bare_days_of_month_keep_their_day(text, expected):
    found = days_alone(text, year_less_days(text))
    assert [(day.text, day.month_day) for day in found] == expected
    assert all(text[day.start:day.end] == day.text and day.month == 0 for day in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month with no day whose year the article leaves open: "--03", for a story of that month to place.
        ("U.S. District Judge Rudolph Contreras ruled in March that the ban could hurt Xiaomi.", [("March", "--03")]),
        ("Tencent cut the price of its cloud GPUs in early September.", [("early September", "--09")]),
        ("腾讯在3月下调了云服务价格。", [("3月", "--03")]),
        ("英伟达H20芯片在今年4月因新的出口管制无法继续销售。", [("今年4月", "--04")]),  # this year: the article's
        ("輝達H20晶片在今年4月因新的出口管制無法繼續銷售。", [("今年4月", "--04")]),
        ("The chipmaker took a charge in April and resumed sales in July.", [("April", "--04"), ("July", "--07")]),
        # Near misses: a day of the month, a stated or counted year, a month ahead, a day of month alone.
        ("Xiaomi won the injunction on March 12.", []),
        ("Xiaomi won the injunction in March 2021.", []),
        ("小米去年3月赢得了禁令。", []),
        ("小米2021年3月赢得了禁令。", []),
        ("小米將於下月公布新車。", []),
        ("12日，百度宣布降价。", []),
    ],
)
def test_a_month_alone_keeps_its_month(text, expected):
    found = months_alone(text, [])
    assert [(month.text, month.month_day) for month in found] == expected
    assert all(text[month.start:month.end] == month.text for month in found)


def test_a_month_inside_a_date_already_read_is_no_month_alone():
    text = "The Pentagon on Tuesday agreed to a final order, after a court in March granted the injunction."
    read = [month for month in months_alone(text, [])]
    assert [month.text for month in read] == ["March"]
    assert months_alone(text, read) == []


def _reread(text: str):
    """The sentence read as the pipeline reads it (traditional text as simplified), counting from ``anchor``."""
    return lambda anchor: find_dates(to_simplified(text), None, anchor=anchor)


@pytest.mark.parametrize(
    ("before", "text", "expected"),
    [
        (YearLessDay(0, 6, "4月21日", 4, 21), "当天晚上，美团回应称。", [("当天晚上", 4, 21)]),
        (YearLessDay(0, 6, "4月21日", 4, 21), "當日，美團回應稱。", [("当日", 4, 21)]),
        (YearLessDay(0, 8, "April 21", 4, 21), "The next day, Meituan replied.", [("The next day", 4, 22)]),
        (None, "9月18日，寒武纪登顶；次日，股价回落。", [("次日", 9, 19)]),
        # Near misses: nothing told before; a count out of the day's year; a day no month has; words restating it.
        (None, "当天晚上，美团回应称。", []),
        (YearLessDay(0, 6, "12月31日", 12, 31), "次日，小米股价上涨。", []),
        (YearLessDay(0, 6, "4月31日", 4, 31), "当天，美团回应称。", []),
        (None, "到11月19日那天，投放已达3.5万组。", []),
    ],
)
def test_a_day_counted_from_a_year_less_day_keeps_no_year(before, text, expected):
    own = year_less_days(to_simplified(text))
    again = days_told_again(before, own, _reread(text), [])
    assert [(day.text, day.month, day.day) for day in again] == expected
