"""Each class of date expression, completed: the variants wire, business and portal writers use for it,
in English, simplified and traditional Chinese, with what a careful reader resolves (issue 9).

Published Wednesday 2025-03-12 unless a row says otherwise; the chained rows follow a sentence's own
day ("3月3日", "March 3"). Traditional rows go through ``to_simplified`` as the pipeline does. Rows of
``NOT_DATES`` are expressions a careless reader takes for dates: durations, counts of days, comparison
bases, products named with a day word.
"""

from __future__ import annotations

import pytest

from tests.date_readings import found_dates

WEDNESDAY = "2025-03-12"


def _found(sentence: str, published_iso: str = WEDNESDAY) -> list[tuple]:
    return found_dates(sentence, published_iso)


# ---- anaphora: a day counted from the date before it, or from publication ------------------------------
ANAPHORA = [
    # Class (issue 9, split P: a false day): "N days earlier than planned" is a difference from another date, not
    # a day counted back (比原计划提前12天 is no date either); "two days later" alone stays one.
    ("Xiaomi brought deliveries forward to March 10, 12 days earlier than initially planned.",
     [("March 10", "2025-03-10", "day")]),
    ("Xiaomi started deliveries on March 10, two weeks later than expected.", [("March 10", "2025-03-10", "day")]),
    ("小米将SU7交付提前至3月10日，比原计划提前12天。", [("3月10日", "2025-03-10", "day")]),
    ("小米將SU7交付提前至3月10日，比原計劃提前12天。", [("3月10日", "2025-03-10", "day")]),
    ("Xiaomi unveiled the SU7 on March 3. Two days later, it opened orders.",
     [("March 3", "2025-03-03", "day"), ("Two days later", "2025-03-05", "day")]),
    ("Tencent said on March 3 it would list. Earlier in the day, its shares rose.",
     [("March 3", "2025-03-03", "day"), ("Earlier in the day", "2025-03-03", "day")]),
    ("Tencent said on March 3 it would list, and later in the day its shares rose.",
     [("March 3", "2025-03-03", "day"), ("later in the day", "2025-03-03", "day")]),
    ("Tencent said on March 3 it would list. Later that day, Alibaba followed.",
     [("March 3", "2025-03-03", "day"), ("Later that day", "2025-03-03", "day")]),
    ("腾讯3月3日宣布上市。明日，阿里巴巴将跟进。",
     [("3月3日", "2025-03-03", "day"), ("明日", "2025-03-13", "day")]),  # 明日 counts from publication
    ("騰訊3月3日宣布上市。明日，阿里巴巴將跟進。",
     [("3月3日", "2025-03-03", "day"), ("明日", "2025-03-13", "day")]),
    ("腾讯后天将发布财报。", [("后天", "2025-03-14", "day")]),
    ("騰訊後天將發布財報。", [("后天", "2025-03-14", "day")]),
    ("腾讯大前天发布了新模型。", [("大前天", "2025-03-09", "day")]),
    ("腾讯大后天将发布新模型。", [("大后天", "2025-03-15", "day")]),
    ("腾讯3月3日宣布上市，三日后正式挂牌。",
     [("3月3日", "2025-03-03", "day"), ("三日后", "2025-03-06", "day")]),
    ("騰訊3月3日宣佈上市，三日後正式掛牌。",
     [("3月3日", "2025-03-03", "day"), ("三日后", "2025-03-06", "day")]),
    ("腾讯3月3日宣布上市，当天晚上股价大涨。",
     [("3月3日", "2025-03-03", "day"), ("当天晚上", "2025-03-03", "day")]),
    ("Tencent listed on March 3. The prior day, its rival had warned.",
     [("March 3", "2025-03-03", "day"), ("The prior day", "2025-03-02", "day")]),
    ("Tencent listed on March 3. On the same date, Alibaba cut prices.",
     [("March 3", "2025-03-03", "day"), ("the same date", "2025-03-03", "day")]),
    ("腾讯3月3日宣布上市，后一天股价大涨。", [("3月3日", "2025-03-03", "day"), ("后一天", "2025-03-04", "day")]),
    ("腾讯2023年3月宣布上市，翌月股价大涨。", [("2023年3月", "2023-03-01", "month"), ("翌月", "2023-04-01", "month")]),
    ("騰訊3月3日宣佈上市，第二日股價大漲。",
     [("3月3日", "2025-03-03", "day"), ("第二日", "2025-03-04", "day")]),
]

