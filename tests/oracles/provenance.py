"""Reference answer of ``lib.charts.provenance.self_describing``: the same changes through Plotly's
``update_layout``, which merges nested properties itself (and costs ~7 ms a figure doing so)."""

from __future__ import annotations

import plotly.graph_objects as go

from lib.charts.provenance import (
    FONT_FAMILY,
    FULL_TITLE,
    PROVENANCE,
    PROVENANCE_COLOR,
    PROVENANCE_SIZE,
    TITLE_COLOR,
    TITLE_SIZE,
    WRAP_CHARS,
    Provenance,
    provenance_html,
    wrapped_title,
)


def self_describing(fig: go.Figure, provenance: Provenance, width: int = WRAP_CHARS) -> go.Figure:
    fig = go.Figure(fig)
    title = fig.layout.title
    block = provenance_html(provenance, width)
    old = title.subtitle.text if title.subtitle and title.subtitle.text else ""
    subtitle = f"{old}<br>{block}" if old else block
    first, *more = wrapped_title(title.text or "", width).split("<br>")
    if more:
        rest = "<br>".join(more)
        subtitle = f'<span style="font-size:{TITLE_SIZE}px;color:{TITLE_COLOR}"><b>{rest}</b></span><br>{subtitle}'
    fig.update_layout(
        title={"text": first, "x": 0, "xanchor": "left", "automargin": True,
               "yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 10, "l": 4},
               "subtitle": {"text": subtitle, "font": {"size": PROVENANCE_SIZE, "color": PROVENANCE_COLOR}}},
        font={"family": FONT_FAMILY},
        meta={FULL_TITLE: title.text or "", PROVENANCE: provenance.text()},
    )
    if more and fig.layout.margin.t is not None:
        fig.update_layout(margin={"t": fig.layout.margin.t + len(more) * round(TITLE_SIZE * 1.4)})
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return fig
