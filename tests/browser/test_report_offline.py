"""A page's HTML report, downloaded at a narrow and a wide window, opens offline with every chart whole.

The report is what a user mails or archives: opened from disk in a browser that may not fetch
anything, each chart must draw (plotly.js embedded), no title, label, legend or provenance line may
stick out of its figure or out of the window, and the provenance (filters, counts, dates, corpus)
must be in every chart and in the report's own filter line. The reports are kept in
``test-output/reports/`` to be looked at.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import ROOT, assert_runs_cleanly, new_context, open_page
from tests.browser.test_shared_images import COMPANIES, END, QUERY, START, WIDTHS, charts_js, flat

pytestmark = pytest.mark.browser

REPORTS = ROOT / "test-output" / "reports"
# Every page has a report; those without a chart (search, reader, corpus) must still carry the filters.
REPORT_PAGES = ("overview", "timeline", "stories", "companies", "keywords", "search", "reader", "corpus")
# The search page's report holds its hits: give it something to find.
PAGE_QUERY = {"search": "&find=large%20model"}

# Every chart's box against the window: a chart wider than the page would be cut off on screen and in print.
_BOXES_JS = """() => ({
  window: window.innerWidth, page: document.documentElement.scrollWidth, plotly: typeof Plotly,
  charts: [...document.querySelectorAll('.js-plotly-plot')].map(gd => {
    const b = gd.querySelector('.main-svg').getBoundingClientRect();
    return {left: b.left, right: b.right, width: b.width, height: b.height};
  }),
})"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", REPORT_PAGES)
def test_report_opens_offline_with_every_chart_whole_and_its_provenance(server, browser, page, name, width):
    page.set_viewport_size({"width": width, "height": 1000})
    open_page(page, server.page_url(name, QUERY + PAGE_QUERY.get(name, "")))
    assert_runs_cleanly(page)
    charts_on_page = page.locator("[data-testid=stPlotlyChart]").count()
    # The report is built when clicked: on a loaded machine that can take longer than a plain click.
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Download report (HTML)").click()
    REPORTS.mkdir(parents=True, exist_ok=True)
    path = REPORTS / f"{name}-{width}px.html"
    download.value.save_as(path)
    assert download.value.suggested_filename.endswith(".html") and START in download.value.suggested_filename

    context = new_context(browser)
    fetched: list[str] = []
    try:
        context.set_offline(True)
        context.route(re.compile(r"^(?!file:).*"), lambda route: (fetched.append(route.request.url), route.abort()))
        report = context.new_page()
        report.set_viewport_size({"width": width, "height": 1000})
        errors: list[str] = []
        report.on("pageerror", lambda error: errors.append(str(error)))
        report.goto(path.as_uri(), wait_until="load")
        report.wait_for_function(
            f"() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= {charts_on_page}")
        boxes = report.evaluate(_BOXES_JS)
        charts = report.evaluate(charts_js(".js-plotly-plot"))
        filters_line = report.locator(".rp-filters").inner_text()
        report.screenshot(path=str(REPORTS / f"{name}-{width}px.png"), full_page=True)
    finally:
        context.close()

    assert not errors and not fetched, (errors, fetched)
    if charts_on_page:  # a report without a chart has no need of plotly.js
        assert boxes["plotly"] == "object", "plotly.js is not embedded"
    assert len(charts) == charts_on_page, (len(charts), charts_on_page)
    assert boxes["page"] <= boxes["window"], f"the report scrolls sideways at {width}px: {boxes}"
    for chart, box in zip(charts, boxes["charts"], strict=True):
        assert box["width"] > 300 and box["height"] > 200, box
        assert box["left"] >= 0 and box["right"] <= boxes["window"], (chart["title"], box)
        assert not chart["outside"], f"{name} report at {width}px: clipped {chart['outside']} in {chart['title']!r}"
        block = flat(chart["subtitle"])
        assert f"companies: {', '.join(COMPANIES)}" in block and f"dates: {START} to {END}" in block, block
        assert re.search(r"\d+ of \d+ documents", block) and "corpus: " in block and "made 20" in block, block
    assert f"companies: {', '.join(COMPANIES)}" in filters_line and re.search(r"\d+ of \d+ documents", filters_line)
    if name == "search":  # the hits, with their sentences, are the search page's evidence
        assert "large model" in path.read_text(encoding="utf-8").lower()
