"""Rebuild a corpus from the previous snapshot plus the articles that changed.

Adding one article to 10,000 should cost about one article: the rows of unchanged articles are
taken from the newest snapshot, only the changed ones come from the parse cache or a parse, and
the result is put in the order a full build gives, so both are the same frames.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from lib.schema import PER_DOCUMENT_FRAMES, Doc, Warning_


def unchanged_paths(old_keys: Mapping[str, list[str]], keys: Mapping[str, str], ids: Mapping[str, str],
                    old_documents: pd.DataFrame) -> set[str]:
    """Files whose parse key and doc id are those of the snapshot, and that parsed then."""
    parsed = set(old_documents[Doc.FILE])
    return {path for path, key in keys.items()
            if path in parsed and old_keys.get(path) == [key, ids[path]]}


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


def document_warnings(old_warnings: pd.DataFrame, kept_paths: set[str]) -> dict[str, list[tuple]]:
    """The old per-article warning rows (source = the article's path) of the kept articles."""
    rows = old_warnings[old_warnings[Warning_.SOURCE].isin(list(kept_paths))]
    grouped: dict[str, list[tuple]] = {}
    for source, line, message in rows.itertuples(index=False):
        grouped.setdefault(source, []).append((source, line, message))
    return grouped
