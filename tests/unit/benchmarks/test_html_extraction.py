"""The saved-page benchmark's scoring: tokens, common counts, precision / recall / F1, language."""

from collections import Counter

import pytest

from benchmarks.html_extraction import (
    DEFAULT_PAGES,
    language_of,
    page_pairs,
    prf,
    readability_expected_text,
    scores,
    tokens,
)
from lib.read.decoding import decode_text


@pytest.mark.parametrize(("text", "expected"), [
    ("Alibaba cut prices; alibaba's rivals", {"alibaba": 2, "cut": 1, "prices": 1, "s": 1, "rivals": 1}),
    ("阿里巴巴降价", {"阿": 1, "里": 1, "巴": 2, "降": 1, "价": 1}),
    ("DeepSeek发布R1模型", {"deepseek": 1, "发": 1, "布": 1, "r1": 1, "模": 1, "型": 1}),
    ("字節跳動_2024", {"字": 1, "節": 1, "跳": 1, "動": 1, "2024": 1}),
])
def test_tokens_are_lowercased_words_and_single_chinese_characters(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize(("found", "expected", "counts", "p_r_f"), [
    # Body kept exactly.
    ("Tencent raised prices", "Tencent raised prices", (3, 3, 3), (1.0, 1.0, 1.0)),
    # Navigation words left in: precision 3/5, recall 1, F1 = 2*0.6/1.6 = 0.75.
    ("Home Login Tencent raised prices", "Tencent raised prices", (3, 5, 3), (0.6, 1.0, 0.75)),
    # A paragraph kept twice counts twice (multisets): 2 common of 4 found.
    ("Baidu grew Baidu grew", "Baidu grew", (2, 4, 2), (0.5, 1.0, 2 / 3)),
    # Half the body missed: recall 2/4, F1 = 2*1*0.5/1.5.
    ("腾讯", "腾讯涨价", (2, 2, 4), (1.0, 0.5, 2 / 3)),
    # Nothing found: all zero, no division by zero.
    ("", "百度", (0, 0, 2), (0.0, 0.0, 0.0)),
])
def test_scores_and_prf_on_hand_counted_examples(found, expected, counts, p_r_f):
    assert scores(tokens(found), tokens(expected)) == counts
    assert prf(*counts) == pytest.approx(p_r_f)


@pytest.mark.parametrize(("text", "language"), [
    ("ByteDance launched Doubao in 2023.", "en"),
    ("字节跳动于2023年发布豆包大模型。", "zh"),
    ("騰訊公佈業績", "zh"),
    ("Alibaba 阿里", "zh"),  # 2 Chinese tokens of 3
    ("Alibaba Cloud 阿里", "en"),  # 2 of 4: a tie is not a majority
])
def test_language_is_the_majority_script_of_the_expected_body(text, language):
    assert language_of(tokens(text)) == language


def test_stored_readability_golds_are_the_benchmarks_reading_of_their_expected_html():
    expected_pages = sorted((DEFAULT_PAGES / "readability-expected").glob("*.html"))
    assert len(expected_pages) >= 18
    for expected_html in expected_pages:
        gold = (DEFAULT_PAGES / f"readability-{expected_html.stem}.txt").read_bytes()
        assert (DEFAULT_PAGES / f"readability-{expected_html.stem}.html").is_file()
        assert decode_text(gold) == readability_expected_text(decode_text(expected_html.read_bytes()))


def test_every_stored_page_has_an_expected_body_and_both_languages_are_present():
    pairs = list(page_pairs(None, None))
    languages = Counter(language_of(tokens(expected)) for _, _, expected in pairs)
    assert len(pairs) == len(list(DEFAULT_PAGES.glob("*.html")))
    assert languages["en"] >= 20 and languages["zh"] >= 10
