"""Event vectors encoded on demand, and the story grouping asking only for those it compares."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.event_vectors import EventVectors, WithMoreRows, cached_event_vectors, widened
from lib.analyze.stories import corpus_stories, story_ids
from lib.analyze.story_blocks import story_blocks, story_members
from lib.analyze.story_linkage import SAME_STORY_SIMILARITY, candidate_pairs
from lib.analyze.story_products import event_products
from lib.schema import YEAR_UNKNOWN, Doc, Event, Story
from tests.oracles.story_pairs import candidate_pairs_one_by_one


class _Recording:
    """An encoder returning preset vectors by text, recording each call's texts."""

    def __init__(self, by_text: dict[str, np.ndarray]) -> None:
        self.by_text, self.calls = by_text, []

    def __call__(self, texts):
        self.calls.append(list(texts))
        return np.stack([self.by_text[t] for t in texts]) if texts else np.zeros((0, 3))

    @property
    def texts(self) -> set[str]:
        return {t for call in self.calls for t in call}


def test_rows_are_encoded_once_each_in_one_call_per_request():
    encoder = _Recording({t: np.full(3, float(i)) for i, t in enumerate("abcd")})
    vectors = EventVectors(list("abcd"), encoder, 3)
    assert vectors.of(np.array([2, 0, 2])).tolist() == [[2.0] * 3, [0.0] * 3, [2.0] * 3]
    vectors.of(np.array([0, 1]))
    assert encoder.calls == [["a", "c"], ["b"]]
    assert vectors.encoded.tolist() == [True, True, True, False]
    assert vectors.matrix[3].tolist() == [0.0] * 3  # never asked for: a zero row


def test_encoding_rows_keeps_them_as_asking_for_them_does():
    encoder = _Recording({t: np.full(3, float(i)) for i, t in enumerate("abcd")})
    vectors = EventVectors(list("abcd"), encoder, 3)
    assert vectors.encode_rows(np.array([3, 1, 3])) is None
    assert encoder.calls == [["b", "d"]]
    assert vectors.of(np.array([1, 3, 0])).tolist() == [[1.0] * 3, [3.0] * 3, [0.0] * 3]
    assert encoder.calls == [["b", "d"], ["a"]]


def test_a_filler_writes_the_rows_in_place_of_the_encoder():
    encoder = _Recording({t: np.full(3, float(i)) for i, t in enumerate("abcd")})
    filled = []

    def fill(texts, matrix, rows):
        filled.append(list(texts))
        matrix[rows] = encoder(texts)

    vectors = EventVectors(list("abcd"), lambda texts: pytest.fail("the filler encodes"), 3, fill)
    assert vectors.of(np.array([3, 1, 3])).tolist() == [[3.0] * 3, [1.0] * 3, [3.0] * 3]
    more = WithMoreRows(vectors, list("ba"))
    assert more.of(np.array([5, 4, 0])).tolist() == [[0.0] * 3, [1.0] * 3, [0.0] * 3]
    assert filled == [["b", "d"], ["a"], ["b", "a"]]


def test_rows_are_kept_as_the_cache_stores_them_and_read_as_float32():
    third = np.full(3, 1 / 3, dtype=np.float32)  # not a float16 number: rounded when kept
    vectors = EventVectors(list("ab"), lambda texts: np.stack([third] * len(texts)), 3)
    read = vectors.of(np.array([1, 0]))
    assert vectors.matrix.dtype == np.float16 and vectors.matrix.nbytes == 2 * 3 * 2
    assert read.dtype == np.float32
    assert read.tolist() == [third.astype(np.float16).astype(np.float32).tolist()] * 2 != [third.tolist()] * 2
    assert vectors.of(np.array([1])).tolist() == vectors.matrix[[1]].astype(np.float32).tolist()


def test_widened_rows_are_exact_and_other_floats_are_left_as_they_are():
    stored = np.array([[0.1, -0.7, 0.30004]], dtype=np.float16)
    assert widened(stored).dtype == np.float32 and widened(stored).astype(np.float16).tolist() == stored.tolist()
    exact = np.array([[0.1, 0.2]])
    assert widened(exact) is exact


def test_given_vectors_are_never_encoded():
    given = EventVectors.given(np.eye(3))
    assert given.of(np.array([1])).tolist() == [[0.0, 1.0, 0.0]]
    with pytest.raises(ValueError):
        EventVectors(["a"], None, 3).of(np.array([0]))


def _events(rows, month_days=None):
    """rows: (doc_id, date, date_end, companies, text)."""
    frame = pd.DataFrame(rows, columns=[Event.DOC_ID, Event.DATE, Event.DATE_END, Event.COMPANIES, Event.SENTENCE])
    frame[Event.EVENT_ID] = [f"{d}#{i}" for i, d in enumerate(frame[Event.DOC_ID])]
    frame[Event.SENT_ID] = range(len(frame))
    frame[Event.DATE_TEXT] = ""
    frame[Event.PRECISION] = ["day" if a == b else "month" for a, b in zip(frame[Event.DATE], frame[Event.DATE_END],
                                                                           strict=True)]
    frame[Event.MONTH_DAY] = month_days or [""] * len(frame)
    frame[Event.QUALIFIER] = [YEAR_UNKNOWN if m else "" for m in frame[Event.MONTH_DAY]]
    return frame


