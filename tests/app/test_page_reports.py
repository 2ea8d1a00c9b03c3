"""Every page's "Download report (HTML)": one offline HTML document with the page's chart titles,
its filters, and document text escaped."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager

from lib.charts.provenance import figure_title
from tests.app.conftest import assert_no_exception

REPORT_LABEL = "Download report (HTML)"
PAGES = ["app_pages/overview.py", "app_pages/timeline.py", "app_pages/stories.py", "app_pages/companies.py",
         "app_pages/keywords.py", "app_pages/search.py", "app_pages/reader.py", "app_pages/corpus.py"]


@pytest.fixture
def deferred_downloads(monkeypatch) -> dict:
    """file id → the callable a download button builds its file with on click."""
    found: dict = {}
    original = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, *args, **kwargs):
        file_id = original(self, data_callable, *args, **kwargs)
        found[file_id] = data_callable
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return found


def report_of(app, deferred_downloads) -> str:
    buttons = [b for b in app.get("download_button") if b.proto.label == REPORT_LABEL]
    assert len(buttons) == 1
    data = deferred_downloads[buttons[0].proto.deferred_file_id]()
    return data.decode("utf-8")


def chart_titles(app) -> list[str]:
    return [figure_title(json.loads(chart.proto.spec)["layout"]) for chart in app.get("plotly_chart")]


@pytest.mark.parametrize("page", PAGES)
def test_each_page_downloads_its_report(run_page, deferred_downloads, page):
    app = run_page(page)
    assert_no_exception(app)
    report = report_of(app, deferred_downloads)
    assert report.startswith("<!DOCTYPE html>") and report.rstrip().endswith("</html>")
    titles = chart_titles(app)
    for title in titles:
        assert title.replace("<br>", " ") in report
    assert report.count("plotly.js v") == (1 if titles else 0)
    assert "5 of 5 documents" in report          # the filters in words


@pytest.mark.parametrize("page", PAGES)
def test_no_download_reruns_the_page(run_page, page):
    """A rerun on a download's click redraws nothing new and races the request for the deferred file."""
    buttons = run_page(page).get("download_button")
    assert buttons
    assert all(button.proto.ignore_rerun for button in buttons), [b.proto.label for b in buttons]


def test_overview_report_covers_the_corpus_at_a_glance(run_page, deferred_downloads):
    report = report_of(run_page("app_pages/overview.py"), deferred_downloads)
    for heading in ("The corpus at a glance", "Articles per month", "Events", "Documents per outlet"):
        assert heading in report
    assert report.count('class="plotly-graph-div"') == 4


def test_report_keeps_filters_and_escapes_document_text(run_page, deferred_downloads, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "ByteDance <script>alert(1)</script> launches Doubao\n2024-05-15\n"
        "ByteDance said on May 15, 2024 that <script>alert(1)</script> Doubao is free.\n", encoding="utf-8")
    (folder / "b.txt").write_text("字节跳动发布豆包\n2024年5月16日\n字节跳动5月16日发布豆包大模型。\n",
                                  encoding="utf-8")
    app = run_page("app_pages/overview.py", corpus=folder, company=["ByteDance"])
    assert_no_exception(app)
    report = report_of(app, deferred_downloads)
    assert "<script>alert(1)</script>" not in report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    filters = re.search(r'<p class="rp-filters">(.*?)</p>', report).group(1)
    assert "companies: ByteDance" in filters and "2 of 2 documents" in filters
