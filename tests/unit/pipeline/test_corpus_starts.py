"""A start whose folder stat was seen before takes its snapshot from the signature, and still sees every change:
a changed, added or removed file, an edited metadata.csv or rule file, and a damaged snapshot."""

from __future__ import annotations

import pandas as pd
import pytest

import lib.pipeline.corpus as pipeline
import lib.store.snapshot_starts as starts_module
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc, Mention, Warning_
from lib.store.snapshot import SNAPSHOT_DIR
from lib.store.snapshot_starts import STARTS

FRAMES = ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped", "warnings")


@pytest.fixture
def settled(monkeypatch):
    """Every stat counts as settled (the tests' files were written a moment ago)."""
    monkeypatch.setattr(starts_module, "SETTLED_SECONDS", -60.0)


@pytest.fixture
def worked_out(monkeypatch):
    """The paths of the starts that worked their snapshot key out (read metadata.csv, hashed parse keys)."""
    calls: list[str] = []
    real = pipeline.read_metadata_csv

    def counting(root, known_files=None):
        calls.append(str(root))
        return real(root, known_files)

    monkeypatch.setattr(pipeline, "read_metadata_csv", counting)
    return calls


def _assert_same_frames(corpus, expected) -> None:
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(expected, name))


def test_a_second_start_takes_the_snapshot_from_the_signature_with_the_same_frames(seeds_copy, tmp_path, settled,
                                                                                  worked_out):
    cache = tmp_path / "cache"
    cold = build_corpus(seeds_copy, cache_dir=cache)
    assert len(list((cache / SNAPSHOT_DIR).rglob(STARTS))) == 1
    warm = build_corpus(seeds_copy, cache_dir=cache)
    assert len(worked_out) == 1, "the second start worked the key out again"
    _assert_same_frames(warm, cold)
    assert warm.term_dictionaries.equals(cold.term_dictionaries) and warm.rules_version == cold.rules_version


def test_a_start_on_unsettled_stats_remembers_nothing(seeds_copy, tmp_path, worked_out, monkeypatch):
    monkeypatch.setattr(starts_module, "SETTLED_SECONDS", 3600.0)   # every file was changed within the hour
    build_corpus(seeds_copy, cache_dir=tmp_path / "cache")
    build_corpus(seeds_copy, cache_dir=tmp_path / "cache")
    assert len(worked_out) == 2 and not list((tmp_path / "cache").rglob(STARTS))


@pytest.mark.parametrize("change", [
    lambda root: (root / "new.txt").write_text("Tencent launched Hunyuan on September 7, 2023.\n", encoding="utf-8"),
    lambda root: (root / "004_7deb7713580fdd7d.txt").write_text("Baidu opened Ernie on May 2, 2024.\n",
                                                               encoding="utf-8"),
    lambda root: (root / "004_7deb7713580fdd7d.txt").unlink(),
    lambda root: (root / "metadata.csv").write_text((root / "metadata.csv").read_text(encoding="utf-8").replace(
        "004_7deb7713580fdd7d.txt,,,,,2024-02,", "004_7deb7713580fdd7d.txt,,SCMP,,,2024-03,"), encoding="utf-8"),
    lambda root: (root / "gazetteer.csv").write_text(
        "entity,kind,company,aliases\nWILL Business Conference,product,Xiaohongshu,WILL Business Conference\n",
        encoding="utf-8"),
], ids=["added", "changed", "removed", "metadata", "rule file"])
def test_a_change_after_a_remembered_start_is_seen(seeds_copy, tmp_path, settled, change):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    build_corpus(seeds_copy, cache_dir=cache)
    change(seeds_copy)
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    _assert_same_frames(corpus, build_corpus(seeds_copy, cache_dir=tmp_path / "reference"))


def test_the_changed_frames_are_the_ones_a_fresh_build_gives(seeds_copy, tmp_path, settled):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    build_corpus(seeds_copy, cache_dir=cache)
    (seeds_copy / "new.txt").write_text("Tencent launched Hunyuan on September 7, 2023.\n", encoding="utf-8")
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    assert "new.txt" in set(corpus.documents[Doc.FILE])
    assert "Tencent" in set(corpus.mentions[Mention.COMPANY])


def test_a_damaged_snapshot_of_a_remembered_start_is_found_and_rebuilt(seeds_copy, tmp_path, settled):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    clean = build_corpus(seeds_copy, cache_dir=tmp_path / "reference")
    (path,) = (cache / SNAPSHOT_DIR).rglob("events.arrow")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    said = corpus.warnings.loc[corpus.warnings[Warning_.SOURCE] == "cache", Warning_.MESSAGE]
    assert said.str.contains("events.arrow fails its checksum; discarded and rebuilt").any(), list(said)
    for name in FRAMES[:-1]:
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(clean, name))
    _assert_same_frames(build_corpus(seeds_copy, cache_dir=cache), clean)


def test_a_folder_with_an_unreadable_file_is_never_taken_from_the_signature(seeds_copy, tmp_path, settled,
                                                                            worked_out):
    (seeds_copy / "empty.txt").write_bytes(b"")
    build_corpus(seeds_copy, cache_dir=tmp_path / "cache")
    corpus = build_corpus(seeds_copy, cache_dir=tmp_path / "cache")
    assert len(worked_out) == 2 and "empty.txt" in set(corpus.skipped["file"])
