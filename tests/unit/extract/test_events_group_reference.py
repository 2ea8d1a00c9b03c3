"""集团 / 集團 / 本集团 ("the group") refers to the company of a results report, as "the group" does in
English: "集团上季非公认会计准则净利润…" goes on with the company named before (the ``^集团`` and
``本集团`` lines of lib/rules/company_references.txt). Only as the sentence's first word: a named group
(阿里巴巴集团) is that name, and "the Group of Seven" is no company.

Each row is a short passage as a reporter writes it (none copied from ``tests/data/realnews``), its
publication date, and every event a reader finds in it: (date words, companies, attribution).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_company_classes import events

ROWS = [
    pytest.param(["阿里巴巴昨日公布季度业绩。", "集团上季收入2477.95亿元，同比增长5%。"], "2025-11-26",
                 [("昨日", "Alibaba", "text"), ("上季", "Alibaba", "context")], id="group-hans"),
    pytest.param(["阿里巴巴昨交出季績！", "集團上季非公認會計準則淨利潤103.52億元，按年下降72%。"], "2025-11-26",
                 [("昨", "Alibaba", "text"), ("上季", "Alibaba", "context")], id="group-hant"),
    pytest.param(["騰訊昨日公佈業績。", "本集團第三季收入增長15%。"], "2025-11-14",
                 [("昨日", "Tencent", "text"), ("第三季", "Tencent", "context")], id="the-group-hant"),
    pytest.param(["HSBC reported results on Tuesday.", "The group's revenue rose 5% in the third quarter."],
                 "2025-10-30", [("Tuesday", "HSBC", "text"), ("the third quarter", "HSBC", "context")],
                 id="group-en"),
    pytest.param(["腾讯昨日公布业绩。", "阿里巴巴集团上季收入增长5%。"], "2025-11-26",
                 [("昨日", "Tencent", "text"), ("上季", "Alibaba", "text")], id="stays-named-group-hans"),
    pytest.param(["Tencent reported results on Wednesday.", "The Group of Seven agreed on new rules in May."],
                 "2025-06-30", [("Wednesday", "Tencent", "text"), ("May", "", "text")], id="stays-group-of-seven-en"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_the_group_refers_to_the_company(sentences, published, expected):
    assert events(sentences, published) == expected
