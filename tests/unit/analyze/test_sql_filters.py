"""The filters as DuckDB queries keep exactly what the pandas rule keeps.

``apply_filters`` (pandas, over the corpus in memory) is the oracle: on the seeds, on a corpus
with copies, undated and month-dated documents, and on a generated corpus, every combination of
filters must agree, over the frames' Arrow form and over a snapshot's memory-mapped files alike.
"""

from __future__ import annotations

from datetime import date
from itertools import product
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.story_quality import load_articles, write_folder
from benchmarks.synthetic_corpus import write_corpus
from lib.analyze.corpus_sql import ROW_POSITION, corpus_tables, frames_tables, query, snapshot_tables
from lib.analyze.filters import UNKNOWN_OUTLET, Filters, apply_filters
from lib.analyze.sql_filters import KEPT_DOCUMENTS, KEPT_EVENTS, kept_doc_ids, kept_event_ids, tables_kept_for
from lib.pipeline.corpus import build_corpus
from lib.schema import COMPANY_SEPARATOR, Doc, Event
from lib.store.snapshot import SNAPSHOT_DIR

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def seeds():
    corpus = build_corpus(SEEDS, cache_dir=None)
    return corpus, corpus_tables(corpus)


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    """The story set's 125 real articles: a page saved twice, undated and month-dated articles."""
    folder = write_folder(load_articles(), tmp_path_factory.mktemp("stories"))
    corpus = build_corpus(folder, cache_dir=None)
    return corpus, corpus_tables(corpus)


@pytest.fixture(scope="module")
def synthetic_snapshot(tmp_path_factory):
    """A generated corpus, queried through its snapshot's memory-mapped Arrow files."""
    folder, cache = write_corpus(tmp_path_factory.mktemp("synthetic") / "corpus", 80), tmp_path_factory.mktemp("cache")
    corpus = build_corpus(folder, cache_dir=cache)
    (snapshot,) = (cache / SNAPSHOT_DIR).iterdir()
    return corpus, snapshot_tables(snapshot)


def _agree(corpus, tables, filters: Filters) -> None:
    view = apply_filters(corpus, filters)
    assert kept_doc_ids(tables, filters) == view.documents[Doc.DOC_ID].tolist()
    assert sorted(kept_event_ids(tables, filters)) == sorted(view.events[Event.EVENT_ID])
    kept = tables_kept_for(tables, filters)
    assert sorted(kept.tables[KEPT_DOCUMENTS][Doc.DOC_ID].to_pylist()) == sorted(view.documents[Doc.DOC_ID])
    events = query(kept, f"SELECT {Event.EVENT_ID} FROM events WHERE {ROW_POSITION} IN "
                         f"(SELECT {ROW_POSITION} FROM {KEPT_EVENTS})")[Event.EVENT_ID]
    assert sorted(events) == sorted(view.events[Event.EVENT_ID])


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(companies=("ByteDance",)),
    Filters(companies=("Stability AI",)),
    Filters(companies=("ByteDance", "Meta")),
    Filters(outlets=("Sina Technology",)),
    Filters(outlets=(UNKNOWN_OUTLET,)),
    Filters(doc_ids=("000_ae120ede6c11f766",)),
    Filters(start=date(2024, 1, 1)),
    Filters(start=date(2023, 5, 20), end=date(2023, 8, 2)),
    Filters(end=date(2022, 12, 31)),
    Filters(start=date(2030, 1, 1)),
    Filters(event_types=("launch",)),
    Filters(companies=("Meta",), event_types=("launch",), start=date(2024, 1, 1), end=date(2025, 12, 31)),
    Filters(companies=("Qihoo 360",), doc_ids=("004_7deb7713580fdd7d",)),
    Filters(companies=("Not A Company",)),
])
def test_the_store_keeps_what_the_seeds_view_keeps(seeds, filters):
    _agree(*seeds, filters)


def test_a_date_range_keeps_the_documents_the_pandas_rule_keeps(seeds):
    corpus, tables = seeds
    for start, end in [(date(2023, 1, 1), date(2023, 12, 31)), (date(2024, 6, 1), None),
                       (None, date(2023, 4, 30)), (date(2023, 4, 1), date(2023, 4, 30))]:
        _agree(corpus, tables, Filters(start=start, end=end))


def test_every_combination_agrees_on_real_articles_with_a_copy_and_undated_ones(stories):
    corpus, tables = stories
    assert (corpus.documents[Doc.DUPLICATE_OF] != "").any() and (corpus.documents[Doc.PUBLISHED] == "").any()
    named = corpus.mentions["company"].value_counts().index
    companies = [(), (named[0],), (named[5], named[9])]
    outlets = [(), (UNKNOWN_OUTLET,), tuple(corpus.documents[Doc.SOURCE].value_counts().index[:2])]
    ranges = [(None, None), (date(2025, 1, 1), None), (None, date(2021, 6, 30)), (date(2025, 3, 1), date(2025, 3, 31))]
    types = [(), tuple(corpus.events[Event.EVENT_TYPE].value_counts().index[:2])]
    for company, outlet, (start, end), kind in product(companies, outlets, ranges, types):
        _agree(corpus, tables, Filters(companies=company, outlets=outlet, start=start, end=end, event_types=kind))


def test_a_snapshot_memory_mapped_keeps_what_the_frames_keep(synthetic_snapshot):
    corpus, tables = synthetic_snapshot
    named = corpus.mentions["company"].value_counts().index
    for filters in [Filters(), Filters(companies=(named[0],)), Filters(companies=(named[1], named[4])),
                    Filters(outlets=tuple(corpus.documents[Doc.SOURCE].value_counts().index[:1])),
                    Filters(start=date(2024, 1, 1), end=date(2024, 6, 30)),
                    Filters(event_types=("launch", "regulation"), companies=(named[2],))]:
        _agree(corpus, tables, filters)


def test_an_event_is_kept_for_a_name_it_lists_not_for_a_longer_or_shorter_one():
    listed = ["Baidu", "Baidu Cloud" + COMPANY_SEPARATOR + "Xiaomi", "Tencent" + COMPANY_SEPARATOR + "Baidu",
              "Tencent" + COMPANY_SEPARATOR + "Baidu" + COMPANY_SEPARATOR + "Meta", "Bai", "", None]
    ids = [f"e{i}" for i in range(len(listed))]
    tables = frames_tables({
        "documents": pd.DataFrame({Doc.DOC_ID: ["d"], Doc.DUPLICATE_OF: [""]}),
        "mentions": pd.DataFrame({"doc_id": ["d"] * 4, "company": ["Baidu", "Xiaomi", "Tencent", "Bai"]}),
        "events": pd.DataFrame({Event.EVENT_ID: ids, Event.DOC_ID: ["d"] * len(ids), Event.COMPANIES: listed})})
    assert sorted(kept_event_ids(tables, Filters(companies=("Baidu",)))) == ["e0", "e2", "e3"]
    assert sorted(kept_event_ids(tables, Filters(companies=("Bai", "Xiaomi")))) == ["e1", "e4"]
    assert kept_event_ids(tables, Filters(companies=("Baidu Cloud;Xiaomi",))) == []
