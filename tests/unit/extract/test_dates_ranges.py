"""The year-less end of a range takes the start's year, in English and Chinese."""

from datetime import date

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import load_rules
from tests.date_readings import read_in_order

FUTURE_CUES = cue_patterns(load_rules().future_cues)

PUBLISHED = Period(date(2025, 8, 28), "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美团2024年3月至5月试点骑手社保。", [("2024年3月", "2024-03-01"), ("5月", "2024-05-01")]),
        ("美團2024年3月至5月試點騎手社保。", [("2024年3月", "2024-03-01"), ("5月", "2024-05-01")]),
        ("百度2024年3月到6月测试文心4.0。", [("2024年3月", "2024-03-01"), ("6月", "2024-06-01")]),
        # an end before its start is in the following year
        ("京东2024年11月至2月开展年货节。", [("2024年11月", "2024-11-01"), ("2月", "2025-02-01")]),
        ("Meituan tested the scheme from March 2024 to May.", [("March 2024", "2024-03-01"), ("May", "2024-05-01")]),
        ("Baidu ran the trial from November 2023 through February.",
         [("November 2023", "2023-11-01"), ("February", "2024-02-01")]),
        # not a range, but a year-less month after a stated year in its sentence is in that year
        ("阿里2024年3月发布模型，5月后降价。", [("2024年3月", "2024-03-01"), ("5月", "2024-05-01")]),
        # a year-less start places its end: a cue before the start puts the whole range ahead
        ("2025年华为开发者大会将于北京时间9 月 10 日至 9 月 12 日在东莞松山湖举行。",
         [("2025年", "2025-01-01"), ("9 月 10 日", "2025-09-10"), ("9 月 12 日", "2025-09-12")]),
        ("華為開發者大會將於9月10日至9月12日在東莞舉行。", [("9月10日", "2025-09-10"), ("9月12日", "2025-09-12")]),
        ("Huawei's developer conference will run from September 10 to September 12.",
         [("September 10", "2025-09-10"), ("September 12", "2025-09-12")]),
        ("Xiaomi tested the car between August 20 and September 2.",
         [("August 20", "2025-08-20"), ("September 2", "2025-09-02")]),
        # a start in a year counted from publication places its end in that year too (issue 9)
        ("美团去年3月至5月试点骑手社保。", [("去年3月", "2024-03-01"), ("5月", "2024-05-01")]),
        ("Meituan tested the scheme from March last year to May.",
         [("March last year", "2024-03-01"), ("May", "2024-05-01")]),
        # months sharing one 月: the first is a date of its own
        # (joined by a dash, or by 到/至 after the bare first number, three such months are their quarter:
        # lib.extract.dates_month_spans)
        ("京东去年1-3月外卖订单翻倍。", [("去年1-3月", "2024-01-01")]),
        ("台積電2025年1至3月營收年增42%。", [("2025年1至3月", "2025-01-01")]),
        ("台積電2025年1至2月營收年增42%。", [("2025年1", "2025-01-01"), ("2月", "2025-02-01")]),
        ("该手机售价1-2万元。", []),
        # both ends state their years
        ("腾讯2018至2020年投入云计算。", [("2018", "2018-01-01"), ("2020年", "2020-01-01")]),
        # alternatives ("October or November", "10月或11月") are one schedule: the second takes the first's year
        ("Meituan will reportedly open its delivery platform KeeTa in Riyadh in October or November, as it expands.",
         [("October", "2025-10-01"), ("November", "2025-11-01")]),
        ("据报道，美团计划在利雅得推出外卖平台KeeTa，时间为10月或11月。",
         [("10月", "2025-10-01"), ("11月", "2025-11-01")]),
        ("據報導，美團計劃在利雅得推出外賣平台KeeTa，時間為10月或者11月。",
         [("10月", "2025-10-01"), ("11月", "2025-11-01")]),
        ("Baidu said sales fell in May or June.", [("May", "2025-05-01"), ("June", "2025-06-01")]),
        ("Meituan opened it in September or October 2024.",
         [("September", "2024-09-01"), ("October 2024", "2024-10-01")]),
    ],
)
def test_a_range_end_takes_its_starts_year(text, expected):
    found = find_dates(to_simplified(text), PUBLISHED, FUTURE_CUES)
    assert [(text[m.start:m.end], m.period.start.isoformat()) for m in found] == expected


