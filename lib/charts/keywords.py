"""Plotly figures of the Keywords page: the top terms as a horizontal bar chart."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from lib.analyze.keywords import FREQUENCY, LABEL
from lib.schema import Stat

BAR_COLOR = "#3d5a80"
ROW_HEIGHT = 22


def top_terms_bar(weighted: pd.DataFrame, weight: str, top: int = 25, subject: str = "") -> go.Figure:
    """The ``top`` heaviest terms of ``weighted`` (``lib.analyze.keywords.weighted_terms``), biggest on top."""
    rows = weighted.head(top).iloc[::-1]
    is_count = weight == FREQUENCY
    values = rows[Stat.WEIGHT]
    text = values.round(0).astype(int).astype(str) if is_count else values.map("{:.3f}".format)
    fig = go.Figure(go.Bar(
        x=values, y=rows[LABEL], orientation="h", marker_color=BAR_COLOR,
        text=text, textposition="outside", cliponaxis=False,
        customdata=rows[[Stat.COUNT, Stat.N_DOCS, Stat.TFIDF]].to_numpy(),
        hovertemplate=("<b>%{y}</b><br>occurrences: %{customdata[0]}<br>documents: %{customdata[1]}"
                       "<br>TF-IDF: %{customdata[2]:.3f}<extra></extra>"),
    ))
    measure = "occurrences" if is_count else "TF-IDF (summed over documents; IDF from the whole corpus)"
    title = f"Top {len(rows)} terms by {'frequency' if is_count else 'TF-IDF'}"
    fig.update_layout(
        title=title + (f" — {subject}" if subject else ""),
        xaxis_title=measure, yaxis_title=None,
        height=max(320, 90 + ROW_HEIGHT * len(rows)),
        margin={"l": 10, "r": 50, "t": 60, "b": 50},
        yaxis={"automargin": True, "tickfont": {"size": 13}},
        plot_bgcolor="white",
    )
    fig.update_xaxes(showgrid=True, gridcolor="#eeeeee", rangemode="tozero")
    return fig
