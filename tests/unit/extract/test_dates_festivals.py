"""Festival names resolve to their Gregorian day in the year their words give.

Class (issue 9): lunar festivals (春节, 除夕, 元宵, 端午, 七夕, 中秋, 重阳, 大年初五) move every year;
solar ones (元旦, 国庆, 双十一, “618”) do not. The year comes from the words before the name
("2025年春节", "今年春节", "去年中秋") or, without them, like any year-less date: the latest not
after publication unless a future cue governs it. Reference days: 春节 2024-02-10, 2025-01-29,
2026-02-17; 中秋 2024-09-17, 2025-10-06; 端午 2024-06-10, 2025-05-31.
"""

from __future__ import annotations

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.dates_festivals import read_festival_dates
from lib.parse.script import to_simplified
from lib.periods import parse_iso_period
from lib.rules import load_rules
from tests.date_readings import found_dates

FUTURE_CUES = cue_patterns(load_rules().future_cues)


def _found(sentence: str, published_iso: str = "2025-03-12") -> list[tuple]:
    return [(m.text, m.period.start.isoformat(), m.ahead)
            for m in find_dates(sentence, parse_iso_period(published_iso), FUTURE_CUES)]


CHINESE_ROWS = [
    ("2025年春节期间，DeepSeek爆火。", [("2025年春节", "2025-01-29", False)]),
    ("今年春节，DeepSeek爆火。", [("今年春节", "2025-01-29", False)]),
    ("春节假期，抖音日活创新高。", [("春节", "2025-01-29", False)]),
    ("明年春节，央视春晚将再度合作。", [("明年春节", "2026-02-17", True)]),
    ("2024年春节，淘宝推出AI红包。", [("2024年春节", "2024-02-10", False)]),
    ("去年中秋，阿里发布新模型。", [("去年中秋", "2024-09-17", False)]),
    ("中秋节前，小米将发布新机。", [("中秋节", "2025-10-06", True)]),
    # A same-day word attached to the name is one expression with it ("春晚当天", "双11当天").
    ("除夕当晚，春晚播出。", [("除夕当晚", "2025-01-28", False)]),
    ("2024年除夕，春晚收视创新高。", [("2024年除夕", "2024-02-09", False)]),
    ("大年三十，微信红包收发量创新高。", [("大年三十", "2025-01-28", False)]),
    ("大年初一，电影票房破纪录。", [("大年初一", "2025-01-29", False)]),
    ("大年初五，腾讯开工发红包。", [("大年初五", "2025-02-02", False)]),
    ("年初五，阿里巴巴开工。", [("年初五", "2025-02-02", False)]),
    ("正月初五，腾讯开工。", [("正月初五", "2025-02-02", False)]),
    ("正月十五，百度发布新功能。", [("正月十五", "2025-02-12", False)]),
    ("元宵节，百度发布新功能。", [("元宵节", "2025-02-12", False)]),
    ("端午节假期，出游人次增长。", [("端午节", "2024-06-10", False)]),
    ("2025年端午，出游人次增长。", [("2025年端午", "2025-05-31", True)]),
    ("七夕，小红书推出活动。", [("七夕", "2024-08-10", False)]),
    ("重阳节，支付宝上线适老化功能。", [("重阳节", "2024-10-11", False)]),
    ("元旦，抖音推出跨年活动。", [("元旦", "2025-01-01", False)]),
    ("国庆期间，美团外卖订单大涨。", [("国庆", "2024-10-01", False)]),
    ("去年双十一期间，淘宝销售额增长。", [("去年双十一", "2024-11-11", False)]),
    ("双11当天，京东宣布战报。", [("双11当天", "2024-11-11", False)]),
    ("今年“618”大促，京东投入AI客服。", [("今年“618”", "2025-06-18", True)]),
    # A name in digits is read when marked as the festival; the span keeps the name alone.
    ("618大促期间，京东投入AI客服。", [("618", "2024-06-18", False)]),
    ("拼多多营收618亿元。", []),
    ("农历新年期间，DeepSeek下载量登顶。", [("农历新年", "2025-01-29", False)]),
]

ENGLISH_ROWS = [
    ("During the Lunar New Year holiday, DeepSeek went viral.", [("Lunar New Year", "2025-01-29", False)]),
    ("Chinese New Year travel peaked in late January.",
     [("Chinese New Year", "2025-01-29", False), ("late January", "2025-01-01", False)]),
    ("Alibaba's Singles' Day sales rose.", [("Singles' Day", "2024-11-11", False)]),
    # the gala is a show, and on the eve, not the festival's day: no date (GALA_ROWS below)
    ("The Spring Festival Gala featured Unitree robots.", []),
    ("Sales rose around the Mid-Autumn Festival.", [("Mid-Autumn Festival", "2024-09-17", False)]),
    ("The Dragon Boat Festival holiday boosted travel.", [("Dragon Boat Festival", "2024-06-10", False)]),
]

