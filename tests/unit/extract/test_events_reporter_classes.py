"""The company of the report: a trailing "…, as reported by X on Monday" or "…, according to X's report
on Monday" dates X's report, not the happening it reports (the boundaries ", as reported by" and
"according to" of lib/rules/clause_cues.csv open the reporter's clause); Chinese puts the source in
a clause of its own after "，" already ("…，据IDC周二发布的数据").

Each row is a short passage as a reporter writes it (none copied from ``tests/data/realnews``), its
publication date, and every event a reader finds in it: (date words, companies, attribution).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_company_classes import events

ROWS = [
    pytest.param(["Huawei's new phone uses a 7nm chip made by SMIC, as reported by TechInsights on Monday."],
                 "2023-09-05", [("Monday", "TechInsights", "text")], id="as-reported-by-en"),
    pytest.param(["Xiaomi's shipments rose 20%, as first reported by Canalys on Tuesday."], "2025-04-20",
                 [("Tuesday", "Canalys", "text")], id="as-first-reported-by-en"),
    pytest.param(["Xiaomi led the market, according to a report by IDC in January."], "2025-03-01",
                 [("January", "IDC", "text")], id="according-to-a-report-en"),
    pytest.param(["小米出货量居首，据IDC周二发布的数据。"], "2025-04-20", [("周二", "IDC", "text")],
                 id="reporter-clause-hans"),
    pytest.param(["小米出貨量居首，據IDC週二發布的數據。"], "2025-04-20", [("週二", "IDC", "text")],
                 id="reporter-clause-hant"),
    pytest.param(["Huawei began selling the phone on Tuesday, as reported by TechInsights."], "2023-09-05",
                 [("Tuesday", "Huawei", "text")], id="stays-the-happenings-own-date-en"),
    pytest.param(["小米于3月发布新机，据IDC数据。"], "2025-04-20", [("3月", "Xiaomi", "text")],
                 id="stays-the-happenings-own-date-hans"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_the_report_date_is_the_reporters(sentences, published, expected):
    assert events(sentences, published) == expected
