"""Bare days of month, anaphora, weekday qualifiers: date classes missed in real news.

Classes: a Chinese day with no month ("12日早间", "路透社 14 日援引") is the latest such day on or
before publication; durations ("3日内", "7日无理由") are not dates. Anaphora count from the date
before them in the text: month, week and year ("同月", "前一周", "其后四个月", "a year later" keeps
the month),
days ("早一天", "a day earlier"), a month of the year counted ("May that year", "同年5月"),
"当时" the date itself; "as of publication", "截至发稿" the
publication day; "in 45 days" / "45天后" count from the
sentence's reported day, else publication. A weekday keeps its time of day ("late Friday",
"周一下午"). A range's end ("Aug 9 to 11", "3月5日至7日") is a date of its own. Traditional rows
go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import re

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.parse.script import to_simplified
from lib.periods import parse_iso_period
from lib.rules import load_rules
from tests.date_readings import found_dates, read_in_order, told_in_order

FUTURE_CUES = cue_patterns(load_rules().future_cues)
WEDNESDAY = "2025-03-12"


def _found(sentence: str, published_iso: str = WEDNESDAY) -> list[tuple]:
    return found_dates(sentence, published_iso)


BARE_DAY_ROWS = [
    ("12日早间，华为常务董事余承东发文。", [("12日", "2025-03-12", "day")]),
    ("CNN 在 10 日的报道中写道。", [("10 日", "2025-03-10", "day")]),
    ("路透社 11 日援引知情人士称。", [("11 日", "2025-03-11", "day")]),
    ("20日，腾讯发布新模型。", [("20日", "2025-02-20", "day")]),  # after publication's day: last month
    ("31日，阿里巴巴公布财报。", [("31日", "2025-01-31", "day")]),  # February has no 31st
    ("路透社 11 日援引知情人士称。", [("11 日", "2025-03-11", "day")]),
    ("路透社11日援引知情人士稱。", [("11日", "2025-03-11", "day")]),
    ("3月 5 日，小米发布新车。", [("3月 5 日", "2025-03-05", "day")]),
    ("1 月 9 日，港交所迎来标志性时刻。", [("1 月 9 日", "2025-01-09", "day")]),
    ("用户可在3日内申请退款。", []),
    ("30日以内可以退货。", []),
    ("支持7日无理由退货。", []),
    ("近7日销量增长。", []),
    ("股价跌破5日均线。", []),
    ("价格为300日元。", []),
]

ANAPHORA_ROWS = [
    ("10月，华为手机销售强劲，将当月中国智能手机总出货量提升11%。",
     [("10月", "2024-10-01", "month"), ("当月", "2024-10-01", "month")]),
    ("10月華為銷量飆升，小米同月銷量也上升33%。", [("10月", "2024-10-01", "month"), ("同月", "2024-10-01", "month")]),
    ("2024年11月发布，次月开卖。", [("2024年11月", "2024-11-01", "month"), ("次月", "2024-12-01", "month")]),
    ("本周下载量增长200%，比前一周增长194%。", [("本周", "2025-03-10", "week"), ("前一周", "2025-03-03", "week")]),
    ("3月3日阿里降价，次周騰訊跟進。", [("3月3日", "2025-03-03", "day"), ("次周", "2025-03-10", "week")]),
    ("2023年公司成立，同年获得融资。", [("2023年", "2023-01-01", "year"), ("同年", "2023-01-01", "year")]),
    ("当年公司还很小。", []),  # no date before: 当年 is "back then", not a year we can name
    ("3月5日上市，早一天上市的智谱涨14.9%。", [("3月5日", "2025-03-05", "day"), ("早一天", "2025-03-04", "day")]),
    ("今年1月12日，DeepSeek發布論文，當時行業就普遍猜測新模型。",
     [("今年1月12日", "2025-01-12", "day"), ("当时", "2025-01-12", "day")]),
    ("当时行业普遍猜测。", []),
    # "At the time" as the time of saying, after the date the saying is about: no date of its own.
    # https://www.scmp.com (Kling's release, 2024-09), paraphrased
    ("Released in June, Kling makes two-minute clips, Kuaishou said at the time.", [("June", "2024-06-01", "month")]),
    ("2019年华为推出鸿蒙，按照余承东当时的说法，鸿蒙可以打通设备。", [("2019年", "2019-01-01", "year")]),
    ("2019年華為推出鴻蒙，余承東當時表示，鴻蒙可以打通設備。", [("2019年", "2019-01-01", "year")]),
    # 当时的 + a noun: the then-current thing, no date of its own; 当时 opening a clause stays one.
    ("2021年春节后，茅台股价最高达到2437元，掀起当时的白酒神话。", [("2021年春节", "2021-02-12", "day")]),
    ("2024年1月DeepSeek發布R1，當時的敘事就是中國落後美國一年。", [("2024年1月", "2024-01-01", "month")]),
    ("2024年1月DeepSeek发布R1，当时的市场普遍震惊。", [("2024年1月", "2024-01-01", "month")]),
    # The time of a saying told with "at that time", as "said at the time". https://www.globaltimes.cn (AC en2705,
    # Bilibili's chairman on its 2018 listing), paraphrased
    ("Bilibili listed in March 2018, and Chen said at that time that no one would remember the price.",
     [("March 2018", "2018-03-01", "month")]),
    # A record "of the time" (创造当时…之最, "the largest at the time"): the then-current record, as 当时的 + a noun.
    # http://exmdg.cn (AH zs3244, a reprint; SenseTime's funding rounds before 2021), paraphrased
    ("2021年商汤上市前共完成12轮融资，创造当时融资规模之最。", [("2021年", "2021-01-01", "year")]),
    ("2021年商湯上市前共完成12輪融資，創下當時港股紀錄。", [("2021年", "2021-01-01", "year")]),
    ("Alibaba listed in September 2014, raising $25 billion, the largest at the time.",
     [("September 2014", "2014-09-01", "month")]),
    # Conditions judged "at the time" a plan comes due: the then-current conditions, no date of their own.
    # http://www.hk.aastocks.com (AF zs3012, Pony.ai's cash-flow plan), paraphrased; 当时 telling the plan's
    # time stays one.
    ("彭军预计2029年车队达到5万辆时将实现正现金流，但仍需视乎当时市场环境。", [("2029年", "2029-01-01", "year")]),
    ("彭軍預計2029年車隊達到5萬輛時將實現正現金流，但仍需視乎當時市場環境。", [("2029年", "2029-01-01", "year")]),
    ("Pony.ai expects positive free cash flow in 2029, depending on market conditions at the time.",
     [("2029", "2029-01-01", "year")]),
    ("彭军预计2029年车队达到5万辆，当时市场将更成熟。",
     [("2029年", "2029-01-01", "year"), ("当时", "2029-01-01", "year")]),
    ("2018年10月华为发布昇腾910。当时华为还发布了达芬奇架构。",
     [("2018年10月", "2018-10-01", "month"), ("当时", "2018-10-01", "month")]),
    ("2018年10月華為發布昇騰910。當時華為還發布了達芬奇架構。",
     [("2018年10月", "2018-10-01", "month"), ("当时", "2018-10-01", "month")]),
    ("Sales rose in October, and Xiaomi sales rose 33% the same month.",
     [("October", "2024-10-01", "month"), ("the same month", "2024-10-01", "month")]),
    ("Sales rose in October 2024; that month Xiaomi gained most.",
     [("October 2024", "2024-10-01", "month"), ("that month", "2024-10-01", "month")]),
    ("The rules came in October 2022; one year later, the U.S. widened them.",
     [("October 2022", "2022-10-01", "month"), ("one year later", "2023-10-01", "month")]),
    ("Founded in 2015, the firm listed a year later.",
     [("2015", "2015-01-01", "year"), ("a year later", "2016-01-01", "year")]),
    ("MiniMax listed on March 5; Zhipu had listed a day earlier.",
     [("March 5", "2025-03-05", "day"), ("a day earlier", "2025-03-04", "day")]),
    ("Trump issued orders on Monday banning WeChat, starting in 45 days.",
     [("Monday", "2025-03-10", "day"), ("in 45 days", "2025-04-24", "day")]),
    ("The ban takes effect in 45 days.", [("in 45 days", "2025-04-26", "day")]),
    # "N days from now" is "in N days": the writer's "now" is the day reported. https://www.cnbc.com
    # (Trump's TikTok order, 2020-08-07): "signed an executive order on Thursday … starting 45 days from now"
    ("Trump signed an order on Monday banning TikTok, starting 45 days from now.",
     [("Monday", "2025-03-10", "day"), ("45 days from now", "2025-04-24", "day")]),
    ("The ban takes effect 45 days from today.", [("45 days from today", "2025-04-26", "day")]),
    ("特朗普週一簽署行政令，禁令45天後生效。", [("周一", "2025-03-10", "day"), ("45天后", "2025-04-24", "day")]),
    ("Users must comply within 30 days.", []),
    ("禁令将在45天后生效。", [("45天后", "2025-04-26", "day")]),
    ("At the time, Alibaba was small.", []),
    # 其后 / 此后 ("after that") with a count of months: months on from the date before, a month.
    # The real set's zt11 (2025-03): "至 2024 年 11 月 18 日達成 10 萬輛里程碑…其後僅四個月,交付量翻倍"
    ("2024年11月18日交付10万辆，其后仅四个月，交付量翻倍。",
     [("2024年11月18日", "2024-11-18", "day"), ("其后仅四个月", "2025-03-01", "month")]),
    ("2024年11月18日交付10萬輛，其後僅四個月，交付量翻倍。",
     [("2024年11月18日", "2024-11-18", "day"), ("其后仅四个月", "2025-03-01", "month")]),
    ("2024年11月推出，此后3个月用户翻倍。",
     [("2024年11月", "2024-11-01", "month"), ("此后3个月", "2025-02-01", "month")]),
    ("此后三个月内完成交付。", []),  # within three months: a span
    # "N个月后，" opening its clause goes on from the date before ("Three months later,"); inside a
    # clause it may count from publication and is left unread.
    ("2024年11月小米交付10万辆，四个月后，交付量翻倍。",
     [("2024年11月", "2024-11-01", "month"), ("四个月后", "2025-03-01", "month")]),
    ("2024年11月小米交付10萬輛，三個月後，交付量翻倍。",
     [("2024年11月", "2024-11-01", "month"), ("三个月后", "2025-02-01", "month")]),
    ("小米将在三个月后上市。", []),
    # "the week before", "the year after": a unit counted from the date before, no noun after it.
    ("ByteDance was founded in 2012; the year after, it launched Toutiao.",
     [("2012", "2012-01-01", "year"), ("the year after", "2013-01-01", "year")]),
    ("Alibaba cut prices on March 3; the week before, Tencent had.",
     [("March 3", "2025-03-03", "day"), ("the week before", "2025-02-24", "week")]),
    ("Shares rose the year before the launch.", []),
    ("其后数个月，市场平淡。", []),  # "some months": no count
    # The publication day itself, however the article says it went out.
    ("Moonshot hasn't commented publicly as of publication.", [("as of publication", "2025-03-12", "day")]),
    ("At press time, Alibaba had not replied.", [("At press time", "2025-03-12", "day")]),
    ("Tencent did not respond at the time of writing.", [("at the time of writing", "2025-03-12", "day")]),
    ("As of this writing, Baidu shares were flat.", [("As of this writing", "2025-03-12", "day")]),
    ("The press conference on publication rules ended.", []),
    ("截至发稿，阿里巴巴尚未回应。", [("截至发稿", "2025-03-12", "day")]),
    ("截至发稿时，字节跳动未予置评。", [("截至发稿时", "2025-03-12", "day")]),
    ("截至記者發稿時，騰訊未予回應。", [("截至记者发稿时", "2025-03-12", "day")]),
    ("截止發稿，百度股價持平。", [("截止发稿", "2025-03-12", "day")]),
    # A month or day with "that year", "of the following year" is in the year counted from the date before,
    # as 同年5月, 次年8月5日 are; "that year" read apart would count from the month beside it.
    ("Tencent opened the lab in 2019, and in May that year Baidu followed.",
     [("2019", "2019-01-01", "year"), ("May that year", "2019-05-01", "month")]),
    ("Huawei listed its unit in 2020; on August 5 of the following year Xiaomi sued.",
     [("2020", "2020-01-01", "year"), ("August 5 of the following year", "2021-08-05", "day")]),
    ("2019年腾讯开设实验室，同年5月百度跟进。", [("2019年", "2019-01-01", "year"), ("同年5月", "2019-05-01", "month")]),
    ("2020年華為分拆業務，次年8月5日小米起訴。",
     [("2020年", "2020-01-01", "year"), ("次年8月5日", "2021-08-05", "day")]),
    ("Alibaba said in May that yearly sales rose.", [("May", "2024-05-01", "month")]),  # "yearly": no year
    ("In 2019 Xiaomi said in May that year's phones sold out.",  # a possessive: the year of the phones
     [("2019", "2019-01-01", "year"), ("May", "2019-05-01", "month"), ("that year", "2019-01-01", "year")]),
    # "September the year before" is "September the previous year" where the clause ends on it, as 前一年9月
    # (en3219); "the year before the launch" counts from a happening, no date of its own.
    ("Minors took 0.7 per cent of games time in September 2021, down from 6.4 per cent in September the year "
     "before.", [("September 2021", "2021-09-01", "month"), ("September the year before", "2020-09-01", "month")]),
    ("Huawei shipped 10 million phones in March 2020, up from 5 million in March the year beforehand.",
     [("March 2020", "2020-03-01", "month"), ("March the year beforehand", "2019-03-01", "month")]),
    ("Xiaomi's car went on sale in March 2024; in May the year after, it opened a second plant.",
     [("March 2024", "2024-03-01", "month"), ("May the year after", "2025-05-01", "month")]),
    ("2021年9月未成年人游戏时长占比0.7%，前一年9月为6.4%。",
     [("2021年9月", "2021-09-01", "month"), ("前一年9月", "2020-09-01", "month")]),
    ("2021年9月未成年人遊戲時長佔比0.7%，前一年9月為6.4%。",
     [("2021年9月", "2021-09-01", "month"), ("前一年9月", "2020-09-01", "month")]),
    ("Alibaba listed in September 2014, and in May the year before the listing it filed.",
     [("September 2014", "2014-09-01", "month"), ("May", "2014-05-01", "month")]),
]

WEEKDAY_ROWS = [
    ("The report was released late Friday.", [("late Friday", "2025-03-07", "day")]),
    ("Shares fell early Monday.", [("early Monday", "2025-03-10", "day")]),
    ("Tencent replied Friday night.", [("Friday night", "2025-03-07", "day")]),
    ("Baidu shares rose Monday morning.", [("Monday morning", "2025-03-10", "day")]),
    ("Alibaba said on Tuesday afternoon it had closed the deal.", [("Tuesday afternoon", "2025-03-11", "day")]),
    ("周一下午，百度股价上涨。", [("周一", "2025-03-10", "day")]),
    ("週一晚間，騰訊回應。", [("周一", "2025-03-10", "day")]),
    ("截至週一下午3:00，股價下跌。", [("周一", "2025-03-10", "day")]),
    ("有關寬限期至周一屆滿。", [("周一", "2025-03-10", "day")]),
    ("商务部长罗斯周四接受采访表示。", [("周四", "2025-03-06", "day")]),
    ("周一围出席了活动。", []),
    ("每周三次例会。", []),
]


# A range's end is its own date, in the month and year of the range's start.
RANGE_ROWS = [
    ("Huawei will hold its developer conference from Aug 9 to 11 in Dongguan.",
     [("Aug 9", "2025-08-09", "day"), ("11", "2025-08-11", "day")]),
    ("The fair ran Aug. 9-11.", [("Aug. 9", "2024-08-09", "day"), ("11", "2024-08-11", "day")]),
    ("Talks were held between March 3 and 5.", [("March 3", "2025-03-03", "day"), ("5", "2025-03-05", "day")]),
    ("Shares rose on March 3 and 5 other firms followed.", [("March 3", "2025-03-03", "day")]),
    ("Stores stayed closed January 28 through 30th.",
     [("January 28", "2025-01-28", "day"), ("30th", "2025-01-30", "day")]),
    ("展会于3月5日至7日举行。", [("3月5日", "2025-03-05", "day"), ("7日", "2025-03-07", "day")]),
    ("5日至7日，展會在上海舉行。", [("5日", "2025-03-05", "day"), ("7日", "2025-03-07", "day")]),
    ("2月3日-5日，春晚彩排。", [("2月3日", "2025-02-03", "day"), ("5日", "2025-02-05", "day")]),
    ("活动于5—7日举行。", []),  # the start is no date of its own: nothing to count from
]


@pytest.mark.parametrize(("sentence", "expected"), BARE_DAY_ROWS + ANAPHORA_ROWS + WEEKDAY_ROWS + RANGE_ROWS)
def test_date_is_read_with_its_class_rule(sentence, expected):
    assert _found(sentence) == expected


def test_when_refers_back_only_to_the_sentence_before():
    published = parse_iso_period(WEDNESDAY)
    found = find_dates("当时行业普遍猜测。", published, FUTURE_CUES,
                       previous_sentence_date=parse_iso_period("2025-01-12"))
    assert [(m.text, m.period.start.isoformat()) for m in found] == [("当时", "2025-01-12")]
    assert find_dates("当时行业普遍猜测。", published, FUTURE_CUES, anchor=parse_iso_period("2025-01-12")) == []


# Class (issue 9): a counted date restated by a stated date right after it takes the stated one's
# period at the count's precision ("One year later, on Oct. 17, 2023" is October 2023: a year later
# keeps the month; "一年后" counts whole years), whatever came before it in the text.
RESTATED_ROWS = [
    ("One year later, on Oct. 17, 2023, the U.S. government announced an expansion of controls.", "2023-11-09",
     [("One year later", "2023-10-01", "month"), ("Oct. 17, 2023", "2023-10-17", "day")]),
    ("Two days later, on March 5, Tencent followed.", WEDNESDAY,
     [("Two days later", "2025-03-05", "day"), ("March 5", "2025-03-05", "day")]),
    ("The next day, March 5, Alibaba cut prices.", WEDNESDAY,
     [("The next day", "2025-03-05", "day"), ("March 5", "2025-03-05", "day")]),
    # tied by 的, the count and the date it restates are one expression at the date (lib.extract.dates_glossed)
    ("一年后的2023年10月17日，美国扩大出口管制。", "2023-11-09", [("一年后的2023年10月17日", "2023-10-17", "day")]),
    ("次日（3月5日），腾讯跟进降价。", WEDNESDAY, [("次日（3月5日）", "2025-03-05", "day")]),
    ("次年，即2024年，阿里发布通义。", WEDNESDAY, [("次年", "2024-01-01", "year"), ("2024年", "2024-01-01", "year")]),
    ("一年後的2023年10月17日，美國擴大出口管制。", "2023-11-09", [("一年后的2023年10月17日", "2023-10-17", "day")]),
    ("翌日（3月5日），騰訊跟進降價。", WEDNESDAY, [("翌日（3月5日）", "2025-03-05", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), RESTATED_ROWS)
def test_a_counted_date_restated_by_the_date_after_it(sentence, published, expected):
    assert _found(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (issue 12): a day of the month counted from the date before, as 同年8月5日 is a day of the year
# counted: "同月9日", "次月5日", "on the 9th of that month", "the same month, on the 9th" name ONE day of that
# month (not the month and a day of publication's). A day the month lacks is none; with no date before there
# is no month to count from; 去年同月 is a comparison, not a month a day follows.
DAY_OF_COUNTED_MONTH_ROWS = [
    ("2024年10月3日，华为发布新机。同月9日，小米跟进。",
     [("2024年10月3日", "2024-10-03", "day"), ("同月9日", "2024-10-09", "day")]),
    ("华为10月发布Mate新机，当月20日开始交付。", [("10月", "2024-10-01", "month"), ("当月20日", "2024-10-20", "day")]),
    ("2024年10月30日阿里公布财报，次月5日召开股东会。",
     [("2024年10月30日", "2024-10-30", "day"), ("次月5日", "2024-11-05", "day")]),
    ("今年1月6日，騰訊股價創新低。同月9日，騰訊市值跌破3兆港元。",
     [("今年1月6日", "2025-01-06", "day"), ("同月9日", "2025-01-09", "day")]),
    ("2024年12月2日美國更新管制清單，翌月十五日再度加碼。",
     [("2024年12月2日", "2024-12-02", "day"), ("翌月十五日", "2025-01-15", "day")]),
    ("Nvidia passed $3 trillion on June 5, 2024. On the 18th of that month, it became the most valuable company.",
     [("June 5, 2024", "2024-06-05", "day"), ("the 18th of that month", "2024-06-18", "day")]),
    ("Alibaba reported on October 30, 2024, and paid a dividend on the 5th of the following month.",
     [("October 30, 2024", "2024-10-30", "day"), ("the 5th of the following month", "2024-11-05", "day")]),
    ("Huawei unveiled the phone in October 2024. The same month, on the 26th, deliveries began.",
     [("October 2024", "2024-10-01", "month"), ("The same month, on the 26th", "2024-10-26", "day")]),
    ("Baidu cut prices on May 15, 2024; later that month, on the 21st, Alibaba followed.",
     [("May 15, 2024", "2024-05-15", "day"), ("later that month, on the 21st", "2024-05-21", "day")]),
    # near misses
    ("2024年9月5日，华为发布新机。同月31日，小米跟进。", [("2024年9月5日", "2024-09-05", "day")]),
    ("同月9日，小米跟进。", []),
    ("2024年華為發布新機，同月9日小米跟進。", [("2024年", "2024-01-01", "year")]),
    ("The same month, Tencent followed.", []),
    ("On the 9th, Xiaomi followed.", [("the 9th", "2025-03-09", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_OF_COUNTED_MONTH_ROWS)
def test_a_day_of_the_month_counted_from_the_date_before_is_one_day(text, expected):
    assert read_in_order(to_simplified(text), WEDNESDAY) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (issue 9): counts that open their clause ("两天后，…", "其后一周") are "two days later",
# counted from the date before them; inside a clause ("将于45天后生效") they stay "in 45 days",
# counted from the day reported or publication. A year counted on keeps its part ("同年底",
# "次年上半年"); "彼时" and "that same week" refer back as 当时 and "that week" do.
COUNTED_ON_ROWS = [
    ("2024年11月18日，小米达成10万辆。两天后，腾讯跟进。", [("2024年11月18日", "2024-11-18", "day"),
                                              ("两天后", "2024-11-20", "day")]),
    ("2024年11月18日，小米达成10万辆。其后一周，腾讯跟进。", [("2024年11月18日", "2024-11-18", "day"),
                                               ("其后一周", "2024-11-25", "day")]),
    ("2024年11月18日，美国宣布禁令。禁令将于45天后生效。", [("2024年11月18日", "2024-11-18", "day"),
                                              ("45天后", "2025-04-26", "day")]),
    ("2023年3月，百度发布文心一言。同年底，用户破亿。", [("2023年3月", "2023-03-01", "month"),
                                          ("同年底", "2023-10-01", "quarter")]),
    ("2023年3月，百度发布文心一言。次年上半年，用户破亿。", [("2023年3月", "2023-03-01", "month"),
                                            ("次年上半年", "2024-01-01", "half")]),
    ("2023年3月，百度发布文心一言。彼时，用户尚少。",
     [("2023年3月", "2023-03-01", "month"), ("彼时", "2023-03-01", "month")]),
    ("On March 3, 2025, Baidu cut prices. That same week, Alibaba followed.",
     [("March 3, 2025", "2025-03-03", "day"), ("That same week", "2025-03-03", "week")]),
    ("On March 3, 2025, Baidu cut prices. Two days later, Alibaba followed.",
     [("March 3, 2025", "2025-03-03", "day"), ("Two days later", "2025-03-05", "day")]),
    ("2024年11月18日，小米達成10萬輛。兩天後，騰訊跟進。", [("2024年11月18日", "2024-11-18", "day"),
                                              ("两天后", "2024-11-20", "day")]),
    ("2023年3月，百度發布文心一言。同年底，用戶破億。", [("2023年3月", "2023-03-01", "month"),
                                          ("同年底", "2023-10-01", "quarter")]),
    # 前一日 counts from a weekday read before it, the weekday being read before a market word (美股盘前)
    ("Tesla周五美股盘前公布交付量。比亚迪就在前一日公布销量。",
     [("周五", "2025-03-07", "day"), ("前一日", "2025-03-06", "day")]),
    ("Tesla週五美股盤前公布交付量。比亞迪就在前一日公布銷量。",
     [("周五", "2025-03-07", "day"), ("前一日", "2025-03-06", "day")]),
    ("Tesla reported deliveries on Friday. BYD had reported its sales the day before.",
     [("Friday", "2025-03-07", "day"), ("the day before", "2025-03-06", "day")]),
    # Class (split R): half a month on (半个月后, 半月后) is fifteen days after the day told, named by its month
    # as vaguely as 三个月后 is; not six months (半年后), and nothing from a month alone or from publication.
    ("2021年7月2日，监管部门宣布审查。半月后，七部门进驻该公司。", [("2021年7月2日", "2021-07-02", "day"),
                                               ("半月后", "2021-07-01", "month")]),
    ("2021年7月20日，监管部门宣布审查。半个月后，七部门进驻该公司。", [("2021年7月20日", "2021-07-20", "day"),
                                                 ("半个月后", "2021-08-01", "month")]),
    ("2021年7月2日，監管部門宣布審查。半月後，七部門進駐該公司。", [("2021年7月2日", "2021-07-02", "day"),
                                               ("半月后", "2021-07-01", "month")]),
    ("2021年7月20日，監管部門宣布審查。半個月後，七部門進駐該公司。", [("2021年7月20日", "2021-07-20", "day"),
                                                 ("半个月后", "2021-08-01", "month")]),
    ("2021年7月，监管部门宣布审查。半个月后，七部门进驻该公司。", [("2021年7月", "2021-07-01", "month")]),
    ("监管部门半个月后将公布结果。", []),
    ("On July 2, 2021, regulators opened a review. Two weeks later, seven agencies moved in.",
     [("July 2, 2021", "2021-07-02", "day"), ("Two weeks later", "2021-07-12", "week")]),
]


# Class (splits A, S: Trump's app orders, "signed executive orders on Thursday August 6 … The executive orders, one
# for each app take effect in 45 days"; "The order would effectively ban WeChat … in 45 days"): with no day in its
# sentence, "in 45 days" / 45天后 counts from the action just reported, the last day told in the few days before
# publication. Near misses: a day told long before, or a plan's day, leave publication's.
IN_DAYS_AFTER_THE_REPORTED_DAY_ROWS = [
    ("Trump signed the orders on Monday. The orders take effect in 45 days.",
     [("Monday", "2025-03-10", "day"), ("in 45 days", "2025-04-24", "day")]),
    ("特朗普周一签署了行政令。该命令将于45天后生效。",
     [("周一", "2025-03-10", "day"), ("45天后", "2025-04-24", "day")]),
    ("特朗普週一簽署了行政令。該命令將於45天後生效。",
     [("周一", "2025-03-10", "day"), ("45天后", "2025-04-24", "day")]),
    ("On November 18, 2024, the US announced the ban. The ban takes effect in 45 days.",
     [("November 18, 2024", "2024-11-18", "day"), ("in 45 days", "2025-04-26", "day")]),
    ("Xiaomi will launch the car on March 20. Deliveries start in 30 days.",
     [("March 20", "2025-03-20", "day"), ("in 30 days", "2025-04-11", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), IN_DAYS_AFTER_THE_REPORTED_DAY_ROWS)
def test_in_days_counts_from_the_action_just_reported(text, expected):
    assert read_in_order(text, WEDNESDAY) == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize(("text", "expected"), COUNTED_ON_ROWS)
def test_counts_that_open_their_clause_count_from_the_date_before(text, expected):
    found, previous, anchor = [], None, None
    for sentence in re.split(r"(?<=[。.])\s*", to_simplified(text)):
        matches = find_dates(sentence, parse_iso_period(WEDNESDAY), FUTURE_CUES, anchor=anchor,
                             previous_sentence_date=previous)
        found += [(m.text, m.period.start.isoformat(), m.period.precision) for m in matches]
        previous = matches[-1].period if matches else None
        anchor = next((m.period for m in reversed(matches) if m.period.precision == "day"), anchor)
    assert found == [(to_simplified(t), s, p) for t, s, p in expected]


# "两天后，" opening its clause is narrative ("Two days later,"): it goes on from the date read
# before; inside a clause ("将在两天后跟进") it still counts from publication.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("两天后，腾讯跟进。", "2025-03-07"),
    ("兩天後，騰訊跟進。", "2025-03-07"),
    ("Two days later, Tencent followed.", "2025-03-07"),
    ("隔日，腾讯跟进。", "2025-03-06"),
    ("同一日，騰訊跟進。", "2025-03-05"),
    ("腾讯表示将在两天后跟进。", "2025-03-14"),
])
def test_a_count_of_days_opening_its_clause_goes_on_from_the_date_before(sentence, expected):
    found = find_dates(to_simplified(sentence), parse_iso_period(WEDNESDAY), FUTURE_CUES,
                       anchor=parse_iso_period("2025-03-05"))
    assert [m.period.start.isoformat() for m in found] == [expected]


# "The same day", 當天 never count from a day a record is compared with or a span up to now opens ("the
# biggest drop since March 16, 2020", "創2020年3月16日以來最大跌幅", "自…以来"): nothing happened on it. They count
# from the day before it the story reports; a day that happened still anchors, and a range's end still counts
# from its start ("自11月1日零时至11日24时").
SINCE_ROWS = [
    ("Nvidia fell 17% on January 27, its biggest drop since March 16, 2020. The same day, it lost its crown.",
     "2025-01-28", [("January 27", "2025-01-27", "day"), ("March 16, 2020", "2020-03-16", "day"),
                    ("The same day", "2025-01-27", "day")]),
    ("英伟达1月27日暴跌17%，创2020年3月16日以来最大跌幅，当天市值蒸发6000亿美元。", "2025-01-28",
     [("1月27日", "2025-01-27", "day"), ("2020年3月16日", "2020-03-16", "day"), ("当天", "2025-01-27", "day")]),
    ("英偉達1月27日遭遇重創。這是該公司自2020年3月16日以來的最大單日跌幅。英偉達當天失去市值最大公司的寶座。",
     "2025-01-28",
     [("1月27日", "2025-01-27", "day"), ("2020年3月16日", "2020-03-16", "day"), ("當天", "2025-01-27", "day")]),
    # near misses: a day that happened anchors; a span's end counts from its start
    ("英伟达2024年3月16日发布新品，当天股价上涨。", "2025-01-28",
     [("2024年3月16日", "2024-03-16", "day"), ("当天", "2024-03-16", "day")]),
    ("Nvidia unveiled the chip on March 16, 2024. The same day, its shares rose.", "2025-01-28",
     [("March 16, 2024", "2024-03-16", "day"), ("The same day", "2024-03-16", "day")]),
    ("京東自11月1日零時至11日24時累計下單金額達2044億元。", "2019-11-12",
     [("11月1日", "2019-11-01", "day"), ("11日", "2019-11-11", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SINCE_ROWS)
def test_the_same_day_never_counts_from_a_day_compared_with(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class: the day of the last date told ("the same day", "that day", 同日, 当天, 同一天) when that date is a month
# and the text has told no day: the month is all a reader knows of that day (zt3465: "2025年1月DeepSeek再發表…。
# …同日博通股價同樣崩跌17%"), not publication's day. Near misses: a day told before anchors as ever; with no date
# told, the day is the news day.
SAME_DAY_OF_A_MONTH_ROWS = [
    (["In January 2025 DeepSeek released R1.", "Nvidia fell 17%.", "The same day Broadcom fell 17%."], "2026-01-06",
     [("January 2025", "2025-01-01", "month"), ("The same day", "2025-01-01", "month")]),
    (["2025年1月DeepSeek发布推理模型R1。", "英伟达股价暴跌17%。", "同日博通股价同样崩跌17%。"], "2026-01-06",
     [("2025年1月", "2025-01-01", "month"), ("同日", "2025-01-01", "month")]),
    (["2025年1月DeepSeek發表推理模型R1。", "輝達股價暴跌17%。", "同日博通股價同樣崩跌17%。"], "2026-01-06",
     [("2025年1月", "2025-01-01", "month"), ("同日", "2025-01-01", "month")]),
    (["10月中旬，京东、美团等公司于同一天被总局调查。"], "2025-10-24",
     [("10月中旬", "2025-10-01", "month"), ("同一天", "2025-10-01", "month")]),
    # near misses: a day told anchors; nothing told, the news day
    (["DeepSeek released R1 on January 20, 2025.", "The same day, Nvidia fell."], "2026-01-06",
     [("January 20, 2025", "2025-01-20", "day"), ("The same day", "2025-01-20", "day")]),
    (["英伟达股价当天下跌。"], "2026-01-06", [("当天", "2026-01-06", "day")]),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), SAME_DAY_OF_A_MONTH_ROWS)
def test_the_same_day_of_a_month_told_is_that_month(sentences, published, expected):
    assert told_in_order(sentences, published) == [(to_simplified(t), s, p) for t, s, p in expected]
