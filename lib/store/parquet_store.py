"""The Parquet store: each corpus frame as a Parquet dataset, partitioned by document, written incrementally.

A store folder (what ``python -m lib export --format parquet`` writes) holds one dataset per frame::

    documents.parquet/doc_bucket=3f/part-0.parquet   per-document frames: one file per bucket (hive)
    stories.parquet/part-0.parquet                   corpus-level frames (stories, skipped, warnings)
    documents.parquet/_store.json                    each file's fingerprint and size

Columns are ``lib.schema``'s, typed by ``FRAME_TYPES``, so every file of a frame has one schema. A
row's bucket is the first ``BUCKET_DIGITS`` hex digits of the SHA-256 of its ``doc_id``, not of the
document's content hash: a doc_id stays when its file is edited, so an edit rewrites one bucket (a
content hash would move the rows, rewriting two), and every frame carries doc_id, so a reader can
name the one bucket a document's rows are in. Within a file, rows keep corpus order (documents by
path, each document's rows in text order), the same for every run and engine.

Incremental: a file's fingerprint is the SHA-256 of its rows (their Arrow IPC stream); a file whose
rows equal those already in the previous store is hard-linked from it, untouched, and only the
others are written. Corpus-level columns (``documents.duplicate_of``, ``events.story_id``) are part
of the rows, so a change that moves them rewrites the buckets they sit in and no others.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from lib.schema import DOC_BUCKET, FRAME_TYPES, PER_DOCUMENT_FRAMES, Doc

# 256 buckets: at 10 million articles one edited file rewrites 1/256 of the store; at 1,000 a
# store of ~1,500 small files. A store written with another number is rewritten whole.
BUCKET_DIGITS = 2
MANIFEST = "_store.json"  # "_": Parquet readers (pyarrow, DuckDB's globs of *.parquet) skip it
STORE_VERSION = 1
DATA_FILE = "part-0.parquet"
# Row groups of DuckDB's own size, so a scan can run them in parallel and skip them by statistics.
ROW_GROUP_ROWS = 122_880
_ARROW_TYPES = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_()}


def write_store(frames: Mapping[str, pd.DataFrame], folder: str | Path, previous: str | Path | None = None,
                digits: int = BUCKET_DIGITS) -> list[Path]:
    """Write each frame as ``folder/NAME.parquet`` (a dataset not there yet); files unchanged in the
    store at ``previous`` are hard-linked from it. Returns the datasets written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames.items():
        dataset = folder / f"{name}.parquet"
        old = Path(previous) / dataset.name if previous is not None else None
        _write_dataset(arrow_table(name, frame), dataset, old, digits if _partitioned(name, frame) else 0)
        written.append(dataset)
    return written


def arrow_table(name: str, frame: pd.DataFrame) -> pa.Table:
    """``frame`` as Arrow with the schema module's types (inferred for a column it does not type)."""
    types = FRAME_TYPES.get(name, {})
    fields = [pa.field(column, _ARROW_TYPES[types[column]]) for column in frame.columns if column in types]
    if len(fields) == len(frame.columns):
        table = pa.Table.from_pandas(frame, schema=pa.schema(fields), preserve_index=False)
    else:
        table = pa.Table.from_pandas(frame, preserve_index=False)
        table = table.cast(pa.schema([pa.field(f.name, _ARROW_TYPES[types[f.name]]) if f.name in types else f
                                      for f in table.schema]))
    return table.replace_schema_metadata(None)  # no pandas metadata: same rows, same bytes


def doc_buckets(doc_ids: pd.Series, digits: int = BUCKET_DIGITS) -> np.ndarray:
    """The bucket of each doc_id: the first ``digits`` hex digits of its SHA-256 (UTF-8)."""
    codes, unique = pd.factorize(doc_ids.fillna("").astype(str))
    names = np.array([hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:digits]
                      for doc_id in unique] or [""], dtype=object)
    return names[codes]


