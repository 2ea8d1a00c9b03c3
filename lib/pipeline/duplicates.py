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
    """The ``(row, row)`` pairs of the signatures ``values`` (one a row) whose estimated Jaccard similarity
    passes ``NEAR_DUPLICATE_JACCARD``, of those that share a band."""
    pairs = _candidate_pairs(values)
    # The share of permutations two signatures agree on (``near_duplicates.estimated_jaccard``), a pair a
    # row, in blocks: a templated corpus gives hundreds of thousands of candidates, one Python call each.
    shared = np.concatenate([np.count_nonzero(values[block[:, 0]] == values[block[:, 1]], axis=1)
                             for block in np.array_split(pairs, max(1, len(pairs) // _PAIRS_A_BLOCK))])
    return pairs[shared / float(values.shape[1]) >= NEAR_DUPLICATE_JACCARD]


_PAIRS_A_BLOCK = 50_000


def _candidate_pairs(values: np.ndarray) -> np.ndarray:
    """The ``(row, row)`` pairs (first row first, each once) of the signatures ``values`` that are equal in at
    least one band, as an array of two columns."""
    rows = len(values)
    found = [np.empty(0, dtype=np.int64)]  # each pair as first * rows + second: one number to deduplicate
    for band in range(BANDS):
        # A band's four values as one 128-bit key; rows with equal keys are consecutive once sorted.
        keys = np.ascontiguousarray(values[:, band * ROWS:(band + 1) * ROWS]).view(f"V{4 * ROWS}").ravel()
        order = np.argsort(keys, kind="stable")
        bounds = np.flatnonzero(np.concatenate(([True], keys[order][1:] != keys[order][:-1], [True])))
        for group in np.flatnonzero(np.diff(bounds) > 1).tolist():  # most keys are one row's alone
            members = np.sort(order[bounds[group]:bounds[group + 1]]).astype(np.int64)
            first, second = np.triu_indices(len(members), 1)
            found.append(members[first] * rows + members[second])
    pairs = np.unique(np.concatenate(found))
    return np.column_stack((pairs // rows, pairs % rows))


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
