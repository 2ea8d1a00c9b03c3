"""The dashboard's corpus cache: fresh after a change, never changed by a caller."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lib import cache
from lib.schema import Doc

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


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


def test_a_new_file_shows_on_the_next_call(seeds_copy, tmp_path):
    before = cache.load_corpus(seeds_copy, tmp_path / "cache")
    (seeds_copy / "baidu.txt").write_text("Baidu unveiled Ernie 4.0 on October 17, 2023.\n", encoding="utf-8")
    after = cache.load_corpus(seeds_copy, tmp_path / "cache")
    assert len(after.documents) == len(before.documents) + 1


def test_the_same_folder_is_parsed_once(seeds_copy, tmp_path, monkeypatch):
    calls = []
    real = cache.build_corpus
    monkeypatch.setattr(cache, "build_corpus", lambda *a, **k: calls.append(a) or real(*a, **k))
    cache.load_corpus(seeds_copy, None)
    cache.load_corpus(seeds_copy, None)
    assert len(calls) == 1
