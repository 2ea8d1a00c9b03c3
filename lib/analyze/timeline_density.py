"""The timeline as counts: events per company per week or month, for views with too many marks to draw.

The same (event, company) pairs and lanes as the marks (``timeline.lanes_of_view``), counted into
calendar cells (weeks from Monday, or months). A pair is counted *within* a cell when its whole
placed period lies in it (an exact day, a week inside a month); a pair dated only to a longer
period (a month in weekly cells, a quarter, a year) is not spread over its cells as fractions but
counted as *covering* each cell its period overlaps, apart from the ``within`` count that sets the
colour, so a year-precision event never shows as a spike in the first week of its year.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.timeline import (
    COMPANY,
    EVENT_DATE,
    MAX_LANES,
    ViewLanes,
    lanes_of_view,
    planned_flags,
)
from lib.analyze.view_range import DateRange, view_date_range

WEEK, MONTH = "week", "month"
CELL_SIZES = (WEEK, MONTH)
# Weekly cells while the view spans up to about two years (~105 columns); monthly ones beyond.
WEEKS_UP_TO_DAYS = 732

CELL_START = "cell_start"        # first day of the cell (Timestamp)
CELL_STOP = "cell_stop"          # day after the cell's last day (Timestamp, exclusive)
WITHIN = "within"                # pairs whose whole period lies in the cell: the colour
PLANS = "plans"                  # of those, plans (dated after their article's publication)
COVERING = "covering"            # pairs dated to a longer period that overlaps the cell
DENSITY_COLUMNS = [COMPANY, CELL_START, CELL_STOP, WITHIN, PLANS, COVERING]

# 1970-01-01 was a Thursday: counting days from the Monday before it makes weeks start on Monday.
_MONDAY_SHIFT = 3


@dataclass(frozen=True)
class TimelineDensity:
    """What the density view draws: ``cells`` (``DENSITY_COLUMNS``) of the ``lanes``."""

    cells: pd.DataFrame   # one row per lane and cell with any pair within or covering it
    lanes: list[str]
    hidden_lanes: int     # companies with events whose lanes are not drawn
    cell_size: str        # ``WEEK`` or ``MONTH``
    total: int            # pairs in the lanes
    within: int           # of those, pairs counted within one cell
    date_range: DateRange | None = None   # the dates the chart opens on (``view_range``), None without pairs


def cell_size_for_span(first: pd.Timestamp, last: pd.Timestamp) -> str:
    """Weeks for a view of up to about two years, else months."""
    return WEEK if (last - first).days <= WEEKS_UP_TO_DAYS else MONTH


def timeline_density(events: pd.DataFrame, index: CorpusIndex, basis: str = EVENT_DATE,
                     chosen: tuple[str, ...] | list[str] = (), cap: int = MAX_LANES,
                     cell_size: str | None = None, trim_dates: bool = True) -> TimelineDensity:
    """Counts per lane and cell of a view's ``events`` (rows of ``index``'s corpus) on ``basis``.

    Lanes are the marks' lanes. ``cell_size`` ``None`` picks weeks or months from the span of the
    pairs drawn (``cell_size_for_span``). The chart opens on the dense mass of the pairs' dates
    (``view_range.view_date_range``), or on all of them when not ``trim_dates``.
    """
    if cell_size is not None and cell_size not in CELL_SIZES:
        raise ValueError(f"unknown cell size {cell_size!r}; expected one of {CELL_SIZES}")
    lanes = lanes_of_view(events, index, basis, chosen, cap)
    drawn = lanes.in_lanes()
    placed = lanes.placed
    if not len(drawn):
        return TimelineDensity(pd.DataFrame(columns=DENSITY_COLUMNS), lanes.names(), lanes.hidden,
                               cell_size or WEEK, 0, 0)
    first_day = placed.start[drawn].astype("datetime64[D]")
    last_day = (placed.stop[drawn].astype("datetime64[D]") - np.timedelta64(1, "D"))
    size = cell_size or cell_size_for_span(pd.Timestamp(first_day.min()), pd.Timestamp(last_day.max()))
    first_cell, last_cell = _cell_number(first_day, size), _cell_number(last_day, size)
    lane_of = np.full(len(placed.names), -1, dtype=np.int64)
    lane_of[lanes.lane_codes] = np.arange(len(lanes.lane_codes))
    lane = lane_of[placed.company[drawn]]
    within = first_cell == last_cell
    plan = index.derived(corpus_plan_flags)[placed.event[drawn]]
    cells = _counted_cells(lane, first_cell, last_cell, within, plan, size, lanes)
    date_range = view_date_range(pd.Series(placed.start[drawn]), pd.Series(placed.stop[drawn]), trim=trim_dates)
    return TimelineDensity(cells, lanes.names(), lanes.hidden, size, len(drawn), int(within.sum()), date_range)


def corpus_plan_flags(index: CorpusIndex) -> np.ndarray:
    """Whether each corpus event is a plan, by row position."""
    return planned_flags(index.events).to_numpy(dtype=bool)


def _cell_number(days: np.ndarray, size: str) -> np.ndarray:
    if size == WEEK:
        return (days.astype(np.int64) + _MONDAY_SHIFT) // 7
    return days.astype("datetime64[M]").astype(np.int64)


def _cell_start(numbers: np.ndarray, size: str) -> np.ndarray:
    if size == WEEK:
        return (numbers * 7 - _MONDAY_SHIFT).astype("datetime64[D]")
    return numbers.astype("datetime64[M]").astype("datetime64[D]")


def _counted_cells(lane: np.ndarray, first_cell: np.ndarray, last_cell: np.ndarray, within: np.ndarray,
                   plan: np.ndarray, size: str, lanes: ViewLanes) -> pd.DataFrame:
    origin = int(first_cell.min())
    width = int(last_cell.max()) - origin + 1
    shape = (len(lanes.lane_codes), width)
    inside = np.zeros(shape, dtype=np.int64)
    np.add.at(inside, (lane[within], first_cell[within] - origin), 1)
    plans = np.zeros(shape, dtype=np.int64)
    np.add.at(plans, (lane[within & plan], first_cell[within & plan] - origin), 1)
    # Longer periods: +1 where each begins, -1 after it ends; the running sum counts those covering a cell.
    steps = np.zeros((shape[0], width + 1), dtype=np.int64)
    longer = ~within
    np.add.at(steps, (lane[longer], first_cell[longer] - origin), 1)
    np.add.at(steps, (lane[longer], last_cell[longer] - origin + 1), -1)
    covering = np.cumsum(steps, axis=1)[:, :width]
    lane_at, column = np.nonzero((inside > 0) | (covering > 0))
    numbers = column + origin
    names = np.asarray(lanes.names(), dtype=object)
    return pd.DataFrame({
        COMPANY: names[lane_at] if len(names) else np.array([], dtype=object),
        CELL_START: pd.to_datetime(_cell_start(numbers, size)),
        CELL_STOP: pd.to_datetime(_cell_start(numbers + 1, size)),
        WITHIN: inside[lane_at, column], PLANS: plans[lane_at, column], COVERING: covering[lane_at, column],
    }, columns=DENSITY_COLUMNS)

