"""Year-less quarters and halves of an undated story, told before the sentence that states its year.

A results story often names its period bare in its lead ("first-half net profit", "in the third quarter", 第三季度,
上半年) and states the year later: the bare period is of that year when it lies in the half-year up to that first
date, as a year-less month is (``lib.extract.story_time.placed_before_the_first_date``); one that nothing places is no
event, since a part of a year has no story of its own to be matched by (seen in AI en3305, AE zt2960, X zt2207).

Each row is a short passage written for the test, none copied from ``tests/data/realnews``.
"""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.year_less_parts import YearLessPart, parts_alone, placed_as_reported, without_open_parts
from lib.periods import Period
from lib.schema import YEAR_UNKNOWN
from lib.schema import Event as E
from tests.unit.extract.test_events_news_classes import _events


@pytest.mark.parametrize(("text", "words", "precision", "month"), [
    pytest.param("Xiaomi reported a 45% rise in first-half revenue.", "first-half", "half", 1, id="first-half-en"),
    pytest.param("Tencent's gaming revenue grew 9% in the third quarter.", "the third quarter", "quarter", 7,
                 id="third-quarter-en"),
    pytest.param("Kuaishou's Q2 advertising revenue beat forecasts.", "Q2", "quarter", 4, id="code-en"),
    pytest.param("腾讯第三季度网络游戏收入增长9%。", "第三季度", "quarter", 7, id="quarter-hans"),
    pytest.param("小米上半年营收增长30%。", "上半年", "half", 1, id="half-hans"),
    pytest.param("騰訊第三季度網絡遊戲收入增長9%。", "第三季度", "quarter", 7, id="quarter-hant"),
])
def test_parts_alone_finds_a_year_less_quarter_or_half(text, words, precision, month):
    start = text.index(words)
    assert parts_alone(text, []) == [YearLessPart(start, start + len(words), words, precision, month)]


@pytest.mark.parametrize("text", [
    pytest.param("Tencent's gaming revenue grew 9% in the third quarter of 2024.", id="stated-year-en"),
    pytest.param("Alibaba's cloud revenue fell last quarter.", id="last-quarter-en"),
    pytest.param("Baidu expects ad revenue to recover next quarter.", id="next-quarter-en"),
    pytest.param("By the end of the second quarter, Baidu had 1,000 robotaxis.", id="end-of-quarter-en"),
    pytest.param("腾讯2024年第三季度网络游戏收入增长9%。", id="stated-year-hans"),
    pytest.param("阿里巴巴去年第三季度云收入下滑。", id="last-year-hans"),
    pytest.param("百度預計下季度廣告收入回升。", id="next-quarter-hant"),
])
def test_parts_alone_leaves_a_part_with_its_year_or_its_shift(text):
    assert parts_alone(text, []) == []


def test_parts_alone_leaves_what_is_read():
    text = "Xiaomi reported a 45% rise in first-half revenue."
    assert parts_alone(text, parts_alone(text, [])) == []


def test_without_open_parts_drops_only_year_less_quarters_and_halves():
    rows = [{E.QUALIFIER: YEAR_UNKNOWN, E.PRECISION: "quarter"}, {E.QUALIFIER: YEAR_UNKNOWN, E.PRECISION: "half"},
            {E.QUALIFIER: YEAR_UNKNOWN, E.PRECISION: "month"}, {E.QUALIFIER: YEAR_UNKNOWN, E.PRECISION: "day"},
            {E.QUALIFIER: "", E.PRECISION: "quarter"}]
    assert without_open_parts(rows) == rows[2:]


