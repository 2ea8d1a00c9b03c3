"""A Chinese firm name and the English name glossing it in brackets (lib/extract/glossed_names.py): the
English name says which firm an ambiguous Chinese name means; where they agree, or the brackets hold
more than a name, nothing changes."""

from __future__ import annotations

from functools import lru_cache

import pytest

from lib.extract.gazetteer import Gazetteer
from lib.extract.glossed_names import with_glossed_names
from lib.rules import builtin_rules


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer(builtin_rules().gazetteer)


def read(text: str) -> list[tuple[str, str]]:
    """(surface text, entity) of every name, glosses read."""
    return [(m.alias, m.entity) for m in with_glossed_names(text, _gazetteer().names(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("其他與晶片相關的公司如博通(Broadcom)及超微(Super Micro)等，股價也都重挫。",
     [("博通", "Broadcom"), ("Broadcom", "Broadcom"), ("超微", "Supermicro"), ("Super Micro", "Supermicro")]),
    ("服务器厂商超微（Super Micro）第四财季营收不及预期，股价下跌。",
     [("超微", "Supermicro"), ("Super Micro", "Supermicro")]),
    ("Server maker Super Micro (超微) fell 12% on Monday after its auditor resigned.",
     [("Super Micro", "Supermicro"), ("超微", "Supermicro")]),
])
def test_an_english_gloss_says_which_firm_a_chinese_name_means(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("外傳因應蘋果、超微（AMD）、輝達（NVIDIA）等美系大廠需求，台積電加速擴產。",
     [("蘋果", "Apple"), ("超微", "AMD"), ("AMD", "AMD"), ("輝達", "Nvidia"), ("NVIDIA", "Nvidia"),
      ("台積電", "TSMC")]),
    ("超微与美超微（Supermicro）是两家公司。",  # the gloss is 美超微's
     [("超微", "AMD"), ("美超微", "Supermicro"), ("Supermicro", "Supermicro")]),
    ("超微宣布降价(Super Micro 随后跟进)。",  # the brackets hold a clause, not a gloss
     [("超微", "AMD"), ("Super Micro", "Supermicro")]),
    ("AMD (超微) rose 3% on Tuesday, as Nvidia (輝達) slipped.",
     [("AMD", "AMD"), ("超微", "AMD"), ("Nvidia", "Nvidia"), ("輝達", "Nvidia")]),
])
def test_names_that_agree_or_do_not_gloss_each_other_keep_their_reading(text, expected):
    assert read(text) == expected
