"""Traditional Chinese read as simplified: one converted copy of a text, offset for offset.

Every rule (gazetteer aliases, date words, triggers, stopwords) is written once, in simplified
characters. Matching runs on ``to_simplified(text)``, a copy of exactly the same length, so every
offset found in the copy points at the same characters of the original text, which is what the
dashboard stores and shows. OpenCC does the conversion: its dictionaries know the one-to-many
cases (乾/幹/干, 後/后, 裡/裏/里) that a hand-written character table gets wrong.
"""

from __future__ import annotations

from functools import lru_cache

import opencc

from lib.text_script import HAN_CHARACTER as _HAN


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# A sentence is converted by every rule that reads it (dates, clauses, references…): short texts
# are remembered (the last 1,024), long ones (whole articles, converted once each) are not kept.
_REMEMBERED_LENGTH = 1_000


def to_simplified(text: str) -> str:
    """``text`` with traditional characters in simplified form; always the same length as ``text``.

    A phrase conversion that would change the length (rare) is redone character by character,
    and a character whose conversion is not one character is kept as it is.
    """
    # isascii() reads a flag the string already holds: English sentences skip the scan for Han.
    if text.isascii() or not _HAN.search(text):
        return text
    return _simplified_short(text) if len(text) <= _REMEMBERED_LENGTH else _simplified(text)


@lru_cache(maxsize=1024)  # at most ~4 MB
def _simplified_short(text: str) -> str:
    return _simplified(text)


def _simplified(text: str) -> str:
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_one_character(character) for character in text)


def _one_character(character: str) -> str:
    converted = _converter().convert(character)
    return converted if len(converted) == 1 else character
