"""An article's dates read sentence by sentence (``lib.extract.dates_in_reading_order``).

Each row is a short passage of two or three sentences written for the test, in English, simplified and traditional
Chinese: what a sentence's dates count from is what the sentences before it told. Rows that must not carry
anything forward (a look back one sentence too far, a dateline's day) stand beside those that must.
"""

from __future__ import annotations

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.dates_in_reading_order import DatesInReadingOrder
from lib.parse.script import to_simplified
from lib.periods import parse_iso_period
from lib.rules import load_rules

CUES = cue_patterns(load_rules().future_cues)


def _read(sentences: list[str], published: str | None, datelines=()) -> list[list[tuple[str, str, str]]]:
    """(words, start, precision) of each sentence's dates read in order; unplaced ones as (words, '', kind)."""
    reader = DatesInReadingOrder(parse_iso_period(published) if published else None, CUES, find_dates, datelines)
    out, start = [], 0
    for number, sentence in enumerate(sentences):
        text = to_simplified(sentence)
        read = reader.read(number, text, start, None)
        out.append([(sentence[m.start:m.end], m.period.start.isoformat(), m.period.precision) for m in read.matches]
                   + [(sentence[d.start:d.end], "", type(d).__name__) for d in read.unplaced])
        start += len(sentence) + 1
    return out


CARRIED = [
    # "the next day" counts from the last day told, not from publication.
    pytest.param(["Xiaomi unveiled the SU7 on March 28, 2024.", "Orders opened the next day."], "2024-04-10",
                 [[("March 28, 2024", "2024-03-28", "day")], [("the next day", "2024-03-29", "day")]],
                 id="next-day-en"),
    pytest.param(["2024年3月28日，小米发布SU7。", "次日，小米开放订单。"], "2024-04-10",
                 [[("2024年3月28日", "2024-03-28", "day")], [("次日", "2024-03-29", "day")]], id="next-day-hans"),
    pytest.param(["2024年3月28日，小米發布SU7。", "次日，小米開放訂單。"], "2024-04-10",
                 [[("2024年3月28日", "2024-03-28", "day")], [("次日", "2024-03-29", "day")]], id="next-day-hant"),
    # No publication date: the story's year places a later year-less month ("in 2023 … in July").
    pytest.param(["Baidu restructured its cloud unit in 2023.", "In July, Baidu cut prices."], None,
                 [[("2023", "2023-01-01", "year")], [("July", "2023-07-01", "month")]], id="narrative-year-en"),
    pytest.param(["2023年，百度重组了智能云。", "7月，百度下调价格。"], None,
                 [[("2023年", "2023-01-01", "year")], [("7月", "2023-07-01", "month")]], id="narrative-year-hans"),
    pytest.param(["2023年，百度重組了智能雲。", "7月，百度下調價格。"], None,
                 [[("2023年", "2023-01-01", "year")], [("7月", "2023-07-01", "month")]], id="narrative-year-hant"),
    # Class (split AH zs3240, an undated story of a half-year report, as zs502 and zs905 are dated ones): the
    # sentence naming the half-year report compares with the half the story told, not a quarter told after it.
    pytest.param(["寒武纪2025年上半年营收28.8亿元,第二季度净利6.8亿元。",
                  "寒武纪在半年报中表示,报告期内收入较上年同期大幅增长。"], None,
                 [[("2025年上半年", "2025-01-01", "half"), ("第二季度", "2025-04-01", "quarter")],
                  [("报告期", "2025-01-01", "half"), ("上年同期", "2024-01-01", "half")]],
                 id="half-report-undated-hans"),
    pytest.param(["寒武紀2025年上半年營收28.8億元,第二季度淨利6.8億元。",
                  "寒武紀在半年報中表示,報告期內收入較上年同期大幅增長。"], None,
                 [[("2025年上半年", "2025-01-01", "half"), ("第二季度", "2025-04-01", "quarter")],
                  [("報告期", "2025-01-01", "half"), ("上年同期", "2024-01-01", "half")]],
                 id="half-report-undated-hant"),
    pytest.param(["Cambricon's revenue for the first half of 2025 rose 43-fold, and its second-quarter profit was 683 "
                  "million yuan.", "In its half-year results, the company said revenue was 2.9 billion yuan, "
                  "compared to 65 million yuan for the same period last year."], None,
                 [[("the first half of 2025", "2025-01-01", "half"), ("second-quarter", "2025-04-01", "quarter")],
                  [("the same period last year", "2024-01-01", "half")]], id="half-report-undated-en"),
    # ... a sentence that names no half-year report compares with the quarter told last, and a report named
    # before any half was told puts none in focus.
    pytest.param(["寒武纪2025年上半年营收28.8亿元,第二季度净利6.8亿元。", "研发投入较上年同期增长2%。"], None,
                 [[("2025年上半年", "2025-01-01", "half"), ("第二季度", "2025-04-01", "quarter")],
                  [("上年同期", "2024-04-01", "quarter")]], id="no-half-report-undated-hans"),
    pytest.param(["寒武纪发布半年报。", "研发投入较上年同期增长2%。"], None, [[], []],
                 id="half-report-no-half-told-hans"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), CARRIED)
def test_a_sentence_counts_from_what_the_sentences_before_it_told(sentences, published, expected):
    assert _read(sentences, published) == expected


UNPLACED = [
    # Nothing tells the year yet: the day waits, unplaced, for the article to place it.
    pytest.param(["On March 3, Zhipu raised new funds.", "The deal closed quickly."], None,
                 [[("March 3", "", "YearLessDay")], []], id="year-less-day-en"),
    pytest.param(["3月3日，智谱完成新一轮融资。", "交易很快完成。"], None,
                 [[("3月3日", "", "YearLessDay")], []], id="year-less-day-hans"),
    pytest.param(["3月3日，智譜完成新一輪融資。", "交易很快完成。"], None,
                 [[("3月3日", "", "YearLessDay")], []], id="year-less-day-hant"),
    # With a publication date the same day is read at once.
    pytest.param(["On March 3, Zhipu raised new funds.", "The deal closed quickly."], "2025-03-10",
                 [[("March 3", "2025-03-03", "day")], []], id="dated-day-en"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), UNPLACED)
def test_a_year_less_day_waits_until_the_story_tells_its_year(sentences, published, expected):
    assert _read(sentences, published) == expected


def test_a_dateline_s_day_is_the_publication_s_and_no_date_of_the_sentence():
    sentence = "新华社北京1月9日电 小米宣布新品。"
    dateline = (0, sentence.index("电") + 1)
    assert _read([sentence], None, [dateline]) == [[]]
    assert _read([sentence], None) == [[("1月9日", "", "YearLessDay")]]


def test_placed_gives_the_unplaced_day_the_year_the_story_then_states():
    reader = DatesInReadingOrder(None, CUES, find_dates)
    first = reader.read(0, "3月3日，智谱完成新一轮融资。", 0, None)
    reader.read(1, "智谱在2025年4月发布新模型。", 16, None)
    row = {"sent_id": 0, "qualifier": "year unknown", "month_day": "03-03", "date": "", "date_end": "",
           "precision": "day", "weekday": "", "planned": False}
    assert [d.text for d in first.unplaced] == ["3月3日"]
    placed = reader.placed([row])
    assert (placed[0]["date"], placed[0]["precision"]) == ("2025-03-03", "day")
    assert row["date"] == ""  # the row handed in stays as it was
