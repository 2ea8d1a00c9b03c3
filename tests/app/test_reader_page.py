"""The Reader page through AppTest: links that open a document, a sentence, a search; hostile text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.conftest import assert_no_exception

PAGE = "app_pages/reader.py"
DOC_000 = "000_ae120ede6c11f766"
DOC_002 = "002_edb25278540afc68"
HOSTILE_TEXT = (
    "<b>bold</b>\n\n"
    "Tencent launched <script>alert(1)</script> a product on 3 May 2024. "
    "ByteDance said <img src=x onerror=alert(1)> it was fine.\n\n"
    "Another paragraph about Alibaba, \"quotes\" & javascript:alert(1).\n"
)
HOSTILE_METADATA = (
    "file,title,source,author,url,published,language,date_origin,note\n"
    'evil.txt,,<i>Outlet</i>,[me](javascript:alert(1)),javascript:alert(1),2024-05,en,metadata,\n'
)


def html_bodies(app) -> str:
    return "\n".join(element.proto.body for element in app.get("html"))


def reader_text(app) -> str:
    """The HTML of the document text itself (the block with the sentence spans)."""
    body = next(element.proto.body for element in app.get("html") if 'class="rd-text"' in element.proto.body)
    return body.split('<div class="rd-text">', 1)[1]


def test_default_opens_the_first_document(run_page):
    app = run_page(PAGE)
    assert_no_exception(app)
    assert app.selectbox(key="reader_doc").value == DOC_000
    assert "Xiaohongshu Starts Exploring Large Language Model" in html_bodies(app)
    assert 'id="s-16"' in reader_text(app)  # 17 sentences
    assert "2023-05 (month precision, inferred — see metadata.csv note)" in html_bodies(app)
    assert any(e.label == "Removed as not part of the article (1 block)" for e in app.expander)
    assert app.query_params["doc"] == [DOC_000] or app.query_params["doc"] == DOC_000


def test_link_opens_a_sentence_with_its_event_date(run_page):
    app = run_page(PAGE, doc=DOC_002, sent="21")
    assert_no_exception(app)
    bodies = html_bodies(app)
    callout = next(b for b in bodies.split("\n<style>") if "rd-callout" in b and "Opened at sentence 21:" in b)
    assert "January 19th is the final effective date" in callout
    assert "2025-01-19 · day" in callout
    assert 'class="rd-s rd-target" id="s-21"' in reader_text(app)
    assert app.selectbox(key="reader_jump").value == 21
    assert "Removed as not part of the article (3 blocks)" in [e.label for e in app.expander]


def test_search_counts_and_marks_hits(run_page):
    app = run_page(PAGE, doc=DOC_000, q="trik")
    assert_no_exception(app)
    assert "1 hit" in [c.value for c in app.caption]
    assert reader_text(app).count('<mark class="rd-hit">Trik</mark>') == 1
    app.text_input(key="q").set_value("xiaohongshu").run()
    assert "9 hits" in [c.value for c in app.caption]
    app.text_input(key="q").set_value("no such words").run()
    assert "No hits in this document." in [c.value for c in app.caption]


def test_jump_to_sets_the_sentence(run_page):
    app = run_page(PAGE, doc=DOC_002)
    assert "rd-target" not in reader_text(app)
    app.selectbox(key="reader_jump").set_value(59).run()
    assert_no_exception(app)
    assert app.query_params["sent"] in ("59", ["59"])
    assert 'class="rd-s rd-target" id="s-59"' in reader_text(app)
    assert "Opened at sentence 59" in html_bodies(app)


def test_picking_another_document_updates_the_link(run_page):
    app = run_page(PAGE, doc=DOC_002, sent="21")
    app.selectbox(key="reader_doc").set_value("004_7deb7713580fdd7d").run()
    assert_no_exception(app)
    assert app.query_params["doc"] in ("004_7deb7713580fdd7d", ["004_7deb7713580fdd7d"])
    assert "sent" not in app.query_params
    assert "ByteDance goes all in with AI for social media" in html_bodies(app)
    assert "Opened at sentence" not in html_bodies(app)


def test_unknown_document_says_so_and_opens_the_first(run_page):
    app = run_page(PAGE, doc="999_[x](javascript:alert(1))")
    assert_no_exception(app)
    warnings = [w.value for w in app.warning if "not in this corpus" in w.value]
    assert warnings and "showing the first document instead" in warnings[0]
    assert "](javascript" not in warnings[0]  # Markdown escaped, so no link
    assert app.selectbox(key="reader_doc").value == DOC_000


def test_unknown_sentence_says_so(run_page):
    app = run_page(PAGE, doc=DOC_002, sent="9999")
    assert_no_exception(app)
    assert any("Sentence 9999 from the link is not in this document" in w.value for w in app.warning)
    assert "rd-target" not in reader_text(app)


def test_filters_that_leave_nothing_show_the_info(run_page):
    app = run_page(PAGE, company="Qihoo 360", docs="004_7deb7713580fdd7d")
    assert_no_exception(app)
    assert any("No documents match the current filters" in i.value for i in app.info)
    assert not app.get("html") or "rd-text" not in html_bodies(app)


def test_a_document_named_in_the_link_opens_even_outside_the_filters(run_page):
    app = run_page(PAGE, company="Qihoo 360", docs="004_7deb7713580fdd7d", doc=DOC_002)
    assert_no_exception(app)
    assert any("outside the current filters" in i.value for i in app.info)
    assert app.selectbox(key="reader_doc").value == DOC_002
    assert 'id="s-91"' in reader_text(app)


def test_company_filter_limits_the_picker(run_page):
    app = run_page(PAGE, company="ByteDance")
    assert_no_exception(app)
    options = app.selectbox(key="reader_doc").options
    assert len(options) == 3  # 001, 002 and 004 name ByteDance
    assert options[0].startswith('"Swing" Little Red Book')
    assert not any(option.startswith("Xiaohongshu Starts Exploring") for option in options)


@pytest.fixture
def hostile_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "evil.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "metadata.csv").write_text(HOSTILE_METADATA, encoding="utf-8")
    return folder


def test_hostile_document_is_shown_as_text(run_page, hostile_corpus):
    app = run_page(PAGE, corpus=hostile_corpus, q="PARAGRAPH", sent="1")
    assert_no_exception(app)
    bodies = html_bodies(app)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in bodies
    assert "&lt;img src=x onerror=alert(1)&gt;" in bodies
    assert "&lt;b&gt;bold&lt;/b&gt;" in bodies
    assert "&lt;i&gt;Outlet&lt;/i&gt;" in bodies
    assert "<dt>URL</dt><dd>javascript:alert(1)</dd>" in bodies  # shown, not linked
    assert "2024-05 (month precision, from metadata: metadata.csv, page markup or web address)" in bodies
    for raw in ("<script", "<img", "<b>bold", "<i>Outlet", 'href="javascript', "onerror=alert(1)>"):
        assert raw not in bodies
    assert "1 hit" in [c.value for c in app.caption]
    markdown = [m.value for m in app.markdown] + [c.value for c in app.caption] + [i.value for i in app.info]
    assert not any("<script" in value or "](javascript" in value for value in markdown)


def test_a_link_whose_document_is_gone_drops_its_sentence_and_search(run_page):
    """Issue 10: when another session trashed the article, the fallback kept sent= and q=."""
    app = run_page(PAGE, doc="trashed_article", sent="12", q="Doubao")
    assert_no_exception(app)
    warnings = [w.value for w in app.warning if "not in this corpus" in w.value]
    assert warnings and "without the link's sentence and search" in warnings[0]
    assert app.query_params.get("doc") == [DOC_000] or app.query_params.get("doc") == DOC_000
    assert "sent" not in app.query_params and "q" not in app.query_params
    assert "Opened at sentence" not in html_bodies(app)


def test_a_huge_link_value_is_echoed_only_as_a_short_prefix(run_page):
    value = "x" * 100_000
    app = run_page(PAGE, doc=value, company=[value])
    assert_no_exception(app)
    notices = [w.value for w in [*app.warning, *app.sidebar.warning] if "x" * 20 in w.value]
    assert len(notices) >= 2 and all(len(notice) < 400 for notice in notices)
    assert all("100,000 characters" in notice for notice in notices)
