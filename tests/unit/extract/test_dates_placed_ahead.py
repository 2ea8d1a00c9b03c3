"""dates_placed_ahead on its own: a date whose words leave its year open is placed ahead of publication when a
future cue governs it (将于, 起, "take effect on", "will"), never when its clause tells it as past (已于, 了,
"launched", "said"); one not governed and not told as past may be the coming one (``soon``)."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract import dates
from lib.extract.dates_candidate_reader import ascii_digits
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.dates_placed_ahead import governed_or_soon, leaves_ahead_open, year_edge_told_as_past
from lib.extract.dates_resolve import resolve
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import load_rules
from tests.date_readings import found_dates

FUTURE_CUES = cue_patterns(load_rules().future_cues)
PUBLISHED = Period(date(2025, 3, 12), "day")


def _read(sentence: str, words: str):
    text = ascii_digits(to_simplified(sentence))
    candidates = dates._READERS(text)
    return text, next(c for c in candidates if text[c.start : c.end] == words), candidates


@pytest.mark.parametrize(("sentence", "words", "open_"), [
    ("The rules take effect on August 15.", "August 15", True),
    ("腾讯将于3月1日发布新品。", "3月1日", True),
    ("Tencent said on Monday it grew.", "Monday", True),
    ("腾讯12日公布业绩。", "12日", True),
    # the year or the week stated: nothing left open
    ("腾讯2025年8月15日发布新品。", "2025年8月15日", False),
    ("腾讯下周一发布新品。", "下周一", False),
    ("騰訊下週一發布新品。", "下周一", False),
])
def test_words_leaving_the_year_open(sentence, words, open_):
    _, candidate, _ = _read(sentence, words)
    assert leaves_ahead_open(candidate.spec) is open_


@pytest.mark.parametrize(("sentence", "words", "governed", "soon"), [
    # a governing cue: ahead
    ("腾讯将于3月1日发布新品。", "3月1日", True, False),
    ("騰訊將於3月1日發布新品。", "3月1日", True, False),
    ("新规自4月1日起施行。", "4月1日", True, False),
    ("腾讯计划3月20日发布新品。", "3月20日", True, False),
    ("The rules take effect on August 15.", "August 15", True, False),
    ("Tencent will report results on Monday.", "Monday", True, False),
    # told as past: neither
    ("腾讯已于3月1日发布新品。", "3月1日", False, False),
    ("腾讯于4月1日发布了新品。", "4月1日", False, False),
    ("Tencent launched the game on August 15.", "August 15", False, False),
    ("Tencent said on Monday it grew.", "Monday", False, False),
    # no cue, not told as past: may be the coming one
    ("腾讯12日公布业绩。", "12日", False, True),
    ("腾讯8月15日发布新品。", "8月15日", False, True),
])
def test_a_cue_places_the_date_ahead(sentence, words, governed, soon):
    text, candidate, candidates = _read(sentence, words)
    assert governed_or_soon(text, candidate, candidates, [], PUBLISHED, FUTURE_CUES) == (governed, soon)


# Class (AG en3143, H en609): a modal future word before a long object ("expect Tencent to report flat revenues or a
# small contraction on Wednesday", "would complete internal testing of a ChatGPT-style project called "Ernie Bot" in
# March") reaches the year-less date up to twelve words on, past sixty characters. Published Wednesday March 12, 2025:
# the coming Friday and April are nearer than the last. Chinese puts the date before the verb and its object
# (将于周五公布, 将于4月完成), so its reach in characters is short. Near misses: the verb told as past, a modal more
# than twelve words back, and one whose date a reporting verb right before it dates (the saying's).
LONG_OBJECT_ROWS = [
    ("Analysts expect Tencent to report flat revenues or a small contraction on Friday, when it publishes results.",
     "Friday", True, False),
    ('Baidu said it would complete internal testing of a ChatGPT-style project called "Ernie Bot" in April.',
     "April", True, False),
    ("Analysts expect Tencent's advertising and fintech units to return to modest revenue growth in April.",
     "April", True, False),
    ("分析师预计腾讯将于周五公布第四季度业绩，营收或将持平甚至小幅收缩。", "周五", True, False),
    ("分析師預計騰訊將於週五公布第四季度業績，營收或將持平甚至小幅收縮。", "周五", True, False),
    ("百度表示将于4月完成类ChatGPT项目“文心一言”的内部测试。", "4月", True, False),
    # near misses: told as past, a modal too far back, a saying's date
    ("Tencent reported a small contraction on Friday.", "Friday", False, False),
    ("Tencent will keep investing in games, cloud, advertising, fintech and its many other businesses around the world"
     " long after it closed the deal in April.", "April", False, False),
    ("Analysts expect Tencent's revenue to have stayed flat, the company's finance chief said on Friday.",
     "Friday", False, False),
    ("腾讯周五公布了第四季度业绩，营收小幅收缩。", "周五", False, False),
    ("騰訊週五公布了第四季度業績，營收小幅收縮。", "周五", False, False),
]


@pytest.mark.parametrize(("sentence", "words", "governed", "soon"), LONG_OBJECT_ROWS)
def test_a_modal_reaches_past_a_long_object(sentence, words, governed, soon):
    text, candidate, candidates = _read(sentence, words)
    assert governed_or_soon(text, candidate, candidates, [], PUBLISHED, FUTURE_CUES) == (governed, soon)


# Class (Z en2405): an edge of the year named without its year ("year-end", "the end of the year", 年底) that its
# clause tells as past cannot lie ahead: "announced just before year-end that it had started proceedings", published
# on January 4, 2021, is the year-end of 2020, not the one nine months on. Near misses: a plan's edge, a deadline
# ("by the end of the year", 年底前), one named as this year's (今年年底), one not told as past.
YEAR_EDGE_ROWS = [
    ("The New York Stock Exchange announced just before year-end that it had started proceedings.",
     "year-end", "2020-10-01"),
    ("The exchange announced at the end of the year that it had started proceedings.",
     "the end of the year", "2020-10-01"),
    ("纽交所在年底宣布启动退市程序。", "年底", "2020-10-01"),
    ("紐交所在年底宣佈啟動退市程序。", "年底", "2020-10-01"),
    ("Alibaba expects to complete the deal at year-end.", "year-end", "2021-10-01"),
    ("Customers were still anticipating deliveries by the end of the year.", "the end of the year", "2021-10-01"),
    ("纽交所年底前完成退市程序。", "年底", "2021-10-01"),
    ("华为宣布今年年底首先对国内开发者发布。", "今年年底", "2021-10-01"),
    ("華為宣佈今年年底首先對國內開發者發佈。", "今年年底", "2021-10-01"),
    ("公司计划年底前完成收购。", "年底", "2021-10-01"),
]


@pytest.mark.parametrize(("sentence", "words", "start"), YEAR_EDGE_ROWS)
def test_an_edge_of_the_year_told_as_past_is_the_one_passed(sentence, words, start):
    text, candidate, _ = _read(sentence, words)
    period = resolve(candidate.spec, Period(date(2021, 1, 4), "day"))
    placed = year_edge_told_as_past(text, candidate, period, Period(date(2021, 1, 4), "day"), FUTURE_CUES)
    assert placed.start.isoformat() == start


# Class (split Z, read wrong alone): a festival a campaign is aimed at ("presales for Singles' Day", 备战双十一) is
# the one nearer publication, unless a date before it in its sentence tells its year: then it is that year's, as
# any year-less date of the sentence is. en2409 (published June 2022): "had experienced a 20-minute system breakdown
# in October last year, as it kicked off presales for Singles' Day in November" is November 11, 2021. Near misses:
# an aimed festival with no year told before it stays the nearer one; a year told after it does not place it.
AIMED_AFTER_A_YEAR_ROWS = [
    # English.
    ("Taobao had a system breakdown in October last year, as it kicked off presales for Singles’ Day in November.",
     "2022-06-05", [("October last year", "2021-10-01", "month"), ("Singles’ Day", "2021-11-11", "day"),
                    ("November", "2021-11-01", "month")]),
    ("In October 2021 Taobao kicked off presales for Singles Day.", "2022-06-05",
     [("October 2021", "2021-10-01", "month"), ("Singles Day", "2021-11-11", "day")]),
    ("Alibaba launched a campaign for Singles Day.", "2022-06-05", [("Singles Day", "2022-11-11", "day")]),
    ("Alibaba launched a campaign for Singles Day, its biggest since 2019.", "2022-06-05",
     [("Singles Day", "2022-11-11", "day"), ("2019", "2019-01-01", "year")]),
    # Simplified Chinese.
    ("淘宝2021年10月开始备战双十一。", "2022-06-05",
     [("2021年10月", "2021-10-01", "month"), ("双十一", "2021-11-11", "day")]),
    ("阿里巴巴启动备战双十一。", "2022-06-05", [("双十一", "2022-11-11", "day")]),
    # Traditional Chinese.
    ("淘寶2021年10月開始備戰雙十一。", "2022-06-05",
     [("2021年10月", "2021-10-01", "month"), ("双十一", "2021-11-11", "day")]),
    ("阿里巴巴啟動備戰雙十一。", "2022-06-05", [("双十一", "2022-11-11", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), AIMED_AFTER_A_YEAR_ROWS)
def test_an_aimed_festival_after_a_year_told_is_that_years(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]
