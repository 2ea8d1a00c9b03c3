"""Terms coded once per corpus: the coded answers are exactly those counted from the frame's strings.

Generated frames (missing terms, langs and documents, one spelling in two languages, rows of one
document and term in several sentences) and a generated corpus are counted both ways: the coded
answers (``lib.analyze.term_stats``, ``lib.analyze.keywords``) against the oracles that factorize the
strings of each frame they are given (``tests.oracles.term_stats``, ``tests.oracles.keywords``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from benchmarks.synthetic_corpus import write_corpus
from lib.analyze import keywords as kw
from lib.analyze import term_codes, term_stats
from lib.analyze.companies import companies_by_mentions
from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.corpus_sql import corpus_tables
from lib.analyze.distinctive_terms import company_name_terms, distinctive_terms
from lib.analyze.filters import Filters, apply_filters
from lib.analyze.term_codes import KEY, CodedTerms, coded_terms
from lib.deferred import map_frames
from lib.pipeline.corpus import build_corpus
from lib.schema import Term
from lib.store.snapshot import FrameSnapshot
from lib.store.term_dictionaries import term_dictionaries
from tests.oracles import companies as companies_oracle
from tests.oracles import keywords as keywords_oracle
from tests.oracles import term_stats as oracle

WORDS = ["ai", "AI", "model", "chip", "字节跳动", "bytedance", "抖音", "douyin", "云计算", "", "Ai"]
LANGS = ["en", "zh", "mixed"]
MERGES = {("字节跳动", "zh"): ("bytedance", "en"), ("抖音", "zh"): ("douyin", "en"), ("AI", "en"): ("ai", "en"),
          ("chip", "zh"): ("芯片", "zh")}


def generated_terms(seed: int, n_rows: int = 400) -> pd.DataFrame:
    """A terms frame of random rows: some terms, langs and doc ids missing, documents in several runs."""
    rng = np.random.default_rng(seed)
    docs = rng.choice([f"d{i}" for i in range(12)] + [None], n_rows, p=[0.08] * 12 + [0.04])
    terms = rng.choice(WORDS + [None], n_rows, p=[0.09] * len(WORDS) + [0.01])
    langs = rng.choice(LANGS + [None], n_rows, p=[0.5, 0.4, 0.08, 0.02])
    return pd.DataFrame({Term.DOC_ID: docs, Term.TERM: terms, Term.LANG: langs,
                         Term.COUNT: rng.integers(0, 6, n_rows), Term.SENT_ID: rng.integers(0, 9, n_rows)})


def idf_frame(coded: CodedTerms, idf: np.ndarray) -> pd.DataFrame:
    """A coded IDF as the oracle's table: the keys that have one, in the oracle's column names."""
    known = ~np.isnan(idf)
    return coded.keys[known].assign(**{oracle.IDF: idf[known]})


def same_rows(found: pd.DataFrame, expected: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(found.reset_index(drop=True), expected.reset_index(drop=True), check_exact=True,
                                  check_dtype=False)


SEEDS = range(8)
SUBSETS = [None, ["d0"], ["d1", "d2", "d5"], [f"d{i}" for i in range(0, 12, 2)], ["nobody"]]
STOPWORDS = [frozenset(), frozenset({"ai"}), frozenset({"model", "抖音", "nothing"})]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("stopwords", STOPWORDS)
@pytest.mark.parametrize("whole_pairs", [False, True])
def test_totals_idf_and_tfidf_match_the_strings_counted(seed, stopwords, whole_pairs):
    frame = generated_terms(seed)
    coded = CodedTerms(frame)
    kept = coded.without(stopwords)
    background = keywords_oracle.without_stopwords(frame, stopwords)
    expected_idf = oracle.idf_by_term(background)
    idf = term_stats.idf_by_term(coded.rows(kept, whole_pairs))
    found_idf = idf_frame(coded, idf).sort_values(KEY, ignore_index=True)
    same_rows(found_idf, expected_idf.sort_values(KEY, ignore_index=True))
    for doc_ids in SUBSETS:
        in_docs = None if doc_ids is None else coded.rows_of(doc_ids)
        chosen = in_docs if kept is None else kept if in_docs is None else kept & in_docs
        subset = background if doc_ids is None else keywords_oracle.terms_of_documents(background, doc_ids)
        rows = coded.rows(chosen, whole_pairs)
        same_rows(term_stats.term_totals(rows), oracle.term_totals(subset))
        same_rows(term_stats.tfidf_of_documents(rows, idf), oracle.tfidf_of_documents(subset, expected_idf))
        for weight in kw.WEIGHTS:
            same_rows(kw.weighted_terms(rows, idf, weight),
                      keywords_oracle.weighted_terms(subset, background, weight, idf=expected_idf))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("merges", [{}, MERGES])
def test_log_odds_of_merged_names_match_the_strings_counted(seed, merges):
    frame = generated_terms(seed)
    coded = CodedTerms(frame)
    groups = term_stats.TermGroups(coded.rows().merged(merges, coded.vocabulary))
    expected = oracle.TermGroups(frame, merged=merges)
    for group_a, group_b in ((["d0"], None), (["d1", "d2"], ["d3", "d4", "d5"]), (["d6"], ["d6"]), ([], None)):
        for prior_scale in (None, 1000.0):
            same_rows(groups.log_odds(group_a, group_b, prior_scale), expected.log_odds(group_a, group_b, prior_scale))


@pytest.mark.parametrize("seed", SEEDS)
def test_log_odds_with_names_merged_in_the_sums_match_the_strings_counted(seed):
    frame = generated_terms(seed)
    coded = CodedTerms(frame)
    rows = coded.rows()
    groups = term_stats.TermGroups(rows, rows.key_merge(MERGES, coded.vocabulary))
    expected = oracle.TermGroups(frame, merged=MERGES)
    for group_a, group_b in ((["d0"], None), (["d1", "d2"], ["d3", "d4", "d5"]), (["d6"], ["d6"]), ([], None)):
        for prior_scale in (None, 1000.0):
            same_rows(groups.log_odds(group_a, group_b, prior_scale), expected.log_odds(group_a, group_b, prior_scale))


@pytest.mark.parametrize("seed", SEEDS)
def test_merged_keyword_rows_match_the_strings_rewritten(seed):
    frame = generated_terms(seed)
    coded = CodedTerms(frame)
    idf = term_stats.idf_by_term(coded.rows())
    expected_idf = oracle.idf_by_term(frame)
    chosen = coded.rows_of(["d0", "d1", "d2", "d3"])
    merged = coded.rows(chosen).merged(MERGES, coded.vocabulary)
    rewritten = keywords_oracle.with_names_merged(frame[chosen], MERGES)
    same_rows(term_stats.term_totals(merged), oracle.term_totals(rewritten))
    for weight in kw.WEIGHTS:
        same_rows(kw.weighted_terms(merged, idf, weight),
                  keywords_oracle.weighted_terms(rewritten, frame, weight, idf=expected_idf))


@pytest.mark.parametrize("seed", SEEDS)
def test_documents_by_language_match_the_strings_counted(seed):
    frame = generated_terms(seed)
    rows = CodedTerms(frame).rows()
    expected = {lang: frame.loc[frame[Term.LANG] == lang, Term.DOC_ID].nunique() for lang in frame[Term.LANG].dropna()}
    assert term_stats.documents_by_language(rows) == expected


def test_coding_leaves_the_frame_as_it_was():
    frame = generated_terms(0)
    before = frame.copy()
    coded = CodedTerms(frame)
    term_stats.TermGroups(coded.rows().merged(MERGES, coded.vocabulary)).log_odds(["d0"])
    kw.weighted_terms(coded.rows(coded.without({"ai"})), term_stats.idf_by_term(coded.rows()), kw.TFIDF)
    pd.testing.assert_frame_equal(frame, before)
    with pytest.raises(ValueError):
        coded.counts[0] = 99          # the frame's own array, read-only


def assert_same_codes(found: CodedTerms, expected: CodedTerms) -> None:
    """The same codes of every row, keys, documents and first rows of pairs (names compared by value)."""
    for name in ("codes", "docs", "complete", "first_of_pair"):
        np.testing.assert_array_equal(getattr(found, name), getattr(expected, name), err_msg=name)
    same_rows(found.keys, expected.keys)
    assert list(found.doc_ids) == list(expected.doc_ids)


@pytest.mark.parametrize("seed", SEEDS)
def test_codes_read_from_a_snapshots_encoding_are_those_made_from_the_frame(seed, tmp_path, monkeypatch):
    frame = generated_terms(seed)
    snapshot = FrameSnapshot(tmp_path)
    snapshot.save("s", {"terms": frame, "term_dictionaries": term_dictionaries(frame)}, {})
    loaded = snapshot.load("s", ["terms"], tables=["term_dictionaries"])
    with monkeypatch.context() as patch:      # the stored encoding is read as it is: no string is encoded again
        patch.setattr(term_codes, "term_dictionaries", lambda terms: pytest.fail("encoded again"))
        from_snapshot = CodedTerms(loaded["terms"], loaded["term_dictionaries"])
    assert_same_codes(from_snapshot, CodedTerms(loaded["terms"]))
    assert_same_codes(from_snapshot, CodedTerms(frame))
    assert from_snapshot.keys.dtypes.tolist() == CodedTerms(loaded["terms"]).keys.dtypes.tolist()


def test_an_encoding_of_other_rows_is_not_used():
    frame = generated_terms(0)
    assert_same_codes(CodedTerms(frame, term_dictionaries(frame.iloc[:-1])), CodedTerms(frame))
    assert_same_codes(CodedTerms(frame, term_dictionaries(frame).drop_columns([Term.LANG])), CodedTerms(frame))


# --- a generated corpus -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    corpus = build_corpus(write_corpus(tmp_path_factory.mktemp("generated") / "corpus", 60), cache_dir=None)
    return corpus, CorpusIndex(corpus)


def test_a_generated_corpus_read_back_from_its_snapshot_has_the_codes_of_its_frame(tmp_path):
    root = write_corpus(tmp_path / "corpus", 40)
    build_corpus(root, cache_dir=tmp_path / "cache")
    warm = build_corpus(root, cache_dir=tmp_path / "cache")
    index = CorpusIndex(warm)
    assert index.term_dictionaries is not None
    assert_same_codes(index.derived(coded_terms), CodedTerms(warm.terms.copy(deep=True)))


def compared_companies(corpus) -> list[str]:
    return list(companies_by_mentions(corpus_tables(corpus), Filters()).index[:3])


@pytest.mark.parametrize("weight", kw.WEIGHTS)
@pytest.mark.parametrize("stopwords", [frozenset(), frozenset({"launched", "发布会", "ai"})])
def test_keyword_terms_of_a_generated_corpus_match_the_strings_counted(generated, weight, stopwords):
    corpus, index = generated
    coded = CodedTerms(corpus.terms)
    idf = term_stats.idf_by_term(coded.rows(coded.without(stopwords), whole_pairs=True))
    first, second, third = compared_companies(corpus)
    outlets = tuple(corpus.documents["source"].dropna().unique()[:2])
    for filters in (Filters(), Filters(companies=(first,)), Filters(outlets=outlets)):
        # As the dashboard's cache hands it out: every frame a shallow copy (``ui.cache``).
        view = map_frames(apply_filters(corpus, filters), lambda frame: frame.copy(deep=False))
        for company in (None, first, second, third):
            found = kw.keyword_terms(view, weight, stopwords, idf, index, company)
            expected = keywords_oracle.keyword_terms(view, weight, stopwords, index, company)
            same_rows(found.weighted, expected.weighted)
            assert found.cloud == expected.cloud and found.n_documents == expected.n_documents
            assert [(p.lang, p.n_docs) for p in found.languages] == [(p.lang, p.n_docs) for p in expected.languages]


def test_distinctive_terms_of_a_generated_corpus_match_the_strings_counted(generated):
    corpus, index = generated
    companies = compared_companies(corpus)
    excluded = company_name_terms(companies, index)
    for filters in (Filters(), Filters(companies=(companies[0],))):
        view = apply_filters(corpus, filters)
        found = distinctive_terms(view, companies, excluded, index)
        expected = companies_oracle.distinctive_terms(view, companies, excluded)
        for got, want in zip(found, expected, strict=True):
            same_rows(got.terms, want.terms)
            assert (got.baseline, got.n_docs_a, got.n_docs_b) == (want.baseline, want.n_docs_a, want.n_docs_b)


@pytest.mark.parametrize(("size", "block", "expected"), [
    (0, 3, []),
    (3, 3, [(0, 3)]),
    (7, 3, [(0, 3), (3, 6), (6, 7)]),
    (5, 1 << 22, [(0, 5)]),
])
def test_row_blocks_cover_every_row_once_in_order(monkeypatch, size, block, expected):
    monkeypatch.setattr(term_codes, "ROWS_PER_BLOCK", block)
    rows = np.arange(size)
    blocks = term_codes.row_blocks(size)
    assert [(b.start, min(b.stop, size)) for b in blocks] == expected
    np.testing.assert_array_equal(np.concatenate([rows[b] for b in blocks] or [rows]), rows)
