"""An HTML page as plain text: the title, one line per block, page furniture and anything that
could run left out (the page is parsed, never rendered)."""

from __future__ import annotations

import pytest

from lib.parse.html_text import html_to_text

PAGE = """<!doctype html><html><head><title> DeepSeek releases R1 |  Reuters </title>
<script>document.write("tracking")</script><style>p { color: red }</style></head>
<body><header>Reuters · World · Tech</header>
<nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<article><h1>DeepSeek releases R1</h1>
<p>DeepSeek released its R1 reasoning model on <b>January 20</b>, saying it matched OpenAI's o1.</p><!-- ad slot -->
<p>Nvidia shares fell 17%<br>on January 27.</p>
<ul><li>Open weights</li><li>MIT licence</li></ul>
<table><tr><td>R1 $0.55 per million tokens</td></tr><tr><td>o1 $15</td></tr></table>
</article>
<aside>Related: Alibaba's Qwen</aside>
<form>Subscribe <input name="email"></form>
<footer>© 2025 Reuters</footer><noscript>Enable JavaScript</noscript></body></html>"""


def test_an_article_page_becomes_its_title_and_one_line_per_block():
    title, text = html_to_text(PAGE)
    assert title == "DeepSeek releases R1 | Reuters"
    assert text.splitlines() == [
        "DeepSeek releases R1",
        "DeepSeek released its R1 reasoning model on January 20, saying it matched OpenAI's o1.",
        "Nvidia shares fell 17%",
        "on January 27.",
        "Open weights",
        "MIT licence",
        "R1 $0.55 per million tokens",
        "o1 $15",
    ]


@pytest.mark.parametrize("left_out", [
    "tracking", "color: red", "Home", "Reuters · World", "Related: Alibaba", "Subscribe", "© 2025",
    "Enable JavaScript", "ad slot",
])
def test_scripts_styles_comments_and_page_furniture_are_left_out(left_out):
    assert left_out not in html_to_text(PAGE)[1]


@pytest.mark.parametrize("kept", ["Reuters · World · Tech", "Home Tech", "Related: Alibaba's Qwen",
                                  "Subscribe", "© 2025 Reuters"])
def test_keeping_the_furniture_keeps_all_the_page_text(kept):
    _, text = html_to_text(PAGE, keep_furniture=True)
    assert kept in text.splitlines()
    assert "tracking" not in text and "color: red" not in text and "Enable JavaScript" not in text


@pytest.mark.parametrize("html, title", [
    pytest.param("<html><head><title>字节跳动发布豆包大模型</title></head><body><p>正文</p></body></html>",
                 "字节跳动发布豆包大模型", id="Chinese title"),
    pytest.param("<html><head><title>  </title></head><body><h1>Baidu  expands\nApollo Go</h1></body></html>",
                 "Baidu expands Apollo Go", id="blank title: the first h1, spaces tidied"),
    pytest.param("<html><body><h2>Only a subheading</h2><p>Text.</p></body></html>", "", id="no title"),
    pytest.param("", "", id="empty page"),
])
def test_title(html, title):
    assert html_to_text(html)[0] == title


@pytest.mark.parametrize("html, text", [
    pytest.param("<p>a</p><p></p><p>   </p><p>b</p>", "a\nb", id="blank blocks leave no blank lines"),
    pytest.param("<div>腾讯<span>混元</span>大模型</div>", "腾讯混元大模型", id="inline tags join without a space"),
    pytest.param("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<script>alert(1)</script>",
                 id="escaped markup stays text"),
    pytest.param("plain text, no tags", "plain text, no tags", id="not HTML at all"),
    pytest.param("<p>broken <b>nesting</p> still read", "broken nesting\nstill read", id="broken markup"),
    pytest.param("<p>a line in the source\n  breaks the text</p>", "a line in the source\nbreaks the text",
                 id="a line break in the source is kept"),
])
def test_text(html, text):
    assert html_to_text(html)[1] == text
