"""The timeline figure: one lane per company, each event a mark as long as the period its date names.

Periods (week, month, quarter, half, year) are horizontal bars from the period's first day to the
day after its last; exact days are diamonds, since a one-day bar would be invisible. Plans (events
dated after their article's publication) are hatched bars and open diamonds; a day whose year was
taken from its story (an undated article's "1月20日", ``YEAR_FROM_STORY``) is a four-pointed star,
so it is never mistaken for a stated date. Within a lane,
coarser periods sit higher (years on top, days at the bottom) so a year bar never hides a month bar
of the same company. Every mark carries ``[doc_id, sent_id]`` as customdata for click-through.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from lib.analyze.timeline import (
    BAR_START,
    BAR_STOP,
    COMPANY,
    OUTLET,
    PLACED_PRECISION,
    PUBLISHED,
    TITLE,
)
from lib.analyze.view_range import DateRange, view_date_range
from lib.charts.date_axis import date_axis, outside_note
from lib.schema import YEAR_FROM_STORY, Event

OTHER_COLOR = "#9e9e9e"
PLAN_LEGEND = "plan (after publication)"
YEAR_FROM_STORY_LEGEND = "day, year from its story"
YEAR_FROM_STORY_SYMBOL = "star-diamond"
YEAR_FROM_STORY_HOVER = "year: from its story (the article names only the month and day, or the weekday)"
PLAN_HATCH = "/"
HOVER_WIDTH = 80
HOVER_WIDTH_CJK = 40            # CJK characters are about twice as wide as Latin ones
SCATTERGL_FROM = 1000
# Offset of each precision inside its lane (lane centre = 0, the lane spans ±0.5).
LANE_OFFSET = {"year": 0.3, "half": 0.15, "quarter": 0.15, "month": 0.0, "week": 0.0, "day": -0.22}
BAR_THICKNESS = 0.11
# Overlapping marks in a lane are stacked, so each can be seen and hovered: bars by more than their
# thickness (two year bars of one year read as two bars, not one band), diamonds by less.
BAR_STACK_STEP = 0.12
DAY_STACK_STEP = 0.07
MAX_NUDGES = 3
NEAR_SHARE = 0.01
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"


def escape_html(text: pd.Series) -> pd.Series:
    """Plotly renders a subset of HTML in hover labels; document text must show as text."""
    return (text.fillna("").astype(str).str.replace("&", "&amp;", regex=False)
            .str.replace("<", "&lt;", regex=False).str.replace(">", "&gt;", regex=False))


def wrapped_html(text: pd.Series, width: int = HOVER_WIDTH, cjk_width: int = HOVER_WIDTH_CJK) -> pd.Series:
    """Escaped text with ``<br>`` every ~``width`` characters (at spaces; hard breaks otherwise)."""
    flat = text.fillna("").astype(str).str.replace(r"\s+", " ", regex=True).str.strip()
    cjk = flat.str.contains(_CJK, regex=True)
    wrapped = _wrap(flat, width)
    if cjk.any():
        wrapped = wrapped.where(~cjk, _wrap(flat[cjk], cjk_width))
    return escape_html(wrapped).str.replace("\n", "<br>", regex=False)


def _wrap(text: pd.Series, width: int) -> pd.Series:
    # A line is up to `width` characters ending at a space or the end, else exactly `width` characters.
    pattern = rf"(.{{1,{width}}})(?: +|$)|(.{{{width}}})"
    return text.str.replace(pattern, "\\1\\2\n", regex=True).str.rstrip("\n")


def hover_labels(rows: pd.DataFrame) -> pd.Series:
    """The hover text of each mark: sentence, the date's words, precision, type, outlet, document."""
    date_words = escape_html(rows[Event.DATE_TEXT])
    return (
        "<b>" + escape_html(rows[COMPANY]) + "</b> · " + escape_html(rows[Event.EVENT_TYPE])
        + "<br>" + wrapped_html(rows[Event.SENTENCE])
        + "<br><br>date: “" + date_words + "” → " + _period_words(rows)
        + "<br>precision: " + escape_html(rows[PLACED_PRECISION])
        + "<br>event type: " + escape_html(rows[Event.EVENT_TYPE])
        + "<br>outlet: " + escape_html(rows[OUTLET])
        + "<br>published: " + escape_html(rows[PUBLISHED].replace("", "unknown"))
        + rows[Event.PLANNED].fillna(False).astype(bool).map({True: " (a plan: dated after publication)",
                                                               False: ""}).astype(object)
        + _qualifier_words(rows)
        + "<br>document: " + wrapped_html(rows[TITLE])
    )


