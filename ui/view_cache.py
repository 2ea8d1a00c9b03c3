"""What a page draws for a view, kept per corpus version and filters across reruns and sessions.

A filter change that many sessions make (or one session makes again) then costs one build: the
figures Plotly validates property by property, the newest events sorted out of the whole view.
Everything returned is shared between sessions: read it, do not change it.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.analyze import overview
from lib.analyze.company_comparison import CompanyComparison, compare_companies
from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.filters import View
from lib.analyze.keywords import Concordance, KeywordTerms, concordance, keyword_terms
from lib.analyze.story_views import StoryMarks, story_marks
from lib.charts.provenance import Provenance, self_describing
from lib.pipeline.corpus import Corpus
from ui.cache import corpus_index, occurrences_in, stories_of_view, term_idf


@st.cache_resource(max_entries=128, show_spinner=False)
def _described_figure(version: str, root: str, filters_key: str, chart: str, provenance_text: str, width: int,
                      _build, _provenance: Provenance):
    return self_describing(_build(), _provenance, width)


def view_figure(corpus: Corpus, view: View, chart: str, build, provenance: Provenance, width: int):
    """``self_describing(build(), provenance, width)``, built once per corpus version, filters, chart
    and provenance (read-only): Plotly validates every property it is given, so building and
    describing the Overview's four charts takes ~0.3 s a rerun at 10,000 articles. ``build``
    must depend on nothing but the corpus, the view's filters and what ``chart`` names (a page's
    own widgets' values, such as the compared companies, go into ``chart``)."""
    return _described_figure(corpus.version, corpus.root, repr(view.filters), chart, provenance.text(), width,
                             build, provenance)


@st.cache_resource(max_entries=16, show_spinner=False)
def _company_comparison(version: str, root: str, filters_key: str, companies: tuple[str, ...],
                        documents_shown: int, _view: View, _index: CorpusIndex) -> CompanyComparison:
    return compare_companies(_view, list(companies), _index, documents_shown)


def company_comparison(corpus: Corpus, view: View, companies: list[str], documents_shown: int) -> CompanyComparison:
    """The Companies page's answers (``lib.analyze.company_comparison``), kept per corpus version,
    filters and compared companies (read-only): counting them and scoring four companies' terms
    over the view's sentences takes ~0.1 s at 1,000 articles."""
    return _company_comparison(corpus.version, corpus.root, repr(view.filters), tuple(companies), documents_shown,
                               view, corpus_index(corpus))


@st.cache_resource(max_entries=16, show_spinner=False)
def _recent_events(version: str, root: str, filters_key: str, limit: int, _view: View,
                   _index: CorpusIndex) -> pd.DataFrame:
    return overview.events_newest_first(_view.events, _view.documents, _index, limit)


def recent_events(corpus: Corpus, view: View, limit: int) -> pd.DataFrame:
    """The view's ``limit`` newest events (``lib.analyze.overview.events_newest_first``), kept per
    corpus version and filters (read-only): sorting 200,000 events costs ~0.1 s a rerun."""
    return _recent_events(corpus.version, corpus.root, repr(view.filters), limit, view,
                          corpus_index(corpus)).copy(deep=False)


@st.cache_resource(max_entries=32, show_spinner=False)
def _keyword_terms(version: str, root: str, filters_key: str, weight: str, stopwords: frozenset[str],
                   company: str | None, _corpus: Corpus, _view: View) -> KeywordTerms:
    return keyword_terms(_view, weight, stopwords, term_idf(_corpus, stopwords), corpus_index(_corpus), company)


def view_keyword_terms(corpus: Corpus, view: View, weight: str, stopwords: frozenset[str],
                       company: str | None = None) -> KeywordTerms:
    """The view's weighted terms, apart by language too (``lib.analyze.keywords.keyword_terms``), or
    those of its sentences about ``company``; kept per corpus version, filters, weighting, stopwords
    and company (read-only): TF-IDF reads the whole corpus's terms, and splitting them by language
    counts documents over every term row of the view."""
    return _keyword_terms(corpus.version, corpus.root, repr(view.filters), weight, stopwords, company, corpus, view)


@st.cache_resource(max_entries=16, show_spinner=False)
def _concordance(version: str, root: str, filters_key: str, term: str, _corpus: Corpus, _view: View) -> Concordance:
    counts = occurrences_in(_corpus, _view.sentences, term)
    return concordance(_view.sentences, _view.documents, term, counts=counts)


def view_concordance(corpus: Corpus, view: View, term: str) -> Concordance:
    """Every occurrence of ``term`` in the view's sentences, in context (``lib.analyze.keywords.concordance``),
    kept per corpus version, filters and term (read-only): locating the hits and cutting their context
    runs Python's regex engine over the sentences holding them."""
    return _concordance(corpus.version, corpus.root, repr(view.filters), term, corpus, view)


@st.cache_resource(max_entries=16, show_spinner=False)
def _story_marks(version: str, root: str, filters_key: str, language: str | None, _corpus: Corpus,
                 _view: View) -> StoryMarks:
    return story_marks(stories_of_view(_corpus, _view, language), _view.filters.companies)


def view_story_marks(corpus: Corpus, view: View, language: str | None = None) -> StoryMarks:
    """The marks of the view's stories in their company lanes (``lib.analyze.story_views.story_marks``
    of ``ui.cache.stories_of_view``), kept per corpus version, filters and title language (read-only):
    splitting every story's companies into lanes takes ~15 ms a rerun at 1,000 articles."""
    return _story_marks(corpus.version, corpus.root, repr(view.filters), language, corpus, view)
