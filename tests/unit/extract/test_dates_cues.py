"""dates_cues on its own: which words around a date put it ahead, lean it ahead or tell it as past.

Rows use the shipped ``future_cues.csv``; traditional rows are read through ``to_simplified`` as the
pipeline does.
"""

from __future__ import annotations

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.dates_cues import (
    GOVERNS,
    LEANS_AHEAD,
    YEAR_LESS_WINDOW,
    ahead_cue,
    governs,
    leans_ahead,
    told_as_past,
    told_by_its_saying,
)
from lib.parse.script import to_simplified
from lib.periods import parse_iso_period
from lib.rules import builtin_rules

PATTERNS = cue_patterns(builtin_rules().future_cues)


def _span(text: str, words: str) -> tuple[str, int, int]:
    simplified = to_simplified(text)
    start = simplified.index(to_simplified(words))
    return simplified, start, start + len(words)


# (sentence, the date's words, governs, leans_ahead, told_as_past)
CASES = [
    ("The ban takes effect on January 19.", "January 19", True, False, False),
    ("The new rules were effective on January 19.", "January 19", False, False, True),
    ("The curbs stay in force since March 1.", "March 1", False, False, True),  # the past auxiliary alone
    ("Baidu said Thursday it will cut prices.", "Thursday", False, False, True),
    ("On March 20, Baidu said it had cut prices.", "March 20", False, False, True),
    ("The chip maker launched the model on March 30.", "March 30", False, False, True),
    ("Alibaba could list the unit in June.", "June", False, True, False),
    ("On February 24, the CEO said the company will invest more.", "February 24", False, False, True),
    ("新规将于9月20日生效。", "9月20日", True, True, False),
    ("新規將於9月20日生效。", "9月20日", True, True, False),
    ("新规9月20日起施行。", "9月20日", True, True, False),  # 起施行 governs; 起 alone is a start, nearer
    ("新規9月20日起施行。", "9月20日", True, True, False),  # 起施行 governs; 起 alone is a start, nearer
    ("新规已于3月1日起施行。", "3月1日", False, False, True),
    ("新規已於3月1日起施行。", "3月1日", False, False, True),
    ("1月19日，TikTok发布了声明。", "1月19日", False, False, True),
    ("1月19日，TikTok發佈了聲明。", "1月19日", False, False, True),
    ("阿里拟于6月上市。", "6月", True, True, False),
    ("阿里擬於6月上市。", "6月", True, True, False),
    ("春节前一个月，销量上升。", "春节", False, False, False),
    ("2月24日，阿里宣布，未来三年将投入。", "2月24日", False, False, True),
]


@pytest.mark.parametrize(("text", "words", "governed", "leaning", "past"), CASES)
def test_cues_around_a_date(text, words, governed, leaning, past):
    scanned, start, end = _span(text, words)
    assert governs(scanned, start, end, True, PATTERNS) is governed
    assert leans_ahead(scanned, start, end, True, PATTERNS) is leaning
    assert told_as_past(scanned, start, end, PATTERNS) is past


@pytest.mark.parametrize(("text", "words", "governed", "leaning", "past"), CASES)
def test_ahead_cue_says_governs_first_then_leans_ahead(text, words, governed, leaning, past):
    scanned, start, end = _span(text, words)
    expected = GOVERNS if governed else LEANS_AHEAD if leaning else None
    assert ahead_cue(scanned, start, end, True, PATTERNS) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("Tencent will release the game on Friday.", "Friday"),
    ("小米将于周五发布新机。", "周五"),
    ("小米將於週五發佈新機。", "週五"),
])
def test_a_bare_string_cue_reaches_a_few_words_before_the_date(text, words):
    scanned, start, end = _span(text, words)
    assert governs(scanned, start, end, True, cue_patterns(["will release the game on", "将于"]))
    assert not governs(scanned, start, end, True, cue_patterns(["takes effect"]))


def test_no_cues_govern_nothing():
    scanned, start, end = _span("The ban takes effect on January 19.", "January 19")
    empty = cue_patterns([])
    assert not governs(scanned, start, end, True, empty)
    assert not told_as_past(scanned, start, end, empty)


# Class: a cue that carries no tense ("effective", "from", "by", "starting", "wait until") takes its
# clause's verb's; a past verb before it in its clause tells the date as past. Chinese marks the same
# with 已/曾 between the date and its after-cue (4月15日已生效). "wait until"/要等到 put the date ahead.
# (sentence, the date's words, governs)
TENSE_OF_THE_VERB_ROWS = [
    ("Chip export rules took a sharp turn effective April 15.", "April 15", False),
    ("The licence requirement became effective April 15.", "April 15", False),
    ("Nvidia raised H20 prices effective April 15.", "April 15", False),
    ("JD had doubled its orders by April 15.", "April 15", False),
    ("Huawei had to wait until March to ship the chips.", "March", False),
    ("该许可要求4月15日已生效。", "4月15日", False),
    ("该规定4月15日起已经施行。", "4月15日", False),
    ("該許可要求4月15日已生效。", "4月15日", False),
    ("該規定4月15日起已經施行。", "4月15日", False),
    ("Investors will have to wait until March for the results.", "March", True),
    ("You have to wait till our annual results in March.", "March", True),
    ("投资者要等到3月的年报才能看到影响。", "3月", True),
    ("投資者要等到3月的年報才能看到影響。", "3月", True),
    # near-misses: the cue keeps its reach when no past verb gives it a tense, or another verb stands between
    ("Nvidia will raise H20 prices effective April 15.", "April 15", True),
    ("Tencent issued new rules that apply from May 1.", "May 1", True),
    ("The rules were published on Friday and take effect from May 1.", "May 1", True),
    ("JD aims to double its orders by April 15.", "April 15", True),
    ("该许可要求将于4月15日生效。", "4月15日", True),
    ("該許可要求將於4月15日生效。", "4月15日", True),
    ("华为一直等到3月才发货。", "3月", False),
]


@pytest.mark.parametrize(("text", "words", "governed"), TENSE_OF_THE_VERB_ROWS)
def test_a_tenseless_cue_takes_the_tense_of_its_clauses_verb(text, words, governed):
    scanned, start, end = _span(text, words)
    assert governs(scanned, start, end, True, PATTERNS) is governed


# Class: a noun phrase set off by commas after the verb's object ("its first sedan, the ET7,") leaves the
# verb's clause open: the date after it is told as past by that verb. Chinese sets such a name off
# without commas, and 了 after the date tells it as past already.
# (sentence, the date's words, told as past)
APPOSITIVE_ROWS = [
    ("It released its first sedan, the ET7, in January.", "January", True),
    ("Nio unveiled its flagship, a sedan called ET7, in January.", "January", True),
    ("Baidu launched its chatbot, an answer to ChatGPT, on March 16.", "March 16", True),
    ("蔚来1月发布了首款轿车ET7。", "1月", True),
    ("蔚來1月發布了首款轎車ET7。", "1月", True),
    # near-misses: no past verb before the phrase, or a future one
    ("Nio's flagship, the ET7, goes on sale in January.", "January", False),
    ("Nio will unveil its flagship, the ET7, in January.", "January", False),
    ("蔚来首款轿车ET7将于1月上市。", "1月", False),
    ("蔚來首款轎車ET7將於1月上市。", "1月", False),
]


@pytest.mark.parametrize(("text", "words", "past"), APPOSITIVE_ROWS)
def test_a_past_verb_reaches_over_a_noun_phrase_set_off_by_commas(text, words, past):
    scanned, start, end = _span(text, words)
    assert told_as_past(scanned, start, end, PATTERNS) is past


