"""Story linkage: candidate pairs of one block and their average-linkage merging."""

from __future__ import annotations

import numpy as np
import pytest

from lib.analyze.story_blocks import story_blocks, story_members
from lib.analyze.story_linkage import SAME_STORY_SIMILARITY, candidate_pairs, linked_groups
from lib.schema import Event
from tests.unit.analyze.test_stories import _events


def _unit(*rows):
    matrix = np.array(rows, dtype=np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def _march(docs, company="Tencent"):
    return _events([(d, "2025-03-01", "2025-03-31", "month", company, f"{company} news {n} in March", "March")
                    for n, d in enumerate(docs)])


def _groups(events, vectors, threshold=SAME_STORY_SIMILARITY):
    members = story_members(events, None)
    return linked_groups(members, vectors, threshold, story_blocks(members)).tolist()


def test_close_pairs_in_a_row_do_not_chain_the_far_ends():
    a, c = [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]
    vectors = _unit(a, [1.0, 1.0, 0.0], c)
    groups = _groups(_march("abc"), vectors, threshold=0.6)
    assert groups[0] != groups[2]
    assert groups[1] in (groups[0], groups[2])


@pytest.mark.parametrize(("docs", "linked"), [
    pytest.param("ab", True, id="two articles saying alike"),
    pytest.param("aa", False, id="one article's two sentences, alike or not, are never a pair"),
])
def test_only_reports_of_different_articles_link(docs, linked):
    vectors = _unit([1.0, 0.0, 0.0], [1.0, 0.0, 0.0])
    groups = _groups(_march(docs), vectors)
    assert (groups[0] == groups[1]) is linked


@pytest.mark.parametrize(("second", "linked"), [
    pytest.param([1.0, 0.1, 0.0], True, id="above the bar"),
    pytest.param([0.0, 1.0, 0.0], False, id="orthogonal: below the bar"),
])
def test_a_pair_links_only_above_the_bar(second, linked):
    groups = _groups(_march("ab"), _unit([1.0, 0.0, 0.0], second))
    assert (groups[0] == groups[1]) is linked


def test_reports_of_companies_in_no_common_block_never_link():
    events = _march("ab")
    events.loc[1, Event.COMPANIES] = "Alibaba"
    groups = _groups(events, _unit([1.0, 0.0, 0.0], [1.0, 0.0, 0.0]))
    assert groups[0] != groups[1]


def test_candidate_pairs_come_closest_first_and_each_once():
    events = _march("abc")
    members = story_members(events, None)
    vectors = _unit([1.0, 0.0, 0.0], [1.0, 0.2, 0.0], [1.0, 0.6, 0.0])
    first, second, value = candidate_pairs(members, vectors, 0.5, story_blocks(members))
    assert list(value) == sorted(value, reverse=True)
    pairs = list(zip(first.tolist(), second.tolist(), strict=True))
    assert len(pairs) == len(set(pairs)) == 3
    assert all(i < j for i, j in pairs)