# Class (issue 9; AC en2706 "the Shanghai-based company reported 788.4 million annual active buyers for
# January-December", published March 17, 2021, is 2020's): a span of year-less months its clause tells as past, with
# no future cue, whose end would fall more than a month past publication is the latest one ended by then: the press
# reports a span it has seen end. Near misses: a span told with no past word may be a plan's or a campaign's
# (zs210 "可能3月至4月会赴美国", zt1808 "百度也公佈自1月26日至3月12日，使用者…"), and a span ending within a month of
# publication is the current one.
ENDED_RANGE_ROWS = [
    ("Pinduoduo reported 788.4 million annual active buyers for January-December, overtaking Alibaba.",
     date(2021, 3, 17), [("January", "2020-01-01"), ("December", "2020-12-01")]),
    ("Pinduoduo had 788.4 million annual active buyers from January to December.", date(2021, 3, 17),
     [("January", "2020-01-01"), ("December", "2020-12-01")]),
    ("据路透社报道，拼多多1月至12月的年度活跃买家已达7.884亿。", date(2021, 3, 17),
     [("1月", "2020-01-01"), ("12月", "2020-12-01")]),
    ("據路透社報道，拼多多1月至12月的年度活躍買家已達7.884億。", date(2021, 3, 17),
     [("1月", "2020-01-01"), ("12月", "2020-12-01")]),
    ("拼多多1-12月的年度活躍買家已經達到7.884億。", date(2021, 3, 17), [("1", "2020-01-01"), ("12月", "2020-12-01")]),
    # a plan's, a forecast's or a campaign's span, told with no past word
    ("富士康可能3月至4月会赴美国拜访客户。", date(2023, 2, 1), [("3月", "2023-03-01"), ("4月", "2023-04-01")]),
    ("富士康可能3月至4月會赴美國拜訪客戶。", date(2023, 2, 1), [("3月", "2023-03-01"), ("4月", "2023-04-01")]),
    ("百度也公布自1月26日至3月12日，用户在百度App内操作文心助手可抽奖。", date(2026, 1, 26),
     [("1月26日", "2026-01-26"), ("3月12日", "2026-03-12")]),
    ("公司计划在10月到12月正式递交IPO招股书。", date(2025, 11, 18), [("10月", "2025-10-01"), ("12月", "2025-12-01")]),
    ("JD expects sales from March to June to rise.", date(2021, 3, 17),
     [("March", "2021-03-01"), ("June", "2021-06-01")]),
    # a span ending within a month of publication
    ("Xiaomi tested the car between August 20 and September 2.", date(2025, 8, 28),
     [("August 20", "2025-08-20"), ("September 2", "2025-09-02")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ENDED_RANGE_ROWS)
def test_a_year_less_range_told_without_a_cue_has_ended_by_publication(text, published, expected):
    found = find_dates(to_simplified(text), Period(published, "day"), FUTURE_CUES)
    assert [(text[m.start:m.end], m.period.start.isoformat()) for m in found] == expected


# Class (AD zs2812 "第三季度和第四季度的增速有待观察", published in August 2025): two year-less parts joined by 和, 及,
# 与, 以及 or 、 are of one year, as "the third quarter and the fourth quarter" are in English: the second is the
# first's year (the year after when it would come before it), not the latest before publication on its own.
# Near misses: a second part that states its year, and one joined by a comparison (与…相比) to another kind of date.
COORDINATED_ROWS = [
    ("京东第三季度和第四季度的增速有待观察。", [("第三季度", "2025-07-01"), ("第四季度", "2025-10-01")]),
    ("京東第三季和第四季的增速有待觀察。", [("第三季", "2025-07-01"), ("第四季", "2025-10-01")]),
    ("JD's growth in the third quarter and the fourth quarter remains to be seen.",
     [("the third quarter", "2025-07-01"), ("the fourth quarter", "2025-10-01")]),
    ("京东7月及12月的销量有待观察。", [("7月", "2025-07-01"), ("12月", "2025-12-01")]),
    ("京東7月與12月的銷量有待觀察。", [("7月", "2025-07-01"), ("12月", "2025-12-01")]),
    ("京东11月、1月的销量均下滑。", [("11月", "2024-11-01"), ("1月", "2025-01-01")]),
    ("京东去年12月和今年1月的销量均下滑。", [("去年12月", "2024-12-01"), ("今年1月", "2025-01-01")]),
    ("京東去年12月和今年1月的銷量均下滑。", [("去年12月", "2024-12-01"), ("今年1月", "2025-01-01")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_ROWS)
def test_year_less_parts_joined_by_and_are_of_one_year(text, expected):
    found = find_dates(to_simplified(text), PUBLISHED, FUTURE_CUES)
    assert [(text[m.start:m.end], m.period.start.isoformat()) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 中央社 via http://ucptt.com/article/CrossStrait/1612976296/2D4: "根據2020年微信春節資料報告，除夕到初五…"
        ("根據2020年微信春節資料報告，除夕微信紅包收發量大增。",
         [("2020年", "2020-01-01"), ("春節", "2020-01-25"), ("除夕", "2020-01-24")]),
        ("根据2020年微信春节数据报告，除夕微信红包收发量大增。",
         [("2020年", "2020-01-01"), ("春节", "2020-01-25"), ("除夕", "2020-01-24")]),
        ("2019年天猫双11成交额达2684亿元，京东11月11日下单金额也创新高。",
         [("2019年", "2019-01-01"), ("双11", "2019-11-11"), ("11月11日", "2019-11-11")]),
        ("In 2019, Alibaba's Singles Day sales hit a record, and JD.com said on November 11 its orders rose.",
         [("2019", "2019-01-01"), ("Singles Day", "2019-11-11"), ("November 11", "2019-11-11")]),
        ("Baidu's 2023 results showed Ernie Bot, launched in March, had 100 million users.",
         [("2023", "2023-01-01"), ("March", "2023-03-01")]),
        # no stated year before it: the usual latest-before-publication rule
        ("百度3月发布文心大模型，2026年将推出新版。", [("3月", "2025-03-01"), ("2026年", "2026-01-01")]),
        # a cue placing the date ahead of publication keeps it there
        ("腾讯2023年营收增长，新规将于9月1日起施行。", [("2023年", "2023-01-01"), ("9月1日", "2025-09-01")]),
    ],
)
def test_a_year_less_date_takes_its_sentences_stated_year(text, expected):
    found = find_dates(to_simplified(text), PUBLISHED, FUTURE_CUES)
    assert [(text[m.start:m.end], m.period.start.isoformat()) for m in found] == expected


# Class (issue 9): alternatives ("Jan. 28 or 29") name each day, the second counted from the first;
# a day or weekday in brackets right after a date restates it and is one expression with it, as does a holiday
# in brackets after a range of days that holds it.
ALTERNATIVE_ROWS = [
    ("Kuaishou held a road show before final pricing on Jan. 28 or 29.", date(2021, 1, 15),
     [("Jan. 28", "2021-01-28"), ("29", "2021-01-29")]),
    ("Pricing is set for Jan. 28 or 29, people familiar said.", date(2021, 1, 15),
     [("Jan. 28", "2021-01-28"), ("29", "2021-01-29")]),
    ("Shares rose on March 3 or 5 other firms followed.", date(2025, 8, 28), [("March 3", "2025-03-03")]),
    ("Kuaishou lists on Feb. 5 (Friday).", date(2021, 1, 15), [("Feb. 5 (Friday)", "2021-02-05")]),
    # A weekday alone in the brackets that is not the day's glosses the day all the same: the writer slipped on one of
    # the two and readers take the day stated (zt2604 "6 月 18 日 (週五)" for Thursday, June 18, 2020; zt2918
    # "周一（21日）" for Sunday the 21st); the weekday first and the day in brackets alike. A bracket holding more than
    # the weekday, or a weekday after a comma, is no gloss.
    ("Kuaishou lists on Feb. 5 (Monday).", date(2021, 1, 15), [("Feb. 5 (Monday)", "2021-02-05")]),
    ("The Journal reported on Monday (Sept. 21) that TikTok would be sold.", date(2025, 9, 22),
     [("Monday (Sept. 21)", "2025-09-21")]),
    ("京东于6月18日（周五）挂牌上市。", date(2020, 6, 20), [("6月18日（周五）", "2020-06-18")]),
    ("京東於 6 月 18 日 (週五) 掛牌上市。", date(2020, 6, 20), [("6 月 18 日 (周五)", "2020-06-18")]),
    ("《华尔街日报》星期一（9月21日）报道字节跳动。", date(2025, 9, 22), [("星期一（9月21日）", "2025-09-21")]),
    ("《華爾街日報》星期一（9月21日）報道字節跳動。", date(2025, 9, 22), [("星期一（9月21日）", "2025-09-21")]),
    ("Tencent reported on March 5 (Thursday's shares rose).", date(2025, 3, 12),
     [("March 5", "2025-03-05"), ("Thursday", "2025-03-06")]),
    ("The Journal reported on Monday, Sept. 21, that TikTok would be sold.", date(2025, 9, 22),
     [("Monday", "2025-09-22"), ("Sept. 21", "2025-09-21")]),
    # A day's own weekday after a comma is its apposition, one expression (zt1906 "2025年1月13日,一個普通的週一"; the
    # English form "January 13, a Monday"); another weekday after the comma is a day of its own.
    ("On January 13, a Monday, Xiaohongshu topped the App Store.", date(2025, 2, 24),
     [("January 13, a Monday", "2025-01-13")]),
    ("2025年1月13日，一个普通的周一，小红书登顶App Store。", date(2025, 2, 24),
     [("2025年1月13日，一个普通的周一", "2025-01-13")]),
    ("2025年1月13日，一個普通的週一，小紅書登頂App Store。", date(2025, 2, 24),
     [("2025年1月13日，一个普通的周一", "2025-01-13")]),
    ("On January 13, Tuesday, Xiaohongshu topped the App Store.", date(2025, 2, 24),
     [("January 13", "2025-01-13"), ("Tuesday", "2025-02-18")]),
    ("2025年1月13日，周二小红书宣布上线翻译。", date(2025, 2, 24), [("2025年1月13日", "2025-01-13")]),
    ("2025年1月14日，周一宣布上线翻译。", date(2025, 2, 24), [("2025年1月14日", "2025-01-14"), ("周一", "2025-02-24")]),
    ("年初五（21日）借元宝派聊天顺便接红包。", date(2026, 2, 24), [("年初五（21日）", "2026-02-21")]),
    ("腾讯3月5日（周三）发布混元新模型。", date(2025, 3, 10), [("3月5日（周三）", "2025-03-05")]),
    ("年初五（21日）借元寶派聊天順便接紅包。", date(2026, 2, 24), [("年初五（21日）", "2026-02-21")]),
    ("騰訊3月5日（週三）發布混元新模型。", date(2025, 3, 10), [("3月5日（周三）", "2025-03-05")]),
    # a holiday in brackets after a range of days that holds its day names the range, a word after it or not
    # (zs2711, zt2402; Tencent's 2021 National Day calendar "10月1日-10月7日(国庆节假期)"), and a day told in brackets
    # after a holiday restates it (en1816); a holiday outside the range stays a date of its own
    ("腾讯游戏1月31日-2月6日(春节假期)每天20时至21时开放。", date(2022, 1, 17),
     [("1月31日", "2022-01-31"), ("2月6日(春节假期)", "2022-02-06")]),
    ("騰訊遊戲1月31日-2月6日(春節假期)每天20時至21時開放。", date(2022, 1, 17),
     [("1月31日", "2022-01-31"), ("2月6日(春节假期)", "2022-02-06")]),
    ("騰訊遊戲10月1日-10月7日（國慶節假期）每天可登錄1小時。", date(2021, 9, 20),
     [("10月1日", "2021-10-01"), ("10月7日（国庆节假期）", "2021-10-07")]),
    ("Tencent's offices close Jan. 31-Feb. 6 (Spring Festival holiday).", date(2022, 1, 17),
     [("Jan. 31", "2022-01-31"), ("Feb. 6 (Spring Festival holiday)", "2022-02-06")]),
    ("DeepSeek V4 is expected around the Lunar New Year (Tuesday, February 17th begins).", date(2026, 2, 13),
     [("Lunar New Year (Tuesday, February 17th begins)", "2026-02-17")]),
    ("腾讯元宝春节（2月17日开始）上线红包活动。", date(2026, 2, 13), [("春节（2月17日开始）", "2026-02-17")]),
    ("Tencent's offices close Jan. 10-Jan. 20 (Spring Festival holiday).", date(2022, 1, 7),
     [("Jan. 10", "2022-01-10"), ("Jan. 20", "2022-01-20"), ("Spring Festival", "2022-02-01")]),
    ("腾讯游戏1月10日-1月20日(春节假期)每天开放。", date(2022, 1, 7),
     [("1月10日", "2022-01-10"), ("1月20日", "2022-01-20"), ("春节", "2022-02-01")]),
    ("騰訊遊戲1月10日-1月20日(春節假期)每天開放。", date(2022, 1, 7),
     [("1月10日", "2022-01-10"), ("1月20日", "2022-01-20"), ("春节", "2022-02-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ALTERNATIVE_ROWS)
def test_alternatives_and_restated_days(text, published, expected):
    found = find_dates(to_simplified(text), Period(published, "day"), FUTURE_CUES)
    assert [(m.text, m.period.start.isoformat()) for m in found] == expected


# Class (issue 9): a range that holds the publication day has begun, though "from"/"自" before its
# start would put a lone day ahead; a range wholly ahead stays ahead. Ordinal suffixes ("Nov. 1st") read as days.
# https://jdcorporateblog.com (JD's Singles Day, 2020-11-11), paraphrased
BEGUN_RANGE_ROWS = [
    ("From Nov. 1st to Nov. 11th, JD saw transaction volume surpass RMB 200 billion.", date(2020, 11, 11),
     [("Nov. 1st", "2020-11-01", False), ("Nov. 11th", "2020-11-11", False)]),
    ("JD's promotion runs from Nov. 1 to Nov. 11.", date(2020, 11, 5),
     [("Nov. 1", "2020-11-01", False), ("Nov. 11", "2020-11-11", True)]),
    ("JD's sale runs from Dec. 20 to Jan. 5.", date(2020, 12, 28),
     [("Dec. 20", "2020-12-20", False), ("Jan. 5", "2021-01-05", True)]),
    ("The fair runs from Dec. 1 to Dec. 11.", date(2020, 11, 11),
     [("Dec. 1", "2020-12-01", True), ("Dec. 11", "2020-12-11", True)]),
    ("京东自11月1日至11日开展大促，累计下单金额超2000亿元。", date(2020, 11, 11),
     [("11月1日", "2020-11-01", False), ("11日", "2020-11-11", False)]),
    ("京东将于12月1日至12月12日举办年终大促。", date(2020, 11, 11),
     [("12月1日", "2020-12-01", True), ("12月12日", "2020-12-12", True)]),
    ("京東自11月1日至11日開展大促，累計下單金額超2000億元。", date(2020, 11, 11),
     [("11月1日", "2020-11-01", False), ("11日", "2020-11-11", False)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), BEGUN_RANGE_ROWS)
def test_a_range_holding_the_publication_day_has_begun(text, published, expected):
    found = find_dates(to_simplified(text), Period(published, "day"), FUTURE_CUES)
    assert [(m.text, m.period.start.isoformat(), m.ahead) for m in found] == expected


# Class (year-less dates in dated articles): a range that closed within a month before publication is the one
# reported, not next year's, though "from" before its start would put it ahead: the press leaves the year out
# only for the current year. Its end may be a bare day ("from June 1 to 18"). A range wholly ahead, or one whose
# dates passed more than a month before publication under a future word, stays ahead.
JUST_CLOSED_RANGE_ROWS = [
    ("JD racked up a record RMB 201.5 billion in sales from June 1 to 18.", date(2019, 6, 19),
     [("June 1", "2019-06-01", False), ("18", "2019-06-18", False)]),
    ("Pinduoduo's orders from Nov. 1 to Nov. 11 topped 100 million, the company said.", date(2021, 11, 14),
     [("Nov. 1", "2021-11-01", False), ("Nov. 11", "2021-11-11", False)]),
    ("Tmall's sales from Oct. 20 to Nov. 11 rose 8%, according to Syntun.", date(2022, 11, 20),
     [("Oct. 20", "2022-10-20", False), ("Nov. 11", "2022-11-11", False)]),
    ("JD's promotion will run from June 1 to 18.", date(2019, 6, 10),
     [("June 1", "2019-06-01", False), ("18", "2019-06-18", True)]),
    # Chinese needs no rule: 从 and 自 are no future cues; the rows hold the class in both scripts.
    ("京东从6月1日到18日累计下单金额达2015亿元。", date(2019, 6, 19),
     [("6月1日", "2019-06-01", False), ("18日", "2019-06-18", False)]),
    ("天猫自10月20日至11月11日的成交额同比增长8%。", date(2022, 11, 20),
     [("10月20日", "2022-10-20", False), ("11月11日", "2022-11-11", False)]),
    ("京東從6月1日至18日累計下單金額達2015億元。", date(2019, 6, 19),
     [("6月1日", "2019-06-01", False), ("18日", "2019-06-18", False)]),
    ("拼多多自11月1日至11日的訂單量突破1億。", date(2021, 11, 14),
     [("11月1日", "2021-11-01", False), ("11日", "2021-11-11", False)]),
    # Must not change: a range wholly ahead, a range closed long before publication under a future word.
    ("JD's promotion will run from June 1 to 18.", date(2019, 5, 20),
     [("June 1", "2019-06-01", True), ("18", "2019-06-18", True)]),
    ("The new rules will apply from July 1 to 18.", date(2019, 9, 19),
     [("July 1", "2020-07-01", True), ("18", "2020-07-18", True)]),
    ("京东将于6月1日至18日举办年中大促。", date(2019, 5, 20),
     [("6月1日", "2019-06-01", True), ("18日", "2019-06-18", True)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), JUST_CLOSED_RANGE_ROWS)
def test_a_range_closed_just_before_publication_is_the_one_reported(text, published, expected):
    found = find_dates(to_simplified(text), Period(published, "day"), FUTURE_CUES)
    assert [(m.text, m.period.start.isoformat(), m.ahead) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two years sharing one 年: the first is a year as the second is, in any numerals
        ("鴻海目標二○二五至二○二七年有一成電動車採用其零組件。", [("二○二五", "2025"), ("二○二七年", "2027")]),
        ("比亚迪计划二〇二五至二〇二七年扩产。", [("二〇二五", "2025"), ("二〇二七年", "2027")]),
        ("小米预计2025至2027年营收年均增长两成。", [("2025", "2025"), ("2027年", "2027")]),
        ("台積電2025-2027年資本支出維持高檔。", [("2025", "2025"), ("2027年", "2027")]),
        ("腾讯2025到2027年每年回购股票。", [("2025", "2025"), ("2027年", "2027")]),
        ("Xiaomi expects revenue to grow from 2025 to 2027.", [("2025", "2025"), ("2027", "2027")]),
        # not years: a count of yuan, and a lone Chinese number before no 年
        ("公司投入二○二五至二○二七亿元。", []),
        ("房间编号二〇二五至二〇二七号。", []),
    ],
)
def test_two_years_sharing_one_nian(text, expected):
    found = find_dates(to_simplified(text), PUBLISHED, FUTURE_CUES)
    assert [(text[m.start:m.end], str(m.period.start.year)) for m in found] == expected


# A list of days sharing one month: the bare day takes the month of the dated day listed before it
# ("12月14日、28日之前", "December 14 and 28"), not the publication month's. Near misses: a count of days
# ("近7日和30日留存率", "7日、30日均线"), "and" before a noun ("March 3 and 5 other firms"), a day going on.
LISTED_DAY_ROWS = [
    ("法官要求双方分别在12月14日、28日之前提交动议。", "2020-11-14",
     [("12月14日", "2020-12-14"), ("28日", "2020-12-28")]),
    ("腾讯将于12月14日和28日举行发布会。", "2020-11-14", [("12月14日", "2020-12-14"), ("28日", "2020-12-28")]),
    ("法官要求雙方分別在 12 月 14 日、28 日之前提交動議。", "2020-11-14",
     [("12 月 14 日", "2020-12-14"), ("28 日", "2020-12-28")]),
    ("騰訊將於3月5日及20日舉行發布會。", "2025-02-10", [("3月5日", "2025-03-05"), ("20日", "2025-03-20")]),
    ("The judge set deadlines of December 14 and 28.", "2020-11-14",
     [("December 14", "2020-12-14"), ("28", "2020-12-28")]),
    ("Tencent will hold events on March 5 or 20.", "2025-02-10", [("March 5", "2025-03-05"), ("20", "2025-03-20")]),
    ("Baidu named March 3 and 5 other dates.", "2025-02-10", [("March 3", "2024-03-03")]),
    ("快手近7日和30日留存率上升。", "2025-02-10", []),
    ("該股近7日、30日均線走高。", "2025-02-10", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), LISTED_DAY_ROWS)
def test_a_listed_day_takes_the_month_of_the_day_before(text, published, expected):
    found = find_dates(to_simplified(text), Period(date.fromisoformat(published), "day"), FUTURE_CUES)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(t), s) for t, s in expected]


# Class (splits AC, AE and AJ, read wrong alone / not read): a span read ("From January to September",
# "January-December", 1-9月, 4月25日至5月1日) puts in focus the smallest period of the data model holding it, so the
# same period (同期, 去年同期, "the same period last year") after it compares that period, not the span's last month:
# en3424 "From January to September, BYD's cumulative NEV sales … up 249.56 percent from 337,579 units in the same
# period last year" is 2021; en2706 "annual active buyers for January-December. Alibaba recorded 779 million … during
# the same period" is 2020; zs2912 "Shein在4月25日至5月1日当周的美国销售额…。Temu的销售额同期下降17%" the second
# quarter.
# Near misses: parts told side by side (三月和九月) are no span; a single month keeps the month in focus.
SPAN_IN_FOCUS_ROWS = [
    # English.
    ("From January to September, BYD sold 1.18 million units, up 249% from 337,579 units in the same period last "
     "year.", "2022-10-03", [("January", "2022-01-01", "month"), ("September", "2022-09-01", "month"),
                            ("the same period last year", "2021-01-01", "year")]),
    ("Pinduoduo reported 788.4 million annual active buyers for January-December. Alibaba recorded 779 million "
     "annual active buyers during the same period.", "2021-03-17",
     [("January", "2020-01-01", "month"), ("December", "2020-12-01", "month"),
      ("the same period", "2020-01-01", "year")]),
    ("In September, BYD sold 200,000 units, up from the same period last year.", "2022-10-03",
     [("September", "2022-09-01", "month"), ("the same period last year", "2021-09-01", "month")]),
    # Simplified Chinese.
    ("Shein在4月25日至5月1日当周的美国销售额下降了23%。Temu的销售额同期下降17%。", "2025-06-03",
     [("4月25日", "2025-04-25", "day"), ("5月1日", "2025-05-01", "day"), ("当周", "2025-04-28", "week"),
      ("同期", "2025-04-01", "quarter")]),
    ("2022年1至9月，比亚迪累计销量118万辆，去年同期为34万辆。", "2022-10-03",
     [("2022年1", "2022-01-01", "month"), ("9月", "2022-09-01", "month"), ("去年同期", "2021-01-01", "year")]),
    ("2022年3月和9月，比亚迪销量大增，去年同期则较少。", "2022-10-03",
     [("2022年3月", "2022-03-01", "month"), ("9月", "2022-09-01", "month"), ("去年同期", "2021-09-01", "month")]),
    # Traditional Chinese.
    ("2022年1至9月，比亞迪累計銷量118萬輛，去年同期為34萬輛。", "2022-10-03",
     [("2022年1", "2022-01-01", "month"), ("9月", "2022-09-01", "month"), ("去年同期", "2021-01-01", "year")]),
    ("Shein在4月25日至5月1日當周的美國銷售額下降了23%。Temu的銷售額同期下降17%。", "2025-06-03",
     [("4月25日", "2025-04-25", "day"), ("5月1日", "2025-05-01", "day"), ("当周", "2025-04-28", "week"),
      ("同期", "2025-04-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SPAN_IN_FOCUS_ROWS)
def test_a_span_puts_the_period_holding_it_in_focus(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
