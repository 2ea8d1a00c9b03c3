"""The Timeline's density view in the browser: a click on a cell lists its events, and narrowing the
dates to it brings back each event's mark (AppTest cannot click a Plotly chart)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import assert_runs_cleanly, open_page, runs_done, wait_idle
from tests.browser.test_shared_images import QUERY, WIDTHS, charts_js, flat

pytestmark = pytest.mark.browser


def chart_title(page) -> str:
    return page.evaluate("() => document.querySelector('.js-plotly-plot').layout.meta.full_title")


def test_click_a_cell_then_narrow_the_dates_to_see_its_marks(server, page):
    open_page(page, server.page_url("timeline", "draw=density&company=ByteDance"))
    assert_runs_cleanly(page)
    assert chart_title(page) == "Events per company per month, placed at their event dates"
    cells = page.locator("[data-testid=stPlotlyChart] .barlayer .trace path")
    assert cells.count() > 1
    before = runs_done(page)
    cells.last.click(force=True)
    wait_idle(page, before)
    heading = page.locator("[data-testid=stMain] h3").first.inner_text()
    assert heading.startswith("ByteDance, month "), heading
    first, last = heading.removeprefix("ByteDance, month ").split(" to ")
    listed = page.locator("[data-testid=stMain] [data-testid=stDataFrame]").first
    assert listed.is_visible()
    before = runs_done(page)
    page.get_by_role("button", name="Narrow the dates").click()
    wait_idle(page, before)
    assert_runs_cleanly(page)
    assert f"dates={first}" in page.url and f"dates={last}" in page.url, page.url
    assert page.get_by_role("radio", name="density").is_checked()
    before = runs_done(page)
    page.get_by_text("marks", exact=True).click()
    wait_idle(page, before)
    assert chart_title(page) == "Events by company, placed at their event dates"


@pytest.mark.parametrize("width", WIDTHS)
def test_density_chart_is_whole_and_carries_its_key_and_provenance(server, page, width):
    page.set_viewport_size({"width": width, "height": 1000})
    open_page(page, server.page_url("timeline", f"draw=density&{QUERY}"))
    assert_runs_cleanly(page)
    (chart,) = page.evaluate(charts_js())
    assert not chart["outside"], f"clipped at {width}px: {chart['outside']}"
    block = flat(chart["subtitle"])
    assert block.startswith("darker: more events dated within the") and "companies: Xiaohongshu" in block, block
