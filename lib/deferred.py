"""Frames made on first read: the large frames of a corpus that only some pages read.

At 100,000 articles the terms frame holds 36 million rows and the sentences frame 5 million; turning
their memory-mapped Arrow tables into pandas on every start cost about 3 CPU s and 0.5 GB, though
only some pages read them (Keywords, Companies, Search, Reader, Stories). A ``DeferredFrame`` holds
how to make a frame and makes it once, on its first read, under a lock (the dashboard's sessions
run in threads). A dataclass field declared ``= FrameField()`` takes a DataFrame or a
``DeferredFrame`` and always reads as a DataFrame, so the code reading it does not change;
``stored``, ``map_frames`` and ``replace_frames`` pass a deferred frame on without making it.
A frame deferred from an Arrow table keeps the table (``arrow_form``): what reads the frame's Arrow form
(DuckDB, Arrow's counts) reads the table and never makes the frame.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import fields, replace
from typing import TypeVar

import pandas as pd
import pyarrow as pa

T = TypeVar("T")
Step = Callable[[pd.DataFrame], pd.DataFrame]


class DeferredFrame:
    """A frame made by ``make()`` on its first read, once, whichever thread reads it first.

    ``arrow``: the Arrow table the frame is the pandas form of (the same rows and values), when known."""

    def __init__(self, make: Callable[[], pd.DataFrame], arrow: pa.Table | None = None) -> None:
        self._make: Callable[[], pd.DataFrame] | None = make
        self._frame: pd.DataFrame | None = None
        self._lock = threading.Lock()
        self.arrow = arrow

    @property
    def is_made(self) -> bool:
        return self._make is None

    def frame(self) -> pd.DataFrame:
        if self._make is not None:
            with self._lock:
                if self._make is not None:
                    self._frame = self._make()
                    self._make = None   # drop what it was made from (a table, a bigger frame)
        return self._frame

    def then(self, step: Step, keeps_values: bool = False) -> DeferredFrame:
        """The frame ``step`` makes of this one, made when first read (this one is made then too);
        ``keeps_values``: ``step`` changes no row or value (a copy, a rechunk), so the Arrow form is kept."""
        return DeferredFrame(lambda: step(self.frame()), self.arrow if keeps_values else None)


def made(value: pd.DataFrame | DeferredFrame) -> pd.DataFrame:
    """``value`` as a frame: a deferred one is made now (once)."""
    return value.frame() if isinstance(value, DeferredFrame) else value


def deferred(value: pd.DataFrame | DeferredFrame, step: Step) -> DeferredFrame:
    """``step`` applied to ``value`` (a frame, or a deferred one) when the result is first read."""
    if isinstance(value, DeferredFrame):
        return value.then(step)
    return DeferredFrame(lambda: step(value))


class FrameField:
    """A dataclass field holding a DataFrame or a ``DeferredFrame``; it always reads as a DataFrame.

    Declared without a default (``sentences: pd.DataFrame = FrameField()``): the field stays required.
    The dataclass's ``__init__`` sets it through ``__set__``, frozen or not.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        self._slot = f"_stored_{name}"

    def __get__(self, obj, owner=None):
        if obj is None:
            raise AttributeError(self._name)   # read by dataclass as "no default"
        return made(obj.__dict__[self._slot])

    def __set__(self, obj, value) -> None:
        obj.__dict__[self._slot] = value


def stored(obj, name: str) -> pd.DataFrame | DeferredFrame:
    """Field ``name`` of ``obj`` as held: a deferred frame stays unmade."""
    if isinstance(getattr(type(obj), "__dict__", {}).get(name), FrameField):
        return obj.__dict__[f"_stored_{name}"]
    return getattr(obj, name)


def replace_frames(obj: T, **changes) -> T:
    """``dataclasses.replace`` that passes deferred frames on unmade (``replace`` reads every field)."""
    kept = {f.name: stored(obj, f.name) for f in fields(obj) if f.init and f.name not in changes}
    return replace(obj, **kept, **changes)


def arrow_form(obj, name: str) -> pa.Table | None:
    """The Arrow table field ``name`` of ``obj`` is the pandas form of, when it was deferred from one (its frame
    made or not); None otherwise."""
    value = stored(obj, name)
    return value.arrow if isinstance(value, DeferredFrame) else None


def arrow_or_frame(obj, name: str) -> pa.Table | pd.DataFrame:
    """Field ``name`` of ``obj`` as the Arrow table it was deferred from, when it was (not made for this); else
    the frame."""
    table = arrow_form(obj, name)
    return getattr(obj, name) if table is None else table


def row_count(obj, name: str) -> int:
    """How many rows field ``name`` of ``obj`` has; a frame deferred from an Arrow table is not made for it."""
    return len(arrow_or_frame(obj, name))


def map_frames(obj: T, step: Step, keeps_values: bool = False) -> T:
    """The same dataclass with ``step`` applied to each DataFrame field; to a deferred one when first read
    (``keeps_values``: as ``DeferredFrame.then``)."""
    changes = {}
    for f in fields(obj):
        value = stored(obj, f.name)
        if isinstance(value, DeferredFrame):
            changes[f.name] = value.then(step, keeps_values)
        elif isinstance(value, pd.DataFrame):
            changes[f.name] = step(value)
    return replace_frames(obj, **changes)
