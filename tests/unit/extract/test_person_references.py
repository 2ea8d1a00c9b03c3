"""A person named in full, then by one name: the later name is the same person (and company)."""

from __future__ import annotations

import re

import pytest

from lib.extract.gazetteer import EntityMatch, Gazetteer
from lib.extract.person_references import NAME_WORD, with_person_references
from lib.parse.script import to_simplified
from lib.rules import load_rules

RULES = load_rules()
GAZETTEER = Gazetteer(RULES.gazetteer)
NOT_NAMES = [word for _, _, word in RULES.date_words_en]


def _people(text: str) -> list[tuple[str, str, str]]:
    """(surface, entity, company) of every person match, full and short."""
    matches = with_person_references(text, GAZETTEER.find(text, to_simplified(text)), NOT_NAMES)
    return [(m.alias, m.entity, m.company) for m in matches if m.kind == "person"]


# Class (issue 9): person-of-company referred to by one name after the full name.
# https://news.az (Jensen Huang in Beijing, 2025-04-17); https://www.cnbc.com (Ant's IPO halted, 2020-11-03)
ROWS = [
    ("Nvidia CEO Jensen Huang met officials. Huang arrived in Beijing earlier in the day.",
     [("Jensen Huang", "Jensen Huang", "Nvidia"), ("Huang", "Jensen Huang", "Nvidia")]),
    ("Ant's co-founder Jack Ma met regulators. Regulators summoned Ma for questioning on Monday.",
     [("Jack Ma", "Jack Ma", "Alibaba"), ("Ma", "Jack Ma", "Alibaba")]),
    # A pinyin-order name is referred to by its first word, the family name.
    ("ByteDance said Zhang Yiming stepped down. Zhang said he would focus on long-term strategy.",
     [("Zhang Yiming", "Zhang Yiming", "ByteDance"), ("Zhang", "Zhang Yiming", "ByteDance")]),
    # PDD's chairman and CEO, in either order (GlobeNewswire release on TheStreet, 2021-11-26; Reuters, 2021-03-17).
    ("Pinduoduo will promote young leaders, according to Chen Lei, Chairman and CEO. Chen was appointed CEO on "
     "July 1, 2020.", [("Chen Lei", "Lei Chen", "Pinduoduo"), ("Chen", "Lei Chen", "Pinduoduo")]),
    ("Founder Huang will be replaced by Lei Chen, who keeps his CEO title. Chen said the transition was smooth.",
     [("Lei Chen", "Lei Chen", "Pinduoduo"), ("Chen", "Lei Chen", "Pinduoduo")]),
    # Not before the full name, not in another case, not a month or weekday word.
    ("Huang spoke first. Later Jensen Huang spoke. HUANG and huang are not names here.",
     [("Jensen Huang", "Jensen Huang", "Nvidia")]),
    ("Xiaomi's Lei Jun spoke. Deliveries start Jun 5.", [("Lei Jun", "Lei Jun", "Xiaomi")]),
    # Chinese writes the full name again; a single character is never read as the person.
    ("英伟达CEO黄仁勋抵达北京。黄仁勋当天与官员会面，马上返回。",
     [("黄仁勋", "Jensen Huang", "Nvidia"), ("黄仁勋", "Jensen Huang", "Nvidia")]),
    ("拼多多CEO陈磊在财报会上表示，平台订单量增长。陈磊称，增长将持续。",
     [("陈磊", "Lei Chen", "Pinduoduo"), ("陈磊", "Lei Chen", "Pinduoduo")]),
    ("拼多多執行長陳磊在財報會上表示，平台訂單量增長。陳磊稱，增長將持續。",
     [("陳磊", "Lei Chen", "Pinduoduo"), ("陳磊", "Lei Chen", "Pinduoduo")]),
    ("阿里巴巴創始人馬雲回國。馬雲隨後現身杭州，馬上引發關注。",
     [("馬雲", "Jack Ma", "Alibaba"), ("馬雲", "Jack Ma", "Alibaba")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_person_named_in_full_is_then_named_by_one_name(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(("word", "is_name_word"), [
    ("Huang", True), ("Ma", True), ("Trip", True),
    ("HUANG", False), ("AI", False), ("JD", False), ("iPhone", False), ("O'Brien", False), ("Li9", False),
    ("Li-Auto", False),
])
def test_a_name_word_is_a_capital_then_lower_case_letters(word, is_name_word):
    """The one definition person references and company short names both read."""
    assert (NAME_WORD.fullmatch(word) is not None) is is_name_word


def test_without_people_the_matches_are_returned_as_they_are():
    text = "Tencent and Alibaba reported results."
    matches = GAZETTEER.find(text, text)
    assert with_person_references(text, matches) == list(matches)


def _by_alternation(text: str, matches, names: dict[str, int]) -> list[tuple[int, str]]:
    """The one-name references found the obvious way: an alternation of the names themselves."""
    taken = [(m.start, m.end) for m in matches]
    pattern = re.compile(r"(?<![A-Za-z0-9'’-])(?:" + "|".join(map(re.escape, names)) + r")(?![A-Za-z0-9-])")
    return [(hit.start(), hit.group()) for hit in pattern.finditer(text)
            if hit.start() >= names[hit.group()] and all(hit.end() <= s or hit.start() >= e for s, e in taken)]


@pytest.mark.parametrize("tail", [
    "Li met Lin, then Lina and LiX; Lin's team, Li-based firms, 'Li said', Li9, xLi, Li.",
    "Huang, HUANG, huang, Huangs, O'Huang, -Huang, Huang- and Huang’s plan; Jensen Huang again.",
])
def test_one_name_references_are_those_an_alternation_of_the_names_finds(tail):
    text = "Li Lin and Jensen Huang spoke. " + tail
    matches = [EntityMatch(0, 6, "Li Lin", "Li Lin", "person", "Baidu"),
               EntityMatch(11, 23, "Jensen Huang", "Jensen Huang", "person", "Nvidia")]
    found = [(m.start, m.alias) for m in with_person_references(text, matches) if m not in matches]
    assert found == _by_alternation(text, matches, {"Li": 6, "Lin": 6, "Jensen": 23, "Huang": 23})
    assert found


@pytest.mark.parametrize(("ours", "before_first"), [
    ("lib.extract.person_references", r"(?<![A-Za-z0-9'’-])[A-Z][a-z]+(?![A-Za-z0-9-])"),
    ("lib.extract.company_short_names", r"(?<![A-Za-z0-9'’.-])[A-Z][a-z]+(?![A-Za-z0-9-]|\.[a-z])"),
])
def test_the_capitalised_words_are_those_a_lookbehind_before_the_capital_finds(ours, before_first):
    """The lookbehind stands after the capital so the engine skips ahead to capitals: the same words, at the
    start of a text, after each character a word may not follow, and in every text of the real-news set."""
    import importlib

    from benchmarks.realnews import load_excerpts

    pattern, written = importlib.import_module(ours)._CAPITALISED_WORD, re.compile(before_first)
    texts = ["Ab", "A", "xAb", "'Ab", "’Ab", "-Ab", ".Ab", "1Ab", " Ab", "中Ab", "Ab-c", "Ab.c", "Ab.C", "ABc",
             "AbC", "(Ma)", "Ma's", *(f"{e.title}\n{e.text}" for e in load_excerpts())]
    assert [[m.span() for m in pattern.finditer(t)] for t in texts] == [
        [m.span() for m in written.finditer(t)] for t in texts]
