"""The Timeline's density view in the browser: a drag across a period zooms the sidebar's dates into
it, and once few enough marks are in view they are drawn again (AppTest cannot drag a Plotly chart)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import assert_runs_cleanly, open_page, runs_done, wait_idle
from tests.browser.test_shared_images import QUERY, WIDTHS, charts_js, flat

pytestmark = pytest.mark.browser


def chart_title(page) -> str:
    return page.evaluate("() => document.querySelector('.js-plotly-plot').layout.meta.full_title")


def test_drag_across_a_period_zooms_the_dates_into_it(server, page):
    open_page(page, server.page_url("timeline", "draw=density"))
    assert_runs_cleanly(page)
    assert "dates=" not in page.url
    box = page.locator("[data-testid=stPlotlyChart] .nsewdrag").first.bounding_box()
    middle = box["y"] + box["height"] / 2
    before = runs_done(page)
    page.mouse.move(box["x"] + box["width"] * 0.55, middle)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.75, middle, steps=8)
    page.mouse.move(box["x"] + box["width"] * 0.95, middle, steps=8)
    page.mouse.up()
    wait_idle(page, before)
    assert_runs_cleanly(page)
    dates = [part.removeprefix("dates=") for part in page.url.split("?")[1].split("&") if part.startswith("dates=")]
    assert len(dates) == 2, page.url
    first, last = sorted(dates)
    # The seeds run from 2023 to 2025: the right part of the axis is a later, shorter span.
    assert "2023-01-01" < first <= last, (first, last)
    assert page.get_by_role("radio", name="density").is_checked()
    assert chart_title(page).startswith("Events per company per ")
    # Auto draws marks when few enough are in view: the seeds' zoomed dates hold a handful.
    choose_auto(page)
    assert chart_title(page) == "Events by company, placed at their event dates"


def choose_auto(page) -> None:
    before = runs_done(page)
    page.get_by_text("auto", exact=True).click()
    wait_idle(page, before)


@pytest.mark.parametrize("width", WIDTHS)
def test_density_chart_is_whole_and_carries_its_key_and_provenance(server, page, width):
    page.set_viewport_size({"width": width, "height": 1000})
    open_page(page, server.page_url("timeline", f"draw=density&{QUERY}"))
    assert_runs_cleanly(page)
    (chart,) = page.evaluate(charts_js())
    assert not chart["outside"], f"clipped at {width}px: {chart['outside']}"
    block = flat(chart["subtitle"])
    assert block.startswith("darker: more events dated within the") and "companies: Xiaohongshu" in block, block
