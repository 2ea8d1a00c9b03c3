"""Saved web pages: body without page furniture, the page's own metadata, and its charset."""

from __future__ import annotations

from pathlib import Path

import pytest

from lib.parse.html_page import PAGE_LABEL, read_html_page, with_page_metadata
from lib.parse.metadata import DocMeta
from lib.read.decoding import decode_text

HTML_PAGES = Path(__file__).resolve().parents[2] / "data" / "html"

EN_PARAGRAPHS = [
    "ByteDance on Thursday cut the price of its Doubao large language model for business customers, "
    "undercutting rivals by as much as 99 per cent in a price war that has swept China's AI industry.",
    "The company said Doubao's main model would cost 0.0008 yuan per thousand tokens, against 0.12 yuan "
    "charged by OpenAI's comparable model, according to a statement from its cloud unit Volcano Engine.",
    "Analysts said the move would put pressure on Alibaba, Baidu and Tencent, which have all been "
    "courting developers with cheaper access to their own models in recent weeks.",
]
ZH_PARAGRAPHS = [
    "5月15日，字节跳动在火山引擎原动力大会上正式发布豆包大模型家族，主力模型在企业市场的定价为每千tokens 0.0008元，"
    "比行业便宜99.3%，大模型从以分计价进入以厘计价的阶段。",
    "火山引擎总裁谭待表示，豆包大模型日均处理1200亿tokens，日均生成图片3000万张，降低成本是推动大模型快进到价值创造阶段的关键。",
    "分析人士认为，字节跳动的降价将迫使阿里巴巴、百度和腾讯跟进，价格战短期内不会结束，云厂商的利润率将继续承压。",
]