# ---- relative: counted from publication ------------------------------------------------------------------
RELATIVE = [
    ("Tencent launched the app over the weekend.", [("the weekend", "2025-03-03", "week")]),
    ("Tencent launched the app last weekend.", [("last weekend", "2025-03-03", "week")]),
    ("Tencent launched the app this past weekend.", [("this past weekend", "2025-03-03", "week")]),
    ("Tencent will launch the app this weekend.", [("this weekend", "2025-03-10", "week")]),
    # The week's end stays in the span as the month's does ("上月底"); "next weekend" is the week after
    # publication's, as 下周末 (issue 9, Recognizers-Text's relative weekend).
    ("腾讯上周末上线了新应用。", [("上周末", "2025-03-03", "week")]),
    ("騰訊上週末上線了新應用。", [("上周末", "2025-03-03", "week")]),
    ("Tencent will launch the app next weekend.", [("next weekend", "2025-03-17", "week")]),
    ("Tencent will launch the app this coming weekend.", [("this coming weekend", "2025-03-10", "week")]),
    ("腾讯将于下周末上线新应用。", [("下周末", "2025-03-17", "week")]),
    ("騰訊將於下個週末上線新應用。", [("下个周末", "2025-03-17", "week")]),
    ("腾讯预计于年中完成交付。", [("年中", "2025-01-01", "year")]),
    ("騰訊預計於年中完成交付。", [("年中", "2025-01-01", "year")]),
    ("腾讯将于明年年中推出新机。", [("明年年中", "2026-01-01", "year")]),
    # Class (issue 9, split L: 'last week' a false event beside its weekday): a weekday with the week it falls in
    # is one day of that week, as 上周四 is; not when the week is told apart.
    ("TSMC announced plans to build a US plant on Thursday last week.", [("Thursday last week", "2025-03-06", "day")]),
    ("Tencent said on Tuesday afternoon last week that revenue rose.",
     [("Tuesday afternoon last week", "2025-03-04", "day")]),
    ("Alibaba said on Monday this week that it would list the unit.", [("Monday this week", "2025-03-10", "day")]),
    ("Xiaomi will start deliveries on Friday of next week.", [("Friday of next week", "2025-03-21", "day")]),
    ("台积电上周四宣布在美国建厂。", [("上周四", "2025-03-06", "day")]),
    ("台積電上週四宣布在美國建廠。", [("上周四", "2025-03-06", "day")]),
    ("阿里巴巴本週一表示將分拆上市。", [("本周一", "2025-03-10", "day")]),
    ("小米將於下週五開始交付。", [("下周五", "2025-03-21", "day")]),
    ("Tencent said on Thursday. Last week its shares rose.",
     [("Thursday", "2025-03-06", "day"), ("Last week", "2025-03-03", "week")]),
    ("Tencent said Thursday last week's sales rose 10%.",
     [("Thursday", "2025-03-06", "day"), ("last week", "2025-03-03", "week")]),
]

