"""Events laid out for the timeline: one mark per (event, company), spanning the period its date names.

An event naming two companies is drawn in both companies' lanes. A mark runs from the first day
of the period its date names to the day after its last day (``date_end`` + 1), so a month-precision
date spans its whole month and a day-precision date spans one day. Events can instead be placed at
their documents' publication dates (the publication period, at the document's own precision).

The corpus's (event, company) pairs are placed and sorted once per basis and kept with the corpus's
``CorpusIndex``; a filter change then keeps the pairs of the view's events, which are already in
order, and builds the text columns only for the marks drawn. Inputs are never changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.analyze.corpus_index import CorpusIndex, flags, sorted_codes
from lib.analyze.dating import period_stop, to_day
from lib.analyze.filters import outlet_labels
from lib.analyze.ranking import ranked_codes
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
# The event table lists this many events at most (the latest); its CSV has every event.
MAX_TABLE_ROWS = 1000

TIMELINE_COLUMNS = [
    COMPANY, BAR_START, BAR_STOP, PLACED_PRECISION, Event.EVENT_ID, Event.DOC_ID, Event.SENT_ID,
    Event.DATE, Event.DATE_END, Event.PRECISION, Event.DATE_TEXT, Event.COMPANIES, Event.EVENT_TYPE,
    Event.SENTENCE, OUTLET, TITLE, PUBLISHED, Event.PLANNED, Event.QUALIFIER,
]
TABLE_COLUMNS = [
    Event.DATE, Event.PRECISION, Event.QUALIFIER, Event.DATE_TEXT, Event.COMPANIES, Event.EVENT_TYPE, Event.PLANNED,
    OUTLET, TITLE, PUBLISHED, Event.SENTENCE, Event.DOC_ID, Event.SENT_ID,
]


@dataclass(frozen=True)
class TimelineMarks:
    """What the timeline draws: ``rows`` (``TIMELINE_COLUMNS``) of the ``lanes``, the latest first cut."""

    rows: pd.DataFrame      # the marks drawn: in ``lanes``, at most ``limit``, ordered by start then company
    lanes: list[str]
    hidden_lanes: int       # companies with events whose lanes are not drawn
    not_drawn: int          # marks in the lanes left out by the ``limit``
    total: int              # (event, company) pairs with a usable period, in every lane


@dataclass(frozen=True)
class Placement:
    """(event, company) pairs with a usable period on one basis, ordered by start then company."""

    event: np.ndarray        # row position in the corpus events
    company: np.ndarray      # code into ``names`` (names in alphabetical order)
    names: pd.Index
    start: np.ndarray
    stop: np.ndarray
    precision: np.ndarray


def timeline_marks(events: pd.DataFrame, documents: pd.DataFrame, index: CorpusIndex,
                    basis: str = EVENT_DATE, chosen: Sequence[str] = (), cap: int = MAX_LANES,
                    limit: int = MAX_MARKS) -> TimelineMarks:
    """The marks to draw of a view's ``events`` and ``documents`` (rows of ``index``'s corpus).

    ``basis`` is ``EVENT_DATE`` (the period the sentence's own date names) or ``PUBLICATION_DATE``
    (the document's publication period); pairs without a usable date on that basis are left out.
    Lanes run most events first (ties by name), at most ``cap`` of them; with ``chosen`` companies
    (the shared filter) only theirs, uncapped. Of the marks in those lanes the ``limit`` that start
    latest are drawn.
    """
    lanes = lanes_of_view(events, index, basis, chosen, cap)
    drawn = lanes.in_lanes()
    not_drawn = max(len(drawn) - limit, 0)
    drawn = drawn[not_drawn:]
    return TimelineMarks(_drawn_rows(lanes.placed, drawn, index.events, documents),
                         lanes.names(), lanes.hidden, not_drawn, len(lanes.selected))


def marks_in_lanes(events: pd.DataFrame, index: CorpusIndex, basis: str = EVENT_DATE,
                   chosen: Sequence[str] = (), cap: int = MAX_LANES) -> int:
    """How many marks ``timeline_marks`` would have to draw without a ``limit``, none of them built."""
    return len(lanes_of_view(events, index, basis, chosen, cap).in_lanes())


@dataclass(frozen=True)
class ViewLanes:
    """A view's (event, company) pairs on one basis and the lanes chosen for them."""

    placed: Placement
    selected: np.ndarray     # positions into ``placed`` of the view's pairs, in ``placed``'s order
    lane_codes: np.ndarray   # company codes of the lanes, in lane order
    hidden: int              # companies with pairs whose lanes are left out

    def names(self) -> list[str]:
        return [str(self.placed.names[code]) for code in self.lane_codes]

    def in_lanes(self) -> np.ndarray:
        """The positions of ``selected`` whose company has a lane, in ``placed``'s order."""
        in_lane = np.zeros(len(self.placed.names), dtype=bool)
        in_lane[self.lane_codes] = True
        return self.selected[in_lane[self.placed.company[self.selected]]]


def lanes_of_view(events: pd.DataFrame, index: CorpusIndex, basis: str = EVENT_DATE,
                  chosen: Sequence[str] = (), cap: int = MAX_LANES) -> ViewLanes:
    """The view's pairs on ``basis`` and its lanes: most events first (ties by name), at most
    ``cap``; with ``chosen`` companies only theirs, uncapped. Marks and density share them."""
    if basis not in BASES:
        raise ValueError(f"unknown basis {basis!r}; expected one of {BASES}")
    placed = index.derived(corpus_placements)[basis]
    selected = np.flatnonzero(flags(index.event_positions(events), len(index.events))[placed.event])
    ranked = ranked_codes(np.bincount(placed.company[selected], minlength=len(placed.names)))
    if chosen:
        wanted = set(chosen)
        lane_codes = np.array([code for code in ranked if placed.names[code] in wanted], dtype=np.int64)
        return ViewLanes(placed, selected, lane_codes, 0)
    lane_codes = np.asarray(ranked[:cap], dtype=np.int64)
    return ViewLanes(placed, selected, lane_codes, len(ranked) - len(lane_codes))


def corpus_placements(index: CorpusIndex) -> dict[str, Placement]:
    """Every (event, company) pair of the corpus with a usable period, per basis, ordered by start then company."""
    events, documents = index.events, index.documents
    positions, companies = _event_company_pairs(events)
    details = document_details(documents)
    at_doc = pd.Index(details[Event.DOC_ID]).get_indexer(events[Event.DOC_ID])
    details = _with_blank_last_row(details)
    doc_start = to_day(details[PUBLISHED])
    doc_precision = details[Doc.DATE_PRECISION].fillna("").replace("", "day")
    doc_stop = period_stop(doc_start, doc_precision)
    on_basis = {
        EVENT_DATE: (to_day(events[Event.DATE]).to_numpy(),
                     (to_day(events[Event.DATE_END]) + pd.Timedelta(days=1)).to_numpy(),
                     events[Event.PRECISION].to_numpy()),
        PUBLICATION_DATE: tuple(values.to_numpy()[at_doc] for values in (doc_start, doc_stop, doc_precision)),
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


def _drawn_rows(placed: Placement, drawn: np.ndarray, events: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    details = document_details(documents)
    pos = placed.event[drawn]
    doc = pd.Index(details[Event.DOC_ID]).get_indexer(events[Event.DOC_ID].take(pos))
    keys = pd.DataFrame({"pos": pos, "doc": doc, COMPANY: np.asarray(placed.names[placed.company[drawn]], dtype=object),
                         BAR_START: placed.start[drawn], BAR_STOP: placed.stop[drawn],
                         PLACED_PRECISION: placed.precision[drawn]})
    return _with_text(events, _with_blank_last_row(details), keys)


def event_marks(events: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One mark (``TIMELINE_COLUMNS``) per (event, company) of a few dated ``events``, at their event
    dates, ordered by start then company: for events the corpus's placements do not hold, such as
    year-less days a story dated (``lib.analyze.timeline_year_less``)."""
    positions, companies = _event_company_pairs(events)
    start = to_day(events[Event.DATE]).to_numpy()[positions]
    keys = pd.DataFrame({"pos": positions, COMPANY: companies, BAR_START: start,
                         BAR_STOP: (to_day(events[Event.DATE_END]) + pd.Timedelta(days=1)).to_numpy()[positions],
                         PLACED_PRECISION: events[Event.PRECISION].to_numpy()[positions]})
    keys = keys[keys[BAR_START].notna() & keys[BAR_STOP].notna()].sort_values([BAR_START, COMPANY], kind="stable")
    details = document_details(documents)
    keys["doc"] = pd.Index(details[Event.DOC_ID]).get_indexer(events[Event.DOC_ID].take(keys["pos"].to_numpy()))
    return _with_text(events, _with_blank_last_row(details), keys)


def _event_company_pairs(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Row position of each (event, company) pair and the company, without copying the wide columns."""
    # Few distinct company lists exist, so split those once rather than every event's.
    codes, lists = pd.factorize(events[Event.COMPANIES].fillna("").astype(str))
    names = pd.Series(lists).str.split(COMPANY_SEPARATOR).explode().str.strip()
    names = names[names.fillna("") != ""]
    pairs = pd.DataFrame({"pos": np.arange(len(events)), "code": codes}).merge(
        pd.DataFrame({"code": names.index.to_numpy(), COMPANY: names.to_numpy()}), on="code", sort=False)
    return pairs["pos"].to_numpy(dtype=np.int64), pairs[COMPANY].to_numpy()


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


def event_table(events: pd.DataFrame, documents: pd.DataFrame, index: CorpusIndex,
                limit: int | None = None) -> pd.DataFrame:
    """One row per event (not per lane) with its document's outlet, title and date (``TABLE_COLUMNS``),
    oldest first (by date, then end; ties in corpus order); with a ``limit``, only the latest ``limit``.

    The corpus's date order is known (``CorpusIndex.event_date_rank``), so only the rows kept are
    joined to their documents.
    """
    rank = index.event_date_rank[index.event_positions(events)]
    if limit is not None and len(rank) > limit:
        kept = np.argpartition(rank, len(rank) - limit)[len(rank) - limit:]
        kept = kept[np.argsort(rank[kept])]
    else:
        kept = np.argsort(rank)
    table = events.iloc[kept].merge(document_details(documents), on=Event.DOC_ID, how="left")
    table[Event.COMPANIES] = table[Event.COMPANIES].fillna("").str.replace(COMPANY_SEPARATOR, ", ", regex=False)
    table[Event.PLANNED] = planned_flags(table)
    return table[TABLE_COLUMNS].reset_index(drop=True)


def document_details(documents: pd.DataFrame) -> pd.DataFrame:
    details = documents[[Doc.DOC_ID, Doc.TITLE, Doc.PUBLISHED, Doc.DATE_PRECISION]].copy()
    details[OUTLET] = outlet_labels(documents)
    details[TITLE] = details[TITLE].fillna("").where(details[TITLE].fillna("") != "", documents[Doc.FILE])
    details[PUBLISHED] = details[PUBLISHED].fillna("")
    return details
