"""A results release's heading is a label, no event; the figure lines under it are the company's events
(``lib.extract.results_headings``; the settled conventions for dates of ``tests/data/realnews/README.md``).

Rows in English, simplified and traditional Chinese, written in the style of results releases; near-misses
(a sentence that holds a heading word, a heading with its content after a colon) keep their events.
"""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.attribution import Attributor
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.event_types import EventTyper
from lib.extract.events import sentence_events
from lib.extract.results_headings import is_a_results_heading
from lib.periods import Period
from lib.rules import load_rules
from tests.article_sentences import article_sentences

RULES = load_rules()
FUTURE_CUES = cue_patterns(RULES.future_cues)
TYPER = EventTyper(RULES.triggers)
ATTRIBUTOR = Attributor(RULES.clause_cues, RULES.company_references)
PUBLISHED = Period(date(2024, 11, 14), "day")
COMPANIES = {"SMIC": "SMIC", "Tencent": "Tencent", "Baidu": "Baidu", "腾讯": "Tencent", "騰訊": "Tencent",
             "百度": "Baidu", "阿里巴巴": "Alibaba", "中芯国际": "SMIC", "中芯國際": "SMIC"}


def _events(*texts: str) -> list[tuple[str, str, str]]:
    """(date words, companies, attribution) of the events of ``texts`` read as one article's sentences."""
    sentences, mentions = article_sentences(COMPANIES, *texts)
    rows = sentence_events("d", sentences, mentions, PUBLISHED, TYPER, FUTURE_CUES, attributor=ATTRIBUTOR)
    return [(row["date_text"], row["companies"], row["attribution"]) for row in rows]


@pytest.mark.parametrize(("line", "heading"), [
    ("Third Quarter 2024 Highlights", True),
    ("2024 Second Quarter Highlights", True),
    ("Key Highlights for the Third Quarter of 2024", True),
    ("Financial Highlights for Q3 2024", True),
    ("二零二四年第三季业绩摘要", True),
    ("2024年第三季度财务摘要", True),
    ("2024年第三季度业绩亮点", True),
    ("二零二四年第三季業績摘要", True),
    ("2024年第三季財務摘要", True),
    ("2024年第三季業績亮點", True),
    # "Key Highlights" in a release's Chinese version (zt2103, Trip.com)
    ("2022年第一季度的主要亮點", True),
    ("2022年第一季度的主要亮点", True),
    # Near-misses: a sentence, a label with its content after a colon, a long line, a line with no heading word.
    ("Revenue highlights of the quarter were strong.", False),
    ("Highlights: revenue rose 9% in the third quarter of 2024", False),
    ("The third quarter of 2024 brought highlights across every segment, from cloud to games, and more", False),
    ("Third Quarter 2024 Results", False),
    ("腾讯今天公布二零二四年第三季业绩摘要。", False),
    ("业绩摘要：第三季度收入同比增长8%", False),
    ("騰訊今天公佈二零二四年第三季業績摘要。", False),
    ("業績摘要：第三季收入按年增長8%", False),
    ("小米今年第一季度的主要亮点是汽车业务。", False),
    ("第一季度的主要亮點包括：收入按年增長8%", False),
])
def test_a_heading_is_a_short_unpunctuated_line_with_a_heading_word(line, heading):
    assert is_a_results_heading(line) is heading


HEADING_CASES = [
    pytest.param(["SMIC today announced its results for the three months ended September 30, 2024.",
                  "Third Quarter 2024 Highlights",
                  "Revenue was $2,171.2 million in 3Q24, compared to $1,901.3 million in 2Q24."],
                 [("today", "SMIC", "text"), ("the three months ended September 30, 2024", "SMIC", "text"),
                  ("3Q24", "SMIC", "context"), ("2Q24", "SMIC", "context")], id="en"),
    pytest.param(["腾讯控股有限公司今天公布截至二零二四年九月三十日止第三季未经审核综合业绩。",
                  "二零二四年第三季业绩摘要",
                  "总收入为人民币1,672亿元，较二零二三年第三季增长8%。"],
                 [("今天", "Tencent", "text"), ("二零二四年九月三十日止第三季", "Tencent", "text"),
                  ("二零二三年第三季", "Tencent", "context")], id="hans"),
    pytest.param(["騰訊控股有限公司今天公佈截至二零二四年九月三十日止第三季未經審核綜合業績。",
                  "二零二四年第三季業績摘要",
                  "總收入為人民幣1,672億元，較二零二三年第三季增長8%。"],
                 [("今天", "Tencent", "text"), ("二零二四年九月三十日止第三季", "Tencent", "text"),
                  ("二零二三年第三季", "Tencent", "context")], id="hant"),
    # Near-misses: a sentence that holds a heading word is the company's, as before.
    pytest.param(["百度今天发布财报。", "百度公布了2024年第三季度业绩摘要。"],
                 [("今天", "Baidu", "text"), ("2024年第三季度", "Baidu", "text")], id="hans-sentence-names"),
    pytest.param(["百度今天發佈財報。", "公司同時公佈了2024年第三季業績摘要。"],
                 [("今天", "Baidu", "text"), ("2024年第三季", "Baidu", "context")], id="hant-sentence-refers"),
]


@pytest.mark.parametrize(("sentences", "expected"), HEADING_CASES)
def test_a_results_heading_is_no_event_and_the_lines_under_it_are(sentences, expected):
    assert _events(*sentences) == expected
