"""How text becomes the tokens terms are made of: the text prepared (NFKC, so full-width letters and
digits become ASCII; curly apostrophes straight), cut into pieces (CJK runs, Latin words, punctuation;
URLs and e-mail addresses left out), and each Latin word cased and trimmed. Decisions:

* Case: everything is lower-cased except acronyms — 2 to 5 capital letters, optionally followed
  by a version number (``AI``, ``LLM``, ``AIGC``, ``GPT-4``, ``COVID-19``) — which keep their case.
  An acronym's plural loses its ``s`` (``LLMs`` -> ``LLM``).
* Dotted acronyms lose their dots: ``U.S.`` -> ``US``, ``U.K.`` -> ``UK``. Other dots split a
  token (``model.The`` -> ``model``, ``the``) unless they sit between digits (``Qwen2.5``).
* Hyphenated compounds stay whole: ``AI-generated`` -> ``ai-generated``, ``e-commerce``,
  ``text-to-video``.
* A possessive ``'s`` is removed (``Xiaohongshu's`` -> ``xiaohongshu``); other apostrophes stay
  (``don't`` — a stopword).

Split from ``terms``, which keeps which tokens become terms (stopwords, numbers, phrases, Chinese words).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from lib.text_script import HAN_CHARACTERS as _CJK

LATIN = "0-9A-Za-z\u00c0-\u024f"  # the characters of a Latin word, as a regex character class's body
_PIECE = re.compile(
    r"(?P<skip>https?://[!-~]+|www\.[!-~]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+)"
    rf"|(?P<zh>[{_CJK}]+)"
    rf"|(?P<word>[{LATIN}]+(?:['.\-][{LATIN}]+)*)"
    r"|(?P<brk>\S)"
)
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_DOT_NOT_IN_NUMBER = re.compile(r"(?<![0-9])\.|\.(?![0-9])")
_ACRONYM = re.compile(r"[A-Z]{2,5}(?:-?[0-9][0-9.]*)?")


def prepared(text: str) -> str:
    """``text`` NFKC-normalised, its curly apostrophes (and ``ʼ``) straight; None as ""."""
    # Three replace() calls cost half of one translate() with a table.
    normal = unicodedata.normalize("NFKC", text or "")
    return normal.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")


def pieces(text: str) -> Iterator[tuple[str, str]]:
    """``(kind, text)`` for each CJK run (``zh``), Latin word (``word``) or punctuation (``brk``)."""
    for match in _PIECE.finditer(prepared(text)):
        if match.lastgroup != "skip":
            yield match.lastgroup, match.group()


def normalise(raw: str) -> list[str]:
    """One regex word as zero or more tokens, cased and trimmed as this module's docstring says."""
    if raw[-2:] in ("'s", "'S"):
        raw = raw[:-2]
    if "." not in raw:
        return [_case(raw)]
    if _DOTTED_ACRONYM.fullmatch(raw):
        return [raw.replace(".", "").upper()]
    return [_case(part) for part in _DOT_NOT_IN_NUMBER.split(raw) if part]


def _case(token: str) -> str:
    if not ("A" <= token[:1] <= "Z" and "A" <= token[1:2] <= "Z"):
        return token.lower()  # an acronym starts with two capitals
    if _ACRONYM.fullmatch(token):
        return token
    if _ACRONYM.fullmatch(token[:-1]) and token.endswith("s"):
        return token[:-1]
    return token.lower()
