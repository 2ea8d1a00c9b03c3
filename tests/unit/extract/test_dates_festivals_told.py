"""A year-less festival told in a look back at an earlier year (``lib.extract.dates_festivals_told``).

Each row is a passage written for the test, read sentence by sentence as an article is: a Chinese festival name
with no year after a date told two or more years before publication is that story's festival; one told a year
back, one with its own year, an English name and a festival told with no earlier date stay with publication.
"""

from __future__ import annotations

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.dates_festivals_told import festival_in_the_year_told
from lib.extract.dates_in_reading_order import DatesInReadingOrder
from lib.extract.dates_spec import InYear, LunarDay
from lib.parse.script import to_simplified
from lib.periods import Period, parse_iso_period
from lib.rules import load_rules

CUES = cue_patterns(load_rules().future_cues)


def _festival_reading(sentences: list[str], published: str, name: str) -> tuple[str, str] | None:
    """(start, precision) of the period read for ``name`` in the last sentence, read after the others."""
    reader = DatesInReadingOrder(parse_iso_period(published), CUES, find_dates, ())
    start, found = 0, None
    for number, sentence in enumerate(sentences):
        read = reader.read(number, to_simplified(sentence), start, None)
        found = next(((m.period.start.isoformat(), m.period.precision) for m in read.matches
                      if name in sentence[m.start:m.end]), None)
        start += len(sentence) + 1
    return found


LOOK_BACKS = [
    # The year told as the passage's topic, the festival in the next sentence.
    pytest.param(["2015年 – 微信红包：腾讯的微信成为春晚首个独家新媒体互动伙伴。",
                  "除夕当晚微信红包收发总量达10.1亿次。"],
                 "2025-12", "除夕", ("2015-02-18", "day"), id="year-topic-eve-zh-hans"),
    pytest.param(["2015年 – 微信紅包：騰訊的微信成為春晚首個獨家新媒體互動夥伴。",
                  "除夕當晚微信紅包收發總量達10.1億次。"],
                 "2025-12", "除夕", ("2015-02-18", "day"), id="year-topic-eve-zh-hant"),
    # A day told, a sentence with no date, then the festival: the first one on or after the day told.
    pytest.param(["还记得2015年除夕，微信红包那声“摇一摇”吗？", "那场闪电战改变的远不止发压岁钱的方式。",
                  "腾讯利用春节这个天然的强磁场，把社交活动转移到线上。"],
                 "2026-02-06", "春节", ("2015-02-19", "day"), id="eve-then-festival-zh-hans"),
    pytest.param(["2016年，阿里巴巴拿下春晚独家互动权。", "支付寶在春節期間推出「集五福」玩法。"],
                 "2025-12", "春節", ("2016-02-08", "day"), id="year-then-festival-zh-hant"),
    pytest.param(["2019年3月，腾讯调整了组织架构。", "中秋节，腾讯推出了新的小程序。"],
                 "2024-06", "中秋", ("2019-09-13", "day"), id="month-then-mid-autumn-zh-hans"),
]

STAY_WITH_PUBLICATION = [
    # Told a year back: the year just closed that a story of this year's festival recalls.
    pytest.param(["2025年12月28日，火山引擎宣布成为春晚合作伙伴。", "这个春节，豆包成了最忙碌的入口。"],
                 "2026-02-20", "春节", ("2026-02-17", "day"), id="year-before-zh-hans"),
    pytest.param(["2025年，騰訊營收增長一成。", "春節期間，元寶的使用者大增。"],
                 "2026-02-25", "春節", ("2026-02-17", "day"), id="year-before-zh-hant"),
    # No earlier date told: the festival nearest publication.
    pytest.param(["腾讯宣布了新的红包玩法。", "春节期间，元宝的用户大增。"],
                 "2026-02-25", "春节", ("2026-02-17", "day"), id="no-date-before-zh-hans"),
    # English writes a past festival with its year; a bare name after it is this year's.
    pytest.param(["Alibaba's sales exceeded the total reached on Singles Day in 2016.",
                  "The 11th annual Singles Day kicked off at midnight."],
                 "2019-11-11", "Singles Day", ("2019-11-11", "day"), id="english-name"),
    pytest.param(["Tencent first handed out red envelopes in 2015.",
                  "During the Lunar New Year, users sent billions of them."],
                 "2019-03-01", "Lunar New Year", ("2019-02-05", "day"), id="english-lunar-name"),
]


@pytest.mark.parametrize("sentences, published, name, expected", LOOK_BACKS + STAY_WITH_PUBLICATION)
def test_a_festival_after_a_year_told(sentences, published, name, expected):
    assert _festival_reading(sentences, published, name) == expected


SPRING_FESTIVAL = InYear(LunarDay(1, 1))
PLACED = Period(parse_iso_period("2026-02-17").start, "day")


@pytest.mark.parametrize("name, spec, last_told, expected", [
    pytest.param("春节", SPRING_FESTIVAL, "2015", "2015-02-19", id="years-back"),
    pytest.param("春节", SPRING_FESTIVAL, "2025", "2026-02-17", id="one-year-back"),
    pytest.param("春节", InYear(LunarDay(1, 1), year=2026), "2015", "2026-02-17", id="own-year"),
    pytest.param("春节", InYear(LunarDay(1, 1), offset=0), "2015", "2026-02-17", id="this-year"),
    pytest.param("Spring Festival", SPRING_FESTIVAL, "2015", "2026-02-17", id="english"),
    pytest.param("春节", SPRING_FESTIVAL, None, "2026-02-17", id="nothing-told"),
])
def test_festival_in_the_year_told(name, spec, last_told, expected):
    told = parse_iso_period(last_told) if last_told else None
    period = festival_in_the_year_told(name, spec, PLACED, parse_iso_period("2026-02-20"), told)
    assert period.start.isoformat() == expected
