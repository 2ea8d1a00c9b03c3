"""Chunks kept on disk during an ingest: they come back in their jobs' order, with their rows and the
columns' types, after the spill's folder is gone."""

from __future__ import annotations

import pyarrow as pa
import pytest

from lib.schema import Mention
from lib.store.batch_spill import BatchSpill, spill_schema


def mentions(doc_id: str, companies: list[str | None]) -> pa.Table:
    """A chunk of the mentions frame: typed columns where a value is given, null-typed where none is."""
    rows = len(companies)
    columns = {name: pa.nulls(rows) for name in Mention.COLUMNS}
    columns[Mention.DOC_ID] = pa.array([doc_id] * rows)
    columns[Mention.SENT_ID] = pa.array(range(rows), type=pa.int64())
    if any(company is not None for company in companies):
        columns[Mention.COMPANY] = pa.array(companies, type=pa.string())
    return pa.table(columns)


CHUNKS = [mentions("d2", ["Alibaba", None]), mentions("d0", [None]), mentions("d1", ["字节跳动", "Tencent", "Baidu"])]


@pytest.mark.parametrize("positions", [(80, 0, 40), (0, 40, 80), (40, 80, 0)])
def test_chunks_come_back_in_the_order_of_their_positions(tmp_path, positions):
    with BatchSpill(tmp_path) as spill:
        for position, chunk in zip(positions, CHUNKS, strict=True):
            spill.add(position, {"mentions": chunk})
        parts = spill.parts()
    order = sorted(range(3), key=positions.__getitem__)
    assert [part["mentions"].column(Mention.DOC_ID).to_pylist() for part in parts] == [
        CHUNKS[index].column(Mention.DOC_ID).to_pylist() for index in order]
    for part, index in zip(parts, order, strict=True):
        assert part["mentions"].to_pylist() == CHUNKS[index].to_pylist()   # read after the folder is gone


def test_every_chunk_of_a_frame_has_the_frames_types_and_the_typed_columns_are_named(tmp_path):
    with BatchSpill(tmp_path) as spill:
        for position, chunk in enumerate(CHUNKS):
            spill.add(position, {"mentions": chunk})
        schemas = {part["mentions"].schema for part in spill.parts()}
        assert schemas == {spill_schema("mentions", CHUNKS[0].schema)}
        assert spill.typed_columns("mentions") == {Mention.DOC_ID, Mention.SENT_ID, Mention.COMPANY}
        assert spill.typed_columns("events") == set()


def test_the_folder_is_removed_when_the_spill_ends(tmp_path):
    with BatchSpill(tmp_path) as spill:
        spill.add(0, {"mentions": CHUNKS[0]})
        assert spill.folder.is_dir() and spill.folder.parent == tmp_path
    assert not spill.folder.exists() and list(tmp_path.iterdir()) == []


def test_no_folder_no_spill(tmp_path):
    with BatchSpill.under(None) as spill:
        assert spill is None
    with BatchSpill.under(tmp_path) as spill:
        assert isinstance(spill, BatchSpill)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_chunk_is_kept_as_an_empty_batch(tmp_path):
    with BatchSpill(tmp_path) as spill:
        spill.add(0, {"mentions": mentions("d0", [])})
        spill.add(1, {"mentions": CHUNKS[2]})
        assert [part["mentions"].num_rows for part in spill.parts()] == [0, 3]
