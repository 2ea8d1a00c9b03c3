"""A year-less date (or bare weekday) moves ahead of publication only when a future cue governs it.

Class: the date itself is what lies ahead ("takes effect on January 19", "将于9月20日生效",
"9月20日起施行") versus a future word elsewhere in the sentence, typically beyond a reporting verb
("On February 24, Alibaba's CEO said the company will invest …", "2月24日，…宣布，未来三年阿里将投入…"):
that date happened, in the publication year. Traditional rows are read through ``to_simplified``,
as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.parse.script import to_simplified
from lib.periods import parse_iso_period
from lib.rules import load_rules
from lib.rules.dates import FutureCue
from tests.date_readings import read_in_order

FUTURE_CUES = load_rules().future_cues
CUES = cue_patterns(FUTURE_CUES)


def _found(sentence: str, published_iso: str) -> list[tuple]:
    return [(m.text, m.period.start.isoformat(), m.ahead)
            for m in find_dates(sentence, parse_iso_period(published_iso), CUES)]


# (sentence, published, [(date words, period start, ahead)])
ENGLISH_ROWS = [
    # A concessive or causal conjunction opens a clause of its own: its "will" does not govern the date
    # before it. https://www.akingump.com (BIS's Huawei entity listing, 2019-05-17), paraphrased:
    ("The licensing requirements went into effect on May 16, even though the notice will not be published "
     "until May 21.", "2019-05-17", [("May 16", "2019-05-16", False), ("May 21", "2019-05-21", True)]),
    ("Huawei cut prices on May 16, although it will raise them again in June.", "2019-05-17",
     [("May 16", "2019-05-16", False), ("June", "2019-06-01", True)]),
    ("Huawei cut prices on May 16 because rivals will launch phones soon.", "2019-05-17",
     [("May 16", "2019-05-16", False)]),
    ("It will go on sale in September at the latest.", "2019-06", [("September", "2019-09-01", True)]),
    # Alibaba's Feb 24, 2025 announcement, as the wires wrote it: the future word is what was said.
    ("On February 24, Alibaba's CEO said the company will invest 380 billion yuan over three years.",
     "2025-03-10", [("February 24", "2025-02-24", False)]),
    # https://english.jschina.com.cn/M/China/202502/t20250224_8459658.shtml (Xinhua, excerpt)
    ("HANGZHOU, Feb. 24 (Xinhua) -- Alibaba announced on Monday that it will invest more than 380 billion yuan.",
     "2025-02-24", [("Feb. 24", "2025-02-24", False), ("Monday", "2025-02-24", False)]),
    # https://thenews.com.pk/latest/1285999-alibaba-to-invest-more-than-52-billion-in-ai-over-next-3-years
    ("Alibaba said on Monday it plans to invest at least 380 billion yuan over the next three years.",
     "2025-02-24", [("Monday", "2025-02-24", False)]),
    ("The company had reported revenue of 280.15 billion yuan for the three months ended December 31.",
     "2025-02-24", [("the three months ended December 31", "2024-10-01", False)]),  # the quarter it ends
    ("Its results triggered a 14% surge in its Hong Kong shares on Friday.", "2025-02-24",
     [("Friday", "2025-02-21", False)]),
    ("On March 20, Baidu said it will cut prices for Ernie.", "2025-03-10", [("March 20", "2024-03-20", False)]),
    ("In December, the company said it will expand into Europe.", "2025-03-10", [("December", "2024-12-01", False)]),
    ("On March 3, the company launched a model that will rival GPT-4.", "2025-03-10",
     [("March 3", "2025-03-03", False)]),
    ("The company said Thursday it will release the model.", "2025-03-10", [("Thursday", "2025-03-06", False)]),
    ("The ban takes effect on January 19.", "2025-01-16", [("January 19", "2025-01-19", True)]),
    ('January 19th is the final effective date of the US TikTok "sell or ban" order.', "2025-01-16",
     [("January 19th", "2025-01-19", True)]),
    ("On January 19, the ban will take effect.", "2025-01-16", [("January 19", "2025-01-19", True)]),
    ("Users can use the service free from April 1.", "2025-03-10", [("April 1", "2025-04-01", True)]),
    ("Starting June 30, the app will charge a fee.", "2025-03-10", [("June 30", "2025-06-30", True)]),
    ("The launch is scheduled for March 3.", "2025-02-20", [("March 3", "2025-03-03", True)]),
    ("Alibaba will launch Qwen 3 on April 29.", "2025-04-20", [("April 29", "2025-04-29", True)]),
    ("The rules will be released on March 20.", "2025-03-10", [("March 20", "2025-03-20", True)]),
    ("The deadline is January 19.", "2025-01-16", [("January 19", "2025-01-19", True)]),
    ("Comments are due by May 10.", "2025-04-02", [("May 10", "2025-05-10", True)]),
    ("Apple will hold its event on Thursday.", "2025-03-10", [("Thursday", "2025-03-13", True)]),
    # "from" governs day dates only: a month range is as often past.
    ("Sales rose from January to March.", "2025-03-10",
     [("January", "2025-01-01", False), ("March", "2025-03-01", False)]),
    ("On March 5, Alibaba unveiled QwQ, it will be open-sourced.", "2025-03-10", [("March 5", "2025-03-05", False)]),
    ("Meituan began the trial on March 3, and it will expand nationwide.", "2025-03-10",
     [("March 3", "2025-03-03", False)]),
]

CHINESE_ROWS = [
    ("2月24日，阿里巴巴集团CEO吴泳铭宣布，未来三年阿里将投入超过3800亿元。", "2025-03-10",
     [("2月24日", "2025-02-24", False)]),
    # https://m.nbd.com.cn/articles/2025-02-24/3761601.html (excerpt)
    ("阿里巴巴集团CEO吴泳铭在2月24日宣布，未来三年，阿里将投入超过3800亿元。", "2025-02-24",
     [("2月24日", "2025-02-24", False)]),
    # https://xinjiapo.news/news/421429 (excerpts)
    ("阿里巴巴港股在2月21日大涨14.56%，创下2021年11月以来的最高单日涨幅。", "2025-02-26",
     [("2月21日", "2025-02-21", False), ("2021年11月", "2021-11-01", False)]),
    ("阿里巴巴于2月20日发布了2024年10月至12月的财务数据。", "2025-02-26",
     [("2月20日", "2025-02-20", False), ("2024年10月", "2024-10-01", False), ("12月", "2024-12-01", False)]),
    ("3月20日，百度表示将下调价格。", "2025-03-10", [("3月20日", "2024-03-20", False)]),
    ("3月3日，百度发布了文心一言，将免费开放。", "2025-03-10", [("3月3日", "2025-03-03", False)]),
    ("3月5日，阿里发布新模型，将开源。", "2025-03-10", [("3月5日", "2025-03-05", False)]),
    ("新规将于9月20日生效。", "2025-03-10", [("9月20日", "2025-09-20", True)]),
    ("该办法自9月20日起施行。", "2025-03-10", [("9月20日", "2025-09-20", True)]),
    ("《办法》9月20日正式生效。", "2025-03-10", [("9月20日", "2025-09-20", True)]),
    ("发布会定于3月1日举行。", "2025-02-20", [("3月1日", "2025-03-01", True)]),
    ("平台须在4月1日前完成整改。", "2025-03-10", [("4月1日", "2025-04-01", True)]),
    ("1月19日，TikTok禁令将正式生效。", "2025-01-16", [("1月19日", "2025-01-19", True)]),
    ("周四，苹果将举行发布会。", "2025-03-10", [("周四", "2025-03-13", True)]),
    ("周四，苹果举行发布会。", "2025-03-10", [("周四", "2025-03-06", False)]),
    ("报名截止日期为5月10日。", "2025-04-02", [("5月10日", "2025-05-10", True)]),
    # 有望 ("is expected to") points ahead as 将 does, before or after the date.
    ("在9月份的华为开发者大会上有望发布鸿蒙手机。", "2025-08-31", [("9月份", "2025-09-01", True)]),
    ("小米有望于3月发布新款SU7。", "2025-02-12", [("3月", "2025-03-01", True)]),
    ("3月，小米SU7有望开启交付。", "2025-02-12", [("3月", "2025-03-01", True)]),
    # No cue, but March starts 17 days after publication and nothing tells it as past: the coming March.
    ("3月，小米SU7开启交付。", "2025-02-12", [("3月", "2025-03-01", True)]),
    ("3月，小米SU7开启了交付。", "2025-02-12", [("3月", "2024-03-01", False)]),
    # A concessive or causal conjunction opens a clause of its own: its future word leaves the date before it.
    ("华为5月16日降价，尽管将在6月恢复。", "2019-05-17",
     [("5月16日", "2019-05-16", False), ("6月", "2019-06-01", True)]),
    ("华为5月16日降价，因为对手将发新机。", "2019-05-17", [("5月16日", "2019-05-16", False)]),
    # 会 ("will") after a modal adverb governs the date as 将 does (https://www.saydigi.com, 2019-06: "最晚會在 9 月份
    # 上市", "肯定會在九月"); 会在 alone also ends a body's name (证监会在, 大会在), which tells no future.
    ("它最晚会在9月份上市。", "2019-06", [("9月份", "2019-09-01", True)]),
    ("Mate 60系列也会在9月份发布。", "2023-08-19", [("9月份", "2023-09-01", True)]),
    ("照惯例华为将会在9月份召开发布会。", "2023-08-31", [("9月份", "2023-09-01", True)]),
    ("证监会在3月发布了新规。", "2025-12-20", [("3月", "2025-03-01", False)]),
    ("华为开发者大会在6月举行。", "2025-12-20", [("6月", "2025-06-01", False)]),
]

TRADITIONAL_ROWS = [
    ("2月24日，阿里巴巴集團CEO吳泳銘宣佈，未來三年阿里將投入超過3800億元。", "2025-03-10",
     [("2月24日", "2025-02-24", False)]),
    ("新規將於9月20日生效。", "2025-03-10", [("9月20日", "2025-09-20", True)]),
    # https://technews.tw/2025/02/24/alibaba-plans-to-invest-more-than-380-billion-in-cloud-and-ai (excerpt)
    ("阿里巴巴集團 CEO 吳泳銘今日宣布，未來三年，阿里巴巴將投入超過 3,800 億人民幣。", "2025-02-24",
     [("今日", "2025-02-24", False)]),
    ("該辦法自9月20日起施行。", "2025-03-10", [("9月20日", "2025-09-20", True)]),
    ("3月20日，百度表示將下調價格。", "2025-03-10", [("3月20日", "2024-03-20", False)]),
    ("週四，蘋果將舉行發布會。", "2025-03-10", [("週四", "2025-03-13", True)]),
    ("在9月份的華為開發者大會上有望發布鴻蒙手機。", "2025-08-31", [("9月份", "2025-09-01", True)]),
    ("華為5月16日降價，雖然將在6月恢復。", "2019-05-17",
     [("5月16日", "2019-05-16", False), ("6月", "2019-06-01", True)]),
    ("它最晚會在 9 月份上市。", "2019-06", [("9 月份", "2019-09-01", True)]),
    ("可能更早、或晚一些，但肯定會在九月。", "2019-06", [("九月", "2019-09-01", True)]),
    ("證監會在3月發布了新規。", "2025-12-20", [("3月", "2025-03-01", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), ENGLISH_ROWS + CHINESE_ROWS)
def test_a_future_cue_moves_only_the_date_it_governs(sentence, published, expected):
    assert _found(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), TRADITIONAL_ROWS)
def test_traditional_text_reads_as_simplified(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == [
        (to_simplified(words), start, ahead) for words, start, ahead in expected]


def test_cue_file_rows_are_read_with_their_side_and_reach():
    assert FutureCue("before", "将于", 0, False) in FUTURE_CUES
    assert FutureCue("start", "起", 0, False) in FUTURE_CUES
    assert FutureCue("before", "from", 0, True) in FUTURE_CUES
    assert FutureCue("near", "could", 12, False) in FUTURE_CUES
    assert FutureCue("cancel", "已于", 0, False) in FUTURE_CUES
    assert FutureCue("tenseless", "effective", 0, False) in FUTURE_CUES
    assert {cue.side for cue in FUTURE_CUES} == {"before", "after", "near", "start", "schedule", "cancel",
                                                 "break", "break-after", "past", "tenseless",
                                                 "passive", "not-past", "base", "grant", "figure"}
    assert FutureCue("grant", "gave", 4, False) in FUTURE_CUES
    assert FutureCue("figure", "closing price", 0, False) in FUTURE_CUES
    assert load_rules().warnings == ()


def test_a_cue_beyond_its_reach_does_not_govern():
    cues = cue_patterns([FutureCue("before", "will", 2)])
    near = find_dates("It will open on March 3.", parse_iso_period("2025-03-10"), cues)
    far = find_dates("It will open its new store on March 3.", parse_iso_period("2025-03-10"), cues)
    assert [m.period.start.isoformat() for m in near + far] == ["2026-03-03", "2025-03-03"]


def test_without_cues_every_year_less_date_is_placed_back():
    assert [m.period.start.isoformat() for m in find_dates("新规将于9月20日生效。", parse_iso_period("2025-03-10"))] \
        == ["2024-09-20"]


def test_malformed_date_rule_rows_are_warnings_not_crashes():
    from lib.rules.dates import parse_date_words, parse_festivals, parse_future_cues
    from lib.rules.rule_file import RuleWarning

    warnings: list[RuleWarning] = []
    cues = parse_future_cues("side,reach,dates,cue\nsideways,1,any,will\nbefore,x,any,will\nafter,0,,起\n", warnings)
    festivals = parse_festivals("names,calendar,month,day,shift\n春节,moon,1,1,0\n中秋,lunar,8,15,\n", warnings)
    words = parse_date_words("kind,number,word\nmonth,13,Undecember\nweekday,1,Monday\n", warnings)
    assert cues == [FutureCue("after", "起", 0, False)]
    assert [festival.names for festival in festivals] == [("中秋",)]
    assert words == [("weekday", 1, "Monday")]
    assert [warning.line for warning in warnings] == [2, 3, 2, 2]


def test_english_month_and_weekday_names_come_from_the_rule_file():
    words = load_rules().date_words_en
    assert ("month_abbreviation", 9, "Sept") in words and ("weekday", 7, "Sunday") in words
    # The reader reads every month of the loaded file as its number, and no other month words.
    published = parse_iso_period("2025-03-10")
    for kind, number, word in words:
        if kind in ("month", "month_abbreviation"):  # tallies ("deliveries") are no month words
            [match] = find_dates(f"It opened on {word} 5, 2024.", published)
            assert (match.text, match.period.start.month) == (f"{word} 5, 2024", number)
    assert find_dates("It opened on Septembre 5, 2024.", published)[0].text == "2024"


# A modal future word before the date in its clause places it ahead only when that is nearer
# publication; a past auxiliary before a cue or date cancels the cue.
NEAR_AND_CANCEL_ROWS = [
    ("Trump warned he will ban the service in the United States on Sept. 15.", "2020-08-07",
     [("Sept. 15", "2020-09-15", True)]),
    ("Nvidia reportedly could announce the new chips as early as Nov. 16.", "2023-11-09",
     [("Nov. 16", "2023-11-16", True)]),
    ("The regulator may approve the listing of the company in Hong Kong on March 20.", "2025-03-10",
     [("March 20", "2025-03-20", True)]),
    # "is set to" reaches as far as "is expected to": https://www.scmp.com (2026-01-08), paraphrased.
    ("Shares of the start-up are set to start trading in Hong Kong on Friday.", "2026-01-08",
     [("Friday", "2026-01-09", True)]),
    ("The company is set to open its first store in the city of Shenzhen on March 20.", "2025-03-10",
     [("March 20", "2025-03-20", True)]),
    ("该公司股份将在香港联交所主板于周五开始挂牌交易。", "2026-01-08", [("周五", "2026-01-09", True)]),
    # Forward is further than back: the modal does not move it.
    ("The firm could have launched the product in its home market on February 20.", "2025-03-10",
     [("February 20", "2025-02-20", False)]),
    ("On February 24, Alibaba's CEO said the company will invest 380 billion yuan.", "2025-03-10",
     [("February 24", "2025-02-24", False)]),
    ("The chips are also affected by restrictions, which were immediately effective on Oct. 24.", "2023-11-09",
     [("Oct. 24", "2023-10-24", False)]),
    ("The report was expected to be released on March 14.", "2025-03-16", [("March 14", "2025-03-14", False)]),
    ("The ban had been due on March 14.", "2025-03-16", [("March 14", "2025-03-14", False)]),
    ("The ban is due on March 20.", "2025-03-16", [("March 20", "2025-03-20", True)]),
    ("公司拟在香港于3月20日挂牌上市。", "2025-03-10", [("3月20日", "2025-03-20", True)]),
    # 计划 is in the clause before, but "as early as March 20", ten days after publication, is the coming one.
    ("英伟达计划向中国市场推出新芯片，最早3月20日发布。", "2025-03-10", [("3月20日", "2025-03-20", True)]),
    ("新规已于3月1日起施行。", "2025-02-12", [("3月1日", "2024-03-01", False)]),
    ("新規已經於3月1日起施行。", "2025-02-12", [("3月1日", "2024-03-01", False)]),
    ("新规将于3月1日起施行。", "2025-02-12", [("3月1日", "2025-03-01", True)]),
    ("新規已定於3月1日起施行。", "2025-02-12", [("3月1日", "2025-03-01", True)]),
    # A schedule told as past ("was originally set for", 原定) names a day that may still lie ahead:
    # the nearer one. https://www.cnbc.com (Ant's IPO halted on Tuesday, 2020-11-03), paraphrased
    ("The exchange postponed the listing, which was originally set for Thursday.", "2020-11-03",
     [("Thursday", "2020-11-05", True)]),
    ("The listing had been scheduled for Thursday.", "2020-11-03", [("Thursday", "2020-11-05", True)]),
    ("The IPO was set for Monday.", "2020-11-03", [("Monday", "2020-11-02", False)]),
    ("The listing was originally set for Thursday.", "2020-11-06", [("Thursday", "2020-11-05", False)]),
    ("蚂蚁集团原定周四在上海和香港上市。", "2020-11-03", [("周四", "2020-11-05", True)]),
    ("蚂蚁集团原计划11月5日上市。", "2020-11-03", [("11月5日", "2020-11-05", True)]),
    ("螞蟻集團原定週四在上海和香港上市。", "2020-11-03", [("周四", "2020-11-05", True)]),
    ("螞蟻集團原定週一上市。", "2020-11-03", [("周一", "2020-11-02", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), NEAR_AND_CANCEL_ROWS)
def test_modal_future_words_and_past_auxiliaries(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


# Class (issue 9): a year-less date within about two months after a day-precise publication is the
# coming one unless its clause tells it as past (a past-tense or reporting word, a past auxiliary):
# the press writes the year, or "last March" / 去年3月, for any other year.
SOON_ROWS = [
    ("Kuaishou held a road show before final pricing on Jan. 28.", "2021-01-15", [("Jan. 28", "2021-01-28", True)]),
    ("Final pricing is on Jan. 28.", "2021-01-15", [("Jan. 28", "2021-01-28", True)]),
    ("In March, the phone goes on sale in Europe.", "2025-02-12", [("March", "2025-03-01", True)]),
    ("Kuaishou priced its shares on Jan. 28.", "2021-01-15", [("Jan. 28", "2020-01-28", False)]),
    ("On Jan. 28, Kuaishou said the offering was oversubscribed.", "2021-01-15",
     [("Jan. 28", "2020-01-28", False)]),
    ("In May, the phone goes on sale in Europe.", "2025-02-12", [("May", "2024-05-01", False)]),
    ("小米SU7 Pro启动交付时间5月底开始。", "2024-04-03", [("5月底", "2024-05-01", True)]),
    ("小米SU7 Pro交付时间为5月底。", "2024-04-03", [("5月底", "2024-05-01", True)]),
    ("小米SU7 Pro已于5月底开始交付。", "2024-04-03", [("5月底", "2023-05-01", False)]),
    ("5月底，小米宣布SU7 Pro开始交付。", "2024-04-03", [("5月底", "2023-05-01", False)]),
    ("小米SU7 Pro交付时间为8月底。", "2024-04-03", [("8月底", "2023-08-01", False)]),
    ("小米SU7 Pro啟動交付時間5月底開始。", "2024-04-03", [("5月底", "2024-05-01", True)]),
    ("小米SU7 Pro已於5月底開始交付。", "2024-04-03", [("5月底", "2023-05-01", False)]),
    ("5月底，小米宣佈SU7 Pro開始交付。", "2024-04-03", [("5月底", "2023-05-01", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SOON_ROWS)
def test_a_year_less_date_just_after_publication_is_the_coming_one(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


# Class (issue 9, first class): a past auxiliary or "since" right before the date (a preposition may
# stand between: "was released on") tells it as past, so no future word in the sentence moves it.
PAST_BEFORE_THE_DATE_ROWS = [
    ("DeepSeek, whose R1 model was released on January 20, will release R2 soon.", "2025-03-12",
     [("January 20", "2025-01-20", False)]),
    ("The rules will apply to apps launched since March 1.", "2025-03-12", [("March 1", "2025-03-01", False)]),
    ("Since Feb. 24, Alibaba will have invested 10 billion yuan.", "2025-03-12", [("Feb. 24", "2025-02-24", False)]),
    ("The app will be released on March 20.", "2025-03-12", [("March 20", "2025-03-20", True)]),
    ("DeepSeek的R1模型已于1月20日发布，将很快推出R2。", "2025-03-12", [("1月20日", "2025-01-20", False)]),
    ("新规已于3月1日起施行，将覆盖所有应用。", "2025-03-12", [("3月1日", "2025-03-01", False)]),
    ("新应用将于3月20日上线。", "2025-03-12", [("3月20日", "2025-03-20", True)]),
    ("DeepSeek的R1模型已於1月20日發布，將很快推出R2。", "2025-03-12", [("1月20日", "2025-01-20", False)]),
    ("新規已於3月1日起施行，將覆蓋所有應用。", "2025-03-12", [("3月1日", "2025-03-01", False)]),
]


# Class: a passive "be" right before a past word ("is divested", "must be sold") makes it a participle,
# no past tense, so a deadline or plan after it still lies ahead; "likely to" is a future word as "expected
# to" is. "was"/"were"/"been" + -ed stay past.
PASSIVE_ROWS = [
    ("The law bans the app unless it is divested by ByteDance by Jan. 19.", "2024-12-16",
     [("Jan. 19", "2025-01-19", True)]),
    ("TikTok must be sold by Jan. 19.", "2024-12-16", [("Jan. 19", "2025-01-19", True)]),
    ("Ernie Bot is likely to be rolled out in March, Baidu said today.", "2023-02-07",
     [("March", "2023-03-01", True), ("today", "2023-02-07", False)]),
    ("法律规定，TikTok须在1月19日前被剥离。", "2024-12-16", [("1月19日", "2025-01-19", True)]),
    ("法律規定，TikTok須在1月19日前被剝離。", "2024-12-16", [("1月19日", "2025-01-19", True)]),
    ("文心一言有望于3月推出。", "2023-02-07", [("3月", "2023-03-01", True)]),
    # near-misses: told as past
    ("The stake was divested by Jan. 19.", "2024-12-16", [("Jan. 19", "2024-01-19", False)]),
    ("Ernie Bot was likely to be rolled out in March.", "2023-02-07", [("March", "2022-03-01", False)]),
    ("Huawei sold more phones from October onwards.", "2025-11-10", [("October", "2025-10-01", False)]),
    ("Trump announced April 4 that the deadline would move.", "2025-06-20", [("April 4", "2025-04-04", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), PASSIVE_ROWS)
def test_a_passive_participle_tells_no_past(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), PAST_BEFORE_THE_DATE_ROWS)
def test_a_date_told_as_past_right_before_it_is_not_moved(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


# A date that opens an announcement's clause dates the announcement, not what is announced: a future word
# after the announcing verb (官宣, 披露, 公告, 发文, 证实, "announces") or a rumour's (传出, 传闻) is about
# what was said. A date that is itself ahead ("将于2月1日", "2月1日起") still moves; so does one right after
# the verb ("官宣2月1日将…").
ANNOUNCEMENT_ROWS = [
    ("1月25日，腾讯官宣元宝将派发10亿元现金红包。", "2026-01-30", [("1月25日", "2026-01-25", False)]),
    ("1月22日，阿里巴巴公告千问App将推出免单活动。", "2026-01-30", [("1月22日", "2026-01-22", False)]),
    ("1月24日，拼多多证实将推出AI购物助手。", "2026-01-30", [("1月24日", "2026-01-24", False)]),
    ("1月20日，百度发文披露文心助手将推出红包活动。", "2026-01-30", [("1月20日", "2026-01-20", False)]),
    ("腾讯官宣元宝将于2月1日发放红包。", "2026-01-30", [("2月1日", "2026-02-01", True)]),
    ("腾讯官宣，元宝红包2月1日起发放。", "2026-01-30", [("2月1日", "2026-02-01", True)]),
    ("1月19日，TikTok禁令将正式生效。", "2025-01-16", [("1月19日", "2025-01-19", True)]),
    ("On January 25, Tencent announced that Yuanbao will hand out 1 billion yuan in red packets.", "2026-01-30",
     [("January 25", "2026-01-25", False)]),
    ("On January 24, Pinduoduo confirms it will launch an AI shopping assistant.", "2026-01-30",
     [("January 24", "2026-01-24", False)]),
    ("Tencent announced that Yuanbao will hand out red packets on February 1.", "2026-01-30",
     [("February 1", "2026-02-01", True)]),
    ("On January 19, the ban will take effect.", "2025-01-16", [("January 19", "2025-01-19", True)]),
    # A rumour going round (传出, 传闻, 据传) reports as 宣布 does: its future word is what was rumoured.
    ("10月中旬，市场传出字节跳动将裁员三成。", "2021-11-03", [("10月中旬", "2021-10-01", False)]),
    ("10月中旬，业内传闻快手将分拆电商业务。", "2021-11-03", [("10月中旬", "2021-10-01", False)]),
    ("In mid-October, rumors said ByteDance will cut a third of its staff.", "2021-11-03",
     [("mid-October", "2021-10-01", False)]),
    ("据传小米将于1月中旬发布新机。", "2021-11-03", [("1月中旬", "2022-01-01", True)]),  # ahead itself
]
TRADITIONAL_ANNOUNCEMENT_ROWS = [
    ("1月25日，騰訊官宣元寶App將發放10億元現金紅包。", "2026-01-30", [("1月25日", "2026-01-25", False)]),
    ("1月22日，阿里巴巴公告千問App將推出免單活動。", "2026-01-30", [("1月22日", "2026-01-22", False)]),
    ("1月24日，拼多多證實將推出AI購物助手。", "2026-01-30", [("1月24日", "2026-01-24", False)]),
    ("騰訊官宣元寶將於2月1日發放紅包。", "2026-01-30", [("2月1日", "2026-02-01", True)]),
    ("10月中旬，市場傳出字節跳動將裁員三成。", "2021-11-03", [("10月中旬", "2021-10-01", False)]),
    ("據傳小米將於1月中旬發佈新機。", "2021-11-03", [("1月中旬", "2022-01-01", True)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), ANNOUNCEMENT_ROWS + TRADITIONAL_ANNOUNCEMENT_ROWS)
def test_a_date_opening_an_announcement_dates_the_announcement(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == [
        (to_simplified(words), start, ahead) for words, start, ahead in expected]


# A date told as the original plan ("originally", 原本, 本来, 原先, 原定于) is the schedule as it stood:
# no future word in its clause forces it ahead; it is the nearer of the two, as a schedule is.
ORIGINAL_PLAN_ROWS = [
    ("商汤原本预计在12月17日挂牌上市。", "2021-12-21", [("12月17日", "2021-12-17", False)]),
    ("商湯原本預計在12月17日掛牌上市。", "2021-12-21", [("12月17日", "2021-12-17", False)]),
    ("小鹏原本计划于12月17日发布新车。", "2021-12-21", [("12月17日", "2021-12-17", False)]),
    ("蔚來本來定於12月17日開始交付。", "2021-12-21", [("12月17日", "2021-12-17", False)]),
    ("蚂蚁集团原先将于11月5日上市。", "2020-11-06", [("11月5日", "2020-11-05", False)]),
    ("蚂蚁集团原定于11月5日上市。", "2020-11-03", [("11月5日", "2020-11-05", True)]),
    ("比亚迪原本预计在12月27日发布新车。", "2021-12-21", [("12月27日", "2021-12-27", True)]),
    # no original plan: the future word still puts the date ahead
    ("商汤预计在12月17日挂牌上市。", "2021-12-21", [("12月17日", "2022-12-17", True)]),
    ("商湯預計在12月17日掛牌上市。", "2021-12-21", [("12月17日", "2022-12-17", True)]),
    ("小鹏计划于12月17日发布新车。", "2021-12-21", [("12月17日", "2022-12-17", True)]),
    ("SenseTime was originally scheduled to list on Dec. 17.", "2021-12-21", [("Dec. 17", "2021-12-17", False)]),
    ("The listing, originally scheduled for Dec. 17, was postponed.", "2021-12-21",
     [("Dec. 17", "2021-12-17", False)]),
    ("SenseTime had originally planned to list on Dec. 17.", "2021-12-21", [("Dec. 17", "2021-12-17", False)]),
    ("SenseTime had been set to list on Dec. 17.", "2021-12-21", [("Dec. 17", "2021-12-17", False)]),
    ("SenseTime is scheduled to list on Dec. 17.", "2021-12-21", [("Dec. 17", "2022-12-17", True)]),
    ("SenseTime will list on Dec. 17.", "2021-12-21", [("Dec. 17", "2022-12-17", True)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), ORIGINAL_PLAN_ROWS)
def test_a_date_told_as_the_original_plan_is_the_nearer_one(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


# An aim told in the past progressive ("was planning to", "was aiming for", "was targeting") was held when a
# source told it: its "was" dates the holding, not the date aimed at, which is the coming one when that lies
# within two months, as for an original schedule. Chinese tells the held aim with 此前 / 当时 before 计划: a
# near cue already. Near misses: a plan further off is the one back; a past passive is no aim.
HELD_PLAN_ROWS = [
    ("MiniMax was aiming for a listing as early as January, the person said.", "2025-12-13",
     [("January", "2026-01-01", True)]),
    ("A person familiar with the matter said Baidu was planning to launch the service in March.", "2023-02-07",
     [("March", "2023-03-01", True)]),
    ("The company was targeting a Hong Kong debut in January, two sources said.", "2025-12-13",
     [("January", "2026-01-01", True)]),
    ("Meituan was looking to start drone deliveries on Sunday, a source said.", "2025-12-13",
     [("Sunday", "2025-12-14", True)]),
    ("Baidu was planning to launch the service in July, the person said.", "2023-02-07",
     [("July", "2022-07-01", False)]),
    ("The service was launched in March.", "2023-02-07", [("March", "2022-03-01", False)]),
    ("知情人士称，MiniMax此前计划最快1月在港上市。", "2025-12-13", [("1月", "2026-01-01", True)]),
    ("知情人士称，百度当时正计划于3月推出该服务。", "2023-02-07", [("3月", "2023-03-01", True)]),
    ("知情人士稱，MiniMax此前計劃最快1月在港上市。", "2025-12-13", [("1月", "2026-01-01", True)]),
    ("知情人士稱，百度當時正計劃於3月推出該服務。", "2023-02-07", [("3月", "2023-03-01", True)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), HELD_PLAN_ROWS)
def test_an_aim_told_in_the_past_progressive_still_lies_ahead(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


# A start ("3月16日起", "starting March 16") opens a state that goes on: the day may have just passed. It
# is the nearer one, unless a future word ("将于", "will", "起施行") puts it ahead.
START_ROWS = [
    ("3月16日起，首批用户即可通过邀请码体验产品。", "2023-03-17", [("3月16日", "2023-03-16", False)]),
    ("3月16日起，首批用戶即可透過邀請碼體驗產品。", "2023-03-17", [("3月16日", "2023-03-16", False)]),
    ("百度智能云3月16日起开放预约。", "2023-03-17", [("3月16日", "2023-03-16", False)]),
    ("3月20日起，用户即可申请测试。", "2023-03-17", [("3月20日", "2023-03-20", True)]),
    ("新规将于3月16日起施行。", "2023-03-17", [("3月16日", "2024-03-16", True)]),
    ("新規3月16日起施行。", "2023-03-17", [("3月16日", "2024-03-16", True)]),
    ("Starting March 16, invited users can try the chatbot.", "2023-03-17", [("March 16", "2023-03-16", False)]),
    ("Beginning March 20, invited users can try the chatbot.", "2023-03-17", [("March 20", "2023-03-20", True)]),
    ("The chatbot will open to invited users on March 16.", "2023-03-17", [("March 16", "2024-03-16", True)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), START_ROWS)
def test_a_start_is_the_nearer_day(sentence, published, expected):
    assert _found(to_simplified(sentence), published) == expected


# A year-less month moves ahead only when it is what lies ahead: 将 marking an object (as 把 does) after a
# fronted month is no future word, whatever opens the object (a quantity, 全年, 三款, 所有). A date's number
# after 将 ("将3月上市") and a verb ("将推出") keep 将 a future word.
DISPOSAL_ROWS = [
    ("华为去年1月公布其2019年营收目标，4月，华为再将全年总目标上调至1350亿美元。", "2020-04-10",
     [("去年1月", "2019-01-01"), ("2019年", "2019-01-01"), ("4月", "2019-04-01")]),
    ("華為去年1月公布其2019年營收目標，4月，華為再將全年總目標上調至1350億美元。", "2020-04-10",
     [("去年1月", "2019-01-01"), ("2019年", "2019-01-01"), ("4月", "2019-04-01")]),
    ("In January last year Huawei set its 2019 revenue target; in April, it raised the full-year target.",
     "2020-04-10", [("January last year", "2019-01-01"), ("2019", "2019-01-01"), ("April", "2019-04-01")]),
    ("小米在2024年8月，将所有产品降价10%。", "2025-03-12", [("2024年8月", "2024-08-01")]),
    ("华为将3月上市新机。", "2025-02-10", [("3月", "2025-03-01")]),
    ("華為將於3月推出新機。", "2025-02-10", [("3月", "2025-03-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), DISPOSAL_ROWS)
def test_a_fronted_month_is_not_moved_ahead_by_a_disposal_jiang(text, published, expected):
    assert [(words, start) for words, start, _ in read_in_order(text, published)] == [
        (to_simplified(w), s) for w, s in expected]
