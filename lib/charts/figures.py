"""Plotly figures given a template and copied without Plotly validating the template again.

Plotly checks every property it is given; a template holds thousands of entries, so giving one to
a figure, or copying a figure that has one (``go.Figure(fig)``), costs 10-20 ms of deep copies and
checks. A registered template, or one a figure already holds, is valid already: these set it as
Plotly sets its default template, unchecked. Everything else is still checked.
"""

from __future__ import annotations

import plotly.graph_objects as go


def set_template(fig: go.Figure, template) -> None:
    """``fig.layout.template = template`` without validating it again; ``template`` must be valid
    (a registered template, or a template a figure holds). ``fig`` is changed: call it on a figure
    being built."""
    layout = fig.layout
    layout._validate = False
    try:
        layout.template = template
    finally:
        layout._validate = fig._validate


def copied_figure(fig: go.Figure) -> go.Figure:
    """A copy of ``fig`` that shares nothing with it, like ``go.Figure(fig)``, its template copied
    unchecked (the rest is checked as before)."""
    layout = fig.layout.to_plotly_json()        # a deep copy
    template = layout.pop("template", None)
    copy = go.Figure(data=fig.data, layout=layout, frames=fig.frames)
    if template is not None:
        set_template(copy, template)
    return copy
