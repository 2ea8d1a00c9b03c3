"""Reference answer of ``lib.analyze.story_linkage.candidate_pairs``: every block's agreeing, alike pairs
collected one by one into a dict, from every event's vector (the kept answer collects them by arrays
and reads only the vectors of events that agree with another)."""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from lib.analyze.story_linkage import SAME_DAY_SIMILARITY, SAME_PRODUCT_SIMILARITY
from lib.analyze.story_products import share_a_product


def candidate_pairs_one_by_one(members, vectors: np.ndarray, threshold: float) -> list[tuple[float, int, int]]:
    """(similarity, first, second) of every candidate pair of two articles, closest first."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    months = (members.start.astype("datetime64[D]").astype("datetime64[M]")).astype(np.int64)
    for i, companies in enumerate(members.companies):
        period = (int(members.start[i]), int(members.end[i])) if members.long[i] else int(months[i])
        for company in companies:
            blocks[(company, bool(members.long[i]), period)].append(i)
    found: dict[tuple[int, int], float] = {}
    for (_, long, _), block in blocks.items():
        if len(block) < 2:
            continue
        idx = np.asarray(block)
        block_vectors = vectors[members.rows[idx]]
        similarity = block_vectors @ block_vectors.T
        start, end = members.start[idx], members.end[idx]
        single = members.single_day[idx]
        agree = np.maximum.outer(start, start) <= np.minimum.outer(end, end) + np.logical_and.outer(single, single)
        alike = similarity >= threshold
        if not long and any(members.products[i] for i in block):
            alike |= (similarity >= SAME_PRODUCT_SIMILARITY) & share_a_product(members.products, block)
        one_day = np.equal.outer(start, start) & np.logical_and.outer(single, single)
        alike |= one_day & (similarity >= min(threshold, SAME_DAY_SIMILARITY))
        articles = members.articles[idx]
        left, right = np.nonzero(np.triu(agree & alike & (articles[:, None] != articles[None, :]), 1))
        for a, b, value in zip(idx[left], idx[right], similarity[left, right], strict=True):
            found[(int(a), int(b))] = float(value)
    return sorted(((value, a, b) for (a, b), value in found.items()), key=lambda t: (-t[0], t[1], t[2]))
