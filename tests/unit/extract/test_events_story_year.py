"""The year an undated story is told in: the latest year it reports, not the year it last looked back to.

An article with no publication date is read as a narrative (``lib.extract.events``): its year-less
months and "last year" / 去年 count from the year it is told in. A story that reports January 2026
and then looks back ("compared with December 2025", "在2025年12月被提前释放", "spun out in 2019") is
still told in 2026: its later "In January", 1月 and 去年12月 are January 2026 and December 2025.
(Seen in split Y: en2306, zs2304.)

The year-less days and months it tells before its first full date are of that date's year when the date is finer
than a year: the story leads up to it (Y zs2301, zt2303; X en2219, zt2203; G zs508). Else they are on or after
the latest date finer than a year it reports, as a year-less dateline is: news is told after what it reports
(AC zs2752, AE zs2951, zs2913, zt2960, AB zs2606). A year told alone is as often a look back ("founded in 2012":
R en1620, W en2105, U zs1901) and places nothing before it; nor does a date told as a company's past (始于, "founded
in", AC zs2754).

Each row is a short passage written for the test, none copied from ``tests/data/realnews``.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_news_classes import _events

ROWS = [
    pytest.param(["BYD sold 210,051 vehicles in January 2026.",
                  "The carmaker had delivered 420,398 units in December 2025.",
                  "In January, BYD's overseas sales rose 51%."],
                 [("January 2026", "2026-01-01", "month", "BYD", "text", False),
                  ("December 2025", "2025-12-01", "month", "BYD", "context", False),
                  ("January", "2026-01-01", "month", "BYD", "text", False)], id="month-en"),
    pytest.param(["Xpeng delivered 20,011 vehicles in January 2026.",
                  "Xpeng had set a delivery record in December 2025.",
                  "Xpeng's exports doubled last year."],
                 [("January 2026", "2026-01-01", "month", "Xpeng", "text", False),
                  ("December 2025", "2025-12-01", "month", "Xpeng", "text", False),
                  ("last year", "2025-01-01", "year", "Xpeng", "text", False)], id="last-year-en"),
    pytest.param(["2026年1月，比亚迪销量同比下滑30%。", "大量需求在2025年12月被提前释放。",
                  "1月比亚迪海外销量增长51%，较去年12月下滑。"],
                 [("2026年1月", "2026-01-01", "month", "BYD", "text", False),
                  ("2025年12月", "2025-12-01", "month", "BYD", "context", False),
                  ("1月", "2026-01-01", "month", "BYD", "text", False),
                  ("去年12月", "2025-12-01", "month", "BYD", "text", False)], id="month-last-year-hans"),
    pytest.param(["2026年1月，比亞迪銷量同比下滑30%。", "大量需求在2025年12月被提前釋放。",
                  "1月比亞迪海外銷量增長51%，較去年12月下滑。"],
                 [("2026年1月", "2026-01-01", "month", "BYD", "text", False),
                  ("2025年12月", "2025-12-01", "month", "BYD", "context", False),
                  ("1月", "2026-01-01", "month", "BYD", "text", False),
                  ("去年12月", "2025-12-01", "month", "BYD", "text", False)], id="month-last-year-hant"),
    # A look back years earlier (a founding) leaves the story in the year it reports.
    pytest.param(["Zhipu AI raised new funds in March 2025.",
                  "The company had been spun out of Tsinghua University in 2019.",
                  "In May, Zhipu AI released GLM-4."],
                 [("March 2025", "2025-03-01", "month", "Zhipu AI", "text", False),
                  ("2019", "2019-01-01", "year", "Zhipu AI", "context", False),
                  ("May", "2025-05-01", "month", "Zhipu AI", "text", False)], id="founding-en"),
    pytest.param(["2025年3月，智谱完成新一轮融资。", "该公司于2019年从清华大学孵化而来。", "5月，智谱发布GLM-4。"],
                 [("2025年3月", "2025-03-01", "month", "Zhipu AI", "text", False),
                  ("2019年", "2019-01-01", "year", "Zhipu AI", "context", False),
                  ("5月", "2025-05-01", "month", "Zhipu AI", "text", False)], id="founding-hans"),
    pytest.param(["2025年3月，智譜完成新一輪融資。", "該公司於2019年從清華大學孵化而來。", "5月，智譜發布GLM-4。"],
                 [("2025年3月", "2025-03-01", "month", "Zhipu AI", "text", False),
                  ("2019年", "2019-01-01", "year", "Zhipu AI", "context", False),
                  ("5月", "2025-05-01", "month", "Zhipu AI", "text", False)], id="founding-hant"),
]


BEFORE_ROWS = [
    pytest.param(["On November 3, the Shanghai Stock Exchange suspended Ant Group's listing.",
                  "Ant Group had planned to list on November 5, 2020."],
                 [("November 3", "2020-11-03", "day", "Ant Group", "text", False),
                  ("November 5, 2020", "2020-11-05", "day", "Ant Group", "text", False)], id="day-en"),
    pytest.param(["11月3日晚间，上交所宣布暂缓蚂蚁集团上市。", "蚂蚁集团原定于2020年11月5日在科创板上市。"],
                 [("11月3日", "2020-11-03", "day", "Ant Group", "text", False),
                  ("2020年11月5日", "2020-11-05", "day", "Ant Group", "text", False)], id="day-hans"),
    pytest.param(["11月3日晚間，上交所宣布暫緩螞蟻集團上市。", "螞蟻集團原定於2020年11月5日在科創板上市。"],
                 [("11月3日", "2020-11-03", "day", "Ant Group", "text", False),
                  ("2020年11月5日", "2020-11-05", "day", "Ant Group", "text", False)], id="day-hant"),
    pytest.param(["In June, Baidu began testing robotaxis in Changsha.",
                  "Baidu's AI developers grew to 1.3 million in the first half of 2019."],
                 [("June", "2019-06-01", "month", "Baidu", "text", False),
                  ("the first half of 2019", "2019-01-01", "half", "Baidu", "text", False)], id="month-en"),
    pytest.param(["6月，百度在长沙启动自动驾驶出租车试运营。", "2019年上半年，百度AI开放平台开发者增至130万。"],
                 [("6月", "2019-06-01", "month", "Baidu", "text", False),
                  ("2019年上半年", "2019-01-01", "half", "Baidu", "text", False)], id="month-hans"),
    pytest.param(["6月，百度在長沙啟動自動駕駛計程車試運營。", "2019年上半年，百度AI開放平台開發者增至130萬。"],
                 [("6月", "2019-06-01", "month", "Baidu", "text", False),
                  ("2019年上半年", "2019-01-01", "half", "Baidu", "text", False)], id="month-hant"),
    # Near miss: a day told after the first date's end, or more than half a year before it: the first date is a
    # look back (a founding, an earlier record), and the day keeps no year.
    pytest.param(["On December 5, Moore Threads listed in Shanghai.", "Moore Threads was founded in October 2020."],
                 [("December 5", "", "day", "Moore Threads", "text", False),
                  ("October 2020", "2020-10-01", "month", "Moore Threads", "text", False)], id="near-miss-after-en"),
    pytest.param(["12月5日，摩尔线程在科创板上市。", "摩尔线程成立于2020年10月。"],
                 [("12月5日", "", "day", "Moore Threads", "text", False),
                  ("2020年10月", "2020-10-01", "month", "Moore Threads", "text", False)], id="near-miss-after-hans"),
    pytest.param(["12月5日，摩爾線程在科創板上市。", "摩爾線程成立於2020年10月。"],
                 [("12月5日", "", "day", "Moore Threads", "text", False),
                  ("2020年10月", "2020-10-01", "month", "Moore Threads", "text", False)], id="near-miss-after-hant"),
    # Further back than half a year before the first date, a day is not its lead-up: the story is told after the
    # latest date it reports (an earlier record), so the day is on or after it, the next January.
    pytest.param(["Nvidia shares crashed on Jan. 27.", "Nvidia's previous record loss came in September 2024."],
                 [("Jan. 27", "2025-01-27", "day", "Nvidia", "text", False),
                  ("September 2024", "2024-09-01", "month", "Nvidia", "text", False)], id="far-before-en"),
    pytest.param(["1月27日，英伟达股价暴跌。", "英伟达上一次创纪录的跌幅出现在2024年9月。"],
                 [("1月27日", "2025-01-27", "day", "Nvidia", "text", False),
                  ("2024年9月", "2024-09-01", "month", "Nvidia", "text", False)], id="far-before-hans"),
    pytest.param(["1月27日，輝達股價暴跌。", "輝達上一次創紀錄的跌幅出現在2024年9月。"],
                 [("1月27日", "2025-01-27", "day", "Nvidia", "text", False),
                  ("2024年9月", "2024-09-01", "month", "Nvidia", "text", False)], id="far-before-hant"),
    # A day after the latest month the story reports is of that month's year (AC zs2752, G zs508, AE zt2960).
    pytest.param(["On November 14, Alibaba renamed Tongyi as Qwen.",
                  "QuestMobile data for September 2025 put Doubao first."],
                 [("November 14", "2025-11-14", "day", "Alibaba", "text", False),
                  ("September 2025", "2025-09-01", "month", "QuestMobile;ByteDance", "text", False)],
                 id="after-latest-en"),
    pytest.param(["11月14日，阿里巴巴将通义改名为千问。", "QuestMobile到2025年9月的数据显示豆包居首。"],
                 [("11月14日", "2025-11-14", "day", "Alibaba", "text", False),
                  ("2025年9月", "2025-09-01", "month", "QuestMobile;ByteDance", "text", False)],
                 id="after-latest-hans"),
    pytest.param(["11月14日，阿里巴巴將通義改名為千問。", "QuestMobile到2025年9月的數據顯示豆包居首。"],
                 [("11月14日", "2025-11-14", "day", "Alibaba", "text", False),
                  ("2025年9月", "2025-09-01", "month", "QuestMobile;ByteDance", "text", False)],
                 id="after-latest-hant"),
    # Near miss: a date told as a company's past (datelines.csv's history words: 始于, "launched in") bounds nothing.
    pytest.param(["In November, Doubao ranked second worldwide.", "Doubao was launched in August 2023."],
                 [("November", "", "month", "ByteDance", "text", False),
                  ("August 2023", "2023-08-01", "month", "ByteDance", "text", False)], id="near-miss-history-en"),
    pytest.param(["11月，豆包月活跃用户居全球第二。", "豆包的崛起始于2023年8月。"],
                 [("11月", "", "month", "ByteDance", "text", False),
                  ("2023年8月", "2023-08-01", "month", "ByteDance", "text", False)], id="near-miss-history-hans"),
    pytest.param(["11月，豆包月活躍用戶居全球第二。", "豆包的崛起始於2023年8月。"],
                 [("11月", "", "month", "ByteDance", "text", False),
                  ("2023年8月", "2023-08-01", "month", "ByteDance", "text", False)], id="near-miss-history-hant"),
    # Near miss: a year told alone, a look back, leaves the day before it without a year.
    pytest.param(["On July 2, regulators opened a probe into Didi.", "Didi was founded in 2012."],
                 [("July 2", "", "day", "Didi", "text", False),
                  ("2012", "2012-01-01", "year", "Didi", "text", False)], id="near-miss-year-alone-en"),
    pytest.param(["7月2日，监管部门对滴滴启动调查。", "滴滴成立于2012年。"],
                 [("7月2日", "", "day", "Didi", "text", False),
                  ("2012年", "2012-01-01", "year", "Didi", "text", False)], id="near-miss-year-alone-hans"),
    pytest.param(["7月2日，監管部門對滴滴啟動調查。", "滴滴成立於2012年。"],
                 [("7月2日", "", "day", "Didi", "text", False),
                  ("2012年", "2012-01-01", "year", "Didi", "text", False)], id="near-miss-year-alone-hant"),
]


# A day counted from a year-less day told before the story's first date (当天, 当日, 当晚, 次日, "the same day", "the
# next day") is that day, or the day it counts to, and takes its year with it (G zs508, AE zs2914); in the sentence
# that first states the year too, before that year's words.
TOLD_AGAIN_ROWS = [
    pytest.param(["On April 21, JD.com published an open letter to couriers.",
                  "The same day, Meituan denied the claims.", "JD.com launched its delivery service in February 2025."],
                 [("April 21", "2025-04-21", "day", "JD.com", "text", False),
                  ("The same day", "2025-04-21", "day", "Meituan", "text", False),
                  ("February 2025", "2025-02-01", "month", "JD.com", "text", False)], id="same-day-en"),
    pytest.param(["4月21日，京东发布致全体外卖骑手的公开信。", "当天晚上，美团回应称从未限制骑手接单。",
                  "2025年2月，京东外卖正式上线。"],
                 [("4月21日", "2025-04-21", "day", "JD.com", "text", False),
                  ("当天晚上", "2025-04-21", "day", "Meituan", "text", False),
                  ("2025年2月", "2025-02-01", "month", "JD.com", "text", False)], id="same-day-hans"),
    pytest.param(["4月21日，京東發布致全體外賣騎手的公開信。", "當天晚上，美團回應稱從未限制騎手接單。",
                  "2025年2月，京東外賣正式上線。"],
                 [("4月21日", "2025-04-21", "day", "JD.com", "text", False),
                  ("當天晚上", "2025-04-21", "day", "Meituan", "text", False),
                  ("2025年2月", "2025-02-01", "month", "JD.com", "text", False)], id="same-day-hant"),
    pytest.param(["On September 18, Cambricon shares briefly topped Moutai.",
                  "The next day, Cambricon held its results briefing for the first half of 2025."],
                 [("September 18", "2025-09-18", "day", "Cambricon;Kweichow Moutai", "text", False),
                  ("The next day", "2025-09-19", "day", "Cambricon", "text", False),
                  ("the first half of 2025", "2025-01-01", "half", "Cambricon", "text", False)],
                 id="next-day-first-year-sentence-en"),
    pytest.param(["9月18日，寒武纪股价盘中超越贵州茅台。", "截至当日收盘，寒武纪股价仍低于茅台。",
                  "当天收盘后，寒武纪召开了2025年上半年业绩说明会。"],
                 [("9月18日", "2025-09-18", "day", "Cambricon", "text", False),
                  ("当日", "2025-09-18", "day", "Cambricon", "text", False),
                  ("当天", "2025-09-18", "day", "Cambricon", "text", False),
                  ("2025年上半年", "2025-01-01", "half", "Cambricon", "text", False)], id="same-day-first-year-hans"),
    pytest.param(["9月18日，寒武紀股價盤中超越貴州茅台。", "次日，寒武紀召開了2025年上半年業績說明會。"],
                 [("9月18日", "2025-09-18", "day", "Cambricon", "text", False),
                  ("次日", "2025-09-19", "day", "Cambricon", "text", False),
                  ("2025年上半年", "2025-01-01", "half", "Cambricon", "text", False)], id="next-day-first-year-hant"),
    # Near miss: words right after the day restate it ("到11月19日那天"): one day told, no second event.
    pytest.param(["到11月19日那天，阿里巴巴的日投放素材已经冲到3.5万组。",
                  "QuestMobile到2025年9月的数据显示豆包居首。"],
                 [("11月19日", "2025-11-19", "day", "Alibaba", "text", False),
                  ("2025年9月", "2025-09-01", "month", "QuestMobile;ByteDance", "text", False)],
                 id="near-miss-restated-hans"),
    # Near miss: a count that leaves the day's year (the day after December 31) waits for no year it cannot know.
    pytest.param(["12月31日，小米公布交付数据。", "次日，小米股价上涨。", "小米于2025年发布新车。"],
                 [("12月31日", "", "day", "Xiaomi", "text", False),
                  ("2025年", "2025-01-01", "year", "Xiaomi", "text", False)], id="near-miss-year-end-hans"),
    # Near miss: with no year-less day told before, "the same day" still counts from nothing.
    pytest.param(["The same day, Meituan denied the claims.", "JD.com launched its delivery service in February 2025."],
                 [("February 2025", "2025-02-01", "month", "JD.com", "text", False)], id="near-miss-no-day-en"),
]


# The half-year up to the first date a story states, when that date is a day or month, crosses a new year as it crosses
# any month's end: a December day told before "January 9, 2026" is December 2025, in an earlier sentence or before
# the date's words in its own (AH zs3241; told so in the dated D en219, N zs1209, AC zt2720).
ACROSS_ROWS = [
    pytest.param(["On December 30, Zhipu AI opened its Hong Kong offering.", "Zhipu AI listed on January 8, 2026."],
                 [("December 30", "2025-12-30", "day", "Zhipu AI", "text", False),
                  ("January 8, 2026", "2026-01-08", "day", "Zhipu AI", "text", False)], id="sentence-before-en"),
    pytest.param(["12月30日，智谱开启港股招股。", "智谱于2026年1月8日挂牌上市。"],
                 [("12月30日", "2025-12-30", "day", "Zhipu AI", "text", False),
                  ("2026年1月8日", "2026-01-08", "day", "Zhipu AI", "text", False)], id="sentence-before-hans"),
    pytest.param(["12月30日，智譜開啟港股招股。", "智譜於2026年1月8日掛牌上市。"],
                 [("12月30日", "2025-12-30", "day", "Zhipu AI", "text", False),
                  ("2026年1月8日", "2026-01-08", "day", "Zhipu AI", "text", False)], id="sentence-before-hant"),
    pytest.param(["On December 21, MiniMax passed its listing hearing, and it listed on January 9, 2026."],
                 [("December 21", "2025-12-21", "day", "MiniMax", "text", False),
                  ("January 9, 2026", "2026-01-09", "day", "MiniMax", "text", False)], id="same-sentence-en"),
    pytest.param(["12月21日，MiniMax通过上市聆讯，并于12月31日启动招股，已于2026年1月9日挂牌。"],
                 [("12月21日", "2025-12-21", "day", "MiniMax", "text", False),
                  ("12月31日", "2025-12-31", "day", "MiniMax", "text", False),
                  ("2026年1月9日", "2026-01-09", "day", "MiniMax", "text", False)], id="same-sentence-hans"),
    pytest.param(["12月21日，MiniMax通過上市聆訊，並於12月31日啟動招股，已於2026年1月9日掛牌。"],
                 [("12月21日", "2025-12-21", "day", "MiniMax", "text", False),
                  ("12月31日", "2025-12-31", "day", "MiniMax", "text", False),
                  ("2026年1月9日", "2026-01-09", "day", "MiniMax", "text", False)], id="same-sentence-hant"),
    # Near miss: further back than half a year the day is no lead-up; it is after the latest date, as before.
    pytest.param(["On May 2, regulators fined Alibaba.", "Alibaba's shares fell in January 2021."],
                 [("May 2", "2021-05-02", "day", "Alibaba", "text", False),
                  ("January 2021", "2021-01-01", "month", "Alibaba", "text", False)], id="near-miss-far-en"),
    pytest.param(["5月2日，监管部门对阿里巴巴处以罚款。", "阿里巴巴股价在2021年1月下跌。"],
                 [("5月2日", "2021-05-02", "day", "Alibaba", "text", False),
                  ("2021年1月", "2021-01-01", "month", "Alibaba", "text", False)], id="near-miss-far-hans"),
    # Near miss: more than a quarter before the date, a day the year before is as often a look back to an older act:
    # its year stays unknown (the story set's s407).
    pytest.param(["On December 9, Alibaba's cloud unit opened a new data centre.",
                  "It builds on the plan Alibaba announced on April 16, 2020."],
                 [("December 9", "", "day", "Alibaba", "text", False),
                  ("April 16, 2020", "2020-04-16", "day", "Alibaba", "text", False)], id="near-miss-a-quarter-en"),
    pytest.param(["12月9日，阿里云启用新的数据中心。", "此举延续了阿里巴巴于2020年4月16日宣布的计划。"],
                 [("12月9日", "", "day", "Alibaba", "text", False),
                  ("2020年4月16日", "2020-04-16", "day", "Alibaba", "text", False)], id="near-miss-a-quarter-hans"),
]


# In the sentence that first states an undated story's year, a year-less date before the period told that its own
# words place ("从2024年第三季度…到第四季度…再到2025年第一季度", a series running forward; the same reading in
# whatever year the story is told) is an event of that reading (AE zs2913).
OWN_WORDS_ROWS = [
    pytest.param(["Bilibili turned its first adjusted profit in the third quarter of 2024, stayed profitable in the "
                  "fourth quarter and again in the first quarter of 2025."],
                 [("the third quarter of 2024", "2024-07-01", "quarter", "Bilibili", "text", False),
                  ("the fourth quarter", "2024-10-01", "quarter", "Bilibili", "text", False),
                  ("the first quarter of 2025", "2025-01-01", "quarter", "Bilibili", "text", False)], id="series-en"),
    pytest.param(["从2024年第三季度首次实现盈利，到第四季度全面转正，再到2025年第一季度继续保持利润，B站交出了答卷。"],
                 [("2024年第三季度", "2024-07-01", "quarter", "Bilibili", "text", False),
                  ("第四季度", "2024-10-01", "quarter", "Bilibili", "text", False),
                  ("2025年第一季度", "2025-01-01", "quarter", "Bilibili", "text", False)], id="series-hans"),
    pytest.param(["從2024年第三季度首次實現盈利，到第四季度全面轉正，再到2025年第一季度繼續保持利潤，B站交出了答卷。"],
                 [("2024年第三季度", "2024-07-01", "quarter", "Bilibili", "text", False),
                  ("第四季度", "2024-10-01", "quarter", "Bilibili", "text", False),
                  ("2025年第一季度", "2025-01-01", "quarter", "Bilibili", "text", False)], id="series-hant"),
    pytest.param(["In 2024, Xiaomi's sales rose; in the fourth quarter, revenue hit a record, and in March 2025 it "
                  "launched a new car."],
                 [("2024", "2024-01-01", "year", "Xiaomi", "text", False),
                  ("the fourth quarter", "2024-10-01", "quarter", "Xiaomi", "text", False),
                  ("March 2025", "2025-03-01", "month", "Xiaomi", "text", False)], id="year-then-part-en"),
    # Near miss: a day before the period told whose year the sentence does not give keeps none.
    pytest.param(["On March 20, Tencent reported its revenue for the fourth quarter of 2024."],
                 [("March 20", "", "day", "Tencent", "text", False),
                  ("the fourth quarter of 2024", "2024-10-01", "quarter", "Tencent", "text", False)],
                 id="near-miss-day-before-en"),
    pytest.param(["3月20日，腾讯公布2024年第四季度营收。"],
                 [("3月20日", "", "day", "Tencent", "text", False),
                  ("2024年第四季度", "2024-10-01", "quarter", "Tencent", "text", False)],
                 id="near-miss-day-before-hans"),
    pytest.param(["3月20日，騰訊公布2024年第四季度營收。"],
                 [("3月20日", "", "day", "Tencent", "text", False),
                  ("2024年第四季度", "2024-10-01", "quarter", "Tencent", "text", False)],
                 id="near-miss-day-before-hant"),
]


# A company's past told before any year the story reports ("成立於2020年", "founded in", datelines.csv's history words)
# opens no year: the story is not told then, so a later 今年 / "this year" or year-less month is not of it (V zt2007:
# "摩爾線程成立於2020年 … 今年12月5日" read December 2020). A year the story reports still opens one.
HISTORY_FIRST_ROWS = [
    pytest.param(["Moore Threads was founded in 2020.", "In December, Moore Threads listed in Shanghai."],
                 [("2020", "2020-01-01", "year", "Moore Threads", "text", False),
                  ("December", "", "month", "Moore Threads", "text", False)], id="founded-en"),
    pytest.param(["摩尔线程成立于2020年。", "今年12月5日，摩尔线程在科创板上市。"],
                 [("2020年", "2020-01-01", "year", "Moore Threads", "text", False)], id="founded-hans"),
    pytest.param(["摩爾線程成立於2020年，總部位於北京。", "今年12月5日，摩爾線程在科創板掛牌上市。"],
                 [("2020年", "2020-01-01", "year", "Moore Threads", "text", False)], id="founded-hant"),
    # Near miss: a year the story reports opens it.
    pytest.param(["Moore Threads' revenue soared in 2020.", "In December, Moore Threads listed in Shanghai."],
                 [("2020", "2020-01-01", "year", "Moore Threads", "text", False),
                  ("December", "2020-12-01", "month", "Moore Threads", "text", False)], id="near-miss-reported-en"),
    pytest.param(["2020年，摩尔线程营收大增。", "今年12月5日，摩尔线程在科创板上市。"],
                 [("2020年", "2020-01-01", "year", "Moore Threads", "text", False),
                  ("今年12月5日", "2020-12-05", "day", "Moore Threads", "text", False)], id="near-miss-reported-hans"),
    pytest.param(["2020年，摩爾線程營收大增。", "今年12月5日，摩爾線程在科創板掛牌上市。"],
                 [("2020年", "2020-01-01", "year", "Moore Threads", "text", False),
                  ("今年12月5日", "2020-12-05", "day", "Moore Threads", "text", False)], id="near-miss-reported-hant"),
]


# A year-less day the story tells again with its year is that day (AI en3310: "On September 5, Geely Automobile
# announced … the September 5 Geely shareholders' meeting", the second in a sentence of 2025). Not another day of the
# month, nor a month the day falls in: a month recurs ("in May … in May 2023").
TOLD_WITH_ITS_YEAR_ROWS = [
    pytest.param(["On September 5, Geely said its shareholders approved the Zeekr merger.",
                  "At Geely's 2025 results conference, the CEO said the September 5 vote cleared the deal."],
                 [("September 5", "2025-09-05", "day", "Geely", "text", False),
                  ("2025", "2025-01-01", "year", "Geely", "text", False),
                  ("September 5", "2025-09-05", "day", "Geely", "text", False)], id="same-day-en"),
    pytest.param(["9月5日，吉利宣布股东大会批准合并极氪。",
                  "在吉利2025年业绩会上，总裁表示9月5日的股东大会为交易扫清了障碍。"],
                 [("9月5日", "2025-09-05", "day", "Geely", "text", False),
                  ("2025年", "2025-01-01", "year", "Geely", "context", False),
                  ("9月5日", "2025-09-05", "day", "Geely", "context", False)], id="same-day-hans"),
    pytest.param(["9月5日，吉利宣布股東大會批准合併極氪。",
                  "在吉利2025年業績會上，總裁表示9月5日的股東大會為交易掃清了障礙。"],
                 [("9月5日", "2025-09-05", "day", "Geely", "text", False),
                  ("2025年", "2025-01-01", "year", "Geely", "context", False),
                  ("9月5日", "2025-09-05", "day", "Geely", "context", False)], id="same-day-hant"),
    # Near misses: another day of the month, a month alone.
    pytest.param(["On September 4, Geely said its shareholders approved the Zeekr merger.",
                  "At Geely's 2025 results conference, the CEO said the September 5 vote cleared the deal."],
                 [("September 4", "", "day", "Geely", "text", False),
                  ("2025", "2025-01-01", "year", "Geely", "text", False),
                  ("September 5", "2025-09-05", "day", "Geely", "text", False)], id="near-miss-other-day-en"),
    pytest.param(["9月4日，吉利宣布股东大会批准合并极氪。",
                  "在吉利2025年业绩会上，总裁表示9月5日的股东大会为交易扫清了障碍。"],
                 [("9月4日", "", "day", "Geely", "text", False),
                  ("2025年", "2025-01-01", "year", "Geely", "context", False),
                  ("9月5日", "2025-09-05", "day", "Geely", "context", False)], id="near-miss-other-day-hans"),
    pytest.param(["9月4日，吉利宣布股東大會批准合併極氪。",
                  "在吉利2025年業績會上，總裁表示9月5日的股東大會為交易掃清了障礙。"],
                 [("9月4日", "", "day", "Geely", "text", False),
                  ("2025年", "2025-01-01", "year", "Geely", "context", False),
                  ("9月5日", "2025-09-05", "day", "Geely", "context", False)], id="near-miss-other-day-hant"),
    pytest.param(["In September, Geely said its shareholders approved the Zeekr merger.",
                  "At Geely's 2025 results conference, the CEO said the September 5 vote cleared the deal."],
                 [("September", "", "month", "Geely", "text", False),
                  ("2025", "2025-01-01", "year", "Geely", "text", False),
                  ("September 5", "2025-09-05", "day", "Geely", "text", False)], id="near-miss-month-en"),
]


# A stated quarter a figure is set against is the quarter a year before the one reported (AJ en3413 "fell from 18% in
# the third quarter of 2019 to 14%", X en2210 "an increase of 18.9% compared to the third quarter of 2020"): the story's
# year-less quarter is a year on, told before the comparison too (``year_less_parts.placed_as_reported``). A month set
# against is as often the month before, and a quarter only reported stays.
SET_AGAINST_ROWS = [
    pytest.param(["NetEase's revenue rose 18.9% compared to the third quarter of 2020.",
                  "NetEase's gross profit for the third quarter reached $1.8 billion."],
                 [("the third quarter of 2020", "2020-07-01", "quarter", "NetEase", "text", False),
                  ("the third quarter", "2021-07-01", "quarter", "NetEase", "text", False)], id="quarter-en"),
    pytest.param(["网易第三季度游戏收入为25亿美元。", "网易总营收为34亿美元，较2020年第三季度增长18.9%。",
                  "网易第三季度毛利为18亿美元。"],
                 [("第三季度", "2021-07-01", "quarter", "NetEase", "text", False),
                  ("2020年第三季度", "2020-07-01", "quarter", "NetEase", "text", False),
                  ("第三季度", "2021-07-01", "quarter", "NetEase", "text", False)], id="quarter-hans"),
    pytest.param(["網易第三季度遊戲收入為25億美元。", "網易總營收為34億美元，較2020年第三季度增長18.9%。",
                  "網易第三季度毛利為18億美元。"],
                 [("第三季度", "2021-07-01", "quarter", "NetEase", "text", False),
                  ("2020年第三季度", "2020-07-01", "quarter", "NetEase", "text", False),
                  ("第三季度", "2021-07-01", "quarter", "NetEase", "text", False)], id="quarter-hant"),
    # Near misses: a month set against, a quarter reported, not set against.
    pytest.param(["NetEase's revenue rose 18.9% compared to March 2020.",
                  "In March, NetEase's gross profit reached $1.8 billion."],
                 [("March 2020", "2020-03-01", "month", "NetEase", "text", False),
                  ("March", "", "month", "NetEase", "text", False)], id="month-en"),
    pytest.param(["NetEase will report results for the third quarter of 2020.",
                  "In the third quarter, NetEase's gross profit reached $1.8 billion."],
                 [("the third quarter of 2020", "2020-07-01", "quarter", "NetEase", "text", False)],
                 id="reported-quarter-en"),
]


# A stated month set against year on year (同比, "year-on-year from") is the month a year before the one the figure is
# of: the story is at that month a year on, and the year-less days and months before and after it are of that year (AM
# zs3441 "5月2日,理想汽车也公布了4月交付数据。理想ONE在4月交付5539辆,同比2020年4月增长111.3%"). Without a year-on-year
# word a month set against is as often the month before ("较2025年3月翻倍", "compared with December 2025"), and stays.
YEAR_ON_YEAR_MONTH_ROWS = [
    pytest.param(["5月2日，理想汽车公布了4月交付数据。", "理想汽车在4月交付5539辆，同比2020年4月增长111.3%。",
                  "截至4月底，理想汽车累计交付51715辆。"],
                 [("5月2日", "2021-05-02", "day", "Li Auto", "text", False),
                  ("4月", "2021-04-01", "month", "Li Auto", "text", False),
                  ("4月", "2021-04-01", "month", "Li Auto", "text", False),
                  ("2020年4月", "2020-04-01", "month", "Li Auto", "text", False),
                  ("4月底", "2021-04-01", "month", "Li Auto", "text", False)], id="month-hans"),
    pytest.param(["5月2日，理想汽車公布了4月交付數據。", "理想汽車在4月交付5539輛，同比2020年4月增長111.3%。"],
                 [("5月2日", "2021-05-02", "day", "Li Auto", "text", False),
                  ("4月", "2021-04-01", "month", "Li Auto", "text", False),
                  ("4月", "2021-04-01", "month", "Li Auto", "text", False),
                  ("2020年4月", "2020-04-01", "month", "Li Auto", "text", False)], id="month-hant"),
    pytest.param(["On May 2, Li Auto released its deliveries for April.",
                  "Li Auto delivered 5,539 cars, up 111% year-on-year from April 2020.",
                  "In April, Li Auto opened 12 stores."],
                 [("May 2", "2021-05-02", "day", "Li Auto", "text", False),
                  ("April", "2021-04-01", "month", "Li Auto", "text", False),
                  ("April 2020", "2020-04-01", "month", "Li Auto", "text", False),
                  ("April", "2021-04-01", "month", "Li Auto", "text", False)], id="month-en"),
    # Near misses: a month set against with no year-on-year word tells no year of the story; its months stay open.
    pytest.param(["理想汽车在4月交付5539辆，较2020年4月增长111.3%。", "5月，理想汽车开设12家门店。"],
                 [("4月", "", "month", "Li Auto", "text", False),
                  ("2020年4月", "2020-04-01", "month", "Li Auto", "text", False),
                  ("5月", "", "month", "Li Auto", "text", False)], id="month-set-against-hans"),
    pytest.param(["Li Auto delivered 5,539 cars in April, up 111% compared with April 2020.",
                  "In May, Li Auto opened 12 stores."],
                 [("April", "", "month", "Li Auto", "text", False),
                  ("April 2020", "2020-04-01", "month", "Li Auto", "text", False),
                  ("May", "", "month", "Li Auto", "text", False)], id="month-set-against-en"),
]


@pytest.mark.parametrize(("sentences", "expected"), YEAR_ON_YEAR_MONTH_ROWS)
def test_a_month_set_against_year_on_year_puts_the_story_a_year_on(sentences, expected):
    assert _events(sentences, None) == expected


@pytest.mark.parametrize(("sentences", "expected"), SET_AGAINST_ROWS)
def test_a_quarter_set_against_puts_the_story_a_year_on(sentences, expected):
    assert _events(sentences, None) == expected


@pytest.mark.parametrize(("sentences", "expected"), TOLD_WITH_ITS_YEAR_ROWS)
def test_a_year_less_day_told_again_with_its_year_is_that_day(sentences, expected):
    assert _events(sentences, None) == expected


@pytest.mark.parametrize(("sentences", "expected"), HISTORY_FIRST_ROWS)
def test_a_companys_past_told_first_opens_no_year(sentences, expected):
    assert _events(sentences, None) == expected


@pytest.mark.parametrize(("sentences", "expected"), OWN_WORDS_ROWS)
def test_a_year_less_date_the_first_year_s_sentence_places_itself_is_read(sentences, expected):
    assert _events(sentences, None) == expected


@pytest.mark.parametrize(("sentences", "expected"), ACROSS_ROWS)
def test_the_lead_up_to_an_undated_storys_first_date_crosses_a_new_year(sentences, expected):
    assert _events(sentences, None) == expected


@pytest.mark.parametrize(("sentences", "expected"), TOLD_AGAIN_ROWS)
def test_a_day_counted_from_a_year_less_day_takes_its_year(sentences, expected):
    assert _events(sentences, None) == expected


@pytest.mark.parametrize(("sentences", "expected"), BEFORE_ROWS)
def test_the_days_before_an_undated_storys_first_date_are_of_its_year(sentences, expected):
    assert _events(sentences, None) == expected


@pytest.mark.parametrize(("sentences", "expected"), ROWS)
def test_an_undated_story_is_told_in_the_latest_year_it_reports(sentences, expected):
    assert _events(sentences, None) == expected
