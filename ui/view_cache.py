"""What a page draws for a view, kept per corpus version and filters across reruns and sessions.

A filter change that many sessions make (or one session makes again) then costs one build: the
figures Plotly validates property by property, the newest events sorted out of the whole view.
Every answer here is kept by one decorator, ``per_view``. Everything returned is shared between
sessions: read it, do not change it.
"""

from __future__ import annotations

import functools
import inspect
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from lib.analyze import overview
from lib.analyze.companies import companies_by_mentions
from lib.analyze.concordance import Concordance, concordance
from lib.analyze.corpus_sql import CorpusTables
from lib.analyze.filters import View
from lib.analyze.sql_filters import tables_kept_for
from lib.analyze.story_views import StoryMarks, story_marks
from lib.charts.provenance import Provenance, self_describing
from lib.pipeline.corpus import Corpus
from ui.cache import corpus_index, corpus_sql_tables, occurrences_in, term_idf
from ui.story_cache import stories_of_view

if TYPE_CHECKING:
    from lib.analyze.company_comparison import CompanyComparison
    from lib.analyze.keywords import KeywordTerms


def per_view(max_entries: int):
    """Keep ``answer(corpus, view, *values)`` per corpus version, folder, the view's filters and the
    values whose parameter names do not start with ``_`` (those, such as a figure's builder, reach
    the answer unhashed), across reruns and sessions: the ``max_entries`` most recently used
    answers are kept (``st.cache_resource``), and one caller computes a missing answer while the
    others asking for it wait. ``.clear()`` forgets them all. Each answer needs a name of its own in
    its module: Streamlit keeps one cache per function name."""
    def keep(answer):
        signature = inspect.signature(answer)

        def kept(version: str, root: str, filters_key: str, values: tuple, _compute):
            return _compute()

        # Streamlit names a cache by its function's module, name and source: every answer's own name
        # gives it a cache (and a bound) of its own although ``kept``'s source is the same for all.
        kept.__module__, kept.__qualname__ = answer.__module__, answer.__qualname__
        cached = st.cache_resource(max_entries=max_entries, show_spinner=False)(kept)

        @functools.wraps(answer)
        def of_view(corpus: Corpus, view: View, *args, **kwargs):
            bound = signature.bind(corpus, view, *args, **kwargs)
            bound.apply_defaults()
            values = tuple(value for name, value in list(bound.arguments.items())[2:] if not name.startswith("_"))
            return cached(corpus.version, corpus.root, repr(view.filters), values,
                          functools.partial(answer, *bound.args, **bound.kwargs))

        of_view.clear = cached.clear
        return of_view
    return keep


@per_view(max_entries=128)
def _described_figure(corpus: Corpus, view: View, chart: str, provenance_text: str, width: int, _build,
                      _provenance: Provenance):
    return self_describing(_build(), _provenance, width)


def view_figure(corpus: Corpus, view: View, chart: str, build, provenance: Provenance, width: int):
    """``self_describing(build(), provenance, width)``, built once per corpus version, filters, chart
    and provenance (read-only): Plotly validates every property it is given, so building and
    describing the Overview's four charts takes ~0.3 s a rerun at 10,000 articles. ``build``
    must depend on nothing but the corpus, the view's filters and what ``chart`` names (a page's
    own widgets' values, such as the compared companies, go into ``chart``)."""
    return _described_figure(corpus, view, chart, provenance.text(), width, build, provenance)


@per_view(max_entries=16)
def company_comparison(corpus: Corpus, view: View, companies: list[str], documents_shown: int) -> CompanyComparison:
    """The Companies page's answers (``lib.analyze.company_comparison``), kept per corpus version,
    filters and compared companies (read-only): counting them and scoring four companies' terms
    over the view's sentences takes ~0.1 s at 1,000 articles. The counts read the view's kept
    documents and events (``view_sql_tables``), worked out once per filters for every page."""
    # Imported with the page's first answer, as ``keyword_terms`` is: they bring the term tokenizer (rjieba, 0.4
    # CPU s to import), which only the Companies and Keywords pages need.
    from lib.analyze.company_comparison import compare_companies

    return compare_companies(view, list(companies), corpus_index(corpus), view_sql_tables(corpus, view),
                             documents_shown)