def _page(paragraphs, *, lang="en", charset="utf-8", head_extra="", title="Doubao price cut"):
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="{charset}"><title>{title} | Tech Daily</title>
{head_extra}<script>var tracker = "INJECTED";</script><style>body {{ font-family: serif }}</style></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/tech">Tech</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article><h1>{title}</h1>{body}</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Alibaba halves Qwen prices for developers</a></li>
<li><a href="/b">Baidu makes two Ernie models free</a></li>
<li><a href="/c">Tencent follows with Hunyuan cut</a></li></ul>
</aside></main>
<footer><p>Copyright 2024 Tech Daily. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> ·
<a href="/terms">Terms of use</a> · <a href="/contact">Contact us</a></p></footer></body></html>"""


META = """<meta property="og:site_name" content="Tech Daily">
<meta name="author" content="Jane Chen">
<meta property="article:published_time" content="2024-05-16T08:30:00+08:00">
<link rel="canonical" href="https://techdaily.example.com/2024/05/16/doubao-price-cut">"""


@pytest.mark.parametrize(("paragraphs", "lang"), [(EN_PARAGRAPHS, "en"), (ZH_PARAGRAPHS, "zh-CN")], ids=["en", "zh"])
def test_body_keeps_the_article_and_leaves_out_navigation_related_and_footer(paragraphs, lang):
    page = read_html_page(_page(paragraphs, lang=lang))
    for paragraph in paragraphs:
        assert paragraph in page.body
    for furniture in ("Markets", "Opinion", "Related stories", "Baidu makes two Ernie models free",
                      "All rights reserved", "Privacy policy", "INJECTED", "font-family"):
        assert furniture not in page.body
    removed = "\n".join(block.text for block in page.removed)
    assert "Related stories" in removed and "Privacy policy" in removed
    assert all(block.label == PAGE_LABEL for block in page.removed)


def test_a_recirculation_list_after_the_article_is_left_out():
    # TIME's saved page sets a "More Must-Reads" list of links right after </article>, in a div
    # that trafilatura's own rules keep as body.
    html = decode_text((HTML_PAGES / "newspaper4k-time_001.html").read_bytes())
    page = read_html_page(html)
    assert "framework for global governance of geoengineering" in page.body
    assert "More Must-Reads From TIME" not in page.body and "Snooze Button" not in page.body
    assert "More Must-Reads From TIME" in "\n".join(block.text for block in page.removed)


def test_lists_of_other_articles_beside_a_chinese_article_are_left_out():
    # guancha.cn sets the editor's other articles and a feed of headlines with times in plain
    # lists after the article; trafilatura keeps them unless it favours precision (gne's test page).
    html = decode_text((HTML_PAGES / "gne-guancha-3.html").read_bytes())
    page = read_html_page(html)
    assert "富士康" in page.body
    for headline in ("华为发布业界首款5G SoC芯片", "万元背包遗落请店方暂存", "李克强将于9月16日至18日访俄"):
        assert headline not in page.body
    assert "万元背包遗落请店方暂存" in "\n".join(block.text for block in page.removed)


def test_page_metadata_is_read_from_the_markup():
    page = read_html_page(_page(EN_PARAGRAPHS, head_extra=META))
    assert (page.title, page.author, page.published, page.site_name) == (
        "Doubao price cut", "Jane Chen", "2024-05-16", "Tech Daily")
    assert page.url == "https://techdaily.example.com/2024/05/16/doubao-price-cut"


def test_page_metadata_outranks_the_text_and_is_marked_metadata():
    page = read_html_page(_page(EN_PARAGRAPHS, head_extra=META))
    detected = DocMeta("first line", "", "", "", None, "unknown", "")
    merged = with_page_metadata(detected, page)
    assert (merged.published.iso(), merged.published.precision, merged.date_origin) == ("2024-05-16", "day", "metadata")
    assert (merged.source, merged.author, merged.title) == ("Tech Daily", "Jane Chen", "Doubao price cut")


def test_a_page_without_a_date_in_its_markup_keeps_the_text_reading():
    page = read_html_page(_page(EN_PARAGRAPHS))
    assert page.published == ""
    detected = DocMeta("t", "Reuters", "", "", None, "unknown", "")
    assert with_page_metadata(detected, page).date_origin == "unknown"


@pytest.mark.parametrize(("declared", "encoding"), [
    ("gbk", "gbk"), ("gb2312", "gb18030"), ("utf-8", "gbk"), ("iso-8859-1", "gb18030"), ("gbk", "utf-8"),
], ids=["gbk-as-gbk", "gb18030-as-gb2312", "gbk-declared-utf8", "gb18030-declared-latin1", "utf8-declared-gbk"])
def test_chinese_pages_decode_whatever_charset_they_declare(declared, encoding):
    data = _page(ZH_PARAGRAPHS, lang="zh-CN", charset=declared, title="豆包大模型降价").encode(encoding)
    page = read_html_page(decode_text(data))
    assert ZH_PARAGRAPHS[1] in page.body
    assert page.title == "豆包大模型降价"


@pytest.mark.parametrize(("declared", "text"), [
    ("windows-1252", "Café owners in Zürich – and their “AI” menus"),
    ("iso-8859-1", "Société Générale: résumé of the année"),
], ids=["cp1252", "latin1"])
def test_a_latin_page_is_read_in_the_charset_it_declares(declared, text):
    paragraphs = [f"{text}. " + EN_PARAGRAPHS[0], EN_PARAGRAPHS[1]]
    data = _page(paragraphs, charset=declared).encode("cp1252")
    assert text in read_html_page(decode_text(data)).body


def test_a_tiny_page_falls_back_to_the_whole_page_text():
    page = read_html_page("<html><head><title>Note</title></head><body><p>Kimi adds search.</p></body></html>")
    assert (page.title, page.body, page.removed) == ("Note", "Kimi adds search.", ())


@pytest.mark.parametrize("html", ["", "<", "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
                                  "\x00\x01<p>", "<html>" * 5000])
def test_broken_markup_never_raises(html):
    read_html_page(html)
