"""Events laid out for the timeline: one row per (event, company), with the period each mark spans.

An event naming two companies is drawn in both companies' lanes. A mark runs from the first day
of the period its date names to the day after its last day (``date_end`` + 1), so a month-precision
date spans its whole month and a day-precision date spans one day. Events can instead be placed at
their documents' publication dates (the publication period, at the document's own precision).
Every function is pure and vectorised: frames in, frames out, inputs never changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.analyze.filters import outlet_labels
from lib.schema import COMPANY_SEPARATOR, Doc, Event

# New columns of the timeline frames.
COMPANY = "company"              # the lane: one company named by the event
BAR_START = "bar_start"          # first day of the placed period (Timestamp)
BAR_STOP = "bar_stop"            # day after the placed period's last day (Timestamp, exclusive)
PLACED_PRECISION = "placed_precision"  # precision of the placed period (event's or publication's)
OUTLET = "outlet"
TITLE = Doc.TITLE
PUBLISHED = Doc.PUBLISHED

EVENT_DATE = "event date"
PUBLICATION_DATE = "publication date"
BASES = (EVENT_DATE, PUBLICATION_DATE)

MAX_LANES = 15
# More marks than this make an SVG chart unusable (and slow to hover); the newest are drawn.
MAX_MARKS = 3000

TIMELINE_COLUMNS = [
    COMPANY, BAR_START, BAR_STOP, PLACED_PRECISION, Event.EVENT_ID, Event.DOC_ID, Event.SENT_ID,
    Event.DATE, Event.DATE_END, Event.PRECISION, Event.DATE_TEXT, Event.COMPANIES, Event.EVENT_TYPE,
    Event.SENTENCE, OUTLET, TITLE, PUBLISHED, Event.PLANNED,
]
TABLE_COLUMNS = [
    Event.DATE, Event.PRECISION, Event.DATE_TEXT, Event.COMPANIES, Event.EVENT_TYPE, Event.PLANNED, OUTLET, TITLE,
    PUBLISHED, Event.SENTENCE, Event.DOC_ID, Event.SENT_ID,
]
_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}
_DAYS = {"day": 1, "week": 7}


def events_by_company(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, company named): the event's columns plus ``company``."""
    positions, companies = _company_positions(events)
    return events.iloc[positions].assign(**{COMPANY: companies}).reset_index(drop=True)