# ---- plans: periods ahead, and the publication's own period named by its edge ----------------------------
PLANS = [
    ("Tencent will launch the app later in the year.", [("later in the year", "2025-01-01", "year")]),
    ("Tencent launched Hunyuan in March 2023. Later in the year, it opened the model to all.",
     [("March 2023", "2023-03-01", "month"), ("Later in the year", "2023-01-01", "year")]),
    ("Tencent will launch the app in H2.", [("H2", "2025-07-01", "half")]),
    ("Tencent will launch the app in 2H.", [("2H", "2025-07-01", "half")]),
    ("Tencent will launch the app at the end of the month.", [("the end of the month", "2025-03-01", "month")]),
    ("Tencent will launch the app by the end of the quarter.", [("the end of the quarter", "2025-01-01", "quarter")]),
    ("Tencent must file its plan no later than June 30.", [("June 30", "2025-06-30", "day")]),
    ("Tencent must file its plan on or before June 30.", [("June 30", "2025-06-30", "day")]),
    ("腾讯须于6月30日前提交方案。", [("6月30日", "2025-06-30", "day")]),
    ("騰訊須於6月30日前提交方案。", [("6月30日", "2025-06-30", "day")]),
]

# ---- absolute: the year stated --------------------------------------------------------------------------
ABSOLUTE = [
    ("Tencent shipped the chip in mid-2024.", [("mid-2024", "2024-01-01", "year")]),
    ("腾讯于2024年中推出新芯片。", [("2024年中", "2024-01-01", "year")]),
    ("騰訊於2024年中推出新晶片。", [("2024年中", "2024-01-01", "year")]),
    ("腾讯2024年中国区营收增长。", [("2024年", "2024-01-01", "year")]),  # 中国, not mid-year
    # Class (issue 9, split S: a false year beside its quarter): a year right before its quarter's or half's code is
    # one expression, as "Q4 2024" and 2024年Q4 are; not when a comma parts them, nor before a chip's name.
    ("SMIC released its 2024 Q4 financial report yesterday.",
     [("2024 Q4", "2024-10-01", "quarter"), ("yesterday", "2025-03-11", "day")]),
    ("SMIC's 2024 H2 revenue rose 20%.", [("2024 H2", "2024-07-01", "half")]),
    ("中芯国际昨日发布2024年Q4财报。", [("昨日", "2025-03-11", "day"), ("2024年Q4", "2024-10-01", "quarter")]),
    ("中芯國際昨日發布2024 Q4財報。", [("昨日", "2025-03-11", "day"), ("2024 Q4", "2024-10-01", "quarter")]),
    ("SMIC's revenue for 2024, Q4 included, rose.", [("2024", "2024-01-01", "year"), ("Q4", "2024-10-01", "quarter")]),
    ("SMIC sold 2024 H20 chips to Tencent.", [("2024", "2024-01-01", "year")]),
    # A year-less range start takes the year its end states.
    ("Tencent tested the app in January and February 2024.",
     [("January", "2024-01-01", "month"), ("February 2024", "2024-02-01", "month")]),
    ("Tencent tested the app in January-February 2024.",
     [("January", "2024-01-01", "month"), ("February 2024", "2024-02-01", "month")]),
    ("Tencent tested the app from December to February 2024.",
     [("December", "2023-12-01", "month"), ("February 2024", "2024-02-01", "month")]),
    # Taiwan's calendar without 民国 before a month: year 113 is 2024.
    ("騰訊於113年3月5日發布新模型。", [("113年3月5日", "2024-03-05", "day")]),
    ("台積電114年1月營收創新高。", [("114年1月", "2025-01-01", "month")]),
]

# ---- year-less ranges: "from" opens a range; its verb says whether it lies ahead ---------------------------
RANGES = [
    ("Tencent held the fair from Feb. 26 to March 2.",
     [("Feb. 26", "2025-02-26", "day"), ("March 2", "2025-03-02", "day")]),
    ("Tencent will hold the fair from June 1 to June 18.",
     [("June 1", "2025-06-01", "day"), ("June 18", "2025-06-18", "day")]),
    ("腾讯于2月26日至3月2日举办了展会。",
     [("2月26日", "2025-02-26", "day"), ("3月2日", "2025-03-02", "day")]),
    ("騰訊於2月26日至3月2日舉辦了展會。",
     [("2月26日", "2025-02-26", "day"), ("3月2日", "2025-03-02", "day")]),
]

