"""The date axis a timeline-like chart opens on, and the line saying which marks lie outside it.

The range is ``lib.analyze.view_range``'s; this module only draws it. A chart opened on the dense
mass of its marks says so in its subtitle, so a shared image never hides the marks it leaves out.
"""

from __future__ import annotations

from lib.analyze.view_range import DateRange

# How a chart opened on an explicit range shows every mark, as seen in Chromium. Where a drag zooms
# (Plotly's zoom drag mode) a double-click autoscales, the next one goes back to the opening range;
# where a drag selects (the density's period drag) a double-click only clears the selection, and
# the mode bar's Autoscale and Reset axes buttons (shown on hover, on every chart) do it.
DOUBLE_CLICK_TO_SEE_ALL = "double-click the chart to see all, again to come back"
AUTOSCALE_TO_SEE_ALL = "the chart's Autoscale button (top right) shows all, Reset axes comes back"


def date_axis(date_range: DateRange | None) -> dict:
    """A date x axis opening on ``date_range`` (Plotly's autorange when there is none)."""
    return {"type": "date", "title": None, "showgrid": True,
            "range": date_range.axis_range() if date_range else None}


def outside_note(date_range: DateRange | None, mark: str = "mark", see_all: str = DOUBLE_CLICK_TO_SEE_ALL) -> str:
    """"Shown: 2014-07 to 2029-06; 28 marks before and 2 after lie outside it:<br>double-click …", or "".

    Two lines, each short enough for the subtitle of a full-width chart at a narrow window."""
    words = date_range.outside_words(mark) if date_range else ""
    return f"{words[:1].upper()}{words[1:]}:<br>{see_all}" if words else ""


def with_note(subtitle: str, note: str) -> str:
    """``subtitle`` (Plotly markup) with ``note`` on a line of its own after it."""
    return "<br>".join(part for part in (subtitle, note) if part)
