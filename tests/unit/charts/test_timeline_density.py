"""The density figure: the marks' lanes and colours, a cell per bar, hover and click data per cell."""

import pandas as pd

from lib.analyze.timeline import COMPANY
from lib.analyze.timeline_density import CELL_START, CELL_STOP, COVERING, PLANS, WITHIN
from lib.charts.timeline_density import PALEST, density_figure, density_hover, tint

DAY = pd.Timestamp
COLORS = {"ByteDance": "#c8102e", "<b>Evil</b>": "#1f77b4"}


def cells() -> pd.DataFrame:
    return pd.DataFrame({
        COMPANY: ["ByteDance", "ByteDance", "<b>Evil</b>"],
        CELL_START: [DAY("2024-03-04"), DAY("2024-03-11"), DAY("2024-03-04")],
        CELL_STOP: [DAY("2024-03-11"), DAY("2024-03-18"), DAY("2024-03-11")],
        WITHIN: [9, 0, 1], PLANS: [2, 0, 0], COVERING: [0, 3, 0],
    })


def test_one_trace_per_lane_in_lane_order_with_its_company_colour():
    fig = density_figure(cells(), ["<b>Evil</b>", "ByteDance"], COLORS, "Events per company per week")
    assert [trace.name for trace in fig.data] == ["<b>Evil</b>", "ByteDance"]
    assert [list(trace.y) for trace in fig.data] == [[0.0], [1.0, 1.0]]
    bytedance = fig.data[1]
    assert bytedance.marker.colorscale[-1][1] == "#c8102e"
    assert list(bytedance.base) == ["2024-03-04", "2024-03-11"]
    assert list(bytedance.x) == [7 * 86_400_000.0] * 2
    # One scale for every lane: the darkest cell anywhere is the top of each lane's scale.
    assert bytedance.marker.cmax == fig.data[0].marker.cmax == 3.0
    assert list(bytedance.marker.color) == [3.0, 0.0]
    assert [list(row) for row in bytedance.customdata] == [["ByteDance", "2024-03-04", "2024-03-11"],
                                                          ["ByteDance", "2024-03-11", "2024-03-18"]]
    assert list(fig.layout.yaxis.ticktext) == ["<b>Evil</b>", "ByteDance"]
    assert "darkest: 9" in fig.layout.title.subtitle.text


def test_a_drag_selects_a_period_across_every_lane():
    # The page zooms the dates into the cells a drag selects; a vertical extent would drop lanes.
    layout = density_figure(cells(), ["ByteDance"], COLORS, "Events per company per week").layout
    assert (layout.dragmode, layout.selectdirection) == ("select", "h")


def test_hover_says_within_plans_and_covering_and_escapes_names():
    texts = list(density_hover(cells()))
    assert texts[0].startswith("<b>ByteDance</b> · week 2024-03-04 to 2024-03-10<br>9 event(s) dated within it")
    assert "2 plan(s)" in texts[0] and "longer period" not in texts[0]
    assert "0 event(s) dated within it" in texts[1] and "3 more dated only to a longer period" in texts[1]
    assert texts[2].startswith("<b>&lt;b&gt;Evil&lt;/b&gt;</b>")


def test_lanes_left_out_draw_nothing_and_an_empty_view_draws_no_bars():
    fig = density_figure(cells(), ["ByteDance"], COLORS, "t")
    assert [trace.name for trace in fig.data] == ["ByteDance"]
    assert not density_figure(cells().iloc[:0], ["ByteDance"], COLORS, "t").data


def test_tint_mixes_with_white():
    assert tint("#000000", 0.0) == "#ffffff" and tint("#c8102e", 1.0) == "#c8102e"
    assert tint("#000000", PALEST) == "#e0e0e0"
