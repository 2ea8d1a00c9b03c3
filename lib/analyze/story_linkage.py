"""Story linkage: which events of a corpus's blocks report one happening, by average linkage.

Within each block of members (events that name a company in common and fall in one month:
``lib.analyze.story_blocks``), two reports of different articles that agree on the period and say
alike (sentence vectors above a bar of ``lib/rules/story_similarity.csv``) are a candidate pair;
pairs merge closest first, and two groups merge only when all their members together still name a
company in common, agree on the period and say alike on average: a story never grows by a chain of
single close pairs.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from lib.analyze.event_vectors import widened
from lib.analyze.story_blocks import Block, Members
from lib.analyze.story_periods import StoryPeriod, report_periods
from lib.analyze.story_products import (
    ProductSums,
    common_to,
    merged_product_sums,
    product_sums,
    regulator_sums,
    say_alike_of_a_product,
    share_a_product,
    share_a_product_of_a_kind,
    share_a_regulator,
    union_of,
)
from lib.rules.story_similarity import builtin_story_similarity

# The bars of sentence similarity (cosine of multilingual USE v3 vectors, date words taken out) above
# which events that already agree on a company and the period report one happening; each is argued in
# lib/rules/story_similarity.csv, the one place to tune them.
_BARS = builtin_story_similarity()
# The general bar.
SAME_STORY_SIMILARITY = _BARS["same_story"]
# Two events or stories that name one product (a gazetteer product), within a short period.
SAME_PRODUCT_SIMILARITY = _BARS["same_product"]
# Two events, or stories, each of one and the same single day.
SAME_DAY_SIMILARITY = _BARS.get("same_day", SAME_STORY_SIMILARITY)
# Two events, or stories, of one and the same single day telling one kind of happening of a product both name.
SAME_DAY_PRODUCT_SIMILARITY = _BARS.get("same_day_product", SAME_DAY_SIMILARITY)
# Two events, or stories, of one and the same single day telling a happening of a regulator both name.
SAME_DAY_REGULATOR_SIMILARITY = _BARS.get("same_day_regulator", SAME_DAY_SIMILARITY)


def candidate_pairs(members: Members, vectors: np.ndarray, threshold: float,
                     blocks: list[Block]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (first, second, similarity) of two articles of one block that agree on the period and say
    alike, closest first; a pair met in two blocks once. One article's sentences share its wording and
    background whatever they tell (a deal and "Earlier in December 2025, Meta had also acquired
    Limitless", 0.51): they join a story only through other articles' reports of it."""
    lefts, rights, values = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], [np.zeros(0)]
    for block in blocks:
        idx = block.members
        block_vectors = widened(vectors[members.rows[idx]])
        similarity = block_vectors @ block_vectors.T
        alike = similarity >= threshold
        if not block.long and any(members.products[i] for i in idx):
            alike |= (similarity >= SAME_PRODUCT_SIMILARITY) & share_a_product(members.products, list(idx))
        one_day = _one_day(members, idx)
        alike |= one_day & (similarity >= min(threshold, SAME_DAY_SIMILARITY))
        alike |= one_day & (similarity >= SAME_DAY_PRODUCT_SIMILARITY) & share_a_product_of_a_kind(
            members.products, members.kinds, list(idx))
        alike |= one_day & (similarity >= SAME_DAY_REGULATOR_SIMILARITY) & share_a_regulator(
            members.regulators, members.kinds, list(idx))
        articles = members.articles[idx]
        left, right = np.nonzero(np.triu(block.agree & alike & (articles[:, None] != articles[None, :]), 1))
        lefts.append(idx[left])
        rights.append(idx[right])
        values.append(similarity[left, right].astype(np.float64))
    first, second, value = np.concatenate(lefts), np.concatenate(rights), np.concatenate(values)
    # A pair met in several blocks keeps its last similarity (equal but for float noise).
    _, last = np.unique((first * len(members.rows) + second)[::-1], return_index=True)
    keep = len(first) - 1 - last
    first, second, value = first[keep], second[keep], value[keep]
    order = np.lexsort((second, first, -value))
    return first[order], second[order], value[order]


