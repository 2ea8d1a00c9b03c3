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
