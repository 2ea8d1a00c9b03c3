"""What a company did, referred to without naming it: a sentence that names no company but takes up the
expansion, the IPOs or the signing the sentence before told is an event of that sentence's company
(``lib/rules/company_references.txt``), in English, simplified and traditional Chinese.

Each row is a short passage as a reporter writes it (invented, none from ``tests/data/realnews``), its
publication date and every event a reader finds in it: (date words, companies, attribution). Rows marked
"stays" are near-misses the new words must leave as they were.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_company_classes import events

ROWS = [
    pytest.param(["SMIC plans to add 10,000 wafers a month of capacity this year.",
                  "Most tools will not arrive until the second half, so the expansion will add little revenue "
                  "this year."], "2021-02-06",
                 [("this year", "SMIC", "text"), ("the second half", "SMIC", "context"),
                  ("this year", "SMIC", "context")], id="en-the-expansion"),
    pytest.param(["Zhipu AI and MiniMax listed in Hong Kong in January.",
                  "Funds piled into the two IPOs, extending the rush for listings last year."], "2026-02-08",
                 [("January", "Zhipu AI;MiniMax", "text"), ("last year", "Zhipu AI", "context")],
                 id="en-the-two-ipos"),
    # A government's own order in the sentence no longer makes it the government's: the signing is the deal's.
    pytest.param(["字节跳动与甲骨文签署了协议。", "周四的签约是为了赶在特朗普政府命令规定的1月22日截止日前达成。"],
                 "2026-01-23", [("周四", "ByteDance", "context"), ("1月22日", "ByteDance", "context")],
                 id="hans-the-signing"),
    pytest.param(["字節跳動與甲骨文簽署了協議。", "週四的簽約是為了趕在川普政府命令規定的1月22日截止日前達成。"],
                 "2026-01-23", [("週四", "ByteDance", "context"), ("1月22日", "ByteDance", "context")],
                 id="hant-the-signing"),
    pytest.param(["腾讯与合作伙伴达成协议。", "此次签约须待美国政府3月批准。"], "2025-02-10",
                 [("3月", "Tencent", "context")], id="hans-this-signing"),
    # ---- stays ----------------------------------------------------------------------------------
    pytest.param(["Economists expect an expansion of exports in 2025."], "2025-02-10", [], id="stays-an-expansion"),
    pytest.param(["IPOs in Hong Kong raised $10 billion last year."], "2025-02-10", [], id="stays-ipos-no-article"),
    pytest.param(["球员于3月签约新俱乐部。"], "2025-02-10", [], id="stays-hans-signing-without-reference"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_a_sentence_taking_up_what_a_company_did_is_its_event(sentences, published, expected):
    assert events(sentences, published) == expected