def linked_groups(members: Members, vectors: np.ndarray, threshold: float, blocks: list[Block]) -> np.ndarray:
    """The group of each member: average-linkage merging of agreeing members, closest pairs first.

    Two groups merge only when their members, all together, still name a company in common and
    agree on the period, and their mean similarity passes ``threshold``: no chaining. The mean
    of all cross-pair cosines is the dot product of the groups' vector sums over their sizes.
    """
    first, second, _ = candidate_pairs(members, vectors, threshold, blocks)
    parent = np.arange(len(members.rows))
    size = np.ones(len(parent), dtype=np.int64)
    # The last pair each group is in: past it, its sums are never read again and are let go.
    last = np.full(len(parent), -1, dtype=np.int64)
    np.maximum.at(last, first, np.arange(len(first)))
    np.maximum.at(last, second, np.arange(len(second)))
    periods = report_periods(members.start, members.end)
    shared = list(members.companies)
    products = list(members.products)  # any member's
    named: dict[int, ProductSums] = {}  # per group naming a product: its product-naming members' sums
    acting: dict[int, ProductSums] = {}  # per group naming a regulator: its regulator-naming members' sums
    sums: dict[int, np.ndarray] = {}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def total(node: int) -> np.ndarray:
        return sums[node] if node in sums else widened(vectors[members.rows[node]])

    def naming(node: int) -> ProductSums:
        return named[node] if node in named else product_sums(members.products[node], members.kinds[node], total(node))

    def regulating(node: int) -> ProductSums:
        return acting[node] if node in acting else regulator_sums(members.regulators[node], members.kinds[node],
                                                                  total(node))

    def alike_by_name(a: int, b: int, same_day: bool, linkage_bar: float) -> bool:
        # Their members naming a product, or on one same day a regulator, in common say alike enough.
        return (not members.long[a] and say_alike_of_a_product(naming(a), naming(b), linkage_bar)) or (
            same_day and say_alike_of_a_product(regulating(a), regulating(b), SAME_DAY_REGULATOR_SIMILARITY))

    def joined_period(a: int, b: int) -> StoryPeriod | None:
        # The period of both groups when they may merge, None when they may not.
        if a == b or shared[a].isdisjoint(shared[b]) or members.long[a] != members.long[b]:
            return None
        period = periods[a].joined(periods[b])
        if period is None:
            return None
        mean = float(total(a) @ total(b)) / (size[a] * size[b])
        product_bar = (SAME_PRODUCT_SIMILARITY if not products[a].isdisjoint(products[b]) and not members.long[a]
                       else threshold)
        same_day = periods[a].one_day(periods[b])
        if same_day:
            product_bar = min(product_bar, threshold, SAME_DAY_SIMILARITY)
        linkage_bar = min(SAME_PRODUCT_SIMILARITY, SAME_DAY_PRODUCT_SIMILARITY) if same_day else SAME_PRODUCT_SIMILARITY
        return period if mean >= product_bar or alike_by_name(a, b, same_day, linkage_bar) else None

    def merge(a: int, b: int, period: StoryPeriod) -> None:
        _keep_if_any(acting, a, merged_product_sums(regulating(a), regulating(b)))
        _keep_if_any(named, a, merged_product_sums(naming(a), naming(b)))
        products[a] = union_of(products[a], products[b])
        sums[a] = total(a) + total(b)
        forget(b)
        parent[b] = a
        size[a] += size[b]
        last[a] = max(last[a], last[b])
        periods[a] = period
        shared[a] = common_to(shared[a], shared[b])

    def forget(node: int) -> None:
        for kept in (sums, named, acting):
            kept.pop(node, None)

    for pair, (i, j) in enumerate(_pairs_in_turn(first, second)):
        a, b = root(i), root(j)
        period = joined_period(a, b)
        if period is not None:
            merge(a, b, period)
        elif last[b] <= pair:
            forget(b)
        if last[a] <= pair:
            forget(a)
    return np.array([root(i) for i in range(len(parent))])


def _pairs_in_turn(first: np.ndarray, second: np.ndarray, at_once: int = 8192) -> Iterator[tuple[int, int]]:
    """``zip(first, second)`` as Python ints, a few thousand at a time: all of them at once are ~40 MB of ints
    beside the grouping's sums at 10,000 articles."""
    for start in range(0, len(first), at_once):
        yield from zip(first[start:start + at_once].tolist(), second[start:start + at_once].tolist(), strict=True)


def _keep_if_any(kept: dict[int, ProductSums], node: int, sums: ProductSums) -> None:
    """``kept[node] = sums``, or none kept when ``sums`` is empty (the node's own reading is then empty too)."""
    if sums:
        kept[node] = sums
    else:
        kept.pop(node, None)


def _one_day(members: Members, idx: np.ndarray) -> np.ndarray:
    """Whether each two members of ``idx`` are each of one and the same single day."""
    single = members.single_day[idx]
    return np.equal.outer(members.start[idx], members.start[idx]) & np.logical_and.outer(single, single)
