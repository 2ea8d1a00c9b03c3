"""Reference answers of ``lib.pipeline.duplicates`` with datasketch itself: its ``MinHash`` for a
stored signature and its ``MinHashLSH`` for the candidate pairs (it loads scipy, hence not in lib/)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from datasketch import MinHash, MinHashLSH

from lib.extract.near_duplicates import _A, _B, _SCHEME, _SEED, PERMUTATIONS
from lib.pipeline.duplicates import _CANDIDATE_JACCARD, NEAR_DUPLICATE_JACCARD, _keeping_order, _root, _union
from lib.schema import Doc


def signature_of(hex_digits: str) -> MinHash | None:
    """datasketch's MinHash that a ``text_signature`` stands for, or None for ""."""
    if not hex_digits:
        return None
    values = np.frombuffer(bytes.fromhex(hex_digits), dtype=">u4").astype(np.uint32)
    return MinHash(seed=_SEED, hashvalues=values, scheme=_SCHEME, permutations=np.array([_A, _B]))


def duplicate_of(documents: pd.DataFrame) -> pd.Series:
    """``lib.pipeline.duplicates.duplicate_of`` as it was written with datasketch's MinHashLSH."""
    result = pd.Series("", index=documents.index, dtype=object)
    if len(documents) < 2:
        return result
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
