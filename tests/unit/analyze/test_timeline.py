"""Timeline frames: lanes per company, mark extents per precision, the event table, reader links (the figure:
tests/unit/charts/test_timeline.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.dating import period_stop
from lib.analyze.timeline import (
    BAR_START,
    BAR_STOP,
    COMPANY,
    MAX_MARKS,
    PLACED_PRECISION,
    PUBLICATION_DATE,
    TABLE_COLUMNS,
    TIMELINE_COLUMNS,
    event_table,
    timeline_marks,
)
from lib.charts.timeline import timeline_figure
from lib.pipeline.corpus import build_corpus
from lib.schema import Event
from tests.frames import index_over
from tests.oracles.timeline import events_by_company, in_lanes, lane_order, marks_starting_latest, timeline_events
from tests.timeline_frames import DOCS, every_mark, make_events, table_of
from ui.params import reader_query_params

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
DAY = pd.Timestamp


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(SEEDS, cache_dir=None)


# --- lanes ------------------------------------------------------------------------------------

def test_event_naming_two_companies_appears_in_both_lanes():
    events = make_events(("d1", 3, "2023-04-01", "2023-04-30", "month", "Xiaohongshu;ByteDance"))
    before = events.copy()
    lanes = events_by_company(events)
    assert list(lanes[COMPANY]) == ["Xiaohongshu", "ByteDance"]
    assert set(lanes[Event.EVENT_ID]) == {events[Event.EVENT_ID][0]}
    pd.testing.assert_frame_equal(events, before)   # input untouched


def test_event_without_company_has_no_lane():
    events = make_events(("d1", 1, "2023-04-01", "2023-04-30", "month", ""),
                         ("d1", 2, "2023-04-01", "2023-04-30", "month", "Meta"))
    assert list(events_by_company(events)[COMPANY]) == ["Meta"]


def test_lane_order_most_events_first_and_capped():
    rows = pd.DataFrame({COMPANY: ["A"] * 1 + ["B"] * 3 + ["C"] * 2 + ["D"] * 2})
    assert lane_order(rows) == (["B", "C", "D", "A"], 0)
    assert lane_order(rows, cap=2) == (["B", "C"], 2)


def test_lane_order_with_company_filter_shows_only_those_lanes():
    rows = pd.DataFrame({COMPANY: ["A", "B", "B", "C"]})
    assert lane_order(rows, chosen=("C", "B", "Z"), cap=1) == (["B", "C"], 0)
    assert list(in_lanes(rows, ["C"])[COMPANY]) == ["C"]


def test_marks_starting_latest_keeps_the_newest():
    rows = pd.DataFrame({BAR_START: pd.date_range("2024-01-01", periods=5)})
    kept, left_out = marks_starting_latest(rows, limit=2)
    assert list(kept[BAR_START]) == [DAY("2024-01-04"), DAY("2024-01-05")] and left_out == 3
    assert marks_starting_latest(rows, limit=5)[1] == 0


# --- extents ----------------------------------------------------------------------------------

@pytest.mark.parametrize("date, date_end, precision, start, stop", [
    ("2023-05-06", "2023-05-06", "day", "2023-05-06", "2023-05-07"),
    ("2025-01-06", "2025-01-12", "week", "2025-01-06", "2025-01-13"),
    ("2024-02-01", "2024-02-29", "month", "2024-02-01", "2024-03-01"),
    ("2024-12-01", "2024-12-31", "month", "2024-12-01", "2025-01-01"),
    ("2024-07-01", "2024-09-30", "quarter", "2024-07-01", "2024-10-01"),
    ("2023-07-01", "2023-12-31", "half", "2023-07-01", "2024-01-01"),
    ("2021-01-01", "2021-12-31", "year", "2021-01-01", "2022-01-01"),
])
def test_event_date_extent_covers_the_whole_period(date, date_end, precision, start, stop):
    rows = every_mark(make_events(("d1", 1, date, date_end, precision, "Meta"))).rows
    assert list(rows.columns) == TIMELINE_COLUMNS
    assert rows[BAR_START][0] == DAY(start)
    assert rows[BAR_STOP][0] == DAY(stop)
    assert rows[PLACED_PRECISION][0] == precision


@pytest.mark.parametrize("start, precision, stop", [
    ("2023-05-01", "month", "2023-06-01"),
    ("2023-10-01", "quarter", "2024-01-01"),
    ("2023-01-01", "half", "2023-07-01"),
    ("2023-01-01", "year", "2024-01-01"),
    ("2025-01-16", "day", "2025-01-17"),
    ("2025-01-13", "week", "2025-01-20"),
])
def test_period_stop(start, precision, stop):
    assert period_stop(pd.Series([DAY(start)]), pd.Series([precision]))[0] == DAY(stop)


def test_publication_basis_places_events_at_their_documents_publication_period():
    events = make_events(
        ("d1", 1, "2021-01-01", "2021-12-31", "year", "Xiaohongshu"),
        ("d2", 4, "2024-01-01", "2024-12-31", "year", "ByteDance"),
        ("d3", 2, "2024-01-01", "2024-12-31", "year", "Meta"),        # undated document: left out
    )
    rows = every_mark(events, DOCS, PUBLICATION_DATE).rows.set_index(COMPANY)
    assert set(rows.index) == {"Xiaohongshu", "ByteDance"}
    assert (rows.loc["Xiaohongshu", BAR_START], rows.loc["Xiaohongshu", BAR_STOP]) == (DAY("2023-05-01"),
                                                                                     DAY("2023-06-01"))
    assert rows.loc["Xiaohongshu", PLACED_PRECISION] == "month"
    assert (rows.loc["ByteDance", BAR_START], rows.loc["ByteDance", BAR_STOP]) == (DAY("2025-01-16"),
                                                                                 DAY("2025-01-17"))
    assert rows.loc["ByteDance", PLACED_PRECISION] == "day"
    # The event's own date stays available for the hover and the table.
    assert rows.loc["ByteDance", Event.DATE] == "2024-01-01"


def test_unknown_basis_is_refused():
    with pytest.raises(ValueError, match="basis"):
        every_mark(make_events(("d1", 1, "2021-01-01", "2021-12-31", "year", "Meta")), DOCS, "both")


def test_document_details_fill_gaps():
    events = make_events(("d2", 1, "2025-01-19", "2025-01-19", "day", "ByteDance"))
    row = every_mark(events).rows.iloc[0]
    assert row["outlet"] == "(outlet unknown)"
    assert row["title"] == "d2.txt"         # file name stands in for a missing title
    assert row["published"] == "2025-01-16"


# --- table ------------------------------------------------------------------------------------

def test_event_table_one_row_per_event_sorted_by_date():
    events = make_events(("d2", 1, "2025-01-19", "2025-01-19", "day", "ByteDance;OpenAI"),
                         ("d1", 2, "2021-01-01", "2021-12-31", "year", "Xiaohongshu"))
    table = table_of(events)
    assert list(table.columns) == TABLE_COLUMNS
    assert list(table[Event.DATE]) == ["2021-01-01", "2025-01-19"]
    assert list(table[Event.COMPANIES]) == ["Xiaohongshu", "ByteDance, OpenAI"]
    assert list(table["outlet"]) == ["Sina Technology", "(outlet unknown)"]


# --- reader link ------------------------------------------------------------------------------

CURRENT = {"company": ["ByteDance", "Meta"], "dates": ["2022-01-01", "2024-12-31"], "outlet": [],
           "docs": ["004_7deb7713580fdd7d"], "type": ["launch"], "basis": ["publication date"]}


def test_reader_params_open_the_sentence_and_keep_unbound_filters():
    params = reader_query_params("004_7deb7713580fdd7d", 21, CURRENT)
    # company, dates, outlet, type are widget-bound: Streamlit refuses them in switch_page and the
    # sidebar widgets restore them; docs is synced by hand, so it must be passed along.
    assert params == {"docs": ["004_7deb7713580fdd7d"], "doc": "004_7deb7713580fdd7d", "sent": "21"}


def test_reader_params_carry_every_set_shared_filter_when_none_is_bound():
    params = reader_query_params("d1", "3", CURRENT, bound=())
    assert params == {"company": ["ByteDance", "Meta"], "dates": ["2022-01-01", "2024-12-31"],
                      "docs": ["004_7deb7713580fdd7d"], "type": ["launch"], "doc": "d1", "sent": "3"}


def test_reader_params_without_filters():
    assert reader_query_params("d1", 0, {}) == {"doc": "d1", "sent": "0"}


# --- seed articles ----------------------------------------------------------------------------

def test_seed_lanes(corpus):
    marks = every_mark(corpus.events, corpus.documents)
    rows, lanes, hidden = marks.rows, marks.lanes, marks.hidden_lanes
    assert lanes[:2] == ["Xiaohongshu", "ByteDance"] and hidden == 0
    assert len(rows) == corpus.events[Event.COMPANIES].str.split(";").str.len().sum()
    assert (rows[BAR_STOP] > rows[BAR_START]).all()
    shared = corpus.events[corpus.events[Event.COMPANIES] == "Xiaohongshu;ByteDance"][Event.EVENT_ID]
    assert set(rows[rows[Event.EVENT_ID].isin(shared)][COMPANY]) == {"Xiaohongshu", "ByteDance"}
    fig = timeline_figure(rows, lanes, {}, "t")
    assert sum(len(t.customdata) for t in fig.data if t.customdata is not None) == len(rows)


def test_seed_publication_basis(corpus):
    rows = every_mark(corpus.events, corpus.documents, PUBLICATION_DATE).rows
    tiktok = rows[rows[Event.DOC_ID] == "002_edb25278540afc68"]
    assert set(tiktok[BAR_START]) == {DAY("2025-01-16")} and set(tiktok[PLACED_PRECISION]) == {"day"}


def test_a_large_corpus_lays_out_every_lane_row_and_caps_the_marks():
    """Scale correctness; speed is measured by benchmarks/bench_scale.py, not asserted here."""
    rng = np.random.default_rng(0)
    n = 50_000
    starts = pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 1800, n), unit="D")
    starts = starts.to_period("M").to_timestamp()
    events = make_events(("d1", 1, "2024-02-01", "2024-02-29", "month", "Meta"))
    events = events.loc[np.zeros(n, dtype=int)].reset_index(drop=True)
    events[Event.DATE] = starts.strftime("%Y-%m-%d")
    events[Event.DATE_END] = (starts + pd.offsets.MonthEnd(0)).strftime("%Y-%m-%d")
    events[Event.COMPANIES] = np.where(rng.random(n) < 0.3, "Meta;ByteDance", "Alibaba")
    events[Event.SENTENCE] = "A fairly long sentence about a launch that needs wrapping " * 3
    index = index_over(events=events, documents=DOCS)
    marks = timeline_marks(events, DOCS, index)
    timeline_figure(marks.rows, marks.lanes, {}, "t")
    assert len(event_table(events, DOCS, index)) == n
    assert marks.total == n + (events[Event.COMPANIES] == "Meta;ByteDance").sum()
    assert marks.not_drawn == marks.total - MAX_MARKS


@pytest.mark.parametrize("basis", ["event date", PUBLICATION_DATE])
@pytest.mark.parametrize(("chosen", "cap", "limit"), [((), 15, 3000), ((), 1, 4), (("ByteDance",), 15, 2)])
def test_timeline_marks_are_the_drawn_rows_of_timeline_events(corpus, basis, chosen, cap, limit):
    rows = timeline_events(corpus.events, corpus.documents, basis)
    lanes, hidden = lane_order(rows, chosen, cap)
    drawn, left_out = marks_starting_latest(in_lanes(rows, lanes), limit)
    marks = timeline_marks(corpus.events, corpus.documents, CorpusIndex(corpus), basis, chosen, cap, limit)
    assert (marks.lanes, marks.hidden_lanes, marks.not_drawn, marks.total) == (lanes, hidden, left_out, len(rows))
    pd.testing.assert_frame_equal(marks.rows, drawn.reset_index(drop=True))
