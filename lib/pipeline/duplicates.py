"""Near-duplicate articles: the same article saved twice (another encoding, format or a repost).

Each article carries its MinHash signature (``lib.extract.near_duplicates``, computed while
parsing); ``datasketch``'s locality-sensitive hashing finds the pairs whose estimated Jaccard
similarity passes ``NEAR_DUPLICATE_JACCARD`` without comparing every pair. Each group of copies
keeps one article (the earliest published, then the first by id); the others point to it.
"""

from __future__ import annotations

import pandas as pd

from lib.extract.near_duplicates import PERMUTATIONS, signature_of
from lib.schema import Doc

# A repost that adds a header, a footer or an editor's note still shares far more than this.
NEAR_DUPLICATE_JACCARD = 0.8
# Candidates are gathered at a lower similarity than the verdict, so the banding of LSH does not
# miss pairs just above the threshold; each candidate is then checked on its signatures.
_CANDIDATE_JACCARD = 0.5


def duplicate_of(documents: pd.DataFrame) -> pd.Series:
    """For each document (index of ``documents``), the doc_id it duplicates, or "" when it is kept."""
    result = pd.Series("", index=documents.index, dtype=object)
    if len(documents) < 2:
        return result
    # Imported here: datasketch loads scipy (~40 MB), which a dashboard starting from its snapshot never needs.
    from datasketch import MinHashLSH

    ids = documents[Doc.DOC_ID].astype(str).tolist()
    signatures = {doc_id: signature_of(str(hex_digits or ""))
                  for doc_id, hex_digits in zip(ids, documents[Doc.SIGNATURE], strict=True)}
    index = MinHashLSH(threshold=_CANDIDATE_JACCARD, num_perm=PERMUTATIONS)
    for doc_id, signature in signatures.items():
        if signature is not None:
            index.insert(doc_id, signature)
    parent = {doc_id: doc_id for doc_id in ids}
    for doc_id, signature in signatures.items():
        if signature is None:
            continue
        for other in index.query(signature):
            if other != doc_id and signature.jaccard(signatures[other]) >= NEAR_DUPLICATE_JACCARD:
                _union(parent, doc_id, other)
    kept: dict[str, str] = {}
    for doc_id in _keeping_order(documents):
        kept.setdefault(_root(parent, doc_id), doc_id)
    for position, doc_id in enumerate(ids):
        first = kept[_root(parent, doc_id)]
        if first != doc_id:
            result.iloc[position] = first
    return result


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
