"""The Companies page's answers gathered in one call are each function's own answer, on the seeds."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from lib.analyze import companies as answers
from lib.analyze.company_comparison import compare_companies
from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.corpus_sql import corpus_tables
from lib.analyze.distinctive_terms import company_name_terms, distinctive_terms
from lib.analyze.filters import Filters, apply_filters
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(SEEDS, cache_dir=None)


@pytest.mark.parametrize(("filters", "companies"), [
    (Filters(), ["Xiaohongshu", "ByteDance", "Meta", "OpenAI"]),
    (Filters(companies=("ByteDance",)), ["ByteDance", "Alibaba"]),
    (Filters(), ["Meta", "ByteDance"]),       # order is the caller's
])
def test_every_answer_is_its_functions_answer(corpus, filters, companies):
    index, tables = CorpusIndex(corpus), corpus_tables(corpus)
    view = apply_filters(corpus, filters)
    compared = compare_companies(view, companies, index, tables, documents_shown=3)
    pairs = answers.co_mentions(tables, filters, companies)
    expected = {
        "share_of_voice": answers.share_of_voice(tables, filters, companies),
        "mentions_per_document": answers.mentions_per_document(tables, filters, companies, limit=3),
        "co_mention_matrix": answers.co_mention_matrix(pairs, companies),
        "pairs_involving": answers.pairs_involving(pairs, companies),
        "events_per_type": answers.events_per_type(tables, filters, companies),
        "products_and_people": answers.products_and_people(tables, filters, companies),
    }
    assert compared.companies == tuple(companies)
    for name, frame in expected.items():
        assert not frame.empty, name        # the seeds answer each: an empty pair could not differ
        pd.testing.assert_frame_equal(getattr(compared, name), frame, obj=name)
    assert len(compared.mentions_per_document[Doc.DOC_ID].unique()) <= 3
    assert compared.documents_without_month == answers.documents_without_month(view.documents)
    distinctive = distinctive_terms(view, companies, company_name_terms(companies, index), index)
    assert [found.company for found in compared.distinctive] == companies
    for got, want in zip(compared.distinctive, distinctive, strict=True):
        assert (got.baseline, got.n_docs_a, got.n_docs_b, got.n_sentences_a) == (
            want.baseline, want.n_docs_a, want.n_docs_b, want.n_sentences_a)
        pd.testing.assert_frame_equal(got.terms, want.terms)
    assert any(not found.terms.empty for found in compared.distinctive)
