"""The Parquet store: typed, partitioned by doc_id bucket, in corpus order, and rewritten only where rows changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from lib.__main__ import main
from lib.schema import DOC_BUCKET, FRAME_TYPES, Doc
from lib.store import parquet_store
from lib.store.parquet_store import doc_buckets, read_frame, write_store

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def documents(ids: list[str], authors: list[str | None]) -> pd.DataFrame:
    return pd.DataFrame({Doc.DOC_ID: ids, Doc.AUTHOR: authors, Doc.N_CHARS: range(len(ids))})


def files_of(store: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file of a store: (inode, mtime in ns, bytes) by path."""
    return {p.relative_to(store).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(store.rglob("*")) if p.is_file()}


def test_rows_go_to_the_bucket_of_their_doc_id_in_their_order_and_read_back_typed(tmp_path):
    ids = [f"doc-{n}" for n in range(40)]
    frame = documents(ids, [None if n % 3 else f"author {n}" for n in range(40)])
    write_store({"documents": frame}, tmp_path)
    buckets = doc_buckets(frame[Doc.DOC_ID])
    assert buckets[0] == parquet_store.hashlib.sha256(b"doc-0").hexdigest()[:2]
    files = sorted((tmp_path / "documents.parquet").glob(f"{DOC_BUCKET}=*/part-0.parquet"))
    assert sorted(p.parent.name.split("=")[1] for p in files) == sorted(set(buckets))
    for path in files:
        bucket = path.parent.name.split("=")[1]
        rows = pq.read_table(path)
        # Every file has the schema's types, even a bucket whose authors are all missing.
        types = (str(rows.schema.field(Doc.AUTHOR).type), str(rows.schema.field(Doc.N_CHARS).type))
        assert types == ("string", "int64")
        assert rows.column(Doc.DOC_ID).to_pylist() == [i for i, b in zip(ids, buckets, strict=True) if b == bucket]
    back = read_frame(tmp_path, "documents")
    expected = frame.iloc[sorted(range(40), key=lambda n: (buckets[n], n))].reset_index(drop=True)
    pd.testing.assert_frame_equal(back, expected, check_dtype=False)
    one = read_frame(tmp_path, "documents", [Doc.DOC_ID], ds.field(DOC_BUCKET) == buckets[7])
    assert one[Doc.DOC_ID].tolist() == [i for i, b in zip(ids, buckets, strict=True) if b == buckets[7]]


def test_corpus_level_frames_are_one_file_and_empty_frames_keep_their_columns(tmp_path):
    skipped = pd.DataFrame({"file": ["a.txt"], "reason": ["empty file"]})
    empty_terms = pd.DataFrame(columns=list(FRAME_TYPES["terms"]))
    write_store({"skipped": skipped, "terms": empty_terms}, tmp_path)
    assert [p.name for p in (tmp_path / "skipped.parquet").iterdir() if p.suffix == ".parquet"] == ["part-0.parquet"]
    pd.testing.assert_frame_equal(read_frame(tmp_path, "skipped"), skipped, check_dtype=False)
    assert list(read_frame(tmp_path, "terms").columns) == list(FRAME_TYPES["terms"])


def test_a_column_the_schema_types_as_a_number_refuses_text(tmp_path):
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError), match="n_chars"):
        write_store({"documents": pd.DataFrame({Doc.DOC_ID: ["a"], Doc.N_CHARS: ["many"]})}, tmp_path)


def test_unchanged_buckets_are_linked_from_the_previous_store_changed_ones_written(tmp_path):
    ids = [f"doc-{n}" for n in range(30)]
    write_store({"documents": documents(ids, ["x"] * 30)}, tmp_path / "old")
    changed = documents(ids, ["x"] * 29 + ["y"])
    write_store({"documents": changed}, tmp_path / "new", previous=tmp_path / "old")
    old, new = files_of(tmp_path / "old"), files_of(tmp_path / "new")
    touched = {path for path in new if path in old and new[path][0] != old[path][0]}
    bucket = doc_buckets(pd.Series(["doc-29"]))[0]
    assert touched == {f"documents.parquet/{DOC_BUCKET}={bucket}/part-0.parquet", "documents.parquet/_store.json"}
    write_store({"documents": changed}, tmp_path / "fresh")
    assert {p: v[2] for p, v in files_of(tmp_path / "fresh").items()} == {p: v[2] for p, v in new.items()}


