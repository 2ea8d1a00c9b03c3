"""Counts of days and months on from a date in the text: "four months prior", "just one day prior", "two
days before," (closing its clause), "after 53 days", 两天后 and 一天前 after the event they count from
("两人会面两天后", "发布会的两天前") count from the last date read before them; publication when there is
none. A story goes on from the days it reports: a plan's day named beside a past one does not anchor the
next sentence's count.

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import read_in_order
from tests.unit.extract.test_events_news_classes import _events

WEDNESDAY = "2025-03-12"


COUNTED_ON_ROWS = [
    # English.
    ("Meituan bought the startup on March 3. Its founder had started it only four months prior.", WEDNESDAY,
     [("March 3", "2025-03-03", "day"), ("four months prior", "2024-11-01", "month")]),
    ("MiniMax opened its offering on December 31, 2024. Just one day prior, Zhipu launched its own.", WEDNESDAY,
     [("December 31, 2024", "2024-12-31", "day"), ("one day prior", "2024-12-30", "day")]),
    # https://www.36kr.com (JD's food delivery, 2025-06), paraphrased.
    ("JD launched food delivery on March 1st, and daily orders exceeded 10 million after 53 days.", "2025-06-19",
     [("March 1st", "2025-03-01", "day"), ("after 53 days", "2025-04-23", "day")]),
    ("Tencent listed on March 5; two days before, Alibaba had cut prices.", WEDNESDAY,
     [("March 5", "2025-03-05", "day"), ("two days before", "2025-03-03", "day")]),
    ("Baidu cut prices on March 3. A day earlier, Alibaba had.", WEDNESDAY,
     [("March 3", "2025-03-03", "day"), ("A day earlier", "2025-03-02", "day")]),
    ("Talks lasted 53 days.", WEDNESDAY, []),
    ("Baidu signed the deal on March 3 after 53 days of talks.", WEDNESDAY, [("March 3", "2025-03-03", "day")]),
    ("Baidu cut prices two days before the launch.", WEDNESDAY, []),
    ("Baidu hired him four months prior to the launch.", WEDNESDAY, []),
    # Simplified Chinese. https://www.hk01.com (Nvidia's H20 licence, 2025-08), paraphrased.
    ("8月6日，黄仁勋前往白宫。据报就在两人会面两天后，商务部批出许可。", "2025-08-09",
     [("8月6日", "2025-08-06", "day"), ("两天后", "2025-08-08", "day")]),
    ("3月5日，腾讯举行发布会。发布会的两天前，阿里巴巴宣布降价。", WEDNESDAY,
     [("3月5日", "2025-03-05", "day"), ("两天前", "2025-03-03", "day")]),
    ("3月1日京东上线外卖。上线三个月后，日单量突破2500万。", "2025-06-19",
     [("3月1日", "2025-03-01", "day"), ("三个月后", "2025-06-01", "month")]),
    ("12月31日，MiniMax启动招股。前一天，智谱率先启动招股。", "2025-01-06",
     [("12月31日", "2024-12-31", "day"), ("前一天", "2024-12-30", "day")]),
    ("3月5日，腾讯举行发布会。就在两天前，阿里巴巴宣布降价。", WEDNESDAY,  # "just two days ago"
     [("3月5日", "2025-03-05", "day"), ("两天前", "2025-03-10", "day")]),
    ("3月5日，腾讯举行发布会。百度两周后发布财报。", WEDNESDAY,  # in two weeks, from publication
     [("3月5日", "2025-03-05", "day"), ("两周后", "2025-03-26", "day")]),
    # Traditional Chinese.
    ("8月6日，黃仁勳前往白宮。據報就在兩人會面兩天後，商務部批出許可。", "2025-08-09",
     [("8月6日", "2025-08-06", "day"), ("两天后", "2025-08-08", "day")]),
    ("3月5日，騰訊舉行發布會。發布會的兩天前，阿里巴巴宣布降價。", WEDNESDAY,
     [("3月5日", "2025-03-05", "day"), ("两天前", "2025-03-03", "day")]),
    ("12月31日，MiniMax啟動招股。前一天，智譜率先啟動招股。", "2025-01-06",
     [("12月31日", "2024-12-31", "day"), ("前一天", "2024-12-30", "day")]),
    ("3月5日，騰訊舉行發布會。就在兩天前，阿里巴巴宣布降價。", WEDNESDAY,
     [("3月5日", "2025-03-05", "day"), ("两天前", "2025-03-10", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), COUNTED_ON_ROWS)
def test_counts_go_on_from_the_date_before(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# https://www.chinaz.com (MiniMax's offering, 2026-01), paraphrased: the plan's day (January 9) named
# beside the day reported (December 31) does not anchor "one day prior".
@pytest.mark.parametrize(("sentences", "expected"), [
    (["On December 31, MiniMax opened its Hong Kong offering, with plans to list on January 9, 2026.",
      "Just one day prior, Zhipu AI launched its offering."],
     [("December 31", "2025-12-31"), ("January 9, 2026", "2026-01-09"), ("one day prior", "2025-12-30")]),
    (["12月31日，MiniMax启动港股招股，计划于2026年1月9日上市。", "前一天，智谱率先启动招股。"],
     [("12月31日", "2025-12-31"), ("2026年1月9日", "2026-01-09"), ("前一天", "2025-12-30")]),
    (["12月31日，MiniMax啟動港股招股，計劃於2026年1月9日上市。", "前一天，智譜率先啟動招股。"],
     [("12月31日", "2025-12-31"), ("2026年1月9日", "2026-01-09"), ("前一天", "2025-12-30")]),
    (["MiniMax plans to list on January 9, 2026.", "The day before, Zhipu AI will list."],
     [("January 9, 2026", "2026-01-09"), ("The day before", "2026-01-08")]),
])
def test_a_plan_named_beside_a_reported_day_does_not_anchor_the_next_count(sentences, expected):
    assert [(words, start) for words, start, *_ in _events(sentences, "2026-01-06")] == expected


# Class (splits D and AI: zt202 "較大貢獻估在2023年發生,5年後電動車將是集團下一個兆元產業", zs3350 "黄峥希望跳脱出来
# 摸一摸10年后的路"): a count of years on told with a future word in its clause counts from now, the writer's or
# speaker's, as "five years from now" and 再过五年 do, not from the date before. Without one it goes on from the
# date before as before; 将其 (taking it) is no future word.
YEARS_FROM_NOW_ROWS = [
    ("鴻海較大貢獻估在2023年發生，5年後電動車將是集團下一個兆元產業。", "2021-10-18",
     [("2023年", "2023-01-01", "year"), ("5年後", "2026-01-01", "year")]),
    ("鸿海较大贡献估在2023年发生，5年后电动车将是集团下一个兆元产业。", "2021-10-18",
     [("2023年", "2023-01-01", "year"), ("5年后", "2026-01-01", "year")]),
    ("拼多多创始人黄峥希望跳脱出来摸一摸10年后的路。", "2021-03-18", [("10年后", "2031-01-01", "year")]),
    ("Foxconn said five years from now, EVs will be the group's next trillion-dollar business.", "2021-10-18",
     [("five years from now", "2026-01-01", "year")]),
    ("Pinduoduo's founder wants to explore the road a decade from now.", "2021-03-18",
     [("a decade from now", "2031-01-01", "year")]),
    # Must not change: told as past, the years go on from the date before; 将其 takes an object.
    ("小米于2021年宣布造车。5年后，小米汽车销量大增。", "2026-03-01",
     [("2021年", "2021-01-01", "year"), ("5年后", "2026-01-01", "year")]),
    ("阿里2019年成立该部门，两年后将其拆分。", "2025-03-01",
     [("2019年", "2019-01-01", "year"), ("两年后", "2021-01-01", "year")]),
    ("零一万物成立一年后，李开复首次公开露面。", "2024-05-15", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEARS_FROM_NOW_ROWS)
def test_years_on_told_as_ahead_count_from_now(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
