"""The products an event names, and which events share one."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.story_products import common_to, event_products, share_a_product, union_of
from lib.schema import Event, Mention


def test_each_event_gets_the_products_its_own_sentence_names():
    events = pd.DataFrame({Event.DOC_ID: ["a", "a", "b", "c"], Event.SENT_ID: [0, 0, 3, 1]},
                          index=[7, 8, 9, 10])
    mentions = pd.DataFrame({
        Mention.DOC_ID: ["a", "a", "a", "b", "b", "c"],
        Mention.SENT_ID: [0, 0, 1, 3, 3, 2],
        Mention.ENTITY: ["DeepSeek-R1", "DeepSeek", "Kimi", "Doubao", "Doubao", "Kimi"],
        Mention.KIND: ["product", "company", "product", "product", "product", "product"],
    })
    found = event_products(events, mentions)
    assert found.index.tolist() == [7, 8, 9, 10]
    assert found.tolist() == [frozenset({"DeepSeek-R1"}), frozenset({"DeepSeek-R1"}), frozenset({"Doubao"}),
                              frozenset()]
    assert event_products(events, None).tolist() == [frozenset()] * 4
    assert event_products(events, mentions[mentions[Mention.KIND] == "company"]).tolist() == [frozenset()] * 4


def test_two_members_share_a_product_when_both_name_it():
    products = [frozenset({"Kimi"}), frozenset(), frozenset({"Kimi", "Doubao"}), frozenset({"Doubao"})]
    shared = share_a_product(products, [0, 1, 2, 3])
    assert shared.tolist() == [[True, False, True, False],
                               [False, False, False, False],
                               [True, False, True, True],
                               [False, False, True, True]]
    assert share_a_product([frozenset(), frozenset()], [0, 1]).tolist() == [[False, False], [False, False]]
    assert share_a_product(products, [3, 0]).dtype == np.bool_


@pytest.mark.parametrize("cell, expected", [
    ("ByteDance", {"ByteDance"}),
    ("ByteDance;Alibaba", {"ByteDance", "Alibaba"}),
    ("", set()),
    (None, set()),
    (float("nan"), set()),
])
def test_company_set_of_a_companies_cell(cell, expected):
    from lib.analyze.story_products import company_set
    from lib.schema import COMPANY_SEPARATOR
    if isinstance(cell, str):
        cell = cell.replace(";", COMPANY_SEPARATOR)
    assert company_set(cell) == frozenset(expected)


def test_product_linkage_is_the_mean_over_members_naming_the_product_in_reports_of_one_kind():
    from lib.analyze.story_products import merged_product_sums, product_linkage, product_sums
    x, y = np.array([1.0, 0.0]), np.array([0.6, 0.8])
    group = merged_product_sums(product_sums(frozenset({"Kimi"}), "launch", x),
                                product_sums(frozenset({"Kimi"}), "launch", y))
    assert group[("Kimi", "launch")][1] == 2
    assert product_linkage(group, product_sums(frozenset({"Kimi"}), "launch", x)) == pytest.approx(0.8)
    assert product_linkage(group, product_sums(frozenset({"Kimi"}), "money/market", x)) is None
    assert product_sums(frozenset({"Kimi"}), "other", x) == {}
    assert product_linkage(group, product_sums(frozenset({"Doubao"}), "launch", x)) is None


def test_two_members_share_a_product_of_a_kind_when_both_name_it_in_reports_of_one_kind():
    from lib.analyze.story_products import share_a_product_of_a_kind
    products = [frozenset({"Ernie Bot"}), frozenset({"Ernie Bot"}), frozenset({"Ernie Bot"}), frozenset({"Ernie Bot"})]
    kinds = ["launch", "launch", "money/market", "other"]
    shared = share_a_product_of_a_kind(products, kinds, [0, 1, 2, 3])
    assert shared.tolist() == [[True, True, False, False],
                               [True, True, False, False],
                               [False, False, True, False],
                               [False, False, False, False]]  # an untyped report says no kind


def test_two_groups_say_alike_of_a_product_at_the_bar_given():
    from lib.analyze.story_products import product_sums, say_alike_of_a_product
    x, y = np.array([1.0, 0.0]), np.array([0.15, 0.99])
    first = product_sums(frozenset({"Ernie Bot"}), "launch", x)
    second = product_sums(frozenset({"Ernie Bot"}), "launch", y)
    assert say_alike_of_a_product(first, second, 0.10)
    assert not say_alike_of_a_product(first, second, 0.25)
    assert not say_alike_of_a_product(first, product_sums(frozenset({"Ernie Bot"}), "money/market", y), 0.0)


def test_two_members_share_a_regulator_when_both_name_it_in_reports_of_a_happening_of_any_kind():
    from lib.analyze.story_products import share_a_regulator
    regulators = [frozenset({"SAMR"}), frozenset({"SAMR"}), frozenset({"SAMR"}), frozenset({"CAC"})]
    kinds = ["regulation", "launch", "other", "regulation"]
    assert share_a_regulator(regulators, kinds, [0, 1, 2, 3]).tolist() == [
        [True, True, False, False],
        [True, True, False, False],
        [False, False, False, False],  # an untyped report tells no act
        [False, False, False, True]]


def test_regulator_sums_put_every_kind_of_happening_together():
    from lib.analyze.story_products import regulator_sums, say_alike_of_a_product
    x, y = np.array([1.0, 0.0]), np.array([0.15, 0.99])
    assert say_alike_of_a_product(regulator_sums(frozenset({"SAMR"}), "launch", x),
                                  regulator_sums(frozenset({"SAMR"}), "regulation", y), 0.10)
    assert not say_alike_of_a_product(regulator_sums(frozenset({"SAMR"}), "launch", x),
                                      regulator_sums(frozenset({"CAC"}), "regulation", y), 0.0)
    assert regulator_sums(frozenset({"SAMR"}), "other", x) == {}


@pytest.mark.parametrize(("first", "second", "union", "common"), [
    ({"Baidu"}, {"Baidu", "Alibaba"}, {"Baidu", "Alibaba"}, {"Baidu"}),
    ({"百度", "阿里巴巴"}, set(), {"百度", "阿里巴巴"}, set()),
    ({"騰訊"}, {"網易"}, {"騰訊", "網易"}, set()),
])
def test_union_and_common_names_are_the_sets_and_a_side_itself_when_it_is_the_answer(first, second, union, common):
    first, second = frozenset(first), frozenset(second)
    assert union_of(first, second) == union and union_of(second, first) == union
    assert common_to(first, second) == common and common_to(second, first) == common
    for answer in (union_of(first, second), common_to(first, second)):
        if answer in (first, second):
            assert answer is first or answer is second


def test_events_naming_no_product_share_one_empty_set():
    events = pd.DataFrame({Event.DOC_ID: ["d1", "d1", "d2"], Event.SENT_ID: [0, 1, 0]})
    mentions = pd.DataFrame({Mention.DOC_ID: ["d1"], Mention.SENT_ID: [0], Mention.KIND: ["product"],
                             Mention.ENTITY: ["Ernie Bot"]})
    products = event_products(events, mentions)
    assert list(products) == [frozenset({"Ernie Bot"}), frozenset(), frozenset()]
    assert products.iloc[1] is products.iloc[2]
