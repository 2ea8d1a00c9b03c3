"""What is said about each company: its sentences and their neighbours, its names merged across languages.

Two companies named in the same articles, in different sentences, must get different distinctive
terms and clouds (issue 12, item 6), in English and in Chinese.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze import term_codes
from lib.analyze.companies import documents_naming
from lib.analyze.company_terms import SentenceRows, company_terms, name_merges, rows_about, sentence_rows
from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.distinctive_terms import BASELINE_CORPUS, company_name_terms, distinctive_terms
from lib.analyze.filters import Filters, apply_filters
from lib.analyze.keywords import rows_in_view
from lib.analyze.term_codes import CodedTerms, coded_terms
from lib.analyze.term_stats import present_keys
from lib.extract.terms import name_term
from lib.pipeline.corpus import build_corpus
from lib.rules import load_rules
from lib.schema import Mention, Term
from tests.shared_articles import SHARED, write_shared_articles

COMPARED = ["ByteDance", "Alibaba"]
ABOUT_BYTEDANCE = {"douyin", "short video", "livestreaming", "短视频", "直播"}
ABOUT_ALIBABA = {"taobao", "cloud computing", "warehouses", "云计算", "仓库"}


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    root = tmp_path_factory.mktemp("shared")
    corpus = build_corpus(write_shared_articles(root / "articles"), cache_dir=root / "cache")
    return corpus, CorpusIndex(corpus)


def language_view(corpus, prefix: str):
    """The view of the articles of one language (file names start with it), shared and baseline."""
    doc_ids = tuple(corpus.documents.loc[corpus.documents["file"].str.startswith(prefix), "doc_id"])
    return apply_filters(corpus, Filters(doc_ids=doc_ids))


def positive_terms(found) -> set[str]:
    return set(found.terms.loc[found.terms["z"] > 0, "term"])


@pytest.mark.parametrize(("prefix", "bytedance_terms", "alibaba_terms"), [
    ("en", {"douyin", "short video", "livestreaming"}, {"taobao", "cloud computing", "warehouses"}),
    ("zh", {"douyin", "短视频", "直播"}, {"taobao", "云计算", "仓库"}),
])
def test_companies_sharing_articles_get_different_distinctive_terms(shared, prefix, bytedance_terms,
                                                                     alibaba_terms):
    corpus, index = shared
    view = language_view(corpus, prefix)
    # The premise: both companies are named in exactly the same articles.
    assert set(documents_naming(view.mentions, "ByteDance", index)) == set(
        documents_naming(view.mentions, "Alibaba", index))
    bytedance, alibaba = distinctive_terms(view, COMPARED, company_name_terms(COMPARED, index), index)
    assert bytedance_terms <= positive_terms(bytedance)
    assert alibaba_terms <= positive_terms(alibaba)
    assert not positive_terms(bytedance) & (ABOUT_ALIBABA | {"alibaba"})
    assert not positive_terms(alibaba) & (ABOUT_BYTEDANCE | {"bytedance"})


def test_the_sentence_between_two_passages_belongs_to_neither(shared):
    corpus, index = shared
    view = language_view(corpus, "en_shared_1")
    coded = index.derived(company_terms)
    terms = corpus.terms
    for company in COMPARED:
        rows = terms[coded.rows.rows_in(coded.rows.sentences_around(
            *[view.mentions.loc[view.mentions[Mention.COMPANY] == company, c] for c in (Mention.DOC_ID,
                                                                                         Mention.SENT_ID)]))]
        assert "analysts" not in set(rows[Term.TERM])         # sentence 2: neighbour of neither
    found = distinctive_terms(view, ["Alibaba"], set(), index)[0]
    assert found.n_sentences_a == 3 and found.baseline == BASELINE_CORPUS  # sentences 3, 4 and 5


def test_a_company_name_in_every_language_is_one_term(shared):
    corpus, index = shared
    merges = name_merges(corpus.mentions)
    assert merges[("字节跳动", "zh")] == name_term("ByteDance") == ("bytedance", "en")
    assert ("bytedance", "en") not in merges                   # already the entity's own term
    assert merges[("抖音", "zh")] == ("douyin", "en") and merges[("淘宝", "zh")] == ("taobao", "en")
    everywhere = apply_filters(corpus, Filters())
    bytedance = distinctive_terms(everywhere, ["ByteDance"], set(), index)[0].terms.set_index("term")
    # Douyin is named twice in English, twice in simplified and once in traditional Chinese.
    assert bytedance.loc["douyin", "count_a"] == 5
    assert not bytedance.index.isin(["抖音", "字节跳动", "字節跳動"]).any()


def test_a_company_own_names_are_left_out_of_its_terms_in_every_language(shared):
    corpus, index = shared
    everywhere = apply_filters(corpus, Filters())
    excluded = company_name_terms(COMPARED, index)
    for found in distinctive_terms(everywhere, COMPARED, excluded, index):
        assert not found.terms["term"].str.lower().isin(
            {"bytedance", "alibaba", "字节跳动", "字節跳動", "阿里巴巴"}).any(), found.company


def test_generic_reporting_words_are_not_terms(shared):
    corpus, _ = shared
    terms = set(corpus.terms[Term.TERM])
    assert {"工具", "投入"} <= terms                             # the sentence with them still counts
    assert not terms & {"发布", "發布", "推出", "宣布", "公司", "表示", "超过", "超過", "亿元", "億元", "十亿元"}
    stopwords = load_rules().stopwords_zh
    assert {"超过", "发布", "公司", "亿元", "表示", "进行", "目前", "已经", "相关", "推出", "宣布", "据悉",
            "记者"} <= stopwords


def test_the_company_cloud_reads_its_sentences_with_names_merged(shared):
    corpus, index = shared
    view = language_view(corpus, "zh")
    coded = index.derived(coded_terms)
    about, _ = rows_about(index.derived(sentence_rows), view.mentions, "ByteDance")
    rows = coded.rows(about & rows_in_view(view, coded)).merged(name_merges(view.mentions), coded.vocabulary)
    terms = set(rows.keys.loc[present_keys(rows), Term.TERM])
    assert {"douyin", "bytedance", "短视频"} <= terms
    assert not terms & {"云计算", "仓库", "抖音", "字节跳动"}
    assert set(rows.doc_ids[np.unique(rows.docs)]) == {
        doc for doc in corpus.documents["doc_id"] if doc.startswith("zh_")
        and any(doc.startswith(name[:-4]) for name in SHARED)}


# --- hand-made tables --------------------------------------------------------------------------

def terms_frame(rows: list[tuple]) -> pd.DataFrame:
    """Rows of (doc_id, sent_id, term, lang, count)."""
    frame = pd.DataFrame(rows, columns=[Term.DOC_ID, Term.SENT_ID, Term.TERM, Term.LANG, Term.COUNT])
    return frame[Term.COLUMNS]


def test_neighbours_stay_inside_their_document():
    terms = terms_frame([("a", 0, "x", "en", 1), ("a", 1, "y", "en", 1), ("a", 2, "z", "en", 1),
                         ("b", 0, "u", "en", 1), ("b", 1, "v", "en", 1)])
    coded = CodedTerms(terms)
    rows = SentenceRows(coded.docs, coded.doc_ids, terms[Term.SENT_ID].to_numpy())
    # The last sentence of "a" reaches back one, never forward into "b".
    chosen = rows.rows_in(rows.sentences_around(pd.Series(["a"]), pd.Series([2])))
    np.testing.assert_array_equal(chosen, [False, True, True, False, False])
    chosen = rows.rows_in(rows.sentences_around(pd.Series(["b", "nobody"]), pd.Series([0, 0])))
    np.testing.assert_array_equal(chosen, [False, False, False, True, True])


@pytest.mark.parametrize("block", [1, 3, 1 << 22])
def test_sentence_numbers_do_not_depend_on_the_block_of_rows(block, monkeypatch):
    terms = terms_frame([("a", 0, "x", "en", 1), ("a", 4, "y", "en", 1), (None, 2, "z", "en", 1),
                         ("b", 1, "u", "en", 1), ("a", 2, "v", "en", 1), ("b", -1, "w", "en", 1)])
    coded = CodedTerms(terms)
    monkeypatch.setattr(term_codes, "ROWS_PER_BLOCK", block)
    rows = SentenceRows(coded.docs, coded.doc_ids, terms[Term.SENT_ID].to_numpy())
    # "a" has sentences 0-4 and "b" 0-1, numbered consecutively in document order; no document or sentence: -1.
    a, b = coded.doc_ids.get_loc("a"), coded.doc_ids.get_loc("b")
    assert (rows.sizes[a], rows.sizes[b]) == (5, 2)
    start_a, start_b = (0, 5) if a < b else (2, 0)
    np.testing.assert_array_equal(rows.numbers, [start_a, start_a + 4, -1, start_b + 1, start_a + 2, -1])


@pytest.mark.parametrize(("rows", "expected"), [
    ([("a", 0, "字节跳动", "zh", 2), ("a", 0, "bytedance", "en", 1), ("a", 1, "ai", "en", 1)],
     [["bytedance", "en"]] * 2 + [["ai", "en"]]),
    # The target is no term of the corpus: the merge makes it (a key of its own, not in the vocabulary).
    ([("a", 0, "字節跳動", "zh", 2), ("b", 3, "抖音", "zh", 1)], [["bytedance", "en"], ["抖音", "zh"]]),
])
def test_names_merge_in_coded_rows_without_changing_the_frame(rows, expected):
    terms = terms_frame(rows)
    before = terms.copy()
    coded = CodedTerms(terms)
    merged = coded.rows().merged({("字节跳动", "zh"): ("bytedance", "en"), ("字節跳動", "zh"): ("bytedance", "en")},
                                 coded.vocabulary)
    assert merged.keys.iloc[merged.codes][[Term.TERM, Term.LANG]].values.tolist() == expected
    in_vocabulary = [coded.vocabulary.get_loc(tuple(key)) if tuple(key) in coded.vocabulary else -1
                     for key in merged.keys.itertuples(index=False)]
    np.testing.assert_array_equal(merged.base, in_vocabulary)
    pd.testing.assert_frame_equal(terms, before)
