"""The products and companies an event names: evidence that two reports tell one happening.

Two reports naming one product (a gazetteer ``product``: DeepSeek-R1, Kimi, Doubao) in the same
short period are likelier one happening than their sentences' cosine alone says, since the encoder
weighs the rest of a long sentence too (``lib.analyze.stories`` joins them at a lower similarity).
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
    return pd.Series([f if isinstance(f, frozenset) else frozenset() for f in found], index=events.index, dtype=object)


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