LEAD_UP_ROWS = [
    pytest.param(["Xiaomi reported a 45% rise in first-half revenue.",
                  "In the first half of 2024, Xiaomi shipped 80 million smartphones."],
                 [("first-half", "2024-01-01", "half", "Xiaomi", "text", False),
                  ("the first half of 2024", "2024-01-01", "half", "Xiaomi", "text", False)], id="half-en"),
    pytest.param(["Tencent's gaming revenue grew 9% in the third quarter.",
                  "Tencent published the figures on November 13, 2024."],
                 [("the third quarter", "2024-07-01", "quarter", "Tencent", "text", False),
                  ("November 13, 2024", "2024-11-13", "day", "Tencent", "text", False)], id="quarter-en"),
    pytest.param(["小米上半年营收增长30%。", "2024年上半年，小米手机出货量达8000万部。"],
                 [("上半年", "2024-01-01", "half", "Xiaomi", "text", False),
                  ("2024年上半年", "2024-01-01", "half", "Xiaomi", "text", False)], id="half-hans"),
    pytest.param(["腾讯第三季度网络游戏收入增长9%。", "2024年11月13日，腾讯公布了上述业绩。"],
                 [("第三季度", "2024-07-01", "quarter", "Tencent", "text", False),
                  ("2024年11月13日", "2024-11-13", "day", "Tencent", "text", False)], id="quarter-hans"),
    pytest.param(["小米上半年營收增長30%。", "2024年上半年，小米手機出貨量達8000萬部。"],
                 [("上半年", "2024-01-01", "half", "Xiaomi", "text", False),
                  ("2024年上半年", "2024-01-01", "half", "Xiaomi", "text", False)], id="half-hant"),
    pytest.param(["騰訊第三季度網絡遊戲收入增長9%。", "2024年11月13日，騰訊公布了上述業績。"],
                 [("第三季度", "2024-07-01", "quarter", "Tencent", "text", False),
                  ("2024年11月13日", "2024-11-13", "day", "Tencent", "text", False)], id="quarter-hant"),
    # Near miss: a first date more than half a year after the part is a look on, not its lead-up: no event.
    pytest.param(["Alibaba's cloud revenue rose in the first quarter.",
                  "On December 12, 2024, Alibaba announced a restructuring."],
                 [("December 12, 2024", "2024-12-12", "day", "Alibaba", "text", False)], id="near-miss-far-en"),
    pytest.param(["阿里巴巴第一季度云收入增长。", "2024年12月12日，阿里巴巴宣布重组。"],
                 [("2024年12月12日", "2024-12-12", "day", "Alibaba", "text", False)], id="near-miss-far-hans"),
    # Near miss: a year told alone (a founding) places nothing before it, and the part is no event.
    pytest.param(["Xiaomi reported a 45% rise in first-half revenue.", "Xiaomi was founded in 2010."],
                 [("2010", "2010-01-01", "year", "Xiaomi", "text", False)], id="near-miss-year-alone-en"),
    pytest.param(["小米上半年營收增長30%。", "小米成立於2010年。"],
                 [("2010年", "2010-01-01", "year", "Xiaomi", "text", False)], id="near-miss-year-alone-hant"),
]


@pytest.mark.parametrize(("sentences", "expected"), LEAD_UP_ROWS)
def test_a_year_less_part_takes_the_year_of_the_first_date_it_leads_up_to(sentences, expected):
    assert _events(sentences, None) == expected


# A quarter the story sets against the same quarter a year back ("compared to the third quarter of 2020",
# 较2020年第三季度) is the quarter it reports, a year on (``story_time.a_year_on``): a year-less quarter of that number
# is that quarter told again (X en2210, AJ en3413).
REPORTED_ROWS = [
    pytest.param(["NetEase's game revenue rose in the third quarter.",
                  "NetEase's total revenue grew 19% compared to the third quarter of 2020."],
                 [("the third quarter", "2021-07-01", "quarter", "NetEase", "text", False),
                  ("the third quarter of 2020", "2020-07-01", "quarter", "NetEase", "text", False)], id="en"),
    pytest.param(["网易第三季度游戏收入增长。", "网易总营收较2020年第三季度增长19%。"],
                 [("第三季度", "2021-07-01", "quarter", "NetEase", "text", False),
                  ("2020年第三季度", "2020-07-01", "quarter", "NetEase", "text", False)], id="hans"),
    pytest.param(["網易第三季度遊戲收入增長。", "網易總營收較2020年第三季度增長19%。"],
                 [("第三季度", "2021-07-01", "quarter", "NetEase", "text", False),
                  ("2020年第三季度", "2020-07-01", "quarter", "NetEase", "text", False)], id="hant"),
    # Near miss: a quarter of another number is not the one reported, and nothing places it.
    pytest.param(["NetEase's game revenue rose in the second quarter.",
                  "NetEase's total revenue grew 19% compared to the third quarter of 2020."],
                 [("the third quarter of 2020", "2020-07-01", "quarter", "NetEase", "text", False)],
                 id="near-miss-other-quarter-en"),
]


@pytest.mark.parametrize(("sentences", "expected"), REPORTED_ROWS)
def test_a_year_less_quarter_is_the_quarter_the_story_sets_against_a_year_back(sentences, expected):
    assert _events(sentences, None) == expected


def test_placed_as_reported_leaves_a_quarter_two_reported_quarters_share():
    row = {E.QUALIFIER: YEAR_UNKNOWN, E.PRECISION: "quarter", E.MONTH_DAY: "--07", E.DATE: "", E.DATE_END: ""}
    reported = {Period(date(2020, 7, 1), "quarter"), Period(date(2021, 7, 1), "quarter")}
    assert placed_as_reported([row], reported) == [row]
