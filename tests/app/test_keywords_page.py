"""The Keywords page run through AppTest: clouds, weights, stopwords, two companies, keyword in
context, filters, an empty filter and a machine without a CJK font."""

from __future__ import annotations

import json

import pytest

from lib.render import fonts
from tests.app.conftest import assert_no_exception, shown

PAGE = "app_pages/keywords.py"
TERM_PICKER = "Term (pick one of the top terms, or type any word)"


def bar_chart(app) -> dict:
    specs = [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
    bars = [s for s in specs if s["layout"]["title"]["text"].startswith("Top ")]
    assert len(bars) == 1, [s["layout"]["title"]["text"] for s in specs]
    return bars[0]


def bar_terms(app) -> list[str]:
    return list(bar_chart(app)["data"][0]["y"])


def image_alts(app) -> list[str]:
    return [image.proto.imgs[0].alt for image in app.get("image")]


def selectbox(app, label: str):
    return next(s for s in app.selectbox if s.label == label)


def kwic_table(app):
    tables = [d.value for d in app.dataframe if "left" in d.value.columns]
    assert len(tables) == 1
    return tables[0]


def captions(app) -> list[str]:
    return [shown(c.value) for c in app.caption]


def test_default(run_page):
    app = run_page(PAGE)
    assert_no_exception(app)
    assert image_alts(app) == ["Word cloud: Terms in 5 documents", "Word cloud: Xiaohongshu", "Word cloud: ByteDance"]
    assert len(app.get("download_button")) >= 5  # 3 PNGs, term table CSV, in-context CSV
    assert bar_chart(app)["layout"]["title"]["text"] == "Top 25 terms by frequency"
    assert bar_terms(app)[-1] == "xiaohongshu" and len(bar_terms(app)) == 25
    assert selectbox(app, "Company A").value == "Xiaohongshu"
    assert selectbox(app, "Company B").value == "ByteDance"
    assert "Drawn from 4 documents that mention Xiaohongshu in the current view." in captions(app)
    assert "Drawn from 3 documents that mention ByteDance in the current view." in captions(app)
    assert selectbox(app, TERM_PICKER).value == "xiaohongshu"
    assert len(kwic_table(app)) == 133
    assert any("5 of 5 documents" in c for c in captions(app))


def test_tfidf_weight(run_page):
    app = run_page(PAGE, weight="tf-idf")
    assert_no_exception(app)
    assert app.radio[0].value == "tf-idf"
    assert bar_chart(app)["layout"]["title"]["text"] == "Top 25 terms by TF-IDF"
    frequency = run_page(PAGE)
    assert bar_terms(app) != bar_terms(frequency)


def test_extra_stopword_removed_everywhere(run_page):
    app = run_page(PAGE, stop="xiaohongshu, Users")
    assert_no_exception(app)
    assert app.text_input[0].value == "xiaohongshu, Users"
    terms = bar_terms(app)
    assert "xiaohongshu" not in terms and "users" not in terms and "AI" in terms
    assert "xiaohongshu" not in selectbox(app, TERM_PICKER).options
    assert selectbox(app, TERM_PICKER).value == "AI"
    assert len(image_alts(app)) == 3


def test_keyword_in_context_for_a_typed_term(run_page):
    app = run_page(PAGE, term="Trik")
    assert_no_exception(app)
    table = kwic_table(app)
    assert len(table) == 10
    assert set(table["match"]) == {"Trik"}
    assert {"000_ae120ede6c11f766", "003_df3640600e7e6e30"} <= set(table["doc_id"])
    assert table["reader_url"].str.match(r"^reader\?doc=\d{3}_[0-9a-f]{16}&sent=\d+&q=Trik$").all()
    assert any("**10** occurrences of “Trik”" in m.value for m in app.markdown)


def test_term_that_never_occurs(run_page):
    app = run_page(PAGE, term="zzyzx")
    assert_no_exception(app)
    assert any("**0** occurrences" in m.value for m in app.markdown)
    assert not [d for d in app.dataframe if "left" in d.value.columns]


def test_company_filter(run_page):
    app = run_page(PAGE, company="ByteDance")
    assert_no_exception(app)
    assert any("3 of 5 documents" in c and "companies: ByteDance" in c for c in captions(app))
    assert len(image_alts(app)) == 3
    assert "Drawn from 3 documents that mention ByteDance in the current view." in captions(app)
    assert len(kwic_table(app)) == 93  # "xiaohongshu" in the three ByteDance documents only


def test_chosen_companies(run_page):
    app = run_page(PAGE, a="Meta", b="OpenAI")
    assert_no_exception(app)
    assert image_alts(app)[1:] == ["Word cloud: Meta", "Word cloud: OpenAI"]
    assert "Drawn from 1 document that mentions Meta in the current view." in captions(app)
    assert "Drawn from 4 documents that mention OpenAI in the current view." in captions(app)


def test_outlet_and_type_filters(run_page):
    app = run_page(PAGE, outlet="Sina Technology", type=["launch"])
    assert_no_exception(app)
    assert any("1 of 5 documents" in c for c in captions(app))
    assert image_alts(app)[0] == "Word cloud: Terms in 1 document"


@pytest.mark.parametrize("params", [
    {"company": "Qihoo 360", "docs": "004_7deb7713580fdd7d"},
])
def test_filter_that_leaves_nothing(run_page, params):
    app = run_page(PAGE, **params)
    assert not app.exception
    assert any("No documents match the current filters" in i.value for i in app.info)
    assert not app.get("image") and not app.get("plotly_chart")


def test_missing_cjk_font_says_how_to_fix(run_page, monkeypatch):
    monkeypatch.setattr(fonts, "CANDIDATES", ())
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    app = run_page(PAGE)
    assert not app.exception
    assert len(app.error) == 1 and "bash scripts/setup.sh" in app.error[0].value
    assert not app.get("image")
    assert bar_terms(app)[-1] == "xiaohongshu"   # the rest of the page still works
    assert len(kwic_table(app)) == 133
