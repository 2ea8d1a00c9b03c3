"""Text for display: data shown literally in Streamlit's Markdown elements, and counted nouns.

st.info, st.caption, st.markdown and st.warning read Markdown: a title such as
``[click](javascript:alert(1))`` or ``<b>`` would become a link or markup. Every piece of
document text, metadata, file name or URL value that goes into such an element passes here.
Spreadsheets run text as formulas the same way; ``is_formula_like`` says which text they would.
"""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]()<>#+\-.!|~:$&]")


def escape_markdown(text: object) -> str:
    """``text`` on one line with every Markdown and HTML character backslash-escaped."""
    flat = " ".join(str(text).split())
    return _MARKDOWN_SPECIAL.sub(r"\\\g<0>", flat)


NOTICE_PREFIX_CHARS = 60


def escaped_prefix(text: object, limit: int = NOTICE_PREFIX_CHARS) -> str:
    """``escape_markdown`` of at most the first ``limit`` characters of ``text``, with the length
    when cut: a notice about a 100 KB link value must not echo it in full."""
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return escape_markdown(flat)
    return escape_markdown(flat[:limit]) + f"… \\({len(flat):,} characters\\)"


def plural(count: int, word: str, words: str = "") -> str:
    """"1 document", "1,200 documents"; ``words`` for irregular plurals ("alias", "aliases")."""
    return f"{count:,} {word if count == 1 else words or word + 's'}"


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: str) -> bool:
    """Whether a spreadsheet would read ``value`` as a formula (``lib.write.spreadsheet`` escapes it)."""
    return value.startswith(FORMULA_STARTS)
