"""Several people on one server: each browser session keeps its own filters, and an article added
to the corpus folder (as an upload in another session would) reaches every session on its next run.
"""

from __future__ import annotations

import re
import time

import pytest

from tests.browser.conftest import (
    assert_runs_cleanly,
    choose_in_multiselect,
    copy_of_seeds,
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
from ui.cache import FRESH_SECONDS

pytestmark = pytest.mark.browser

NEW_ARTICLE = """ByteDance Opens Doubao to Overseas Developers

On June 3, 2024, ByteDance said its Doubao large language model would be offered to developers outside China \
through its Volcano Engine cloud. The company cut prices for the model again, a month after a price war began \
among Chinese AI providers.
Alibaba and Baidu had lowered their own prices in May 2024, according to the companies' statements.
"""


def go_to_page(page, title: str) -> None:
    """Switch page through the sidebar navigation: the same browser session, a new script run."""
    before = runs_done(page)
    page.locator("[data-testid=stSidebarNav] a", has_text=title).first.click()
    page.wait_for_url(re.compile(f"/{title.lower()}"), timeout=10_000)
    wait_idle(page, before)


def state_of(page) -> tuple[list[str], list[str]]:
    return multiselect_chips(page)["Companies"], main_captions(page)


def documents_metric(page) -> str:
    """The Overview's documents count with the grey "of N" under it: "3 of 5"."""
    metric = page.locator("[data-testid=stMetric]").filter(has_text="Documents").first
    value = metric.locator("[data-testid=stMetricValue]").inner_text().strip()
    return f"{value} {metric.locator('[data-testid=stMetricDelta]').inner_text().strip()}"


def test_two_sessions_keep_their_own_filters(server, new_tab):
    first, second = new_tab(), new_tab()
    open_page(first, server.page_url("timeline", "company=ByteDance"))
    open_page(second, server.page_url("timeline", "company=Xiaohongshu"))
    assert_runs_cleanly(first)
    assert_runs_cleanly(second)
    assert state_of(first)[0] == ["ByteDance"] and state_of(second)[0] == ["Xiaohongshu"]

    choose_in_multiselect(second, "Companies", "Meta")
    go_to_page(first, "Reader")

    assert_runs_cleanly(first)
    chips, captions = state_of(first)
    assert chips == ["ByteDance"], "a filter chosen in another session leaked into this one"
    assert captions and all("Meta" not in text and "Xiaohongshu" not in text
                            for text in captions if "companies:" in text), captions
    assert any("companies: ByteDance" in text for text in captions), captions
    assert "company=ByteDance" in first.url and "Meta" not in first.url

    choose_in_multiselect(first, "Companies", "Alibaba")
    go_to_page(second, "Reader")

    assert_runs_cleanly(second)
    chips, captions = state_of(second)
    assert chips == ["Xiaohongshu", "Meta"]
    assert any("companies: Xiaohongshu, Meta" in text for text in captions), captions
    assert "Alibaba" not in " ".join(captions)
    assert state_of(first)[0] == ["ByteDance", "Alibaba"]
    for page in (first, second):
        assert not tab_log(page).page_errors, tab_log(page).page_errors


def test_article_added_to_the_folder_reaches_other_sessions(start_server, tmp_path_factory, new_tab):
    server = start_server(copy_of_seeds(tmp_path_factory))
    reader = new_tab()
    open_page(reader, server.page_url("overview", "company=ByteDance"))
    assert_runs_cleanly(reader)
    before = documents_metric(reader)
    shown, total = (int(n) for n in re.findall(r"\d+", before))

    (server.corpus / "900_uploaded_bytedance.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    time.sleep(FRESH_SECONDS)  # a folder scan is trusted this long; changes made outside show after it
    rerun(reader)

    after = documents_metric(reader)
    assert after == f"{shown + 1} of {total + 1}", (before, after)
    assert multiselect_chips(reader)["Companies"] == ["ByteDance"]
    assert any(f"{shown + 1} of {total + 1} documents" in text for text in main_captions(reader))
    save_screenshot(reader, screenshot_name("overview", "company=ByteDance-after-upload"))