def _qualifier_words(rows: pd.DataFrame) -> pd.Series:
    """A line saying how the date was read, when it was not simply stated ("year from its story", "late")."""
    qualifiers = rows[Event.QUALIFIER].fillna("").astype(str) if Event.QUALIFIER in rows else pd.Series(
        "", index=rows.index, dtype=object)
    words = ("<br>qualifier: " + escape_html(qualifiers)).where(qualifiers != "", "")
    return words.where(qualifiers != YEAR_FROM_STORY, "<br>" + YEAR_FROM_STORY_HOVER).astype(object)


def _period_words(rows: pd.DataFrame) -> pd.Series:
    first = rows[BAR_START].dt.strftime("%Y-%m-%d")
    last = (rows[BAR_STOP] - pd.Timedelta(days=1)).dt.strftime("%Y-%m-%d")
    return first.where(first == last, first + " to " + last)


def mark_positions(rows: pd.DataFrame, lanes: Sequence[str]) -> pd.Series:
    """The y position of each mark: its lane index, shifted by precision and stacked off its neighbours."""
    lane_index = rows[COMPANY].map({name: i for i, name in enumerate(lanes)}).astype(float)
    offset = rows[PLACED_PRECISION].map(LANE_OFFSET).fillna(0.0)
    # Lane 0 is drawn at the top: the y axis is reversed.
    step = (rows[PLACED_PRECISION] == "day").map({True: DAY_STACK_STEP, False: BAR_STACK_STEP})
    return lane_index - offset + stack_levels(rows) * step


def stack_levels(rows: pd.DataFrame) -> pd.Series:
    """0, 1, 2 … for marks of one lane and precision that overlap or nearly touch an earlier one.

    Two day marks a few days apart, or two year bars of the same year, would otherwise sit on top
    of each other as one mark or one thick band; each gets the lowest free level (at most
    ``MAX_NUDGES``, then they cycle). "Nearly" is 1 % of the drawn span, at least a day.
    """
    levels = pd.Series(0, index=rows.index, dtype=int)
    if rows.empty:
        return levels
    near = max((rows[BAR_STOP].max() - rows[BAR_START].min()) * NEAR_SHARE, pd.Timedelta(days=1))
    ordered = rows.sort_values([BAR_START, BAR_STOP], kind="stable")
    for _, group in ordered.groupby([COMPANY, PLACED_PRECISION], sort=False):
        free_from: list[pd.Timestamp] = []     # per level: when it is free again
        for label, start, stop in zip(group.index, group[BAR_START], group[BAR_STOP], strict=True):
            level = next((i for i, free in enumerate(free_from) if free <= start), len(free_from))
            if level == len(free_from):
                free_from.append(stop + near)
            else:
                free_from[level] = stop + near
            levels[label] = level % (MAX_NUDGES + 1)
    return levels


def timeline_figure(rows: pd.DataFrame, lanes: Sequence[str], colors: dict[str, str], title: str,
                    date_range: DateRange | None = None) -> go.Figure:
    """Bars for periods and diamonds for days, one colour per company, lanes in ``lanes`` order, opening
    on ``date_range`` (by default the dense mass of the marks, ``lib.analyze.view_range``)."""
    rows = rows[rows[COMPANY].isin(lanes)]
    date_range = date_range or view_date_range(rows[BAR_START], rows[BAR_STOP])
    # Every per-mark value is computed once for all rows, then handed to each trace as a numpy slice.
    company = rows[COMPANY].to_numpy(dtype=object)
    is_day = (rows[PLACED_PRECISION] == "day").to_numpy(dtype=bool)
    is_plan = rows[Event.PLANNED].fillna(False).astype(bool).to_numpy(dtype=bool)
    inferred = (rows[Event.QUALIFIER] == YEAR_FROM_STORY).to_numpy(dtype=bool) if Event.QUALIFIER in rows else (
        np.zeros(len(rows), dtype=bool))
    marks = {
        "y": mark_positions(rows, lanes).to_numpy(dtype=float),
        "hover": hover_labels(rows).to_numpy(dtype=object),
        "start": rows[BAR_START].dt.strftime("%Y-%m-%d").to_numpy(dtype=object),
        "duration_ms": ((rows[BAR_STOP] - rows[BAR_START]).dt.total_seconds() * 1000).to_numpy(dtype=float),
        "customdata": rows[[Event.DOC_ID, Event.SENT_ID]].astype(str).to_numpy(dtype=object),
    }
    traces = []
    for name in lanes:
        in_lane = company == name
        color = colors.get(name, OTHER_COLOR)
        for plan in (False, True):
            periods, days = in_lane & ~is_day & (is_plan == plan), in_lane & is_day & (is_plan == plan) & ~inferred
            if periods.any():
                traces.append(_period_bars({key: values[periods] for key, values in marks.items()}, name, color, plan))
            if days.any():
                traces.append(_day_markers({key: values[days] for key, values in marks.items()}, name, color, plan))
        if (days := in_lane & is_day & inferred).any():
            traces.append(_day_markers({key: values[days] for key, values in marks.items()}, name, color,
                                       year_from_story=True))
    fig = go.Figure(traces)
    _add_mark_key(fig, is_plan.any(), (inferred & is_day).any())
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "subtitle": {"text": outside_note(date_range)}},
        barmode="overlay",
        height=max(320, 120 + 70 * len(lanes)),
        margin={"l": 10, "r": 10, "t": 60, "b": 40},
        hovermode="closest",
        hoverlabel={"align": "left"},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1.0,
                "itemclick": False, "itemdoubleclick": False},
        xaxis=date_axis(date_range),
        yaxis={"tickmode": "array", "tickvals": list(range(len(lanes))), "ticktext": list(lanes),
               "range": [len(lanes) - 0.5, -0.5], "showgrid": False, "zeroline": False, "title": None},
        dragmode="zoom",
        # The lane separators, all at once (one add_hline per lane re-validates every shape so far).
        shapes=[lane_line(boundary + 0.5) for boundary in range(len(lanes) - 1)],
    )
    return fig


