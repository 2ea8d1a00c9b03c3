"""Rebuild a corpus from the previous snapshot plus the articles that changed.

Adding one article to 10,000 should cost about one article: the rows of unchanged articles are
taken from the newest snapshot, only the changed ones come from the parse cache or a parse, and
the result is put in the order a full build gives, so both are the same frames. The rows are taken as
slices of the snapshot's memory-mapped tables, never copied whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.schema import Doc, Warning_


def unchanged_paths(old_keys: Mapping[str, list[str]], keys: Mapping[str, str], ids: Mapping[str, str],
                    old_files: Iterable[str]) -> set[str]:
    """Files whose parse key and doc id are those of the snapshot, and that parsed then (``old_files``: the
    files of its documents)."""
    parsed = set(old_files)
    return {path for path, key in keys.items()
            if path in parsed and old_keys.get(path) == [key, ids[path]]}


def tables_in_document_order(old: pa.Table | None, fresh: pa.Table | None, kept_ids: set[str],
                             doc_order: Sequence[str]) -> pa.Table | None:
    """A per-document frame as a full build gives it: the rows of ``old`` (the last snapshot's) for the kept
    documents and those of ``fresh`` for the others, documents in ``doc_order`` (one not in it is dropped),
    each document's rows as they were; None when no row is left.

    The result is slices of the two tables side by side, nothing copied: the snapshot's frames stay
    memory-mapped, so adding one article to 100,000 holds no frame in memory (in pandas it took 8.5 GB)."""
    runs: dict[str, list[tuple[pa.Table, int, int]]] = {}
    for table, wanted in ((old, kept_ids), (fresh, None)):
        if table is None or not table.num_rows:
            continue
        for doc_id, start, end in _document_runs(table):
            if wanted is None or doc_id in wanted:
                runs.setdefault(doc_id, []).append((table, start, end))
    slices: list[tuple[pa.Table, int, int]] = []
    for doc_id in doc_order:
        for table, start, end in runs.get(doc_id, ()):
            if slices and slices[-1][0] is table and slices[-1][2] == start:
                slices[-1] = (table, slices[-1][1], end)   # the next rows of the same table: one slice
            else:
                slices.append((table, start, end))
    if not slices:
        return None
    return pa.concat_tables([table.slice(start, end - start) for table, start, end in slices],
                            promote_options="permissive")


def _document_runs(table: pa.Table) -> list[tuple[str, int, int]]:
    """``(doc_id, start, end)`` of each run of rows of one document, in order."""
    ids = table.column(Doc.DOC_ID)
    changes = pc.not_equal(ids.slice(1), ids.slice(0, len(ids) - 1)).to_numpy(zero_copy_only=False)
    starts = np.concatenate(([0], np.flatnonzero(changes) + 1))
    ends = np.append(starts[1:], len(ids))
    return list(zip(ids.take(pa.array(starts)).to_pylist(), starts.tolist(), ends.tolist(), strict=True))


def document_warnings(old_warnings: pd.DataFrame, kept_paths: set[str]) -> dict[str, list[tuple]]:
    """The old per-article warning rows (source = the article's path) of the kept articles."""
    rows = old_warnings[old_warnings[Warning_.SOURCE].isin(list(kept_paths))]
    grouped: dict[str, list[tuple]] = {}
    for source, line, message in rows.itertuples(index=False):
        grouped.setdefault(source, []).append((source, line, message))
    return grouped
