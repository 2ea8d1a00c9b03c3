"""The Companies page in AppTest: default comparison, sidebar companies, ?compare=, too few companies."""

from __future__ import annotations

import base64
import json

import numpy as np

from lib.charts.provenance import figure_title
from tests.app.conftest import assert_no_exception, shown
from tests.shared_articles import write_shared_articles

PAGE = "app_pages/companies.py"


def figures(app) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def titles(app) -> list[str]:
    return [figure_title(fig["layout"]) for fig in figures(app)]


def figure(app, title_start: str) -> dict:
    return next(fig for fig in figures(app) if figure_title(fig["layout"]).startswith(title_start))


def trace_names(fig: dict) -> list[str]:
    return [trace.get("name") for trace in fig["data"]]


def values(array) -> np.ndarray:
    """A figure array from the spec: a plain list, or Plotly's typed-array form (dtype, bdata, shape)."""
    if isinstance(array, dict):
        flat = np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"])
        return flat.reshape([int(n) for n in str(array.get("shape", len(flat))).split(",")])
    return np.asarray(array)


def infos(app) -> str:
    return " ".join(info.value for info in app.info)


def test_default_compares_the_four_most_mentioned(run_page):
    app = run_page(PAGE)
    assert_no_exception(app)
    assert app.multiselect(key="compare").value == ["Xiaohongshu", "ByteDance", "Meta", "OpenAI"]
    assert trace_names(figure(app, "Share of voice")) == ["Xiaohongshu", "ByteDance", "Meta", "OpenAI"]
    assert titles(app)[0] == "Share of voice: Xiaohongshu vs ByteDance vs Meta vs OpenAI, by month"
    heat = figure(app, "Mentions per document")["data"][0]
    assert heat["x"] == ["Xiaohongshu", "ByteDance", "Meta", "OpenAI"] and len(heat["y"]) == 5
    assert figure(app, "Who is named with whom")["data"][0]["x"][:4] == heat["x"]
    assert sorted(t for t in titles(app) if t.startswith("Terms that set")) == sorted(
        f"Terms that set {name}'s coverage apart" for name in ("Xiaohongshu", "ByteDance", "Meta", "OpenAI"))
    tables = app.dataframe
    assert len(tables) == 2 and all(len(table.value) > 0 for table in tables)
    assert any("documents" in caption.value and "no filters" in caption.value for caption in app.caption)


def test_sidebar_companies_are_compared(run_page):
    app = run_page(PAGE, company=["Xiaohongshu", "ByteDance"])
    assert_no_exception(app)
    assert not [w for w in app.multiselect if w.key == "compare"]
    for title in ("Share of voice", "Events by type"):
        assert trace_names(figure(app, title)) == ["Xiaohongshu", "ByteDance"]
    assert figure(app, "Mentions per document")["data"][0]["x"] == ["Xiaohongshu", "ByteDance"]
    co = figure(app, "Who is named with whom")["data"][0]
    matrix = values(co["z"])
    assert co["x"][:2] == ["Xiaohongshu", "ByteDance"] and matrix[0, 1] == matrix[1, 0] == 15
    assert len([t for t in titles(app) if t.startswith("Terms that set")]) == 2
    products = app.dataframe[1].value
    assert set(products["company"]) == {"Xiaohongshu", "ByteDance"}


def test_compare_from_the_link(run_page):
    app = run_page(PAGE, compare=["Meta", "ByteDance"])
    assert_no_exception(app)
    assert app.multiselect(key="compare").value == ["Meta", "ByteDance"]
    assert trace_names(figure(app, "Share of voice")) == ["Meta", "ByteDance"]
    assert titles(app)[0] == "Share of voice: Meta vs ByteDance, by month"


def test_unknown_compare_value_is_reported(run_page):
    app = run_page(PAGE, compare=["Nobody [x](y)", "ByteDance", "Meta"])
    assert_no_exception(app)
    warnings = " ".join(w.value for w in app.warning)
    assert "Ignored compare=Nobody" in warnings and "](y)" not in warnings
    assert trace_names(figure(app, "Share of voice")) == ["ByteDance", "Meta"]


def test_outlet_filter_narrows_the_default_comparison(run_page):
    app = run_page(PAGE, outlet="Babite")
    assert_no_exception(app)
    assert app.multiselect(key="compare").value == ["Xiaohongshu", "Alibaba", "Weibo", "DeviantArt"]
    assert len(values(figure(app, "Mentions per document")["data"][0]["z"])) == 1
    assert "outlets: Babite" in " ".join(shown(c.value) for c in app.caption)


def test_one_picked_company_asks_for_another(run_page):
    app = run_page(PAGE, compare="ByteDance")
    assert_no_exception(app)
    assert "Pick at least two companies" in infos(app)
    assert not app.get("plotly_chart")


def test_a_corpus_naming_one_company_says_so(run_page, tmp_path):
    corpus = tmp_path / "one"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Tencent opens a new office\nTencent said on 5 March 2024 that it will "
                                  "open a new office in Shenzhen. The office will house 500 engineers.\n",
                                  encoding="utf-8")
    app = run_page(PAGE, corpus=corpus)
    assert_no_exception(app)
    assert "only Tencent is named" in infos(app)
    assert "at least two companies" in infos(app)
    assert not app.get("plotly_chart")


def test_filters_that_leave_nothing(run_page):
    app = run_page(PAGE, company="Qihoo 360", docs="004_7deb7713580fdd7d")
    assert_no_exception(app)
    assert "No documents match the current filters" in infos(app)
    assert not app.get("plotly_chart")


def test_companies_sharing_articles_show_different_terms(run_page, tmp_path):
    # ByteDance and Alibaba are named in the same articles, in different sentences.
    app = run_page(PAGE, corpus=write_shared_articles(tmp_path / "shared"), company=["ByteDance", "Alibaba"])
    assert_no_exception(app)
    bars = {}
    for name in ("ByteDance", "Alibaba"):
        trace = figure(app, f"Terms that set {name}'s coverage apart")["data"][0]
        bars[name] = {term for term, z in zip(trace["y"], values(trace["x"]), strict=True) if z > 0}
    assert {"douyin", "short video", "短视频"} <= bars["ByteDance"]
    assert {"taobao", "cloud computing", "云计算"} <= bars["Alibaba"]
    assert not bars["ByteDance"] & bars["Alibaba"]
    assert any("sentences about ByteDance" in shown(c.value) for c in app.caption)


def test_a_section_with_nothing_to_draw_says_so_and_the_others_draw(run_page, tmp_path):
    corpus = tmp_path / "undated"
    corpus.mkdir()
    for name in ("a", "b"):
        (corpus / f"{name}.txt").write_text("Tencent and Alibaba share a stage\nTencent and Alibaba spoke at the "
                                            "same forum in Shenzhen about cloud computing.\n", encoding="utf-8")
    app = run_page(PAGE, corpus=corpus)
    assert_no_exception(app)
    assert "no monthly share of voice to draw" in infos(app)
    assert not any(title.startswith("Share of voice") for title in titles(app))
    assert any(title.startswith("Mentions per document") for title in titles(app))
    assert any("Up to 40 documents" in caption.value for caption in app.caption)