def _company_positions(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Row position of each (event, company) pair and the company, without copying the wide columns."""
    # Few distinct company lists exist, so split those once rather than every event's.
    codes, lists = pd.factorize(events[Event.COMPANIES].fillna("").astype(str))
    names = pd.Series(lists).str.split(COMPANY_SEPARATOR).explode().str.strip()
    names = names[names.fillna("") != ""]
    pairs = pd.DataFrame({"pos": np.arange(len(events)), "code": codes}).merge(
        pd.DataFrame({"code": names.index.to_numpy(), COMPANY: names.to_numpy()}), on="code", sort=False)
    return pairs["pos"].to_numpy(dtype=np.int64), pairs[COMPANY].to_numpy()


def period_stop(start: pd.Series, precision: pd.Series) -> pd.Series:
    """The day after the last day of each period (``start`` Timestamps, ``precision`` names)."""
    stop = pd.Series(pd.NaT, index=start.index, dtype="datetime64[ns]")
    for name, months in _MONTHS.items():
        chosen = precision == name
        stop[chosen] = start[chosen] + pd.DateOffset(months=months)
    for name, days in _DAYS.items():
        chosen = precision == name
        stop[chosen] = start[chosen] + pd.Timedelta(days=days)
    return stop


def timeline_events(events: pd.DataFrame, documents: pd.DataFrame, basis: str = EVENT_DATE) -> pd.DataFrame:
    """Events per company lane with the period to draw (``TIMELINE_COLUMNS``).

    ``basis`` is ``EVENT_DATE`` (the period the sentence's own date names) or ``PUBLICATION_DATE``
    (the document's publication period). Rows without a usable date on that basis are left out.
    """
    placed = _placed(events, documents, basis)
    return _with_text(events, placed.details, placed.keys)


@dataclass(frozen=True)
class TimelineMarks:
    """What the timeline draws: ``rows`` (``TIMELINE_COLUMNS``) of the ``lanes``, the latest first cut."""

    rows: pd.DataFrame      # the marks drawn: in ``lanes``, at most ``limit``, ordered by start
    lanes: list[str]
    hidden_lanes: int       # companies with events whose lanes are not drawn
    not_drawn: int          # marks in the lanes left out by the ``limit``
    total: int              # rows of ``timeline_events`` (every lane, no limit)


def timeline_marks(events: pd.DataFrame, documents: pd.DataFrame, basis: str = EVENT_DATE,
                   chosen: Sequence[str] = (), cap: int = MAX_LANES, limit: int = MAX_MARKS) -> TimelineMarks:
    """``timeline_events`` narrowed by ``lane_order``, ``in_lanes`` and ``latest_marks``.

    The same rows as those three applied to ``timeline_events``, but the wide text columns are
    copied only for the marks drawn, not for every (event, company) pair of the corpus.
    """
    placed = _placed(events, documents, basis)
    lanes, hidden = lane_order(placed.keys, chosen, cap)
    shown, not_drawn = latest_marks(in_lanes(placed.keys, lanes), limit)
    return TimelineMarks(_with_text(events, placed.details, shown.reset_index(drop=True)), lanes, hidden,
                         not_drawn, len(placed.keys))


@dataclass(frozen=True)
class _Placed:
    keys: pd.DataFrame      # pos (row of events), doc (row of details), COMPANY, BAR_START, BAR_STOP,
                            # PLACED_PRECISION; ordered by start then company
    details: pd.DataFrame   # _document_details plus a blank last row (for doc = -1)


def _placed(events: pd.DataFrame, documents: pd.DataFrame, basis: str) -> _Placed:
    if basis not in BASES:
        raise ValueError(f"unknown basis {basis!r}; expected one of {BASES}")
    details = _document_details(documents)
    at_doc = pd.Index(details[Event.DOC_ID]).get_indexer(events[Event.DOC_ID])
    details = _with_blank_last_row(details)      # position -1 (unknown document) picks the blank row
    positions, companies = _company_positions(events)
    if basis == EVENT_DATE:
        start = _to_day(events[Event.DATE]).to_numpy()
        stop = (_to_day(events[Event.DATE_END]) + pd.Timedelta(days=1)).to_numpy()
        precision = events[Event.PRECISION].to_numpy()
    else:
        doc_start = _to_day(details[PUBLISHED])
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


def _with_text(events: pd.DataFrame, details: pd.DataFrame, keys: pd.DataFrame) -> pd.DataFrame:
    """The events and document columns of ``keys``' rows, in their order."""
    rows = events.iloc[keys["pos"].to_numpy()].reset_index(drop=True)
    documents_of_rows = details[[OUTLET, TITLE, PUBLISHED]].iloc[keys["doc"].to_numpy()].reset_index(drop=True)
    placed = keys[[COMPANY, BAR_START, BAR_STOP, PLACED_PRECISION]].reset_index(drop=True)
    rows = pd.concat([rows, documents_of_rows, placed], axis=1)
    rows[Event.PLANNED] = planned_flags(rows)
    return rows[TIMELINE_COLUMNS]


def planned_flags(events: pd.DataFrame) -> pd.Series:
    """``Event.PLANNED`` as booleans; events parsed before the column existed are not plans."""
    if Event.PLANNED not in events:
        return pd.Series(False, index=events.index, dtype=bool)
    flags = events[Event.PLANNED]
    if flags.dtype == bool:
        return flags
    return flags.map(lambda value: value is True or str(value).lower() == "true").astype(bool)


def _with_blank_last_row(details: pd.DataFrame) -> pd.DataFrame:
    blank = pd.DataFrame({column: [""] for column in details.columns})
    return pd.concat([details, blank], ignore_index=True)


def lane_order(rows: pd.DataFrame, chosen: Sequence[str] = (), cap: int = MAX_LANES) -> tuple[list[str], int]:
    """Lanes to draw, most events first, and how many companies with events were left out.

    With ``chosen`` companies (the shared filter) only those lanes are drawn, uncapped.
    """
    counts = rows[COMPANY].value_counts(sort=False)
    counts = counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    if chosen:
        return [name for name in counts.index if name in set(chosen)], 0
    lanes = list(counts.index[:cap])
    return lanes, len(counts) - len(lanes)


def in_lanes(rows: pd.DataFrame, lanes: Sequence[str]) -> pd.DataFrame:
    """The timeline rows drawn in ``lanes``."""
    return rows[rows[COMPANY].isin(lanes)]


def latest_marks(rows: pd.DataFrame, limit: int = MAX_MARKS) -> tuple[pd.DataFrame, int]:
    """The ``limit`` rows that start latest (rows come ordered by start), and how many were left out."""
    if len(rows) <= limit:
        return rows, 0
    return rows.iloc[len(rows) - limit:], len(rows) - limit


def event_table(events: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per event (not per lane) with its document's outlet, title and date (``TABLE_COLUMNS``)."""
    table = events.merge(_document_details(documents), on=Event.DOC_ID, how="left")
    table[Event.COMPANIES] = table[Event.COMPANIES].fillna("").str.replace(COMPANY_SEPARATOR, ", ", regex=False)
    table[Event.PLANNED] = planned_flags(table)
    table = table.sort_values([Event.DATE, Event.DATE_END], kind="stable")
    return table[TABLE_COLUMNS].reset_index(drop=True)


def _document_details(documents: pd.DataFrame) -> pd.DataFrame:
    details = documents[[Doc.DOC_ID, Doc.TITLE, Doc.PUBLISHED, Doc.DATE_PRECISION]].copy()
    details[OUTLET] = outlet_labels(documents)
    details[TITLE] = details[TITLE].fillna("").where(details[TITLE].fillna("") != "", documents[Doc.FILE])
    details[PUBLISHED] = details[PUBLISHED].fillna("")
    return details


def _to_day(values: pd.Series) -> pd.Series:
    text = values.fillna("").astype(str)
    return pd.to_datetime(text.where(text != ""), errors="coerce", format="mixed")



