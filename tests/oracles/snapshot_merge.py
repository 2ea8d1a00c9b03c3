"""``lib.store.snapshot_merge.tables_in_document_order`` as it was written in pandas: the old frames' rows of
the kept documents and the fresh rows, put in full-build order by a stable sort (every frame in memory)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from lib.schema import PER_DOCUMENT_FRAMES, Doc


def merge_frames(old: Mapping[str, pd.DataFrame], fresh: Mapping[str, pd.DataFrame], kept_ids: set[str],
                 doc_order: Sequence[str]) -> dict[str, pd.DataFrame]:
    """Per-document frames: the kept documents' old rows plus the fresh rows, in full-build order."""
    merged = {}
    all_kept = set(old["documents"][Doc.DOC_ID]) <= kept_ids
    for name in PER_DOCUMENT_FRAMES:
        kept = old[name] if all_kept else old[name][old[name][Doc.DOC_ID].isin(list(kept_ids))]
        # An empty side is left out: its columns have no type and would loosen the other side's.
        parts = [part for part in (kept, fresh[name]) if len(part)] or [fresh[name]]
        both = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
        merged[name] = in_document_order(both, doc_order)
    return merged


def in_document_order(frame: pd.DataFrame, doc_order: Sequence[str]) -> pd.DataFrame:
    """``frame``'s rows grouped by document in ``doc_order``, each document's rows in their order."""
    rank = {doc_id: number for number, doc_id in enumerate(doc_order)}
    # Rank each distinct id once (a few thousand), not each row (a million terms).
    codes, ids = pd.factorize(frame[Doc.DOC_ID])
    order = np.array([rank[doc_id] for doc_id in ids], dtype=np.int64)[codes]
    if (order[1:] >= order[:-1]).all():
        return frame.reset_index(drop=True)  # already in order: appending an article is the usual case
    return frame.iloc[order.argsort(kind="stable")].reset_index(drop=True)

