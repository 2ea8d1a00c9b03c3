"""Near-duplicate articles: the same article saved twice (another encoding, format or a repost).

Each article carries its MinHash signature (``lib.extract.near_duplicates``, computed while
parsing); locality-sensitive hashing finds the pairs whose estimated Jaccard similarity passes
``NEAR_DUPLICATE_JACCARD`` without comparing every pair: signatures are cut into bands, and only
articles sharing a whole band are compared. Each group of copies keeps one article (the earliest
published, then the first by id); the others point to it.

The banding is datasketch's ``MinHashLSH`` at ``_CANDIDATE_JACCARD`` (the same bands and rows, so
the same pairs are compared; ``tests/oracles/duplicates.py`` holds that version and the tests
compare the two), written out here because importing datasketch loads scipy: 0.6 CPU seconds and
~40 MB at the end of every cold ingest, for twenty lines of banding.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd

from lib.extract.near_duplicates import signature_values
from lib.schema import Doc

# A repost that adds a header, a footer or an editor's note still shares far more than this.
NEAR_DUPLICATE_JACCARD = 0.8
# Candidates are gathered at a lower similarity than the verdict, so the banding of LSH does not
# miss pairs just above the threshold; each candidate is then checked on its signatures.
_CANDIDATE_JACCARD = 0.5
# The bands datasketch's MinHashLSH chooses for _CANDIDATE_JACCARD over 64 permutations (the least
# weighted sum of false positives and negatives): 14 bands of 4 values.
BANDS, ROWS = 14, 4


def duplicate_of(documents: pd.DataFrame) -> pd.Series:
    """For each document (index of ``documents``), the doc_id it duplicates, or "" when it is kept."""
    result = pd.Series("", index=documents.index, dtype=object)
    if len(documents) < 2:
        return result
    ids = documents[Doc.DOC_ID].astype(str).tolist()
    signatures = {doc_id: values for doc_id, hex_digits in zip(ids, documents[Doc.SIGNATURE], strict=True)
                  if (values := signature_values(str(hex_digits or ""))) is not None}
    parent = {doc_id: doc_id for doc_id in ids}
    signed = list(signatures)
    if len(signed) > 1:
        for first, second in _near_duplicate_pairs(np.stack(list(signatures.values()))).tolist():
            _union(parent, signed[first], signed[second])
    kept: dict[str, str] = {}
    for doc_id in _keeping_order(documents):
        kept.setdefault(_root(parent, doc_id), doc_id)
    for position, doc_id in enumerate(ids):
        first = kept[_root(parent, doc_id)]
        if first != doc_id:
            result.iloc[position] = first
    return result


def _near_duplicate_pairs(values: np.ndarray) -> np.ndarray:
    """The ``(row, row)`` pairs (first row first, each once) of the signatures ``values`` (one a row) whose
    estimated Jaccard similarity passes ``NEAR_DUPLICATE_JACCARD``, of those that share a band.

    Each band's groups of equal keys are checked as they are found, a block of pairs at a time, and only
    the pairs that pass are kept: a templated corpus puts thousands of articles in one group, whose pairs
    (tens of millions at 100,000 articles, 1.8 GB as numbers) are never held at once. A pair that shares
    several bands is checked once for each, as rarely happens below the verdict's similarity."""
    found = [np.empty((0, 2), dtype=np.int64)]
    for members in _band_groups(values):
        for first, second in _pair_blocks(len(members)):
            rows, others = members[first], members[second]
            # The share of permutations two signatures agree on (``near_duplicates.estimated_jaccard``).
            shared = np.count_nonzero(values[rows] == values[others], axis=1)
            close = shared / float(values.shape[1]) >= NEAR_DUPLICATE_JACCARD
            if close.any():
                found.append(np.column_stack((rows[close], others[close])))
    return np.unique(np.concatenate(found), axis=0)


def _band_groups(values: np.ndarray) -> Iterator[np.ndarray]:
    """For each band, the rows (sorted) of each group of two or more signatures equal in that band."""
    for band in range(BANDS):
        # A band's four values as one 128-bit key; rows with equal keys are consecutive once sorted.
        keys = np.ascontiguousarray(values[:, band * ROWS:(band + 1) * ROWS]).view(f"V{4 * ROWS}").ravel()
        order = np.argsort(keys, kind="stable")
        bounds = np.flatnonzero(np.concatenate(([True], keys[order][1:] != keys[order][:-1], [True])))
        for group in np.flatnonzero(np.diff(bounds) > 1).tolist():  # most keys are one row's alone
            yield np.sort(order[bounds[group]:bounds[group + 1]]).astype(np.int64)


# Pairs checked at once: two gathered blocks of 64 values each, about 25 MB.
_PAIRS_A_BLOCK = 50_000


def _pair_blocks(size: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Every ``(i, j)`` with ``i < j < size``, in order, as blocks of about ``_PAIRS_A_BLOCK`` pairs (the
    pairs of whole first positions; one first position's pairs stay together)."""
    start = 0
    while start < size - 1:
        # Position i pairs with the size - 1 - i after it.
        counts = np.arange(size - 1 - start, 0, -1)
        stop = start + max(1, int(np.searchsorted(np.cumsum(counts), _PAIRS_A_BLOCK, side="right")))
        firsts = np.arange(start, stop)
        lengths = size - 1 - firsts
        first = np.repeat(firsts, lengths)
        offsets = np.arange(len(first)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        yield first, first + 1 + offsets
        start = stop


def _keeping_order(documents: pd.DataFrame) -> list[str]:
    published = documents[Doc.PUBLISHED].fillna("").astype(str)
    ranked = pd.DataFrame({"undated": published == "", "published": published,
                           "doc_id": documents[Doc.DOC_ID].astype(str)})
    return ranked.sort_values(["undated", "published", "doc_id"], kind="stable")["doc_id"].tolist()


def _root(parent: dict[str, str], node: str) -> str:
    while parent[node] != node:
        parent[node] = parent[parent[node]]
        node = parent[node]
    return node


def _union(parent: dict[str, str], a: str, b: str) -> None:
    root_a, root_b = _root(parent, a), _root(parent, b)
    if root_a != root_b:
        parent[max(root_a, root_b)] = min(root_a, root_b)
