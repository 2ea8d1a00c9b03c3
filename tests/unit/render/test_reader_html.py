"""The Reader's HTML: corpus text escaped, mentions coloured, hits marked, layers always nested."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from lib.analyze.reader import FIELD, HIT_END, HIT_START, VALUE
from lib.charts.colors import OTHER_COLOR
from lib.render.reader_html import (
    PARAGRAPH_BREAK,
    STYLE,
    callout_html,
    escape_attr,
    escape_text,
    legend_html,
    mention_style,
    metadata_html,
    reader_html,
    safe_color,
)
from lib.schema import Event, Mention, Sent

TEXT = "字节跳动发布豆包。\nByteDance <b>cut</b> prices."


def _sentences() -> pd.DataFrame:
    return pd.DataFrame({Sent.DOC_ID: "d", Sent.SENT_ID: [0, 1], Sent.START: [0, 10], Sent.END: [9, 42],
                         Sent.TEXT: [TEXT[0:9], TEXT[10:42]]})


def _mentions(rows=((0, 0, 4, "ByteDance", "company", "ByteDance"), (0, 6, 8, "Doubao", "product", "ByteDance"),
                    (1, 10, 19, "ByteDance", "company", "ByteDance"))) -> pd.DataFrame:
    return pd.DataFrame([{Mention.DOC_ID: "d", Mention.SENT_ID: s, Mention.START: a, Mention.END: b,
                          Mention.ENTITY: e, Mention.KIND: k, Mention.COMPANY: c, Mention.ALIAS: TEXT[a:b]}
                         for s, a, b, e, k, c in rows], columns=Mention.COLUMNS)


def _events(rows=((0, "2024-05-15", "day"),)) -> pd.DataFrame:
    return pd.DataFrame([{**dict.fromkeys(Event.COLUMNS, ""), Event.DOC_ID: "d", Event.SENT_ID: s, Event.DATE: d,
                          Event.PRECISION: p} for s, d, p in rows], columns=Event.COLUMNS)


def _hits(*spans) -> pd.DataFrame:
    return pd.DataFrame(spans, columns=[HIT_START, HIT_END])


def _visible(markup: str) -> str:
    """The text a reader sees: tags, the style block and the date badges left out."""
    markup = markup.replace(STYLE, "").replace(PARAGRAPH_BREAK, "\n")
    markup = re.sub(r'<span class="rd-badge">[^<]*</span>', "", markup)
    return re.sub(r"<[^>]+>", "", markup)


@pytest.mark.parametrize(("piece", "escaped"), [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ('"引号" & \'单引号\'', "&quot;引号&quot; &amp; &#x27;单引号&#x27;"),
    ("第一段\r\n第二段", f"第一段{PARAGRAPH_BREAK}第二段"),
    ("one\ntwo", f"one{PARAGRAPH_BREAK}two"),
])
def test_escape_text_escapes_every_character_and_breaks_lines(piece, escaped):
    assert escape_text(piece) == escaped


def test_escape_attr_escapes_quotes_of_any_value():
    assert escape_attr('a" onmouseover="x') == "a&quot; onmouseover=&quot;x"
    assert escape_attr(12) == "12"


@pytest.mark.parametrize(("color", "safe"), [
    ("#1f77b4", "#1f77b4"), ("#C8102E", "#C8102E"),
    ("red", OTHER_COLOR), ("#123", OTHER_COLOR), ("#1f77b4;background:url(x)", OTHER_COLOR), (None, OTHER_COLOR),
])
def test_only_hex_colours_reach_a_style(color, safe):
    assert safe_color(color) == safe


@pytest.mark.parametrize(("kind", "part"), [
    ("company", "background:#1f77b433"), ("product", "underline solid #1f77b4"),
    ("person", "underline dotted #1f77b4"), ("outlet", "underline dashed #1f77b4"),
    ("regulation", "underline dashed #1f77b4"),
])
def test_each_kind_has_its_style_in_the_companys_colour(kind, part):
    assert part in mention_style(kind, "#1f77b4")
    assert "javascript" not in mention_style(kind, "javascript:alert(1)")


def test_the_text_reads_as_written_with_sentences_mentions_and_badges():
    markup = reader_html(TEXT, _sentences(), _mentions(), _events(), {"ByteDance": "#1f77b4"})
    assert _visible(markup) == TEXT.replace("<", "&lt;").replace(">", "&gt;")
    assert '<span class="rd-s" id="s-0"><span class="rd-badge">2024-05-15 · day</span>' in markup
    assert '<span class="rd-s" id="s-1">' in markup
    assert "<b>" not in markup and "&lt;b&gt;cut&lt;/b&gt;" in markup
    assert markup.count('class="rd-m rd-company"') == 2 and markup.count('class="rd-m rd-product"') == 1
    assert 'title="Doubao · product · ByteDance"' in markup and 'title="ByteDance · company"' in markup


def test_the_target_sentence_is_marked():
    markup = reader_html(TEXT, _sentences(), _mentions(), _events(), {}, None, 1)
    assert '<span class="rd-s rd-target" id="s-1">' in markup and '<span class="rd-s" id="s-0">' in markup


def test_a_hit_across_a_mentions_edge_is_split_and_every_tag_nests():
    # "跳动发布" starts inside the mention 字节跳动 (0-4) and ends outside it.
    markup = reader_html(TEXT, _sentences(), _mentions(), _events(), {"ByteDance": "#1f77b4"}, _hits((2, 6)))
    assert markup.count('<mark class="rd-hit">') == 2
    assert re.search(r'<mark class="rd-hit">跳动</mark></span><mark class="rd-hit">发布</mark>', markup)
    depth = 0
    for tag in re.findall(r"</?(?:span|mark)\b", markup):
        depth += -1 if tag.startswith("</") else 1
        assert depth >= 0
    assert depth == 0


def test_broken_offsets_neither_crash_nor_break_the_nesting():
    mentions = _mentions(((0, 2, 6, "Overlap", "company", "X"), (0, 0, 4, "ByteDance", "company", "ByteDance"),
                          (1, 31, 99, "Past the end", "product", ""), (1, 30, 30, "Empty", "person", "")))
    markup = reader_html(TEXT, _sentences(), mentions, _events(()), {}, _hits((-5, 3)))
    assert _visible(markup) == TEXT.replace("<", "&lt;").replace(">", "&gt;")
    assert "Overlap" not in markup and "Empty" not in markup and 'title="Past the end · product"' in markup


def test_a_nul_in_the_text_keeps_every_offset():
    text = "豆包\x00Doubao"
    sentences = pd.DataFrame({Sent.SENT_ID: [0], Sent.START: [0], Sent.END: [9], Sent.TEXT: [text]})
    mentions = _mentions(((0, 3, 9, "Doubao", "product", "ByteDance"),)).assign(**{Mention.ALIAS: "Doubao"})
    markup = reader_html(text, sentences, mentions, _events(()), {})
    assert "\x00" not in markup and "豆包\ufffd<span" in markup and ">Doubao</span>" in markup


def test_an_empty_document_is_an_empty_block():
    empty = pd.DataFrame(columns=Sent.COLUMNS)
    assert reader_html("", empty, pd.DataFrame(columns=Mention.COLUMNS), _events(()), {}).endswith(
        '<div class="rd-text"></div>')


def test_the_callout_quotes_the_sentence_escaped_with_its_date():
    markup = callout_html(12, "腾讯<script>发布混元", "2023-09 · month")
    assert "Opened at sentence 12:" in markup and '<a href="#s-12">' in markup
    assert "腾讯&lt;script&gt;发布混元" in markup and '<span class="rd-badge">2023-09 · month</span>' in markup
    assert "rd-badge" not in callout_html(3, "No date here.", None).replace(STYLE, "")


def test_the_legend_lists_kinds_and_each_company_escaped():
    markup = legend_html({"ByteDance": "#1f77b4", "<i>Evil</i>": "red"})
    assert "outlet / regulation" in markup and "ByteDance" in markup and "&lt;i&gt;Evil&lt;/i&gt;" in markup
    assert "red" not in markup.replace(STYLE, "").replace("rd-", "")
    assert "none named" in legend_html({})


@pytest.mark.parametrize(("url", "linked"), [
    ("https://36kr.com/p/2767", True), ("http://example.com/a?b=1", True),
    ("javascript:alert(1)", False), ("file:///etc/passwd", False), ("", False),
])
def test_metadata_links_only_web_addresses(url, linked):
    metadata = pd.DataFrame({FIELD: ["Title", "Source", "URL"], VALUE: ["豆包<降价>", "36氪", url]})
    markup = metadata_html(metadata, url)
    assert '<h3 class="rd-title">豆包&lt;降价&gt;</h3>' in markup and "<dt>Source</dt><dd>36氪</dd>" in markup
    assert ("<a href=" in markup) is linked
    if linked:
        assert 'rel="noopener noreferrer nofollow"' in markup
