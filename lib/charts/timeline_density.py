"""The timeline's density figure: one lane per company, one cell per week or month, darker for more events.

The lanes, their order and the company colours are the marks' (``lib.charts.timeline``): each lane
runs from a pale tint of its company's colour to the full colour, on one square-root scale for
all lanes, so a busy week does not wash out the others and lanes compare. A cell with events dated
only to a longer period covering it (and none within) is drawn in the palest tint. Every cell
carries ``[company, first day, day after the last]`` as customdata: a drag across a period (a
horizontal box selection, the figure's drag mode) zooms the dates into the cells it covers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from lib.analyze.timeline import COMPANY
from lib.analyze.timeline_density import CELL_START, CELL_STOP, COVERING, PLANS, WEEK, WITHIN
from lib.analyze.view_range import DateRange, view_date_range
from lib.charts.date_axis import AUTOSCALE_TO_SEE_ALL, date_axis, outside_note, with_note
from lib.charts.timeline import OTHER_COLOR, escape_html, lane_line

CELL_THICKNESS = 0.8
PALEST = 0.12                    # share of the company colour in the tint of an empty-but-covered cell


def density_figure(cells: pd.DataFrame, lanes: Sequence[str], colors: dict[str, str], title: str,
                   cell_size: str = WEEK, date_range: DateRange | None = None) -> go.Figure:
    """Cells as horizontal bars of one cell's length, in ``lanes`` order, coloured by ``WITHIN``, opening on
    ``date_range`` (``TimelineDensity.date_range``; by default every cell)."""
    cells = cells[cells[COMPANY].isin(lanes)]
    date_range = date_range or view_date_range(cells[CELL_START], cells[CELL_STOP], trim=False)
    top = float(np.sqrt(cells[WITHIN].max())) if len(cells) and cells[WITHIN].max() > 0 else 1.0
    hover = density_hover(cells, cell_size).to_numpy(dtype=object)
    traces = []
    for i, name in enumerate(lanes):
        in_lane = (cells[COMPANY] == name).to_numpy()
        if not in_lane.any():
            continue
        lane = cells[in_lane]
        color = colors.get(name, OTHER_COLOR)
        traces.append(go.Bar(
            name=name, showlegend=False, orientation="h",
            base=lane[CELL_START].dt.strftime("%Y-%m-%d").to_numpy(dtype=object),
            x=((lane[CELL_STOP] - lane[CELL_START]).dt.total_seconds() * 1000).to_numpy(dtype=float),
            y=np.full(len(lane), i, dtype=float), width=CELL_THICKNESS,
            marker={"color": np.sqrt(lane[WITHIN].to_numpy(dtype=float)), "cmin": 0.0, "cmax": top,
                    "colorscale": [[0.0, tint(color, PALEST)], [1.0, color]], "showscale": False,
                    "line": {"color": "white", "width": 0.5}},
            hovertext=hover[in_lane], hovertemplate="%{hovertext}<extra></extra>",
            customdata=np.column_stack([lane[COMPANY].astype(str),
                                        lane[CELL_START].dt.strftime("%Y-%m-%d"),
                                        lane[CELL_STOP].dt.strftime("%Y-%m-%d")]).astype(object),
        ))
    fig = go.Figure(traces)
    darkest = int(cells[WITHIN].max()) if len(cells) else 0
    key = (f"darker: more events dated within the {cell_size} (darkest: {darkest:,}; square-root scale)<br>"
           "palest: only events dated to a longer period")
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left",
               "subtitle": {"text": with_note(key, outside_note(date_range, "event", AUTOSCALE_TO_SEE_ALL))}},
        barmode="overlay", bargap=0,
        height=max(320, 120 + 50 * len(lanes)),
        margin={"l": 10, "r": 10, "t": 60, "b": 40},
        hovermode="closest", hoverlabel={"align": "left"}, showlegend=False,
        xaxis=date_axis(date_range),
        yaxis={"tickmode": "array", "tickvals": list(range(len(lanes))), "ticktext": list(lanes),
               "range": [len(lanes) - 0.5, -0.5], "showgrid": False, "zeroline": False, "title": None},
        dragmode="select", selectdirection="h",
        shapes=[lane_line(boundary + 0.5) for boundary in range(len(lanes) - 1)],
    )
    return fig


def density_hover(cells: pd.DataFrame, cell_size: str = WEEK) -> pd.Series:
    """Company, the cell's days, the events within it (plans among them) and those covering it."""
    if cells.empty:
        return pd.Series([], index=cells.index, dtype=object)
    first = cells[CELL_START].dt.strftime("%Y-%m-%d")
    last = (cells[CELL_STOP] - pd.Timedelta(days=1)).dt.strftime("%Y-%m-%d")
    plans = cells[PLANS].map(lambda n: f" ({n:,} plan(s): dated after publication)" if n else "")
    covering = cells[COVERING].map(
        lambda n: f"<br>{n:,} more dated only to a longer period covering it" if n else "")
    return ("<b>" + escape_html(cells[COMPANY]) + "</b> · " + cell_size + " " + first + " to " + last
            + "<br>" + cells[WITHIN].map(lambda n: f"{n:,}") + " event(s) dated within it" + plans.astype(str)
            + covering.astype(str) + "<br>click to list them")


def tint(color: str, share: float) -> str:
    """``color`` (``#rrggbb``) mixed with white, ``share`` of the colour kept."""
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(255 - (255 - c) * share) for c in (red, green, blue)))
