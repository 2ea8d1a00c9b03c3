"""Keyword in context: offsets, word edges, case, Chinese substrings, context width, the cap on lines, and
the Reader links built from the lines."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from lib.analyze import concordance as kwic
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc, Sent
from ui.params import READER_URL, reader_links

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(SEEDS, cache_dir=None)


def corpus_frames(texts: dict[str, list[str]]):
    """Documents and sentences frames from ``{doc_id: [sentence, ...]}`` (sentences joined by a space)."""
    docs, sentences = [], []
    for doc_id, parts in texts.items():
        start = 0
        for sent_id, text in enumerate(parts):
            sentences.append((doc_id, sent_id, start, start + len(text), text))
            start += len(text) + 1
        docs.append({Doc.DOC_ID: doc_id, Doc.TITLE: f"Title {doc_id}", Doc.SOURCE: "",
                     Doc.PUBLISHED: "2024-01", Doc.TEXT: " ".join(parts)})
    return pd.DataFrame(docs), pd.DataFrame(sentences, columns=Sent.COLUMNS)


def test_trik_lines_on_the_seeds(corpus):
    found = kwic.concordance(corpus.sentences, corpus.documents, "Trik")
    lines = found.lines.assign(**{READER_URL: reader_links(found.lines, "Trik", {})})
    assert found.total == len(lines) == 10
    assert {"000_ae120ede6c11f766", "003_df3640600e7e6e30"} <= set(lines[Sent.DOC_ID])
    texts = corpus.documents.set_index(Doc.DOC_ID)[Doc.TEXT]
    sentences = corpus.sentences.set_index([Sent.DOC_ID, Sent.SENT_ID])
    for line in lines.itertuples(index=False):
        text = texts[line.doc_id]
        assert text[line.match_start:line.match_end] == "Trik" == line.match
        sentence = sentences.loc[(line.doc_id, line.sent_id)]
        assert sentence[Sent.START] <= line.match_start < line.match_end <= sentence[Sent.END]
        assert line.left.lstrip("…") == re.sub(r"\s+", " ", text[max(0, line.match_start - 60):line.match_start])
        assert line.right.rstrip("…") == re.sub(r"\s+", " ", text[line.match_end:line.match_end + 60])
        assert line.reader_url == f"reader?doc={line.doc_id}&sent={line.sent_id}&q=Trik"
    first = lines[lines[Sent.DOC_ID] == "000_ae120ede6c11f766"].iloc[0]
    assert (first[Sent.SENT_ID], first[kwic.MATCH_START]) == (8, 1021)
    assert first[kwic.LEFT].endswith("an AI creation app called “")
    assert first[kwic.RIGHT].startswith(",” which centers around AI-powered painting.")
    assert first[Doc.TITLE] == "Xiaohongshu Starts Exploring Large Language Model"
    assert first[kwic.OUTLET] == "(outlet unknown)"


@pytest.mark.parametrize("term", ["Trik", "trik", "AI", "xiaohongshu", "large model", "trik AI", "US", "open"])
def test_fast_count_equals_python_regex(corpus, term):
    texts = corpus.sentences[Sent.TEXT]
    exact = texts.map(lambda s: len(re.findall(kwic.term_pattern(term), s, flags=re.IGNORECASE)))
    assert kwic.occurrences_per_sentence(texts, term).tolist() == exact.tolist()
    assert kwic.concordance(corpus.sentences, corpus.documents, term).total == exact.sum()


@pytest.mark.parametrize(("term", "sentences", "hits"), [
    ("AI", ["He said AI is big.", "AI-powered; FAIR and AIGC are not AI."], ["AI", "AI", "AI"]),
    ("ai", ["AI, ai and Ai."], ["AI", "ai", "Ai"]),                            # case-insensitive
    ("large model", ["A large  model and a large\nmodel, not largemodel."], ["large  model", "large\nmodel"]),
    ("小红书", ["小红书推出AI。", "用户在小红书上发帖，小红书回应。"], ["小红书", "小红书", "小红书"]),  # substrings
    ("AI", ["AI芯片和AI"], ["AI", "AI"]),                                      # next to Chinese is an edge
    ("c++", ["I like c++ and C++."], ["c++", "C++"]),                          # no edge needed after "+"
    ("Trik", ["Nothing here."], []),
])
def test_word_edges_case_and_chinese(term, sentences, hits):
    documents, frame = corpus_frames({"d1": sentences})
    found = kwic.concordance(frame, documents, term)
    assert found.lines[kwic.MATCH].tolist() == hits and found.total == len(hits)
    text = documents[Doc.TEXT].iloc[0]
    assert [text[s:e] for s, e in zip(found.lines[kwic.MATCH_START], found.lines[kwic.MATCH_END], strict=True)] == hits


def test_context_width_and_ellipses():
    documents, frame = corpus_frames({"d1": ["x" * 100 + " Trik " + "y" * 100], "d2": ["Trik at start."]})
    lines = kwic.concordance(frame, documents, "Trik", width=10).lines
    assert lines[kwic.LEFT].tolist() == ["…xxxxxxxxx ", ""]
    assert lines[kwic.RIGHT].tolist() == [" yyyyyyyyy…", " at start."]


def test_lines_are_capped_but_all_hits_counted():
    documents, frame = corpus_frames({f"d{i}": ["Trik and Trik.", "Again Trik."] for i in range(30)})
    found = kwic.concordance(frame, documents, "trik", limit=25)
    assert found.total == 90 and len(found.lines) == 25
    assert found.lines[Sent.DOC_ID].tolist()[:4] == ["d0", "d0", "d0", "d1"]


@pytest.mark.parametrize("term", ["", "   ", None])
def test_no_term_no_lines(corpus, term):
    found = kwic.concordance(corpus.sentences, corpus.documents, term)
    assert found.total == 0 and found.lines.empty and list(found.lines.columns) == kwic.KWIC_COLUMNS


def test_reader_url_escapes_the_term():
    documents, frame = corpus_frames({"d1": ["A&B = AT&T?"]})
    lines = kwic.concordance(frame, documents, "AT&T").lines
    line = lines.assign(**{READER_URL: reader_links(lines, "AT&T", {})}).iloc[0]
    assert line[READER_URL] == "reader?doc=d1&sent=0&q=AT%26T"


def test_concordance_on_a_large_corpus_counts_every_hit_and_caps_the_lines(corpus):
    """Scale correctness; speed is measured by benchmarks/bench_scale.py, not asserted here."""
    sentences = corpus.sentences
    big = pd.DataFrame({c: sentences[c].tolist() * 400 for c in sentences.columns})  # ~94,000 sentences
    found = kwic.concordance(big, corpus.documents, "Trik")
    assert found.total == 4000 and len(found.lines) == kwic.MAX_LINES


@pytest.mark.parametrize(("shared", "suffix"), [
    ({}, ""),
    ({"company": ["豆包", "ByteDance"]}, "&company=%E8%B1%86%E5%8C%85&company=ByteDance"),
    ({"dates": ["2024-01-01", "2024-06-30"], "type": ["launch"], "docs": []},
     "&dates=2024-01-01&dates=2024-06-30&type=launch"),
    ({"outlet": ["A&B News"], "q": ["ignored"]}, "&outlet=A%26B+News"),
])
def test_reader_link_keeps_the_shared_filters(shared, suffix):
    """"open ↗" opens the article in the view it was found in, not in the unfiltered corpus."""
    documents, frame = corpus_frames({"d1": ["豆包 is ByteDance's chatbot."]})
    lines = kwic.concordance(frame, documents, "豆包").lines
    line = lines.assign(**{READER_URL: reader_links(lines, "豆包", shared)}).iloc[0]
    assert line[READER_URL] == "reader?doc=d1&sent=0&q=%E8%B1%86%E5%8C%85" + suffix