def read_frame(folder: str | Path, name: str, columns: list[str] | None = None,
               row_filter: ds.Expression | None = None) -> pd.DataFrame:
    """A frame of the store in ``folder``, buckets in order; without ``doc_bucket`` unless asked for."""
    path = Path(folder) / f"{name}.parquet"
    partitioning = ds.partitioning(pa.schema([(DOC_BUCKET, pa.string())]), flavor="hive")
    dataset = ds.dataset(path, format="parquet", partitioning=partitioning)
    if not dataset.files:  # a per-document frame without rows has no files
        types = FRAME_TYPES.get(name, {})
        schema = pa.schema([(c, _ARROW_TYPES[t]) for c, t in types.items() if columns is None or c in columns])
        return schema.empty_table().to_pandas()
    wanted = columns if columns is not None else [f.name for f in dataset.schema if f.name != DOC_BUCKET]
    return dataset.to_table(columns=wanted, filter=row_filter).to_pandas()


def _partitioned(name: str, frame: pd.DataFrame) -> bool:
    return name in PER_DOCUMENT_FRAMES and Doc.DOC_ID in frame.columns


def _write_dataset(table: pa.Table, dataset: Path, old: Path | None, digits: int) -> None:
    """The dataset's files, each written or, when the same rows are stored in ``old``, linked."""
    dataset.mkdir()
    known = _stored_files(old, digits) if old is not None else {}
    files = {}
    for relative, rows in _files_of(table, digits):
        fingerprint = _fingerprint(rows)
        target = dataset / relative
        target.parent.mkdir(exist_ok=True)
        entry = known.get(relative)
        if not (entry and entry[0] == fingerprint and _linked(old / relative, target, entry[1])):
            pq.write_table(rows, target, compression="zstd", row_group_size=ROW_GROUP_ROWS)
        files[relative] = [fingerprint, target.stat().st_size]
    manifest = {"version": STORE_VERSION, "bucket_digits": digits, "files": files}
    (dataset / MANIFEST).write_text(json.dumps(manifest, indent=0, sort_keys=True), encoding="utf-8")


def _files_of(table: pa.Table, digits: int):
    """(relative path, rows) of each file: one per bucket, or one in all when ``digits`` is 0."""
    if not digits:
        yield DATA_FILE, table.combine_chunks()
        return
    if not table.num_rows:
        return  # no bucket has rows: no file (read_frame gives the columns)
    buckets = doc_buckets(table.column(Doc.DOC_ID).to_pandas(), digits)
    order = np.argsort(buckets, kind="stable")  # rows keep their order within a bucket
    names, starts = np.unique(buckets[order], return_index=True)
    ends = [*starts[1:], len(order)]
    for bucket, start, end in zip(names, starts, ends, strict=True):
        # Taken, not sliced: a slice shares its column buffers with the other buckets' rows, and
        # Arrow writes those whole, so its fingerprint would change with every other bucket.
        yield f"{DOC_BUCKET}={bucket}/{DATA_FILE}", table.take(pa.array(order[start:end])).combine_chunks()


def _fingerprint(rows: pa.Table) -> str:
    """The SHA-256 of the rows and their schema: equal rows, equal fingerprint."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, rows.schema) as writer:
        writer.write_table(rows)
    return hashlib.sha256(sink.getvalue()).hexdigest()


def _stored_files(old: Path, digits: int) -> dict[str, list]:
    """``{relative path: [fingerprint, size]}`` of a store's dataset; empty when it is not one of
    this version and bucket count (then every file is written again)."""
    try:
        manifest = json.loads((old / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(manifest, dict) or manifest.get("version") != STORE_VERSION \
            or manifest.get("bucket_digits") != digits or not isinstance(manifest.get("files"), dict):
        return {}
    # Only looked up by the names this module gives its files, never opened by a name read here.
    return {path: entry for path, entry in manifest["files"].items() if isinstance(entry, list) and len(entry) == 2}


def _linked(source: Path, target: Path, size: object) -> bool:
    """Hard-link (else copy) ``source`` to ``target`` when it is there with the recorded size."""
    try:
        if source.stat().st_size != size:
            return False
        try:
            os.link(source, target)
        except OSError:  # a file system without hard links
            shutil.copy2(source, target)
    except OSError:
        return False
    return True
