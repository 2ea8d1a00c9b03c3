"""Hostile data in a real browser: document text, titles, file names, metadata and URL parameters
carrying markup must show as text, never run or become elements.

Every page is visited on a hostile corpus (its own server), with and without hostile URL
parameters, and the Reader on each hostile document with a hostile search. A JavaScript dialog,
an ``<img src=x>``, a ``<script>`` calling ``alert(1)``, a ``javascript:`` link or an inline
event-handler attribute anywhere in the page (or its frames) fails the test.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

import pytest

from lib.pipeline.corpus import build_corpus
from lib.schema import Doc
from tests.browser.conftest import (
    PAGES,
    exceptions_on,
    main_text,
    open_page,
    save_screenshot,
    screenshot_name,
    tab_log,
)
from tests.corpus_factory import BOLD, IMG, LINK, MD_IMAGE, SCRIPT, write_hostile_corpus

pytestmark = pytest.mark.browser

HOSTILE_QUERY = urlencode([
    ("company", SCRIPT), ("company", MD_IMAGE), ("company", LINK),
    ("outlet", BOLD), ("type", IMG), ("docs", SCRIPT), ("doc", SCRIPT),
    ("q", IMG), ("sent", SCRIPT), ("dates", SCRIPT),
])


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    return write_hostile_corpus(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture(scope="module")
def hostile_server(start_server, hostile_dir):
    return start_server(hostile_dir)


@pytest.fixture(scope="module")
def hostile_doc_ids(hostile_dir) -> list[str]:
    documents = build_corpus(hostile_dir, cache_dir=None).documents
    assert len(documents) == 3, "the hostile corpus must be read in full, or the test proves nothing"
    return documents[Doc.DOC_ID].tolist()


_INJECTED_JS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('img[src=x], img[src="x"]')) found.push('img src=x');
  for (const s of document.querySelectorAll('script'))
    if (s.textContent.includes('alert(1)')) found.push('script: ' + s.textContent.slice(0, 80));
  for (const a of document.querySelectorAll('[href], [src], [action], [formaction]'))
    for (const name of ['href', 'src', 'action', 'formaction'])
      if ((a.getAttribute(name) || '').replace(/\\s/g, '').toLowerCase().startsWith('javascript:'))
        found.push(a.tagName + ' ' + name + '=' + a.getAttribute(name));
  // Markdown or HTML links made from the payloads, whatever href the sanitiser left them.
  for (const a of document.querySelectorAll('a'))
    if (['click', 'read more'].includes(a.textContent.trim())) found.push('link: ' + a.outerHTML.slice(0, 120));
  for (const el of document.querySelectorAll('*'))
    for (const attr of el.attributes)
      if (attr.name.startsWith('on')) found.push(el.tagName + ' ' + attr.name + '=' + attr.value.slice(0, 60));
  return found;
}"""


def injected_elements(page) -> list[str]:
    """Elements the payloads would create if they were treated as markup, in every frame."""
    found = []
    for frame in page.frames:
        where = "" if frame == page.main_frame else f"frame {frame.url}: "
        found += [where + item for item in frame.evaluate(_INJECTED_JS)]
    return found


def assert_nothing_ran(page) -> None:
    # Hover over the main area so an injected onmouseover would fire before we look.
    page.mouse.move(700, 400)
    page.mouse.move(900, 600)
    page.wait_for_timeout(300)
    log = tab_log(page)
    assert not log.dialogs, f"a dialog opened: {log.dialogs}"
    found = injected_elements(page)
    assert not found, "payloads became elements:\n" + "\n".join(found)
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert not log.page_errors, log.page_errors


# The Corpus page shows file names, metadata and skipped files in tabs bound to ``?tab=``.
CORPUS_TABS = ("Metadata", "Remove & restore", "Skipped & warnings")
HOSTILE_VIEWS = [pytest.param(name, "", id=name) for name in PAGES] + [
    pytest.param("corpus", urlencode({"tab": tab}), id=f"corpus-{tab}") for tab in CORPUS_TABS]


@pytest.mark.parametrize("name, query", HOSTILE_VIEWS)
def test_hostile_corpus_shows_as_text(hostile_server, page, name, query):
    open_page(page, hostile_server.page_url(name, query))

    save_screenshot(page, screenshot_name(f"hostile-{name}", query))
    assert_nothing_ran(page)
    assert not exceptions_on(page), exceptions_on(page)


@pytest.mark.parametrize("name", list(PAGES))
def test_hostile_url_parameters_show_as_text(hostile_server, page, name):
    open_page(page, hostile_server.page_url(name, HOSTILE_QUERY))

    save_screenshot(page, screenshot_name(f"hostile-{name}", "hostile-params"))
    assert_nothing_ran(page)
    assert not exceptions_on(page), exceptions_on(page)
    notices = page.locator("[data-testid=stSidebar] [data-testid=stAlert]").all_inner_texts()
    assert any("alert(1)" in notice for notice in notices), f"unknown URL values are not reported: {notices}"


def test_reader_shows_each_hostile_document_as_text(hostile_server, hostile_doc_ids, page):
    for number, doc_id in enumerate(hostile_doc_ids):
        open_page(page, hostile_server.page_url("reader", urlencode({"doc": doc_id, "q": IMG})))

        save_screenshot(page, screenshot_name("hostile-reader", f"doc{number}-q-img"))
        assert_nothing_ran(page)
        assert not exceptions_on(page), exceptions_on(page)
        text = main_text(page)
        assert SCRIPT in text and "onerror=alert(1)" in text, "the payloads should be visible, as text"
