"""Reference answers of ``lib.analyze.timeline``: every filtered event parsed, exploded and sorted on each call.

``timeline_events`` is every (event, company) mark of every lane; ``lane_order``, ``in_lanes`` and
``marks_starting_latest`` narrow it the way ``timeline.timeline_marks`` does from the index's
placements; ``event_table`` sorts the whole frame by date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from lib.analyze.dating import period_stop, to_day
from lib.analyze.ranking import ranked_counts
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
    TABLE_COLUMNS,
    TimelineMarks,
    _event_company_pairs,
    _with_blank_last_row,
    _with_text,
    document_details,
    planned_flags,
)
from lib.schema import COMPANY_SEPARATOR, Doc, Event


def events_by_company(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, company named): the event's columns plus ``company``."""
    positions, companies = _event_company_pairs(events)
    return events.iloc[positions].assign(**{COMPANY: companies}).reset_index(drop=True)


def timeline_events(events: pd.DataFrame, documents: pd.DataFrame, basis: str = EVENT_DATE) -> pd.DataFrame:
    """Events per company lane with the period to draw (``TIMELINE_COLUMNS``).

    ``basis`` is ``EVENT_DATE`` (the period the sentence's own date names) or ``PUBLICATION_DATE``
    (the document's publication period). Rows without a usable date on that basis are left out.
    """
    placed = _placed(events, documents, basis)
    return _with_text(events, placed.details, placed.keys)


def timeline_marks(events: pd.DataFrame, documents: pd.DataFrame, basis: str = EVENT_DATE,
                   chosen: Sequence[str] = (), cap: int = MAX_LANES, limit: int = MAX_MARKS) -> TimelineMarks:
    """``timeline_events`` narrowed by ``lane_order``, ``in_lanes`` and ``marks_starting_latest``."""
    placed = _placed(events, documents, basis)
    lanes, hidden = lane_order(placed.keys, chosen, cap)
    shown, not_drawn = marks_starting_latest(in_lanes(placed.keys, lanes), limit)
    return TimelineMarks(_with_text(events, placed.details, shown.reset_index(drop=True)), lanes, hidden,
                         not_drawn, len(placed.keys))


@dataclass(frozen=True)
class _Placed:
    keys: pd.DataFrame      # pos (row of events), doc (row of details), COMPANY, BAR_START, BAR_STOP,
                            # PLACED_PRECISION; ordered by start then company
    details: pd.DataFrame   # document_details plus a blank last row (for doc = -1)


def _placed(events: pd.DataFrame, documents: pd.DataFrame, basis: str) -> _Placed:
    if basis not in BASES:
        raise ValueError(f"unknown basis {basis!r}; expected one of {BASES}")
    details = document_details(documents)
    at_doc = pd.Index(details[Event.DOC_ID]).get_indexer(events[Event.DOC_ID])
    details = _with_blank_last_row(details)      # position -1 (unknown document) picks the blank row
    positions, companies = _event_company_pairs(events)
    if basis == EVENT_DATE:
        start = to_day(events[Event.DATE]).to_numpy()
        stop = (to_day(events[Event.DATE_END]) + pd.Timedelta(days=1)).to_numpy()
        precision = events[Event.PRECISION].to_numpy()
    else:
        doc_start = to_day(details[PUBLISHED])
        doc_precision = details[Doc.DATE_PRECISION].fillna("").replace("", "day")
        doc_stop = period_stop(doc_start, doc_precision)
        start, stop, precision = (values.to_numpy()[at_doc] for values in (doc_start, doc_stop, doc_precision))
    # Order and filter on narrow columns first, so the wide text columns are copied once.
    keys = pd.DataFrame({"pos": positions, "doc": at_doc[positions], COMPANY: companies,
                         BAR_START: start[positions], BAR_STOP: stop[positions],
                         PLACED_PRECISION: precision[positions]})
    keys = keys[keys[BAR_START].notna() & keys[BAR_STOP].notna()]
    keys = keys.sort_values([BAR_START, COMPANY], kind="stable").reset_index(drop=True)
    return _Placed(keys, details)


def lane_order(rows: pd.DataFrame, chosen: Sequence[str] = (), cap: int = MAX_LANES) -> tuple[list[str], int]:
    """Lanes to draw, most events first, and how many companies with events were left out.

    With ``chosen`` companies (the shared filter) only those lanes are drawn, uncapped.
    """
    counts = ranked_counts(rows[COMPANY])
    if chosen:
        return [name for name in counts.index if name in set(chosen)], 0
    lanes = list(counts.index[:cap])
    return lanes, len(counts) - len(lanes)


def in_lanes(rows: pd.DataFrame, lanes: Sequence[str]) -> pd.DataFrame:
    """The timeline rows drawn in ``lanes``."""
    return rows[rows[COMPANY].isin(lanes)]


def marks_starting_latest(rows: pd.DataFrame, limit: int = MAX_MARKS) -> tuple[pd.DataFrame, int]:
    """The ``limit`` rows that start latest (rows come ordered by start), and how many were left out."""
    if len(rows) <= limit:
        return rows, 0
    return rows.iloc[len(rows) - limit:], len(rows) - limit


def event_table(events: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per event (not per lane) with its document's outlet, title and date (``TABLE_COLUMNS``)."""
    table = events.merge(document_details(documents), on=Event.DOC_ID, how="left")
    table[Event.COMPANIES] = table[Event.COMPANIES].fillna("").str.replace(COMPANY_SEPARATOR, ", ", regex=False)
    table[Event.PLANNED] = planned_flags(table)
    table = table.sort_values([Event.DATE, Event.DATE_END], kind="stable")
    return table[TABLE_COLUMNS].reset_index(drop=True)
