"""Dates named from the publication day or from the date before them, and plans ahead.

Classes (issue 9): weekdays against the publication date (past unless the words say ahead);
day anaphora, chained ("the same day", 同日, 次日 count from the previous date in the text, else a
day-precise publication) versus deictic ("yesterday", 昨天, 今天 count from publication); plans and
forecasts ("later this year", 明年, 下半年, 年底前) with DateMatch.ahead. Traditional rows are read
through ``to_simplified``, as the pipeline does. Publication 2025-03-12 is a Wednesday.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.parse.script import to_simplified
from lib.periods import Period, parse_iso_period
from lib.rules import load_rules

FUTURE_CUES = cue_patterns(load_rules().future_cues)
WEDNESDAY = "2025-03-12"


def _found(sentence: str, published_iso: str | None = WEDNESDAY, **kwargs) -> list[tuple]:
    published = parse_iso_period(published_iso) if published_iso else None
    return [(m.text, m.period.start.isoformat(), m.period.precision, m.ahead)
            for m in find_dates(sentence, published, FUTURE_CUES, **kwargs)]


WEEKDAY_ROWS = [
    ("Alibaba said on Monday that it would open-source the model.", [("Monday", "2025-03-10", "day", False)]),
    ("Tencent said Thursday it would raise spending.", [("Thursday", "2025-03-06", "day", False)]),
    ("Last Friday, ByteDance cut prices.", [("Last Friday", "2025-03-07", "day", False)]),
    ("On Wednesday, Baidu released Ernie 4.5.", [("Wednesday", "2025-03-12", "day", False)]),
    ("Last Wednesday, Baidu released Ernie 4.5.", [("Last Wednesday", "2025-03-05", "day", False)]),
    ("Next Monday, Apple will open its developer conference.", [("Next Monday", "2025-03-17", "day", True)]),
    ("Tencent will report results this coming Friday.", [("this coming Friday", "2025-03-14", "day", True)]),
    ("Xiaomi will unveil the car on Saturday.", [("Saturday", "2025-03-15", "day", True)]),
    ("周四，腾讯发布财报。", [("周四", "2025-03-06", "day", False)]),
    ("上周五，字节跳动宣布降价。", [("上周五", "2025-03-07", "day", False)]),
    ("本周二，百度发布文心大模型4.5。", [("本周二", "2025-03-11", "day", False)]),
    ("星期一，阿里巴巴开源新模型。", [("星期一", "2025-03-10", "day", False)]),
    ("礼拜天，小米举行发布会。", [("礼拜天", "2025-03-09", "day", False)]),
    ("下周一，苹果将发布新品。", [("下周一", "2025-03-17", "day", True)]),
    ("周三（5日），阿里巴巴公布财报。", [("周三（5日）", "2025-03-05", "day", False)]),
    ("周三（3月5日），阿里巴巴公布财报。", [("周三（3月5日）", "2025-03-05", "day", False)]),
    # The day of month does not fall on that weekday near publication: the writer slipped on one of the two, and
    # the day stated counts, as a bare 6日 would (zt2918 "周一（21日）" published Monday the 22nd is Sunday the 21st).
    ("周三（6日），阿里巴巴公布财报。", [("周三（6日）", "2025-03-06", "day", False)]),
    (to_simplified("週二（9日），騰訊公布財報。"), [("周二（9日）", "2025-03-09", "day", False)]),
    ("周二晚间，DeepSeek发布新模型。", [("周二", "2025-03-11", "day", False)]),
    # A weekday inside a name (lib/rules/not_dates.txt) is no weekday: Black Friday floats, and is
    # not the most recent Friday.
    ("Amazon said Black Friday and Cyber Monday sales hit a record.", []),
    ("Temu bought ads during Super Bowl Sunday, Alibaba said on Friday.", [("Friday", "2025-03-07", "day", False)]),
    ("双十一已成为黑色星期五和超级碗星期天的混合体。", [("双十一", "2024-11-11", "day", False)]),
    ("亚马逊网络星期一的销售额创下新高。", []),
]

DAY_ROWS = [
    ("Alibaba said yesterday it would spin off its cloud unit.", [("yesterday", "2025-03-11", "day", False)]),
    ("Alibaba said today it will spin off its cloud unit.", [("today", "2025-03-12", "day", False)]),
    ("Shares of Baidu fell 5% earlier today.", [("earlier today", "2025-03-12", "day", False)]),
    ("The Doubao app went down last night.", [("last night", "2025-03-11", "day", False)]),
    ("Xiaomi will stream the launch tonight.", [("tonight", "2025-03-12", "day", True)]),
    ("Today's AI models are far larger.", []),
    ("Xiaohongshu is backed by Capital Today and Tencent.", []),
    ("Shares fell, USA Today reported.", []),
    ("“Today we open-source the model,” DeepSeek said.", [("Today", "2025-03-12", "day", False)]),
    # A writer turning to the reader names the time of writing, no day anything happened on
    # (lib/rules/not_dates.txt); the company's "today" stays.
    ("Today let’s talk about SenseTime, a leader in face recognition.", []),
    ("今天我们来聊聊商汤科技这家AI公司。", []),
    ("Today, SenseTime said it will cut jobs.", [("Today", "2025-03-12", "day", False)]),
    ("商汤今天宣布裁员。", [("今天", "2025-03-12", "day", False)]),
    ("Earlier this month, Baidu cut prices.", [("Earlier this month", "2025-03-01", "month", False)]),
    ("Later this month, Tencent will report earnings.", [("Later this month", "2025-03-01", "month", True)]),
    ("This week, Meituan expanded its drone deliveries.", [("This week", "2025-03-10", "week", False)]),
    ("The same day, Tencent followed.", [("The same day", "2025-03-12", "day", False)]),
    ("It launched the day after the event.", []),
    ("昨天，小红书紧急招聘英语审核员。", [("昨天", "2025-03-11", "day", False)]),
    ("昨日，京东宣布进军外卖。", [("昨日", "2025-03-11", "day", False)]),
    ("今天，小红书宣布上线翻译功能。", [("今天", "2025-03-12", "day", False)]),
    ("今日，腾讯宣布混元大模型降价。", [("今日", "2025-03-12", "day", False)]),
    ("今日头条上线新功能。", []),
    ("时至今日，争议仍未平息。", []),
    # Class (split G): 截至今日 ("as of today", a market report's "截至今日收盘") is the publication day, as 截至今天
    # and "as of today" are; 时至今日 ("to this day", above) stays no day.
    ("截至今日收盘，海光信息报60.10元，涨幅66.94%。", [("今日", "2025-03-12", "day", False)]),
    ("截至今日收盤，海光資訊報60.10元，漲幅66.94%。", [("今日", "2025-03-12", "day", False)]),
    ("As of today, Hygon is worth 140 billion yuan.", [("today", "2025-03-12", "day", False)]),
    ("時至今日，爭議仍未平息。", []),
    # Class (S zs1711 "“到今天我们已经有底了。”", AI zt3359 "熱度也「一直火爆到今天。」"; neither annotated):
    # 到今天 ending a stretch from the past is "up to now", as 时至今日 and "to this day" are; 直到今天 (not
    # until today), a span from a day told (从6月1日…到今日正式上市, annotated in U zs1905) and 到今天为止
    # ("as of today", as 截至今日) stay the day.
    ("小米汽车的热度一直持续到今天。", []),
    ("小米汽車的熱度一直持續到今天。", []),
    ("王小川说：“到今天我们已经有底了。”", []),
    ("王小川說：「到今天我們已經有底了。」", []),
    ("Xiaomi's popularity has lasted to this day.", []),
    ("直到今天，腾讯才宣布回应。", [("今天", "2025-03-12", "day", False)]),
    ("从3月1日获得受理，到今日正式上市，中芯国际仅用11天。",
     [("3月1日", "2025-03-01", "day", False), ("今日", "2025-03-12", "day", False)]),
    ("到今天为止，腾讯仍未回应。", [("今天", "2025-03-12", "day", False)]),
    # Splits S and V (zt1707, zs2012): 于今日 / 於今日 is "on today", as 于今天 is ("阿里云于今日发布",
    # "已于今日上市"), not "to this day" (时至今日 above).
    ("Alibaba Cloud released the model today.", [("today", "2025-03-12", "day", False)]),
    ("阿里云于今日发布新一代通义千问模型。", [("今日", "2025-03-12", "day", False)]),
    ("昨晚，DeepSeek发布R2模型。", [("昨晚", "2025-03-11", "day", False)]),
    ("今晚，小米将举行发布会。", [("今晚", "2025-03-12", "day", True)]),
    ("本周，美团扩大无人机配送。", [("本周", "2025-03-10", "week", False)]),
    ("上周，阿里巴巴发布QwQ-32B。", [("上周", "2025-03-03", "week", False)]),
    ("京东推出次日达服务。", []),
]

CHAIN_ROWS = [
    ("On March 3, Baidu cut prices. That day, shares fell, and the day before, they rose.",
     [("March 3", "2025-03-03", "day", False), ("That day", "2025-03-03", "day", False),
      ("the day before", "2025-03-02", "day", False)]),
    ("On March 3, Baidu cut prices; the following day, Tencent followed.",
     [("March 3", "2025-03-03", "day", False), ("the following day", "2025-03-04", "day", False)]),
    ("On March 3, Baidu cut prices; the same day, Tencent followed.",
     [("March 3", "2025-03-03", "day", False), ("the same day", "2025-03-03", "day", False)]),
    ("3月3日，百度降价。同日，腾讯跟进；次日，阿里宣布。当晚，京东回应。前一天，美团发布。",
     [("3月3日", "2025-03-03", "day", False), ("同日", "2025-03-03", "day", False),
      ("次日", "2025-03-04", "day", False), ("当晚", "2025-03-04", "day", False),
      ("前一天", "2025-03-03", "day", False)]),
    ("3月3日，百度宣布降价。就在当天，腾讯也宣布降价。",
     [("3月3日", "2025-03-03", "day", False), ("当天", "2025-03-03", "day", False)]),
    ("3月3日，百度宣布降价。同一天，腾讯也宣布降价。翌日，阿里跟进。",
     [("3月3日", "2025-03-03", "day", False), ("同一天", "2025-03-03", "day", False),
      ("翌日", "2025-03-04", "day", False)]),
    ("3月3日，百度宣布降价。当日，腾讯也宣布降价。",
     [("3月3日", "2025-03-03", "day", False), ("当日", "2025-03-03", "day", False)]),
]

PLAN_ROWS = [
    ("Later this year, Alibaba will list Cainiao.", [("Later this year", "2025-01-01", "year", True)]),
    ("Earlier this year, Alibaba listed Cainiao.", [("Earlier this year", "2025-01-01", "year", False)]),
    ("Next year, the company plans to list.", [("Next year", "2026-01-01", "year", True)]),
    ("The company plans to list in 2027.", [("2027", "2027-01-01", "year", True)]),
    ("Baidu aims to turn a profit by 2028.", [("2028", "2028-01-01", "year", True)]),
    ("Sales should recover in the second half of 2025.",
     [("the second half of 2025", "2025-07-01", "half", True)]),
    ("Revenue will grow next quarter.", [("next quarter", "2025-04-01", "quarter", True)]),
    ("The chip will ship by the end of next year.", [("the end of next year", "2026-10-01", "quarter", True)]),
    ("明年，公司计划上市。", [("明年", "2026-01-01", "year", True)]),
    ("后年，公司计划在港股上市。", [("后年", "2027-01-01", "year", True)]),
    ("此后年收入持续增长。", []),
    ("下半年，小米将发布新车。", [("下半年", "2025-07-01", "half", True)]),
    ("上半年，小米营收增长。", [("上半年", "2025-01-01", "half", False)]),
    ("公司计划年底前上线新模型。", [("年底", "2025-10-01", "quarter", True)]),
    ("年初，字节跳动调整组织架构。", [("年初", "2025-01-01", "quarter", False)]),
    ("每年年底都有促销。", []),
    ("明年初，华为将发布新机。", [("明年初", "2026-01-01", "quarter", True)]),
    ("今年底前完成整改。", [("今年底", "2025-10-01", "quarter", True)]),
    ("2027年，公司将实现盈利。", [("2027年", "2027-01-01", "year", True)]),
    ("预计2026年下半年量产。", [("2026年下半年", "2026-07-01", "half", True)]),
]

# Counted back from publication, and bare quarters, halves and 年内 of the publication year.
COUNT_ROWS = [
    ("Huawei said two days ago it would cut prices.", [("two days ago", "2025-03-10", "day", False)]),
    # A count of weeks back names the week holding that day, as "last week" does (weeks start on Monday).
    ("Baidu released Ernie a week ago.", [("a week ago", "2025-03-03", "week", False)]),
    ("Alibaba restructured three months ago.", [("three months ago", "2024-12-01", "month", False)]),
    ("ByteDance founded the lab two years ago.", [("two years ago", "2023-01-01", "year", False)]),
    ("Tencent shares fell the day before yesterday.", [("the day before yesterday", "2025-03-10", "day", False)]),
    ("Revenue rose 10% in the first half.", [("the first half", "2025-01-01", "half", False)]),
    ("Xiaomi will ship the car in the second half.", [("the second half", "2025-07-01", "half", True)]),
    # Class (split AH, "Huawei had raised its Mate60 series second-half shipment target"; wire copy found with the
    # pages search: "ProPhotonix posted a modest rise in first-half profit", "Thales reported … its first-half
    # consolidated net income"; 下半年出货目标): a half
    # hyphened into a modifier needs no "the", as "third-quarter revenue" does not; with its year it is one
    # expression ("first-half 2024"); not the first word of "second-half-year" nor a half "of" something.
    ("Huawei raised its Mate60 series second-half shipment target by 20%.",
     [("second-half", "2025-07-01", "half", True)]),
    ("Xiaomi posted first-half revenue of 10 billion yuan.", [("first-half", "2025-01-01", "half", False)]),
    ("Xiaomi posted first-half 2024 revenue of 10 billion yuan.", [("first-half 2024", "2024-01-01", "half", False)]),
    ("Xiaomi's second-half-year outlook improved.", []),
    ("The striker scored 12 first-half goals for the club Xiaomi sponsors.", []),  # a game's half, after a count
    ("小米赞助的球队上半场进了12球。", []),
    ("华为将Mate60系列下半年出货目标上调20%。", [("下半年", "2025-07-01", "half", True)]),
    ("小米上半年营收增长。", [("上半年", "2025-01-01", "half", False)]),
    ("小米一半营收来自海外。", []),
    ("Years ago, Baidu led search.", []),
    ("前天，腾讯宣布降价。", [("前天", "2025-03-10", "day", False)]),
    ("后天，小米将举行发布会。", [("后天", "2025-03-14", "day", True)]),
    ("大前年，字节跳动成立AI实验室。", [("大前年", "2022-01-01", "year", False)]),
    ("一季度，阿里巴巴营收增长8%。", [("一季度", "2025-01-01", "quarter", False)]),
    ("第四季度，小米将交付新车。", [("第四季度", "2025-10-01", "quarter", True)]),
    # The first three quarters are told once they are over: in March, last year's (AN zt3830's class,
    # test_dates_zh_year_to_date); this row read this year's before.
    ("前三季度营收增长。", [("前三季度", "2024-01-01", "year", False)]),
    ("每季度分红一次。", []),
    ("公司计划年内上市。", [("年内", "2025-01-01", "year", False)]),
    ("公司计划一年内上市。", []),
    ("小红书寻求今年内在伦敦上市。", [("今年", "2025-01-01", "year", False)]),
    ("Shein aims to go public in Hong Kong within the year.", [("within the year", "2025-01-01", "year", False)]),
    ("Zhipu hopes to raise new funds within this year.", [("within this year", "2025-01-01", "year", False)]),
    # 本年, 本年度 are this year, as 今年 and "the current year" are (AL zs3674's class); not 本 ending another word
    # (日本, 成本), a volume (这本年鉴) or 本年代 (this decade).
    ("腾讯本年度累计回购规模已突破499.5亿港元。", [("本年", "2025-01-01", "year", False)]),
    ("Tencent's buybacks in the current year have passed HK$49.95 billion.",
     [("current year", "2025-01-01", "year", False)]),
    ("美团本年3月推出新业务。", [("本年3月", "2025-03-01", "month", False)]),
    ("日本年轻人偏爱TikTok。", []),
    ("腾讯这本年鉴收录了游戏业务。", []),
    ("比亚迪希望到本年代末主导欧洲电动车行业。", []),
    # a span, or a year counted from another happening: no date of the publication year
    ("Baidu expects a ruling within a year.", []),
    ("Pinduoduo turned a profit within the year of its listing.", []),
    ("Xiaomi delivered 10,000 cars within the year after the launch.", []),
    # Counts back from publication in Chinese, as "two years ago" is; vague counts and 年前 ("before
    # the New Year") name no period.
    ("阿里巴巴十年前创造了这个购物节。", [("十年前", "2015-01-01", "year", False)]),
    ("3年前，小米宣布进军智能汽车。", [("3年前", "2022-01-01", "year", False)]),
    ("两个月前，DeepSeek发布了推理模型R1。", [("两个月前", "2025-01-01", "month", False)]),
    ("5天前，腾讯发布混元新模型。", [("5天前", "2025-03-07", "day", False)]),
    ("两周前，百度宣布文心一言免费。", [("两周前", "2025-02-24", "week", False)]),
    ("数年前，百度领跑中国搜索市场。", []),
    ("年前，京东完成新系统上线。", []),
    # Years counted on from the date before them.
    ("2003年，淘宝网上线。3年后，淘宝的市场份额升至七成。",
     [("2003年", "2003-01-01", "year", False), ("3年后", "2006-01-01", "year", False)]),
    ("十年后的AI会是什么样子？", []),
]

TRADITIONAL_ROWS = [
    ("週四，騰訊發布財報。", [("周四", "2025-03-06", "day", False)]),
    ("上週五，字節跳動宣布降價。", [("上周五", "2025-03-07", "day", False)]),
    ("下週一，蘋果將發布新品。", [("下周一", "2025-03-17", "day", True)]),
    ("星期一，阿里巴巴開源新模型。", [("星期一", "2025-03-10", "day", False)]),
    ("禮拜天，小米舉行發布會。", [("礼拜天", "2025-03-09", "day", False)]),
    ("今年3月，百度發布新模型。", [("今年3月", "2025-03-01", "month", False)]),
    ("3月3日，百度宣布降價。當天，騰訊也宣布降價。",
     [("3月3日", "2025-03-03", "day", False), ("当天", "2025-03-03", "day", False)]),
    ("昨天，小紅書緊急招聘英語審核員。", [("昨天", "2025-03-11", "day", False)]),
    ("今晚，小米將舉行發布會。", [("今晚", "2025-03-12", "day", True)]),
    ("下半年，小米將發布新車。", [("下半年", "2025-07-01", "half", True)]),
    ("華為將Mate60系列下半年出貨目標上調20%。", [("下半年", "2025-07-01", "half", True)]),
    ("小米上半年營收增長。", [("上半年", "2025-01-01", "half", False)]),
    ("小米贊助的球隊上半場進了12球。", []),
    ("公司計劃年底前上線新模型。", [("年底", "2025-10-01", "quarter", True)]),
    ("明年，公司計劃上市。", [("明年", "2026-01-01", "year", True)]),
    ("Shein計劃年內在香港上市。", [("年内", "2025-01-01", "year", False)]),
    ("本週，美團擴大無人機配送。", [("本周", "2025-03-10", "week", False)]),
    ("二季度，騰訊營收將增長。", [("二季度", "2025-04-01", "quarter", True)]),
    ("前天，騰訊宣布降價。", [("前天", "2025-03-10", "day", False)]),
    ("輝達執行長於今日晚間離台。", [("今日", "2025-03-12", "day", False)]),
    ("5年前，阿里創下每秒58萬筆訂單紀錄；5年後，字節跳動拿下春晚獨家贊助。",
     [("5年前", "2020-01-01", "year", False), ("5年后", "2025-01-01", "year", False)]),
    # A year counted on ("5年後") ends the reach of the year before it: 中秋 is the publication's.
    ("5年前，全民雙11狂歡令阿里創紀錄；5年後，字節在中秋推出AI。",
     [("5年前", "2020-01-01", "year", False), ("双11", "2020-11-11", "day", False),
      ("5年后", "2025-01-01", "year", False), ("中秋", "2024-09-17", "day", False)]),
    ("雙十一已成為黑色星期五和超級碗星期天的混合體。", [("双十一", "2024-11-11", "day", False)]),
    ("今天我們來聊聊商湯科技這家AI公司。", []),
    ("商湯今天宣布裁員。", [("今天", "2025-03-12", "day", False)]),
    ("兩個月前，騰訊發布混元新模型。", [("两个月前", "2025-01-01", "month", False)]),
    ("騰訊本年度累計回購規模已突破499.5億港元。", [("本年", "2025-01-01", "year", False)]),
    ("該集團指，虧損趨勢預計將在本年第一季度延續。", [("本年第一季度", "2025-01-01", "quarter", False)]),
    ("日本年輕人偏愛TikTok。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), WEEKDAY_ROWS + DAY_ROWS + CHAIN_ROWS + PLAN_ROWS + COUNT_ROWS)
def test_relative_dates_resolve_against_publication_or_the_date_before(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), TRADITIONAL_ROWS)
def test_traditional_relative_dates_read_as_simplified(sentence, expected):
    assert _found(to_simplified(sentence)) == expected


@pytest.mark.parametrize("sentence", ["The same day, Tencent followed.", "同日，腾讯跟进。", "当晚，京东回应。"])
def test_chained_day_without_a_day_before_needs_a_day_precise_publication(sentence):
    assert _found(sentence, "2025-03") == []
    assert [row[1] for row in _found(sentence, "2025-03-12")] == ["2025-03-12"]


@pytest.mark.parametrize("sentence", ["The next day, Tencent followed.", "次日，腾讯跟进。"])
def test_chained_day_prefers_the_anchor_over_publication(sentence):
    anchor = Period(date(2025, 3, 3), "day")
    assert [row[1] for row in _found(sentence, anchor=anchor)] == ["2025-03-04"]


@pytest.mark.parametrize("sentence", ["Alibaba said yesterday it would spin off.", "昨天，京东宣布进军外卖。"])
def test_deictic_day_counts_from_publication_even_after_another_date(sentence):
    anchor = Period(date(2025, 3, 3), "day")
    assert [row[1] for row in _found(sentence, anchor=anchor)] == ["2025-03-11"]


# Counted from the date before: Chinese numerals and weeks, a counted year's month, a shifted month's
# day, and a time of the day before or after.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("3月1日，腾讯发布混元。三天后，百度跟进。", [("3月1日", "2025-03-01", "day", False),
                                        ("三天后", "2025-03-04", "day", False)]),
    ("3月1日，腾讯发布混元，两周后百度跟进。", [("3月1日", "2025-03-01", "day", False),
                                       ("两周后", "2025-03-15", "day", True)]),
    ("2023年5月，华为发布新机。次年3月，小米跟进。", [("2023年5月", "2023-05-01", "month", False),
                                           ("次年3月", "2024-03-01", "month", False)]),
    ("2023年5月，华为发布新机，同年8月5日小米跟进。", [("2023年5月", "2023-05-01", "month", False),
                                            ("同年8月5日", "2023-08-05", "day", False)]),
    ("2023年5月，華為發布新機。次年3月，小米跟進。", [("2023年5月", "2023-05-01", "month", False),
                                           ("次年3月", "2024-03-01", "month", False)]),
    ("上月28日，腾讯发布混元。", [("上月28日", "2025-02-28", "day", False)]),
    # A count attached to a date is one expression, counted from it; "前" then measures, not "before".
    ("小红书春节前一个月上线语音搜索。", [("春节前一个月", "2024-12-01", "month", False)]),
    ("腾讯3月1日前一天发布混元。", [("3月1日前一天", "2025-02-28", "day", False)]),
    ("本月5日，阿里巴巴公布财报。", [("本月5日", "2025-03-05", "day", False)]),
    ("On March 1, Baidu launched Ernie. That evening, Alibaba replied.",
     [("March 1", "2025-03-01", "day", False), ("That evening", "2025-03-01", "day", False)]),
    ("On March 1, Baidu launched Ernie. The next morning, Alibaba replied.",
     [("March 1", "2025-03-01", "day", False), ("The next morning", "2025-03-02", "day", False)]),
])
def test_dates_counted_from_the_date_before(sentence, expected):
    assert _found(to_simplified(sentence)) == expected


# Class (issue 9): periods named from publication that the readers lacked: a month's edge with or
# without its month ("上月底", "月底前"), quarters without 度 ("本季", "首季"), nights ("昨夜"),
# months counted on from the date before ("三个月后", "其后仅四个月", "半年后") or back from
# publication ("半年前"), and "the current quarter".
MORE_RELATIVE_ROWS = [
    ("腾讯上月底发布混元新模型。", "2025-03-12", [("上月底", "2025-02-01", "month", False)]),
    ("腾讯本月初发布混元新模型。", "2025-03-12", [("本月初", "2025-03-01", "month", False)]),
    ("平台须在月底前完成整改。", "2025-03-12", [("月底", "2025-03-01", "month", False)]),
    ("每月初，腾讯发布数据。", "2025-03-12", []),
    ("台积电本季营收将创新高。", "2025-03-12", [("本季", "2025-01-01", "quarter", False)]),
    ("台积电上季营收增长。", "2025-03-12", [("上季", "2024-10-01", "quarter", False)]),
    ("台积电今年首季营收增长。", "2025-05-12", [("今年首季", "2025-01-01", "quarter", False)]),
    ("苹果昨夜发布新品。", "2025-03-12", [("昨夜", "2025-03-11", "day", False)]),
    ("腾讯半年前发布混元。", "2025-03-12", [("半年前", "2024-09-01", "month", False)]),
    ("腾讯用了四个月完成整合。", "2025-03-12", []),
    ("Tencent expects faster growth in the current quarter.", "2025-03-12",
     [("current quarter", "2025-01-01", "quarter", False)]),
    ("Tencent expects faster growth in the current year.", "2025-03-12",
     [("current year", "2025-01-01", "year", False)]),
    ("騰訊上月底發布混元新模型。", "2025-03-12", [("上月底", "2025-02-01", "month", False)]),
    ("台積電本季營收將創新高。", "2025-03-12", [("本季", "2025-01-01", "quarter", False)]),
    ("台積電今年首季營收增長。", "2025-05-12", [("今年首季", "2025-01-01", "quarter", False)]),
    ("蘋果昨夜發布新品。", "2025-03-12", [("昨夜", "2025-03-11", "day", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), MORE_RELATIVE_ROWS)
def test_more_periods_named_from_publication(sentence, published, expected):
    found = find_dates(to_simplified(sentence), parse_iso_period(published), FUTURE_CUES)
    assert [(m.text, m.period.start.isoformat(), m.period.precision, m.ahead) for m in found] == [
        (to_simplified(t), s, p, a) for t, s, p, a in expected]


MONTHS_LATER_ROWS = [
    ("2024年11月18日，小米达成10万辆里程碑。其后仅四个月，交付量翻倍。", [("2024年11月18日", "2024-11-18"),
                                                       ("其后仅四个月", "2025-03-01")]),
    ("2024年11月，小米达成10万辆。三个月后，交付量翻倍。", [("2024年11月", "2024-11-01"), ("三个月后", "2025-02-01")]),
    ("2024年3月，小米发布SU7。半年后，交付量破10万。", [("2024年3月", "2024-03-01"), ("半年后", "2024-09-01")]),
    ("In November 2024 Xiaomi hit 100,000 cars; four months later, it doubled.",
     [("November 2024", "2024-11-01"), ("four months later", "2025-03-01")]),
    ("2024年11月18日，小米達成10萬輛里程碑。其後僅四個月，交付量翻倍。", [("2024年11月18日", "2024-11-18"),
                                                       ("其后仅四个月", "2025-03-01")]),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS_LATER_ROWS)
def test_months_counted_on_from_the_date_before(text, expected):
    simplified = to_simplified(text)
    found, previous = [], None
    for sentence in re.split(r"(?<=[。;；])", simplified):
        matches = find_dates(sentence, parse_iso_period("2025-03-18"), FUTURE_CUES, previous_sentence_date=previous)
        found += [(m.text, m.period.start.isoformat()) for m in matches]
        previous = matches[-1].period if matches else None
    assert found == [(to_simplified(t), s) for t, s in expected]


# Told on a Sunday, the week just past ends the day before (the press's calendars start the week on Sunday):
# "上周五" / "Friday last week" on Sunday, August 31, 2025 is August 29, not August 22; "上周日" is a week
# back either way. Near misses: told on a Monday or a Saturday, and this week's day, stay as they were.
SUNDAY = "2025-08-31"
SUNDAY_ROWS = [
    ("Alibaba's ADRs rose 2.4% on Friday last week.", SUNDAY, [("Friday last week", "2025-08-29", "day", False)]),
    ("Xiaomi held the delayed livestream last Saturday.", SUNDAY, [("last Saturday", "2025-08-30", "day", False)]),
    ("上周五，阿里巴巴美股收涨2.4%。", SUNDAY, [("上周五", "2025-08-29", "day", False)]),
    ("小米上周六举行了推迟的直播。", SUNDAY, [("上周六", "2025-08-30", "day", False)]),
    ("上周日，小米发布新车。", SUNDAY, [("上周日", "2025-08-24", "day", False)]),
    ("上周五，阿里巴巴美股收涨2.4%。", "2025-09-01", [("上周五", "2025-08-29", "day", False)]),
    ("上周五，阿里巴巴美股收涨2.4%。", "2025-08-30", [("上周五", "2025-08-22", "day", False)]),
    ("本周五，阿里巴巴美股收涨2.4%。", SUNDAY, [("本周五", "2025-08-29", "day", False)]),
    (to_simplified("上週五，阿里巴巴美股收漲2.4%。"), SUNDAY, [("上周五", "2025-08-29", "day", False)]),
    (to_simplified("小米上週六舉行了推遲的直播。"), SUNDAY, [("上周六", "2025-08-30", "day", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SUNDAY_ROWS)
def test_last_week_told_on_a_sunday_is_the_week_just_ended(sentence, published, expected):
    assert _found(sentence, published) == expected
