"""An article's MinHash signature: stable, comparable, and empty for a text too short to compare."""

from __future__ import annotations

import re
import zlib

import pytest
from datasketch import MinHash

from lib.extract.near_duplicates import PERMUTATIONS, estimated_jaccard, signature_values, text_signature
from lib.parse.script import to_simplified
from lib.text_script import HAN_CHARACTERS
from tests.oracles.duplicates import signature_of

TEXT_EN = ("Alibaba released Qwen2.5-Max on January 29, claiming it outperformed DeepSeek-V3 on several "
           "benchmarks; Alibaba Cloud said the model was trained on more than 20 trillion tokens.")
TEXT_ZH = "阿里巴巴于1月29日发布通义千问Qwen2.5-Max，称其在多项基准测试中超越DeepSeek-V3，训练数据超过20万亿tokens。"
TEXT_HANT = "阿里巴巴於1月29日發布通義千問Qwen2.5-Max，稱其在多項基準測試中超越DeepSeek-V3，訓練數據超過20萬億tokens。"


@pytest.mark.parametrize("text", [TEXT_EN, TEXT_ZH])
def test_a_signature_is_hex_of_every_permutation_and_the_same_every_time(text):
    signature = text_signature(text)
    assert len(signature) == PERMUTATIONS * 8 and int(signature, 16) >= 0
    assert text_signature(text) == signature


@pytest.mark.parametrize("first, second, low, high", [
    pytest.param(TEXT_EN, TEXT_EN.upper(), 1.0, 1.0, id="case does not matter"),
    pytest.param(TEXT_ZH, TEXT_HANT, 1.0, 1.0, id="traditional script folds to simplified"),
    pytest.param(TEXT_EN, TEXT_EN.replace("several", "many"), 0.6, 0.99, id="one word changed"),
    pytest.param(TEXT_EN, TEXT_ZH, 0.0, 0.1, id="a translation shares almost nothing"),
])
def test_signatures_estimate_how_much_two_texts_share(first, second, low, high):
    similarity = estimated_jaccard(signature_values(text_signature(first)), signature_values(text_signature(second)))
    assert low <= similarity <= high
    assert similarity == signature_of(text_signature(first)).jaccard(signature_of(text_signature(second)))


@pytest.mark.parametrize("text", ["", "DeepSeek R1.", "深度求索"])
def test_a_text_too_short_has_no_signature(text):
    assert text_signature(text) == "" and signature_values("") is None


@pytest.mark.parametrize("text", [TEXT_EN, TEXT_ZH, TEXT_HANT, TEXT_EN * 3 + TEXT_ZH])
def test_a_signature_is_the_one_datasketch_gives_the_same_shingles(text):
    # The oracle: datasketch's own MinHash (affine32, seed 1, crc32) over the text's 4-token shingles.
    tokens = re.findall(f"[a-z0-9]+|[{HAN_CHARACTERS}]", to_simplified(text.lower()))
    shingles = {" ".join(tokens[i:i + 4]).encode("utf-8") for i in range(len(tokens) - 3)}
    expected = MinHash(num_perm=PERMUTATIONS, hashfunc=zlib.crc32, scheme="affine32")
    expected.update_batch(list(shingles))
    assert text_signature(text) == expected.hashvalues.astype(">u4").tobytes().hex()
    assert signature_of(text_signature(text)).jaccard(expected) == 1.0


def test_a_signature_of_another_length_is_refused():
    with pytest.raises(ValueError):
        signature_values(text_signature(TEXT_EN)[:-8])
