"""Merging a snapshot with fresh parses: unchanged files kept, rows in full-build order, warnings carried.

The merge takes slices of Arrow tables; ``tests/oracles/snapshot_merge.py`` holds the pandas version it
replaced, and the merge must give what it gives."""

from __future__ import annotations

import random

import pandas as pd
import pyarrow as pa
import pytest

from lib.schema import PER_DOCUMENT_FRAMES, Doc, Warning_
from lib.store.snapshot_merge import document_warnings, tables_in_document_order, unchanged_paths
from tests.oracles import snapshot_merge as oracle

OLD_DOCUMENTS = pd.DataFrame({Doc.DOC_ID: ["a1", "b2", "c3"], Doc.FILE: ["a.txt", "b.txt", "c.txt"]})


@pytest.mark.parametrize(("keys", "ids", "unchanged"), [
    ({"a.txt": "ka", "b.txt": "kb", "c.txt": "kc"}, {"a.txt": "a1", "b.txt": "b2", "c.txt": "c3"},
     {"a.txt", "b.txt", "c.txt"}),
    ({"a.txt": "ka", "b.txt": "kb-edited", "c.txt": "kc"}, {"a.txt": "a1", "b.txt": "b2", "c.txt": "c3"},
     {"a.txt", "c.txt"}),                                     # b.txt's text or rules changed
    ({"a.txt": "ka", "b.txt": "kb", "c.txt": "kc"}, {"a.txt": "a1", "b.txt": "b9", "c.txt": "c3"},
     {"a.txt", "c.txt"}),                                     # b.txt got another doc id
    ({"a.txt": "ka", "new.txt": "kn"}, {"a.txt": "a1", "new.txt": "n4"}, {"a.txt"}),  # a new file
    ({"d.txt": "kd"}, {"d.txt": "d4"}, set()),                # in the old keys but it did not parse then
])
def test_unchanged_paths_are_those_with_the_same_key_and_id_that_parsed(keys, ids, unchanged):
    old_keys = {"a.txt": ["ka", "a1"], "b.txt": ["kb", "b2"], "c.txt": ["kc", "c3"], "d.txt": ["kd", "d4"]}
    assert unchanged_paths(old_keys, keys, ids, OLD_DOCUMENTS[Doc.FILE]) == unchanged


def frames(rows: dict[str, list[str]]) -> dict[str, pd.DataFrame]:
    """Each per-document frame with one row per (doc id, value) pair given."""
    return {name: pd.DataFrame([(doc_id, f"{name}:{value}") for doc_id, values in rows.items() for value in values],
                               columns=[Doc.DOC_ID, "value"]) for name in PER_DOCUMENT_FRAMES}


def merge_frames(old: dict[str, pd.DataFrame], fresh: dict[str, pd.DataFrame], kept_ids: set[str],
                 doc_order: list[str]) -> dict[str, pd.DataFrame]:
    """Each frame merged as tables, back in pandas (an empty result with the old frame's columns)."""
    merged = {}
    for name in PER_DOCUMENT_FRAMES:
        table = tables_in_document_order(_table(old[name]), _table(fresh[name]), kept_ids, doc_order)
        merged[name] = table.to_pandas() if table is not None else old[name].head(0)
    return merged


def in_document_order(frame: pd.DataFrame, doc_order: list[str]) -> pd.DataFrame:
    return tables_in_document_order(None, _table(frame), set(), doc_order).to_pandas()


def _table(frame: pd.DataFrame) -> pa.Table | None:
    return pa.Table.from_pandas(frame, preserve_index=False) if len(frame) else None


def test_merge_keeps_old_rows_of_kept_documents_and_puts_fresh_rows_in_document_order():
    old = frames({"a1": ["x", "y"], "b2": ["old"], "c3": ["z"]})
    fresh = frames({"b2": ["new1", "new2"]})
    merged = merge_frames(old, fresh, {"a1", "c3"}, ["a1", "b2", "c3"])
    assert list(merged["events"].itertuples(index=False, name=None)) == [
        ("a1", "events:x"), ("a1", "events:y"), ("b2", "events:new1"), ("b2", "events:new2"), ("c3", "events:z")]
    assert set(merged) == set(PER_DOCUMENT_FRAMES)


