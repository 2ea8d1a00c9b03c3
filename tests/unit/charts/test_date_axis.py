"""The date axis of the timeline-like charts: their opening range, and the line saying what lies outside it."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analyze.story_views import story_marks
from lib.analyze.timeline import BAR_START, BAR_STOP, COMPANY
from lib.analyze.timeline_density import CELL_START, CELL_STOP, COVERING, PLANS, WITHIN
from lib.analyze.view_range import DateRange
from lib.charts.date_axis import AUTOSCALE_TO_SEE_ALL, DOUBLE_CLICK_TO_SEE_ALL, date_axis, outside_note, with_note
from lib.charts.stories import stories_figure, story_date_range
from lib.charts.timeline import timeline_figure
from lib.charts.timeline_density import density_figure
from lib.schema import Story
from tests.timeline_frames import every_mark, make_events

OPENED = DateRange(pd.Timestamp("2018-11-20"), pd.Timestamp("2027-02-03"), 14, 3)


def test_the_axis_opens_on_the_range_or_autoranges_without_one():
    assert date_axis(OPENED)["range"] == ["2018-11-20", "2027-02-03"]
    assert date_axis(None)["range"] is None and date_axis(None)["type"] == "date"


@pytest.mark.parametrize(("opened", "mark", "see_all", "note"), [
    (OPENED, "mark", DOUBLE_CLICK_TO_SEE_ALL,
     f"Shown: 2018-11 to 2027-02; 14 marks before and 3 after lie outside it:<br>{DOUBLE_CLICK_TO_SEE_ALL}"),
    (DateRange(OPENED.first, OPENED.last, 0, 1), "circle", AUTOSCALE_TO_SEE_ALL,
     f"Shown: 2018-11 to 2027-02; 1 circle after lies outside it:<br>{AUTOSCALE_TO_SEE_ALL}"),
    (DateRange(OPENED.first, OPENED.last), "mark", DOUBLE_CLICK_TO_SEE_ALL, ""),
    (None, "mark", DOUBLE_CLICK_TO_SEE_ALL, ""),
])
def test_the_note_counts_what_lies_outside_and_says_how_to_see_it(opened, mark, see_all, note):
    assert outside_note(opened, mark, see_all) == note


def test_a_note_goes_on_a_line_of_its_own_after_the_subtitle():
    assert with_note("darker: more", "Shown: …") == "darker: more<br>Shown: …"
    assert with_note("darker: more", "") == "darker: more" and with_note("", "Shown: …") == "Shown: …"


def far_tails(n: int = 200) -> list[tuple[str, str]]:
    """``n`` days of 2024–2025 and two far ones: a founding year and a plan."""
    mass = pd.date_range("2024-01-01", "2025-12-31", periods=n).strftime("%Y-%m-%d")
    return [(day, day) for day in mass] + [("1998-09-04", "1998-09-04"), ("2035-01-01", "2035-01-01")]


def test_the_timeline_opens_on_its_mass_and_says_what_it_leaves_out():
    marks = every_mark(make_events(*[("d1", i, first, last, "day", "Meta") for i, (first, last) in
                                     enumerate(far_tails())]))
    rows = marks.rows
    fig = timeline_figure(rows, marks.lanes, {}, "t")
    assert "2023-01-01" < fig.layout.xaxis.range[0] < "2024-01-01" < "2025-12-31" < fig.layout.xaxis.range[1]
    assert fig.layout.title.subtitle.text == outside_note(DateRange(pd.Timestamp(fig.layout.xaxis.range[0]),
                                                                    pd.Timestamp(fig.layout.xaxis.range[1]), 1, 1))
    # Given a range (the page's, e.g. every mark when the user chose the dates), the figure opens on it.
    every = timeline_figure(rows, marks.lanes, {}, "t", DateRange(rows[BAR_START].min(), rows[BAR_STOP].max()))
    assert every.layout.xaxis.range[0] <= "1998-09-04" and not every.layout.title.subtitle.text


def test_the_stories_figure_opens_on_its_mass_and_counts_circles_outside():
    days = [day for day, _ in far_tails(120)]
    rows = [(f"s{i}", day, "day", "DeepSeek", "t", day, "Reuters", 1, 1, "en", 1) for i, day in enumerate(days)]
    marks = story_marks(pd.DataFrame(rows, columns=Story.COLUMNS)).rows
    fig = stories_figure(marks, ["DeepSeek"], {}, "Stories")
    assert list(fig.layout.xaxis.range) == story_date_range(marks).axis_range()
    assert "1 circle before and 1 after lie outside it" in fig.layout.title.subtitle.text
    assert DOUBLE_CLICK_TO_SEE_ALL in fig.layout.title.subtitle.text


def test_the_density_says_its_key_and_then_what_lies_outside():
    cells = pd.DataFrame({COMPANY: ["ByteDance"] * 2, CELL_START: pd.to_datetime(["2001-01-01", "2024-03-01"]),
                          CELL_STOP: pd.to_datetime(["2001-02-01", "2024-04-01"]), WITHIN: [1, 9], PLANS: [0, 0],
                          COVERING: [0, 0]})
    opened = DateRange(pd.Timestamp("2023-01-01"), pd.Timestamp("2025-01-01"), 1, 0)
    subtitle = density_figure(cells, ["ByteDance"], {}, "t", "month", opened).layout.title.subtitle.text
    assert subtitle.startswith("darker: more events dated within the month")
    assert subtitle.endswith(outside_note(opened, "event", AUTOSCALE_TO_SEE_ALL))
    # Without a range, every cell is in view.
    whole = density_figure(cells, ["ByteDance"], {}, "t", "month").layout
    assert whole.xaxis.range[0] < "2001-01-01" and "outside" not in whole.title.subtitle.text
