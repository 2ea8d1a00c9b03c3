"""A bare weekday in an article whose page gives only its month is placed from the day the story told before
it (``lib/extract/dates_weekdays_told_day.py``): the first such weekday on or after that day, when that day
lies in the publication's month or the month before and the weekday not past the publication's month.

Class: weekdays left unread for want of a day-precise publication ("the minister, on Thursday" after "On
Monday, July 14"; "published by the SEC on Wednesday" after "On August 26, 2022"; "data published Wednesday"
after "on February 16"). Near misses keep the old reading: no day told, a day told long before, a weekday
counted in weeks ("next Friday", 下周五), one that would fall after the publication's month, and a
day-precise publication (the latest such weekday on or before it). Traditional rows are read as simplified, as
the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import read_in_order

ROWS = [
    # English.
    ("On Monday, July 14, Nvidia said Washington had approved H20 sales to China. Jensen Huang was received by "
     "the commerce minister on Thursday.", "2025-07",
     [("July 14", "2025-07-14", "day"), ("Thursday", "2025-07-17", "day")]),
    ("On August 26, 2022, the government informed Nvidia of a new licence requirement, the company said in a "
     "filing published on Wednesday.", "2022-09",
     [("August 26, 2022", "2022-08-26", "day"), ("Wednesday", "2022-08-31", "day")]),
    ("Doubao passed 100 million daily users on February 16, according to data published Wednesday by a "
     "tracker.", "2026-02", [("February 16", "2026-02-16", "day"), ("Wednesday", "2026-02-18", "day")]),
    ("Alibaba opened its annual shopping sale on November 1. Tmall said on Friday that orders had doubled.",
     "2024-11", [("November 1", "2024-11-01", "day"), ("Friday", "2024-11-01", "day")]),
    # Simplified Chinese.
    ("7月14日，英伟达宣布获准向中国出售H20芯片。周四，黄仁勋会见了商务部长。", "2025-07",
     [("7月14日", "2025-07-14", "day"), ("周四", "2025-07-17", "day")]),
    ("豆包2月16日日活跃用户突破1亿，据周三公布的数据。", "2026-02",
     [("2月16日", "2026-02-16", "day"), ("周三", "2026-02-18", "day")]),
    ("8月26日，美国政府通知英伟达须申请出口许可证。该公司周三在文件中披露了此事。", "2022-09",
     [("8月26日", "2022-08-26", "day"), ("周三", "2022-08-31", "day")]),
    # Traditional Chinese.
    ("7月14日，輝達宣布獲准向中國出售H20晶片。週四，黃仁勳會見了商務部長。", "2025-07",
     [("7月14日", "2025-07-14", "day"), ("週四", "2025-07-17", "day")]),
    ("豆包2月16日日活躍用戶突破1億，據週三公布的數據。", "2026-02",
     [("2月16日", "2026-02-16", "day"), ("週三", "2026-02-18", "day")]),
    ("8月26日，美國政府通知輝達須申請出口許可證。該公司週三在文件中披露了此事。", "2022-09",
     [("8月26日", "2022-08-26", "day"), ("週三", "2022-08-31", "day")]),
    # Near misses: no day told, a day told long before, a count of weeks, past the publication's month, and a
    # day-precise publication.
    ("Alibaba released its quarterly results on Thursday.", "2022-11", []),
    ("Alibaba listed in New York on September 19, 2014. Its shares rose 3% on Thursday.", "2022-11",
     [("September 19, 2014", "2014-09-19", "day")]),
    ("On June 13, Huawei said it had sold 3 million Pura 70 phones. Its HarmonyOS beta arrives next Friday.",
     "2024-06", [("June 13", "2024-06-13", "day")]),
    ("On July 31, Baidu said its robotaxis had completed a million rides. Its shares rose on Friday.", "2025-07",
     [("July 31", "2025-07-31", "day")]),
    ("On July 14, Nvidia said H20 sales were approved. Huang met the minister on Thursday.", "2025-07-28",
     [("July 14", "2025-07-14", "day"), ("Thursday", "2025-07-24", "day")]),
    ("阿里巴巴周四公布了季度财报。", "2022-11", []),
    ("华为6月13日表示Pura 70已售出300万台。下周五，鸿蒙测试版将上线。", "2024-06",
     [("6月13日", "2024-06-13", "day")]),
    ("阿里巴巴週四公布了季度財報。", "2022-11", []),
    ("華為6月13日表示Pura 70已售出300萬台。下週五，鴻蒙測試版將上線。", "2024-06",
     [("6月13日", "2024-06-13", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_a_weekday_counts_from_the_day_told_when_only_the_month_is_published(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class: "this week" in an article dated to its month alone is the week of the day told before it (en1320 "On
# Monday, July 14, … Huang dominates Chinese headlines this week"; zt102 "路透社周三(3日)報道,…本周向商務部職員發信";
# zs2005 "12月22日,快手依旧还在回答…,这周都不可能进入聆讯环节"). Near misses stay unread: no day told, a day told long
# before, a week counted from the writer's ("last week", 上周, 下周), one ahead of the day told ("later this week").
THIS_WEEK_ROWS = [
    # English.
    ("On Monday, July 14, Nvidia said H20 sales were approved. Huang dominates Chinese headlines this week.",
     "2025-07", [("July 14", "2025-07-14", "day"), ("this week", "2025-07-14", "week")]),
    ("On December 22, Kuaishou was still answering the exchange's questions; it cannot reach a hearing this week.",
     "2020-12", [("December 22", "2020-12-22", "day"), ("this week", "2020-12-21", "week")]),
    # Simplified Chinese.
    ("路透社周三(3日)报道，有美国高级官员本周向商务部职员发信表示，华为仍然列于实体清单上。", "2019-07",
     [("3日", "2019-07-03", "day"), ("本周", "2019-07-01", "week")]),
    ("12月22日，快手依旧还在回答港交所上市科的问题，这周都不可能进入聆讯环节。", "2020-12",
     [("12月22日", "2020-12-22", "day"), ("这周", "2020-12-21", "week")]),
    # Traditional Chinese.
    ("路透社週三(3日)報道，有美國高級官員本週向商務部職員發信表示，華為仍然列於實體清單上。", "2019-07",
     [("3日", "2019-07-03", "day"), ("本週", "2019-07-01", "week")]),
    ("12月22日，快手依舊還在回答港交所上市科的問題，這週都不可能進入聆訊環節。", "2020-12",
     [("12月22日", "2020-12-22", "day"), ("這週", "2020-12-21", "week")]),
    # Near misses.
    ("Huang dominates Chinese headlines this week.", "2025-07", []),
    ("Alibaba listed in New York on September 19, 2014. Its shares rose 3% this week.", "2022-11",
     [("September 19, 2014", "2014-09-19", "day")]),
    ("On July 14, Nvidia said H20 sales were approved. Shein filed for a listing last week.", "2025-07",
     [("July 14", "2025-07-14", "day")]),
    ("On July 14, Nvidia said H20 sales were approved. Huang will visit Beijing later this week.", "2025-07",
     [("July 14", "2025-07-14", "day")]),
    ("华为本周发布了新手机。", "2024-06", []),
    ("7月14日，英伟达宣布获准出售H20。知乎上周通过了上市聆讯。", "2025-07", [("7月14日", "2025-07-14", "day")]),
    ("華為本週發布了新手機。", "2024-06", []),
    ("7月14日，輝達宣布獲准出售H20。知乎下週將開始招股。", "2025-07", [("7月14日", "2025-07-14", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), THIS_WEEK_ROWS)
def test_this_week_is_the_week_of_the_day_told_when_only_the_month_is_published(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
