"""Turn an HTML page into plain article text, one block element per line.

The page is only parsed, never rendered: scripts are dropped, not run. Page furniture
(navigation, headers, footers, forms, asides) is dropped with them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

_NOT_TEXT = ("head", "script", "style", "noscript", "template", "iframe", "svg", "object", "embed")
_DROPPED = (*_NOT_TEXT, "nav", "footer", "header", "aside", "form")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
           "article", "main", "ul", "ol", "table", "pre", "figure", "figcaption", "dd", "dt", "hr")
_SPACE = re.compile(r"\s+")
_BREAK = "\n"


def html_to_text(html: str, keep_furniture: bool = False) -> tuple[str, str]:
    """``(title, text)``: title from ``<title>`` or else the first ``<h1>``; text one line per block.

    ``keep_furniture`` keeps navigation, headers, footers, forms and asides: all the page's text.
    """
    # Imported on first use: a folder without web pages should not pay for loading BeautifulSoup (~0.06 s).
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(html, "lxml")
    title = _title(soup)
    for tag in soup.find_all(_NOT_TEXT if keep_furniture else _DROPPED):
        tag.decompose()
    for comment in soup.find_all(string=lambda node: isinstance(node, Comment)):
        comment.extract()
    for tag in soup.find_all("br"):
        tag.replace_with(_BREAK)
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    return title, _tidy(soup.get_text())


def _title(soup: BeautifulSoup) -> str:
    for name in ("title", "h1"):
        tag = soup.find(name)
        if tag is not None:
            text = _SPACE.sub(" ", tag.get_text()).strip()
            if text:
                return text
    return ""


def _tidy(text: str) -> str:
    lines = (_SPACE.sub(" ", line).strip() for line in text.split(_BREAK))
    return _BREAK.join(line for line in lines if line)
