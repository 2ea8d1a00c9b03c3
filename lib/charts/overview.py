"""Overview figures: articles per month, company mentions per month, documents per label.

Each function takes a frame from ``lib.analyze.overview`` and returns a titled Plotly figure.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from lib.analyze.overview import COMPANY, LABEL, MONTH, N_DOCS, N_MENTIONS
from lib.charts.colors import OTHER_COLOR

ARTICLES_TITLE = "Articles per month"
MENTIONS_TITLE = "Company mentions per month"
BY_PUBLICATION = "by the article's publication date"
BAR_COLOR = "#1f77b4"
MONTH_HOVER = "%{x|%b %Y}"
LEGEND_ROW_PX = 24
LEGEND_ENTRY_PX = 110
AXIS_LABELS_PX = 80   # month tick labels (tilted when crowded) and the axis title under the plot

# Up to a year of months, every month gets its own tick label (as on the Companies page).
FEW_MONTHS_DAYS = 366


def articles_per_month_chart(per_month: pd.DataFrame) -> go.Figure:
    fig = go.Figure(go.Bar(
        x=per_month[MONTH], y=per_month[N_DOCS], marker_color=BAR_COLOR, name="articles",
        xperiod="M1", xperiodalignment="middle",
        hovertemplate=MONTH_HOVER + ": %{y} article(s)<extra></extra>",
    ))
    _month_layout(fig, ARTICLES_TITLE, "Articles", per_month[MONTH])
    _whole_number_ticks(fig, "yaxis", per_month[N_DOCS].max())
    return fig


def mentions_per_month_chart(per_month: pd.DataFrame, colors: dict[str, str]) -> go.Figure:
    """Stacked bars, one trace per company in the frame's order (most mentioned at the bottom)."""
    fig = go.Figure()
    for company in pd.unique(per_month[COMPANY]):
        rows = per_month[per_month[COMPANY] == company]
        fig.add_trace(go.Bar(
            x=rows[MONTH], y=rows[N_MENTIONS], name=company,
            marker_color=colors.get(company, OTHER_COLOR),
            xperiod="M1", xperiodalignment="middle",
            hovertemplate="%{fullData.name} · " + MONTH_HOVER + ": %{y} mention(s)<extra></extra>",
        ))
    # Below the plot, not beside it: a legend on the right squeezes a half-width chart to a sliver.
    # Anchored to the bottom of the figure (not under the plot, where the axis labels sit) with a
    # bottom margin that holds its rows: two names a row in a half-width chart at 1,000 px.
    rows = -(-per_month[COMPANY].nunique() // 2)
    fig.update_layout(barmode="stack", legend={"title": {"text": "Company", "side": "top"}, "traceorder": "normal",
                                               "orientation": "h", "yref": "container", "y": 0,
                                               "yanchor": "bottom", "entrywidth": LEGEND_ENTRY_PX})
    _month_layout(fig, MENTIONS_TITLE, "Mentions", per_month[MONTH])
    fig.update_layout(height=380 + LEGEND_ROW_PX * (rows + 1),
                      margin={"b": AXIS_LABELS_PX + LEGEND_ROW_PX * (rows + 1)})
    _whole_number_ticks(fig, "yaxis", per_month.groupby(MONTH)[N_MENTIONS].sum().max())
    return fig


def documents_by_label_chart(counts: pd.DataFrame, title: str) -> go.Figure:
    """Small horizontal bars, largest on top."""
    fig = go.Figure(go.Bar(
        x=counts[N_DOCS], y=counts[LABEL], orientation="h", marker_color=BAR_COLOR,
        hovertemplate="%{y}: %{x} document(s)<extra></extra>",
    ))
    fig.update_layout(
        title={"text": title}, height=max(220, 60 + 28 * len(counts)), margin={"l": 10, "r": 10, "t": 50, "b": 40},
        xaxis={"title": {"text": "Documents"}, "rangemode": "tozero"}, yaxis={"autorange": "reversed"},
        bargap=0.3,
    )
    _whole_number_ticks(fig, "xaxis", counts[N_DOCS].max())
    return fig


def _month_layout(fig: go.Figure, title: str, y_title: str, months: pd.Series) -> None:
    # Label the month each bar stands for (not the month boundary beside it); with few months,
    # label every one so no bar is left without its month.
    xaxis = {"title": {"text": "Publication month"}, "tickformat": "%b %Y", "type": "date",
             "ticklabelmode": "period"}
    span = pd.to_datetime(months, errors="coerce").dropna()
    if len(span) and (span.max() - span.min()).days <= FEW_MONTHS_DAYS:
        xaxis["dtick"] = "M1"
    fig.update_layout(
        title={"text": title, "subtitle": {"text": BY_PUBLICATION}}, height=400,
        margin={"l": 10, "r": 10, "t": 80, "b": 40},
        xaxis=xaxis,
        yaxis={"title": {"text": y_title}, "rangemode": "tozero"}, bargap=0.15, hovermode="closest",
    )



def _whole_number_ticks(fig: go.Figure, axis: str, largest) -> None:
    """Counts are whole numbers: no "0.5 articles" tick when the counts are small."""
    if largest == largest and largest <= 8:
        fig.update_layout({axis: {"dtick": 1}})
    else:
        fig.update_layout({axis: {"tickformat": ",d"}})
