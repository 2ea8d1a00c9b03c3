"""The shipped gazetteer file: loads cleanly, is big enough, and is internally consistent."""

from __future__ import annotations

from collections import defaultdict

import pytest

from lib.parse.script import to_simplified
from lib.rules import load_rules
from lib.rules.gazetteer import parse_gazetteer
from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning
from lib.schema import ENTITY_KINDS

SOURCE = "lib/rules/gazetteer.csv"


@pytest.fixture(scope="module")
def entries():
    return load_rules().gazetteer


def test_loads_with_zero_warnings():
    warnings: list[RuleWarning] = []
    text = (BUILTIN_RULES_DIR / "gazetteer.csv").read_text(encoding="utf-8-sig")
    assert parse_gazetteer(text, SOURCE, warnings)
    assert warnings == []
    # Other rule files are other people's; only this file's warnings are this test's business.
    assert [w for w in load_rules().warnings if w.source == SOURCE] == []


def test_has_at_least_120_companies(entries):
    companies = {e.entity for e in entries if e.kind == "company"}
    assert len(companies) >= 120


def test_kinds_are_valid(entries):
    assert {e.kind for e in entries} <= set(ENTITY_KINDS)
    assert {e.kind for e in entries} == set(ENTITY_KINDS)


def test_every_product_and_person_rolls_up_to_a_company_row(entries):
    parents = {e.entity for e in entries if e.kind == "company" and e.company == e.entity}
    for entry in entries:
        if entry.kind in ("product", "person"):
            assert entry.company in parents, entry
        elif entry.kind == "company":
            # Itself, or the parent a subsidiary rolls up to (one level: a parent is no subsidiary).
            assert entry.company in parents, entry
        else:
            assert entry.company == "", entry


@pytest.mark.parametrize("subsidiary, parent", [
    ("Shopee", "Sea"), ("Lazada", "Alibaba"), ("Huali Microelectronics", "Hua Hong"),
])
def test_a_subsidiary_is_a_company_that_rolls_up_to_its_parent(entries, subsidiary, parent):
    entry = next(e for e in entries if e.entity == subsidiary)
    assert (entry.kind, entry.company) == ("company", parent)


def test_entities_are_unique(entries):
    names = [e.entity for e in entries]
    assert len(names) == len(set(names))


def test_no_alias_maps_to_two_entities(entries):
    owners = defaultdict(set)
    for entry in entries:
        for alias in entry.aliases:
            # Compared as matched: a traditional alias reads as its simplified form.
            owners[to_simplified(alias.lstrip('="').rstrip('"')).casefold()].add(entry.entity)
    assert {alias: names for alias, names in owners.items() if len(names) > 1} == {}


def test_seed_names_are_in_the_file(entries):
    entities = {e.entity for e in entries}
    assert {"Xiaohongshu", "ByteDance", "Kuaishou", "Qihoo 360", "Alibaba", "Baidu", "Tencent",
            "Pinduoduo", "JD.com", "Zhihu", "Meta", "Google", "OpenAI", "Apple", "Stability AI",
            "DeviantArt", "Midjourney", "Sensor Tower", "Capital Today", "Sina", "Moonshot AI",
            "Zhipu AI", "MiniMax", "Baichuan", "iFlytek", "SenseTime", "DeepSeek", "Huawei",
            "Xiaomi", "Meituan", "NetEase", "Bilibili", "Microsoft", "Amazon", "Anthropic", "Nvidia",
            "xAI", "Mistral AI", "Samsung", "GSR Ventures"} <= entities


def test_sectors_of_real_news_are_covered(entries):
    names = {e.entity for e in entries}
    assert {"AMD", "Intel", "TSMC", "SMIC", "Hua Hong", "Cambricon", "Hygon", "Moore Threads", "Biren", "ASML",
            "Applied Materials", "Lam Research", "Tokyo Electron", "SK Hynix", "Micron", "Qualcomm", "MediaTek",
            "Arm", "Broadcom", "YMTC", "CXMT", "Kingsoft", "iQiyi", "Trip.com", "Shein", "Lenovo", "Oppo",
            "Vivo", "Honor", "ZTE", "Inspur", "Megvii", "CloudWalk", "Yitu", "4Paradigm", "Horizon Robotics",
            "BYD", "NIO", "Xpeng", "Li Auto", "Tesla", "Unitree", "UBTech", "AgiBot", "Geely", "Seres",
            "Infinigence", "ModelBest", "Cohere", "Perplexity", "Character.AI", "Hugging Face", "Scale AI",
            "Databricks", "Manus", "Ele.me", "DingTalk", "Xianyu", "Trae", "Ascend", "Kirin"} <= names
