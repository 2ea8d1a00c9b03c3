"""Timeline density: events per company per week or month, within a cell or covering it, at 50,000 events."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest

from lib.analyze.timeline import EVENT_DATE, PUBLICATION_DATE, timeline_marks
from lib.analyze.timeline_density import (
    CELL_START,
    CELL_STOP,
    COVERING,
    DENSITY_COLUMNS,
    MONTH,
    PLANS,
    WEEK,
    WITHIN,
    cell_size_for_span,
    timeline_density,
)
from lib.schema import Event
from tests.frames import index_over
from tests.unit.analyze.test_timeline import DOCS, make_events

DAY = pd.Timestamp


def density_of(events: pd.DataFrame, cell_size: str | None = WEEK, basis: str = EVENT_DATE, **kwargs):
    return timeline_density(events, index_over(events=events, documents=DOCS), basis, cell_size=cell_size, **kwargs)


def cell(cells: pd.DataFrame, company: str, start: str) -> dict:
    row = cells[(cells["company"] == company) & (cells[CELL_START] == DAY(start))]
    assert len(row) == 1, cells
    return row.iloc[0].to_dict()


EVENTS = make_events(
    ("d1", 1, "2024-03-05", "2024-03-05", "day", "ByteDance"),      # Tuesday: week of Monday 03-04
    ("d1", 2, "2024-03-10", "2024-03-10", "day", "ByteDance"),      # Sunday: the same week
    ("d1", 3, "2024-03-11", "2024-03-11", "day", "ByteDance;Alibaba"),  # Monday: the next week, two lanes
    ("d1", 4, "2024-03-01", "2024-03-31", "month", "ByteDance"),    # covers the weeks of 02-26 … 03-25
)


def test_days_count_within_their_week_from_monday():
    cells = density_of(EVENTS).cells
    assert list(cells.columns) == DENSITY_COLUMNS
    first = cell(cells, "ByteDance", "2024-03-04")
    assert (first[WITHIN], first[COVERING], first[CELL_STOP]) == (2, 1, DAY("2024-03-11"))
    assert cell(cells, "ByteDance", "2024-03-11")[WITHIN] == 1
    assert cell(cells, "Alibaba", "2024-03-11")[WITHIN] == 1


def test_a_longer_period_covers_each_week_it_overlaps_and_is_never_within_one():
    cells = density_of(EVENTS).cells
    bytedance = cells[cells["company"] == "ByteDance"]
    assert list(bytedance[CELL_START]) == [DAY(d) for d in ("2024-02-26", "2024-03-04", "2024-03-11",
                                                            "2024-03-18", "2024-03-25")]
    assert list(bytedance[COVERING]) == [1] * 5
    assert list(bytedance[WITHIN]) == [0, 2, 1, 0, 0]


def test_month_cells_hold_days_weeks_and_months_and_years_cover_twelve():
    year = make_events(("d1", 5, "2024-01-01", "2024-12-31", "year", "ByteDance"))
    events = pd.concat([EVENTS, year], ignore_index=True)
    density = density_of(events, MONTH)
    bytedance = density.cells[density.cells["company"] == "ByteDance"]
    assert len(bytedance) == 12 and (bytedance[COVERING] == 1).all()
    assert cell(density.cells, "ByteDance", "2024-03-01")[WITHIN] == 4
    assert (density.total, density.within) == (6, 5)


def test_plans_are_counted_among_the_events_within():
    events = EVENTS.copy()
    events[Event.PLANNED] = [True, False, True, True]
    cells = density_of(events).cells
    assert cell(cells, "ByteDance", "2024-03-04")[PLANS] == 1
    assert cell(cells, "ByteDance", "2024-03-11")[PLANS] == 1
    assert cell(cells, "ByteDance", "2024-02-26")[PLANS] == 0   # the month plan covers, it is not within


def test_lanes_are_the_marks_lanes():
    index = index_over(events=EVENTS, documents=DOCS)
    for chosen, cap in (((), 15), ((), 1), (("Alibaba",), 15)):
        marks = timeline_marks(EVENTS, DOCS, index, EVENT_DATE, chosen, cap)
        density = timeline_density(EVENTS, index, EVENT_DATE, chosen, cap)
        assert (density.lanes, density.hidden_lanes) == (marks.lanes, marks.hidden_lanes)
        assert set(density.cells["company"]) == set(marks.lanes)


def test_publication_basis_counts_at_the_documents_dates():
    # d1 is published "2023-05" (month precision): in week cells it covers the weeks of May 2023.
    density = density_of(EVENTS, WEEK, PUBLICATION_DATE)
    assert density.within == 0 and density.total == 5
    assert density.cells[CELL_START].min() == DAY("2023-05-01")


@pytest.mark.parametrize(("first", "last", "size"), [
    ("2024-01-01", "2025-12-31", WEEK), ("2024-01-01", "2026-01-03", MONTH), ("2024-03-01", "2024-03-01", WEEK),
])
def test_cell_size_follows_the_span(first, last, size):
    assert cell_size_for_span(DAY(first), DAY(last)) == size


def test_unknown_cell_size_is_refused():
    with pytest.raises(ValueError, match="cell size"):
        density_of(EVENTS, "fortnight")


def test_no_events_no_cells():
    density = density_of(EVENTS.iloc[:0])
    assert density.cells.empty and density.total == 0


def test_fifty_thousand_events_count_as_a_week_by_week_groupby_does():
    """The 50,000-event scale: every pair lands in exactly one place, and the figure stays small."""
    from lib.charts.timeline_density import density_figure

    rng = np.random.default_rng(13)
    n = 50_000
    days = DAY("2023-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D")
    monthly = rng.random(n) < 0.2
    starts = days.where(~monthly, days.to_period("M").to_timestamp())
    ends = days.where(~monthly, days.to_period("M").to_timestamp(how="end").normalize())
    events = make_events(("d1", 1, "2024-02-01", "2024-02-01", "day", "Meta"))
    events = events.loc[np.zeros(n, dtype=int)].reset_index(drop=True)
    events[Event.DATE] = starts.strftime("%Y-%m-%d")
    events[Event.DATE_END] = ends.strftime("%Y-%m-%d")
    events[Event.PRECISION] = np.where(monthly, "month", "day")
    names = np.array([f"Company {i:02d}" for i in range(20)])
    events[Event.COMPANIES] = names[rng.integers(0, 20, n)]
    index = index_over(events=events, documents=DOCS)
    took = time.perf_counter()
    density = timeline_density(events, index)
    took = time.perf_counter() - took
    print(f"density of {n:,} events: {took:.3f} s")
    assert density.cell_size == WEEK and len(density.lanes) == 15 and density.hidden_lanes == 5
    in_lanes = events[events[Event.COMPANIES].isin(density.lanes)]
    day_rows = in_lanes[in_lanes[Event.PRECISION] == "day"]
    weeks = pd.to_datetime(day_rows[Event.DATE]).dt.to_period("W-SUN").dt.start_time
    expected = day_rows.groupby([day_rows[Event.COMPANIES], weeks]).size()
    counted = density.cells[density.cells[WITHIN] > 0].set_index(["company", CELL_START])[WITHIN]
    assert counted.sort_index().to_dict() == expected.sort_index().to_dict()
    assert density.total == len(in_lanes) and density.within == len(day_rows)
    # A week is covered by the month events of the month it starts in and, if other, the one it ends in.
    month_rows = in_lanes[in_lanes[Event.PRECISION] == "month"]
    per_month = month_rows.groupby([Event.COMPANIES, Event.DATE]).size().to_dict()
    first_month = density.cells[CELL_START].dt.strftime("%Y-%m-01")
    last_month = (density.cells[CELL_STOP] - pd.Timedelta(days=1)).dt.strftime("%Y-%m-01")
    expected_covering = [
        per_month.get((company, a), 0) + (per_month.get((company, b), 0) if b != a else 0)
        for company, a, b in zip(density.cells["company"], first_month, last_month, strict=True)]
    assert list(density.cells[COVERING]) == expected_covering
    figure = density_figure(density.cells, density.lanes, {}, "t", density.cell_size)
    bars = sum(len(trace.base) for trace in figure.data)
    assert bars == len(density.cells) <= 15 * 102


def test_the_density_opens_on_the_dense_mass_of_its_pairs_unless_the_dates_were_chosen():
    days = pd.date_range("2024-01-01", "2025-12-31", periods=120).strftime("%Y-%m-%d")
    events = make_events(*[("d1", i, day, day, "day", "ByteDance") for i, day in enumerate(days)],
                         ("d1", 200, "1999-01-01", "1999-12-31", "year", "ByteDance"),     # a founding year
                         ("d1", 201, "2035-01-01", "2035-01-01", "day", "ByteDance;Alibaba"))  # a plan, two lanes
    opened = density_of(events, cell_size=None).date_range
    assert (opened.n_before, opened.n_after) == (1, 2)
    assert DAY("2023-01-01") < opened.first < DAY("2024-01-01") and DAY("2025-12-31") < opened.last < DAY("2027-01-01")
    whole = density_of(events, cell_size=None, trim_dates=False).date_range
    assert (whole.n_before, whole.n_after) == (0, 0)
    assert whole.first < DAY("1999-01-01") and DAY("2035-01-01") < whole.last
    assert density_of(EVENTS.iloc[0:0]).date_range is None
