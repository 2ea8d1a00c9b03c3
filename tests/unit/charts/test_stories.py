"""The stories figure: lanes, sizes by corroboration, colours by company, escaped hovers, story ids."""

from __future__ import annotations

import pandas as pd

from lib.analyze.story_views import story_marks
from lib.charts.stories import MAX_SIZE, MIN_SIZE, marker_sizes, stories_figure
from lib.schema import Story


def _table():
    rows = [
        ("s1", "2025-01-20", "day", "DeepSeek", "<script>x</script> R1", "2025-01-20", "Reuters", 4, 3, "en;zh", 4),
        ("s2", "2025-01-21", "day", "ByteDance;DeepSeek", "Price war", "", "", 1, 1, "zh", 1),
    ]
    return pd.DataFrame(rows, columns=Story.COLUMNS)


def test_sizes_grow_with_articles_and_stay_bounded():
    sizes = marker_sizes(pd.Series([1, 2, 4, 1000]))
    assert sizes[0] == MIN_SIZE and sizes[0] < sizes[1] < sizes[2] <= sizes[3] == MAX_SIZE


def test_one_trace_per_lane_in_its_colour_with_story_ids_and_escaped_hovers():
    marks = story_marks(_table())
    lanes = marks.lanes
    fig = stories_figure(marks.rows, lanes, {"DeepSeek": "#112233", "ByteDance": "#445566"}, "Stories")
    lane_traces = [t for t in fig.data if t.customdata is not None]
    assert [t.name for t in lane_traces] == lanes == ["DeepSeek", "ByteDance"]
    assert lane_traces[0].marker.color == "#112233"
    assert [row[0] for row in lane_traces[0].customdata] == ["s1", "s2"]
    hover = " ".join(lane_traces[0].hovertext)
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    assert "first reported: date unknown by an unknown outlet" in hover
    assert list(fig.layout.yaxis.ticktext) == lanes
    # The two DeepSeek stories a day apart are stacked apart, not drawn on one spot.
    assert lane_traces[0].y[0] != lane_traces[0].y[1]


def test_the_date_axis_of_stories_of_one_day_spans_days_not_milliseconds():
    from lib.charts.stories import story_date_range

    def opened(dates: list) -> list[str] | None:
        date_range = story_date_range(pd.DataFrame({Story.DATE: dates}))
        return date_range.axis_range() if date_range else None

    assert opened(["2025-07-11", "2025-07-11"]) == ["2025-07-01", "2025-07-21"]
    assert opened(["2020-01-01", "2025-01-01"])[0] < "2020-01-01"
    assert opened(["", None]) is None
