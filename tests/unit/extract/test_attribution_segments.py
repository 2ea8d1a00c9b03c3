"""A segment as the subject of a results sentence is its company's (``lib.extract.attribution_segments``).

Rows in English, simplified and traditional Chinese, written in the style of results coverage; near-misses
(a market's or an industry's segment, a phrase before the subject) must stay no event.
"""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.attribution import Attributor
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.event_types import EventTyper
from lib.extract.events import sentence_events
from lib.periods import Period
from lib.rules import load_rules
from tests.article_sentences import article_sentences

RULES = load_rules()
FUTURE_CUES = cue_patterns(RULES.future_cues)
TYPER = EventTyper(RULES.triggers)
ATTRIBUTOR = Attributor(RULES.clause_cues, RULES.company_references)
PUBLISHED = Period(date(2025, 9, 1), "month")
COMPANIES = {"Alibaba": "Alibaba", "Baidu": "Baidu", "Tencent": "Tencent", "Kuaishou": "Kuaishou",
             "腾讯": "Tencent", "騰訊": "Tencent", "阿里巴巴": "Alibaba", "百度": "Baidu", "华为": "Huawei",
             "美团": "Meituan", "美團": "Meituan", "小米": "Xiaomi"}
def _events(*texts: str) -> list[tuple[str, str, str]]:
    """(date words, companies, attribution) of the events of ``texts`` read as one article's sentences."""
    sentences, mentions = article_sentences(COMPANIES, *texts)
    rows = sentence_events("d", sentences, mentions, PUBLISHED, TYPER, FUTURE_CUES, attributor=ATTRIBUTOR)
    return [(row["date_text"], row["companies"], row["attribution"]) for row in rows]


SEGMENT_CASES = [
    pytest.param(["Alibaba reported its quarterly results.",
                  "The cloud intelligence division grew revenue 26% in the second quarter of 2025."],
                 [("the second quarter of 2025", "Alibaba", "context")], id="en-division"),
    pytest.param(["Baidu beat forecasts.", "The online marketing segment fell 8% in the fourth quarter of 2024."],
                 [("the fourth quarter of 2024", "Baidu", "context")], id="en-segment"),
    pytest.param(["Tencent released its results.",
                  "By segment, the fintech unit's revenue rose 5% in the third quarter of 2024."],
                 [("the third quarter of 2024", "Tencent", "context")], id="en-by-segment"),
    pytest.param(["腾讯公布了第二季度财报。", "具体而言，增值服务业务2025年第二季度收入同比增长16%。"],
                 [("第二季度", "Tencent", "text"), ("2025年第二季度", "Tencent", "context")], id="hans-lead-in"),
    pytest.param(["百度发布第四季度业绩。", "财报显示，智能云业务2024年收入增长17%，其中海外市场收入增长10%。"],
                 [("第四季度", "Baidu", "text"), ("2024年", "Baidu", "context")], id="hans-market-in-later-clause"),
    pytest.param(["美团发布业绩。", "核心本地商业分部2024年第三季度收入增长20%。"],
                 [("2024年第三季度", "Meituan", "context")], id="hans-division"),
    pytest.param(["华为发布年报。", "2023年它的终端业务收入增长17%。"],
                 [("2023年", "Huawei", "context")], id="hans-its-segment"),
    pytest.param(["騰訊公佈季度業績。", "雲端業務2024年第三季收入按年增長。"],
                 [("2024年第三季", "Tencent", "context")], id="hant-cloud"),
    pytest.param(["阿里巴巴公佈業績。", "具體而言，廣告業務2024年第四季收入增長9%。"],
                 [("2024年第四季", "Alibaba", "context")], id="hant-lead-in"),
    pytest.param(["小米發佈業績。", "汽車業務2024年第四季收入達到167億元。"],
                 [("2024年第四季", "Xiaomi", "context")], id="hant-car"),
]


@pytest.mark.parametrize(("sentences", "expected"), SEGMENT_CASES)
def test_a_segment_as_the_subject_is_the_companys(sentences, expected):
    assert _events(*sentences) == expected


NOT_A_SEGMENT_CASES = [
    pytest.param(["Tencent released its results.", "The global cloud market grew 20% in the second quarter of 2024."],
                 id="en-market"),
    pytest.param(["Alibaba reported results.", "The industry's cloud segment grew 20% in the second quarter of 2024."],
                 id="en-industry-owns-it"),
    pytest.param(["Baidu reported results.", "The Chinese business community grew more cautious in May 2024."],
                 id="en-business-is-no-segment"),
    pytest.param(["腾讯公布财报。", "中国游戏市场收入2024年第二季度下降3%。"], id="hans-market"),
    pytest.param(["腾讯公布财报。", "2024年，全球云业务市场规模增长20%。"], id="hans-segment-market"),
    pytest.param(["阿里巴巴发布财报。", "在云业务方面，行业2024年整体增长放缓。"], id="hans-phrase-before-subject"),
    pytest.param(["騰訊公佈財報。", "中國遊戲市場收入2024年第二季下降3%。"], id="hant-market"),
    pytest.param(["騰訊公佈業績。", "2024年，全球雲端業務市場規模增長20%。"], id="hant-segment-market"),
]


@pytest.mark.parametrize("sentences", NOT_A_SEGMENT_CASES)
def test_a_markets_segment_or_a_phrase_before_the_subject_is_no_event(sentences):
    assert _events(*sentences) == []
