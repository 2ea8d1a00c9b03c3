"""Shared chart images explain themselves: filters, counts, dates and corpus are in every figure.

With three companies and a date range chosen, at a narrow and a wide window, every chart of every
page carries the provenance block in its own layout (so the camera PNG, a browser screenshot and
the report all show it), no label or legend is clipped, and the camera button saves a ≥ 2× PNG.
The PNGs land in ``test-output/screenshots/`` to be looked at.
"""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from tests.browser.conftest import SCREENSHOTS, assert_runs_cleanly, open_page, save_screenshot

pytestmark = pytest.mark.browser

COMPANIES = ("Xiaohongshu", "ByteDance", "Meta")
START, END = "2023-01-01", "2024-06-30"
QUERY = "&".join(f"company={name}" for name in COMPANIES) + f"&dates={START}&dates={END}"
WIDTHS = (1000, 2000)
CHART_PAGES = ("overview", "timeline", "stories", "companies", "keywords")

# Per chart: its subtitle (the provenance block) and every drawn text that sticks out of the figure.
_CHARTS_JS_OF = """() => [...document.querySelectorAll('SELECTOR')].map(gd => {
  const svg = gd.querySelector('.main-svg').getBoundingClientRect();
  const outside = [];
  for (const el of gd.querySelectorAll('.main-svg text')) {
    const b = el.getBoundingClientRect();
    if (!b.width || !el.textContent.trim()) continue;
    if (el.closest('.legend') && el.closest('.scrollbox') && getComputedStyle(el).visibility === 'hidden') continue;
    if (b.left < svg.left - 1 || b.right > svg.right + 1 || b.top < svg.top - 1 || b.bottom > svg.bottom + 1)
      outside.push(el.textContent);
  }
  const title = gd.layout.title || {};
  return {title: title.text || '', subtitle: (title.subtitle || {}).text || '', outside, width: svg.width};
})"""


def charts_js(selector: str = "[data-testid=stPlotlyChart] .js-plotly-plot") -> str:
    """The script that lists the charts under ``selector`` (the page's, or a report's ``.js-plotly-plot``)."""
    return _CHARTS_JS_OF.replace("SELECTOR", selector)


_CHARTS_JS = charts_js()


def flat(markup: str) -> str:
    return " ".join(re.sub(r"<br>", " ", markup).split())


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", CHART_PAGES)
def test_every_chart_carries_filters_counts_and_dates(server, page, name, width):
    page.set_viewport_size({"width": width, "height": 1000})
    open_page(page, server.page_url(name, QUERY))
    assert_runs_cleanly(page)
    charts = page.evaluate(_CHARTS_JS)
    assert charts, f"{name}: no chart"
    for chart in charts:
        block = flat(chart["subtitle"])
        assert chart["title"], chart
        assert f"companies: {', '.join(COMPANIES)}" in block, block
        assert f"dates: {START} to {END}" in block, block
        assert re.search(r"\d+ of \d+ documents", block), block
        assert "published " in block and "corpus: " in block and "made 20" in block, block
        assert not chart["outside"], f"{name} at {width}px: clipped {chart['outside']} in {chart['title']!r}"
    save_screenshot(page, f"shared-{name}-{width}px")


@pytest.mark.parametrize("width", WIDTHS)
def test_camera_button_saves_a_large_png(server, page, width):
    page.set_viewport_size({"width": width, "height": 1000})
    open_page(page, server.page_url("timeline", QUERY))
    chart = page.locator("[data-testid=stPlotlyChart]").first
    chart.hover()
    with page.expect_download() as download:
        chart.locator(".modebar-btn[data-title^='Download plot']").first.click()
    path = SCREENSHOTS / f"camera-timeline-{width}px.png"
    download.value.save_as(path)
    assert "ByteDance" in download.value.suggested_filename and START in download.value.suggested_filename
    shown = chart.bounding_box()
    image = Image.open(io.BytesIO(path.read_bytes()))
    assert image.width >= 2 * shown["width"] - 2, (image.size, shown)
