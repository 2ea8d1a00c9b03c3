"""Near-duplicate articles: the same article saved twice (another encoding, format or a repost).

Each article's text becomes a set of overlapping four-token shingles (a token is a Latin word or
one Chinese character, traditional script folded to simplified), summarised by a MinHash
signature; ``datasketch``'s locality-sensitive hashing finds the pairs whose estimated Jaccard
similarity passes ``NEAR_DUPLICATE_JACCARD`` without comparing every pair. Each group of copies
keeps one article (the earliest published, then the first by id); the others point to it.
"""

from __future__ import annotations

import re
import zlib

import pandas as pd
from datasketch import MinHash, MinHashLSH

from lib.parse.script import to_simplified
from lib.schema import Doc

# A repost that adds a header, a footer or an editor's note still shares far more than this.
NEAR_DUPLICATE_JACCARD = 0.8
_PERMUTATIONS = 64
_SHINGLE = 4
_TOKEN = re.compile(r"[a-z0-9]+|[\u3400-\u9fff\uf900-\ufaff]")
_MIN_SHINGLES = 5
# Candidates are gathered at a lower similarity than the verdict, so the banding of LSH does not
# miss pairs just above the threshold; each candidate is then checked on its signatures.
_CANDIDATE_JACCARD = 0.5


def _crc32(data: bytes) -> int:
    # Stable across processes, unlike hash(); datasketch's default sha1 is five times slower.
    return zlib.crc32(data)


def text_signature(text: str) -> MinHash | None:
    """The MinHash of a text's shingles, or None for a text too short to compare."""
    tokens = _TOKEN.findall(to_simplified(text.lower()))
    shingles = {" ".join(tokens[i:i + _SHINGLE]).encode("utf-8") for i in range(len(tokens) - _SHINGLE + 1)}
    if len(shingles) < _MIN_SHINGLES:
        return None
    signature = MinHash(num_perm=_PERMUTATIONS, hashfunc=_crc32)
    signature.update_batch(list(shingles))
    return signature


def duplicate_of(documents: pd.DataFrame) -> pd.Series:
    """For each document (index of ``documents``), the doc_id it duplicates, or "" when it is kept."""
    result = pd.Series("", index=documents.index, dtype=object)
    if len(documents) < 2:
        return result
    ids = documents[Doc.DOC_ID].astype(str).tolist()
    signatures = {doc_id: text_signature(str(text)) for doc_id, text in zip(ids, documents[Doc.TEXT], strict=True)}
    index = MinHashLSH(threshold=_CANDIDATE_JACCARD, num_perm=_PERMUTATIONS)
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
    order = _keeping_order(documents)
    kept: dict[str, str] = {}
    for doc_id in order:
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
