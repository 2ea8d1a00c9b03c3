"""Writing a snapshot's files: each frame as one uncompressed Arrow file, and the SHA-256 of what was written.

The digests go to the snapshot's ``checksums.json`` (``lib.store.snapshot``); they are taken of the bytes
as they are written, so no file is read back to check it.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa

from lib.freed_memory import return_freed_memory


def write_frame(path: Path, frame: pd.DataFrame | pa.Table) -> str:
    """One frame as an uncompressed Arrow file (Feather V2), its chunks joined; the file's digest.

    The pool's frames arrive in hundreds of chunks; read back chunk by chunk, a 10,000-article
    snapshot took 1.2-2 s instead of 0.3 s, so they are joined here, into record batches of up to
    ``BATCH_BYTES`` each (a chunk larger than that stays whole): one batch a frame up to about 10,000
    articles, and never the whole of a frame of 100,000 in memory at once (its chunks may be
    memory-mapped, ``lib.store.batch_spill``). The digest is taken of the bytes as they are written,
    in the writing thread, side by side with the other frames (hashlib releases the GIL): the file is
    never read back.
    """
    table = frame if isinstance(frame, pa.Table) else pa.Table.from_pandas(frame.reset_index(drop=True),
                                                                           preserve_index=False)
    with path.open("wb") as handle:
        sink = _HashingWriter(handle)
        with pa.ipc.new_file(sink, table.schema) as writer:
            for group in _joined_groups(table):
                writer.write_table(group, max_chunksize=max(1, group.num_rows))
                del group
                # Arrow's allocator (mimalloc) kept each writing thread's freed groups: 130 MB at 3,000
                # articles after the snapshot was written.
                return_freed_memory()
    return sink.hexdigest()


# Chunks are joined into record batches of up to this many bytes.
BATCH_BYTES = 256 * 1024 * 1024
# Frames are written side by side (four at once) while all of them together hold no more than this; a
# larger snapshot (past about 20,000 articles) is written one frame at a time, so that one batch, not
# four, is joined at once: a few seconds more in a cold ingest of many minutes, 0.75 GB less at its peak.
SIDE_BY_SIDE_BYTES = 4 * BATCH_BYTES


def writing_threads(frames: Iterable[pd.DataFrame | pa.Table]) -> int:
    """How many frames to write at once: four, or one when together they pass ``SIDE_BY_SIDE_BYTES``."""
    total = sum(frame.nbytes if isinstance(frame, pa.Table) else int(frame.memory_usage(index=False).sum())
                for frame in frames)
    return 4 if total <= SIDE_BY_SIDE_BYTES else 1


def _joined_groups(table: pa.Table) -> Iterator[pa.Table]:
    """``table``'s record batches in order, consecutive ones joined up to ``BATCH_BYTES``."""
    group: list[pa.RecordBatch] = []
    size = 0
    for batch in table.to_batches():
        if group and size + batch.nbytes > BATCH_BYTES:
            yield pa.Table.from_batches(group, schema=table.schema).combine_chunks()
            group, size = [], 0
        group.append(batch)
        size += batch.nbytes
    if group:
        yield pa.Table.from_batches(group, schema=table.schema).combine_chunks()


def write_bytes(path: Path, data: bytes) -> str:
    """``data`` written to ``path``; its digest, the file's."""
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


class _HashingWriter(io.RawIOBase):
    """A file that takes the SHA-256 of what is written to it as it is written."""

    def __init__(self, handle: io.BufferedWriter) -> None:
        super().__init__()
        self._handle = handle
        self._digest = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._digest.update(data)
        return self._handle.write(data)

    def tell(self) -> int:
        return self._handle.tell()

    def hexdigest(self) -> str:
        return self._digest.hexdigest()
