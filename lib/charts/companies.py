"""Figures of the Companies page: share of voice, mentions heatmap, co-mentions, event types, terms.

Each function takes a frame from ``lib.analyze.companies`` and the company colours, and returns a
Plotly figure whose title says what it shows. Names and titles are data: they are HTML-escaped,
since Plotly renders a subset of HTML in labels.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from lib.analyze.companies import (
    COMPANY,
    MONTH,
    N_EVENTS,
    N_MENTIONS,
    SHARE,
    SHORT_TITLE,
    versus_label,
)
from lib.analyze.distinctive_terms import Distinctive
from lib.analyze.term_stats import COUNT_A, COUNT_B
from lib.charts.colors import OTHER_COLOR
from lib.charts.figures import set_template
from lib.schema import EVENT_TYPES, Doc, Event, Stat, Term

FEW_MONTHS_DAYS = 366
MID_MONTH = pd.Timedelta(days=15)
BAR_WIDTH_MS = 24 * 86_400_000
ROW_PX = 26
HEATMAP_SCALE = [[0.0, "#f7f7f7"], [1.0, "#08519c"]]
NEGATIVE_COLOR = "#9e9e9e"
TOP_AXIS_MARGIN = 90        # room for the title above labels of an x axis drawn at the top


def _text(value: object) -> str:
    return html.escape(str(value), quote=False)


def _color(colors: dict[str, str], company: str) -> str:
    return colors.get(company, OTHER_COLOR)


def _layout(fig: go.Figure, title: str, height: int = 420, top: int = 60) -> go.Figure:
    set_template(fig, pio.templates["plotly_white"])  # registered, valid: not checked again
    fig.update_layout(title={"text": _text(title), "x": 0, "xanchor": "left"}, height=height,
                      margin={"l": 10, "r": 10, "t": top, "b": 10}, legend={"title": {"text": ""}})
    return fig


def share_of_voice_chart(share: pd.DataFrame, companies: list[str], colors: dict[str, str]) -> go.Figure:
    """100 % stacked bars per publication month; hover gives the share and the mention count."""
    fig = go.Figure()
    months = pd.to_datetime(share[MONTH], format="%Y-%m")
    for company in companies:
        rows = share[share[COMPANY] == company]
        fig.add_bar(
            x=months[rows.index] + MID_MONTH, y=rows[SHARE] * 100, name=_text(company),
            width=BAR_WIDTH_MS, marker_color=_color(colors, company),
            customdata=rows[[N_MENTIONS, MONTH]].to_numpy(),
            hovertemplate=f"<b>{_text(company)}</b><br>%{{customdata[1]}}: %{{y:.0f}}% of mentions"
                          "<br>%{customdata[0]} mentions<extra></extra>")
    first, last = months.min(), months.max()
    # Bars of fixed width in mid-month, a month of padding either side, and one labelled tick per
    # month when there are few: a lone month stays a bar, not the whole plot, and gaps stay visible.
    xaxis = {"title": "publication month", "tickformat": "%b %Y", "ticklabelmode": "period",
             "range": [first - pd.DateOffset(months=1), last + pd.DateOffset(months=2)]}
    if (last - first).days <= FEW_MONTHS_DAYS:
        xaxis["dtick"] = "M1"
    fig.update_layout(barmode="stack", yaxis={"title": "share of mentions (%)", "range": [0, 100]},
                      xaxis=xaxis, legend={"orientation": "h", "y": -0.2, "traceorder": "normal"})
    return _layout(fig, f"Share of voice: {versus_label(companies)}, by month")


def mentions_heatmap(per_document: pd.DataFrame, companies: list[str]) -> go.Figure:
    """Documents (short titles) × companies, mention counts in the cells, full title on hover."""
    order = per_document[Doc.DOC_ID].drop_duplicates()
    wide = per_document.pivot(index=Doc.DOC_ID, columns=COMPANY, values=N_MENTIONS).reindex(
        index=order, columns=companies)
    labels = per_document.drop_duplicates(Doc.DOC_ID).set_index(Doc.DOC_ID).reindex(order)
    titles = [[_text(title)] * len(companies) for title in labels[Doc.TITLE]]
    fig = go.Figure(go.Heatmap(
        z=wide.to_numpy(), x=[_text(c) for c in companies], y=[_text(t) for t in labels[SHORT_TITLE]],
        customdata=titles, colorscale=HEATMAP_SCALE, texttemplate="%{z}", showscale=False, xgap=2, ygap=2,
        hovertemplate="%{customdata}<br><b>%{x}</b>: %{z} mentions<extra></extra>"))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(side="top")
    height = max(260, 150 + ROW_PX * len(order))
    return _layout(fig, f"Mentions per document: {versus_label(companies)}", height, top=TOP_AXIS_MARGIN)


def co_mention_heatmap(matrix: pd.DataFrame, companies: list[str]) -> go.Figure:
    """Sentences naming both companies of each pair; compared companies first, then top partners."""
    names = [_text(name) for name in matrix.index]
    fig = go.Figure(go.Heatmap(
        z=matrix.to_numpy(), x=names, y=names, colorscale=HEATMAP_SCALE, texttemplate="%{z}", showscale=False,
        xgap=2, ygap=2, hovertemplate="<b>%{y}</b> and <b>%{x}</b>: named together in %{z} sentences"
                                      "<extra></extra>"))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(side="top", tickangle=-30)
    height = max(320, 190 + ROW_PX * len(names))
    title = f"Who is named with whom: {versus_label(companies)} and top partners, sentences naming both"
    return _layout(fig, title, height, top=TOP_AXIS_MARGIN + 30)


def event_types_chart(counts: pd.DataFrame, companies: list[str], colors: dict[str, str]) -> go.Figure:
    """Grouped bars: events of each type per company."""
    present = set(counts[Event.EVENT_TYPE])
    types = [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))
    fig = go.Figure()
    for company in companies:
        rows = counts[counts[COMPANY] == company].set_index(Event.EVENT_TYPE).reindex(types)
        fig.add_bar(x=types, y=rows[N_EVENTS].fillna(0), name=_text(company), marker_color=_color(colors, company),
                    hovertemplate=f"<b>{_text(company)}</b><br>%{{x}}: %{{y}} events<extra></extra>")
    fig.update_layout(barmode="group", xaxis={"title": "event type"}, yaxis={"title": "events"},
                      legend={"orientation": "h", "y": -0.2})
    return _layout(fig, f"Events by type: {versus_label(companies)}")


def distinctive_terms_chart(found: Distinctive, colors: dict[str, str]) -> go.Figure:
    """Diverging bars of log-odds z: right = more typical of the company's coverage, left = less."""
    terms = found.terms.iloc[::-1]      # Plotly draws the first bar at the bottom
    positive = terms[Stat.Z] > 0
    fig = go.Figure(go.Bar(
        x=terms[Stat.Z], y=[_text(t) for t in terms[Term.TERM]], orientation="h",
        marker_color=np.where(positive, _color(colors, found.company), NEGATIVE_COLOR),
        customdata=terms[[COUNT_A, COUNT_B]].to_numpy(),
        hovertemplate="<b>%{y}</b><br>z = %{x:.2f}<br>%{customdata[0]} times in the sentences about it, "
                      "%{customdata[1]} in the other documents<extra></extra>"))
    fig.update_layout(xaxis={"title": "log-odds z<br>→ more typical<br>← less typical",
                             "zeroline": True, "zerolinecolor": "#444"},
                      yaxis={"type": "category"}, showlegend=False)
    height = max(300, 130 + 22 * len(terms))
    fig = _layout(fig, f"Terms that set {found.company}'s coverage apart", height, top=80)
    fig.update_layout(title_subtitle_text=_text(f"against {found.baseline}"))
    return fig
