"""dates_year_cues on its own: the words around a date that say it is no sentence year, a forecast's period,
a span's opening, or a look back from the date stated before it."""

import pytest

from lib.extract.dates_year_cues import (
    _FORECAST_CUE_REACH,
    a_clause_closes,
    closes_a_span,
    looks_back_to,
    names_a_forecasts_period,
    names_no_sentence_year,
    opens_a_span,
    runs_on_to,
)
from lib.parse.script import to_simplified
from lib.rules import load_rules


def _span(text: str, words: str) -> tuple[str, int, int]:
    simplified = to_simplified(text)
    start = simplified.index(to_simplified(words))
    return simplified, start, start + len(words)


# Class (splits L, M: "the same day or month of another year" in undated stories): a period a forecast,
# an outlook or a target is given for. (text, the period's words, whether a forecast names it)
FORECAST_CASES = [
    ("Kuaishou raised its 2026 revenue guidance to $125 million.", "2026", True),
    ("The company gave guidance for 2026 of 10% growth.", "2026", True),
    ("Analysts cut their outlook for the first quarter of 2026.", "the first quarter of 2026", True),
    ("Meituan kept its fiscal 2026 outlook unchanged.", "2026", True),
    ("快手同时公布2026年第一季度业绩指引。", "2026年第一季度", True),
    ("华为提出2030年营收目标。", "2030年", True),
    ("台積電公布2025年第4季財報及2026年第1季業績展望。", "2026年第1季", True),
    ("小米上調2026年交付目標至55萬輛。", "2026年", True),
    # near misses: the period the report is about, or a forecast beyond its clause or two words on
    ("台積電公布2025年第4季財報及2026年第1季業績展望。", "2025年第4季", False),
    ("In 2025, Tencent beat the guidance it had given.", "2025", False),
    ("Revenue in 2025 rose 12%, ahead of the company's own guidance.", "2025", False),
    ("2025年，腾讯达成全年财测。", "2025年", False),
    ("騰訊2024年營收創新高，優於公司原先目標。", "2024年", False),
]


@pytest.mark.parametrize(("text", "words", "expected"), FORECAST_CASES)
def test_a_period_a_forecast_is_given_for(text, words, expected):
    simplified = to_simplified(text)
    start = simplified.index(to_simplified(words))
    assert names_a_forecasts_period(simplified, start, start + len(words)) is expected


def test_every_forecast_cue_of_the_rule_file_is_in_reach():
    # The cue is looked for only so far back from the period: a longer cue added to stated_year_cues.csv needs a
    # longer reach.
    longest = max(len(cue) for kind, cue in load_rules().stated_year_cues if kind == "forecast")
    assert longest + len(" the ") <= _FORECAST_CUE_REACH


# A year only compared with, opening a span up to now, or when a record now broken was set, is no sentence year.
NO_SENTENCE_YEAR_CASES = [
    ("JD's orders rose 40% compared with 2023 and hit a record in June.", "2023", True),
    ("Sales have doubled since the service launched in August 2022.", "August 2022", True),
    ("京东订单较2023年增长四成。", "2023年", True),
    ("自2022年8月以来，销量翻了一番。", "2022年8月", True),
    ("比亚迪销量刷新去年12月的纪录。", "去年12月", True),
    ("In 2023, JD's orders rose 40%.", "2023", False),
    ("2023年，京东订单增长四成。", "2023年", False),
]


@pytest.mark.parametrize(("text", "words", "expected"), NO_SENTENCE_YEAR_CASES)
def test_a_year_that_is_no_sentence_year(text, words, expected):
    assert names_no_sentence_year(*_span(text, words)) is expected


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The share rose from 13.8% in the first quarter of 2019 to 19.8% in the fourth quarter.",
     "the first quarter of 2019", "the fourth quarter"),
    ("份额从2019年一季度的13.8%一路攀升至四季度的19.8%。", "2019年一季度", "四季度"),
])
def test_a_date_opening_a_span_runs_on_to_the_next(text, first, second):
    simplified, start, end = _span(text, first)
    next_start = simplified.index(to_simplified(second), end)
    assert opens_a_span(simplified, start)
    assert closes_a_span(simplified, end, next_start)
    assert not a_clause_closes(simplified, end, next_start)
    assert runs_on_to(simplified, start, end, next_start)


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("截至2026年1月初，比特币价格较12月中旬暴涨。", "12月中旬", True),
    ("Bitcoin was up 150% from mid-December by early January 2026.", "mid-December", True),
    ("2024年3月28日正式发布，4月开始交付。", "4月", False),
])
def test_a_date_that_looks_back_from_the_stated_one(text, words, expected):
    assert looks_back_to(*_span(text, words)) is expected