def test_a_damaged_or_foreign_previous_store_is_written_again_not_linked(tmp_path):
    frame = documents(["a", "b"], ["x", "y"])
    write_store({"documents": frame}, tmp_path / "old")
    victim = next((tmp_path / "old" / "documents.parquet").glob("*/part-0.parquet"))
    victim.write_bytes(victim.read_bytes()[:-10])  # no longer the size the manifest records
    write_store({"documents": frame}, tmp_path / "new", previous=tmp_path / "old")
    relative = victim.relative_to(tmp_path / "old")
    assert (tmp_path / "new" / relative).stat().st_ino != victim.stat().st_ino
    assert sorted(read_frame(tmp_path / "new", "documents")[Doc.AUTHOR]) == ["x", "y"]
    write_store({"documents": frame}, tmp_path / "more", previous=tmp_path / "new", digits=1)
    assert {p.parent.name for p in (tmp_path / "more" / "documents.parquet").glob("*/part-0.parquet")} <= {
        f"{DOC_BUCKET}={digit}" for digit in "0123456789abcdef"}


# --- through the export command, on real articles --------------------------------------------------

def export(corpus: Path, out: Path, cache: Path, *flags: str) -> None:
    assert main(["export", str(corpus), "--out", str(out), "--cache-dir", str(cache), "--format", "parquet",
                 *flags]) == 0


def test_re_exporting_after_one_file_changed_rewrites_only_its_bucket(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    out, cache = tmp_path / "out", tmp_path / "cache"
    export(corpus, out, cache, "--no-stories")
    before = files_of(out)
    edited = corpus / "003_df3640600e7e6e30.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nTencent said on Monday it would invest more.\n",
                      encoding="utf-8")
    export(corpus, out, cache, "--no-stories")
    after = files_of(out)
    bucket = doc_buckets(pd.Series(["003_df3640600e7e6e30"]))[0]
    others = {doc_buckets(pd.Series([p.stem]))[0] for p in SEEDS.glob("*.txt")} - {bucket}
    assert len(others) == 4, "the seeds lie in five buckets"
    rewritten = {path for path in after if after[path][:2] != before[path][:2]}
    assert rewritten, "the edited article's rows were rewritten"
    assert all(f"{DOC_BUCKET}={bucket}/" in path or path.endswith("_store.json") for path in rewritten)
    assert {"documents", "sentences", "terms"} <= {path.split(".")[0] for path in rewritten if "=" in path}
    assert set(after) == set(before)
    export(corpus, tmp_path / "fresh", tmp_path / "fresh-cache", "--no-stories")
    assert {p: v[2] for p, v in files_of(tmp_path / "fresh").items()} == {p: v[2] for p, v in after.items()}


def test_a_new_copy_of_an_article_rewrites_the_original_bucket_whose_duplicate_of_and_story_ids_change(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    out, cache = tmp_path / "out", tmp_path / "cache"
    export(corpus, out, cache)
    before = files_of(out)
    original = "000_ae120ede6c11f766"
    # Same text and date; its id sorts first, so the copy is the one kept and names the shared stories.
    shutil.copy(corpus / f"{original}.txt", corpus / "0-copy.txt")
    with (corpus / "metadata.csv").open("a", encoding="utf-8") as metadata:
        metadata.write("0-copy.txt,,,,,2023-05,en,inferred,a copy\n")
    export(corpus, out, cache)
    after = files_of(out)
    documents, events = read_frame(out, "documents").set_index(Doc.DOC_ID), read_frame(out, "events")
    assert documents.loc[original, Doc.DUPLICATE_OF] == "0-copy"
    assert events[events[Doc.DOC_ID] == original]["story_id"].isin(
        set(events[events[Doc.DOC_ID] == "0-copy"]["story_id"]) - {""}).any()
    bucket = doc_buckets(pd.Series([original]))[0]
    rewritten = {path for path in after if path not in before or after[path][:2] != before[path][:2]}
    assert {f"documents.parquet/{DOC_BUCKET}={bucket}/part-0.parquet",
            f"events.parquet/{DOC_BUCKET}={bucket}/part-0.parquet"} <= rewritten
    assert f"sentences.parquet/{DOC_BUCKET}={bucket}/part-0.parquet" not in rewritten  # its sentences are as they were
    # A file is written exactly when its rows changed (other articles' events can join the copy's stories).
    for path in set(before) & set(after) - {p for p in after if p.endswith("_store.json")}:
        assert (path in rewritten) == (after[path][2] != before[path][2]), path
    export(corpus, tmp_path / "fresh", tmp_path / "fresh-cache")
    fresh = files_of(tmp_path / "fresh")
    assert set(fresh) == set(after)
    # A story's title is its most central sentence; vectors encoded in another batch (here: all at
    # once, there: the copy's alone) can tip a near tie, so the stories are compared without it.
    assert {p: v[2] for p, v in fresh.items() if "stories" not in p} == {
        p: v[2] for p, v in after.items() if "stories" not in p}
    pd.testing.assert_frame_equal(read_frame(tmp_path / "fresh", "stories").drop(columns="title"),
                                  read_frame(out, "stories").drop(columns="title"))