# Class: a start or a deadline word by a year-less month, quarter or half ("starting in September", "before
# mid-September", "by the third quarter", "until August", 9月起, 9月开始, 9月前) names the nearer one, as by a
# day: a month three months on is the coming one, not the one nine months back. Told as past (a past verb
# before it, 了 after it), or nearer back, it stays back.
# (sentence, published, [(date words, period start)])
MONTH_START_OR_DEADLINE_ROWS = [
    ("ASML will no longer be allowed to ship the machines to China starting in September.", "2023-06-30",
     [("September", "2023-09-01")]),
    ("Beginning in October, chipmakers need a licence for every shipment to Huawei.", "2024-06-10",
     [("October", "2024-10-01")]),
    ("Orders are not affected as long as the chips are shipped before mid-September.", "2020-05-18",
     [("mid-September", "2020-09-01")]),
    ("The discount on the Mate 60 runs until August.", "2024-06-10", [("August", "2024-08-01")]),
    ("Stable HarmonyOS builds reach every Pura phone by the fourth quarter.", "2024-06-10",
     [("the fourth quarter", "2024-10-01")]),
    ("小米智驾系统9月起在全国开通。", "2024-06-10", [("9月", "2024-09-01")]),
    ("鸿蒙正式版9月开始向老机型推送。", "2024-06-10", [("9月", "2024-09-01")]),
    ("华为的芯片订单须在9月中旬前交付。", "2024-05-18", [("9月中旬", "2024-09-01")]),
    ("小米智駕系統9月起在全國開通。", "2024-06-10", [("9月", "2024-09-01")]),
    ("鴻蒙正式版9月開始向舊機型推送。", "2024-06-10", [("9月", "2024-09-01")]),
    ("華為的晶片訂單須在9月中旬前交付。", "2024-05-18", [("9月中旬", "2024-09-01")]),
    # near-misses: the month nearer back, or told as past, stays back
    ("Starting in March, ASML needs a licence for each shipment.", "2024-06-10", [("March", "2024-03-01")]),
    ("ASML's prices were cut starting in September.", "2024-06-10", [("September", "2023-09-01")]),
    ("Huawei had shipped the chips before September.", "2024-06-10", [("September", "2023-09-01")]),
    ("The discount lasted until August.", "2024-06-10", [("August", "2023-08-01")]),
    ("华为3月开始推送鸿蒙。", "2024-06-10", [("3月", "2024-03-01")]),
    ("鸿蒙9月开始推送了测试版。", "2024-06-10", [("9月", "2023-09-01")]),
    ("华为9月前完成了迁移。", "2024-06-10", [("9月", "2023-09-01")]),
    ("华为9月起推送了测试版。", "2024-06-10", [("9月", "2023-09-01")]),
    ("鴻蒙9月開始推送了測試版。", "2024-06-10", [("9月", "2023-09-01")]),
    ("華為9月前完成了遷移。", "2024-06-10", [("9月", "2023-09-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), MONTH_START_OR_DEADLINE_ROWS)
def test_a_start_or_deadline_by_a_year_less_month_is_the_nearer_one(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


# Class: a schedule told as past ("was pegged for November 12", "had been penciled in for", "Initially slated
# for a July launch", 原定7月发布…提前了, 最初定于) tells of the schedule, not of the date: a day is the nearer
# one, and a month or quarter starting within two months after publication the coming one. A schedule
# missed long ago, or a date told as past with no schedule word, stays back.
# (sentence, published, [(date words, period start)])
SCHEDULE_TOLD_AS_PAST_ROWS = [
    ("The full ban, however, was pegged for November 12.", "2020-09-22", [("November 12", "2020-11-12")]),
    ("The hearing had been penciled in for November 12, a court filing shows.", "2020-09-22",
     [("November 12", "2020-11-12")]),
    ("Initially slated for a July launch, the SUV's unveiling was brought forward.", "2025-06-27",
     [("July", "2025-07-01")]),
    ("The tablet, initially slated for an August debut, was shown early.", "2025-06-27", [("August", "2025-08-01")]),
    ("该车原定7月发布，小米却提前了发布会。", "2025-06-27", [("7月", "2025-07-01")]),
    ("该禁令最初定于11月12日生效。", "2020-09-22", [("11月12日", "2020-11-12")]),
    ("新机起初计划8月上市，后来提前了。", "2025-06-27", [("8月", "2025-08-01")]),
    ("該車原定7月發布，小米卻提前了發布會。", "2025-06-27", [("7月", "2025-07-01")]),
    ("該禁令最初定於11月12日生效。", "2020-09-22", [("11月12日", "2020-11-12")]),
    ("新機起初計劃8月上市，後來提前了。", "2025-06-27", [("8月", "2025-08-01")]),
    # near-misses: the schedule nearer back, or a date told as past with no schedule word, stays back
    ("The launch was initially slated for a March debut, but was delayed.", "2025-10-10", [("March", "2025-03-01")]),
    ("The ban was pegged for November 12.", "2020-12-20", [("November 12", "2020-11-12")]),
    ("Xiaomi launched the phone in July.", "2025-06-27", [("July", "2024-07-01")]),
    ("该项目原定一季度动工，但已推迟。", "2025-10-10", [("一季度", "2025-01-01")]),
    ("小米7月发布了新车。", "2025-06-27", [("7月", "2024-07-01")]),
    ("該項目原定一季度動工，但已推遲。", "2025-10-10", [("一季度", "2025-01-01")]),
    ("小米7月發布了新車。", "2025-06-27", [("7月", "2024-07-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SCHEDULE_TOLD_AS_PAST_ROWS)
def test_a_schedule_told_as_past_names_the_nearer_or_coming_date(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


# Class: a bare quarter starting within two months after a day-precise publication ("in the first quarter" told in
# late December) is the reported one of publication's year, as results tell it; the coming one is a plan's,
# told in a sentence with a modal word ("will", "expects to", 预计, 将), wherever it stands.
# (sentence, published, [(date words, period start)])
BARE_QUARTER_SOON_ROWS = [
    ("BYD regained its place as the world's biggest seller of electric cars in the first quarter.", "2024-12-20",
     [("the first quarter", "2024-01-01")]),
    ("Its car unit earned 20.6 billion yuan in the second quarter and 18.1 billion yuan in the first quarter.",
     "2025-11-19", [("the second quarter", "2025-04-01"), ("the first quarter", "2025-01-01")]),
    ("特斯拉一季度重新夺回纯电动车销冠。", "2024-12-20", [("一季度", "2024-01-01")]),
    ("比亚迪第四季度营收增长两成，重回销冠。", "2024-08-20", [("第四季度", "2023-10-01")]),
    ("特斯拉一季度重新奪回純電動車銷冠。", "2024-12-20", [("一季度", "2024-01-01")]),
    ("比亞迪第四季度營收增長兩成，重回銷冠。", "2024-08-20", [("第四季度", "2023-10-01")]),
    # a plan's sentence: the coming quarter, as before
    ("Meituan said it expects to start paying social insurance for all its full-time riders from the second "
     "quarter.", "2025-02-20", [("the second quarter", "2025-04-01")]),
    ("Kuaishou will still disclose its GMV for the third quarter and the fourth quarter.", "2025-08-22",
     [("the third quarter", "2025-07-01"), ("the fourth quarter", "2025-10-01")]),
    ("比亚迪预计第四季度交付新车。", "2024-08-20", [("第四季度", "2024-10-01")]),
    ("比亞迪預計第四季度交付新車。", "2024-08-20", [("第四季度", "2024-10-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), BARE_QUARTER_SOON_ROWS)
def test_a_bare_quarter_just_ahead_is_the_coming_one_only_in_a_plans_sentence(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


# Class: told in an article dated only by its month, a year-less date starting within two months after that month
# ("1月13日-15日、2月3日-5日" in a January notice) is the coming one unless its clause tells it as past, as it is
# after a day-precise publication: the press leaves the year out only for the current year.
# (sentence, published, [(date words, period start)])
AFTER_A_MONTH_PRECISE_PUBLICATION_ROWS = [
    ("Tencent says minors may log in to its games on February 3 between 8pm and 9pm.", "2023-01",
     [("February 3", "2023-02-03")]),
    ("腾讯通知显示，2月3日每日20时至21时未成年人可登录游戏。", "2023-01", [("2月3日", "2023-02-03")]),
    ("騰訊通知顯示，2月3日每日20時至21時未成年人可登錄遊戲。", "2023-01", [("2月3日", "2023-02-03")]),
    # near-misses: told as past, the one back
    ("Tencent launched the game on February 3.", "2023-01", [("February 3", "2022-02-03")]),
    ("腾讯2月3日发布了新游戏。", "2023-01", [("2月3日", "2022-02-03")]),
    ("騰訊2月3日發布了新遊戲。", "2023-01", [("2月3日", "2022-02-03")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), AFTER_A_MONTH_PRECISE_PUBLICATION_ROWS)
def test_a_year_less_date_just_after_a_month_precise_publication_is_the_coming_one(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


# A weekday told as the day of a saying is past, whatever future word stands near it: a past reporting
# word right after it ("and on Friday added"), or a reporting verb before it whose present participle
# opens the quote ("told reporters on Saturday, adding it will …"). The Chinese press puts the reporting
# verb after the day too, but there it may be the plan's own ("计划周五宣布"): that stays ahead.
# (sentence, published, [(date words, period start)])
WEEKDAY_OF_A_SAYING_ROWS = [
    ("Trump told reporters on Saturday, adding that the deal will be totally secure.", "2020-09-20",
     [("Saturday", "2020-09-19")]),
    ("The minister spoke to reporters on Friday, saying the rules will take effect soon.", "2024-03-10",
     [("Friday", "2024-03-08")]),
    ("Xiaomi announced plans to build a second plant and on Friday added that it was studying sites.",
     "2024-05-14", [("Friday", "2024-05-10")]),
    ("The company unveiled a plan to cut prices and on Thursday said it was in talks with suppliers.",
     "2024-05-14", [("Thursday", "2024-05-09")]),
    ("特朗普周六对记者表示，这笔交易将完全安全。", "2020-09-20", [("周六", "2020-09-19")]),
    ("台积电计划赴美建厂，周五又表示正密切关注出口规则变化。", "2020-05-19", [("周五", "2020-05-15")]),
    ("小米宣布扩建工厂，周四称将研究新厂址。", "2024-05-14", [("周四", "2024-05-09")]),
    ("特朗普週六對記者表示，這筆交易將完全安全。", "2020-09-20", [("週六", "2020-09-19")]),
    ("台積電計劃赴美建廠，週五又表示正密切關注出口規則變化。", "2020-05-19", [("週五", "2020-05-15")]),
    ("小米宣佈擴建工廠，週四稱將研究新廠址。", "2024-05-14", [("週四", "2024-05-09")]),
    # near-misses: a plan's own day stays ahead, a saying after a comma is not the day's
    ("Tencent will on Friday announce its results.", "2024-05-14", [("Friday", "2024-05-17")]),
    ("Alibaba plans to list the unit on Friday, a person familiar said.", "2024-05-14", [("Friday", "2024-05-17")]),
    ("The board will meet on Thursday, the company said.", "2020-11-03", [("Thursday", "2020-11-05")]),
    ("阿里计划周五宣布重组方案。", "2024-05-14", [("周五", "2024-05-17")]),
    ("阿里將於週五公佈業績。", "2024-05-14", [("週五", "2024-05-17")]),
    ("阿里計劃週五宣佈重組方案。", "2024-05-14", [("週五", "2024-05-17")]),
    # recurring weekdays, counts and an index's day stay as they were
    ("The board meets every Monday.", "2020-11-03", [("Monday", "2020-11-02")]),
    ("商场每周三开放。", "2020-11-03", []),
    ("该店一周三次补货。", "2020-11-03", []),
    ("恒指週一收跌2%。", "2020-11-03", [("週一", "2020-11-02")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEKDAY_OF_A_SAYING_ROWS)
def test_a_weekday_told_as_a_sayings_day_is_past(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


# "Announced plans to … on Thursday" dates the announcement: the plan is the announcing verb's object, and the bare
# weekday is the one just past (en2607 "had announced plans to build a US-based plant on Thursday", en2214 "announced
# its plans to share a new strategic initiative … at the Mobile World Congress (MWC) 2025 on Monday"). A plan's month
# or month-day, a plan told without the announcing verb, and Chinese, which puts the announcement's day before
# 宣布 and the plan's after 计划于, keep the cue.
ANNOUNCED_PLAN_WEEKDAY_ROWS = [
    ("TSMC had announced plans to build a US-based plant on Thursday and on Friday added it was watching the rule.",
     "2020-05-18", [("Thursday", "2020-05-14"), ("Friday", "2020-05-15")]),
    ("Honor announced its plans to share a new AI strategy at the Mobile World Congress on Monday.", "2025-02-18",
     [("Monday", "2025-02-17")]),
    ("Xiaomi announced a plan to expand its Beijing factory on Tuesday.", "2024-05-16", [("Tuesday", "2024-05-14")]),
    ("The two automakers announced their plans to merge on Monday.", "2024-05-16", [("Monday", "2024-05-13")]),
    ("台积电周四宣布计划在美国建厂，周五又表示正密切关注出口规则变化。", "2020-05-18",
     [("周四", "2020-05-14"), ("周五", "2020-05-15")]),
    ("台積電週四宣佈計劃在美國建廠，週五又表示正密切關注出口規則變化。", "2020-05-18",
     [("週四", "2020-05-14"), ("週五", "2020-05-15")]),
    # near-misses: the plan's own day or month stays ahead
    ("Honor plans to launch the phone on Monday.", "2025-02-18", [("Monday", "2025-02-24")]),
    ("Honor announced it will launch the phone on Monday.", "2025-02-18", [("Monday", "2025-02-24")]),
    ("The merger plans will be announced as early as Monday.", "2025-02-18", [("Monday", "2025-02-24")]),
    ("Baidu announced plans to launch the chatbot in March.", "2023-02-18", [("March", "2023-03-01")]),
    ("Xiaomi announced plans to open a store on May 20.", "2024-05-14", [("May 20", "2024-05-20")]),
    ("荣耀宣布计划于周一发布新手机。", "2025-02-18", [("周一", "2025-02-24")]),
    ("榮耀宣佈計劃於週一發佈新手機。", "2025-02-18", [("週一", "2025-02-24")]),
    ("百度宣布计划3月推出聊天机器人。", "2023-02-18", [("3月", "2023-03-01")]),
    ("百度宣佈計劃3月推出聊天機器人。", "2023-02-18", [("3月", "2023-03-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ANNOUNCED_PLAN_WEEKDAY_ROWS)
def test_a_weekday_after_announced_plans_is_the_announcements_day(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


# A day's event told as scheduled lies ahead when that is nearer publication: told in the present
# ("restrictions begin on Friday", "trading starts Thursday"), awaited ("ahead of the start of trading
# on Thursday") or as a schedule since dropped ("Ant was set to go public … on Thursday").
SCHEDULED_WEEKDAY_ROWS = [
    ("Restrictions on chip exports to Huawei begin on Friday.", "2019-05-16", [("Friday", "2019-05-17")]),
    ("Trading in the shares starts Thursday in Hong Kong.", "2020-11-03", [("Thursday", "2020-11-05")]),
    ("Shares fell ahead of the start of trading on Thursday.", "2020-11-03", [("Thursday", "2020-11-05")]),
    ("Ant was set to go public in Hong Kong and Shanghai on Thursday.", "2020-11-03", [("Thursday", "2020-11-05")]),
    ("The listings were set to debut on Thursday before regulators stepped in.", "2020-11-03",
     [("Thursday", "2020-11-05")]),
    ("对华为的出口限制周五起生效。", "2019-05-16", [("周五", "2019-05-17")]),
    ("蚂蚁原定周四在港沪两地上市。", "2020-11-03", [("周四", "2020-11-05")]),
    ("股份将于周四开始买卖。", "2020-11-03", [("周四", "2020-11-05")]),
    ("對華為的出口限制週五起生效。", "2019-05-16", [("週五", "2019-05-17")]),
    ("螞蟻原定週四在港滬兩地上市。", "2020-11-03", [("週四", "2020-11-05")]),
    ("股份將於週四開始買賣。", "2020-11-03", [("週四", "2020-11-05")]),
    # near-misses: begun, told as past, or nearer back
    ("Sales began on Friday.", "2019-05-16", [("Friday", "2019-05-10")]),
    ("Trading started on Thursday with a 20% jump.", "2020-11-03", [("Thursday", "2020-10-29")]),
    ("Ant was set to go public on Monday.", "2020-11-03", [("Monday", "2020-11-02")]),
    ("新规已于周五起施行。", "2019-05-16", [("周五", "2019-05-10")]),
    ("新規已於週五起施行。", "2019-05-16", [("週五", "2019-05-10")]),
    ("恒指周一收跌2%。", "2020-11-03", [("周一", "2020-11-02")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SCHEDULED_WEEKDAY_ROWS)
def test_a_scheduled_weekday_is_the_coming_one_when_nearer(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


def _found(text: str, published: str) -> list[tuple[str, str]]:
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    return [(m.text, m.period.start.isoformat()) for m in found]


# Class: a plan verb ("aims to", "intends to", "is targeting", "preparing to", 力争, 争取, 目标是, 打算, 准备) before a
# year-less month or day: what is aimed at lies ahead when that is nearer publication, as after "plans to" (a figure's
# thousands separator is no clause mark on the way). A past month it compares with, or one its clause
# tells as past, stays back.
# (sentence, published, [(date words, period start)])
AIMED_AT_ROWS = [
    ("Xiaomi aims to deliver more than 20,000 cars in June, its founder said on Thursday.", "2024-04-25",
     [("June", "2024-06-01"), ("Thursday", "2024-04-25")]),
    ("BYD intends to start shipping the Seal to Japan in September.", "2024-07-10", [("September", "2024-09-01")]),
    ("Nio is targeting 1,000 new swap stations by the end of October.", "2024-08-20",
     [("the end of October", "2024-10-01")]),
    ("小米力争6月交付超过1万辆。", "2024-04-25", [("6月", "2024-06-01")]),
    ("蔚来目标是10月建成1000座换电站。", "2024-08-20", [("10月", "2024-10-01")]),
    ("比亚迪打算9月向日本出口海豹。", "2024-07-10", [("9月", "2024-09-01")]),
    ("小米力爭6月交付超過1萬輛。", "2024-04-25", [("6月", "2024-06-01")]),
    ("蔚來目標是10月建成1000座換電站。", "2024-08-20", [("10月", "2024-10-01")]),
    ("比亞迪打算9月向日本出口海豹。", "2024-07-10", [("9月", "2024-09-01")]),
    # "preparing to", 准备 (AC en2745): a plan in the making, as "plans to" is
    ("The company is preparing to file for a Hong Kong listing in the third quarter.", "2025-06-26",
     [("the third quarter", "2025-07-01")]),
    ("Biren prepares to list in Hong Kong in August.", "2025-06-26", [("August", "2025-08-01")]),
    ("壁仞科技准备第三季度提交香港上市申请。", "2025-06-26", [("第三季度", "2025-07-01")]),
    ("壁仞科技準備8月在香港上市。", "2025-06-26", [("8月", "2025-08-01")]),
    # near-misses: the month nearer back, aimed at in the past, or in another clause
    ("The company was preparing to list in March, before the rules changed.", "2025-06-26",
     [("March", "2025-03-01")]),
    ("壁仞科技3月已完成上市准备工作。", "2025-06-26", [("3月", "2025-03-01")]),
    ("Xiaomi aims to beat the 7,000 cars it delivered in March.", "2024-04-25", [("March", "2024-03-01")]),
    ("Xiaomi aimed to deliver 10,000 cars in June, but fell short.", "2024-08-25", [("June", "2024-06-01")]),
    ("The carmaker, which aims to expand abroad, listed in Hong Kong in July.", "2024-04-25",
     [("July", "2023-07-01")]),
    ("小米力争超过3月的交付量。", "2024-04-25", [("3月", "2024-03-01")]),
    ("小米力爭超過3月的交付量。", "2024-04-25", [("3月", "2024-03-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), AIMED_AT_ROWS)
def test_a_month_aimed_at_is_the_nearer_one(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


# Class: a date something is put off to or extended to ("has been delayed until November 12", "postponed to
# March 3", 推迟至, 延期至, 延长至) or named as a deadline (期限为): the new schedule, nearer ahead though told
# in the past or passive; a postponement long past stays back.
POSTPONED_TO_ROWS = [
    ("For TikTok, the ban on new downloads has been delayed until November 12.", "2020-09-21",
     [("November 12", "2020-11-12")]),
    ("The hearing was postponed to March 3 at the company's request.", "2025-02-10", [("March 3", "2025-03-03")]),
    ("The tender offer was extended to January 15, the company said.", "2024-12-20", [("January 15", "2025-01-15")]),
    ("该禁令已推迟至11月12日执行。", "2020-09-21", [("11月12日", "2020-11-12")]),
    ("听证会延期至3月3日举行。", "2025-02-10", [("3月3日", "2025-03-03")]),
    ("财长称，交易期限为9月20日，且已收到新方案。", "2020-09-15", [("9月20日", "2020-09-20")]),
    ("該禁令已推遲至11月12日執行。", "2020-09-21", [("11月12日", "2020-11-12")]),
    ("聽證會延期至3月3日舉行。", "2025-02-10", [("3月3日", "2025-03-03")]),
    ("財長稱，交易期限為9月20日，且已收到新方案。", "2020-09-15", [("9月20日", "2020-09-20")]),
    # A deadline given up to a day ("gave the company until Dec. 4"): the giving is past, the time given may still run,
    # so "gave" does not tell the date as past, and "to finalize" after it opens a purpose, not a range's end
    # (https://www.moneytimes.com, 2020-11-27). Chinese tells the giving apart from the date (给予…至12月4日).
    ("The Trump administration gave the company until Dec. 4 to finalize the deal.", "2020-11-27",
     [("Dec. 4", "2020-12-04")]),
    ("The committee has pushed back the deadline twice and gave the company until December 4.", "2020-11-27",
     [("December 4", "2020-12-04")]),
    ("The regulator gave Tencent until August to fix the app.", "2024-06-10", [("August", "2024-08-01")]),
    ("美国政府给予字节跳动至12月4日完成交易。", "2020-11-27", [("12月4日", "2020-12-04")]),
    ("美國政府給予字節跳動至12月4日完成交易。", "2020-11-27", [("12月4日", "2020-12-04")]),
    # near-misses: the new date nearer back stays back; a past verb that gives no time still tells it as past
    ("The app was free until Nov. 3.", "2020-11-27", [("Nov. 3", "2020-11-03")]),
    ("Huawei had to wait until Dec. 4.", "2020-11-27", [("Dec. 4", "2019-12-04")]),
    ("Huawei held the fair from Nov. 26 to Dec. 2.", "2020-11-27",
     [("Nov. 26", "2020-11-26"), ("Dec. 2", "2020-12-02")]),
    ("The launch was delayed until March, months after the first date.", "2025-06-10", [("March", "2025-03-01")]),
    ("该发布会推迟至3月举行。", "2025-06-10", [("3月", "2025-03-01")]),
    ("該發布會推遲至3月舉行。", "2025-06-10", [("3月", "2025-03-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), POSTPONED_TO_ROWS)
def test_a_date_put_off_to_is_the_nearer_one(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


# Class: a past quarter compared with a coming one ("will be flat compared with the third quarter",
# 将较第3季持平, 将比三季度提高): the future word is the coming quarter's; the one compared with is the one
# just reported. Near-misses: a quarter the future word governs, and "no later than" (a deadline).
COMPARED_WITH_ROWS = [
    ("Fourth-quarter revenue will be flat compared with the third quarter, SMIC said.", "2025-11-14",
     [("Fourth-quarter", "2025-10-01"), ("the third quarter", "2025-07-01")]),
    ("Gross margin will improve versus the second quarter, the CFO said.", "2025-08-20",
     [("the second quarter", "2025-04-01")]),
    ("第4季营收将较第3季持平。", "2025-11-14", [("第4季", "2025-10-01"), ("第3季", "2025-07-01")]),
    ("四季度毛利率将比三季度提高1个百分点。", "2025-11-14", [("四季度", "2025-10-01"), ("三季度", "2025-07-01")]),
    ("第4季營收將較第3季持平。", "2025-11-14", [("第4季", "2025-10-01"), ("第3季", "2025-07-01")]),
    ("四季度毛利率將比三季度提高1個百分點。", "2025-11-14", [("四季度", "2025-10-01"), ("三季度", "2025-07-01")]),
    # near-misses
    ("The plant will reach full capacity in the third quarter.", "2025-11-14", [("the third quarter", "2026-07-01")]),
    ("The ban will take effect no later than March 1.", "2025-02-14", [("March 1", "2025-03-01")]),
    ("第3季营收将创新高。", "2025-11-14", [("第3季", "2026-07-01")]),
    ("第3季營收將創新高。", "2025-11-14", [("第3季", "2026-07-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), COMPARED_WITH_ROWS)
def test_a_quarter_compared_with_is_not_the_one_ahead(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


# Class (AP en4053 "shipments will be higher than in the first quarter", read as next year's first quarter): a
# comparative's base ("higher than", "than in", 高于, 低于) is what a coming period is compared with, as "compared
# with" and 较 are: the future word governs the coming period, not the one compared with, which is the last one
# closed. Near-misses: "no later than" (a deadline), a quarter the future word governs.
COMPARATIVE_BASE_ROWS = [
    ("Second-quarter shipments will be higher than in the first quarter, SMIC said.", "2023-05-15",
     [("Second-quarter", "2023-04-01"), ("the first quarter", "2023-01-01")]),
    ("Lenovo expects its margin will be lower than the third quarter.", "2025-11-20",
     [("the third quarter", "2025-07-01")]),
    ("Xiaomi said deliveries will be stronger than in the second quarter.", "2025-08-20",
     [("the second quarter", "2025-04-01")]),
    ("中芯国际预计第二季度出货量将高于第一季度。", "2023-05-15",
     [("第二季度", "2023-04-01"), ("第一季度", "2023-01-01")]),
    ("联想预计毛利率将低于三季度。", "2025-11-20", [("三季度", "2025-07-01")]),
    ("中芯國際預計第二季度出貨量將高於第一季度。", "2023-05-15",
     [("第二季度", "2023-04-01"), ("第一季度", "2023-01-01")]),
    ("聯想預計毛利率將低於三季度。", "2025-11-20", [("三季度", "2025-07-01")]),
    # near-misses
    ("The app will launch no later than the first quarter.", "2023-05-15", [("the first quarter", "2024-01-01")]),
    ("Shipments will rise in the first quarter.", "2023-05-15", [("the first quarter", "2024-01-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), COMPARATIVE_BASE_ROWS)
def test_a_comparative_s_base_is_not_the_one_ahead(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


# Class (AP en4010 "putting them around 4% higher from Wednesday's closing price", published on a Thursday, read as
# the Wednesday after: "from" opened a start): a figure a day has set ("Wednesday's closing price", "Friday's
# close", 周三收盘价) exists only once the day is over, so the day is the one passed, and "from" measures from the
# figure. Near-misses: "from" before a bare day or another noun opens a start, "by Friday's deadline" stays ahead.
DAY_FIGURE_ROWS = [
    ("Tencent shares hit a high, putting them 4% higher from Wednesday's closing price.", "2020-05-14",
     [("Wednesday", "2020-05-13")]),
    ("Alibaba's stock is up 6% from Friday’s close.", "2025-02-24", [("Friday", "2025-02-21")]),
    ("Xiaomi shares remain below Tuesday's intraday high.", "2025-03-06", [("Tuesday", "2025-03-04")]),
    ("腾讯股价从周三收盘价上升约4%。", "2020-05-14", [("周三", "2020-05-13")]),
    ("騰訊股價從週三的收市價上升約4%。", "2020-05-14", [("週三", "2020-05-13")]),
    # near-misses
    ("The new fares apply from Wednesday.", "2020-05-14", [("Wednesday", "2020-05-20")]),
    ("Users can pre-order from Monday's launch.", "2020-05-14", [("Monday", "2020-05-18")]),
    ("新规从周三起施行。", "2020-05-14", [("周三", "2020-05-20")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), DAY_FIGURE_ROWS)
def test_a_figure_a_day_has_set_is_of_the_day_passed(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


# Class: a festival or day named a few weeks before it, its clause in the present ("viewers only need to
# shake their phones"): the coming one. "need", "exceed" end as a past tense does but tell none.
# Near-misses: the same told as past stays the one back.
FEW_WEEKS_AHEAD_ROWS = [
    ("On Chinese New Year's Eve, viewers only need to shake their phones to win Kuaishou red envelopes.",
     "2019-12-26", [("Chinese New Year's Eve", "2020-01-24")]),
    ("On January 20, Alibaba's servers need to handle twice the usual load.", "2025-01-05",
     [("January 20", "2025-01-20")]),
    ("除夕，用户只需摇一摇手机即可领取快手红包。", "2019-12-26", [("除夕", "2020-01-24")]),
    ("除夕，用戶只需搖一搖手機即可領取快手紅包。", "2019-12-26", [("除夕", "2020-01-24")]),
    # near-misses: told as past
    ("On Chinese New Year's Eve, viewers shared 10 billion Kuaishou red envelopes.", "2019-12-26",
     [("Chinese New Year's Eve", "2019-02-04")]),
    ("除夕，用户领取了100亿个快手红包。", "2019-12-26", [("除夕", "2019-02-04")]),
    ("除夕，用戶領取了100億個快手紅包。", "2019-12-26", [("除夕", "2019-02-04")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FEW_WEEKS_AHEAD_ROWS)
def test_a_day_a_few_weeks_ahead_told_in_the_present_is_the_coming_one(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


# Class: a comma and a relative word right after the date ("on May 2, which allowed …", ", who founded …")
# open a clause about the noun before the date: its past verb tells that noun's past, not the date's, so a
# day a month after publication told in the present ("is closing the loophole on May 2") stays the coming
# one (en2901). Chinese puts such a clause before its noun, with its own subject after a comma (该漏洞曾…).
# Near-misses: the past verb in the date's own clause, or a fronted date's clause after its comma.
RELATIVE_CLAUSE_AFTER_THE_DATE_ROWS = [
    ("The US is closing the de minimis loophole on May 2, which allowed retailers to ship goods duty-free.",
     "2025-04-03", [("May 2", "2025-05-02")]),
    ("Nio is unveiling the ET9 on May 2, whose launch was delayed twice.", "2025-04-03",
     [("May 2", "2025-05-02")]),
    ("美国将于5月2日关闭小额豁免漏洞，该漏洞曾让零售商免税发货。", "2025-04-03", [("5月2日", "2025-05-02")]),
    ("美國將於5月2日關閉小額豁免漏洞，該漏洞曾讓零售商免稅發貨。", "2025-04-03", [("5月2日", "2025-05-02")]),
    # near-misses: told as past in the date's clause
    ("The US closed the de minimis loophole on May 2, which allowed retailers to ship goods duty-free.",
     "2025-04-03", [("May 2", "2024-05-02")]),
    ("On May 2, the US closed the de minimis loophole.", "2025-04-03", [("May 2", "2024-05-02")]),
    ("美国5月2日关闭了小额豁免漏洞。", "2025-04-03", [("5月2日", "2024-05-02")]),
    ("美國5月2日關閉了小額豁免漏洞。", "2025-04-03", [("5月2日", "2024-05-02")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), RELATIVE_CLAUSE_AFTER_THE_DATE_ROWS)
def test_a_relative_clause_after_the_date_does_not_tell_it_as_past(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


# Class: a Chinese future word that is not the date's. A bare 将 before a date that modifies a noun marks the
# noun phrase as its object, as 把 does ("美团将二季度开始的外卖大战称为…"); 定于 inside 决定于 tells of a decision
# ("决定于9月20日起禁止…"), the date then the nearer one. English tells the like with a relative clause of its own.
# Near-misses: 将 and 定于 before a date that is what lies ahead.
NOT_THE_DATES_FUTURE_WORD_ROWS = [
    ("美团将二季度开始的外卖大战称为非理性竞争。", "2025-08-27", [("二季度", "2025-04-01")]),
    ("小米将3月的发布会称为转折点。", "2025-05-10", [("3月", "2025-03-01")]),
    ("此前，商务部决定于9月20日起禁止该应用下载。", "2020-10-31", [("9月20日", "2020-09-20")]),
    ("美團將二季度開始的外賣大戰稱為非理性競爭。", "2025-08-27", [("二季度", "2025-04-01")]),
    ("小米將3月的發布會稱為轉折點。", "2025-05-10", [("3月", "2025-03-01")]),
    ("此前，商務部決定於9月20日起禁止該應用下載。", "2020-10-31", [("9月20日", "2020-09-20")]),
    ("Meituan will call the price war that began in the second quarter irrational.", "2025-08-27",
     [("the second quarter", "2025-04-01")]),
    # near-misses
    ("小米将3月发布新机。", "2025-05-10", [("3月", "2026-03-01")]),
    ("商务部决定于2月1日起加征关税。", "2025-01-20", [("2月1日", "2025-02-01")]),
    ("发布会定于9月20日举行。", "2025-08-10", [("9月20日", "2025-09-20")]),
    ("小米將3月發佈新機。", "2025-05-10", [("3月", "2026-03-01")]),
    ("商務部決定於2月1日起加徵關稅。", "2025-01-20", [("2月1日", "2025-02-01")]),
    ("發佈會定於9月20日舉行。", "2025-08-10", [("9月20日", "2025-09-20")]),
    ("The ministry decided that from February 1 tariffs would rise.", "2025-01-20", [("February 1", "2025-02-01")]),
    # 将在 / 将于 before a date that modifies a noun is the future all the same: the preposition makes 将 "will"
    # (https://www.oushinet.com, 2023-05-20: "将在8月份的版本赶上"); English says it with "in".
    ("英文文本还略有差距，将在8月份的版本赶上。", "2023-05-20", [("8月份", "2023-08-01")]),
    ("小米将于3月的发布会上推出新机。", "2025-05-10", [("3月", "2026-03-01")]),
    ("英文文本還略有差距，將在8月份的版本趕上。", "2023-05-20", [("8月份", "2023-08-01")]),
    ("小米將於3月的發布會上推出新機。", "2025-05-10", [("3月", "2026-03-01")]),
    ("It will catch up in the August version.", "2023-05-20", [("August", "2023-08-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), NOT_THE_DATES_FUTURE_WORD_ROWS)
def test_a_future_word_that_is_not_the_dates_leaves_it_the_nearer_one(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


# A reporting word keeps the date its passive agent stands before: "originally announced by the Trump Administration
# in September, some parts of TikTok will be spun out" (en3148) is the announcement's September, as "announced in
# September" is; the "will" of the next clause is not the date's. Chinese puts the announcement's month before its
# verb (9月宣布的协议), which no future word after it reaches. Near misses: the fronted date of a plan, and a
# reporting word still to come after a passive "be".
REPORTED_BY_AN_AGENT_ROWS = [
    ("As part of the deal, originally announced by the Trump Administration in September, some parts of TikTok "
     "will be spun out.", "2026-01-23", [("September", "2025-09-01")]),
    ("The curbs, announced by the Commerce Department in October, will take effect in March.", "2026-01-23",
     [("October", "2025-10-01"), ("March", "2026-03-01")]),
    ("作为特朗普政府9月宣布的协议的一部分，TikTok部分业务将被剥离。", "2026-01-23", [("9月", "2025-09-01")]),
    ("作為川普政府9月宣佈的協議的一部分，TikTok部分業務將被剝離。", "2026-01-23", [("9月", "2025-09-01")]),
    ("美国商务部10月宣布的限制措施将于3月生效。", "2026-01-23", [("10月", "2025-10-01"), ("3月", "2026-03-01")]),
    ("美國商務部10月宣佈的限制措施將於3月生效。", "2026-01-23", [("10月", "2025-10-01"), ("3月", "2026-03-01")]),
    ("In September, TikTok will spin out parts of its business.", "2026-01-23", [("September", "2026-09-01")]),
    ("The results will be announced by the company in March.", "2026-01-23", [("March", "2026-03-01")]),
    ("特朗普政府将于9月宣布协议。", "2026-01-23", [("9月", "2026-09-01")]),
    ("川普政府將於9月宣佈協議。", "2026-01-23", [("9月", "2026-09-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), REPORTED_BY_AN_AGENT_ROWS)
def test_a_reporting_word_with_its_agent_before_the_date_makes_it_the_sayings(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


# A source closing the sentence after the date (", the Wall Street Journal said, citing sources.") tells when the
# words were said, not the date's tense: "could be finalised before … the lunar new year holiday in mid-February,
# the Wall Street Journal said" (en2508, published January 27) is the coming February, as Chinese reads "…在2月中旬，
# 《华尔街日报》援引消息人士称". Near misses: a past verb of the date's own clause, a fronted date that is the
# saying's, a past verb after a fronted date.
TRAILING_SAYING_ROWS = [
    ("The plan could be finalised before China goes into the week-long lunar new year holiday in mid-February, "
     "the Wall Street Journal said, citing sources.", "2021-01-27", [("mid-February", "2021-02-01")]),
    ("The plan is to be finalised in mid-February, the Wall Street Journal reported.", "2021-01-27",
     [("mid-February", "2021-02-01")]),
    ("重组计划的定稿时间在2月中旬，《华尔街日报》援引消息人士称。", "2021-01-27", [("2月中旬", "2021-02-01")]),
    ("重組計劃的定稿時間在2月中旬，《華爾街日報》援引消息人士稱。", "2021-01-27", [("2月中旬", "2021-02-01")]),
    ("The plan was finalised in mid-February, the Wall Street Journal said.", "2021-01-27",
     [("mid-February", "2020-02-01")]),
    ("On February 3, Baidu said it had cut prices.", "2021-01-27", [("February 3", "2020-02-03")]),
    ("In February, sales rose, the company said.", "2021-01-27", [("February", "2020-02-01")]),
    ("重组计划已于2月中旬完成，《华尔街日报》称。", "2021-01-27", [("2月中旬", "2020-02-01")]),
    ("重組計劃已於2月中旬完成，《華爾街日報》稱。", "2021-01-27", [("2月中旬", "2020-02-01")]),
]


# Class (AQ en4111, "ready to roll out its much-awaited GPT-5 model by as early as August, insiders … informed The
# Verge"): the source closing the sentence may name whom it told ("told Reuters", "informed The Verge"), still the
# saying's past, not the date's; and a hyphened modifier ending in -ed ("much-awaited", "long-delayed") is an
# adjective, no past verb of the date's clause. Chinese names the hearer before its verb (向路透社透露), read as
# before. Near miss: a past verb of the date's own clause.
HEARER_AND_HYPHENED_ROWS = [
    ("Xiaomi is ready to ship its long-delayed SUV in March, people familiar with the plan told Reuters.",
     "2026-01-23", [("March", "2026-03-01")]),
    ("Baidu will open its much-awaited robotaxi service in May, insiders informed The Information.", "2026-01-23",
     [("May", "2026-05-01")]),
    ("小米准备在3月交付其一再推迟的SUV，知情人士向路透社透露。", "2026-01-23", [("3月", "2026-03-01")]),
    ("小米準備在3月交付其一再推遲的SUV，知情人士向路透社透露。", "2026-01-23", [("3月", "2026-03-01")]),
    ("Xiaomi shipped the SUV in March, people familiar with the plan told Reuters.", "2026-01-23",
     [("March", "2025-03-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), HEARER_AND_HYPHENED_ROWS)
def test_a_hearer_after_the_saying_or_a_hyphened_modifier_tells_no_past(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


@pytest.mark.parametrize(("text", "published", "expected"), TRAILING_SAYING_ROWS)
def test_a_source_closing_the_sentence_does_not_tell_the_date_as_past(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


# A Chinese saying before a year-less date opens what was said, so it tells no past of the date: the saying's own
# date stands before its verb (腾讯1月3日称). "騰訊遊戲發布…通知，稱在元旦假期期間，未成年用家只可…" (AG zt3118, Ming
# Pao, published December 27) is the coming New Year's Day; so is the coming Spring Festival in the wire reports of
# the postal bureau's holiday notices ("…均表示春节期间…", IT之家 January 2019, January 2022, pages search).
# English puts the saying's date right after its verb ("said on January 3 that …"); "said that during the New Year
# holiday" reads the coming one already. Near misses: a date before the saying, a past word of the date's own clause.
SAYING_BEFORE_ROWS = [
    ("腾讯称在元旦假期期间，未成年用户只可在晚上8至9时登录游戏。", "2021-12-27", [("元旦", "2022-01-01")]),
    ("騰訊稱在元旦假期期間，未成年用家只可在晚上8至9時登錄遊戲。", "2021-12-27", [("元旦", "2022-01-01")]),
    ("苹果透露1月15日开售新机。", "2021-12-27", [("1月15日", "2022-01-15")]),
    ("国家邮政局表示主要寄递企业尚未公布春节期间具体服务安排。", "2019-01-13", [("春节", "2019-02-05")]),
    ("國家郵政局表示主要寄遞企業尚未公布春節期間具體服務安排。", "2019-01-13", [("春節", "2019-02-05")]),
    ("快递企业均表示春节期间会合理安排员工轮岗值班。", "2022-01-11", [("春节", "2022-02-01")]),
    ("蘋果透露1月15日開售新機。", "2021-12-27", [("1月15日", "2022-01-15")]),
    ("Tencent said that during the New Year holiday, minors may log in for one hour only.", "2021-12-27",
     [("the New Year", "2022-01-01")]),
    ("Tencent said on January 3 that minors may log in for one hour only.", "2021-12-27",
     [("January 3", "2021-01-03")]),
    ("腾讯1月3日称，未成年用户只可登录游戏。", "2021-12-27", [("1月3日", "2021-01-03")]),
    ("騰訊1月3日稱，未成年用家只可登錄遊戲。", "2021-12-27", [("1月3日", "2021-01-03")]),
    ("腾讯称元旦期间已关闭服务器。", "2021-12-27", [("元旦", "2021-01-01")]),
    ("騰訊稱元旦期間已關閉伺服器。", "2021-12-27", [("元旦", "2021-01-01")]),
    ("路透社报道，阿里1月5日发布了新模型。", "2021-12-27", [("1月5日", "2021-01-05")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SAYING_BEFORE_ROWS)
def test_a_chinese_saying_before_the_date_opens_what_was_said(text, published, expected):
    found = find_dates(to_simplified(text), parse_iso_period(published), PATTERNS)
    assert [(m.text, m.period.start.isoformat()) for m in found] == [(to_simplified(w), s) for w, s in expected]


@pytest.mark.parametrize(("text", "words", "saying"), [
    ("Bloomberg News reported in January.", "January", True),
    ("a goal announced by Xiaomi Chief Executive Lei Jun in October.", "October", True),
    ("网易曾讨论二次上市，彭博社1月报道。", "1月", True),
    ("網易曾討論二次上市，彭博社1月報導稱。", "1月", True),
    ("Xiaomi launched the car in January.", "January", False),
    ("阿里1月宣布分红。", "1月", False),
    ("阿里1月宣佈分紅。", "1月", False),
])
def test_told_by_its_saying(text, words, saying):
    scanned, start, end = _span(text, words)
    assert told_by_its_saying(scanned, start, end, PATTERNS) is saying


# A modal word reaches a year-less date over a long object when its year is to be decided (``YEAR_LESS_WINDOW``, AG
# en3143); a date with its year is looked at over the nearer window, so a modal a clause back does not make an undated
# story's year a plan's aim (X en2219: "could replace the H20 when it becomes available for purchase in the second
# half of 2025"). Chinese reaches twelve characters, well inside either window.
@pytest.mark.parametrize(("text", "words", "near", "wide"), [
    ("Analysts expect Tencent to report flat revenues or a small contraction on Wednesday, when it publishes results.",
     "Wednesday", None, LEANS_AHEAD),
    ("The Ascend 920 could replace NVIDIA's H20 when it becomes available for purchase in the second half of 2025.",
     "the second half of 2025", None, LEANS_AHEAD),
    ("Analysts expect Tencent to report a contraction on Wednesday.", "Wednesday", LEANS_AHEAD, LEANS_AHEAD),
    ("分析师预计腾讯周三公布业绩时营收将持平或小幅收缩。", "周三", LEANS_AHEAD, LEANS_AHEAD),
    ("騰訊週三公布了第三季度業績，營收小幅收縮。", "周三", None, None),
    ("分析師預計騰訊將於週三公布第三季度業績。", "周三", GOVERNS, GOVERNS),
    ("Tencent reported a small contraction in its revenue on Wednesday.", "Wednesday", None, None),
])
def test_the_window_a_cue_is_looked_for_in(text, words, near, wide):
    simplified, start, end = _span(text, words)
    day = words in ("Wednesday", "周三")
    assert ahead_cue(simplified, start, end, day, PATTERNS) == near
    assert ahead_cue(simplified, start, end, day, PATTERNS, window=YEAR_LESS_WINDOW) == wide


# Class: a noun phrase set off by commas after the object of a future cue's verb names that object again ("will
# open-source its model, Ernie, as of June 30", en3802; "will unveil its flagship, the ET7, …") and leaves the cue's
# clause open, as it leaves a past verb's (APPOSITIVE_ROWS): the date after it lies ahead as it would without the
# phrase. Chinese names the object without commas (开源其模型文心), where the cue reaches already. Near misses: a
# saying set off by commas ends the reach (the date is the report's), and a lowercase clause is no name.
# (sentence, published, [(date words, period start)])
FUTURE_OVER_AN_APPOSITIVE_ROWS = [
    ("Baidu said it will open-source its next model, Ernie, as of June 30.", "2025-02-14",
     [("June 30", "2025-06-30")]),
    ("Nio will unveil its flagship, the ET7, on January 9.", "2025-02-14", [("January 9", "2026-01-09")]),
    ("Xiaomi will launch its own mobile chip, XRING O1, on Thursday.", "2025-05-19", [("Thursday", "2025-05-22")]),
    ("百度表示将于6月30日开源其下一代模型文心。", "2025-02-14", [("6月30日", "2025-06-30")]),
    ("百度表示將於6月30日開源其下一代模型文心。", "2025-02-14", [("6月30日", "2025-06-30")]),
    ("小米将于周四发布自研手机芯片玄戒O1。", "2025-05-19", [("周四", "2025-05-22")]),
    # near misses
    ("Tencent will report results, Reuters reported, on Thursday.", "2025-05-19", [("Thursday", "2025-05-15")]),
    ("Xiaomi will launch a chip, which it designed, on Thursday.", "2025-05-19", [("Thursday", "2025-05-15")]),
    ("腾讯将公布业绩，路透社周四报道。", "2025-05-19", [("周四", "2025-05-15")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FUTURE_OVER_AN_APPOSITIVE_ROWS)
def test_a_future_cue_reaches_over_a_noun_phrase_set_off_by_commas(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


# Class: a deadline named right after its day ("周日的最后期限", "1月19日的期限", as "Sunday's deadline", "the Sunday
# deadline" in English) lies ahead: a deadline is what is still to be met (zt3928, published Friday 2020-09-18:
# "是否意味着在周日的最后期限之前不可能达成交易" is Sunday 20 September). Near misses: a deadline the clause tells as
# changed on that day ("周日，美国延长了期限": the extension's Sunday), and English told as past ("missed").
# (sentence, published, [(date words, period start)])
DEADLINE_AFTER_ITS_DAY_ROWS = [
    ("目前尚不清楚是否能在周日的最后期限之前达成交易。", "2020-09-18", [("周日", "2020-09-20")]),
    ("目前尚不清楚是否能在週日的最後期限之前達成交易。", "2020-09-18", [("週日", "2020-09-20")]),
    ("交易须在周日的期限前完成。", "2020-09-18", [("周日", "2020-09-20")]),
    ("It is unclear whether a deal can be reached before Sunday's deadline.", "2020-09-18",
     [("Sunday", "2020-09-20")]),
    ("It is unclear whether a deal can be reached before the Sunday deadline.", "2020-09-18",
     [("Sunday", "2020-09-20")]),
    # near misses
    ("周日，美国延长了期限。", "2020-09-18", [("周日", "2020-09-13")]),
    ("週日，美國延長了期限。", "2020-09-18", [("週日", "2020-09-13")]),
    ("Oracle missed Sunday's deadline.", "2020-09-18", [("Sunday", "2020-09-13")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), DEADLINE_AFTER_ITS_DAY_ROWS)
def test_a_deadline_named_after_its_day_lies_ahead(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


# Class: a report noun a word or two after a date ("according to a May 13 Bloomberg report", "a May 13 report by
# Bloomberg", 据彭博社5月13日的报道) makes the date the report's, a saying's day as "Bloomberg reported on May 13"
# is: a plan's year before it in the sentence ("as early as 2025", 最早将于2025年) does not carry to it (en3849,
# published 2024-05-24). Near misses: a report still to be released (the noun is the object of a plan, before the
# date) and 报告 as a plan's object are no report's day.
# (sentence, published, [(date words, period start)])
REPORT_DAY_ROWS = [
    ("Xiaomi aims to sell an SUV as early as 2025, according to a May 13 Bloomberg report.", "2024-05-24",
     [("2025", "2025-01-01"), ("May 13", "2024-05-13")]),
    ("Xiaomi aims to sell an SUV in 2025, according to a May 13 report by Bloomberg.", "2024-05-24",
     [("2025", "2025-01-01"), ("May 13", "2024-05-13")]),
    ("小米最早将于2025年推出SUV，据彭博社5月13日的报道。", "2024-05-24",
     [("2025年", "2025-01-01"), ("5月13日", "2024-05-13")]),
    ("小米最早將於2025年推出SUV，據彭博社5月13日的報道。", "2024-05-24",
     [("2025年", "2025-01-01"), ("5月13日", "2024-05-13")]),
    # near misses
    ("Xiaomi plans to release a report on June 3.", "2024-05-24", [("June 3", "2024-06-03")]),
    ("小米计划6月3日发布报告。", "2024-05-24", [("6月3日", "2024-06-03")]),
    ("小米計劃6月3日發布報告。", "2024-05-24", [("6月3日", "2024-06-03")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), REPORT_DAY_ROWS)
def test_a_date_naming_a_report_is_the_reports_day(text, published, expected):
    assert _found(text, published) == [(to_simplified(words), start) for words, start in expected]


@pytest.mark.parametrize(("text", "words", "saying"), [
    ("according to a May 13 Bloomberg report", "May 13", True),
    ("据彭博社5月13日的报道", "5月13日", True),
    ("Xiaomi will launch the SUV on May 13 in Beijing.", "May 13", False),
])
def test_a_report_noun_after_the_date_tells_it_by_its_saying(text, words, saying):
    scanned, start, end = _span(text, words)
    assert told_by_its_saying(scanned, start, end, PATTERNS) is saying
