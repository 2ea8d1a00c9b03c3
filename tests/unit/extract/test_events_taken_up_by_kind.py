"""A sentence that names no company but takes its company up by what the company did or reports: a fall taken up
by "this" ("this downturn", 此轮下跌), a release taken up by its kind where a subject of its own stops the
Chinese dropped subject (这个发布被业界称为…), the whole figure told as "overall" (整体营收), and the figures under a
heading word ("Outlook:", 展望：). In English, simplified and traditional Chinese (where Chinese already goes on
with the topic by its dropped subject, its rows guard that it still does).

Each row is a short passage as a reporter writes it (none copied from ``tests/data/realnews``), its publication
date, and every event a reader finds in it: (date words, companies, attribution). Rows marked "stays" guard what
the rule must not change.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_company_classes import events

ROWS = [
    # ---- a fall in sales or stock taken up by "this" -------------------------------------------------
    pytest.param(["Nio reported weak sales.", "Sales of its sedans fell by a third.",
                  "A key reason for this downturn was the factory shutdown from March 3 to March 9."], "2026-04-02",
                 [("March 3", "NIO", "context"), ("March 9", "NIO", "context")], id="downturn-en"),
    pytest.param(["Xpeng reported weak sales.", "Sales of its SUVs fell by a third.",
                  "This drop followed a recall announced on March 3."], "2026-04-02",
                 [("March 3", "Xpeng", "context")], id="this-drop-en"),
    pytest.param(["蔚来公布了销量。", "轿车销量下降三成，行业普遍承压。",
                  "此轮下跌主要受3月3日起工厂停产影响，行业人士表示。"], "2026-04-02",
                 [("3月3日", "NIO", "context")], id="downturn-hans"),
    pytest.param(["蔚來公布了銷量。", "轎車銷量下降三成，行業普遍承壓。",
                  "這波跌勢主要受3月3日起工廠停產影響，行業人士表示。"], "2026-04-02",
                 [("3月3日", "NIO", "context")], id="downturn-hant"),
    pytest.param(["Nio reported weak sales.", "Leaves turned red in the fall of 2025."], "2026-04-02", [],
                 id="stays-the-fall-is-a-season-en"),
    # ---- a release taken up by its kind beside a subject of its own -----------------------------------
    # (the line before closes with no stop, so it leaves no topic for a dropped subject to go on with)
    pytest.param(["月之暗面的Kimi K2模型没有发布会,只有一份技术报告",
                  "2025年7月，这次发布被业界视为开源竞赛的转折点。"], "2026-02-06",
                 [("2025年7月", "Moonshot AI", "context")], id="release-hans"),
    pytest.param(["月之暗面的Kimi K2模型沒有發布會,只有一份技術報告",
                  "2025年7月，此次發布被業界視為開源競賽的轉折點。"], "2026-02-06",
                 [("2025年7月", "Moonshot AI", "context")], id="release-hant"),
    pytest.param(["Moonshot AI's Kimi K2 model had no launch event, only a technical report",
                  "In July 2025, the industry saw this release as a turning point."], "2026-02-06",
                 [("July 2025", "Moonshot AI", "context")], id="release-en-stays"),
    pytest.param(["小鹏公布了销量。", "SUV销量下降三成。", "这波下跌源于3月3日宣布的召回，行业人士表示。"],
                 "2026-04-02", [("3月3日", "Xpeng", "context")], id="this-drop-hans"),
    # ---- the whole figure told as "overall" -----------------------------------------------------------
    pytest.param(["Hua Hong reported its annual results.", "Gross margin narrowed.",
                  "Overall revenue was US$1.8 billion in 2024."], "2025-03-30",
                 [("2024", "Hua Hong", "context")], id="overall-en"),
    pytest.param(["华虹公布了年度业绩。", "毛利率收窄，行业整体承压。", "整体营收于2024年达到18亿美元。"], "2025-03-30",
                 [("2024年", "Hua Hong", "context")], id="overall-hans-stays-dropped-subject"),
    pytest.param(["華虹公布了年度業績。", "毛利率收窄，行業整體承壓。", "整體營收於2024年達到18億美元。"], "2025-03-30",
                 [("2024年", "Hua Hong", "context")], id="overall-hant-stays-dropped-subject"),
    pytest.param(["Hua Hong reported its annual results.", "Gross margin narrowed.",
                  "Overall, demand for phones weakened in 2024."], "2025-03-30", [], id="stays-overall-a-market-en"),
    pytest.param(["Xpeng reported its results.", "Gross margin narrowed.",
                  "Projected vehicle deliveries fell short, with guidance of 40,000 units in the fourth quarter."],
                 "2025-11-20", [("the fourth quarter", "Xpeng", "context")], id="projected-en"),
    pytest.param(["小鹏公布了业绩。", "毛利率收窄。", "第四季度交付量预计为4万辆，低于市场预期。"], "2025-11-20",
                 [("第四季度", "Xpeng", "context")], id="projected-hans-stays-dropped-subject"),
    pytest.param(["小鵬公布了業績。", "毛利率收窄。", "第四季度交付量預計為4萬輛，低於市場預期。"], "2025-11-20",
                 [("第四季度", "Xpeng", "context")], id="projected-hant-stays-dropped-subject"),
    # ---- figures under a heading word ----------------------------------------------------------------
    pytest.param(["Baidu reported its results.", "Gross margin narrowed.",
                  "Outlook: Capex is set to rise sharply in 2026."], "2025-11-20",
                 [("2026", "Baidu", "context")], id="outlook-en"),
    pytest.param(["百度公布了业绩。", "毛利率收窄，行业整体承压。", "展望：资本开支将于2026年大幅上升。"], "2025-11-20",
                 [("2026年", "Baidu", "context")], id="outlook-hans-stays-dropped-subject"),
    pytest.param(["百度公布了業績。", "毛利率收窄，行業整體承壓。", "展望：資本開支將於2026年大幅上升。"], "2025-11-20",
                 [("2026年", "Baidu", "context")], id="outlook-hant-stays-dropped-subject"),
    pytest.param(["Baidu reported its results.", "Gross margin narrowed.",
                  "Outlook: The economy is set to slow in 2026."], "2025-11-20", [], id="stays-outlook-no-figure-en"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_a_company_taken_up_by_what_it_did_or_reports(sentences, published, expected):
    assert events(sentences, published) == expected
