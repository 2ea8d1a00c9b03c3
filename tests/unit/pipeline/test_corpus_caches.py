"""Builds served from the parse cache and the snapshot are honest: the frames of a full build, with only
what changed read and parsed again, and damage seen, said and rebuilt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

import lib.pipeline.article as article
import lib.pipeline.batches as batches
import lib.pipeline.corpus as pipeline
from lib.analyze.filters import Filters, apply_filters
from lib.deferred import DeferredFrame, arrow_form, row_count, stored
from lib.pipeline.corpus import build_corpus
from lib.read.folder import scan_folder
from lib.schema import Doc, Mention, Warning_
from lib.store.parse_cache import PARSE_CACHE_FILE
from lib.store.snapshot import SNAPSHOT_DIR
from lib.store.term_dictionaries import term_dictionaries
from tests.corpus_factory import write_messy_corpus, write_metadata_csv


@pytest.fixture
def count_parses(monkeypatch):
    """Count calls of parse_document made in this process."""
    calls: list[str] = []
    real = article.parse_document

    def counting(raw, doc_id, row, kit):
        calls.append(raw.rel_path)
        return real(raw, doc_id, row, kit)

    monkeypatch.setattr(article, "parse_document", counting)
    return calls


def test_parse_cache_skips_unchanged_files_and_reparses_only_what_changed(seeds_copy, tmp_path, count_parses):
    cache = tmp_path / "cache"
    first = build_corpus(seeds_copy, cache_dir=cache)
    assert len(count_parses) == 5
    second = build_corpus(seeds_copy, cache_dir=cache)
    assert len(count_parses) == 5, "a warm start must not parse again"
    pd.testing.assert_frame_equal(first.events, second.events)
    pd.testing.assert_frame_equal(first.documents, second.documents)

    (seeds_copy / "new.txt").write_text("Tencent launched Hunyuan on September 7, 2023.\n", encoding="utf-8")
    third = build_corpus(seeds_copy, cache_dir=cache)
    assert count_parses[5:] == ["new.txt"]
    assert len(third.documents) == 6


def test_a_changed_metadata_row_reparses_that_article_only(seeds_copy, tmp_path, count_parses):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    metadata = seeds_copy / "metadata.csv"
    metadata.write_text(metadata.read_text(encoding="utf-8").replace(
        "004_7deb7713580fdd7d.txt,,,,,2024-02,", "004_7deb7713580fdd7d.txt,,SCMP,,,2024-03,"), encoding="utf-8")
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    assert count_parses[5:] == ["004_7deb7713580fdd7d.txt"]
    assert corpus.documents.set_index(Doc.FILE).loc["004_7deb7713580fdd7d.txt", Doc.PUBLISHED] == "2024-03"


def test_a_gazetteer_added_to_the_folder_invalidates_the_cache(seeds_copy, tmp_path, count_parses):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    (seeds_copy / "gazetteer.csv").write_text(
        "entity,kind,company,aliases\nWILL Business Conference,product,Xiaohongshu,WILL Business Conference\n",
        encoding="utf-8")
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    assert len(count_parses) == 10
    assert "WILL Business Conference" in set(corpus.mentions[Mention.ENTITY])


def test_a_damaged_cache_file_is_ignored(seeds_copy, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / PARSE_CACHE_FILE).write_bytes(b"this is not a database")
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    assert len(corpus.documents) == 5
    said = corpus.warnings.loc[corpus.warnings[Warning_.SOURCE] == "cache", Warning_.MESSAGE]
    assert list(said) == ["parse cache: not a database; discarded, every article parsed again"]


def test_a_warm_start_from_the_snapshot_gives_the_same_frames(tmp_path, count_parses):
    root = write_messy_corpus(tmp_path / "messy")
    write_metadata_csv(root)
    cache = tmp_path / "cache"
    cold = build_corpus(root, cache_dir=cache)
    parses = len(count_parses)
    warm = build_corpus(root, cache_dir=cache)
    assert len(count_parses) == parses
    assert len(warm.skipped) > 0 and len(warm.warnings) > 0
    for name in ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped", "warnings"):
        pd.testing.assert_frame_equal(getattr(cold, name), getattr(warm, name))
    # The terms' encoding made at the cold build is the one the warm start reads back, and it is the terms'.
    assert cold.term_dictionaries.equals(warm.term_dictionaries)
    assert warm.term_dictionaries.equals(term_dictionaries(warm.terms))


def test_a_warm_start_leaves_sentences_mentions_events_and_terms_to_be_made_on_first_read(seeds_copy, tmp_path):
    cold = build_corpus(seeds_copy, cache_dir=tmp_path / "cache")
    warm = build_corpus(seeds_copy, cache_dir=tmp_path / "cache")
    assert [name for name in pipeline.SNAPSHOT_FRAMES if isinstance(stored(warm, name), DeferredFrame)] == [
        "sentences", "mentions", "events", "terms"]
    # The mentions' and events' Arrow forms are read without making them, and they are the frames'.
    for name in ("mentions", "events"):
        assert arrow_form(warm, name).equals(pa.Table.from_pandas(getattr(cold, name), preserve_index=False))
        assert row_count(warm, name) == len(getattr(cold, name))
        assert not stored(warm, name).is_made
    # The whole corpus's view (no filter) passes them on unmade.
    view = apply_filters(warm, Filters())
    assert row_count(view, "events") == len(cold.events) and not stored(warm, "events").is_made
    pd.testing.assert_frame_equal(view.events, cold.events)
    assert not stored(warm, "terms").is_made and not stored(warm, "sentences").is_made
    pd.testing.assert_frame_equal(warm.terms, cold.terms)
    assert stored(warm, "terms").is_made and not stored(warm, "sentences").is_made


@pytest.mark.parametrize("frame", ["terms.arrow", "sentences.arrow", "mentions.arrow", "events.arrow",
                                   "term_dictionaries.arrow"])
def test_a_damaged_deferred_frame_is_found_at_the_start_and_rebuilt(seeds_copy, tmp_path, frame):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    # The reference from a cache of its own: a built corpus reads its frames from its snapshot's files.
    clean = build_corpus(seeds_copy, cache_dir=tmp_path / "reference")
    (path,) = (cache / SNAPSHOT_DIR).rglob(frame)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    said = corpus.warnings.loc[corpus.warnings[Warning_.SOURCE] == "cache", Warning_.MESSAGE]
    assert said.str.contains(f"{frame} fails its checksum; discarded and rebuilt").any(), list(said)
    for name in ("sentences", "terms"):
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(clean, name))
    assert corpus.term_dictionaries.equals(clean.term_dictionaries)


def test_a_scan_handed_in_is_used_instead_of_scanning_again(seeds_copy, tmp_path, monkeypatch):
    scan = scan_folder(seeds_copy)
    monkeypatch.setattr(pipeline, "scan_folder", lambda root: pytest.fail("scanned again"))
    corpus = build_corpus(seeds_copy, cache_dir=tmp_path / "cache", scan=scan)
    assert len(corpus.documents) + len(corpus.skipped) == len(scan[0]) + len(scan[1])


def test_an_empty_folder_round_trips_through_the_snapshot(tmp_path):
    cold = build_corpus(tmp_path / ".." / tmp_path.name, cache_dir=tmp_path / ".cache")
    warm = build_corpus(tmp_path, cache_dir=tmp_path / ".cache")
    assert list(warm.events.columns) == list(cold.events.columns) and warm.documents.empty


def test_a_damaged_snapshot_is_ignored(seeds_copy, tmp_path):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    # The reference from a cache of its own: a built corpus reads its frames from its snapshot's files.
    clean = build_corpus(seeds_copy, cache_dir=tmp_path / "reference")
    damaged = sorted((cache / SNAPSHOT_DIR).rglob("*.arrow"))
    assert {path.name for path in damaged} >= {"documents.arrow", "events.arrow"}
    for arrow in damaged:
        arrow.write_bytes(b"not arrow")
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    assert len(corpus.events) > 0
    # The damage was seen and said (not silently served or skipped), and the frames are the clean ones.
    said = corpus.warnings.loc[corpus.warnings[Warning_.SOURCE] == "cache", Warning_.MESSAGE]
    assert said.str.contains("fails its checksum; discarded and rebuilt").any(), list(said)
    for name in ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped"):
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(clean, name))


def _add_article(root: Path) -> None:
    (root / "new.txt").write_text("Tencent Launches Hunyuan\nTencent launched Hunyuan on September 7, 2023.\n",
                                  encoding="utf-8")


def _edit_article(root: Path) -> None:
    path = root / "000_ae120ede6c11f766.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nBaidu hired an AI scientist in June 2023.\n",
                    encoding="utf-8")


def _remove_article(root: Path) -> None:
    (root / "003_df3640600e7e6e30.txt").unlink()


def _break_article(root: Path) -> None:
    (root / "002_edb25278540afc68.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 50)


def _collide_ids(root: Path) -> None:
    (root / "004_7deb7713580fdd7d.md").write_text("Apple Plans\nApple said on March 1, 2024 it would act.\n",
                                                  encoding="utf-8")


def _change_metadata(root: Path) -> None:
    metadata = root / "metadata.csv"
    metadata.write_text(metadata.read_text(encoding="utf-8").replace(
        "004_7deb7713580fdd7d.txt,,,,,2024-02,", "004_7deb7713580fdd7d.txt,,SCMP,,,2024-03,"), encoding="utf-8")


@pytest.mark.parametrize(("change", "parsed"), [
    (_add_article, ["new.txt"]),
    (_edit_article, ["000_ae120ede6c11f766.txt"]),
    (_remove_article, []),
    (_break_article, ["002_edb25278540afc68.txt"]),
    (_collide_ids, ["004_7deb7713580fdd7d.md", "004_7deb7713580fdd7d.txt"]),
    (_change_metadata, ["004_7deb7713580fdd7d.txt"]),
])
def test_an_incremental_build_equals_a_full_build_and_parses_only_the_change(
        seeds_copy, tmp_path, count_parses, change, parsed):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    change(seeds_copy)
    del count_parses[:]
    incremental = build_corpus(seeds_copy, cache_dir=cache)
    assert sorted(count_parses) == parsed
    full = build_corpus(seeds_copy, cache_dir=None)
    for name in ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped", "warnings"):
        pd.testing.assert_frame_equal(getattr(incremental, name), getattr(full, name), obj=name)
    # The stored encoding is made of the merged rows (a changed file rewrote its own), as a full build's would be;
    # a build without a cache keeps none (the pages encode its terms when they first read them).
    assert incremental.term_dictionaries.equals(term_dictionaries(full.terms))
    assert full.term_dictionaries is None
    assert build_corpus(seeds_copy, cache_dir=cache).term_dictionaries.equals(incremental.term_dictionaries)


def test_cached_and_fresh_parses_interleave_in_folder_order(seeds_copy, tmp_path, count_parses):
    """Without a snapshot, cached articles and newly parsed ones are put back in folder order."""
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    shutil.rmtree(cache / SNAPSHOT_DIR)
    (seeds_copy / "002b_new.txt").write_text("Tencent launched Hunyuan on September 7, 2023.\n", encoding="utf-8")
    mixed = build_corpus(seeds_copy, cache_dir=cache)
    assert count_parses[5:] == ["002b_new.txt"]
    fresh = build_corpus(seeds_copy, cache_dir=None)
    assert list(mixed.documents[Doc.FILE]) == sorted(mixed.documents[Doc.FILE])
    for name in ("documents", "sentences", "mentions", "events", "terms", "removed", "warnings"):
        pd.testing.assert_frame_equal(getattr(fresh, name), getattr(mixed, name))


def test_worker_processes_fill_the_parse_cache(seeds_copy, tmp_path, monkeypatch, count_parses):
    """Workers store their own results; a later build without a snapshot parses nothing."""
    monkeypatch.setattr(batches, "POOL_THRESHOLD", 1)
    cache = tmp_path / "cache"
    pooled = build_corpus(seeds_copy, cache_dir=cache, workers=2)
    assert count_parses == [], "the parses ran in worker processes"
    shutil.rmtree(cache / SNAPSHOT_DIR)
    again = build_corpus(seeds_copy, cache_dir=cache, workers=1)
    assert count_parses == [], "every article came from the parse cache the workers filled"
    for name in ("documents", "events", "terms"):
        pd.testing.assert_frame_equal(getattr(pooled, name), getattr(again, name))


@pytest.fixture
def count_reads(monkeypatch):
    """The files whose bytes build_corpus reads."""
    reads: list[str] = []
    real = pipeline.read_found

    def counting(found, *args):
        reads.extend(entry.rel_path for entry in found)
        return real(found, *args)

    monkeypatch.setattr(pipeline, "read_found", counting)
    return reads


def test_a_warm_start_reads_no_article_and_a_new_one_reads_only_it(seeds_copy, tmp_path, count_reads):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    assert len(count_reads) == 5
    build_corpus(seeds_copy, cache_dir=cache)
    assert len(count_reads) == 5, "unchanged files (same inode, size and times) are not read again"
    (seeds_copy / "new.txt").write_text("Tencent launched Hunyuan on September 7, 2023.\n", encoding="utf-8")
    assert len(build_corpus(seeds_copy, cache_dir=cache).documents) == 6
    assert count_reads[5:] == ["new.txt"]


def test_an_edit_that_keeps_size_and_modification_time_is_still_seen(seeds_copy, tmp_path):
    cache = tmp_path / "cache"
    article = seeds_copy / "004_7deb7713580fdd7d.txt"
    build_corpus(seeds_copy, cache_dir=cache)
    before = article.stat()
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("ByteDance", "BytEDance", 1), encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))  # size and mtime as before
    assert article.stat().st_size == before.st_size and article.stat().st_mtime_ns == before.st_mtime_ns
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    text_now = corpus.documents.set_index(Doc.FILE).loc[article.name, Doc.TEXT]
    assert text_now.startswith("BytEDance"), "the change time moved, so the file was read again"


def test_two_folders_with_the_same_file_names_share_a_cache_without_mixing(tmp_path):
    cache = tmp_path / "cache"
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, company in ((first, "Tencent"), (second, "Baidu")):
        folder.mkdir()
        (folder / "a.txt").write_text(f"{company} launched a model on May 5, 2024.\n", encoding="utf-8")
    stamp = (first / "a.txt").stat()
    os.utime(second / "a.txt", ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert set(build_corpus(first, cache_dir=cache).mentions[Mention.COMPANY]) == {"Tencent"}
    assert set(build_corpus(second, cache_dir=cache).mentions[Mention.COMPANY]) == {"Baidu"}
    assert set(build_corpus(first, cache_dir=cache).mentions[Mention.COMPANY]) == {"Tencent"}


def test_a_cold_build_keeps_its_chunks_on_disk_and_reads_its_snapshot_back(seeds_copy, tmp_path):
    """The parse's chunks go to a spill under the cache folder as they come (the process holds none), the
    frames go on from there into the snapshot, and the corpus is the snapshot read back, as a warm start
    reads it: the frames a build without any cache gives."""
    spills = []

    def parse(*args, spill=None, **kwargs):
        spills.append(spill)
        return batches.parse_batches(*args, spill=spill, **kwargs)

    cold = build_corpus(seeds_copy, cache_dir=tmp_path / "cache", parse=parse)
    plain = build_corpus(seeds_copy, cache_dir=None)
    [spill] = spills
    assert spill is not None and spill.folder.parent == tmp_path / "cache" and not spill.folder.exists()
    assert isinstance(stored(cold, "terms"), DeferredFrame) and not stored(cold, "terms").is_made
    for name in pipeline.SNAPSHOT_FRAMES:
        pd.testing.assert_frame_equal(getattr(cold, name), getattr(plain, name))
    assert cold.term_dictionaries.equals(term_dictionaries(plain.terms))


def test_a_snapshot_that_cannot_be_written_leaves_the_frames_made_in_memory(seeds_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline.FrameSnapshot, "save", lambda self, *args, **kwargs: False)
    corpus = build_corpus(seeds_copy, cache_dir=tmp_path / "cache")
    plain = build_corpus(seeds_copy, cache_dir=None)
    assert not isinstance(stored(corpus, "terms"), DeferredFrame)
    for name in pipeline.SNAPSHOT_FRAMES:
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(plain, name))
    assert corpus.term_dictionaries.equals(term_dictionaries(plain.terms))


@pytest.mark.parametrize("change", [_add_article, _edit_article, _remove_article])
def test_an_incremental_build_reads_its_snapshot_back_as_a_cold_one_does(seeds_copy, tmp_path, change):
    """The kept rows are slices of the last snapshot and go on into the new one: the corpus is the new
    snapshot read back, its sentences and terms not made until read (at 100,000 articles the frames made
    in memory took 8.5 GB to add one article)."""
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    change(seeds_copy)
    incremental = build_corpus(seeds_copy, cache_dir=cache)
    assert isinstance(stored(incremental, "terms"), DeferredFrame) and not stored(incremental, "terms").is_made
    full = build_corpus(seeds_copy, cache_dir=None)
    for name in pipeline.SNAPSHOT_FRAMES:
        pd.testing.assert_frame_equal(getattr(incremental, name), getattr(full, name), obj=name)


def test_an_incremental_build_whose_snapshot_cannot_be_written_is_made_in_memory(seeds_copy, tmp_path,
                                                                                  monkeypatch):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    _edit_article(seeds_copy)
    monkeypatch.setattr(pipeline.FrameSnapshot, "save", lambda self, *args, **kwargs: False)
    incremental = build_corpus(seeds_copy, cache_dir=cache)
    full = build_corpus(seeds_copy, cache_dir=None)
    assert not isinstance(stored(incremental, "terms"), DeferredFrame)
    for name in pipeline.SNAPSHOT_FRAMES:
        pd.testing.assert_frame_equal(getattr(incremental, name), getattr(full, name), obj=name)
    assert incremental.term_dictionaries.equals(term_dictionaries(full.terms))