RELEASE, ALIKE, OTHER = np.array([1.0, 0.0, 0.0]), np.array([0.6, 0.8, 0.0]), np.array([0.0, 0.0, 1.0])


def test_an_event_that_agrees_with_no_other_is_never_encoded():
    events = _events([
        ("a", "2025-01-20", "2025-01-20", "DeepSeek", "release"),
        ("b", "2025-01-21", "2025-01-21", "DeepSeek;OpenAI", "release again"),
        ("c", "2025-03-05", "2025-03-05", "DeepSeek", "alone in its month"),
        ("d", "2025-01-07", "2025-01-07", "DeepSeek", "in January, but a fortnight before"),
        ("e", "2025-01-20", "2025-01-20", "Tencent", "alone with its company"),
    ])
    encoder = _Recording({"release": RELEASE, "release again": ALIKE, "alone in its month": RELEASE,
                          "in January, but a fortnight before": RELEASE, "alone with its company": RELEASE})
    ids = story_ids(events, EventVectors(events[Event.SENTENCE].tolist(), encoder, 3))
    assert encoder.calls == [["release", "release again"]]
    assert ids.iloc[0] == ids.iloc[1] and ids.nunique() == 4


def test_a_year_less_day_is_compared_with_a_story_of_one_report_encoded_for_it():
    events = _events([
        ("wire", "2025-01-20", "2025-01-20", "DeepSeek", "release"),      # alone: its own story
        ("blog", "", "", "DeepSeek", "release, said in an undated post"),
        ("other", "2025-06-02", "2025-06-02", "Tencent", "unrelated"),
        ("memo", "", "", "Baidu", "no dated story of Baidu"),
    ], month_days=["", "01-20", "", "01-20"])
    encoder = _Recording({"release": RELEASE, "release, said in an undated post": ALIKE, "unrelated": OTHER,
                          "no dated story of Baidu": RELEASE})
    documents = pd.DataFrame({Doc.DOC_ID: ["wire", "blog", "other", "memo"], Doc.PUBLISHED: ["2025-01-20", "", "", ""],
                              Doc.SOURCE: ["Reuters", "", "", ""], Doc.LANGUAGE: ["en"] * 4})
    stories = corpus_stories(events, documents, EventVectors(events[Event.SENTENCE].tolist(), encoder, 3))
    with_stories = stories.events_with_stories(events)
    assert with_stories[Event.STORY_ID].iloc[1] == with_stories[Event.STORY_ID].iloc[0] != ""
    assert with_stories[Event.DATE].iloc[1] == "2025-01-20"
    assert encoder.texts == {"release", "release, said in an undated post"}


