"""The Search page through AppTest: the query from the URL, hits by words and by meaning, filters."""

from __future__ import annotations

from tests.app.conftest import KLING_ARTICLES, assert_no_exception, shown, story_articles_folder

PAGE = "app_pages/search.py"


def hit_texts(app) -> list[str]:
    return [h.proto.body.split("</style>", 1)[1] for h in app.get("html")]


def hit_notes(app) -> list[str]:
    return [shown(c.value) for c in app.caption if shown(c.value)[:1].isdigit() and ". by " in shown(c.value)]


def reader_links(app) -> list[str]:
    return [link.proto.query_string for link in app.get("page_link") if link.proto.page == "reader"]


def test_without_a_query_it_says_how_it_ranks(run_page):
    app = run_page(PAGE)
    assert_no_exception(app)
    assert not app.get("html")
    assert any("Ranked by score" in c.value for c in app.caption)


def test_a_keyword_is_found_in_every_article_marked_and_linked_to_its_sentence(run_page):
    app = run_page(PAGE, find="trik")
    assert_no_exception(app)
    texts = hit_texts(app)
    assert texts and all('<mark class="hl-hit">Trik</mark>' in t for t in texts)
    notes = hit_notes(app)
    assert len(notes) == len(texts) and all("by keyword" in n for n in notes)
    links = reader_links(app)
    assert len(links) == len(texts) and all("&sent=" in q for q in links)
    assert app.text_input[0].value == "trik"


def test_the_filters_narrow_the_documents_searched(run_page):
    everywhere = len(hit_texts(run_page(PAGE, find="Xiaohongshu")))
    app = run_page(PAGE, find="Xiaohongshu", docs="003_df3640600e7e6e30")
    assert_no_exception(app)
    assert 0 < len(hit_texts(app)) < everywhere
    assert all(q.startswith("docs=003_df3640600e7e6e30&doc=003_df3640600e7e6e30") for q in reader_links(app))
    nothing = run_page(PAGE, find="Trik", company="Meta", docs="004_7deb7713580fdd7d")
    assert not nothing.exception
    assert any("Nothing found" in i.value or "No documents" in i.value for i in nothing.info)


def test_an_english_query_finds_the_chinese_report_by_meaning(run_page, tmp_path):
    folder = story_articles_folder(tmp_path / "kling", KLING_ARTICLES)
    app = run_page(PAGE, corpus=folder, find="Kuaishou launches Kling 2.0 video model", timeout=180)
    assert_no_exception(app)
    chinese = [n for n, text in zip(hit_notes(app), hit_texts(app), strict=True)
               if "by meaning" in n and "可灵" in text]
    assert chinese, hit_texts(app)[:5]


def test_document_text_is_never_markup(run_page, hostile_corpus):
    app = run_page(PAGE, corpus=hostile_corpus, find="script")
    assert not app.exception
    assert hit_texts(app)
    for text in hit_texts(app):
        assert "<script" not in text.replace('<mark class="hl-hit">', "").replace("</mark>", "")