# ---- year-less days: days listed under one 日, spoken-style 号 -------------------------------------------
YEARLESS = [
    ("腾讯于3月3、4日举办开发者大会。", [("3月3", "2025-03-03", "day"), ("4日", "2025-03-04", "day")]),
    ("騰訊於3月3、4日舉辦開發者大會。", [("3月3", "2025-03-03", "day"), ("4日", "2025-03-04", "day")]),
    ("腾讯于3月3和4日举办开发者大会。", [("3月3", "2025-03-03", "day"), ("4日", "2025-03-04", "day")]),
    ("腾讯于20号上线了新功能。", [("20号", "2025-02-20", "day")]),  # the latest 20th on or before publication
    ("騰訊將於20號上線新功能。", [("20号", "2025-03-20", "day")]),
    ("Tencent held the conference on March 3 and March 5.",
     [("March 3", "2025-03-03", "day"), ("March 5", "2025-03-05", "day")]),
]

# ---- festivals -------------------------------------------------------------------------------------------
FESTIVALS = [
    ("腾讯在腊八推出了新活动。", [("腊八", "2025-01-07", "day")]),
    ("騰訊在臘八推出了新活動。", [("腊八", "2025-01-07", "day")]),
    ("腾讯新春期间发放红包。", [("新春", "2025-01-29", "day")]),
    ("Tencent launched the game on New Year's Eve.", [("New Year's Eve", "2024-12-31", "day")]),
    ("Tencent sent red packets on Lunar New Year's Eve.", [("Lunar New Year's Eve", "2025-01-28", "day")]),
    ("Tencent sent red packets on Chinese New Year’s Eve.", [("Chinese New Year’s Eve", "2025-01-28", "day")]),
    # "ahead of" a named day is its run-up, placed as the day is: told as past, it is the last one.
    ("Tencent launched the game ahead of the Lunar New Year holiday.", [("Lunar New Year", "2025-01-29", "day")]),
    ("Tencent will launch the game ahead of Singles' Day.", [("Singles' Day", "2025-11-11", "day")]),
    ("Tencent will launch the game ahead of March 20.", [("March 20", "2025-03-20", "day")]),
]

