"""Whether a gazetteer alias found in a text stands there as a name: its edges, its quotes, its figures.

A Latin alias needs word edges ("Grab" not in "Grabbed"); a quoted alias (``"Now``) needs quotes
around it; an all-digit alias (360, the company) is a figure when a currency, a unit or another
digit stands next to it ("360 million", "$360", "RMB 360", 360万, 360度) — the words that make it
one are money's (``lib/rules/money_words.csv``) and the other units of ``lib/rules/quantity_words.csv``.
"""

from __future__ import annotations

import re

from lib.rules import builtin_rules
from lib.rules.money_words import money_words_by_kind
from lib.rules.rule_file import words_by_kind

OPEN_QUOTES = "\"'“‘「『"
CLOSE_QUOTES = "\"'”’」』"
# Punctuation a writer may put inside the closing quote: “Trik,” or "Now."
INSIDE_QUOTE_PUNCT = ",.;:!?，。；：！？"
_QUANTITY_WORDS = words_by_kind(builtin_rules().quantity_words)
_MONEY_WORDS = money_words_by_kind(builtin_rules().money_words)
_MONEY_AFTER = [*_MONEY_WORDS["currency"], *_MONEY_WORDS["scale"]]
CURRENCY_SIGNS = frozenset(sign for sign in _MONEY_WORDS["sign"] if len(sign) == 1)
CURRENCY_WORDS = frozenset(sign.lower() for sign in _MONEY_WORDS["sign"])  # "RMB 360", "US$ 360"
UNIT_WORDS = frozenset(word.lower() for word in [*_QUANTITY_WORDS["unit"], *_MONEY_AFTER] if word.isascii())
CJK_UNITS = frozenset([*_QUANTITY_WORDS["unit_zh"], *(word for word in _MONEY_AFTER if len(word) == 1
                                                      and not word.isascii())])
CJK_NOT_UNITS = tuple(_QUANTITY_WORDS["not_unit_zh"])
_NEXT_WORD = re.compile(r"[\s\-]*([A-Za-z]+)")
# A model or product version glued to a name: "DeepseekV3.1", "QwenR1" (a letter V or R, digits, dots), or
# bare digits with no Chinese after them ("Baichuan2-53B"): digits before Chinese are a figure or a count
# (MiniMax900亿, TikTok3名), save a day or month of the calendar, which dates what the name did
# ("Deliveroo10日宣布撤出", "manus30日也在官網證實", "Google10月最新公佈").
_GLUED_VERSION = re.compile(r"(?:[VR][0-9]+(?:\.[0-9]+)*|[0-9]+(?:\.[0-9]+)*(?![\u3400-\u9fff])"
                            r"|(?:[12][0-9]|3[01]|0?[1-9])[日号號]|(?:1[0-2]|0?[1-9])月)(?![A-Za-z0-9])")


# Full-width Latin letters and digits (U+FF10–U+FF5A), as some Hong Kong and Taiwan pages set names in Chinese prose
# ("ＴｉｋＴｏｋ曾幫助特朗普", "Ｎｖｉｄｉａ", "ＰＤＤ"): the same name as its ASCII letters.
_HALF_WIDTH = str.maketrans({chr(code): chr(code - 0xFEE0) for code in range(0xFF10, 0xFF5B)
                              if chr(code - 0xFEE0).isalnum()})
_FULL_WIDTH_LATIN = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def half_width(text: str) -> str:
    """``text`` with full-width Latin letters and digits as ASCII ("ＴｉｋＴｏｋ" → "TikTok"), same length, so the
    offsets of a name found in it are its offsets in ``text``."""
    return text.translate(_HALF_WIDTH) if _FULL_WIDTH_LATIN.search(text) else text


def is_glued_version(text: str, start: int, end: int) -> bool:
    """Whether a version follows the Latin name at ``text[start:end]`` with no space ("DeepseekV3.1"): the name
    still ends there. Only after a letter, and a name of three letters or more (a short one glued is a code)."""
    return end - start >= 3 and text[end - 1].isalpha() and _GLUED_VERSION.match(text, end) is not None


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside quotes (“Trik,” counts: punctuation may sit inside)."""
    if start == 0 or text[start - 1] not in OPEN_QUOTES:
        return False
    after = end
    while after < len(text) and text[after] in INSIDE_QUOTE_PUNCT:
        after += 1
    return after < len(text) and text[after] in CLOSE_QUOTES


def is_quantity(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is a figure: a currency or digit before, a unit after."""
    return _quantity_before(text, start) or _quantity_after(text, end)


def _quantity_before(text: str, start: int) -> bool:
    if start == 0:
        return False
    before = text[start - 1]
    if before in CURRENCY_SIGNS or before == "." or before.isdigit():
        return True
    if before == "," and start > 1 and text[start - 2].isdigit():
        return True
    words = text[max(0, start - 8):start].split()
    return before.isspace() and bool(words) and words[-1].lower() in CURRENCY_WORDS


def _quantity_after(text: str, end: int) -> bool:
    rest = text[end:end + 24]
    stripped = rest.lstrip(" \u00a0")
    if not stripped:
        return False
    if stripped[0].isdigit() or (stripped[0] in CJK_UNITS and not stripped.startswith(CJK_NOT_UNITS)):
        return True
    word = _NEXT_WORD.match(rest)
    return bool(word) and word.group(1).lower() in UNIT_WORDS


def is_word_char(char: str) -> bool:
    """A letter or digit that joins a Latin word (Chinese, Japanese and Korean characters do not)."""
    return char.isalnum() and not is_cjk(char)


def is_cjk(char: str) -> bool:
    """A Chinese, Japanese or Korean character: text in these scripts has no spaces between words."""
    code = ord(char)
    return (
        0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x3040 <= code <= 0x30FF
        or 0xAC00 <= code <= 0xD7AF
        or 0x20000 <= code <= 0x2FFFF
    )
