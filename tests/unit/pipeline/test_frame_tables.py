"""A frame from its chunks' tables: joined in order, without a copy, the same whether the chunks were
kept on disk or not."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from lib.pipeline.article import build_toolkit, parse_document
from lib.pipeline.batches import TABLES, tables_of
from lib.pipeline.frame_tables import frame_table, frame_tables_of, frames_of_tables, typed_columns
from lib.read.folder import RawFile
from lib.rules import load_rules
from lib.store.batch_spill import BatchSpill

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
COLUMNS = {name: schema.COLUMNS for name, schema in TABLES.items()}


@pytest.fixture(scope="module")
def seed_tables() -> list[dict[str, pa.Table]]:
    """One chunk per seed article, and an empty one, as the process pool hands them back."""
    kit = build_toolkit(load_rules())
    raws = [RawFile(path.name, path.read_bytes(), path.stat().st_size, path.stat().st_mtime)
            for path in sorted(SEEDS.glob("*.txt"))]
    results = [parse_document(raw, f"d{n}", None, kit) for n, raw in enumerate(raws)]
    return [tables_of(results[:1]), tables_of([]), *(tables_of([result]) for result in results[1:])]


def test_a_frame_is_its_chunks_rows_in_order_without_a_copy(seed_tables):
    tables = [part["events"] for part in seed_tables]
    joined = frame_table(tables)
    assert joined.to_pylist() == [row for table in tables for row in table.to_pylist()]
    assert joined.column(0).num_chunks == sum(1 for table in tables if table.num_rows)


def test_no_rows_no_table():
    assert frame_table([]) is None
    assert frame_table([tables_of([])["events"]]) is None


@pytest.mark.parametrize("kept", [0, 1, 3])
def test_chunks_kept_on_disk_give_the_frames_the_chunks_themselves_give(seed_tables, tmp_path, kept):
    """``kept``: how many chunks stay in memory (cached parses) before those the spill holds."""
    expected = frames_of_tables(frame_tables_of(seed_tables), COLUMNS)
    with BatchSpill(tmp_path) as spill:
        for position, part in enumerate(seed_tables[kept:]):
            spill.add(position, part)
        frames = frames_of_tables(frame_tables_of(seed_tables[:kept], spill), COLUMNS)
    assert set(frames) == set(TABLES)
    for name in TABLES:
        pd.testing.assert_frame_equal(frames[name], expected[name])


def mentions(doc_id: str, companies: list[str | None]) -> dict[str, pa.Table]:
    """A chunk of the mentions frame whose company column has a type only when a company is given."""
    columns = {name: pa.nulls(len(companies)) for name in COLUMNS["mentions"]}
    columns["doc_id"] = pa.array([doc_id] * len(companies))
    if any(company is not None for company in companies):
        columns["company"] = pa.array(companies, type=pa.string())
    return {"mentions": pa.table(columns)}


@pytest.mark.parametrize("companies", [[[None], [None, None]], [[None], ["Alibaba", None]]])
def test_a_column_no_chunk_gives_a_value_stays_without_a_type(tmp_path, companies):
    parts = [mentions(f"d{n}", chunk) for n, chunk in enumerate(companies)]
    with BatchSpill(tmp_path) as spill:
        for position, part in enumerate(parts):
            spill.add(position, part)
        spilled = frame_tables_of([], spill)["mentions"]
    assert spilled.schema.names == frame_tables_of(parts)["mentions"].schema.names
    assert pa.types.is_null(spilled.schema.field("alias").type)
    assert pa.types.is_null(spilled.schema.field("company").type) == (companies[1][0] is None)
    pd.testing.assert_frame_equal(spilled.to_pandas(), frame_tables_of(parts)["mentions"].to_pandas())


def test_typed_columns_are_those_with_a_type():
    table = pa.table({"a": pa.nulls(2), "b": pa.array(["x", None])})
    assert typed_columns([table]) == {"b"}
    assert typed_columns([]) == set()


def test_a_frame_without_a_table_is_empty_with_its_columns():
    frames = frames_of_tables({"events": None}, COLUMNS)
    assert frames["events"].empty and list(frames["events"].columns) == COLUMNS["events"]
