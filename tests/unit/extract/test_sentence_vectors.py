"""Sentence vectors: unit length, float32, one row per sentence in the order given, a zero row for
an empty sentence, the same vector whatever batch a sentence falls in, and a sentence close to its
translation and far from an unrelated one."""

from __future__ import annotations

import numpy as np
import pytest

from lib.extract.sentence_vectors import DIMENSIONS, sentence_vector_batches, sentence_vectors

PAIRS = [
    ("ByteDance cut the price of its Doubao model by 99 percent.", "字节跳动将豆包大模型的价格下调了99%。"),
    ("Baidu expanded its robotaxi fleet in Wuhan.", "百度在武汉扩大了无人驾驶出租车车队。"),
    ("Alibaba's cloud revenue grew faster than expected.", "阿里巴巴的云业务收入增长快于预期。"),
]


@pytest.fixture(scope="module")
def pair_vectors():
    english, chinese = zip(*PAIRS, strict=True)
    return sentence_vectors(list(english)), sentence_vectors(list(chinese))


def test_one_unit_length_float32_row_per_sentence(pair_vectors):
    english, chinese = pair_vectors
    for vectors in (english, chinese):
        assert vectors.shape == (len(PAIRS), DIMENSIONS) and vectors.dtype == np.float32
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize("position", range(len(PAIRS)))
def test_a_sentence_is_nearest_its_translation(pair_vectors, position):
    english, chinese = pair_vectors
    similarity = english @ chinese.T
    assert similarity[position].argmax() == position
    assert similarity[position, position] > 0.5
    assert np.delete(similarity[position], position).max() < similarity[position, position] - 0.15


@pytest.mark.parametrize("sentences, empty", [
    (["", "   ", "DeepSeek released R1."], [True, True, False]),
    (["腾讯发布混元大模型。", "\n\t"], [False, True]),
    ([], []),
])
def test_an_empty_sentence_gets_a_zero_row(sentences, empty):
    vectors = sentence_vectors(sentences)
    assert vectors.shape == (len(sentences), DIMENSIONS)
    assert [not vectors[i].any() for i in range(len(sentences))] == empty


def test_a_sentence_gets_the_same_vector_in_any_batch(pair_vectors):
    english, _ = pair_vectors
    # 70 sentences: more than one batch of the encoder, the known ones at the start, middle and end.
    filler = [f"Company {n} reported results for quarter {n % 4 + 1}." for n in range(67)]
    sentences = [PAIRS[0][0], *filler[:40], PAIRS[1][0], *filler[40:], PAIRS[2][0]]
    vectors = sentence_vectors(sentences)
    for row, expected in zip((0, 41, len(sentences) - 1), english, strict=True):
        assert np.allclose(vectors[row], expected, atol=1e-5)


def test_batches_hold_the_rows_of_sentence_vectors_and_no_empty_sentence():
    sentences = [english for english, _ in PAIRS] + ["", "  "] + [chinese for _, chinese in PAIRS]
    whole = sentence_vectors(sentences)
    seen = np.zeros(len(sentences), dtype=bool)
    for positions, rows in sentence_vector_batches(sentences):
        np.testing.assert_array_equal(rows, whole[positions])
        seen[positions] = True
    assert seen.tolist() == [True] * 3 + [False] * 2 + [True] * 3


def test_batches_let_the_encoder_go_when_done_and_sentence_vectors_keep_it():
    import lib.extract.sentence_vectors as module

    sentence_vectors(["百度发布文心一言。"])
    kept = module._encoder
    assert kept is not None
    batches = sentence_vector_batches(["Tencent released Hunyuan.", "騰訊發布混元大模型。"])
    next(batches)
    assert module._encoder is kept  # loaded while batches are still coming
    assert [len(chunk) for chunk, _ in batches] == []  # one batch of two: nothing left
    assert module._encoder is None
    again = sentence_vectors(["Tencent released Hunyuan."])
    assert module._encoder is not None and np.allclose(np.linalg.norm(again, axis=1), 1.0, atol=1e-5)


def test_progress_is_told_after_each_batch_of_the_sentences_with_words():
    told: list[tuple[int, int]] = []
    sentences = ["Tencent released Hunyuan."] * 40 + ["", "  "] + ["騰訊發布混元大模型。"] * 30
    sentence_vectors(sentences, progress=lambda done, total: told.append((done, total)))
    assert told == [(64, 70), (70, 70)]  # batches of 64; the empty sentences are in none
