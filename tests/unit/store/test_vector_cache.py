"""Sentence vectors cached by sentence: computed once, read back equal, damaged rows recomputed."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from lib.store.vector_cache import VECTOR_CACHE_FILE, VectorCache

SENTENCES = ["DeepSeek released R1 on January 20.", "深度求索于1月20日发布R1。", "字節跳動推出豆包大模型。"]


class CountingEncoder:
    """A deterministic stand-in for the sentence encoder that counts what it was asked."""

    def __init__(self):
        self.seen: list[str] = []

    def __call__(self, texts):
        self.seen += list(texts)
        rows = [np.random.default_rng(sum(map(ord, t))).standard_normal(8) for t in texts]
        return np.stack([r / np.linalg.norm(r) for r in rows]).astype(np.float32)


@pytest.fixture
def encoder():
    return CountingEncoder()


def test_each_sentence_is_encoded_once_across_runs(tmp_path, encoder):
    first = VectorCache(tmp_path, encoder, "test").vectors(SENTENCES + SENTENCES[:1])
    again = VectorCache(tmp_path, encoder, "test").vectors(list(reversed(SENTENCES)))
    assert encoder.seen == SENTENCES
    assert first.shape == (4, 8)
    np.testing.assert_allclose(again, first[[2, 1, 0]], atol=1e-3)  # float16 on disk
    np.testing.assert_allclose(first[0], first[3])


def test_another_encoder_does_not_read_these_vectors(tmp_path, encoder):
    VectorCache(tmp_path, encoder, "test").vectors(SENTENCES)
    VectorCache(tmp_path, encoder, "other-encoder").vectors(SENTENCES)
    assert encoder.seen == SENTENCES * 2


def test_a_damaged_row_is_recomputed_not_served(tmp_path, encoder):
    cache = VectorCache(tmp_path, encoder, "test")
    clean = cache.vectors(SENTENCES)
    with sqlite3.connect(tmp_path / VECTOR_CACHE_FILE) as db:
        (blob,) = db.execute("SELECT vector FROM vectors LIMIT 1").fetchone()
        flipped = bytes([blob[0] ^ 0xFF]) + blob[1:]
        db.execute("UPDATE vectors SET vector = ? WHERE vector = ?", (flipped, blob))
    again = VectorCache(tmp_path, encoder, "test")
    np.testing.assert_allclose(again.vectors(SENTENCES), clean, atol=1e-3)
    assert again.computed == 1


@pytest.mark.parametrize("damage", [b"not a database at all", b""])
def test_a_cache_file_that_cannot_be_read_works_as_no_cache(tmp_path, encoder, damage):
    (tmp_path / VECTOR_CACHE_FILE).write_bytes(damage)
    vectors = VectorCache(tmp_path, encoder, "test").vectors(SENTENCES)
    assert vectors.shape == (3, 8) and encoder.seen == SENTENCES


def test_without_a_cache_folder_every_call_encodes(encoder):
    cache = VectorCache(None, encoder, "test")
    cache.vectors(SENTENCES)
    cache.vectors(SENTENCES)
    assert encoder.seen == SENTENCES * 2 and cache.computed == 3


def test_cached_new_and_repeated_texts_come_back_in_order_all_rounded_as_stored(tmp_path, encoder):
    VectorCache(tmp_path, encoder, "test").vectors(SENTENCES[:1])
    cache = VectorCache(tmp_path, encoder, "test")
    vectors = cache.vectors([SENTENCES[1], SENTENCES[0], SENTENCES[1], SENTENCES[2]])
    expected = CountingEncoder()(SENTENCES).astype(np.float16).astype(np.float32)
    assert encoder.seen == [SENTENCES[0], SENTENCES[1], SENTENCES[2]] and cache.computed == 2
    assert vectors.dtype == np.float32 and vectors.shape == (4, 8)
    np.testing.assert_array_equal(vectors, expected[[1, 0, 1, 2]])


@pytest.mark.parametrize("cached_first", [[], SENTENCES[:1]])
def test_a_first_call_returns_what_a_second_call_reads_from_the_cache(tmp_path, encoder, cached_first):
    """The Search page's query vector: the same query must rank the same the first time and the next."""
    VectorCache(tmp_path, encoder, "test").vectors(cached_first)
    first = VectorCache(tmp_path, encoder, "test").vectors(SENTENCES)
    second = VectorCache(tmp_path, encoder, "test")
    np.testing.assert_array_equal(second.vectors(SENTENCES), first)
    assert second.computed == 0


def test_rows_written_a_batch_at_a_time_are_all_read_back(tmp_path, encoder, monkeypatch):
    import lib.store.vector_cache as vector_cache

    monkeypatch.setattr(vector_cache, "_WRITE_BATCH", 2)
    texts = [f"sentence {i}" for i in range(5)]
    first = VectorCache(tmp_path, encoder, "test").vectors(texts)
    again = VectorCache(tmp_path, encoder, "test")
    np.testing.assert_array_equal(again.vectors(texts), first.astype(np.float16).astype(np.float32))
    assert again.computed == 0


