"""Keywords page logic: stopwords, frequency vs TF-IDF weights, company term sets and the top-terms chart
(its keyword-in-context lines: test_concordance.py)."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from lib.analyze import keywords as kw
from lib.analyze.companies import companies_by_mentions, documents_naming
from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.corpus_sql import corpus_tables
from lib.analyze.filters import Filters
from lib.analyze.term_codes import CodedTerms
from lib.analyze.term_stats import idf_by_term
from lib.charts.keywords import top_terms_bar
from lib.pipeline.corpus import build_corpus
from lib.schema import Mention, Stat, Term

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(SEEDS, cache_dir=None)


def terms_frame(rows):
    return pd.DataFrame(rows, columns=[Term.DOC_ID, Term.TERM, Term.LANG, Term.COUNT])


def weigh(frame: pd.DataFrame, doc_ids=None, weight: str = kw.FREQUENCY) -> pd.DataFrame:
    """``weighted_terms`` of the documents ``doc_ids`` of ``frame`` (every one when None), IDF from the whole frame."""
    coded = CodedTerms(frame)
    rows = coded.rows(None if doc_ids is None else coded.rows_of(doc_ids))
    return kw.weighted_terms(rows, idf_by_term(coded.rows()), weight)


# --- stopwords ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "expected"), [
    ("", set()),
    (None, set()),
    ("Xiaohongshu", {"xiaohongshu"}),
    ("said AI", {"said", "ai", "said ai"}),
    ("said, AI;users", {"said", "ai", "users"}),
    ("公司、小红书；平台", {"公司", "小红书", "平台"}),
    ("large model, tiktok", {"large model", "large", "model", "tiktok"}),
    (" , ,、 ", set()),
])
def test_parse_stopwords(typed, expected):
    assert kw.parse_stopwords(typed) == expected


def test_stopwords_removed_case_insensitively_without_touching_input(corpus):
    before = corpus.terms.copy()
    coded = CodedTerms(corpus.terms)
    kept = coded.without(kw.parse_stopwords("XIAOHONGSHU, ai"))
    assert not corpus.terms.loc[kept, Term.TERM].str.casefold().isin({"xiaohongshu", "ai"}).any()
    assert kept.sum() == len(corpus.terms) - corpus.terms[Term.TERM].str.casefold().isin({"xiaohongshu", "ai"}).sum()
    pd.testing.assert_frame_equal(corpus.terms, before)
    assert coded.without(kw.parse_stopwords("")) is None
    weighted = kw.weighted_terms(coded.rows(kept), idf_by_term(coded.rows(kept)))
    assert "xiaohongshu" not in set(weighted[Stat.TERM]) and "AI" not in set(weighted[Stat.TERM])


# --- weights -----------------------------------------------------------------------------------

@pytest.fixture
def crafted():
    # "common" is in every document (idf 1, tf 0.25 each: tf-idf 1.0); rare, x, y, z are each in
    # one (idf ln(5/2) + 1, tf 0.75: tf-idf 1.44) — most frequent, yet least characteristic.
    return terms_frame([
        ("d1", "common", "en", 2), ("d1", "rare", "en", 6),
        ("d2", "common", "en", 2), ("d2", "x", "en", 6),
        ("d3", "common", "en", 2), ("d3", "y", "en", 6),
        ("d4", "common", "en", 2), ("d4", "z", "en", 6),
    ])


def test_frequency_and_tfidf_orders_differ(crafted):
    by_count = weigh(crafted, weight=kw.FREQUENCY)
    by_tfidf = weigh(crafted, weight=kw.TFIDF)
    assert list(by_count[Stat.TERM]) == ["common", "rare", "x", "y", "z"]
    assert list(by_count[Stat.WEIGHT]) == [8, 6, 6, 6, 6]
    assert list(by_tfidf[Stat.TERM]) == ["rare", "x", "y", "z", "common"]
    assert by_tfidf[Stat.WEIGHT].iloc[0] == pytest.approx(0.75 * (math.log(5 / 2) + 1))
    assert list(by_tfidf.columns) == kw.WEIGHTED_COLUMNS


def test_tfidf_of_a_subset_uses_background_idf(crafted):
    alone = weigh(crafted[crafted[Term.DOC_ID] == "d1"], weight=kw.TFIDF)
    against_corpus = weigh(crafted, ["d1"], kw.TFIDF)
    assert alone.set_index(Stat.TERM)[Stat.WEIGHT]["rare"] == pytest.approx(0.75)   # idf 1 in a 1-doc frame
    assert against_corpus.set_index(Stat.TERM)[Stat.WEIGHT]["rare"] > 0.75 * 1.9
    assert set(against_corpus[Stat.TERM]) == {"common", "rare"}
    assert list(against_corpus[Stat.COUNT]) == [6, 2]


def test_same_spelling_in_two_languages_gets_labelled():
    frame = terms_frame([("d1", "AI", "en", 3), ("d2", "AI", "zh", 1), ("d2", "模型", "zh", 2)])
    weighted = weigh(frame)
    assert set(weighted[kw.LABEL]) == {"AI (en)", "AI (zh)", "模型"}
    assert kw.cloud_frequencies(weighted) == {"AI": 4.0, "模型": 2.0}


def test_empty_and_invalid_weights():
    empty = terms_frame([])
    assert weigh(empty).empty
    assert list(weigh(empty).columns) == kw.WEIGHTED_COLUMNS
    assert weigh(empty)[Stat.COUNT].dtype == "int64"
    assert kw.cloud_frequencies(weigh(empty)) == {}
    with pytest.raises(ValueError):
        weigh(empty, weight="bm25")


def test_cloud_frequencies_keeps_the_heaviest(corpus):
    weighted = weigh(corpus.terms)
    top = kw.cloud_frequencies(weighted, limit=10)
    assert len(top) == 10
    assert list(top)[:2] == ["xiaohongshu", "AI"]
    assert top["xiaohongshu"] == 133


# --- companies ---------------------------------------------------------------------------------

def test_companies_and_their_documents(corpus):
    index = CorpusIndex(corpus)
    ranked = companies_by_mentions(corpus_tables(corpus), Filters())
    assert list(ranked.index[:3]) == ["Xiaohongshu", "ByteDance", "Meta"]
    bytedance = documents_naming(corpus.mentions, "ByteDance", index).tolist()
    expected = corpus.mentions.loc[corpus.mentions[Mention.COMPANY] == "ByteDance", Mention.DOC_ID].unique()
    assert bytedance == sorted(expected) and len(bytedance) == len(set(bytedance)) > 0
    subset = corpus.terms[CodedTerms(corpus.terms).rows_of(bytedance)]
    assert set(subset[Term.DOC_ID]) == set(bytedance)
    assert documents_naming(corpus.mentions, "Nobody Inc", index).tolist() == []


# --- chart -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("weight", "title", "first"), [
    (kw.FREQUENCY, "Top 25 terms by frequency", "xiaohongshu"),
    (kw.TFIDF, "Top 25 terms by TF-IDF", "xiaohongshu"),
])
def test_top_terms_bar(corpus, weight, title, first):
    weighted = weigh(corpus.terms, weight=weight)
    fig = top_terms_bar(weighted, weight)
    bar = fig.data[0]
    assert fig.layout.title.text == title
    assert bar.orientation == "h" and len(bar.y) == 25
    assert bar.y[-1] == first                      # biggest on top
    assert list(bar.x) == sorted(bar.x)
    assert all(t for t in bar.text)


def test_top_terms_bar_with_few_terms(crafted):
    fig = top_terms_bar(weigh(crafted), kw.FREQUENCY)
    assert fig.layout.title.text == "Top 5 terms by frequency"
    assert list(fig.data[0].text) == ["6", "6", "6", "6", "8"]
    assert list(fig.data[0].y) == ["z", "y", "x", "rare", "common"]


@pytest.mark.parametrize("company", [None, "ByteDance", "Alibaba"])
@pytest.mark.parametrize(("weight", "stopwords"), [(kw.FREQUENCY, frozenset()), (kw.TFIDF, frozenset({"ai", "模型"}))])
@pytest.mark.parametrize("filters", [Filters(), Filters(companies=("ByteDance",))])
def test_keyword_terms_match_the_frames_counted_as_strings(corpus, company, weight, stopwords, filters):
    from lib.analyze.filters import apply_filters
    from tests.oracles import keywords as oracle

    view = apply_filters(corpus, filters)
    index = CorpusIndex(corpus)
    coded = CodedTerms(corpus.terms)
    idf = idf_by_term(coded.rows(coded.without(stopwords)))
    found = kw.keyword_terms(view, weight, stopwords, idf, index, company)
    expected = oracle.keyword_terms(view, weight, stopwords, index, company)
    pd.testing.assert_frame_equal(found.weighted, expected.weighted, check_exact=True)
    assert not found.weighted.empty and not found.weighted[Stat.TERM].str.casefold().isin(stopwords).any()
    assert [(p.lang, p.n_docs) for p in found.languages] == [(p.lang, p.n_docs) for p in expected.languages]
    assert expected.languages and found.n_documents == expected.n_documents > 0
    for got, want in zip(found.languages, expected.languages, strict=True):
        pd.testing.assert_frame_equal(got.weighted, want.weighted, check_exact=True)
        assert got.cloud == want.cloud and got.cloud
    assert found.cloud == expected.cloud and found.cloud