NOT_DATES = [
    "腾讯营收较去年同期增长10%。",  # a comparison base
    "騰訊營收較去年同期增長10%。",
    "腾讯营收较上年同期增长10%。",
    "腾讯营收较去年同季增长10%。",
    "Tencent's revenue rose 10% from the same period last year.",
    "Tencent's revenue rose 10% from the same quarter a year earlier.",
    "腾讯的7日留存率提升。",  # a count of days
    "腾讯的30日活跃用户增长。",
    "腾讯理财产品7日年化收益率为2%。",
    "腾讯股价5日涨幅达10%。",
    "今日头条上线新功能。",  # ByteDance's news app (not_dates.txt, no longer the reader's own exception)
    "时至今日仍未上市。",  # "to this day"
    "明日方舟的新版本上线。",  # a game
    "《明日之后》由网易发行。",
    "Tencent works every weekend.",
    "Tencent's team met the weekend before the launch.",
    "Tencent has run the service for three years.",
    "Tencent offers support 24/7.",
    "腾讯承诺3天内退款。",
    "两年来，腾讯持续投入。",
    "腾讯营收达618亿元。",
    "腾讯发布了Qwen2.5的竞品。",
    "Tencent's GPT-4o rival and its R1 rival are out.",
    "Tencent ranked in the Top 10.",
    "Tencent bought Nvidia's H20 chips.",  # a chip, not a half
    "Tencent's H2 fuel unit is growing.",
    "腾讯客服电话：95017。",
    "腾讯总部位于20号。",  # an address
    "騰訊成立113年。",  # 113 years, not the year 113 of Taiwan's calendar
    "腾讯位于3号楼。",
    "腾讯于1号店开业。",
    # Class (issue 9, splits D and S: false events): a date right after a word that makes it recur every year
    # names no one period (lib/rules/recurring_dates.txt).
    "每年5月10日，阿里巴巴在园区举办集体婚礼。",
    "每年5月10日，阿里巴巴在園區舉辦集體婚禮。",
    "每年春节，腾讯都会发放红包。",
    "每年春節，騰訊都會發放紅包。",
    "每年的双十一，阿里巴巴都会公布成交额。",
    "每年的雙十一，阿里巴巴都會公佈成交額。",
    "每逢中秋，美团都会推出月饼专场。",
    "每年3月，腾讯发布上一年的年报。",
    "每年3月，騰訊發布上一年的年報。",
    "Alibaba holds a group wedding on its campus every year on May 10.",
    "Each year on Singles Day, Alibaba reports the sales of its platforms.",
    "JD.com runs its shopping festival annually on June 18.",
    # The same date of past years (split AE: a false event): 往年/历年 right before it, a habit set against the news.
    "本次进口游戏版号的发放时间较往年的3月明显提前。",
    "本次進口遊戲版號的發放時間較往年的3月明顯提前。",
    "腾讯历年3月发布年报。",
    "騰訊歷年3月發布年報。",
    # Class (issue 9, split Q: a show's season read as a quarter): the season in brackets after the show's title,
    # as 《…》第四季 is (English writes "Season 2", no date word).
    "腾讯视频自制国漫《斗罗大陆》(第二季)大受欢迎。",
    "腾讯视频自制国漫《斗罗大陆》（第二季）大受欢迎。",
    "騰訊視頻自製國漫《鬥羅大陸》（第二季）大受歡迎。",
    # Class (issue 9, split I: a count of years read as mid-year): 年中 after a count of years is "in those years"
    # ("in the past 23 years" has no date word in English).
    "在过去的23年中，股东的信任推动了阿里巴巴的发展。",
    "在過去的23年中，股東的信任推動了阿里巴巴的發展。",
    "过去23年中，阿里巴巴增长迅速。",
    "近20年中，腾讯持续投资游戏业务。",
    "這三年中，騰訊持續投資遊戲業務。",
    # Class (issue 9, split W: a birth year read as an event): a date a person was born on tells an age, no
    # happening (lib/rules/birth_words.csv). English "born in" is left read: companies and ideas are born too.
    "这位出生于1989年的博士，正成为MiniMax的标志性人物。",
    "這位出生於1989年的博士，正成為MiniMax的標誌性人物。",
    "闫俊杰1989年出生，毕业于中国科学院。",
    "閆俊傑1989年出生，畢業於中國科學院。",
    "王兴出生在1979年2月18日。",
    # 生于 right after the date (zt2718); people's births are told with 生于 (m.pedaily.cn/news/361536:
    # "生于1990，我22岁以前的人生非常标准"), but before a date it ends other words too (near misses below)
    "这符合外界对张一鸣的印象：1983年生于福建龙岩的客家人，字节跳动的创始人。",
    "這符合外界對張一鳴的印象：1983年生於福建龍巖的客家人，字節跳動的創始人。",
]

