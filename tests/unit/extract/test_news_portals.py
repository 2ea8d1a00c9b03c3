"""A firm that publishes news under its own name (Sina) is the firm when it acts and its news portal, an outlet,
when it is cited as the source of a report (lib/rules/news_portals.csv): the article's companies follow."""

import pytest

from lib.extract.gazetteer import EntityMatch, Gazetteer
from lib.extract.news_portals import NewsPortals
from lib.rules import builtin_rules


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(builtin_rules().gazetteer)


def _portal_kinds(gazetteer: Gazetteer, text: str) -> list[str]:
    return [m.kind for m in gazetteer.find(text) if m.entity in ("Sina", "Sohu")]


# The firm acting: its results, its share price, its listing, its deals.
ACTING = [
    "Sina reported a net loss for the third quarter on Thursday.",
    "Sina and Weibo both fell in pre-market trading.",
    "Over 400 complaints were filed on Sina's consumer platform since Friday.",
    "As Sina expands its payment business, rivals are watching.",
    "Sohu posted higher online game revenue in the second quarter.",
    "新浪周四发布第三季度财报，净营收同比下降。",
    "新浪跌超8%，微博跌幅扩大至11%。",
    "搜狐宣布完成对畅游的私有化。",
    "新浪週四發佈第三季度財報，淨營收按年下降。",
    "搜狐宣佈完成對暢遊的私有化。",
]

# The source of a report: cited before the news it tells, after it, or by its address.
CITED = [
    "According to Sina, the carmaker delivered 10,000 vehicles in March.",
    "As Sina notes, the chipmaker's shares have tripled this year.",
    "The startup has now posted three profitable quarters, Sina notes.",
    "The livestream took in 110 million yuan, according to sina.com.cn.",
    "According to reports from Chinese media outlets such as Yicai, NBD, and Sina, the firm's revenue doubled.",
    "As Sohu reported, the app topped the download charts in May.",
    "据新浪报道，华为将于下月发布新款折叠屏手机。",
    "新浪报道称，小米计划明年推出第二款车型。",
    "根据搜狐报道，该公司已完成新一轮融资。",
    "據新浪報道，華為將於下月發佈新款摺疊屏手機。",
    "新浪報道稱，小米計劃明年推出第二款車型。",
]


@pytest.mark.parametrize("text", ACTING)
def test_a_portal_firm_acting_is_a_company(gazetteer: Gazetteer, text: str) -> None:
    assert _portal_kinds(gazetteer, text) == ["company"]


@pytest.mark.parametrize("text", CITED)
def test_a_portal_firm_cited_as_a_source_is_an_outlet(gazetteer: Gazetteer, text: str) -> None:
    assert _portal_kinds(gazetteer, text) == ["outlet"]


def test_only_the_firms_listed_as_portals_are_told() -> None:
    text = "As Sina notes, sales rose."
    sina = EntityMatch(3, 7, "Sina", "Sina", "company", "Sina")
    cues = [("before", "as"), ("says", "notes")]
    assert NewsPortals([("portal", "Sina"), *cues], builtin_rules().clause_cues).told(text, [sina])[0].kind == "outlet"
    assert NewsPortals(cues, builtin_rules().clause_cues).told(text, [sina]) == [sina]
