"""The timeline figure: bars for periods and diamonds for days, hatched plans, hover text, lanes and
marks of one lane that overlap stacked apart (bars by more than their thickness)."""

from pathlib import Path

import pandas as pd
import pytest

from lib.analyze.timeline import BAR_START, BAR_STOP, COMPANY, PLACED_PRECISION
from lib.charts.timeline import (
    BAR_THICKNESS,
    hover_labels,
    mark_positions,
    stack_levels,
    timeline_figure,
    wrapped_html,
)
from lib.pipeline.corpus import build_corpus
from lib.schema import Event
from tests.timeline_frames import DOCS, every_mark, make_events, table_of

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(SEEDS, cache_dir=None)


def _rows(precision: str, spans: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame({COMPANY: "Xiaohongshu", PLACED_PRECISION: precision,
                         BAR_START: [pd.Timestamp(a) for a, _ in spans], BAR_STOP: [pd.Timestamp(b) for _, b in spans]})


@pytest.mark.parametrize("count", [2, 3, 4])
def test_year_bars_of_one_year_are_separate_bars_not_a_band(count):
    rows = _rows("year", [("2024-01-01", "2024-12-31")] * count)
    y = sorted(mark_positions(rows, ["Xiaohongshu"]))
    assert all(b - a > BAR_THICKNESS for a, b in zip(y, y[1:], strict=False))
    assert max(y) - min(y) < 0.5  # they stay inside their lane


def test_days_far_apart_share_a_row_and_neighbouring_days_do_not():
    far = _rows("day", [("2023-01-05", "2023-01-05"), ("2023-09-05", "2023-09-05")])
    assert mark_positions(far, ["Xiaohongshu"]).nunique() == 1
    near = _rows("day", [("2023-01-05", "2023-01-05"), ("2023-01-06", "2023-01-06"), ("2023-09-05", "2023-09-05")])
    assert mark_positions(near, ["Xiaohongshu"]).nunique() == 2


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
    rows = pd.DataFrame({COMPANY: "ByteDance", PLACED_PRECISION: "day", BAR_START: pd.to_datetime(starts),
                         BAR_STOP: pd.to_datetime(stops)})
    assert stack_levels(rows).tolist() == levels