@pytest.mark.parametrize("folder", ["fill", None])
def test_filling_rows_of_a_matrix_writes_what_a_later_call_reads_back(tmp_path, encoder, folder):
    texts = [SENTENCES[1], SENTENCES[0], SENTENCES[1], SENTENCES[2]]
    VectorCache(tmp_path, encoder, "test").vectors(texts)
    expected = VectorCache(tmp_path, CountingEncoder(), "test").vectors(texts)  # every row read from the cache
    assert not np.array_equal(expected, CountingEncoder()(texts))  # so rounded through float16
    cache = VectorCache(tmp_path / folder if folder else None, encoder, "test")  # no cache folder: rounded too
    if folder:
        cache.vectors(SENTENCES[:1])  # one text cached, two new
    matrix = np.full((6, 8), 7.0, dtype=np.float32)
    cache.fill(texts, matrix, np.array([5, 0, 2, 3]))
    assert cache.computed == (2 if folder else 3)
    np.testing.assert_array_equal(matrix[[5, 0, 2, 3]], expected)
    assert (matrix[[1, 4]] == 7.0).all()  # rows not named are left alone


def _batches_of(encoder, size):
    """``encoder``'s rows ``size`` texts at a time, an empty text in none (as ``sentence_vector_batches``)."""
    def batches(texts):
        present = [i for i, t in enumerate(texts) if t]
        for start in range(0, len(present), size):
            chunk = present[start:start + size]
            yield chunk, encoder([texts[i] for i in chunk])
    return batches


def test_filling_batch_by_batch_writes_and_stores_what_one_call_would(tmp_path, encoder, monkeypatch):
    import lib.store.vector_cache as vector_cache

    monkeypatch.setattr(vector_cache, "_WRITE_BATCH", 3)
    texts = [f"sentence {i % 7}" for i in range(12)] + [""]
    expected = VectorCache(tmp_path / "whole", CountingEncoder(), "test").vectors(texts).astype(np.float16)
    expected[-1] = 0.0  # the stand-in encodes "" too; the real encoder's row for it is zero
    cache = VectorCache(tmp_path / "batches", encoder, "test", _batches_of(encoder, 2))
    matrix = np.full((14, 8), 7.0, dtype=np.float32)
    cache.fill(texts, matrix, np.arange(1, 14))
    np.testing.assert_array_equal(matrix[1:], expected)
    assert (matrix[0] == 7.0).all() and cache.computed == 8
    again = VectorCache(tmp_path / "batches", CountingEncoder(), "test")
    np.testing.assert_array_equal(again.vectors(texts), expected)
    assert again.computed == 0  # every text stored, the empty one too



@pytest.mark.parametrize("writable", [True, False])
def test_new_rows_are_all_encoded_before_the_matrix_fills_when_the_cache_keeps_them(tmp_path, encoder, writable,
                                                                                     monkeypatch):
    # The encoder's memory is let go before the matrix's rows are written; a cache that cannot store them
    # still fills every row, as encoded.
    import lib.store.vector_cache as vector_cache

    if not writable:
        monkeypatch.setattr(vector_cache.VectorCache, "_write", lambda self, keys, vectors: False)
    texts = [SENTENCES[0], SENTENCES[1], SENTENCES[0], SENTENCES[2], ""]
    expected = VectorCache(None, CountingEncoder(), "test").vectors(texts).astype(np.float16)
    expected[-1] = 0.0
    matrix = np.zeros((5, 8), dtype=np.float32)
    filled_while_encoding = []

    def batches(new_texts):
        for rows, vectors in _batches_of(encoder, 1)(new_texts):
            filled_while_encoding.append(bool(matrix.any()))
            yield rows, vectors

    cache = VectorCache(tmp_path, encoder, "test", batches)
    cache.fill(texts, matrix, np.arange(5))
    np.testing.assert_array_equal(matrix, expected)
    assert filled_while_encoding == [False, False, False] and cache.computed == 4
    assert encoder.seen == SENTENCES  # each new text encoded once, none again after storing

def test_a_first_run_groups_stories_as_every_later_run(tmp_path):
    """The first run encodes the sentences, later ones read them from the cache (float16): the same stories,
    titles and vectors either way (the dashboard's and the CLI's grouping, on a small generated corpus)."""
    from benchmarks.synthetic_corpus import write_corpus
    from lib.analyze.event_vectors import EventVectors
    from lib.analyze.stories import corpus_stories, event_texts
    from lib.extract.sentence_vectors import DIMENSIONS, ENCODER_NAME, sentence_vector_batches, sentence_vectors
    from lib.pipeline.corpus import build_corpus

    corpus = build_corpus(write_corpus(tmp_path / "corpus", 20), cache_dir=None)

    def grouped():
        cache = VectorCache(tmp_path / "vectors", sentence_vectors, ENCODER_NAME, sentence_vector_batches)
        vectors = EventVectors(event_texts(corpus.events), cache.vectors, DIMENSIONS, cache.fill)
        return corpus_stories(corpus.events, corpus.documents, vectors, mentions=corpus.mentions,
                              sentences=corpus.sentences), cache.computed

    (first, encoded), (later, read_again) = grouped(), grouped()
    assert encoded > 0 and read_again == 0
    assert first.table.equals(later.table) and first.of_event.equals(later.of_event)
    np.testing.assert_array_equal(first.vectors, later.vectors)
