"""Writing snapshot files: the digest returned is the SHA-256 of the bytes on disk, and a frame comes back whole,
each column in one chunk."""

from __future__ import annotations

import hashlib

import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather
import pytest

from lib.store.snapshot_writing import write_bytes, write_frame, writing_threads

MENTIONS = pd.DataFrame({"doc_id": ["d0001", "d0001", "d0002"], "company": ["ByteDance", "ByteDance", "Alibaba"],
                         "alias": ["字节跳动", "豆包", "Qwen"], "start": [0, 12, 40]})


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("frame", [
    MENTIONS,
    MENTIONS.set_index("doc_id"),                  # the index is dropped, not written
    MENTIONS.head(0),                              # an empty frame is a valid file too
    pa.concat_tables([pa.Table.from_pandas(MENTIONS.iloc[:1], preserve_index=False),
                      pa.Table.from_pandas(MENTIONS.iloc[1:], preserve_index=False)]),  # two chunks
])
def test_a_frame_is_written_whole_in_one_chunk_with_its_digest(tmp_path, frame):
    path = tmp_path / "mentions.arrow"
    assert write_frame(path, frame) == _digest(path)
    table = feather.read_table(path)
    expected = frame if isinstance(frame, pa.Table) else pa.Table.from_pandas(frame.reset_index(drop=True),
                                                                              preserve_index=False)
    assert table.equals(expected.combine_chunks())
    assert all(column.num_chunks <= 1 for column in table.columns)


@pytest.mark.parametrize("data", [b"", b'{"zh/000.txt": ["key0", "d0001"]}', "字节跳动".encode()])
def test_bytes_are_written_with_their_digest(tmp_path, data):
    path = tmp_path / "keys.json"
    assert write_bytes(path, data) == hashlib.sha256(data).hexdigest() == _digest(path)
    assert path.read_bytes() == data


@pytest.mark.parametrize(("budget", "batches"), [(10**9, 1), (1, 4), (400, None)])
def test_chunks_are_joined_into_batches_of_up_to_the_budget(tmp_path, monkeypatch, budget, batches):
    """A frame of many chunks (a 100,000-article one, memory-mapped) is never joined whole: batches of up to
    ``BATCH_BYTES``; a chunk larger than that stays one batch."""
    monkeypatch.setattr("lib.store.snapshot_writing.BATCH_BYTES", budget)
    chunks = [pa.Table.from_pandas(MENTIONS.assign(start=MENTIONS["start"] + 100 * n), preserve_index=False)
              for n in range(4)]
    frame = pa.concat_tables(chunks)
    path = tmp_path / "mentions.arrow"
    assert write_frame(path, frame) == _digest(path)
    reader = pa.ipc.open_file(pa.memory_map(str(path)))
    sizes = [reader.get_batch(i).num_rows for i in range(reader.num_record_batches)]
    assert sum(sizes) == frame.num_rows and all(size % 3 == 0 for size in sizes)
    if batches is not None:
        assert len(sizes) == batches
    else:
        assert 1 < len(sizes) < 4
    assert reader.read_all().equals(frame.combine_chunks())


@pytest.mark.parametrize(("frames", "side_by_side", "threads"), [
    ([MENTIONS, pa.Table.from_pandas(MENTIONS, preserve_index=False)], 10**9, 4),   # a small snapshot
    ([MENTIONS], 1, 1),                                                              # past the budget
    ([], 0, 4),                                                                      # nothing to write
])
def test_frames_are_written_side_by_side_only_while_together_they_fit_the_budget(monkeypatch, frames,
                                                                                  side_by_side, threads):
    monkeypatch.setattr("lib.store.snapshot_writing.SIDE_BY_SIDE_BYTES", side_by_side)
    assert writing_threads(frames) == threads