# near-misses of the recurring class: a habit word elsewhere in the sentence leaves its date one period
RECURRING_NEAR_MISSES = [
    ("阿里云每年都会优化组织，此次调整时间为3月。", [("3月", "2025-03-01", "month")]),
    ("阿里雲每年都會優化組織，此次調整時間為3月。", [("3月", "2025-03-01", "month")]),
    ("Alibaba said on March 10 that it would hold the wedding every year.", [("March 10", "2025-03-10", "day")]),
    ("Alibaba, which holds a sale each year, said on March 10 it grew.", [("March 10", "2025-03-10", "day")]),
    ("与往年相比，腾讯今年3月提前发布年报。", [("今年3月", "2025-03-01", "month")]),
    ("與往年相比，騰訊今年3月提前發布年報。", [("今年3月", "2025-03-01", "month")]),
    # near-misses of a birth: a company's founding (诞生于, 成立于), a happening (发生于), a year before 生产, English
    ("MiniMax诞生于2021年12月。", [("2021年12月", "2021-12-01", "month")]),
    ("此事發生於2019年5月，華為隨即回應。", [("2019年5月", "2019-05-01", "month")]),
    ("小米2019年生产了1亿部手机。", [("2019年", "2019-01-01", "year")]),
    # 生于 before a date is left read: 先生于 ("Mr … in"), 发生于, 诞生于 end with it
    ("王先生于2020年加入阿里巴巴。", [("2020年", "2020-01-01", "year")]),
    ("張先生於2020年加入騰訊。", [("2020年", "2020-01-01", "year")]),
    ("Zhang Yiming was born in 1983 and founded ByteDance in 2012.",
     [("1983", "1983-01-01", "year"), ("2012", "2012-01-01", "year")]),
    ("1989年出生的闫俊杰于2022年创立MiniMax。", [("2022年", "2022-01-01", "year")]),
    ("Taobao was born in 2003 as Alibaba's answer to eBay.", [("2003", "2003-01-01", "year")]),
    ("Xiao Hong, born in 1992, founded Manus in 2022.",
     [("1992", "1992-01-01", "year"), ("2022", "2022-01-01", "year")]),
    # near-misses of a count of years: a two-digit year's middle and a year's middle stay dates
    ("阿里巴巴23年中推出新品。", [("23年中", "2023-01-01", "year")]),
    ("騰訊於2024年中推出新晶片。", [("2024年中", "2024-01-01", "year")]),
    ("腾讯预计于年中完成交付。", [("年中", "2025-01-01", "year")]),
    # near-misses of a show's season: a quarter in brackets after a company is the quarter
    ("騰訊（第二季）營收已公佈。", [("第二季", "2024-04-01", "quarter")]),
    ("腾讯昨日公布了(第二季)业绩。", [("昨日", "2025-03-11", "day"), ("第二季", "2024-04-01", "quarter")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ANAPHORA + RELATIVE + PLANS + ABSOLUTE + RANGES + YEARLESS
                                                   + FESTIVALS + RECURRING_NEAR_MISSES)
def test_class_variants(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence):
    assert _found(sentence) == []


def test_weekend_read_on_a_monday_is_the_week_before():
    # A weekday paper's "over the weekend" is the weekend just gone, in the week before publication's.
    assert _found("Tencent launched the app over the weekend.", "2025-03-10") == [
        ("the weekend", "2025-03-03", "week")]


# "over the weekend" is the weekend nearest publication and not after it: told on a Saturday or Sunday, the one
# under way, in publication's own week (weeks start on Monday); "last weekend", 上周末 stay the week before.
# Published Saturday 2025-03-15 and Sunday 2025-03-16.
WEEKEND_ROWS = [
    ("Tencent launched the app over the weekend.", "2025-03-15", [("the weekend", "2025-03-10", "week")]),
    ("Apple must remove the app from its store over the weekend, the department said on Friday.", "2025-03-15",
     [("the weekend", "2025-03-10", "week"), ("Friday", "2025-03-14", "day")]),
    ("Hugging Face posted the rankings during the weekend.", "2025-03-16", [("the weekend", "2025-03-10", "week")]),
    ("Tencent launched the app last weekend.", "2025-03-16", [("last weekend", "2025-03-03", "week")]),
    ("腾讯上周末上线了新应用。", "2025-03-16", [("上周末", "2025-03-03", "week")]),
    ("騰訊上週末上線了新應用。", "2025-03-16", [("上周末", "2025-03-03", "week")]),
    ("腾讯本周末上线了新应用。", "2025-03-16", [("本周末", "2025-03-10", "week")]),
    ("騰訊本週末上線了新應用。", "2025-03-15", [("本周末", "2025-03-10", "week")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), WEEKEND_ROWS)
def test_the_weekend_told_on_a_weekend_is_the_one_under_way(sentence, published, expected):
    assert _found(sentence, published) == expected
