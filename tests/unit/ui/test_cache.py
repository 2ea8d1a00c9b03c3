"""The dashboard's corpus cache: fresh after a change, never changed by a caller."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lib.deferred import stored
from lib.pipeline.corpus import build_corpus
from lib.read.folder import scan_folder
from lib.schema import Doc
from ui import cache

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    cache._store.clear()
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


def test_mutating_a_returned_frame_does_not_change_the_next_call(seeds_copy, tmp_path):
    first = cache.load_corpus(seeds_copy, tmp_path / "cache")
    original_title = first.documents[Doc.TITLE].iloc[0]
    first.documents.loc[first.documents.index[0], Doc.TITLE] = "tampered"
    del first.documents[Doc.TEXT]
    first.events.loc[:, "companies"] = "tampered"
    second = cache.load_corpus(seeds_copy, tmp_path / "cache")
    assert second.documents[Doc.TITLE].iloc[0] == original_title
    assert Doc.TEXT in second.documents.columns
    assert not (second.events["companies"] == "tampered").any()


@pytest.fixture
def clock(monkeypatch):
    """A monotonic clock the test moves by hand."""
    now = [1000.0]
    monkeypatch.setattr(cache.time, "monotonic", lambda: now[0])
    return now


@pytest.mark.parametrize(
    ("how", "shows"),
    [
        ("folder_changed", True),  # the dashboard's own writes
        ("after the freshness window", True),  # another program's writes, a second later
        ("at once", False),  # another program's writes, within the second: the last scan is reused
    ],
)
def test_a_new_file_shows_once_the_folder_is_scanned_again(seeds_copy, tmp_path, clock, how, shows):
    before = cache.load_corpus(seeds_copy, tmp_path / "cache")
    (seeds_copy / "baidu.txt").write_text("Baidu unveiled Ernie 4.0 on October 17, 2023.\n", encoding="utf-8")
    clock[0] += 0.5
    if how == "folder_changed":
        cache.folder_changed(seeds_copy)
    elif how == "after the freshness window":
        clock[0] += cache.FRESH_SECONDS
    after = cache.load_corpus(seeds_copy, tmp_path / "cache")
    assert len(after.documents) == len(before.documents) + (1 if shows else 0)


def test_the_same_folder_is_parsed_once(seeds_copy, tmp_path, monkeypatch):
    calls = []
    real = cache.build_corpus
    monkeypatch.setattr(cache, "build_corpus", lambda *a, **k: calls.append(a) or real(*a, **k))
    cache.load_corpus(seeds_copy, None)
    cache.load_corpus(seeds_copy, None)
    assert len(calls) == 1


def test_a_filtered_view_is_reused_and_never_changed_by_its_reader(seeds_copy, tmp_path):
    from lib.analyze.filters import Filters

    corpus = cache.load_corpus(seeds_copy, tmp_path / "cache")
    filters = Filters(companies=("ByteDance",))
    first = cache.filtered_view(corpus, filters)
    n_events = len(first.events)
    first.events.loc[:, "companies"] = "tampered"
    second = cache.filtered_view(corpus, filters)
    assert len(second.events) == n_events and not (second.events["companies"] == "tampered").any()
    assert set(second.documents[Doc.DOC_ID].str[:3]) == {"001", "002", "004"}


def test_filter_options_follow_the_corpus_version(seeds_copy, tmp_path):
    before = cache.corpus_filter_options(cache.load_corpus(seeds_copy, tmp_path / "cache"))
    (seeds_copy / "t.txt").write_text("Tencent launched Hunyuan on September 7, 2023.\n", encoding="utf-8")
    cache.folder_changed(seeds_copy)
    after = cache.corpus_filter_options(cache.load_corpus(seeds_copy, tmp_path / "cache"))
    assert "Tencent" in after.companies and len(after.documents) == len(before.documents) + 1


def test_company_colours_follow_the_corpus_version(seeds_copy, tmp_path):
    from lib.charts.colors import company_colors

    corpus = cache.load_corpus(seeds_copy, tmp_path / "cache")
    colors = cache.corpus_company_colors(corpus)
    assert colors == company_colors(list(cache.corpus_filter_options(corpus).companies)) and len(colors) > 2
    assert cache.corpus_company_colors(corpus) is colors
    (seeds_copy / "t.txt").write_text("Tencent launched Hunyuan on September 7, 2023.\n", encoding="utf-8")
    cache.folder_changed(seeds_copy)
    assert "Tencent" in cache.corpus_company_colors(cache.load_corpus(seeds_copy, tmp_path / "cache"))


def test_sessions_that_find_the_scan_stale_together_wait_for_one_scan(seeds_copy, monkeypatch):
    import threading
    import time

    scans = []

    def slow_scan(root):
        scans.append(root)
        time.sleep(0.2)
        return "digest", ([], [])

    monkeypatch.setattr(cache, "_scan", slow_scan)
    store = cache._CorpusStore()
    threads = [threading.Thread(target=store.fingerprint, args=(str(seeds_copy),)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(scans) == 1


def test_a_loaded_corpus_is_left_out_of_later_garbage_collections(seeds_copy, tmp_path):
    import gc

    gc.unfreeze()
    try:
        cache.load_corpus(seeds_copy, tmp_path / "cache")
        held = next(iter(cache._store().corpora.values())).documents
        assert gc.get_freeze_count() > 0
        assert not any(tracked is held for tracked in gc.get_objects())
    finally:
        gc.unfreeze()


@pytest.mark.parametrize(("scan_seconds", "trusted_for"), [(0.05, cache.FRESH_SECONDS), (0.3, 3.0)])
def test_a_slow_scan_is_trusted_for_ten_times_as_long_as_it_took(clock, monkeypatch, scan_seconds, trusted_for):
    scans = []

    def timed_scan(root):
        scans.append(clock[0])
        clock[0] += scan_seconds
        return f"digest {len(scans)}", ([], [])

    monkeypatch.setattr(cache, "_scan", timed_scan)
    store = cache._CorpusStore()
    store.fingerprint("folder")
    started = scans[0]
    clock[0] = started + trusted_for - 0.01
    assert store.fingerprint("folder") == "digest 1"
    clock[0] = started + trusted_for
    assert store.fingerprint("folder") == "digest 2"


def test_a_start_scans_the_folder_once_and_keeps_no_scan_after(seeds_copy, tmp_path, monkeypatch):
    import lib.pipeline.corpus as pipeline

    scans = []
    monkeypatch.setattr(cache, "scan_folder", lambda root: scans.append(root) or scan_folder(root))
    monkeypatch.setattr(pipeline, "scan_folder", lambda root: scans.append(root) or scan_folder(root))
    corpus = cache.load_corpus(seeds_copy, tmp_path / "cache")
    assert len(scans) == 1 and len(corpus.documents) > 0 and cache._store().unused_scans == {}


def test_a_corpus_from_the_snapshot_is_served_with_terms_and_sentences_unmade(seeds_copy, tmp_path):
    build_corpus(seeds_copy, tmp_path / "cache")
    corpus = cache.load_corpus(seeds_copy, tmp_path / "cache")
    held = next(iter(cache._store().corpora.values()))
    assert not stored(held, "terms").is_made and not stored(held, "sentences").is_made
    assert corpus.terms is not held.terms and stored(held, "terms").is_made   # a shallow copy, made once
