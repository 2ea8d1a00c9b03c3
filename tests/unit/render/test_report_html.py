"""The page report: one HTML document, plotly.js once and offline, every caption, the filters,
escaped document text."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
import pytest

from lib.render.report_html import MAX_TABLE_ROWS, ReportSection, report_html, section_heading

HOSTILE = "<script>alert(1)</script>"
PLOTLY_JS_MARK = "plotly.js v"      # the banner at the top of the embedded library


def bar(title: str, label: str = "ByteDance") -> go.Figure:
    return go.Figure(go.Bar(x=[label], y=[3]), layout={"title": {"text": title}})


def sections() -> list[ReportSection]:
    return [
        ReportSection(figure=bar("Articles per month"), captions=["5 of 5 documents · published 2024"]),
        ReportSection(figure=bar("Company mentions per month"), captions=["Products count for their company."]),
        ReportSection(heading="Most recent events",
                      table=pd.DataFrame({"sentence": ["字节跳动于2024年3月发布豆包。", HOSTILE],
                                          "date": ["2024-03", ""]})),
    ]


def test_one_document_with_plotly_js_once_and_no_cdn():
    page = report_html("Overview", sections(), "company: ByteDance · 豆包")
    assert page.startswith("<!DOCTYPE html>") and page.count("<html") == 1 and page.rstrip().endswith("</html>")
    assert page.count(PLOTLY_JS_MARK) == 1
    assert page.count('class="plotly-graph-div"') == 2
    assert not re.search(r"<script[^>]+src=", page), "a report must open offline"
    assert "cdn." not in page.split(PLOTLY_JS_MARK)[0]


@pytest.mark.parametrize("text", [
    "5 of 5 documents · published 2024",
    "Products count for their company.",
    "company: ByteDance · 豆包",
    "字节跳动于2024年3月发布豆包。",
    "Articles per month",
    "Most recent events",
])
def test_every_caption_title_filter_and_cell_is_in_the_report(text):
    assert text in report_html("Overview", sections(), "company: ByteDance · 豆包")


def test_no_figure_no_plotly_js():
    page = report_html("Reader", [ReportSection(heading="Document", captions=["one"])])
    assert PLOTLY_JS_MARK not in page and "one" in page


PLACES = ("title", "filters", "heading", "caption", "cell", "figure", "image_alt")


def page_with(where: str, text: str) -> str:
    values = dict.fromkeys(PLACES, "plain")
    values[where] = text
    section = ReportSection(heading=values["heading"], figure=bar(values["figure"], values["figure"]),
                            image_png=b"\x89PNG", image_alt=values["image_alt"], captions=[values["caption"]],
                            table=pd.DataFrame({"sentence": [values["cell"]]}))
    return report_html(values["title"], [section], values["filters"])


@pytest.mark.parametrize("where", PLACES)
def test_hostile_text_stays_inert(where):
    page = page_with(where, HOSTILE)
    assert HOSTILE not in page
    # Only Plotly's own script elements exist, none opened by data.
    assert len(re.findall(r"<script\b", page)) == len(re.findall(r"<script\b", page_with(where, "plain")))
    assert "alert(1)" in page          # still there, as text


def test_a_long_table_is_cut_with_a_note():
    table = pd.DataFrame({"n": range(MAX_TABLE_ROWS + 5)})
    page = report_html("Timeline", [ReportSection(heading="Events", table=table)])
    assert page.count("<tr>") == MAX_TABLE_ROWS
    assert f"The first {MAX_TABLE_ROWS:,} of {MAX_TABLE_ROWS + 5:,} rows" in page


def test_heading_is_the_whole_figure_title():
    assert section_heading(ReportSection(figure=bar("Top 25 terms<br>by frequency"))) == "Top 25 terms by frequency"
    assert section_heading(ReportSection(heading="Word cloud", figure=bar("x"))) == "Word cloud"


def test_image_is_inlined():
    page = report_html("Keywords", [ReportSection(heading="Cloud", image_png=b"\x89PNGdata", image_alt="Word cloud")])
    assert 'src="data:image/png;base64,iVBOR2RhdGE="' in page
