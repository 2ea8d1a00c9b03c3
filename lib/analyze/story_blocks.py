"""Who is ever compared when grouping stories: the events that can join one, blocked by company and period.

An event can join a story when it names a company and has a date. Two are compared only when they fall
in one block: one company and one month for short periods, one company and the very same period for
long ones (``lib.analyze.stories``).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import pandas as pd

from lib.analyze.story_products import company_set
from lib.schema import Event

T = TypeVar("T")
# The products of a member naming none, one set for all of them.
_NONE_NAMED: frozenset[str] = frozenset()

# Periods longer than this join a story only with the identical period.
SHORT_PERIOD_DAYS = 31


@dataclass(frozen=True)
class Members:
    """The events that can join a story (a company named, a date read), as arrays."""

    rows: np.ndarray          # position of each in the events frame
    start: np.ndarray         # first and last day of its period, as day numbers
    end: np.ndarray
    long: np.ndarray          # a period longer than SHORT_PERIOD_DAYS
    single_day: np.ndarray    # a period of one day
    companies: list[frozenset[str]]
    products: list[frozenset[str]]
    kinds: list[str]          # its event type (what kind of happening it tells)
    articles: np.ndarray      # its article (a code per doc_id): two of one article are no evidence of one story
    regulators: list[frozenset[str]]  # the regulators its sentence names (SAMR, the CAC)


def story_members(events: pd.DataFrame, products: pd.Series | None) -> Members:
    """The events of ``events`` that can join a story, with what blocking and grouping ask of them."""
    starts = pd.to_datetime(events[Event.DATE], errors="coerce", format="%Y-%m-%d")
    ends = pd.to_datetime(events[Event.DATE_END], errors="coerce", format="%Y-%m-%d").fillna(starts)
    companies = _read_alike_once(events[Event.COMPANIES], company_set)
    usable = starts.notna().to_numpy() & np.array([bool(c) for c in companies], dtype=bool)
    rows = np.flatnonzero(usable)
    start = (starts.to_numpy()[rows].astype("datetime64[D]").astype(np.int64))
    end = (ends.to_numpy()[rows].astype("datetime64[D]").astype(np.int64))
    products_named = (products.reindex(events.index).to_numpy()[rows] if products is not None
                      else [_NONE_NAMED] * len(rows))
    no_cells = pd.Series([""] * len(rows), dtype=object)
    kinds = _read_alike_once(events[Event.EVENT_TYPE].iloc[rows].fillna("") if Event.EVENT_TYPE in events
                             else no_cells, str)
    articles = pd.factorize(events[Event.DOC_ID])[0][rows] if Event.DOC_ID in events else rows
    regulators = _read_alike_once(events[Event.REGULATIONS].iloc[rows] if Event.REGULATIONS in events else no_cells,
                                  company_set)
    return Members(rows, start, end, (end - start) >= SHORT_PERIOD_DAYS, start == end, [companies[r] for r in rows],
                   [p if isinstance(p, frozenset) else _NONE_NAMED for p in products_named], kinds, articles,
                   regulators)


def _read_alike_once(cells: pd.Series, read: Callable[[object], T]) -> list[T]:
    """``read`` of each cell, read once per distinct cell and shared by the cells alike: ~200,000 events at
    10,000 articles name a few thousand sets of companies, and a set (or a string taken out of an Arrow column)
    of each would hold ~100 MB while stories are grouped. A missing cell is read as None is."""
    codes, distinct = pd.factorize(cells)
    readings = [read(cell) for cell in distinct] + [read(None)]  # code -1, a missing cell: the last
    return [readings[code] for code in codes.tolist()]


@dataclass(frozen=True)
class Block:
    """Members that name one company in one month (short periods) or one long period."""

    members: np.ndarray   # positions among the members
    long: bool
    agree: np.ndarray     # whether each two agree on the period (a square boolean matrix)


def story_blocks(members: Members) -> list[Block]:
    """The blocks of two or more members: only members of one block are ever compared.

    Blocked by (company, month) for short periods and (company, period) for long ones. Within a
    long block every period is the same; short ones must overlap, and two single days may also lie
    a day apart (reports across time zones), but a day never just touches a week.
    """
    keyed: dict[tuple, list[int]] = defaultdict(list)
    months = (members.start.astype("datetime64[D]").astype("datetime64[M]")).astype(np.int64)
    for i, companies in enumerate(members.companies):
        period = (int(members.start[i]), int(members.end[i])) if members.long[i] else int(months[i])
        for company in companies:
            keyed[(company, bool(members.long[i]), period)].append(i)
    blocks = []
    for (_, long, _), block in keyed.items():
        if len(block) < 2:
            continue
        idx = np.asarray(block)
        start, end, single = members.start[idx], members.end[idx], members.single_day[idx]
        agree = np.maximum.outer(start, start) <= np.minimum.outer(end, end) + np.logical_and.outer(single, single)
        blocks.append(Block(idx, long, agree))
    return blocks


def joinable(blocks: list[Block]) -> np.ndarray:
    """Members that agree with another member of a block: the only ones that can join a story
    of more than themselves, so the only ones whose sentences need a vector."""
    found = [block.members[(block.agree & ~np.eye(len(block.members), dtype=bool)).any(axis=1)] for block in blocks]
    return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)


def story_id_after(first_event_id: str) -> str:
    """A story's id, stable across runs: named after its first event (or a key made from it)."""
    return "story-" + hashlib.sha1(first_event_id.encode("utf-8")).hexdigest()[:10]
