"""The timeline's marks and event table from per-corpus precomputations (``CorpusIndex``).

``timeline_marks`` parses, explodes and sorts every filtered event on each call. Here the corpus's
(event, company) pairs are placed and sorted once per basis (``corpus_placements``); a filter
change then keeps the pairs of the view's events, which are already in order, and builds text
columns only for the marks drawn. The results are those of ``timeline_marks`` and ``event_table``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from lib.analyze.corpus_index import CorpusIndex, Placement, flags, sorted_codes
from lib.analyze.timeline import (
    BAR_START,
    BAR_STOP,
    BASES,
    COMPANY,
    EVENT_DATE,
    MAX_LANES,
    MAX_MARKS,
    PLACED_PRECISION,
    PUBLISHED,
    TimelineMarks,
    _company_positions,
    _document_details,
    _to_day,
    _with_blank_last_row,
    _with_text,
    event_table,
    period_stop,
)
from lib.schema import Doc, Event

# The event table lists this many events at most (the latest); its CSV has every event.
MAX_TABLE_ROWS = 1000


def corpus_placements(events: pd.DataFrame, documents: pd.DataFrame) -> dict[str, Placement]:
    """Every (event, company) pair with a usable period, per basis, ordered as the timeline orders."""
    positions, companies = _company_positions(events)
    details = _document_details(documents)
    at_doc = pd.Index(details[Event.DOC_ID]).get_indexer(events[Event.DOC_ID])
    details = _with_blank_last_row(details)
    doc_start = _to_day(details[PUBLISHED])
    doc_precision = details[Doc.DATE_PRECISION].fillna("").replace("", "day")
    doc_stop = period_stop(doc_start, doc_precision)
    on_basis = {
        EVENT_DATE: (_to_day(events[Event.DATE]).to_numpy(),
                     (_to_day(events[Event.DATE_END]) + pd.Timedelta(days=1)).to_numpy(),
                     events[Event.PRECISION].to_numpy()),
        BASES[1]: tuple(values.to_numpy()[at_doc] for values in (doc_start, doc_stop, doc_precision)),
    }
    placements = {}
    for basis, (start, stop, precision) in on_basis.items():
        keys = pd.DataFrame({"pos": positions, COMPANY: companies, BAR_START: start[positions],
                             BAR_STOP: stop[positions], PLACED_PRECISION: precision[positions]})
        keys = keys[keys[BAR_START].notna() & keys[BAR_STOP].notna()]
        keys = keys.sort_values([BAR_START, COMPANY], kind="stable")
        codes, names = sorted_codes(keys[COMPANY], blank_is_missing=False)
        placements[basis] = Placement(
            event=keys["pos"].to_numpy(np.int64), company=codes, names=names,
            start=keys[BAR_START].to_numpy(), stop=keys[BAR_STOP].to_numpy(),
            precision=keys[PLACED_PRECISION].to_numpy())
    return placements


def timeline_marks_indexed(events: pd.DataFrame, documents: pd.DataFrame, index: CorpusIndex,
                           basis: str = EVENT_DATE, chosen: Sequence[str] = (), cap: int = MAX_LANES,
                           limit: int = MAX_MARKS) -> TimelineMarks:
    """``timeline_marks`` of a view's ``events`` and ``documents`` (rows of ``index``'s corpus)."""
    if basis not in BASES:
        raise ValueError(f"unknown basis {basis!r}; expected one of {BASES}")
    placed = index.placements[basis]
    selected = np.flatnonzero(flags(index.event_positions(events), len(index.events))[placed.event])
    codes = placed.company[selected]
    counts = np.bincount(codes, minlength=len(placed.names))
    present = np.flatnonzero(counts)                                # name order
    ranked = present[np.argsort(-counts[present], kind="stable")]   # most events first, ties by name
    if chosen:
        wanted = set(chosen)
        lane_codes = np.array([code for code in ranked if placed.names[code] in wanted], dtype=np.int64)
        hidden = 0
    else:
        lane_codes = ranked[:cap]
        hidden = len(ranked) - len(lane_codes)
    in_lane = np.zeros(len(placed.names), dtype=bool)
    in_lane[lane_codes] = True
    drawn = selected[in_lane[codes]]
    not_drawn = max(len(drawn) - limit, 0)
    drawn = drawn[not_drawn:]
    return TimelineMarks(_drawn_rows(placed, drawn, index.events, documents),
                         [str(placed.names[code]) for code in lane_codes], hidden, not_drawn, len(selected))


def _drawn_rows(placed: Placement, drawn: np.ndarray, events: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    details = _document_details(documents)
    pos = placed.event[drawn]
    doc = pd.Index(details[Event.DOC_ID]).get_indexer(events[Event.DOC_ID].take(pos))
    keys = pd.DataFrame({"pos": pos, "doc": doc, COMPANY: np.asarray(placed.names[placed.company[drawn]], dtype=object),
                         BAR_START: placed.start[drawn], BAR_STOP: placed.stop[drawn],
                         PLACED_PRECISION: placed.precision[drawn]})
    return _with_text(events, _with_blank_last_row(details), keys)


def latest_event_table(events: pd.DataFrame, documents: pd.DataFrame, index: CorpusIndex,
                       limit: int = MAX_TABLE_ROWS) -> tuple[pd.DataFrame, int]:
    """The last ``limit`` rows of ``event_table(events, documents)``, and its full length.

    The corpus's date order is known (``CorpusIndex.event_date_rank``), so only the rows kept are
    merged and sorted.
    """
    positions = index.event_positions(events)
    if len(positions) <= limit:
        return event_table(events, documents), len(positions)
    rank = index.event_date_rank[positions]
    latest = np.argpartition(rank, len(rank) - limit)[len(rank) - limit:]
    latest = latest[np.argsort(rank[latest])]
    return event_table(events.iloc[latest], documents), len(positions)

