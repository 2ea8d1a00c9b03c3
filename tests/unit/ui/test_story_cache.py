"""Stories are grouped once per corpus, and a large corpus never waits on the encoder unasked."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from lib.pipeline.corpus import Corpus
from ui import story_cache


def _corpus(n_events: int, version: str = "v1") -> Corpus:
    empty = pd.DataFrame()
    return Corpus(documents=empty, sentences=empty, mentions=empty,
                  events=pd.DataFrame({"doc_id": ["d"] * n_events}), terms=empty, removed=empty, skipped=[],
                  warnings=[], root=str(Path("/tmp/folder")), rules_version="r", version=version)


@pytest.mark.parametrize(("n_events", "limit", "grouped", "at_hand"), [
    (10, 5_000, set(), True),                       # small: grouping now costs a few seconds
    (10, 5, set(), False),                          # large and never grouped: not without asking
    (10, 5, {("v1", "/tmp/folder")}, True),         # large, grouped on this server already
    (10, 5, {("v0", "/tmp/folder")}, False),        # grouped, but an earlier version of the folder
])
def test_stories_are_at_hand_when_small_or_already_grouped(monkeypatch, n_events, limit, grouped, at_hand):
    monkeypatch.setattr(story_cache, "STORIES_WITHOUT_ASKING", limit)
    monkeypatch.setattr(story_cache, "_GROUPED", set(grouped))
    assert story_cache.stories_at_hand(_corpus(n_events)) is at_hand


class _Slot:
    """Records what a page's placeholder was asked to draw."""

    def __init__(self) -> None:
        self.drawn: list[tuple[float, str]] = []
        self.emptied = False

    def progress(self, value: float, text: str) -> None:
        self.drawn.append((value, text))

    def empty(self) -> None:
        self.emptied = True


def test_the_encoding_progress_is_drawn_at_most_twice_a_second_then_cleared(monkeypatch):
    slot, clock = _Slot(), iter([100.0, 100.1, 100.2, 100.7, 100.8])
    monkeypatch.setattr(story_cache.st, "empty", lambda: slot)
    monkeypatch.setattr(story_cache.time, "monotonic", lambda: next(clock))
    with story_cache.encoding_progress() as progress:
        for done in (64, 128, 192, 256):
            progress(done, 1_000)
        progress(1_000, 1_000)  # the last batch is always drawn
        assert not slot.emptied
    assert [value for value, _ in slot.drawn] == [0.064, 0.256, 1.0]  # 128 and 192 came within half a second
    assert slot.drawn[0][1] == "Reading the meaning of new sentences: 64 of 1,000"
    assert slot.emptied  # nothing left on the page once grouped


def test_the_encoding_progress_is_cleared_when_the_work_fails(monkeypatch):
    slot = _Slot()
    monkeypatch.setattr(story_cache.st, "empty", lambda: slot)
    with pytest.raises(RuntimeError), story_cache.encoding_progress():
        raise RuntimeError("encoder failed")
    assert slot.emptied
