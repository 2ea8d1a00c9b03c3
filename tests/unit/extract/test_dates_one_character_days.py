"""Hong Kong's and Taiwan's press write yesterday, today and tomorrow as one character before a verb or a
time of day ("鴻海昨舉辦", "台積電今公布", "聯發科明召開", "昨早十點"): the day against publication. The
character inside a word (今年, 如今, 至今, 说明, 声明, 明确, 透明) or before no verb is no date."""

from datetime import date

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import load_rules

FUTURE_CUES = cue_patterns(load_rules().future_cues)
PUBLISHED = Period(date(2025, 10, 17), "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鴻海昨舉辦年度科技日，董事長親自主持。", [("昨", "2025-10-16")]),
        ("台積電今公布第3季營收。", [("今", "2025-10-17"), ("第3季", "2025-07-01")]),
        ("聯發科明召開法說會。", [("明", "2025-10-18")]),
        ("該公司昨宣布裁員一成。", [("昨", "2025-10-16")]),
        ("發表會昨早十點開幕。", [("昨早", "2025-10-16")]),
        ("大立光昨晨公告上月營收。", [("昨晨", "2025-10-16"), ("上月", "2025-09-01")]),
        ("昨在股東會上，劉揚偉表示將擴大投資。", [("昨", "2025-10-16")]),
        # 今 takes a place as 昨 does (AL zt3625's class); not inside 如今, 至今
        ("華為今在深圳的發表會中，正式宣布摺疊機將在中國上市。", [("今", "2025-10-17")]),
        ("小米今於北京舉行新品發布會。", [("今", "2025-10-17")]),
        ("Huawei said today at its launch in Shenzhen that the Mate X will go on sale.", [("today", "2025-10-17")]),
        ("如今在香港進行雙重主要上市已非難事。", []),
        ("該款手機至今在售。", []),
        # Class (AM zt3728, AA zt2506, date words not read): an adverb of addition (更, 再, 又) may stand between 昨
        # or 今 and its verb, and 全球 (worldwide) where a place would; English puts "yesterday" after the verb.
        # Not after a word for "now" (如今更是, 至今又), nor 明 (a name's end: 李明更是).
        ("騰訊紅包鏈接接連遭微信封殺，昨更是連口令紅包也無法複製。", [("昨", "2025-10-16")]),
        ("百度今再宣布降價。", [("今", "2025-10-17")]),
        ("小米昨又发布新款手机。", [("昨", "2025-10-16")]),
        ("《黑神話:悟空》昨全球上線後的幾小時內同時在線人數已達134萬人。", [("昨", "2025-10-16")]),
        ("Black Myth: Wukong launched worldwide yesterday.", [("yesterday", "2025-10-16")]),
        ("WeChat went further yesterday and blocked the red-packet codes.", [("yesterday", "2025-10-16")]),
        ("如今更是無法複製。", []),
        ("该平台至今又推出多款产品。", []),
        ("李明更是表示反对。", []),
        # Class (AJ zt3435 "白宮十九日也正式推出TikTok官方帳號", with a day in Chinese numerals): 也 (also) is an
        # adverb of addition as 又 is; not after a word for "now" (如今也), nor 明 (李明也表示)
        ("鴻海昨也公布營收。", [("昨", "2025-10-16")]),
        ("腾讯今也宣布降价。", [("今", "2025-10-17")]),
        ("Hon Hai also reported its monthly revenue yesterday.", [("yesterday", "2025-10-16")]),
        ("如今也無法複製。", []),
        ("李明也表示反对。", []),
        ("白宮十九日也正式推出TikTok官方帳號。", [("十九日", "2025-10-19")]),
        ("The White House also launched an official TikTok account on the 19th.", [("the 19th", "2025-10-19")]),
        ("如今全球都在使用。", []),
        ("华为昨举办全联接大会。", [("昨", "2025-10-16")]),
        ("小米今发布新款手机。", [("今", "2025-10-17")]),
        ("比亚迪明召开股东大会。", [("明", "2025-10-18")]),
        ("腾讯昨午发布公告。", [("昨午", "2025-10-16")]),
        ("Foxconn held its tech day yesterday.", [("yesterday", "2025-10-16")]),
        # a results day: 交出 (turned in) its results, 放榜 (posted them)
        ("美團昨交出上季業績，收入按年增長。", [("昨", "2025-10-16"), ("上季", "2025-07-01")]),
        ("阿里巴巴今放榜，股價先跌後升。", [("今", "2025-10-17")]),
        ("京东昨交出季绩，利润超出预期。", [("昨", "2025-10-16")]),
        ("百度明放榜。", [("明", "2025-10-18")]),
        ("Meituan turned in its quarterly results yesterday.", [("yesterday", "2025-10-16")]),
        # Class (AQ zt4122, date words not read): Hong Kong's press shortens 發佈, 發出 to 發 before what was
        # issued ("昨發公告", "昨發聲明"); not after a word for "now" (如今發現, 至今發), nor 明 (李明發言)
        ("京東昨發聲明，否認裁員傳聞。", [("昨", "2025-10-16")]),
        ("拼多多今發公告稱將回購股份。", [("今", "2025-10-17")]),
        ("小米昨发文回应网传消息。", [("昨", "2025-10-16")]),
        ("JD.com issued a statement yesterday denying the layoff rumours.", [("yesterday", "2025-10-16")]),
        ("如今發現問題已經太遲。", []),
        ("该品牌至今发货逾百万台。", []),
        ("李明发言时表示反对。", []),
        # 明 before 交出 is a name's end: no date
        ("李明交出辭職信。", []),
        ("张明交出了答卷。", []),
        # inside a word, or before no verb: no date
        ("公司声明表示，将暂停出货。", []),
        ("財報說明召開的時間另行通知。", []),
        ("如今推出新品已非易事。", []),
        ("至今公布的数据显示需求放缓。", []),
        ("管理层明确表示不会裁员。", []),
        ("交易过程透明公开。", []),
        ("今非昔比，市场格局已变。", []),
        ("現今發布的規範較嚴。", []),
        # 今早, 今晚 after a word for "now" are "now already", "to this day late": no date
        ("小米今早发布新款手机。", [("今早", "2025-10-17")]),
        ("如今早已不是新鲜事。", []),
        ("迄今晚期病患仍無藥可用。", []),
        ("現今早已普及。", []),
        ("截至今晚，京東成交額創新高。", [("今晚", "2025-10-17")]),
        ("从今天开始，小米正式成为一家车厂。", [("今天", "2025-10-17")]),
        # the session's close in a market report; 昨收 alone is the previous close, a noun
        ("阿里昨收報157.8港元，跌2.1%。", [("昨", "2025-10-16")]),
        ("阿里昨收报157.8港元，跌2.1%。", [("昨", "2025-10-16")]),
        ("腾讯股价昨收跌1%。", [("昨", "2025-10-16")]),
        ("阿里昨收價157.8港元。", []),
        ("腾讯昨收为656港元。", []),
        # a clock time is a time of day: today at 16:00, yesterday at 21:00
        ("中國國家市場監督管理總局今16時又於官網宣布，決定對輝達實施進一步調查。", [("今", "2025-10-17")]),
        ("市场监管总局今16时在官网宣布对英伟达实施进一步调查。", [("今", "2025-10-17")]),
        ("華為昨21點發布新款手機。", [("昨", "2025-10-16")]),
        ("新规今十时起实施。", [("今", "2025-10-17")]),
        ("The regulator announced the further probe today at 4 p.m.", [("today", "2025-10-17")]),
        # 今 or 明 inside a word, or 明 ending a name, before a clock time: no date
        ("如今3点开盘已成惯例。", []),
        ("至今5时仍未恢复供电。", []),
        ("李明10点到达会场。", []),
    ],
)
def test_one_character_day_before_a_verb_or_a_time_of_day(text, expected):
    found = find_dates(to_simplified(text), PUBLISHED, FUTURE_CUES)
    assert [(text[m.start:m.end], m.period.start.isoformat()) for m in found] == expected