def _random_corpus(seed: int, n: int = 400):
    """Events of a few companies over a year, their vectors near one of a few topics; some alone in
    their company and month."""
    rng = np.random.default_rng(seed)
    companies = ["DeepSeek", "Tencent", "Baidu", "DeepSeek;Tencent", "Baidu;Tencent", "Kuaishou", "Zhipu", "Moonshot"]
    rows, by_text = [], {}
    for i in range(n):
        day = np.datetime64("2025-01-01") + int(rng.integers(0, 365))
        span = int(rng.choice([0, 0, 0, 6, 30]))
        start = day if span != 30 else day.astype("datetime64[M]").astype("datetime64[D]")
        company = companies[int(rng.integers(0, len(companies)))]
        rows.append((f"d{i % 97}", str(start), str(start + span), company, f"t{i}"))
        vector = np.eye(8)[int(rng.integers(0, 4))] + rng.normal(0, 0.45, 8)
        # As the vector cache gives them back (float16): the lazy matrix keeps them exactly.
        by_text[f"t{i}"] = (vector / np.linalg.norm(vector)).astype(np.float16).astype(np.float32)
    events = _events(rows)
    mentions = pd.DataFrame({"doc_id": events[Event.DOC_ID], "sent_id": events[Event.SENT_ID],
                             "kind": ["product" if rng.random() < 0.3 else "company" for _ in range(n)],
                             "entity": ["R1" if rng.random() < 0.5 else "Hunyuan" for _ in range(n)]})
    return events, by_text, mentions


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_encoding_only_what_is_compared_groups_as_encoding_every_event(seed):
    events, by_text, mentions = _random_corpus(seed)
    texts = events[Event.SENTENCE].tolist()
    full = np.stack([by_text[t] for t in texts])
    products = event_products(events, mentions)
    every = story_ids(events, full, products=products)
    encoder = _Recording(by_text)
    lazy = story_ids(events, EventVectors(texts, encoder, 8), products=products)
    pd.testing.assert_series_equal(lazy, every)
    assert every.nunique() < len(every) and 0 < len(encoder.texts) < len(texts)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_stories_from_the_float16_matrix_are_those_of_the_float32_vectors(seed):
    """Every step reads the kept rows widened to float32: the stories, their titles and the vectors handed on
    are those the same vectors give in float32 (a float16 sum or product would move some)."""
    events, by_text, mentions = _random_corpus(seed)
    texts = events[Event.SENTENCE].tolist()
    full = np.stack([by_text[t] for t in texts])
    documents = pd.DataFrame({Doc.DOC_ID: sorted(set(events[Event.DOC_ID])), Doc.PUBLISHED: "2025-01-01",
                              Doc.SOURCE: "Reuters", Doc.LANGUAGE: "en"})
    every = corpus_stories(events, documents, full, mentions=mentions)
    lazy = corpus_stories(events, documents, EventVectors(texts, _Recording(by_text), 8), mentions=mentions)
    assert lazy.vectors.dtype == np.float16 and every.vectors.dtype == np.float32
    assert lazy.table.equals(every.table) and lazy.of_event.equals(every.of_event)
    assert lazy.table[Story.N_ARTICLES].max() > 1
    encoded = lazy.vectors.any(axis=1)
    np.testing.assert_array_equal(lazy.vectors[encoded].astype(np.float32), every.vectors[encoded])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_candidate_pairs_are_those_found_one_by_one(seed):
    events, by_text, mentions = _random_corpus(seed)
    full = np.stack([by_text[t] for t in events[Event.SENTENCE]])
    members = story_members(events, event_products(events, mentions))
    first, second, value = candidate_pairs(members, full, SAME_STORY_SIMILARITY, story_blocks(members))
    expected = candidate_pairs_one_by_one(members, full, SAME_STORY_SIMILARITY)
    assert len(expected) > 100
    assert list(zip(value.tolist(), first.tolist(), second.tolist(), strict=True)) == expected
    # The same rows kept in float16 (as ``EventVectors`` keeps them): the same pairs, the same float32 cosines.
    kept = candidate_pairs(members, full.astype(np.float16), SAME_STORY_SIMILARITY, story_blocks(members))
    assert all(np.array_equal(found, again) for found, again in zip((first, second, value), kept, strict=True))


def test_more_rows_after_the_events_are_encoded_apart_and_the_events_rows_stay_with_their_vectors():
    encoder = _Recording({t: np.full(3, float(i)) for i, t in enumerate("abcd")})
    events = EventVectors(list("ab"), encoder, 3)
    vectors = WithMoreRows(events, list("cd"))
    assert vectors.of(np.array([3, 0])).tolist() == [[3.0] * 3, [0.0] * 3]
    assert encoder.calls == [["a"], ["d"]]
    assert events.encoded.tolist() == [True, False]  # the events' vectors kept for whoever holds them
    assert vectors.encoded.tolist() == [True, False, False, True]
    assert vectors.matrix.shape == (4, 3)
    assert vectors.matrix is vectors.matrix  # one matrix, not a stack built on each read
    assert np.shares_memory(events.matrix, vectors.matrix)
    vectors.encode_rows(np.array([1, 2]))
    assert vectors.matrix[:, 0].tolist() == [0.0, 1.0, 2.0, 3.0] and events.matrix[:, 0].tolist() == [0.0, 1.0]
    assert WithMoreRows(EventVectors.given(np.eye(3)), ["x"]).of(np.array([3, 1])).tolist() == [[0.0] * 3,
                                                                                              [0.0, 1.0, 0.0]]


def test_cached_event_vectors_give_a_first_run_what_a_cached_run_reads(tmp_path):
    texts = ["DeepSeek released R1 on January 20.", "深度求索1月20日发布R1。", ""]
    first = cached_event_vectors(texts, str(tmp_path))
    rows = first.of(np.arange(3))
    again = cached_event_vectors(texts, str(tmp_path)).of(np.arange(3))
    assert first.fill is not None and first.encoded.all()
    assert np.array_equal(rows, again) and not rows[2].any() and np.linalg.norm(rows[0]) > 0.99


def test_cached_event_vectors_tell_their_progress_while_encoding_and_not_when_cached(tmp_path):
    texts = ["DeepSeek released R1 on January 20.", "深度求索1月20日发布R1。", "", "Kuaishou launched Kling 2.0."]
    told: list[tuple[int, int]] = []
    cached_event_vectors(texts, str(tmp_path), lambda done, total: told.append((done, total))).of(np.arange(4))
    assert told == [(3, 3)]  # one batch of the three sentences with words
    told.clear()
    cached_event_vectors(texts, str(tmp_path), lambda done, total: told.append((done, total))).of(np.arange(4))
    assert told == []  # every vector read from the cache: nothing encoded, nothing to show