@per_view(max_entries=16)
def view_companies_by_mentions(corpus: Corpus, view: View) -> pd.Series:
    """Mentions per company in the view, most first (``lib.analyze.companies.companies_by_mentions``),
    kept per corpus version and filters (read-only): the query counts every mention of the view."""
    return companies_by_mentions(view_sql_tables(corpus, view), view.filters)


@per_view(max_entries=16)
def view_sql_tables(corpus: Corpus, view: View) -> CorpusTables:
    """The corpus's tables for DuckDB holding also the documents and events the view's filters keep
    (``lib.analyze.sql_filters.tables_kept_for``), kept per corpus version and filters (read-only): the
    Overview's queries then read them instead of each working them out again."""
    return tables_kept_for(corpus_sql_tables(corpus), view.filters)


@per_view(max_entries=16)
def view_company_month_mentions(corpus: Corpus, view: View) -> pd.DataFrame:
    """The view's mentions per company and month (``lib.analyze.overview.company_month_mentions``), kept
    per corpus version and filters (read-only): the one pass over the view's mentions that the headline's
    company count and the mentions per month both read."""
    return overview.company_month_mentions(view_sql_tables(corpus, view), view.filters)


@per_view(max_entries=16)
def view_headline(corpus: Corpus, view: View) -> overview.Headline:
    """The view's headline numbers (``lib.analyze.overview.headline``), kept per corpus version and
    filters (read-only), like the Overview's other counts: each is a query over the whole view."""
    return overview.headline(view_sql_tables(corpus, view), view.filters, view_company_month_mentions(corpus, view))


@per_view(max_entries=16)
def view_dating_gaps(corpus: Corpus, view: View) -> overview.DatingGaps:
    return overview.dating_gaps(view_sql_tables(corpus, view), view.filters)


@per_view(max_entries=16)
def view_documents_per_month(corpus: Corpus, view: View) -> pd.DataFrame:
    return overview.documents_per_month(view_sql_tables(corpus, view), view.filters)


@per_view(max_entries=16)
def view_mentions_per_month(corpus: Corpus, view: View) -> pd.DataFrame:
    return overview.mentions_per_month(view_sql_tables(corpus, view), view.filters,
                                       cells=view_company_month_mentions(corpus, view))


@per_view(max_entries=16)
def _recent_events(corpus: Corpus, view: View, limit: int) -> pd.DataFrame:
    return overview.events_newest_first(view_sql_tables(corpus, view), view.filters, limit)


def recent_events(corpus: Corpus, view: View, limit: int) -> pd.DataFrame:
    """The view's ``limit`` newest events (``lib.analyze.overview.events_newest_first``), kept per
    corpus version and filters (read-only): the query sorts every event of the view."""
    return _recent_events(corpus, view, limit).copy(deep=False)


@per_view(max_entries=32)
def view_keyword_terms(corpus: Corpus, view: View, weight: str, stopwords: frozenset[str],
                       company: str | None = None) -> KeywordTerms:
    """The view's weighted terms, apart by language too (``lib.analyze.keywords.keyword_terms``), or
    those of its sentences about ``company``; kept per corpus version, filters, weighting, stopwords
    and company (read-only): TF-IDF reads the whole corpus's terms, and splitting them by language
    counts documents over every term row of the view."""
    from lib.analyze.keywords import keyword_terms

    return keyword_terms(view, weight, stopwords, term_idf(corpus, stopwords), corpus_index(corpus), company)


@per_view(max_entries=16)
def view_concordance(corpus: Corpus, view: View, term: str) -> Concordance:
    """Every occurrence of ``term`` in the view's sentences, in context (``lib.analyze.concordance``),
    kept per corpus version, filters and term (read-only): locating the hits and cutting their context
    runs Python's regex engine over the sentences holding them."""
    return concordance(view.sentences, view.documents, term, counts=occurrences_in(corpus, view.sentences, term))


@per_view(max_entries=16)
def view_story_marks(corpus: Corpus, view: View, language: str | None = None) -> StoryMarks:
    """The marks of the view's stories in their company lanes (``lib.analyze.story_views.story_marks``
    of ``ui.story_cache.stories_of_view``), kept per corpus version, filters and title language (read-only):
    splitting every story's companies into lanes takes ~15 ms a rerun at 1,000 articles."""
    return story_marks(stories_of_view(corpus, view, language), view.filters.companies)