TRADITIONAL_ROWS = [
    ("農曆新年期間，DeepSeek下載量登頂。", [("农历新年", "2025-01-29", False)]),
    ("今年春節，DeepSeek爆紅。", [("今年春节", "2025-01-29", False)]),
    ("去年中秋，阿里發布新模型。", [("去年中秋", "2024-09-17", False)]),
    ("除夕當晚，春晚播出。", [("除夕当晚", "2025-01-28", False)]),
    ("大年初五，騰訊開工發紅包。", [("大年初五", "2025-02-02", False)]),
    ("元宵節，百度發布新功能。", [("元宵节", "2025-02-12", False)]),
    ("端午節假期，出遊人次增長。", [("端午节", "2024-06-10", False)]),
    ("雙十一期間，淘寶銷售額增長。", [("双十一", "2024-11-11", False)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CHINESE_ROWS + ENGLISH_ROWS)
def test_festivals_resolve_to_their_day(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), TRADITIONAL_ROWS)
def test_traditional_festivals_read_as_simplified(sentence, expected):
    assert _found(to_simplified(sentence)) == expected


def test_a_bare_festival_is_the_coming_one_within_two_months_else_the_last():
    assert _found("春节，DeepSeek爆火。", "2025-01-20") == [("春节", "2025-01-29", True)]
    assert _found("春节，DeepSeek爆火。", "2025-02-20") == [("春节", "2025-01-29", False)]
    assert _found("春节，DeepSeek爆火。", "2024-11-20") == [("春节", "2024-02-10", False)]
    assert _found("春节，DeepSeek爆火了。", "2025-01-20") == [("春节", "2024-02-10", False)]


def test_festival_file_rows_load_and_the_reader_reads_every_name():
    festivals = load_rules().festivals
    for festival in festivals:
        for name in festival.names:
            if name.startswith("+"):  # read only with its year
                name = f"2025年{name[1:]}"
            text = f"那天是 {name}大促 。" if name[0].isdigit() else f"那天是 {name} 。"
            assert [text[c.start:c.end] for c in read_festival_dates(text)] == [name]
    by_name = {name: festival for festival in festivals for name in festival.names}
    assert (by_name["中秋"].lunar, by_name["中秋"].month, by_name["中秋"].day) == (True, 8, 15)
    assert (by_name["除夕"].shift, by_name["双11"].lunar) == (-1, False)


# Class (issue 9): shopping festivals named in digits or words are days; a digit name is a number
# unless marked as the festival (a quote, a year before it, a festival word after it); the year is
# the one the sentence gives, stated or counted ("2018年11.11", "5年前，全民双11").
SHOPPING_ROWS = [
    ("“11.11京东全球好物节”自11月1日零时至11日24时，京东累计下单金额达2044亿元。", "2019-11-12",
     [("11.11", "2019-11-11", False), ("11月1日", "2019-11-01", False), ("11日", "2019-11-11", False)]),
    ("京东下单金额较2018年11.11实现大幅超越。", "2019-11-12", [("2018年11.11", "2018-11-11", False)]),
    ("今年年中“618十六周年庆”京东累计下单金额达2015亿元。", "2019-11-12",
     [("今年年中", "2019-01-01", False), ("618", "2019-06-18", False)]),
    ("今年6·18购物节，京东投入AI客服。", "2025-03-12", [("今年6·18", "2025-06-18", True)]),
    ("5年前，全民双11狂欢令阿里创下纪录。", "2026-02-24",
     [("5年前", "2021-01-01", False), ("双11", "2021-11-11", False)]),
    ("去年，淘宝在双十二推出AI导购。", "2025-03-12", [("去年", "2024-01-01", False), ("双十二", "2024-12-12", False)]),
    ("拼多多营收618亿元，同比增长11.11%，股价报6.18元。", "2025-03-12", []),
    ("JD's 618 shopping festival drew record orders.", "2025-07-01", [("618", "2025-06-18", False)]),
    ("Alibaba's Singles’ Day sales rose.", "2025-03-12", [("Singles’ Day", "2024-11-11", False)]),
    ("Double 11 sales on Tmall rose 20%.", "2025-03-12", [("Double 11", "2024-11-11", False)]),
    ("The campaign will launch on both TikTok and Tokopedia on Indonesia’s national online shopping day.",
     "2023-12-11", [("national online shopping day", "2023-12-12", True)]),
    ("Shopee's 12.12 sale broke records.", "2025-03-12", [("12.12", "2024-12-12", False)]),
    ("In 2019, Alibaba's Singles' Day sales hit $38 billion.", "2021-03-12",
     [("2019", "2019-01-01", False), ("Singles' Day", "2019-11-11", False)]),
    ("「11.11京東全球好物節」自11月1日零時至11日24時，京東累計下單金額達2044億元。", "2019-11-12",
     [("11.11", "2019-11-11", False), ("11月1日", "2019-11-01", False), ("11日", "2019-11-11", False)]),
    ("5年前，全民雙11狂歡令電商巨頭阿里創下紀錄。", "2026-02-24",
     [("5年前", "2021-01-01", False), ("双11", "2021-11-11", False)]),
    ("京東下單金額較2018年11.11實現大幅超越。", "2019-11-12", [("2018年11.11", "2018-11-11", False)]),
    ("拼多多營收618億元，股價報6.18元。", "2025-03-12", []),
    # A word between the digit name and its festival word is a mark of its own: "online shopping", "mid-year",
    # 网购 (年中 already is); a count of stores or shops stays a number.
    ("Vivo's phones sold well in the 6.18 online shopping festival.", "2021-08-02", [("6.18", "2021-06-18", False)]),
    ("JD kicked off its 618 mid-year shopping festival with record orders.", "2021-07-01",
     [("618", "2021-06-18", False)]),
    ("京东618网购节成交额创新高。", "2021-07-01", [("618", "2021-06-18", False)]),
    ("京東618網購節成交額創新高。", "2021-07-01", [("618", "2021-06-18", False)]),
    ("JD.com opened 618 online stores for rural sellers.", "2021-07-01", []),
    ("拼多多开设618家网店。", "2021-07-01", []),
    # Class (split AO zs3967 "本次618是京东的第16个618"): a determiner of one edition (本次, 此次, 这次, 本届) marks
    # a digit name as the festival, as 今年 does and as it dates 此次双11; English by a noun ("this 618 sale")
    ("本次618是京东的第16个618。", "2019-06-19", [("618", "2019-06-18", False)]),
    ("此次11.11京東累計下單金額達2044億元。", "2019-11-12", [("11.11", "2019-11-11", False)]),
    ("本届618京东成交额创新高。", "2019-06-19", [("618", "2019-06-18", False)]),
    ("This 618 sale was JD's 16th.", "2019-06-19", [("618", "2019-06-18", False)]),
    # Class (split O): English writes a festival's year after its name too, as part of the date; a year in a
    # clause of its own after a comma stays its own date.
    ("Within 90 minutes, GMV on Tmall passed the total reached on Singles Day in 2016.", "2019-11-11",
     [("Singles Day in 2016", "2016-11-11", False)]),
    ("JD.com's Double 11 2018 sales rose 25%.", "2020-03-12", [("Double 11 2018", "2018-11-11", False)]),
    ("Tencent's Yuanbao handed out red packets during Lunar New Year 2025.", "2025-06-01",
     [("Lunar New Year 2025", "2025-01-29", False)]),
    ("Alibaba's sales on Singles Day, 2016 figures show, doubled.", "2019-11-12",
     [("Singles Day", "2019-11-11", False), ("2016", "2016-01-01", False)]),
    ("天猫成交额在90分钟内超过了2016年双十一的全天总额。", "2019-11-11", [("2016年双十一", "2016-11-11", False)]),
    ("天貓成交額在90分鐘內超過了2016年雙十一的全天總額。", "2019-11-11", [("2016年双十一", "2016-11-11", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SHOPPING_ROWS)
def test_shopping_festivals_are_days_of_the_year_in_context(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


# Class (split J): the press sets a space between Chinese and digits ("今年雙 11", as in "今年 11 月"); a
# festival name so spaced is the name, with the year before it. Must not change: a spaced number that is
# no festival ("双 110 元"), a festival read without the space.
SPACED_NAME_ROWS = [
    ("今年双 11 期间，小米共出售555万件智能产品。", "2019-11-20", [("今年双 11", "2019-11-11", False)]),
    ("去年双 11，天猫成交额创新高。", "2019-11-20", [("去年双 11", "2018-11-11", False)]),
    ("今年 618 期间，京东下单金额增长。", "2025-07-01", [("今年 618", "2025-06-18", False)]),
    ("今年雙 11 期間，小米共出售 555 萬件智慧生活產品。", "2019-11-20", [("今年双 11", "2019-11-11", False)]),
    ("去年雙 12，淘寶推出 AI 導購。", "2025-03-12", [("去年双 12", "2024-12-12", False)]),
    ("今年双11期间，小米共出售555万件产品。", "2019-11-20", [("今年双11", "2019-11-11", False)]),
    ("拼多多推出双 110 元优惠券。", "2025-03-12", []),
    ("拼多多營收 618 億元。", "2025-03-12", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SPACED_NAME_ROWS)
def test_a_festival_name_spaced_between_chinese_and_digits_is_the_name(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


# Class (issue 9): lunar festivals relative to what is said. The coming festival when it lies
# within two months of publication ("before the Lunar New Year" in mid-January), a count before
# the name ("one week before the Lunar New Year"), a same-day word attached to the name ("除夕当天"),
# and a bare 初五 only right after the New Year is named.
LUNAR_CONTEXT_ROWS = [
    ("Kuaishou plans to list on Feb. 5, one week before the Chinese Lunar New Year.", "2021-01-15",
     [("Feb. 5", "2021-02-05", True), ("one week before the Chinese Lunar New Year", "2021-02-05", True)]),
    ("Travel peaks two days after the Spring Festival.", "2025-03-12", [("two days after the Spring Festival",
                                                                         "2025-01-31", False)]),
    ("Alibaba cut prices ahead of the Lunar New Year.", "2025-01-10", [("Lunar New Year", "2025-01-29", True)]),
    ("Alibaba cut prices before the Lunar New Year.", "2025-03-10", [("Lunar New Year", "2025-01-29", False)]),
    ("Doubao went viral over the Spring Festival.", "2026-02-24", [("Spring Festival", "2026-02-17", False)]),
    ("春节前，阿里巴巴下调了千问价格。", "2025-03-10", [("春节", "2025-01-29", False)]),
    ("除夕当天，小红书搜索量创新高。", "2026-02-25", [("除夕当天", "2026-02-16", False)]),
    # 春晚 names the gala as a show far more often than as a day: not read.
    ("字节跳动拿下春晚独家赞助。", "2026-02-24", []),
    ("春节期间，豆包日活突破1亿。", "2026-01-20", [("春节", "2026-02-17", True)]),
    ("根据2020年微信春节数据报告，除夕到初五，红包收发达460亿个。", "2021-02-11",
     [("2020年", "2020-01-01", False), ("春节", "2020-01-25", False), ("除夕", "2020-01-24", False),
      ("初五", "2020-01-29", False)]),
    ("初五，腾讯开工发红包。", "2025-03-10", []),
    ("最初，腾讯的方案只是初步设想。", "2025-03-10", []),
    ("除夕當天，小紅書搜索量創新高。", "2026-02-25", [("除夕当天", "2026-02-16", False)]),
    ("根據2020年微信春節資料報告，除夕到初五，紅包收發達460億個。", "2021-02-11",
     [("2020年", "2020-01-01", False), ("春节", "2020-01-25", False), ("除夕", "2020-01-24", False),
      ("初五", "2020-01-29", False)]),
    ("春節期間，豆包日活突破1億。", "2026-01-20", [("春节", "2026-02-17", True)]),
    # The gala with its year is its evening, 除夕; a zodiac year may stand between year and name.
    ("2015年春晚，腾讯通过微信发放5亿元现金红包。", "2026-02-05", [("2015年春晚", "2015-02-18", False)]),
    ("今年春晚，字节跳动是独家合作伙伴。", "2026-01-20", [("今年春晚", "2026-02-16", True)]),
    ("2026年马年春节临近，大厂纷纷派红包。", "2026-02-05", [("2026年马年春节", "2026-02-17", True)]),
    ("2015年春晚，騰訊通過微信發放5億元現金紅包。", "2026-02-05", [("2015年春晚", "2015-02-18", False)]),
    ("2026年馬年春節臨近，大廠紛紛派紅包。", "2026-02-05", [("2026年马年春节", "2026-02-17", True)]),
    # A festival name qualifying a campaign, greeting or theme names no day; the season itself does.
    ("这并非腾讯首次借助春节红包布局核心业务。", "2026-02-05", []),
    ("千问APP 30亿春节免单活动上线，进入新春活动主会场。", "2026-02-06", []),
    ("豆包生成超過5000萬張新春主題頭像、1億條新春祝福。", "2026-02-24", []),
    ("騰訊元寶預告春節派10億元紅包。", "2026-01-27", [("春节", "2026-02-17", True)]),
    ("今年春節檔票房較去年近腰斬。", "2026-02-24", [("今年春节", "2026-02-17", False), ("去年", "2025-01-01", False)]),
    ("Tencent's Spring Festival red envelope campaign drew 1 billion users.", "2026-02-24", []),
    ("Alibaba launched a Lunar New Year campaign for Qwen.", "2026-02-24", []),
    ("Doubao's traffic peaked during the Spring Festival.", "2026-02-24", [("Spring Festival", "2026-02-17", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), LUNAR_CONTEXT_ROWS)
def test_lunar_festivals_relative_to_what_is_said(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


def test_a_bare_first_month_day_after_a_sentence_that_ended_at_the_new_year():
    from datetime import date

    from lib.periods import Period
    eve = Period(date(2025, 1, 28), "day")
    found = find_dates("初五，腾讯开工发红包。", parse_iso_period("2025-03-10"), FUTURE_CUES,
                       previous_sentence_date=eve)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [("初五", "2025-02-02")]
    later = Period(date(2025, 3, 1), "day")
    assert find_dates("初五，腾讯开工发红包。", parse_iso_period("2025-03-10"), FUTURE_CUES,
                      previous_sentence_date=later) == []


# Class: a gala broadcast on a festival's evening (央视春晚 and 春节联欢晚会 on 除夕, 元宵晚会, 中秋晚会;
# "the Spring Festival Gala") is named as a show (its sponsors, its director, its robots) far more often
# than as a day: read as the festival's evening only with its year ("2015年春节联欢晚会"), never as the
# festival itself ("春节联欢晚会" is no 春节). The night itself is a day: 跨年夜 is December 31 as
# "New Year's Eve" is.
GALA_ROWS = [
    ("字节跳动官宣火山引擎与豆包牵手央视春晚。", "2026-01-30", []),
    ("春节联欢晚会的导演组公布了机器人节目。", "2026-01-30", []),
    ("2015年春节联欢晚会，腾讯通过微信摇一摇发放5亿元红包。", "2026-01-30",
     [("2015年春节联欢晚会", "2015-02-18", False)]),
    ("今年央视春晚，豆包是独家AI合作伙伴。", "2026-01-30", [("今年央视春晚", "2026-02-16", True)]),
    ("跨年夜，千问陪用户倒数。", "2026-01-30", [("跨年夜", "2025-12-31", False)]),
    ("阿里巴巴让千问冠名B站跨年晚会。", "2026-01-30", []),
    ("小米赞助了元宵晚会。", "2026-01-30", []),
    ("字節跳動以「火山引擎+豆包」佔據央視春晚C位。", "2026-01-27", []),
    ("2015年春節聯歡晚會，騰訊通過微信搖一搖發放5億元紅包。", "2026-01-30",
     [("2015年春节联欢晚会", "2015-02-18", False)]),
    ("跨年夜，千問陪用戶倒數。", "2026-01-30", [("跨年夜", "2025-12-31", False)]),
    ("早前冠名B站跨年晚會的阿里巴巴千問。", "2026-01-27", []),
    ("ByteDance's Doubao is the exclusive AI partner of CCTV's Spring Festival Gala.", "2026-01-30", []),
    ("Tencent's red packets were a fixture of the Spring Festival Gala.", "2026-01-30", []),
    ("Tencent handed out red packets on New Year's Eve.", "2026-01-30", [("New Year's Eve", "2025-12-31", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), GALA_ROWS)
def test_a_festival_gala_is_a_show_and_with_its_year_the_evening(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


# A week-long holiday (十一黄金周 October 1-7, 五一黄金周 May 1-5) is its month: no single day, and the data
# model has no week-long period. The festival days (国庆, 五一假期, "National Day") stay their day; a bare
# "Golden Week" (Japan's, at the turn of April and May) is not read.
GOLDEN_WEEK_ROWS = [
    # English.
    ("Trip.com said travel demand extended through the October Golden Week.", "2020-11-20",
     [("October Golden Week", "2020-10-01", "month")]),
    ("Meituan said orders rose 20% during the National Day holiday.", "2024-10-09",
     [("National Day holiday", "2024-10-01", "month")]),
    ("Ctrip expects bookings to double over the May Day holiday.", "2025-04-10",
     [("May Day holiday", "2025-05-01", "month")]),
    ("Meituan's orders rose on National Day.", "2024-10-09", [("National Day", "2024-10-01", "day")]),
    ("Sony's sales rose during Golden Week in Japan.", "2024-05-20", []),
    # Simplified Chinese.
    ("十一黄金周期间，携程预订量同比增长。", "2024-10-09", [("十一黄金周", "2024-10-01", "month")]),
    ("国庆黄金周，美团外卖订单大涨。", "2024-10-09", [("国庆黄金周", "2024-10-01", "month")]),
    ("今年五一黄金周，飞猪将推出新功能。", "2025-04-10", [("今年五一黄金周", "2025-05-01", "month")]),
    ("国庆期间，美团外卖订单大涨。", "2024-10-09", [("国庆", "2024-10-01", "day")]),
    ("五一假期，携程预订量增长。", "2024-05-10", [("五一假期", "2024-05-01", "day")]),
    # Traditional Chinese.
    ("十一黃金週期間，攜程預訂量增長。", "2024-10-09", [("十一黄金周", "2024-10-01", "month")]),
    ("去年國慶黃金週，美團訂單大漲。", "2025-03-12", [("去年国庆黄金周", "2024-10-01", "month")]),
    ("五一長假，飛豬訂單增長。", "2024-05-10", [("五一长假", "2024-05-01", "month")]),
    ("國慶期間，美團訂單大漲。", "2024-10-09", [("国庆", "2024-10-01", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), GOLDEN_WEEK_ROWS)
def test_a_golden_week_holiday_is_its_month(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (splits F, L): a festival named as the theme of a campaign, its battle or its team names that campaign,
# no day ("春节请客计划", "AI春节大战", "春节项目组"). Must not change: the festival itself in the same sentences
# ("春节期间", "在春节推出", "春节期间的红包大战") and a report on it ("2020年微信春节数据报告", above).
CAMPAIGN_NAME_ROWS = [
    # Simplified Chinese.
    ("阿里千问官宣春节请客计划，投入30亿元。", "2026-02-02", []),
    ("这是2026年大厂AI春节大战中金额最高的一笔。", "2026-02-02", [("2026年", "2026-01-01", "year")]),
    ("马云现身千问春节项目组。", "2026-02-05", []),
    ("春节期间，千问请客免单。", "2026-02-02", [("春节", "2026-02-17", "day")]),
    ("千问计划在春节推出请客活动。", "2026-02-02", [("春节", "2026-02-17", "day")]),
    ("春节期间的红包大战愈演愈烈，腾讯投入10亿元。", "2026-02-02", [("春节", "2026-02-17", "day")]),
    # Traditional Chinese.
    # (the 6th, a day after publication, is the coming one: test_dates_resolve's just-after rows)
    ("阿里千問宣布於6日啟動「春節請客計畫」。", "2026-02-05", [("6日", "2026-02-06", "day")]),
    ("騰訊、百度相繼加入春節大戰。", "2026-02-05", []),
    ("千問將在春節期間請全國人民吃喝玩樂。", "2026-02-05", [("春节", "2026-02-17", "day")]),
    # English.
    ("Tencent and Baidu joined the Spring Festival battle with billions of yuan.", "2026-02-05", []),
    ("Alibaba's Qwen is the latest entrant in the Spring Festival war.", "2026-02-05", []),
    ("Tencent's orders rose 30% over the Spring Festival.", "2025-02-10", [("Spring Festival", "2025-01-29", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CAMPAIGN_NAME_ROWS)
def test_a_festival_naming_a_campaign_is_no_day(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (splits A, L, AJ: zs21 "作为阿里巴巴在十年前创造的节日,“双十一”已成为…", en1001 "Singles Day was originally a
# holiday started by Chinese college students in 1993", en3428 "Alibaba, the inventor of Singles Day"; none
# annotated): a festival told as a thing made, the custom or the sales event invented, names no day of it
# (festival_cues.csv's origin words); the making's own date stays. Must not change: the festival as the time of
# what is told, next to the same words elsewhere ("Singles Day sales … the event it invented").
MADE_FESTIVAL_ROWS = [
    # Simplified Chinese.
    ("作为阿里巴巴在十年前创造的节日，“双十一”已成为全球最大的购物节。", "2019-11-12",
     [("十年前", "2009-01-01", "year")]),
    ("京东首创的节日“618”已成为年中购物节。", "2019-06-19", []),
    ("双十一最初是大学生的光棍节。", "2019-11-12", []),
    ("今年双十一，阿里巴巴的交易额创下新高。", "2019-11-12", [("今年双十一", "2019-11-11", "day")]),
    # Traditional Chinese.
    ("作為阿里巴巴在十年前創造的節日，「雙十一」已成為全球最大的購物節。", "2019-11-12",
     [("十年前", "2009-01-01", "year")]),
    ("雙十一起源於大學生的光棍節。", "2019-11-12", []),
    ("今年雙十一，阿里巴巴的交易額創下新高。", "2019-11-12", [("今年双十一", "2019-11-11", "day")]),
    # English.
    ("Alibaba, the inventor of Singles Day, announces ever larger sales.", "2017-11-14", []),
    ("Singles Day was originally a holiday started by college students in 1993.", "2019-11-12",
     [("1993", "1993-01-01", "year")]),
    ("Alibaba invented Singles Day in 2009.", "2019-11-12", [("2009", "2009-01-01", "year")]),
    ("Alibaba's Singles Day sales beat the record of the event it invented.", "2019-11-12",
     [("Singles Day", "2019-11-11", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), MADE_FESTIVAL_ROWS)
def test_a_festival_told_as_a_thing_made_is_no_day(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (splits J, T, U): the Super Bowl, the NFL's final, named as the day a campaign ran ("a Super Bowl ad
# buy", "during the Super Bowl broadcast", "Super Bowl 2025"): the second Sunday of February, the latest one
# not after publication. Must not change: "Super Bowl Sunday", a name compared with (not_dates.txt), and the
# Chinese 超级碗, named as a metaphor or a comparison (festivals.csv leaves it out).
SUPER_BOWL_ROWS = [
    # English.
    ("Shein bought two Super Bowl ads to reach American shoppers.", "2025-03-01",
     [("Super Bowl", "2025-02-09", "day")]),
    ("Temu aired its commercial five times during the Super Bowl broadcast.", "2024-02-20",
     [("Super Bowl", "2024-02-11", "day")]),
    ("Temu returned to Super Bowl 2023 with a bigger budget.", "2023-06-01",
     [("Super Bowl 2023", "2023-02-12", "day")]),
    ("The retailer expects more traffic than on Super Bowl Sunday.", "2025-03-01", []),
    # Simplified Chinese.
    ("这是人形机器人的超级碗时刻。", "2026-02-20", []),
    ("这家零售商预计流量将超过超级碗星期天。", "2025-03-01", []),
    # Traditional Chinese.
    ("這場表演被稱為機器人的超級碗時刻。", "2026-02-20", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SUPER_BOWL_ROWS)
def test_the_super_bowl_is_its_sunday_in_february(sentence, published, expected):
    assert found_dates(to_simplified(sentence), published) == expected


# Class: a named day whose rule changed in a given year (festivals.csv, column years). The Super Bowl was the
# first Sunday of February up to 2021 and is the second from 2022: stated or year-less, the name is the day of
# the row holding in its year. Chinese names no such day (超级碗 is left out, SUPER_BOWL_ROWS), so the Chinese
# rows, like the English ones after the Super Bowl's, are festivals with one row resolving as before in those years.
SUPER_BOWL_ERA_ROWS = [
    # The year given, before or after the name.
    ("Super Bowl 2020 ads cost $5.6 million for 30 seconds.", "2024-05-01", [("Super Bowl 2020", "2020-02-02", "day")]),
    ("The 2021 Super Bowl drew its smallest audience in 15 years.", "2023-06-01",
     [("2021 Super Bowl", "2021-02-07", "day")]),
    ("Several crypto exchanges bought spots in Super Bowl 2022.", "2024-05-01",
     [("Super Bowl 2022", "2022-02-13", "day")]),
    ("Temu returned to Super Bowl 2025 with five commercials.", "2025-06-01",
     [("Super Bowl 2025", "2025-02-09", "day")]),
    ("Google's chatbot ad first aired around the Super Bowl in 2019.", "2024-05-01",
     [("Super Bowl in 2019", "2019-02-03", "day")]),
    # Year-less: the latest not after publication, in the row of the year it falls in.
    ("Rocket Mortgage ran a Super Bowl ad that went viral.", "2020-02-10", [("Super Bowl", "2020-02-02", "day")]),
    ("Rocket Mortgage ran a Super Bowl ad that went viral.", "2021-03-15", [("Super Bowl", "2021-02-07", "day")]),
    ("Rocket Mortgage ran a Super Bowl ad that went viral.", "2022-02-20", [("Super Bowl", "2022-02-13", "day")]),
    ("Rocket Mortgage ran a Super Bowl ad that went viral.", "2025-06-01", [("Super Bowl", "2025-02-09", "day")]),
    # Before the 2022 final the latest is 2021's, on the old rule.
    ("Rocket Mortgage ran a Super Bowl ad that went viral.", "2022-01-20", [("Super Bowl", "2021-02-07", "day")]),
    # Every other festival, one row for every year, resolves in those years as before.
    ("Thanksgiving 2020 sales moved online.", "2021-03-01", [("Thanksgiving 2020", "2020-11-26", "day")]),
    ("Amazon's Thanksgiving deals drew record traffic.", "2021-12-01", [("Thanksgiving", "2021-11-25", "day")]),
    ("Lunar New Year 2021 travel fell by half.", "2021-06-01", [("Lunar New Year 2021", "2021-02-12", "day")]),
    ("2020年春节期间，线上问诊需求激增。", "2020-06-01", [("2020年春节", "2020-01-25", "day")]),
    ("2021年中秋，月饼礼盒线上销量大增。", "2022-03-01", [("2021年中秋", "2021-09-21", "day")]),
    ("2022年双十一，天猫首次不公布成交额。", "2023-03-01", [("2022年双十一", "2022-11-11", "day")]),
    ("2020年春節期間，線上問診需求激增。", "2020-06-01", [("2020年春节", "2020-01-25", "day")]),
    ("2021年中秋，月餅禮盒線上銷量大增。", "2022-03-01", [("2021年中秋", "2021-09-21", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SUPER_BOWL_ERA_ROWS)
def test_a_day_whose_rule_changed_is_the_day_of_its_year(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (split K): 过年 (keeping the New Year) is the Spring Festival as its holiday or with 农历 ("农历过年",
# "过年期间", "过年假期"). Must not change: 过年 alone, which names a campaign ("豆包过年"活动) or a custom
# ("过年回家") as often.
NEW_YEAR_HOLIDAY_ROWS = [
    ("在农历过年假期间，数字部宣布禁用DeepSeek。", "2025-02-03", [("农历过年", "2025-01-29", "day")]),
    ("过年期间，美团外卖订单增长三成。", "2025-02-10", [("过年期间", "2025-01-29", "day")]),
    ("过年假期，携程预订量同比增长。", "2024-02-20", [("过年假期", "2024-02-10", "day")]),
    ("豆包过年活动上线，用户可生成拜年头像。", "2026-02-10", []),
    ("过年回家的用户用上了千问。", "2026-02-20", []),
    ("在農曆過年假期間，數位部就已緊急宣布禁用DeepSeek。", "2025-02-03", [("农历过年", "2025-01-29", "day")]),
    ("過年期間，美團外賣訂單增長三成。", "2025-02-10", [("过年期间", "2025-01-29", "day")]),
    ("「豆包過年」活動幫助用戶生成拜年頭像。", "2026-02-24", []),
    ("Meituan's orders rose 30% over the Chinese New Year holiday.", "2025-02-10",
     [("Chinese New Year", "2025-01-29", "day")]),
    ("Trip.com said bookings doubled during the Lunar New Year holiday.", "2025-02-10",
     [("Lunar New Year", "2025-01-29", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), NEW_YEAR_HOLIDAY_ROWS)
def test_the_new_year_holiday_is_the_spring_festival(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (split I): 跨年 is the crossing into the Gregorian year, so "除夕跨年直播" (Hong Kong and Taiwan press)
# is December 31, as "New Year's Eve" is. Must not change: 除夕 alone, the lunar eve.
CROSSING_THE_YEAR_ROWS = [
    ("雷军将原定除夕跨年直播延至周六举行。", "2026-01-04",
     [("除夕跨年", "2025-12-31", "day"), ("周六", "2026-01-03", "day")]),
    ("小米在跨年除夕夜举办发布会。", "2026-01-04", [("跨年除夕", "2025-12-31", "day")]),
    ("除夕，腾讯发放红包。", "2026-03-04", [("除夕", "2026-02-16", "day")]),
    ("雷軍將原定除夕跨年直播延至週六舉行。", "2026-01-04",
     [("除夕跨年", "2025-12-31", "day"), ("周六", "2026-01-03", "day")]),
    ("除夕當天，豆包AI互動總數達19億次。", "2026-02-24", [("除夕当天", "2026-02-16", "day")]),
    ("Xiaomi's Lei Jun postponed his New Year's Eve livestream.", "2026-01-04",
     [("New Year's Eve", "2025-12-31", "day")]),
    ("Tencent handed out red packets on Lunar New Year's Eve.", "2026-03-04",
     [("Lunar New Year's Eve", "2026-02-16", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CROSSING_THE_YEAR_ROWS)
def test_the_eve_crossing_the_year_is_december_31(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (split L): a festival that is the aim of what is told (a campaign for it, the run-up to it: "for the
# Spring Festival", "ahead of Singles Day", "备战双11", "迎接春节") is the festival nearer publication, ahead
# or back, whatever the tense of the verb. Must not change: the same words after the festival ("sales for
# Singles Day" the day after it), a bare 为 ("成为春节期间最火的应用"), a past festival without the words.
AIMED_FESTIVAL_ROWS = [
    # English.
    ("Tencent's Yuanbao App launched a 1 billion yuan red envelope campaign for the Spring Festival.", "2026-02-02",
     [("Spring Festival", "2026-02-17", "day")]),
    ("Alibaba rolled out AI shopping agents ahead of Singles Day.", "2025-09-20",
     [("Singles Day", "2025-11-11", "day")]),
    ("JD.com hired 20,000 couriers in the run-up to Chinese New Year.", "2024-12-20",
     [("Chinese New Year", "2025-01-29", "day")]),
    ("Alibaba's sales for Singles Day rose 26%.", "2019-11-12", [("Singles Day", "2019-11-11", "day")]),
    ("Tencent handed out red envelopes for the Spring Festival.", "2026-03-01",
     [("Spring Festival", "2026-02-17", "day")]),
    ("Tencent's red envelopes went viral during the Spring Festival.", "2026-02-02",
     [("Spring Festival", "2025-01-29", "day")]),
    # Simplified Chinese.
    ("腾讯备战春节，推出了10亿元红包。", "2026-02-02", [("春节", "2026-02-17", "day")]),
    ("为了迎接春节，阿里上线了千问请客。", "2026-01-10", [("春节", "2026-02-17", "day")]),
    ("天猫备战双11，上线了AI导购。", "2025-09-20", [("双11", "2025-11-11", "day")]),
    ("豆包成为春节期间最火的应用。", "2026-03-02", [("春节", "2026-02-17", "day")]),
    ("春节，腾讯发放了红包。", "2026-02-02", [("春节", "2025-01-29", "day")]),
    # Traditional Chinese.
    ("騰訊備戰春節，推出了10億元紅包。", "2026-02-02", [("春节", "2026-02-17", "day")]),
    ("為了迎接春節，阿里上線了千問請客。", "2026-01-10", [("春节", "2026-02-17", "day")]),
    ("天貓迎戰雙11，上線了AI導購。", "2025-09-20", [("双11", "2025-11-11", "day")]),
    ("豆包成為春節期間最火的應用。", "2026-03-02", [("春节", "2026-02-17", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), AIMED_FESTIVAL_ROWS)
def test_a_festival_aimed_at_is_the_one_nearer_publication(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (split L): a name written in digits is the festival after a mark word before it ("during 618",
# "备战618"), as with one after it ("618大促"), with its year from the sentence. Must not change: the same
# digits as an amount ("for 618 million", "营收618亿元").
DIGIT_NAME_MARKED_BEFORE_ROWS = [
    ("In 2019, JD served 750 million customers worldwide during 618.", "2020-06-18",
     [("2019", "2019-01-01", "year"), ("618", "2019-06-18", "day")]),
    ("Tmall's orders doubled during 11.11.", "2024-11-20", [("11.11", "2024-11-11", "day")]),
    ("Alibaba sold the unit for 618 million yuan.", "2020-06-18", []),
    ("During 2019, JD's revenue rose 25%.", "2020-06-18", [("2019", "2019-01-01", "year")]),
    ("京东备战618，推出了AI客服。", "2025-05-10", [("618", "2025-06-18", "day")]),
    ("拼多多营收618亿元。", "2025-05-10", []),
    ("京東備戰618，推出了AI客服。", "2025-05-10", [("618", "2025-06-18", "day")]),
    ("拼多多營收618億元。", "2025-05-10", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), DIGIT_NAME_MARKED_BEFORE_ROWS)
def test_a_digit_name_after_a_mark_word_is_the_festival(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (splits H, J: false events, a year read twice): a year stated right before a festival, a bare year in
# English ("China's 2026 Lunar New Year") or with 农历 between in Chinese ("2019年农历除夕"), is the festival's
# year, one date; a year set apart by a preposition and words ("in 2024 than on Singles Day") stays its own.
YEAR_AND_FESTIVAL_ROWS = [
    ("Doubao passed 100 million users during China's 2026 Lunar New Year holiday.", "2026-02-20",
     [("2026 Lunar New Year", "2026-02-17", False)]),
    ("Alibaba's 2019 Singles Day sales hit a record.", "2019-11-12", [("2019 Singles Day", "2019-11-11", False)]),
    ("JD.com's 2020 Double 11 campaign began early.", "2020-11-20", [("2020 Double 11", "2020-11-11", False)]),
    ("抖音公布了2019年农历除夕至正月初五的数据。", "2019-02-15",
     [("2019年农历除夕", "2019-02-04", False), ("正月初五", "2019-02-09", False)]),
    ("微信2020年农历春节期间红包收发量增长。", "2021-02-11", [("2020年农历春节", "2020-01-25", False)]),
    ("抖音公佈了2019年農曆除夕的數據。", "2019-02-15", [("2019年农历除夕", "2019-02-04", False)]),
    ("微信2020年農曆春節期間紅包收發量增長。", "2021-02-11", [("2020年农历春节", "2020-01-25", False)]),
    # near misses: the year stays a date of its own
    ("Alibaba sold more in 2024 than on Singles Day.", "2025-01-01",
     [("2024", "2024-01-01", False), ("Singles Day", "2024-11-11", False)]),
    ("2019年，抖音在春节期间推出红包活动。", "2019-12-01",
     [("2019年", "2019-01-01", False), ("春节", "2019-02-05", False)]),
    ("2019年，抖音在農曆春節期間推出紅包活動。", "2019-12-01",
     [("2019年", "2019-01-01", False), ("春节", "2019-02-05", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), YEAR_AND_FESTIVAL_ROWS)
def test_a_year_right_before_a_festival_is_its_year(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


# Class (split Z zt2404; zs31, en220 name it in sentences about no company or dated otherwise): 两会, the national
# congresses' sessions, is the month they meet in, March (May in 2020), as a golden week is its month. Must not
# change: the provinces' sessions (地方两会, January and February), the English "Two Sessions" (left unread: its one
# sentence in the set dates the meetings by their opening day), and a name right after a day counted from
# publication ("今日两会", today's session: one date, the day word's).
TWO_SESSIONS_ROWS = [
    ("小米集团董事长雷军在两会上称，即将推出5G手机。", "2019-03-05", [("两会", "2019-03-01", "month")]),
    ("全国两会期间，华为宣布5G牌照将很快发放。", "2025-03-10", [("全国两会", "2025-03-01", "month")]),
    ("2020年两会上，雷军提交了关于5G的建议。", "2020-06-01", [("2020年两会", "2020-05-01", "month")]),
    ("地方两会陆续召开，腾讯代表发言。", "2025-01-20", []),
    ("工信部长苗圩在今日两会上回应提问。", "2019-03-05", [("今日", "2019-03-05", "day")]),
    ("中國政府亦在兩會期間「聲援」華為。", "2019-03-05", [("两会", "2019-03-01", "month")]),
    ("身兼人大代表的小米集團董事長雷軍則在兩會稱，即將推出5G手機。", "2019-03-05", [("两会", "2019-03-01", "month")]),
    ("各地兩會陸續召開，騰訊代表發言。", "2025-01-20", []),
    ("DeepSeek stirred debate ahead of next week's annual parliamentary Two Sessions meetings.", "2026-02-27",
     [("next week", "2026-03-02", "week")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), TWO_SESSIONS_ROWS)
def test_the_two_sessions_are_their_month(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (typography): the press sets a curly apostrophe in English names as often as a straight one ("New Year’s
# Day", Z en2405), as the Lunar New Year’s Eve and Singles’ Day rows already spell. Must not change: the straight
# spelling, the Chinese 元旦 and a possessive that is no holiday ("the New Year’s plans").
CURLY_APOSTROPHE_ROWS = [
    ("China Mobile's offices were closed on the New Year’s Day holiday.", "2021-01-04",
     [("New Year’s Day", "2021-01-01", "day")]),
    ("China Mobile's offices were closed on the New Year's Day holiday.", "2021-01-04",
     [("New Year's Day", "2021-01-01", "day")]),
    ("Alibaba ran a Valentine’s Day campaign on Tmall.", "2021-03-04", [("Valentine’s Day", "2021-02-14", "day")]),
    ("Tencent announced the New Year’s plans for WeChat.", "2021-03-04", []),
    ("元旦假期，美团订单增长。", "2021-01-04", [("元旦", "2021-01-01", "day")]),
    ("元旦假期，美團訂單增長。", "2021-01-04", [("元旦", "2021-01-01", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CURLY_APOSTROPHE_ROWS)
def test_a_holiday_name_with_a_curly_apostrophe_is_the_holiday(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (issue 9: AB zs2607, AC zt2760): a festival's eve (春节前夕, 國慶前夕) is the run-up to it, which readers
# annotate as a month: the month of the day before the festival, in the year its words give or, without one, as
# any year-less date. Must not change: the festival alone, its days (春节期间), a run-up counted (春节前一周), and
# 前夕 after no festival (上市前夕). English writes the run-up as "ahead of" (an aim: festival_cues.csv).
FESTIVAL_EVE_ROWS = [
    ("2026年春节前夕，腾讯推出元宝红包活动。", "2026-03-01", [("2026年春节前夕", "2026-02-01", "month")]),
    ("2025年春节前夕，DeepSeek发布R1。", "2025-03-01", [("2025年春节前夕", "2025-01-01", "month")]),
    ("春节前夕，智谱发布GLM-5。", "2026-02-20", [("春节前夕", "2026-02-01", "month")]),
    ("國慶前夕，華為發布新機。", "2025-10-20", [("国庆前夕", "2025-09-01", "month")]),
    ("春節前夕在OpenRouter平臺霸榜的模型來自智譜。", "2026-02-20", [("春节前夕", "2026-02-01", "month")]),
    ("春节期间，腾讯推出红包活动。", "2026-03-01", [("春节", "2026-02-17", "day")]),
    ("春节，腾讯推出红包活动。", "2026-03-01", [("春节", "2026-02-17", "day")]),
    ("上市前夕，该公司完成新一轮融资。", "2026-03-01", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), FESTIVAL_EVE_ROWS)
def test_a_festivals_eve_is_the_month_before_it(sentence, published, expected):
    assert found_dates(sentence, published) == expected


# Class (AQ zs4171 今年五四青年节, AP en4143 Father's Day; date words not read): observance days the press dates a
# campaign or a launch by, fixed in the Gregorian calendar (Women's Day, Youth Day) or by their weekday (Mother's
# Day, the second Sunday of May; Father's Day, the third Sunday of June). Not 五四运动 nor a bare 青年节 (the
# international one is August 12).
OBSERVANCE_DAY_ROWS = [
    ("快手于今年五四青年节推出青年主题短片。", "2022-06-01", [("今年五四青年节", "2022-05-04", "day")]),
    ("快手於今年五四青年節推出青年主題短片。", "2022-06-01", [("今年五四青年节", "2022-05-04", "day")]),
    ("京东在三八妇女节当天推出女性专场。", "2023-03-20", [("三八妇女节当天", "2023-03-08", "day")]),
    ("天貓在母親節推出鮮花專場。", "2021-05-20", [("母亲节", "2021-05-09", "day")]),
    ("小米的新款剃须刀赶在父亲节上市。", "2019-07-01", [("父亲节", "2019-06-16", "day")]),
    ("JD.com ran a flower campaign for Mother's Day.", "2021-05-20", [("Mother's Day", "2021-05-09", "day")]),
    ("Xiaomi timed the shaver's launch to Father’s Day.", "2019-07-01", [("Father’s Day", "2019-06-16", "day")]),
    ("Alibaba promoted women founders on International Women's Day.", "2023-03-20",
     [("International Women's Day", "2023-03-08", "day")]),
    ("五四运动的精神激励着一代代青年。", "2022-06-01", []),
    ("腾讯在国际青年节发起公益活动。", "2022-09-01", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), OBSERVANCE_DAY_ROWS)
def test_an_observance_day_is_its_day(sentence, published, expected):
    assert found_dates(sentence, published) == expected
