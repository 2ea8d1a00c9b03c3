"""Chart images explain themselves: the provenance block in the figure, wrapped, escaped, CJK-aware."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import plotly.graph_objects as go
import pytest

from lib.analyze.filters import Filters, apply_filters
from lib.charts.provenance import (
    Provenance,
    display_width,
    provenance_of,
    self_describing,
    wrapped_lines,
    wrapped_title,
)
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
SAMPLE = Provenance("12 of 40 documents", "published 2024-01 to 2024-06-30",
                    "companies: ByteDance, 阿里巴巴, <b>X</b>; dates: 2024-01-01 to 2024-06-30", "新闻 corpus",
                    "2026-12-03")


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(SEEDS, cache_dir=None)


@pytest.mark.parametrize(("text", "width"), [("ByteDance", 9), ("字节跳动", 8), ("豆包 Doubao", 11), ("", 0)])
def test_display_width_counts_cjk_twice(text, width):
    assert display_width(text) == width


@pytest.mark.parametrize("width", [30, 48, 100])
@pytest.mark.parametrize("parts", [
    SAMPLE.parts(),
    ["companies: " + "、".join(["字节跳动", "阿里巴巴", "腾讯控股", "百度", "深度求索"] * 3), "made 2026-12-03"],
    ["outlets: " + ", ".join(["Reuters", "South China Morning Post", "36Kr", "Caixin Global"] * 3)],
])
def test_wrapped_lines_fit_and_keep_every_word(parts, width):
    lines = wrapped_lines(parts, width)
    assert all(display_width(line) <= width for line in lines), lines
    assert "".join("".join(lines).split()).replace("·", "") == "".join("".join(parts).split())


def test_the_figure_itself_carries_the_block_escaped_and_is_not_changed():
    fig = go.Figure(go.Bar(x=[1], y=[2]))
    fig.update_layout(title={"text": "Share of voice", "subtitle": {"text": "by publication month"}})
    shown = self_describing(fig, SAMPLE, width=48)
    subtitle = shown.layout.title.subtitle.text
    assert subtitle.startswith("by publication month<br>")
    flat = subtitle.replace("<br>", " ")
    for words in ("12 of 40 documents", "阿里巴巴", "corpus: 新闻 corpus", "made 2026-12-03", "&lt;b&gt;X&lt;/b&gt;"):
        assert words in flat, (words, flat)
    assert shown.layout.title.automargin and shown.layout.yaxis.automargin and shown.layout.xaxis.automargin
    assert "WenQuanYi Micro Hei" in shown.layout.font.family
    assert fig.layout.title.subtitle.text == "by publication month"


def test_a_long_title_keeps_one_line_and_continues_in_the_subtitle():
    fig = go.Figure(layout={"title": {"text": "Who is named with whom: Xiaohongshu vs ByteDance vs Meta and top "
                                               "partners, sentences naming both"}})
    shown = self_describing(fig, SAMPLE, width=48)
    assert "<br>" not in shown.layout.title.text
    assert "sentences naming both" in shown.layout.title.subtitle.text


def test_a_fixed_top_margin_grows_by_the_title_lines_moved_into_the_subtitle():
    long_title = "Who is named with whom: Xiaohongshu vs ByteDance vs Meta and top partners, sentences naming both"
    fixed = go.Figure(layout={"title": {"text": long_title}, "margin": {"t": 150}})
    moved = wrapped_title(long_title, 48).count("<br>")
    assert moved >= 1 and self_describing(fixed, SAMPLE, width=48).layout.margin.t == 150 + 22 * moved
    assert self_describing(fixed, SAMPLE, width=200).layout.margin.t == 150  # one line: nothing moved
    assert self_describing(go.Figure(layout={"title": {"text": long_title}}), SAMPLE, width=48).layout.margin.t is None


def test_provenance_of_a_view_names_filters_counts_and_dates(corpus):
    view = apply_filters(corpus, Filters(companies=("ByteDance",), start=date(2023, 1, 1), end=date(2024, 6, 30)))
    text = provenance_of(view, "seeds", "2026-12-03").text()
    assert text.startswith(f"{len(view.documents)} of 5 documents")
    assert "companies: ByteDance; dates: 2023-01-01 to 2024-06-30" in text
    assert "published 2023-05 to 2025-01-16" in text and "corpus: seeds · made 2026-12-03" in text


@pytest.mark.parametrize("filters", [Filters(), Filters(companies=("ByteDance",)),
                                     Filters(start=date(2023, 5, 20), end=date(2023, 8, 2))])
def test_provenance_and_caption_count_a_copied_article_once_and_say_so(corpus, filters):
    documents = corpus.documents.copy()
    documents.loc[documents.index[-1], Doc.DUPLICATE_OF] = documents[Doc.DOC_ID].iloc[0]
    view = apply_filters(replace(corpus, documents=documents), filters)
    text = provenance_of(view, "seeds", "2026-12-03").text()
    corpus_size = f"{len(view.documents)} of {len(documents) - 1} documents (1 copy of other articles counted once)"
    assert text.startswith(corpus_size), text
    assert view.caption().startswith(corpus_size), view.caption()


def _figures_to_describe() -> list[go.Figure]:
    long_title = "Terms that set " + "Zhejiang Geely Holding Group and its many subsidiaries' " * 2 + "coverage apart"
    return [
        go.Figure(),
        go.Figure(go.Bar(x=[1], y=[2]), layout={"title": {"text": "Share of voice"}}),
        go.Figure(go.Bar(x=[1], y=[2]), layout={"title": {"text": "Bars", "subtitle": {"text": "by month",
                                                                                          "font": {"size": 9}}}}),
        go.Figure(go.Heatmap(z=[[1, 2]]), layout={"title": {"text": long_title, "font": {"size": 20}, "y": 0.9},
                                                  "margin": {"t": 150}, "font": {"size": 13, "color": "#111"},
                                                  "meta": {"kept": "no"}, "template": "plotly_white"}),
        go.Figure(go.Scatter(x=[1, 2], y=[3, 4]), layout={"title": {"text": "字节跳动" * 30, "pad": {"b": 3}},
                                                          "xaxis": {"title": {"text": "x"}}, "yaxis2": {}}),
    ]


@pytest.mark.parametrize("width", [48, 100])
@pytest.mark.parametrize("at", range(5))
def test_self_describing_is_what_update_layout_makes(at, width):
    from tests.oracles.provenance import self_describing as by_update_layout

    fig = _figures_to_describe()[at]
    before = fig.to_dict()
    assert self_describing(fig, SAMPLE, width).to_dict() == by_update_layout(fig, SAMPLE, width).to_dict()
    assert fig.to_dict() == before
