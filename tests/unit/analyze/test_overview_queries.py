"""The Overview's DuckDB answers equal the pandas code they replaced (``tests/oracles/overview.py``).

On the seeds, the messy folder of ``tests/corpus_factory`` (copies, undated and unreadable files) and
300 generated articles, each answer of ``lib.analyze.overview`` asked of the corpus's tables for some
filters is compared with its oracle run on the frames of ``apply_filters``'s view for the same filters:
same values, dtypes and order.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.synthetic_corpus import write_corpus
from lib.analyze import overview as ov
from lib.analyze.corpus_sql import corpus_tables
from lib.analyze.filters import UNKNOWN_OUTLET, Filters, apply_filters
from lib.analyze.sql_filters import tables_kept_for
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc, Event
from tests.corpus_factory import write_messy_corpus
from tests.oracles import companies as companies_oracle
from tests.oracles import overview as oracle

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module", params=["seeds", "messy", "synthetic"])
def corpus_and_tables(request, tmp_path_factory):
    if request.param == "seeds":
        corpus = build_corpus(SEEDS, cache_dir=None)
    elif request.param == "messy":
        corpus = build_corpus(write_messy_corpus(tmp_path_factory.mktemp("messy") / "corpus"), cache_dir=None)
    else:
        corpus = build_corpus(write_corpus(tmp_path_factory.mktemp("synthetic") / "corpus", 300, 0), cache_dir=None)
    return corpus, corpus_tables(corpus)


def filters_of(corpus) -> list[Filters]:
    """Default, and narrowed by companies, dates, outlets and event types (alone and together)."""
    named = list(companies_oracle.companies_by_mentions(corpus.mentions).index) + ["Nobody Inc"] * 4
    outlets = tuple(corpus.documents[Doc.SOURCE].replace("", pd.NA).dropna().value_counts().index[:2])
    types = tuple(corpus.events[Event.EVENT_TYPE].value_counts().index[:2])
    return [Filters(), Filters(companies=(named[0],)), Filters(companies=(named[1], named[3])),
            Filters(start=date(2024, 1, 1), end=date(2024, 12, 31)), Filters(end=date(2021, 6, 30)),
            Filters(start=date(2025, 1, 1)), Filters(outlets=outlets), Filters(outlets=(UNKNOWN_OUTLET,)),
            Filters(event_types=types),
            Filters(companies=(named[0],), start=date(2023, 1, 1), end=date(2024, 6, 30), event_types=types[:1])]


def test_every_answer_is_its_oracles_answer(corpus_and_tables):
    corpus, tables = corpus_and_tables
    for filters in filters_of(corpus):
        view, what = apply_filters(corpus, filters), filters.describe()
        assert ov.headline(tables, filters) == oracle.headline(view.documents, view.all_documents, view.mentions,
                                                               view.events), what
        assert ov.dating_gaps(tables, filters) == oracle.dating_gaps(view.documents), what
        frames = {
            "documents_per_month": (ov.documents_per_month(tables, filters),
                                    oracle.documents_per_month(view.documents)),
            "documents_per_language": (ov.documents_per_language(tables, filters),
                                       oracle.documents_per_language(view.documents)),
            "events_newest_first": (ov.events_newest_first(tables, filters),
                                    oracle.events_newest_first(view.events, view.documents)),
        }
        for top in (1, 3, 10):
            frames[f"mentions_per_month top {top}"] = (ov.mentions_per_month(tables, filters, top),
                                                       oracle.mentions_per_month(view.mentions, view.documents, top))
            frames[f"documents_per_outlet top {top}"] = (ov.documents_per_outlet(tables, filters, top),
                                                         oracle.documents_per_outlet(view.documents, top))
        for limit in (1, 4, 200):
            frames[f"events_newest_first limit {limit}"] = (
                ov.events_newest_first(tables, filters, limit),
                oracle.events_newest_first(view.events, view.documents).head(limit))
        for name, (got, want) in frames.items():
            # With no row the oracle's text columns built from numpy arrays stay ``object``; nothing is shown.
            pd.testing.assert_frame_equal(got, want, check_dtype=not want.empty, obj=f"{name} ({what})")


def test_the_oracle_comparison_is_not_empty(corpus_and_tables):
    """Each answer has rows unfiltered, and a filter narrows it: an empty answer could not differ from its oracle."""
    corpus, tables = corpus_and_tables
    everything, narrowed = Filters(), filters_of(corpus)[1]
    numbers, fewer = ov.headline(tables, everything), ov.headline(tables, narrowed)
    assert numbers.n_documents > fewer.n_documents > 0 and numbers.n_events > fewer.n_events
    assert numbers.first_published and numbers.n_companies > 1
    for answer in (ov.documents_per_month, ov.mentions_per_month, ov.events_newest_first, ov.documents_per_language,
                   ov.documents_per_outlet):
        assert not answer(tables, everything).empty, answer.__name__


def test_the_headline_and_mentions_per_month_read_one_pass_as_they_read_their_own(corpus_and_tables):
    """The page hands both one ``company_month_mentions`` of the view; the answers are those asked alone."""
    corpus, tables = corpus_and_tables
    for filters in filters_of(corpus):
        cells, what = ov.company_month_mentions(tables, filters), filters.describe()
        assert ov.headline(tables, filters, cells) == ov.headline(tables, filters), what
        for top in (1, 3, 10):
            pd.testing.assert_frame_equal(ov.mentions_per_month(tables, filters, top, cells),
                                          ov.mentions_per_month(tables, filters, top), obj=what)


def test_the_tables_holding_the_kept_rows_give_the_same_answers(corpus_and_tables):
    """``tables_kept_for`` works out the kept documents and events once; each answer asked of those tables is
    the one asked of the corpus's, and tables kept for other filters are not read as if kept for these."""
    corpus, tables = corpus_and_tables
    every_filters = filters_of(corpus)
    for filters, other in zip(every_filters, every_filters[1:] + every_filters[:1], strict=True):
        what = filters.describe()
        for kept in (tables_kept_for(tables, filters), tables_kept_for(tables, other)):
            assert ov.headline(kept, filters) == ov.headline(tables, filters), what
            assert ov.dating_gaps(kept, filters) == ov.dating_gaps(tables, filters), what
            for answer in (ov.documents_per_month, ov.mentions_per_month, ov.documents_per_language,
                           ov.documents_per_outlet, ov.company_month_mentions):
                got, want = answer(kept, filters), answer(tables, filters)
                if answer is ov.company_month_mentions:   # one row a (company, month) in no set order
                    got, want = (frame.sort_values([ov.COMPANY, ov.MONTH_NUMBER], ignore_index=True)
                                 for frame in (got, want))
                pd.testing.assert_frame_equal(got, want, obj=f"{answer.__name__} ({what})")
            for limit in (None, 4):
                pd.testing.assert_frame_equal(ov.events_newest_first(kept, filters, limit),
                                              ov.events_newest_first(tables, filters, limit), obj=what)
