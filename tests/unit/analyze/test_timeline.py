"""Timeline frames and figure: lanes per company, mark extents per precision, hover text, reader links."""

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
    EVENT_DATE,
    MAX_MARKS,
    PLACED_PRECISION,
    PUBLICATION_DATE,
    TABLE_COLUMNS,
    TIMELINE_COLUMNS,
    TimelineMarks,
    event_table,
    timeline_marks,
)
from lib.charts.timeline import hover_labels, timeline_figure, wrapped_html
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc, Event
from tests.frames import index_over
from tests.oracles.timeline import events_by_company, in_lanes, lane_order, marks_starting_latest, timeline_events
from ui.params import reader_query_params

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
DAY = pd.Timestamp


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(SEEDS, cache_dir=None)


def make_events(*rows) -> pd.DataFrame:
    """rows: (doc_id, sent_id, date, date_end, precision, companies[, event_type, sentence])."""
    records = []
    for i, (doc_id, sent_id, date, date_end, precision, companies, *rest) in enumerate(rows):
        event_type, sentence = (rest + ["launch", f"Sentence {i}."][len(rest):])[:2]
        records.append({
            Event.EVENT_ID: f"{doc_id}#{sent_id}.{i}", Event.DOC_ID: doc_id, Event.SENT_ID: sent_id,
            Event.DATE: date, Event.PRECISION: precision, Event.DATE_TEXT: f"words {i}",
            Event.COMPANIES: companies, Event.EVENT_TYPE: event_type, Event.SENTENCE: sentence,
            Event.DATE_END: date_end, Event.QUALIFIER: "", Event.REGULATIONS: "", Event.START: 0, Event.END: 4,
            Event.ATTRIBUTION: "text", Event.PLANNED: False,
        })
    return pd.DataFrame(records, columns=Event.COLUMNS)


def make_documents(*rows) -> pd.DataFrame:
    """rows: (doc_id, title, source, published, date_precision)."""
    frame = pd.DataFrame(rows, columns=[Doc.DOC_ID, Doc.TITLE, Doc.SOURCE, Doc.PUBLISHED, Doc.DATE_PRECISION])
    frame[Doc.FILE] = frame[Doc.DOC_ID] + ".txt"
    return frame


DOCS = make_documents(
    ("d1", "First <b>title</b>", "Sina Technology", "2023-05", "month"),
    ("d2", "", "", "2025-01-16", "day"),
    ("d3", "Undated", "Babite", "", "day"),
)
EVERY = 10**9


def every_mark(events: pd.DataFrame, documents: pd.DataFrame = DOCS, basis: str = EVENT_DATE) -> TimelineMarks:
    """The marks of every lane, none cut: what the timeline draws of a small corpus of these frames."""
    return timeline_marks(events, documents, index_over(events=events, documents=documents), basis,
                          cap=EVERY, limit=EVERY)


def table_of(events: pd.DataFrame, documents: pd.DataFrame = DOCS) -> pd.DataFrame:
    return event_table(events, documents, index_over(events=events, documents=documents))


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


# --- text escaping ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("short", "short"),
    ("<script>alert(1)</script> & co", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"),
    ("word " * 20, "word " * 15 + "word<br>" + "word " * 3 + "word"),
    ("x" * 90, "x" * 80 + "<br>" + "x" * 10),
    ("小红书" * 20, "小红书" * 13 + "小<br>" + "红书" + "小红书" * 6),
    (None, ""),
])
def test_wrapped_html(text, expected):
    assert wrapped_html(pd.Series([text], dtype=object))[0] == expected



# --- figure -----------------------------------------------------------------------------------

def figure_for(events, basis="event date"):
    marks = every_mark(events, DOCS, basis)
    rows, lanes = marks.rows, marks.lanes
    return timeline_figure(rows, lanes, {"Meta": "#2ca02c", "ByteDance": "#1f77b4"}, "Events by company"), rows


def test_figure_bars_for_periods_and_diamonds_for_days():
    fig, _ = figure_for(make_events(
        ("d1", 1, "2024-07-01", "2024-09-30", "quarter", "Meta", "people", "Meta <hired> someone."),
        ("d2", 2, "2025-01-19", "2025-01-19", "day", "ByteDance", "regulation"),
    ))
    bars = [t for t in fig.data if t.type == "bar" and t.name == "Meta"]
    days = [t for t in fig.data if t.type == "scatter" and t.name == "ByteDance"]
    assert len(bars) == 1 and len(days) == 1
    assert bars[0].marker.color == "#2ca02c" and days[0].marker.color == "#1f77b4"
    assert list(bars[0].base) == ["2024-07-01"]
    assert bars[0].x[0] == pytest.approx(92 * 86_400_000)            # the whole quarter, in ms
    assert days[0].marker.symbol == "diamond" and list(days[0].x) == ["2025-01-19"]
    assert [list(c) for c in bars[0].customdata] == [["d1", "1"]]
    hover = bars[0].hovertext[0]
    assert "Meta &lt;hired&gt; someone." in hover and "<hired>" not in hover
    assert "precision: quarter" in hover and "event type: people" in hover
    assert "outlet: Sina Technology" in hover and "published: 2023-05" in hover
    assert "document: First &lt;b&gt;title&lt;/b&gt;" in hover
    assert fig.layout.title.text == "Events by company"
    assert sorted(fig.layout.yaxis.ticktext) == ["ByteDance", "Meta"]


