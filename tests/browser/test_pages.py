"""Every page in a real browser: renders without errors, shows its charts/tables, saves a screenshot.

Also: a click on a timeline mark opens the Reader at that sentence, and a URL with filters
reproduces the same view after a reload and in a fresh browser.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from lib.pipeline.corpus import build_corpus
from lib.schema import Sent
from tests.browser.conftest import (
    PAGES,
    assert_runs_cleanly,
    choose_in_multiselect,
    copy_of_seeds,
    exceptions_on,
    main_captions,
    multiselect_chips,
    open_page,
    rerun,
    runs_done,
    save_screenshot,
    screenshot_name,
    tab_log,
    wait_idle,
)

pytestmark = pytest.mark.browser

CHART = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"
TABLE = "[data-testid=stDataFrame]"
IMAGE = "[data-testid=stImage] img"
# What each page must show (CSS selectors; every group needs at least one match).
EXPECTED = {
    "overview": [CHART],
    "timeline": [CHART, TABLE],
    "stories": [CHART, TABLE],
    "search": ["[data-testid=stTextInput]"],
    "companies": [CHART],
    "keywords": [f"{CHART}, {IMAGE}"],
    "reader": [".rd-text"],
    "corpus": ["[data-testid=stFileUploader]", "[data-testid=stMetric]"],
}
QUERIES = {"default": "", "ByteDance": "company=ByteDance"}
RENDER_CASES = [pytest.param(name, query, id=f"{name}-{label}")
                for name in PAGES for label, query in QUERIES.items()]
RENDER_CASES.append(pytest.param("corpus", "tab=Metadata", id="corpus-metadata-tab"))
# Pages whose charts and tables follow the sidebar filters, with ``view.caption()`` under them.
FILTERED = set(PAGES) - {"corpus"}


@pytest.fixture(scope="module")
def corpus(server):
    """The parsed corpus the server shows (its seed copy), to check what the pages say."""
    return build_corpus(Path(server.corpus), cache_dir=None)


@pytest.mark.parametrize("name, query", RENDER_CASES)
def test_page_renders_with_content(server, page, name, query):
    open_page(page, server.page_url(name, query))

    assert urlparse(page.url).path == PAGES[name], f"{name} is not registered: the browser went to {page.url}"
    save_screenshot(page, screenshot_name(name, query))
    log = tab_log(page)
    assert page.locator("[data-testid=stException]").count() == 0, \
        page.locator("[data-testid=stException]").all_inner_texts()
    assert not log.page_errors, log.page_errors
    assert not log.console_errors, log.console_errors
    assert not log.dialogs, log.dialogs
    assert not log.http_errors, log.http_errors
    expected = [TABLE] if "tab=Metadata" in query else EXPECTED[name]
    for selector in expected:
        assert page.locator(selector).count() > 0, f"{name}: nothing matches {selector}"
    captions = main_captions(page)
    if "company=" in query:
        assert multiselect_chips(page)["Companies"] == ["ByteDance"]
    if name not in FILTERED:
        return
    if "company=" in query:
        assert any("companies: ByteDance" in text for text in captions), captions
    else:
        assert any(" documents · " in text and "no filters" in text for text in captions), captions


def test_first_visit_on_a_deep_link(start_server, tmp_path_factory, page):
    """A shared link opened as the very first request after the server (re)starts."""
    fresh = start_server(copy_of_seeds(tmp_path_factory), warm=False)
    open_page(page, fresh.page_url("timeline", "company=ByteDance"))

    assert not exceptions_on(page), exceptions_on(page)
    assert multiselect_chips(page).get("Companies") == ["ByteDance"]
    assert page.locator(CHART).count() > 0


def clickable_timeline_bar(page) -> dict:
    """A timeline bar no other bar covers (so Plotly's hit test picks it), with its customdata."""
    return page.evaluate("""() => {
      const bars = [...document.querySelectorAll('.js-plotly-plot .bars path')];
      const boxes = bars.map(el => el.getBoundingClientRect());
      const inside = (b, x, y) => x >= b.left - 3 && x <= b.right + 3 && y >= b.top - 3 && y <= b.bottom + 3;
      for (const [i, el] of bars.entries()) {
        const b = boxes[i];
        if (b.width < 12 || b.height < 4) continue;
        const x = b.left + b.width / 2, y = b.top + b.height / 2;
        if (boxes.some((o, j) => j !== i && inside(o, x, y))) continue;
        const trace = el.closest('.trace').__data__[0].trace;
        const custom = trace.customdata[el.__data__.i];
        el.setAttribute('data-test-pick', '1');
        return {doc: String(custom[0]), sent: String(custom[1]), company: trace.name};
      }
      return null;
    }""")


def test_timeline_click_opens_reader_at_the_sentence(server, page, corpus):
    open_page(page, server.page_url("timeline", "company=ByteDance"))
    assert_runs_cleanly(page)
    bar = page.locator("[data-testid=stPlotlyChart] .bars path").first
    bar.wait_for()
    picked = clickable_timeline_bar(page)
    assert picked, "no timeline bar stands clear of the others"
    target = page.locator("[data-test-pick='1']")
    target.scroll_into_view_if_needed()
    box = target.bounding_box()
    before = runs_done(page)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)

    page.wait_for_url(lambda url: "/reader" in url and "sent=" in url, timeout=20_000)
    wait_idle(page, before)
    assert_runs_cleanly(page)
    params = parse_qs(urlparse(page.url).query)
    assert params["doc"] == [picked["doc"]] and params["sent"] == [picked["sent"]], (picked, page.url)
    assert params.get("company") == ["ByteDance"], "the shared filters travel with the link"
    sentences = corpus.sentences
    sentence = sentences[(sentences[Sent.DOC_ID] == picked["doc"])
                         & (sentences[Sent.SENT_ID] == int(picked["sent"]))][Sent.TEXT].iloc[0]
    callout = page.locator(".rd-callout")
    assert callout.count() == 1
    text = " ".join(callout.inner_text().split())
    assert f"Opened at sentence {picked['sent']}" in text
    assert " ".join(sentence.split()) in text, (sentence, text)
    save_screenshot(page, screenshot_name("reader", f"from-timeline-doc={picked['doc']}-sent={picked['sent']}"))
    assert not tab_log(page).page_errors


