"""The stories figure: one lane per company, each story a circle at its date, as large as its
corroboration (the number of articles that report it).

A story naming two companies sits in both lanes. Every circle carries ``[story_id]`` as customdata,
so a click opens the story's card.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from lib.analyze.story_views import LANE
from lib.analyze.view_range import DateRange, view_date_range
from lib.charts.date_axis import date_axis, outside_note
from lib.charts.timeline import OTHER_COLOR, escape_html, lane_line, wrapped_html
from lib.schema import Story

MIN_SIZE = 9
SIZE_STEP = 7      # circle diameter grows with the square root of the articles: area ∝ articles
MAX_SIZE = 44
# Stories of one lane on nearby dates sit a little apart, so each can be seen and clicked.
STACK_STEP = 0.16
STACK_LEVELS = 3


def marker_sizes(n_articles: pd.Series) -> np.ndarray:
    """Diameter in pixels: ``MIN_SIZE`` for one article, the area growing with each more."""
    n = n_articles.fillna(1).astype(float).clip(lower=1).to_numpy()
    return np.minimum(MIN_SIZE + SIZE_STEP * (np.sqrt(n) - 1) * 2, MAX_SIZE)


def hover_labels(marks: pd.DataFrame) -> pd.Series:
    first = (marks[Story.FIRST_PUBLISHED].fillna("").astype(str).replace("", "date unknown") + " by "
             + marks[Story.FIRST_OUTLET].fillna("").astype(str).replace("", "an unknown outlet"))
    return (
        "<b>" + escape_html(marks[LANE]) + "</b> · " + escape_html(marks[Story.DATE])
        + " (" + escape_html(marks[Story.PRECISION]) + ")"
        + "<br>" + wrapped_html(marks[Story.TITLE])
        + "<br><br>" + marks[Story.N_ARTICLES].astype(str) + " article(s), "
        + marks[Story.N_OUTLETS].astype(str) + " outlet(s), languages: "
        + escape_html(marks[Story.LANGUAGES].fillna("").astype(str).str.replace(";", ", ", regex=False))
        + "<br>companies: " + escape_html(marks[Story.COMPANIES].fillna("").str.replace(";", ", ", regex=False))
        + "<br>first reported: " + escape_html(first)
    )


def mark_positions(marks: pd.DataFrame, lanes: Sequence[str]) -> np.ndarray:
    """Lane index, stacked down a little for stories of one lane within a week of the one before."""
    y = marks[LANE].map({name: i for i, name in enumerate(lanes)}).astype(float).to_numpy()
    if marks.empty:
        return y
    ordered = pd.DataFrame({"lane": marks[LANE].to_numpy(), "date": pd.to_datetime(marks[Story.DATE], errors="coerce")
                            .to_numpy()}).sort_values(["lane", "date"], kind="stable")
    gap = ordered["date"].diff()
    near = (ordered["lane"] == ordered["lane"].shift()) & (gap < pd.Timedelta(days=7))
    run = (~near).cumsum()
    level = np.empty(len(marks))
    level[ordered.index.to_numpy()] = (ordered.groupby(run).cumcount() % STACK_LEVELS).to_numpy()
    return y - 0.16 + level * STACK_STEP


def stories_figure(marks: pd.DataFrame, lanes: Sequence[str], colors: dict[str, str], title: str,
                   date_range: DateRange | None = None) -> go.Figure:
    """Circles per lane in the company's colour; lanes top to bottom in ``lanes`` order, opening on
    ``date_range`` (by default the dense mass of the stories' dates, ``story_date_range``)."""
    date_range = date_range or story_date_range(marks)
    y = mark_positions(marks, lanes)
    sizes = marker_sizes(marks[Story.N_ARTICLES])
    hover = hover_labels(marks).to_numpy(dtype=object)
    lane_of = marks[LANE].to_numpy(dtype=object)
    traces = []
    for name in lanes:
        rows = lane_of == name
        if not rows.any():
            continue
        traces.append(go.Scatter(
            name=name, showlegend=False, mode="markers",
            x=marks.loc[rows, Story.DATE].to_numpy(dtype=object), y=y[rows],
            marker={"size": sizes[rows], "color": colors.get(name, OTHER_COLOR), "opacity": 0.8,
                    "line": {"color": "white", "width": 1}},
            hovertext=hover[rows], hovertemplate="%{hovertext}<extra></extra>",
            customdata=marks.loc[rows, [Story.STORY_ID]].to_numpy(dtype=object),
        ))
    fig = go.Figure(traces)
    for n in (1, 3, 10):
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=f"{n} article{'s' if n > 1 else ''}",
                                 hoverinfo="skip", marker={"size": float(marker_sizes(pd.Series([n]))[0]),
                                                           "color": "#999999"}))
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left",
               "subtitle": {"text": outside_note(date_range, "circle")}},
        height=max(320, 120 + 70 * len(lanes)),
        margin={"l": 10, "r": 10, "t": 60, "b": 40},
        hovermode="closest", hoverlabel={"align": "left"},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1.0,
                "itemclick": False, "itemdoubleclick": False},
        xaxis=date_axis(date_range),
        yaxis={"tickmode": "array", "tickvals": list(range(len(lanes))), "ticktext": list(lanes),
               "range": [len(lanes) - 0.5, -0.5], "showgrid": False, "zeroline": False, "title": None},
        shapes=[lane_line(boundary + 0.5) for boundary in range(len(lanes) - 1)],
    )
    return fig


def story_date_range(marks: pd.DataFrame, trim: bool = True) -> DateRange | None:
    """The range the stories' marks open on (``lib.analyze.view_range``): each at its story's day."""
    return view_date_range(pd.to_datetime(marks[Story.DATE], errors="coerce", format="%Y-%m-%d"), trim=trim)