def test_plans_are_hatched_bars_and_open_diamonds_with_a_legend_entry():
    events = make_events(
        ("d1", 1, "2023-04-01", "2023-04-30", "month", "Meta"),
        ("d1", 2, "2024-01-01", "2024-12-31", "year", "Meta", "launch", "Meta will launch it next year."),
        ("d2", 3, "2025-01-19", "2025-01-19", "day", "ByteDance", "regulation", "The ban takes effect on January 19."),
    )
    events[Event.PLANNED] = [False, True, True]
    fig, rows = figure_for(events)
    assert list(rows.sort_values(Event.SENT_ID)[Event.PLANNED]) == [False, True, True]
    meta_bars = [t for t in fig.data if t.type == "bar" and t.name == "Meta"]
    assert [(list(t.base), t.marker.pattern.shape) for t in meta_bars] == [
        (["2023-04-01"], None), (["2024-01-01"], "/")]
    plan_day = next(t for t in fig.data if t.name == "ByteDance")
    assert plan_day.marker.symbol == "diamond-open"
    assert "plan (after publication)" in [t.name for t in fig.data]
    assert "a plan: dated after publication" in plan_day.hovertext[0]
    assert "a plan" not in meta_bars[0].hovertext[0]


def test_no_plan_legend_entry_without_plans_and_events_from_before_the_column_are_no_plans():
    events = make_events(("d1", 1, "2023-04-01", "2023-04-30", "month", "Meta")).drop(columns=[Event.PLANNED])
    fig, rows = figure_for(events)
    assert list(rows[Event.PLANNED]) == [False]
    assert "plan (after publication)" not in [t.name for t in fig.data]
    assert list(table_of(events)[Event.PLANNED]) == [False]


def test_hover_names_the_date_words_and_period():
    events = make_events(("d1", 1, "2024-02-01", "2024-02-29", "month", "Meta"))
    rows = every_mark(events).rows
    assert "date: “words 0” → 2024-02-01 to 2024-02-29" in hover_labels(rows)[0]


def test_identical_marks_in_a_lane_are_nudged_apart():
    fig, _ = figure_for(make_events(*[("d1", i, "2024-02-01", "2024-02-29", "month", "Meta") for i in range(3)]))
    bar = next(t for t in fig.data if t.type == "bar")
    assert len(set(bar.y)) == 3


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


def test_lane_separators_between_lanes(corpus):
    marks = every_mark(corpus.events, corpus.documents)
    rows, lanes = marks.rows, marks.lanes
    fig = timeline_figure(rows, lanes, {}, "t")
    assert [shape.y0 for shape in fig.layout.shapes] == [i + 0.5 for i in range(len(lanes) - 1)]
    assert all(shape.xref == "x domain" and (shape.x0, shape.x1) == (0, 1) for shape in fig.layout.shapes)


@pytest.mark.parametrize(("starts", "stops", "levels"), [
    # Day marks of neighbouring days no longer sit on each other.
    (["2024-03-01", "2024-03-02", "2024-03-03", "2024-09-01"], ["2024-03-02", "2024-03-03", "2024-03-04", "2024-09-02"],
     [0, 1, 2, 0]),
    # Two year bars of the same year are two bars, not one thick band; a later year reuses level 0.
    (["2024-01-01", "2024-01-01", "2026-01-01"], ["2025-01-01", "2025-01-01", "2027-01-01"], [0, 1, 0]),
])
def test_overlapping_marks_of_a_lane_are_stacked(starts, stops, levels):
    from lib.analyze.timeline import BAR_START, BAR_STOP, COMPANY, PLACED_PRECISION
    from lib.charts.timeline import stack_levels

    rows = pd.DataFrame({COMPANY: "ByteDance", PLACED_PRECISION: "day", BAR_START: pd.to_datetime(starts),
                         BAR_STOP: pd.to_datetime(stops)})
    assert stack_levels(rows).tolist() == levels
