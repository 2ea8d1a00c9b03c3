"""The corpus's frames as Arrow tables for DuckDB: the frames' rows in their order, from memory or a snapshot."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

from lib.analyze.corpus_sql import ROW_POSITION, SQL_FRAMES, corpus_tables, frames_tables, query, snapshot_tables
from lib.deferred import stored
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc, Mention
from lib.store.snapshot import SNAPSHOT_DIR

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    corpus = build_corpus(SEEDS, cache_dir=cache)
    (snapshot,) = (cache / SNAPSHOT_DIR).iterdir()
    return corpus, snapshot


def test_each_frame_is_a_table_with_its_rows_in_order(seeds):
    corpus, _ = seeds
    tables = corpus_tables(corpus)
    assert set(tables.tables) == set(SQL_FRAMES)
    for name in SQL_FRAMES:
        frame = getattr(corpus, name)
        rows = query(tables, f"SELECT * FROM {name} ORDER BY {ROW_POSITION}")
        assert rows[ROW_POSITION].tolist() == list(range(len(frame)))
        rows = rows.drop(columns=ROW_POSITION)[list(frame.columns)]
        pd.testing.assert_frame_equal(rows, frame.reset_index(drop=True), check_dtype=False)


def test_a_snapshot_gives_the_same_tables_as_the_frames(seeds):
    corpus, snapshot = seeds
    from_memory, mapped = corpus_tables(corpus), snapshot_tables(snapshot)
    for name in SQL_FRAMES:
        assert mapped.tables[name].equals(from_memory.tables[name]), name


def test_a_warm_start_gives_the_same_tables_without_making_its_mentions(seeds, tmp_path):
    corpus, _ = seeds
    build_corpus(SEEDS, cache_dir=tmp_path)
    warm = build_corpus(SEEDS, cache_dir=tmp_path)
    tables = corpus_tables(warm)
    assert not stored(warm, "mentions").is_made
    for name in SQL_FRAMES:
        assert tables.tables[name].equals(corpus_tables(corpus).tables[name]), name


def test_the_frames_are_not_changed():
    frame = pd.DataFrame({Mention.DOC_ID: ["b", "a"], Mention.COMPANY: ["X", ""]}, index=[7, 3])
    before = frame.copy()
    tables = frames_tables({"mentions": frame})
    assert query(tables, "SELECT count(*) AS n FROM mentions")["n"].item() == 2
    pd.testing.assert_frame_equal(frame, before)


def test_queries_run_side_by_side_in_threads(seeds):
    corpus, _ = seeds
    tables = corpus_tables(corpus)
    sql = f"SELECT count(DISTINCT {Doc.DOC_ID}) AS n FROM documents"
    with ThreadPoolExecutor(4) as pool:
        counts = list(pool.map(lambda _: query(tables, sql)["n"].item(), range(16)))
    assert counts == [len(corpus.documents)] * 16
