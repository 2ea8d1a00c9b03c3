"""The extraction benchmark's company scoring: aliases counted as one company, outlets as none, and each missed
company counted by why it was missed."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.company_scores import company_names, missed_company_reason, score_companies
from benchmarks.extraction_scores import Score

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_company_scoring_maps_aliases_to_one_name():
    score = Score()
    canonical = {"字节跳动": "ByteDance", "bytedance": "ByteDance"}.get
    score_companies("en01", ["ByteDance", "Zhipu AI"], {"字节跳动", "Tencent"},
                    lambda name: canonical(name.casefold(), name), score)
    assert (score.gold_companies, score.predicted_companies, score.found_companies) == (2, 2, 1)


@pytest.mark.parametrize(("name", "canonical"), [
    ("ByteDance", "ByteDance"),
    ("字节跳动", "ByteDance"),
    ("bytedance", "ByteDance"),                       # case does not matter
    ("Acme Widgets Holdings", "Acme Widgets Holdings"),  # unknown names stand for themselves
])
def test_any_alias_maps_to_the_gazetteers_name(name, canonical):
    assert company_names(SEEDS)(name) == canonical


@pytest.mark.parametrize(("name", "reason"), [
    ("ByteDance", "in the gazetteer, not matched in the text"),
    ("Doubao", "in the gazetteer as a product"),
    ("Zhang Yiming", "in the gazetteer as a person"),
    ("Acme Widgets Holdings", "not in the gazetteer"),
])
def test_a_missed_company_is_counted_by_why(name, reason):
    assert missed_company_reason(name, company_names(SEEDS)) == reason


def test_missed_companies_are_counted_per_reason():
    score = Score()
    score_companies("en01", ["ByteDance", "Acme Widgets Holdings"], set(), company_names(SEEDS), score)
    assert score.missed_companies == {"in the gazetteer, not matched in the text": 1, "not in the gazetteer": 1}
    assert score.details == ["en01: companies missed ['Acme Widgets Holdings', 'ByteDance'], extra []"]
