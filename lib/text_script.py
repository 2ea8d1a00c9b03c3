"""Which characters are Chinese: the one definition of a Han ideograph every stage matches with.

Han ideographs are the CJK Unified Ideographs (U+4E00–U+9FFF), Extension A (U+3400–U+4DBF), the
compatibility ideographs (U+F900–U+FAFF) and the supplementary ideograph planes (U+20000–U+3FFFF:
Extensions B–H and the compatibility supplement). The range U+4DC0–U+4DFF between Extension A and
the unified block holds the Yijing hexagram symbols, which are not characters of any text.
Kana and hangul are not Han: "is this text Chinese" and "is this text East Asian" differ.
"""

from __future__ import annotations

import re

# For a character class: ``f"[{HAN_CHARACTERS}]"``.
HAN_CHARACTERS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
HAN_CHARACTER = re.compile(f"[{HAN_CHARACTERS}]")
