"""The products, regulators and companies an event names: evidence that two reports tell one happening.

Two reports naming one product (a gazetteer ``product``: DeepSeek-R1, Kimi, Doubao) in the same
short period are likelier one happening than their sentences' cosine alone says, since the encoder
weighs the rest of a long sentence too (``lib.analyze.stories`` joins them at a lower similarity).
So are two reports of one single day naming one regulator (a gazetteer ``regulation``: SAMR, the CAC)
acting on their company, whatever kind of happening the typer reads each as.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.schema import COMPANY_SEPARATOR, Event, Mention


def company_set(companies: object) -> frozenset[str]:
    """The companies of one ``Event.COMPANIES`` cell (none for a missing cell)."""
    if not isinstance(companies, str):
        return frozenset()
    return frozenset(name for name in companies.split(COMPANY_SEPARATOR) if name)


def event_products(events: pd.DataFrame, mentions: pd.DataFrame | None) -> pd.Series:
    """The products each event's sentence names (index of ``events``; empty sets without ``mentions``)."""
    none = pd.Series([frozenset()] * len(events), index=events.index, dtype=object)
    if mentions is None or events.empty:
        return none
    keys = [Mention.DOC_ID, Mention.SENT_ID]
    named = mentions.loc[mentions[Mention.KIND] == "product", [*keys, Mention.ENTITY]]
    named = named.merge(events[[Event.DOC_ID, Event.SENT_ID]].drop_duplicates(), on=keys)  # event sentences only
    if named.empty:
        return none
    by_sentence = named.groupby(keys)[Mention.ENTITY].agg(frozenset)
    found = by_sentence.reindex(pd.MultiIndex.from_arrays([events[Event.DOC_ID], events[Event.SENT_ID]]))
    # One empty set for every event naming none (most of them): a set each holds ~40 MB at 10,000 articles.
    none_named = frozenset()
    return pd.Series([f if isinstance(f, frozenset) else none_named for f in found], index=events.index, dtype=object)


def share_a_product_of_a_kind(products: list[frozenset[str]], kinds: list[str], block: list[int]) -> np.ndarray:
    """Whether each two members of ``block`` name a product in common in reports of one kind of happening
    (a launch, a fine; untyped reports say no kind), a square boolean matrix."""
    typed = [products[i] if kinds[i] not in UNTYPED else frozenset() for i in block]
    same_kind = np.equal.outer(np.asarray([kinds[i] for i in block], dtype=object),
                               np.asarray([kinds[i] for i in block], dtype=object))
    return share_a_product(typed, list(range(len(block)))) & same_kind


def share_a_product(products: list[frozenset[str]], block: list[int]) -> np.ndarray:
    """Whether each two members of ``block`` name a product in common (a square boolean matrix)."""
    codes: dict[str, int] = {}
    rows, columns = [], []
    for row, index in enumerate(block):
        for name in products[index]:
            rows.append(row)
            columns.append(codes.setdefault(name, len(codes)))
    named = np.zeros((len(block), max(len(codes), 1)), dtype=np.float32)
    named[rows, columns] = 1.0
    return (named @ named.T) > 0


# Per (product, kind of happening) a group's members name: the sum of their vectors and how many they are.
ProductSums = dict[tuple[str, str], tuple[np.ndarray, int]]
# Event types that say what kind of happening a report tells; "other" says nothing.
UNTYPED = frozenset({"", "other"})
# The one kind of every report naming a regulator in ``regulator_sums``.
REGULATOR_ACT = "regulator"


def product_sums(products: frozenset[str], event_type: str, vector: np.ndarray) -> ProductSums:
    """The ``ProductSums`` of one report of ``event_type`` naming ``products`` (none when untyped)."""
    return {} if event_type in UNTYPED else {(name, event_type): (vector, 1) for name in products}


def regulator_sums(regulators: frozenset[str], event_type: str, vector: np.ndarray) -> ProductSums:
    """The ``ProductSums`` of one report of ``event_type`` naming ``regulators``, any kind of happening alike
    (none when untyped): a regulator's act on a company is one kind whatever verb the typer reads it by."""
    return {} if event_type in UNTYPED else {(name, REGULATOR_ACT): (vector, 1) for name in regulators}


def share_a_regulator(regulators: list[frozenset[str]], kinds: list[str], block: list[int]) -> np.ndarray:
    """Whether each two members of ``block`` name a regulator in common in reports that tell a happening (typed),
    a square boolean matrix."""
    typed = [regulators[i] if kinds[i] not in UNTYPED else frozenset() for i in block]
    return share_a_product(typed, list(range(len(block))))


def merged_product_sums(first: ProductSums, second: ProductSums) -> ProductSums:
    """The ``ProductSums`` of two groups together."""
    merged = dict(first)
    for key, (total, count) in second.items():
        merged[key] = (merged[key][0] + total, merged[key][1] + count) if key in merged else (total, count)
    return merged


def union_of(first: frozenset[str], second: frozenset[str]) -> frozenset[str]:
    """``first | second``, no new set when one holds the other (a group's names, merged ~100,000 times)."""
    return first if second <= first else second if first <= second else first | second


def common_to(first: frozenset[str], second: frozenset[str]) -> frozenset[str]:
    """``first & second``, no new set when one is within the other."""
    return first if first <= second else second if second <= first else first & second


def product_linkage(first: ProductSums, second: ProductSums) -> float | None:
    """How alike two groups tell one kind of happening (a launch, a lawsuit) of a product both name:
    the mean cosine between their members that name it in a report of that kind (the highest over
    such products and kinds), None when they have none in common.

    Only those members: in a story whose other reports do not name the product ("Moonshot AI released
    its latest model"), a short report that does ("the release of Kimi K2 in July 2025") would
    otherwise be judged against sentences that tell the happening without the product. The kind
    keeps another happening of the product in the same month ("Kimi's users fell in July") apart.
    """
    shared = first.keys() & second.keys()
    if not shared:
        return None
    return max(float(first[key][0] @ second[key][0]) / (first[key][1] * second[key][1]) for key in shared)


def say_alike_of_a_product(first: ProductSums, second: ProductSums, bar: float) -> bool:
    """Whether two groups of short periods tell alike one kind of happening of a product both name
    (``product_linkage`` at least ``bar``), however unlike their other members."""
    linkage = product_linkage(first, second)
    return linkage is not None and linkage >= bar
