"""Search across the corpus: keyword hits in both scripts, meaning hits across languages, ranking."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.search import (
    BY_BOTH,
    BY_KEYWORD,
    BY_MEANING,
    IN_TITLE,
    KEYWORD_BONUS,
    folded,
    hits_in,
    keyword_matches,
    marked_segments,
    query_words,
    search_hits,
    search_index,
)
from lib.extract.sentence_vectors import sentence_vectors
from lib.schema import Doc, Event, Hit, Sent

SENTENCES = [
    ("en1", 0, "DeepSeek cut the prices of its API by up to 75 percent."),
    ("en1", 1, "Analysts expect rivals to follow."),
    ("zh1", 0, "深度求索宣布降价，API价格最高下降75%。"),
    ("zh1", 1, "字節跳動發布豆包大模型。"),
    ("en2", 0, "Alibaba released Qwen 2.5 on Thursday."),
]
DOCS = [
    ("en1", "DeepSeek slashes prices", "Reuters", "2025-02-26", "en"),
    ("zh1", "深度求索降价", "36氪", "2025-02-27", "zh"),
    ("en2", "Alibaba's new model", "SCMP", "2024-09-19", "en"),
]


def _frames():
    sentences = pd.DataFrame(SENTENCES, columns=[Sent.DOC_ID, Sent.SENT_ID, Sent.TEXT])
    documents = pd.DataFrame(DOCS, columns=[Doc.DOC_ID, Doc.TITLE, Doc.SOURCE, Doc.PUBLISHED, Doc.LANGUAGE])
    # Events: the DeepSeek sentence in each language and the Alibaba one (not every sentence has one).
    events = pd.DataFrame({Event.DOC_ID: ["en1", "zh1", "en2"], Event.SENT_ID: [0, 0, 0]}, index=[10, 11, 12])
    return sentences, documents, events


def _unit(*values):
    vector = np.array(values, dtype=float)
    return vector / np.linalg.norm(vector)


def _index(event_vectors, title_vectors):
    sentences, documents, events = _frames()
    return search_index(sentences, events, np.array(event_vectors), documents, np.array(title_vectors))


@pytest.mark.parametrize(("text", "expected"), [
    ("DeepSeek", "deepseek"),
    ("字節跳動", "字节跳动"),
    ("ÄBC 深度求索", "äbc 深度求索"),
    ("İstanbul", None),  # "İ".lower() is two characters: the length is kept whatever the letter becomes
])
def test_folded_is_simplified_lower_case_of_the_same_length(text, expected):
    result = folded(pd.Series([text])).iloc[0]
    assert len(result) == len(text)
    if expected is not None:
        assert result == expected


def test_query_words_are_folded_and_unique():
    assert query_words("  DeepSeek  deepseek 降價 ") == ["deepseek", "降价"]
    assert query_words("   ") == []


def test_keyword_matches_need_every_word():
    texts = folded(pd.Series(["DeepSeek cut prices", "DeepSeek released R1", "字節跳動 DeepSeek"]))
    assert keyword_matches(texts, ["deepseek", "prices"]).tolist() == [True, False, False]
    assert keyword_matches(texts, ["字节"]).tolist() == [False, False, True]
    assert keyword_matches(texts, []).tolist() == [False, False, False]


def test_latin_words_match_at_word_starts_chinese_anywhere():
    texts = folded(pd.Series(["He said AI prices fell", "训练AI模型", "train"]))
    assert keyword_matches(texts, ["ai"]).tolist() == [True, True, False]
    assert keyword_matches(texts, ["price"]).tolist() == [True, False, False]
    assert keyword_matches(texts, ["模型"]).tolist() == [False, True, False]
    assert keyword_matches(texts, ["a.i"]).tolist() == [False, False, False]  # a word, not a pattern


def test_marked_segments_mark_every_occurrence_in_the_original_text():
    assert marked_segments("DeepSeek and deepseek, 字節跳動", ["deepseek", "字节"]) == [
        ("DeepSeek", True), (" and ", False), ("deepseek", True), (", ", False), ("字節", True), ("跳動", False)]
    assert marked_segments("nothing here", ["deepseek"]) == [("nothing here", False)]
    assert marked_segments("said AI", ["ai"]) == [("said ", False), ("AI", True)]
    assert marked_segments("", ["x"]) == []


def test_keyword_hits_cross_scripts_and_titles():
    index = _index([_unit(1, 0), _unit(1, 0), _unit(0, 1)], [_unit(1, 0)] * 3)
    hits = search_hits(index, "字节跳动", None)
    assert list(hits.columns) == Hit.COLUMNS
    assert hits[[Hit.DOC_ID, Hit.SENT_ID, Hit.BY]].values.tolist() == [["zh1", 1, BY_KEYWORD]]
    prices = search_hits(index, "PRICES", None)
    assert sorted(prices[[Hit.DOC_ID, Hit.FOUND_IN]].apply(tuple, axis=1)) == [("en1", "sentence"), ("en1", IN_TITLE)]


def test_meaning_hits_are_ranked_by_cosine_and_lifted_by_the_words():
    # The query points between the two DeepSeek sentences, nearer the Chinese one; Alibaba is far.
    index = _index([_unit(1, 0.4), _unit(1, 0.1), _unit(0, 1)], [_unit(0, 1)] * 3)
    query = _unit(1, 0)
    meaning_only = search_hits(index, "price cuts", query)
    sentences = meaning_only[meaning_only[Hit.FOUND_IN] == "sentence"]
    assert sentences[[Hit.DOC_ID, Hit.BY]].values.tolist() == [["zh1", BY_MEANING], ["en1", BY_MEANING]]
    both = search_hits(index, "deepseek", query)
    assert both.iloc[0][Hit.DOC_ID] == "en1" and both.iloc[0][Hit.BY] == BY_BOTH
    assert both.iloc[0][Hit.SCORE] == pytest.approx(float(_unit(1, 0.4) @ query) + KEYWORD_BONUS, abs=1e-3)
    # A sentence without a vector is found by its words only, with no similarity.
    follow = search_hits(index, "rivals", query)
    by_words = follow[follow[Hit.BY] == BY_KEYWORD]
    assert by_words[[Hit.DOC_ID, Hit.SENT_ID]].values.tolist() == [["en1", 1]]
    assert pd.isna(by_words.iloc[0][Hit.SIMILARITY]) and by_words.iloc[0][Hit.SCORE] == KEYWORD_BONUS


def test_a_view_keeps_close_meanings_and_the_nearest_weaker_ones():
    # Cosines with the query: en1 0.6, zh1 0.2, en2 0.1 (below the floor); titles orthogonal.
    index = _index([_unit(0.6, 0.8), _unit(0.2, 0.9798), _unit(0.1, 0.995)], [_unit(0, 1)] * 3)
    hits = search_hits(index, "price cuts", _unit(1, 0))
    assert hits[[Hit.DOC_ID, Hit.BY]].values.tolist() == [["en1", BY_MEANING], ["zh1", BY_MEANING]]
    assert hits_in(hits, ["en1", "zh1", "en2"])[Hit.DOC_ID].tolist() == ["en1", "zh1"]
    assert hits_in(hits, ["en1", "zh1"], nearest=0)[Hit.DOC_ID].tolist() == ["en1"]
    assert hits_in(hits, ["zh1"], nearest=1)[Hit.DOC_ID].tolist() == ["zh1"]
    # Words always count, however far the meaning.
    rivals = hits_in(search_hits(index, "rivals", _unit(1, 0)), ["zh1", "en1"], nearest=0)
    assert rivals[[Hit.DOC_ID, Hit.SENT_ID, Hit.BY]].values.tolist() == [["en1", 0, BY_MEANING],
                                                                          ["en1", 1, BY_KEYWORD]]


def test_an_empty_query_finds_nothing_and_hits_in_narrows_to_a_view():
    index = _index([_unit(1, 0)] * 3, [_unit(1, 0)] * 3)
    assert search_hits(index, " ", _unit(1, 0)).empty
    hits = search_hits(index, "75", None)
    assert set(hits[Hit.DOC_ID]) == {"en1", "zh1"}
    assert set(hits_in(hits, ["zh1"])[Hit.DOC_ID]) == {"zh1"}


def test_inputs_are_not_changed():
    sentences, documents, events = _frames()
    before = (sentences.copy(), documents.copy(), events.copy())
    index = search_index(sentences, events, np.eye(3, 2), documents, np.eye(3, 2))
    search_hits(index, "deepseek", _unit(1, 0))
    for frame, copy in zip((sentences, documents, events), before, strict=True):
        pd.testing.assert_frame_equal(frame, copy)


def test_english_query_finds_the_chinese_report_by_meaning():
    sentences, documents, events = _frames()
    event_vectors = sentence_vectors([SENTENCES[0][2], SENTENCES[2][2], SENTENCES[4][2]])
    title_vectors = sentence_vectors(documents[Doc.TITLE].tolist())
    index = search_index(sentences, events, event_vectors, documents, title_vectors)
    hits = search_hits(index, "DeepSeek price cuts", sentence_vectors(["DeepSeek price cuts"])[0])
    found = hits[[Hit.DOC_ID, Hit.FOUND_IN]].apply(tuple, axis=1).tolist()
    assert ("zh1", "sentence") in found and ("zh1", IN_TITLE) in found
    assert ("en2", "sentence") not in found
