"""Term totals, TF-IDF and log-odds distinctiveness on hand-computed frames and on the seed articles.

The answers read a frame's coded rows (``lib.analyze.term_codes``); the helpers below code a frame and
pick the rows the old frame-taking calls named (``tfidf(frame, doc_ids)``).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lib.analyze import term_codes, term_stats
from lib.analyze.term_codes import CodedTerms, is_in
from lib.analyze.term_stats import (
    LOG_ODDS_COLUMNS,
    TFIDF_COLUMNS,
    TOTALS_COLUMNS,
    TermGroups,
    idf_by_term,
    log_odds_distinctive,
    term_totals,
    tfidf_of_documents,
)
from lib.extract.terms import TermExtractor
from lib.rules import load_rules
from lib.schema import Term

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture
def terms():
    # d1: ai 3, model 1 | d2: ai 1, tiktok 2 | d3: tiktok 4     (n = 11 counts, N = 3 documents)
    return pd.DataFrame({
        Term.DOC_ID: ["d1", "d1", "d2", "d2", "d3"],
        Term.TERM: ["ai", "model", "ai", "tiktok", "tiktok"],
        Term.LANG: ["en"] * 5,
        Term.COUNT: [3, 1, 1, 2, 4],
    })


def totals_of(frame: pd.DataFrame) -> pd.DataFrame:
    return term_totals(CodedTerms(frame).rows())


def tfidf(frame: pd.DataFrame, doc_ids=None) -> pd.DataFrame:
    """TF-IDF summed over the documents ``doc_ids`` (every one when None), IDF from the whole frame."""
    coded = CodedTerms(frame)
    return tfidf_of_documents(coded.rows(None if doc_ids is None else coded.rows_of(doc_ids)),
                              idf_by_term(coded.rows()))


def log_odds(frame: pd.DataFrame, *groups, **options) -> pd.DataFrame:
    return log_odds_distinctive(CodedTerms(frame), *groups, **options)


def by_term(frame, column):
    return dict(zip(frame["term"], frame[column], strict=True))


def test_term_totals(terms):
    totals = totals_of(terms)
    assert list(totals.columns) == TOTALS_COLUMNS
    assert list(totals["term"]) == ["tiktok", "ai", "model"]
    assert by_term(totals, "count") == {"tiktok": 6, "ai": 4, "model": 1}
    assert by_term(totals, "n_docs") == {"tiktok": 2, "ai": 2, "model": 1}


def test_same_term_in_two_languages_stays_apart():
    frame = pd.DataFrame({Term.DOC_ID: [1, 2], Term.TERM: ["AI", "AI"], Term.LANG: ["en", "zh"],
                          Term.COUNT: [2, 1]})
    assert len(totals_of(frame)) == 2


def test_tfidf_hand_computed(terms):
    idf_common = math.log(4 / 3) + 1      # in 2 of 3 documents
    idf_rare = math.log(4 / 2) + 1        # in 1 of 3 documents
    expected = {
        "ai": (3 / 4 + 1 / 3) * idf_common,
        "model": 1 / 4 * idf_rare,
        "tiktok": (2 / 3 + 4 / 4) * idf_common,
    }
    scores = tfidf(terms)
    assert list(scores.columns) == TFIDF_COLUMNS
    assert list(scores["term"]) == ["tiktok", "ai", "model"]
    assert by_term(scores, "tfidf") == pytest.approx(expected)


def test_tfidf_selection_keeps_corpus_idf(terms):
    scores = tfidf(terms, doc_ids=["d1"])
    assert by_term(scores, "tfidf") == pytest.approx({
        "ai": 3 / 4 * (math.log(4 / 3) + 1), "model": 1 / 4 * (math.log(2) + 1)})
    assert list(scores["term"]) == ["ai", "model"]


def test_tfidf_empty_selection(terms):
    assert list(tfidf(terms, doc_ids=[]).columns) == TFIDF_COLUMNS
    assert tfidf(terms, doc_ids={"nope"}).empty


def test_log_odds_hand_computed(terms):
    # prior_scale=None: alpha0 = n = 11, so alpha_w is the term's corpus count (ai 4, model 1, tiktok 6).
    result = log_odds(terms, ["d1"], ["d3"], prior_scale=None)
    assert list(result.columns) == LOG_ODDS_COLUMNS
    ai = result.set_index("term").loc["ai"]
    # A: y=3, n_A=4 -> ln(7 / 8);  B: y=0, n_B=4 -> ln(4 / 11)
    assert ai["delta"] == pytest.approx(math.log(7 / 8) - math.log(4 / 11))
    assert ai["variance"] == pytest.approx(1 / 7 + 1 / 4)
    assert ai["z"] == pytest.approx(ai["delta"] / math.sqrt(1 / 7 + 1 / 4))
    tiktok = result.set_index("term").loc["tiktok"]
    assert tiktok["delta"] == pytest.approx(math.log(6 / 9) - math.log(10 / 5))
    assert (ai["count_a"], ai["count_b"]) == (3, 0)


def test_log_odds_term_only_in_a_ranks_first_and_sign(terms):
    result = log_odds(terms, ["d1"])
    assert result["term"].iloc[0] == "ai"
    assert result["term"].iloc[-1] == "tiktok"
    assert result["z"].is_monotonic_decreasing
    signs = by_term(result, "delta")
    assert signs["ai"] > 0 and signs["model"] > 0 and signs["tiktok"] < 0
    assert np.isfinite(result[["delta", "variance", "z"]].to_numpy()).all()


def test_log_odds_default_complement(terms):
    explicit = log_odds(terms, ["d1"], ["d2", "d3"])
    implicit = log_odds(terms, ["d1"])
    pd.testing.assert_frame_equal(explicit, implicit)


@pytest.mark.parametrize("prior_scale", [None, 1.0, 1000.0])
def test_log_odds_swap_negates(terms, prior_scale):
    forward = log_odds(terms, ["d1"], ["d2", "d3"], prior_scale).set_index("term")
    backward = log_odds(terms, ["d2", "d3"], ["d1"], prior_scale).set_index("term")
    backward = backward.loc[forward.index]
    np.testing.assert_allclose(forward["delta"], -backward["delta"])
    np.testing.assert_allclose(forward["z"], -backward["z"])
    np.testing.assert_allclose(forward["variance"], backward["variance"])
    assert list(forward["count_a"]) == list(backward["count_b"])


def test_log_odds_leaves_out_terms_of_neither_group(terms):
    assert set(log_odds(terms, ["d1"], ["d2"])["term"]) == {"ai", "model", "tiktok"}
    assert set(log_odds(terms, ["d1"], ["d1"])["term"]) == {"ai", "model"}


@pytest.mark.parametrize(("group_a", "group_b"), [
    ([], None), ([], ["d1"]), (["d1"], []), (["missing"], None), (["d1", "d2", "d3"], None)])
def test_log_odds_empty_groups(terms, group_a, group_b):
    result = log_odds(terms, group_a, group_b)
    assert result.empty
    assert list(result.columns) == LOG_ODDS_COLUMNS


def test_single_term_vocabulary_stays_finite():
    frame = pd.DataFrame({Term.DOC_ID: ["a", "b"], Term.TERM: ["ai", "ai"], Term.LANG: ["en", "en"],
                          Term.COUNT: [2, 5]})
    result = log_odds(frame, ["a"], prior_scale=None)
    assert np.isfinite(result[["delta", "variance", "z"]].to_numpy()).all()


def test_empty_frame():
    empty = pd.DataFrame({name: [] for name in Term.COLUMNS})
    assert list(totals_of(empty).columns) == TOTALS_COLUMNS
    assert list(tfidf(empty).columns) == TFIDF_COLUMNS
    assert list(log_odds(empty, ["x"]).columns) == LOG_ODDS_COLUMNS


def test_inputs_are_not_mutated(terms):
    before = terms.copy()
    totals_of(terms)
    tfidf(terms, ["d1"])
    log_odds(terms, ["d1"])
    log_odds(terms, ["d1"], ["d2"], prior_scale=None)
    pd.testing.assert_frame_equal(terms, before)


def test_scales_to_many_documents():
    rng = np.random.default_rng(0)
    n_rows = 200_000
    frame = pd.DataFrame({
        Term.DOC_ID: rng.integers(0, 10_000, n_rows),
        Term.TERM: rng.integers(0, 5_000, n_rows).astype(str),
        Term.LANG: "en",
        Term.COUNT: rng.integers(1, 5, n_rows),
    })
    result = log_odds(frame, range(0, 10_000, 7))
    assert np.isfinite(result["z"].to_numpy()).all()
    assert len(tfidf(frame, range(100))) > 0


@pytest.fixture(scope="module")
def seed_terms():
    rules = load_rules()
    extractor = TermExtractor(rules.stopwords_en, rules.stopwords_zh, rules.phrases)
    rows = [
        (path.stem, term, lang, count)
        for path in sorted(SEEDS.glob("*.txt"))
        for (term, lang), count in extractor.count(path.read_text(encoding="utf-8")).items()
    ]
    return rules, pd.DataFrame(rows, columns=[Term.DOC_ID, Term.TERM, Term.LANG, Term.COUNT])


def test_seed_corpus_top_terms(seed_terms):
    rules, frame = seed_terms
    assert frame[Term.DOC_ID].nunique() == 5
    top = list(totals_of(frame)["term"].head(30))
    assert top[0] == "xiaohongshu"
    assert {"AI", "large model", "AIGC"} & set(top)
    for term in top:
        assert term == "US" or term.lower() not in rules.stopwords_en
        assert not re.fullmatch(r"[\d.,%-]+", term)
        assert len(term) > 1


def test_seed_corpus_distinctive_terms(seed_terms):
    _, frame = seed_terms
    bytedance_doc = next(doc for doc in frame[Term.DOC_ID].unique() if doc.startswith("004"))
    result = log_odds(frame, [bytedance_doc])
    assert "bytedance" in list(result["term"].head(3))
    assert result["z"].is_monotonic_decreasing
    assert np.isfinite(result["z"].to_numpy()).all()


def test_idf_by_term(terms):
    coded = CodedTerms(terms)
    per_key = idf_by_term(coded.rows())
    idf = dict(zip(coded.keys[Term.TERM], per_key, strict=True))
    assert idf == pytest.approx({"ai": math.log(4 / 3) + 1, "model": math.log(2) + 1, "tiktok": math.log(4 / 3) + 1})


def test_idf_of_some_documents_leaves_the_other_terms_unknown(terms):
    coded = CodedTerms(terms)
    idf = dict(zip(coded.keys[Term.TERM], idf_by_term(coded.rows(coded.rows_of(["d2", "d3"]))), strict=True))
    # N = 2 documents: ai in 1, tiktok in 2; model is only in d1, so it has no IDF here.
    assert idf["ai"] == pytest.approx(math.log(3 / 2) + 1) and idf["tiktok"] == pytest.approx(math.log(3 / 3) + 1)
    assert math.isnan(idf["model"])


def test_duplicate_rows_count_a_document_once(terms):
    doubled = pd.concat([terms, terms.head(1)], ignore_index=True)
    assert by_term(totals_of(doubled), "n_docs")["ai"] == 2
    assert by_term(totals_of(doubled), "count")["ai"] == 7


def test_missing_terms_are_left_out():
    frame = pd.DataFrame({Term.DOC_ID: ["a", "a", "b"], Term.TERM: ["ai", None, "ai"], Term.LANG: ["en"] * 3,
                          Term.COUNT: [1, 5, 2]})
    assert list(totals_of(frame)["term"]) == ["ai"]


def test_a_term_row_of_no_document_counts_in_no_total_and_no_frequency():
    whole = pd.DataFrame({Term.DOC_ID: ["a", "a", "b"], Term.TERM: ["ai", "chip", "ai"], Term.LANG: ["en"] * 3,
                          Term.COUNT: [1, 3, 2]})
    with_stray = pd.concat([whole, pd.DataFrame({Term.DOC_ID: [None], Term.TERM: ["chip"], Term.LANG: ["en"],
                                                 Term.COUNT: [9]})], ignore_index=True)
    coded = CodedTerms(with_stray)
    idf = idf_by_term(coded.rows())
    assert by_term(totals_of(with_stray), "n_docs") == by_term(totals_of(whole), "n_docs")
    assert by_term(tfidf_of_documents(coded.rows(), idf), "tfidf") == by_term(tfidf(whole), "tfidf")


@pytest.mark.parametrize("wanted", [["d1", "d3"], {"d1", "d3"}, ("d3", "d1", "d1"), pd.Series(["d1", "d3"]),
                                    pd.Index(["d3", "d1"]), np.array(["d1", "d3"], dtype=object)])
def test_is_in_matches_isin(terms, wanted):
    expected = terms[Term.DOC_ID].isin(list(wanted)).to_numpy()
    np.testing.assert_array_equal(is_in(terms[Term.DOC_ID], wanted), expected)


@pytest.mark.parametrize("wanted", [[], [1, 2], ["d1", None]])
def test_is_in_odd_values(terms, wanted):
    np.testing.assert_array_equal(is_in(terms[Term.DOC_ID], wanted), terms[Term.DOC_ID].isin(wanted).to_numpy())


def test_is_in_on_numbers():
    np.testing.assert_array_equal(is_in(pd.Series([1, 2, 3]), [3, 1]), [True, False, True])


def test_term_groups_compare_several_pairs_like_log_odds(terms):
    groups = TermGroups(CodedTerms(terms).rows())
    for a, b in ((["d1"], None), (["d1"], ["d3"]), (["d2"], ["d1", "d3"])):
        pd.testing.assert_frame_equal(groups.log_odds(a, b), log_odds(terms, a, b))


@pytest.mark.parametrize("block", [1, 3, 1 << 22])
@pytest.mark.parametrize("with_chosen", [False, True])
def test_count_sums_equal_a_weighted_bincount_of_the_chosen_rows(monkeypatch, block, with_chosen):
    monkeypatch.setattr(term_codes, "ROWS_PER_BLOCK", block)
    rng = np.random.default_rng(block)
    codes = rng.integers(0, 7, 50).astype(np.int32)
    counts = rng.integers(1, 40, 50)
    chosen = rng.random(50) < 0.5 if with_chosen else np.ones(50, dtype=bool)
    expected = np.bincount(codes[chosen], weights=counts[chosen], minlength=9)
    found = term_stats.count_sums(codes, counts, 9, chosen if with_chosen else None)
    assert found.dtype == expected.dtype
    np.testing.assert_array_equal(found, expected)
