"""Parsing in chunks: rows into Arrow tables and back, outcomes as plain data, the cache filled, failures named."""

from __future__ import annotations

import gc
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

from lib.pipeline.article import FRAMES, DocResult, build_toolkit, parse_document
from lib.pipeline.batches import (
    _WORKER_YOUNG_OBJECTS,
    POOL_THRESHOLD,
    TABLES,
    _init_worker,
    outcome_data,
    outcome_from_data,
    parse_batches,
    tables_of,
)
from lib.pipeline.frame_tables import frame_table, frames_of_tables
from lib.read.folder import RawFile
from lib.rules import load_rules
from lib.schema import Doc, Event, Mention
from lib.store.batch_spill import BatchSpill
from lib.store.parse_cache import ParseCache

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def frames_of(parts) -> dict[str, pd.DataFrame]:
    """The tables of several chunks as one DataFrame per frame, chunks in the order given (as build_corpus
    joins them with ``frame_tables_of``)."""
    tables = {name: frame_table([part[name] for part in parts]) for name in TABLES}
    return frames_of_tables(tables, {name: schema.COLUMNS for name, schema in TABLES.items()})
RULES = load_rules()


def seed_raws() -> list[RawFile]:
    return [RawFile(path.name, path.read_bytes(), path.stat().st_size, path.stat().st_mtime)
            for path in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module")
def results() -> list[DocResult]:
    kit = build_toolkit(RULES)
    return [parse_document(raw, f"d{n}", None, kit) for n, raw in enumerate(seed_raws())]


def test_tables_hold_every_row_of_every_result_in_order(results):
    tables = tables_of(results)
    assert set(tables) == set(TABLES)
    assert tables["documents"].column(Doc.DOC_ID).to_pylist() == [f"d{n}" for n in range(len(results))]
    for name in FRAMES:
        assert tables[name].num_rows == sum(len(next(iter(r.frames[name].values()), [])) for r in results)
    assert tables["events"].num_rows > 0 and tables["mentions"].num_rows > 0


def test_frames_of_chunks_equal_frames_of_one_chunk(results):
    whole = frames_of([tables_of(results)])
    chunked = frames_of([tables_of(results[:2]), tables_of([]), tables_of(results[2:])])
    for name in TABLES:
        pd.testing.assert_frame_equal(chunked[name], whole[name])
    assert list(whole["mentions"].columns) == Mention.COLUMNS
    order = [int(doc_id[1:]) for doc_id in whole["events"][Event.DOC_ID]]
    assert order == sorted(order)


def test_no_chunks_give_empty_frames_with_their_columns():
    frames = frames_of([])
    assert {name: list(frame.columns) for name, frame in frames.items()} == {
        name: list(schema.COLUMNS) for name, schema in TABLES.items()}
    assert all(frame.empty for frame in frames.values())


def test_an_outcome_round_trips_through_plain_data(results):
    assert outcome_from_data(outcome_data(results[0])) == results[0]
    assert outcome_from_data(outcome_data("not text: binary")) == "not text: binary"


def _damaged(data: dict, damage: str) -> object:
    data = {**data, "frames": {**data["frames"]}}
    if damage == "not a map":
        return ["document"]
    if damage == "failure not text":
        return {"failure": 3}
    if damage == "document column missing":
        data["document"] = {k: v for k, v in data["document"].items() if k != Doc.TITLE}
    if damage == "frame missing":
        data["frames"].pop("events")
    if damage == "column missing":
        data["frames"]["events"] = {k: v for k, v in data["frames"]["events"].items() if k != Event.DATE}
    if damage == "columns differ in length":
        events = dict(data["frames"]["events"])
        events[Event.DATE] = events[Event.DATE] + ["2025"]
        data["frames"]["events"] = events
    if damage == "warnings not text":
        data["warnings"] = [None]
    return data


@pytest.mark.parametrize("damage", ["not a map", "failure not text", "document column missing", "frame missing",
                                    "column missing", "columns differ in length", "warnings not text"])
def test_a_damaged_outcome_is_refused(results, damage):
    with pytest.raises(ValueError):
        outcome_from_data(_damaged(outcome_data(results[0]), damage))


def test_parse_batches_keeps_order_names_failures_and_fills_the_cache(tmp_path):
    raws = seed_raws()
    raws.insert(2, RawFile("broken.txt", b"\x00\xff\xfe\x00" * 64, 256, 0.0))
    jobs = [(raw, f"d{n}", None, f"key{n}") for n, raw in enumerate(raws)]
    seen = []
    batches = parse_batches(jobs, RULES, tmp_path, progress=lambda done, total: seen.append(done),
                            total=len(jobs), workers=1)
    frames = frames_of([batch.tables for batch in batches])
    failures = {path: why for batch in batches for path, why in batch.failures.items()}
    assert list(failures) == ["broken.txt"]
    assert list(frames["documents"][Doc.FILE]) == [raw.rel_path for raw in raws if raw.rel_path != "broken.txt"]
    assert seen[0] == 0 and seen[-1] == len(jobs)
    cached = ParseCache(tmp_path).get_many([f"key{n}" for n in range(len(jobs))], outcome_from_data)
    assert len(cached) == len(jobs) and cached["key2"] == failures["broken.txt"]


def test_in_the_pool_each_chunk_goes_to_the_spill_and_comes_back_in_job_order(tmp_path):
    """Enough jobs for the process pool: chunks finish in any order, the spill gives them back in the jobs'."""
    raws = seed_raws() * (POOL_THRESHOLD // 5 + 1)
    jobs = [(raw, f"d{n:03d}", None, f"key{n}") for n, raw in enumerate(raws)]
    with BatchSpill(tmp_path) as spill:
        batches = parse_batches(jobs, RULES, None, workers=2, spill=spill)
        assert len(batches) > 1 and all(batch.tables == {} for batch in batches)
        frames = frames_of(spill.parts())
    assert list(frames["documents"][Doc.DOC_ID]) == [doc_id for _, doc_id, _, _ in jobs]
    whole = frames_of([batch.tables for batch in parse_batches(jobs, RULES, None, workers=2)])
    for name in ("documents", "mentions", "events"):
        pd.testing.assert_frame_equal(frames[name], whole[name])


def test_no_jobs_no_batches():
    assert parse_batches([], RULES) == []


def _collector_settings() -> tuple[int, int]:
    return gc.get_threshold()[0], gc.get_freeze_count()


def test_a_worker_collects_less_than_its_parent():
    # In a pool worker as parse_batches starts them: what it inherits is frozen, its young generation is larger.
    with ProcessPoolExecutor(1, initializer=_init_worker, initargs=(build_toolkit(RULES), None)) as pool:
        young, frozen = pool.submit(_collector_settings).result()
    assert young == _WORKER_YOUNG_OBJECTS > gc.get_threshold()[0]
    assert frozen > 0
