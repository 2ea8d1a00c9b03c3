"""Tell English, Chinese and mixed articles apart by the share of CJK characters."""

from __future__ import annotations

import re

ZH_MIN_SHARE = 0.30
EN_MAX_SHARE = 0.05
# Han ideographs (with extensions and compatibility forms), kana and hangul.
CJK_CHARS = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
)


def is_cjk(char: str) -> bool:
    return bool(CJK_CHARS.match(char))


def cjk_share(text: str) -> float:
    """CJK characters as a share of all letters (CJK counted as letters); 0.0 without letters."""
    letters = sum(map(str.isalpha, text))  # map and sum run in C: no Python step per character
    if not letters:
        return 0.0
    return sum(map(str.isalpha, CJK_CHARS.findall(text))) / letters


def detect_language(text: str) -> str:
    """"zh" if CJK makes up at least 30% of the letters, "en" if at most 5%, else "mixed"."""
    share = cjk_share(text)
    if share >= ZH_MIN_SHARE:
        return "zh"
    if share <= EN_MAX_SHARE:
        return "en"
    return "mixed"
