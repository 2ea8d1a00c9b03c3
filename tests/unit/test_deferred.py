"""Deferred frames: made once on first read, from any thread, and passed on unmade until then."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, fields

import pandas as pd
import pyarrow as pa
import pytest

from lib.deferred import DeferredFrame, FrameField, arrow_form, deferred, made, map_frames, replace_frames, stored


@dataclass(frozen=True)
class Frames:
    documents: pd.DataFrame
    terms: pd.DataFrame = FrameField()
    root: str = ""


def _counted(calls: list, frame: pd.DataFrame) -> DeferredFrame:
    def make():
        calls.append(1)
        time.sleep(0.05)   # long enough for every thread to ask while the first is making it
        return frame
    return DeferredFrame(make)


TERMS = pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "term": ["字节跳动", "豆包", "Qwen"], "count": [2, 1, 3]})


def test_a_deferred_frame_is_made_once_whichever_threads_read_it():
    calls = []
    frame = _counted(calls, TERMS)
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(frame.frame())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1] and all(each is seen[0] for each in seen) and frame.is_made


def test_a_frame_field_reads_as_a_frame_and_is_made_on_first_read():
    calls = []
    frames = Frames(documents=pd.DataFrame(), terms=_counted(calls, TERMS), root="r")
    assert [f.name for f in fields(frames)] == ["documents", "terms", "root"] and calls == []
    pd.testing.assert_frame_equal(frames.terms, TERMS)
    assert calls == [1]
    assert frames.terms is frames.terms and calls == [1]


def test_a_frame_field_is_required_and_frozen():
    with pytest.raises(TypeError):
        Frames(documents=pd.DataFrame())
    with pytest.raises(AttributeError):
        Frames(pd.DataFrame(), TERMS).terms = TERMS


def test_replacing_and_mapping_fields_leave_a_deferred_frame_unmade_until_read():
    calls = []
    frames = Frames(documents=TERMS, terms=_counted(calls, TERMS))
    renamed = replace_frames(frames, root="elsewhere")
    copied = map_frames(renamed, lambda frame: frame.head(2))
    assert calls == [] and renamed.root == copied.root == "elsewhere"
    assert isinstance(stored(copied, "terms"), DeferredFrame) and len(copied.documents) == 2
    assert len(copied.terms) == 2 and calls == [1]
    assert stored(renamed, "terms").is_made and len(renamed.terms) == 3   # the copy made its source once


@pytest.mark.parametrize("source", ["frame", "deferred"])
def test_deferred_applies_a_step_to_a_frame_or_a_deferred_frame_on_first_read(source):
    value = TERMS if source == "frame" else DeferredFrame(lambda: TERMS)
    narrowed = deferred(value, lambda terms: terms[terms["doc_id"] == "d2"])
    assert not narrowed.is_made
    assert made(narrowed)["term"].tolist() == ["Qwen"] and made(TERMS) is TERMS


def test_a_frame_deferred_from_a_table_keeps_it_through_steps_that_keep_the_values():
    table = pa.Table.from_pandas(TERMS, preserve_index=False)
    frames = Frames(documents=TERMS, terms=DeferredFrame(lambda: table.to_pandas(), table))
    copied = map_frames(frames, lambda frame: frame.copy(deep=False), keeps_values=True)
    narrowed = map_frames(frames, lambda frame: frame.head(2))
    assert arrow_form(frames, "terms") is table and arrow_form(copied, "terms") is table
    assert arrow_form(narrowed, "terms") is None and arrow_form(frames, "documents") is None
    assert not stored(copied, "terms").is_made