@pytest.mark.parametrize(("kept", "fresh_rows", "order", "expected"), [
    ({"a1", "b2", "c3"}, {"d4": ["w"]}, ["a1", "b2", "c3", "d4"], ["a1", "a1", "b2", "c3", "d4"]),  # one added
    ({"a1", "c3"}, {}, ["a1", "c3"], ["a1", "a1", "c3"]),                                           # one removed
    (set(), {"c3": ["z"], "a1": ["x"]}, ["a1", "c3"], ["a1", "c3"]),                                # all fresh
])
def test_merge_gives_the_full_build_order(kept, fresh_rows, order, expected):
    merged = merge_frames(frames({"a1": ["x", "y"], "b2": ["old"], "c3": ["z"]}), frames(fresh_rows), kept, order)
    assert list(merged["mentions"][Doc.DOC_ID]) == expected


def test_an_empty_side_does_not_loosen_the_column_types():
    old = {name: pd.DataFrame({Doc.DOC_ID: ["a1"], "n": pd.array([3], dtype="int64")}) for name in PER_DOCUMENT_FRAMES}
    fresh = {name: pd.DataFrame({Doc.DOC_ID: pd.Series([], dtype=object), "n": pd.Series([], dtype=object)})
             for name in PER_DOCUMENT_FRAMES}
    merged = merge_frames(old, fresh, {"a1"}, ["a1"])
    assert merged["terms"]["n"].dtype == "int64"


def test_in_document_order_is_stable_within_a_document_and_does_not_change_its_input():
    frame = pd.DataFrame({Doc.DOC_ID: ["c3", "a1", "c3", "a1"], "value": [1, 2, 3, 4]})
    before = frame.copy()
    ordered = in_document_order(frame, ["a1", "c3"])
    assert list(ordered.itertuples(index=False, name=None)) == [("a1", 2), ("a1", 4), ("c3", 1), ("c3", 3)]
    assert list(ordered.index) == [0, 1, 2, 3]
    pd.testing.assert_frame_equal(frame, before)


@pytest.mark.parametrize("seed", range(6))
def test_the_merge_gives_what_the_pandas_merge_gave(seed):
    """Generated snapshots and changes (documents added, removed, edited, reordered; rows of a document
    interleaved with another's in the fresh frames): the same rows in the same order as the oracle."""
    rng = random.Random(seed)
    documents = [f"d{n:03d}" for n in range(rng.randint(1, 30))]
    old = frames({doc_id: [str(v) for v in range(rng.randint(0, 3))] for doc_id in documents})
    kept = {doc_id for doc_id in documents if rng.random() < 0.7}
    changed = [doc_id for doc_id in documents if doc_id not in kept and rng.random() < 0.8]
    added = [f"n{n:03d}" for n in range(rng.randint(0, 5))]
    fresh_rows = [(doc_id, f"new{v}") for doc_id in changed + added for v in range(rng.randint(0, 3))]
    rng.shuffle(fresh_rows)
    fresh = {name: pd.DataFrame([(doc_id, f"{name}:{value}") for doc_id, value in fresh_rows],
                                columns=[Doc.DOC_ID, "value"]) for name in PER_DOCUMENT_FRAMES}
    order = sorted(kept | set(changed) | set(added), key=lambda _: rng.random())
    expected = oracle.merge_frames(old, fresh, kept, order)
    got = merge_frames(old, fresh, kept, order)
    for name in PER_DOCUMENT_FRAMES:
        assert list(got[name].itertuples(index=False, name=None)) == list(
            expected[name].itertuples(index=False, name=None)), name


def test_the_merge_copies_no_row_it_keeps():
    """The kept rows are slices of the snapshot's table: its buffers, not copies."""
    old = pa.table({Doc.DOC_ID: ["a1", "a1", "b2", "c3"], "value": ["x", "y", "old", "z"]})
    fresh = pa.table({Doc.DOC_ID: ["b2"], "value": ["new"]})
    merged = tables_in_document_order(old, fresh, {"a1", "c3"}, ["a1", "b2", "c3"])
    assert merged.column("value").to_pylist() == ["x", "y", "new", "z"]
    first = merged.column("value").chunk(0)
    assert first.buffers()[2].address == old.column("value").chunk(0).buffers()[2].address


def test_nothing_left_is_none():
    old = pa.table({Doc.DOC_ID: ["a1"], "value": ["x"]})
    assert tables_in_document_order(old, None, set(), ["b2"]) is None


def test_document_warnings_keep_only_the_kept_articles_rows():
    old = pd.DataFrame([("a.txt", 0, "no date found"), ("b.txt", 3, "bad byte"), ("a.txt", 7, "long line"),
                        ("metadata.csv", 2, "unknown file")], columns=Warning_.COLUMNS)
    assert document_warnings(old, {"a.txt", "c.txt"}) == {
        "a.txt": [("a.txt", 0, "no date found"), ("a.txt", 7, "long line")]}
