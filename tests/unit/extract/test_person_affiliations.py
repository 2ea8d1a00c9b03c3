"""A person named beside a firm stands for that firm: the date is the firm's, not the company the gazetteer
rolls the person up to; a person named alone, or one of the article's own company, keeps their company.

Rows are short passages as a reporter writes them (none copied from ``tests/data/realnews``) run through the
built-in gazetteer and ``sentence_events``; "stays" rows guard what the rule must not change.
"""

from __future__ import annotations

import pytest

from lib.extract.gazetteer import EntityMatch
from lib.extract.person_affiliations import without_persons_companies
from tests.unit.extract.test_events_company_classes import events

ROWS = [
    # ---- the person is the firm's controller, founder, officer: the firm's date --------------------------
    pytest.param(["Regulators summoned Ant Group's controlling shareholder Jack Ma on November 2."], "2020-11-04",
                 [("November 2", "Ant Group", "text")], id="en-owner-possessive"),
    pytest.param(["Ant Group founder Jack Ma met regulators on Monday, a day before the listing."], "2020-11-04",
                 [("Monday", "Ant Group", "text")], id="en-title-before"),
    pytest.param(["In April, Tesla CEO Elon Musk made an unannounced visit to Beijing."], "2024-05-01",
                 [("April", "Tesla", "text")], id="en-chief-executive"),
    pytest.param(["Ant Group was due to list on November 5.",
                  "Jack Ma and other Ant Group executives were summoned on November 2."], "2020-11-04",
                 [("November 5", "Ant Group", "text"), ("November 2", "Ant Group", "text")], id="en-executives"),
    pytest.param(["11月2日，监管部门约谈了蚂蚁集团实际控制人马云。"], "2020-11-04",
                 [("11月2日", "Ant Group", "text")], id="hans-controller"),
    pytest.param(["蚂蚁集团原定11月5日上市。", "马云等蚂蚁集团高管11月2日被约谈。"], "2020-11-04",
                 [("11月5日", "Ant Group", "text"), ("11月2日", "Ant Group", "text")], id="hans-executives"),
    pytest.param(["特斯拉执行长马斯克4月突访北京。"], "2024-05-01", [("4月", "Tesla", "text")], id="hans-chief"),
    pytest.param(["螞蟻集團實際控制人馬雲11月2日遭監管機構約談。"], "2020-11-04",
                 [("11月2日", "Ant Group", "text")], id="hant-controller"),
    pytest.param(["螞蟻集團原定11月5日上市。", "馬雲等螞蟻集團高管11月2日被約談。"], "2020-11-04",
                 [("11月5日", "Ant Group", "text"), ("11月2日", "Ant Group", "text")], id="hant-executives"),
    # ---- stays: a person named alone is their company's actor ------------------------------------------
    pytest.param(["Jack Ma spoke at a finance summit in Shanghai on October 24."], "2020-11-04",
                 [("October 24", "Alibaba", "text")], id="en-stays-alone"),
    pytest.param(["马云10月24日在外滩金融峰会上发表演讲。"], "2020-11-04", [("10月24日", "Alibaba", "text")],
                 id="hans-stays-alone"),
    pytest.param(["馬雲10月24日在外灘金融峰會上發表演講。"], "2020-11-04", [("10月24日", "Alibaba", "text")],
                 id="hant-stays-alone"),
    # ---- stays: a person of the article's own company keeps it beside another firm ---------------------
    pytest.param(["ByteDance launched a video model on Monday.",
                  "The company hired Jiang Lu, who was a key contributor to Google's VideoPoet, unveiled late last "
                  "year."], "2024-02-10",
                 [("Monday", "ByteDance", "text"), ("late last year", "ByteDance;Google", "text")],
                 id="en-stays-article-company"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_a_person_beside_a_firm_stands_for_it(sentences, published, expected):
    assert events(sentences, published) == expected


def _mention(entity: str, kind: str, company: str) -> EntityMatch:
    return EntityMatch(0, 1, entity, entity, kind, company)


MA = _mention("Jack Ma", "person", "Alibaba")
ANT = _mention("Ant Group", "company", "Ant Group")
ALIPAY = _mention("Alipay", "product", "Ant Group")


@pytest.mark.parametrize(("companies", "mentions", "main", "expected"), [
    pytest.param(["Alibaba", "Ant Group"], [MA, ANT], "", ["Ant Group"], id="firm-named"),
    pytest.param(["Alibaba"], [MA, ANT], "", ["Alibaba"], id="firm-not-the-dates"),
    pytest.param(["Alibaba", "Ant Group"], [MA, ALIPAY], "", ["Alibaba", "Ant Group"], id="only-a-product"),
    pytest.param(["Alibaba", "Ant Group"], [MA, ANT], "Alibaba", ["Alibaba", "Ant Group"], id="article-company"),
    pytest.param(["Alibaba", "Ant Group"], [MA, ANT, _mention("Alibaba", "company", "Alibaba")], "",
                 ["Alibaba", "Ant Group"], id="both-named"),
])
def test_without_persons_companies(companies, mentions, main, expected):
    given = list(companies)
    assert without_persons_companies(companies, mentions, main) == expected
    assert companies == given  # the input is left as it was