@pytest.mark.parametrize("name, query", [
    ("companies", "company=Xiaohongshu&company=ByteDance"),
    ("timeline", "type=launch"),
])
def test_url_with_filters_survives_a_reload(server, page, name, query):
    open_page(page, server.page_url(name, query))
    assert_runs_cleanly(page)
    chips, captions = multiselect_chips(page), main_captions(page)
    key, _, value = query.partition("&")[0].partition("=")
    assert value in sum(chips.values(), []), chips
    assert captions, "the page shows no caption"

    rerun(page)

    assert multiselect_chips(page) == chips
    assert main_captions(page) == captions
    assert parse_qs(urlparse(page.url).query) == parse_qs(query)


def test_filter_chosen_in_the_sidebar_goes_into_a_shareable_url(server, page, new_tab):
    open_page(page, server.page_url("timeline"))
    assert_runs_cleanly(page)
    assert multiselect_chips(page)["Companies"] == []

    choose_in_multiselect(page, "Companies", "ByteDance")

    page.wait_for_url(lambda url: "company=ByteDance" in url, timeout=10_000)
    chips, captions = multiselect_chips(page), main_captions(page)
    assert chips["Companies"] == ["ByteDance"]
    assert any("companies: ByteDance" in text for text in captions), captions
    other = new_tab()
    open_page(other, page.url)
    assert multiselect_chips(other) == chips
    assert main_captions(other) == captions


def test_overview_by_name_opens_the_overview(server, page):
    """/overview is what a user types or links: no "Page not found" pop-up, the Overview itself."""
    open_page(page, server.page_url("/overview", "company=ByteDance"))
    assert_runs_cleanly(page)
    assert "Page not found" not in page.locator("body").inner_text()
    assert page.locator("h1").first.inner_text().strip() == "Overview"
    assert page.locator(CHART).count() > 0
    assert any("companies: ByteDance" in text for text in main_captions(page))
