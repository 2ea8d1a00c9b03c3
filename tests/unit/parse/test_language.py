"""Language detection: English, Chinese or mixed by the share of CJK letters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.parse.language import EN_MAX_SHARE, ZH_MIN_SHARE, cjk_share, detect_language, is_cjk

LANGUAGE_CASES = [
    ("ByteDance launched Doubao in 2023.", "en"),
    ("字节跳动发布了豆包大模型。", "zh"),
    ("字节跳动 ByteDance 发布了豆包 Doubao 大模型。", "zh"),
    ("小红书的 AI search product is called 点点 and it launched in 2024.", "mixed"),
    ("The Chinese name of the app is 小红书 (Xiaohongshu), meaning little red book in English.", "en"),
    ("Xiaohongshu (小红书) is a lifestyle platform popular with young urban women in China today.", "en"),
    ("", "en"),
    ("2024 12.5% 3.278", "en"),
]


@pytest.mark.parametrize(("text", "language"), LANGUAGE_CASES)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_seed_languages(seed_texts):
    assert {seed: detect_language(text) for seed, text in seed_texts.items()} == dict.fromkeys(seed_texts, "en")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZé1_ ½Ⅷ①小红书ー・゛한글カタ가\U00020001。，")), max_size=40))
def test_cjk_share_counts_cjk_letters_among_all_letters(text):
    letters = [char for char in text if char.isalpha()]
    expected = sum(1 for char in letters if is_cjk(char)) / len(letters) if letters else 0.0
    assert cjk_share(text) == expected


@pytest.mark.parametrize(("char", "cjk"), [
    ("字", True), ("節", True), ("㐀", True), ("\U00020001", True), ("豈", True),  # Han, ext. A, ext. B, compat.
    ("カ", True), ("ひ", True), ("ー", True), ("한", True),  # kana, the long-vowel mark, hangul
    ("a", False), ("é", False), ("1", False), ("。", False), ("，", False), ("Ⅷ", False), (" ", False),
])
def test_is_cjk(char, cjk):
    assert is_cjk(char) is cjk


@pytest.mark.parametrize(("text", "share"), [
    ("", 0.0),
    ("2024年", 1.0),  # digits are no letters
    ("AI大模型", 0.6),
    ("豆包 Doubao", 2 / 8),
    ("12.5% 。，", 0.0),
    ("百度 Baidu Ernie 文心一言", 6 / 16),
])
def test_cjk_share_is_the_share_of_letters(text, share):
    assert cjk_share(text) == pytest.approx(share)


@pytest.mark.parametrize(("cjk_letters", "latin_letters", "language"), [
    (round(ZH_MIN_SHARE * 100), 100 - round(ZH_MIN_SHARE * 100), "zh"),  # exactly the Chinese threshold
    (29, 71, "mixed"),
    (round(EN_MAX_SHARE * 100), 100 - round(EN_MAX_SHARE * 100), "en"),  # exactly the English threshold
    (6, 94, "mixed"),
])
def test_the_thresholds_are_inclusive(cjk_letters, latin_letters, language):
    text = "字" * cjk_letters + " " + "a" * latin_letters
    assert detect_language(text) == language