def lane_line(y: float) -> dict:
    """What ``fig.add_hline(y=y, line=...)`` adds: a line across the plot at ``y``."""
    return {"type": "line", "x0": 0, "x1": 1, "xref": "x domain", "y0": y, "y1": y, "yref": "y",
            "line": {"color": "#dddddd", "width": 1}}


def _period_bars(marks: dict[str, np.ndarray], company: str, color: str, plan: bool = False) -> go.Bar:
    marker = {"color": color, "opacity": 0.75, "line": {"color": "white", "width": 0.5}}
    if plan:
        # A plan is hatched in its company's colour on white: the same lane colour, visibly not done yet.
        marker = {"color": "white", "opacity": 0.9, "line": {"color": color, "width": 1},
                  "pattern": {"shape": PLAN_HATCH, "fgcolor": color, "solidity": 0.4}}
    return go.Bar(
        name=company, legendgroup=company, showlegend=False, orientation="h",
        base=marks["start"], x=marks["duration_ms"], y=marks["y"],
        width=BAR_THICKNESS, marker=marker,
        hovertext=marks["hover"], hovertemplate="%{hovertext}<extra></extra>",
        customdata=marks["customdata"],
    )


def _add_mark_key(fig: go.Figure, plans: bool = False, years_from_stories: bool = False) -> None:
    """Legend entries saying what a bar, a diamond and a plan mean (colours are named by the lanes)."""
    fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", name="period (bar = week, month, quarter, year)",
                             line={"color": "#777777", "width": 8}, hoverinfo="skip"))
    fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name="exact day",
                             marker={"symbol": "diamond", "size": 11, "color": "#777777"}, hoverinfo="skip"))
    if plans:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=PLAN_LEGEND, hoverinfo="skip",
                                 marker={"symbol": "diamond-open", "size": 11, "color": "#777777",
                                         "line": {"width": 2}}))
    if years_from_stories:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=YEAR_FROM_STORY_LEGEND, hoverinfo="skip",
                                 marker={"symbol": YEAR_FROM_STORY_SYMBOL, "size": 13, "color": "#777777"}))


def _day_markers(marks: dict[str, np.ndarray], company: str, color: str, plan: bool = False,
                 year_from_story: bool = False):
    trace = go.Scattergl if len(marks["y"]) >= SCATTERGL_FROM else go.Scatter
    marker = {"symbol": "diamond", "size": 11, "color": color, "line": {"color": "white", "width": 1}}
    if year_from_story:
        marker = {"symbol": YEAR_FROM_STORY_SYMBOL, "size": 13, "color": color, "line": {"color": "white", "width": 1}}
    elif plan:
        marker = {"symbol": "diamond-open", "size": 11, "color": color, "line": {"color": color, "width": 2}}
    return trace(
        name=company, legendgroup=company, showlegend=False, mode="markers",
        x=marks["start"], y=marks["y"],
        marker=marker,
        hovertext=marks["hover"], hovertemplate="%{hovertext}<extra></extra>",
        customdata=marks["customdata"],
    )
