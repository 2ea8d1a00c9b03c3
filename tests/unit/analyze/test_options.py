"""What the shared filters offer: companies most mentioned first, outlets with their document
counts, a label per document, the event types present in schema order, and the span of dates."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from lib.analyze.filters import UNKNOWN_OUTLET
from lib.analyze.options import document_labels, filter_options, text_counts
from lib.analyze.ranking import ranked, ranked_counts
from lib.schema import EVENT_TYPES, Doc, Event, Mention

DOCUMENTS = pd.DataFrame([
    ("d1", "a/doubao.txt", "ByteDance cuts Doubao prices", "Reuters", "2024-05-15"),
    ("d2", "a/qwen.txt", "阿里巴巴发布通义千问2.5", "36Kr", "2024-05"),
    ("d3", "b/untitled.html", "", "", ""),
    ("d4", "b/hunyuan.txt", "Tencent opens Hunyuan to developers and to developers and to developers and to "
     "developers and to developers and start-ups", "Reuters", "2023-11-02"),
], columns=[Doc.DOC_ID, Doc.FILE, Doc.TITLE, Doc.SOURCE, Doc.PUBLISHED])
MENTIONS = pd.DataFrame([
    ("d1", "ByteDance"), ("d1", "ByteDance"), ("d1", "Alibaba"), ("d2", "Alibaba"), ("d2", "Alibaba"),
    ("d4", "Tencent"), ("d4", ""), ("d3", "Baidu"),
], columns=[Mention.DOC_ID, Mention.COMPANY])
EVENTS = pd.DataFrame([
    ("d1", "2024-05-15", "", "money/market"),
    ("d2", "2024-05", "", "launch"),
    ("d4", "2023-10-01", "2025-03-31", "launch"),
    ("d4", "", "", "other"),
    ("d4", "", "", "pricing"),  # not a type of the schema (an old export): not offered
], columns=[Event.DOC_ID, Event.DATE, Event.DATE_END, Event.EVENT_TYPE])


@pytest.fixture(scope="module")
def options():
    return filter_options(DOCUMENTS, MENTIONS, EVENTS)


def test_companies_most_mentioned_first_ties_by_name_blank_left_out(options):
    assert list(options.companies.items()) == [("Alibaba", 3), ("ByteDance", 2), ("Baidu", 1), ("Tencent", 1)]


def test_outlets_count_documents_and_name_the_unknown_one(options):
    assert options.outlets == {"Reuters": 2, "36Kr": 1, UNKNOWN_OUTLET: 1}


def test_event_types_present_in_schema_order(options):
    assert options.event_types == ("launch", "money/market", "other")


def test_the_date_span_covers_publication_and_event_dates(options):
    # The earliest day is an event's start, the latest an event's end: both widen the span.
    assert (options.first_day, options.last_day) == (date(2023, 10, 1), date(2025, 3, 31))


def test_a_corpus_without_dates_has_no_span():
    undated = DOCUMENTS.assign(**{Doc.PUBLISHED: ""})
    options = filter_options(undated, MENTIONS, EVENTS.iloc[:0])
    assert (options.first_day, options.last_day, options.event_types) == (None, None, ())


@pytest.mark.parametrize("doc_id, label", [
    ("d1", "ByteDance cuts Doubao prices · Reuters · 2024-05-15"),
    ("d2", "阿里巴巴发布通义千问2.5 · 36Kr · 2024-05"),
    pytest.param("d3", f"b/untitled.html · {UNKNOWN_OUTLET} · date unknown", id="file name for a missing title"),
    pytest.param("d4", "Tencent opens Hunyuan to developers and to developers and to develope… · Reuters · 2023-11-02",
                 id="a title over 70 characters cut to 69 and an ellipsis"),
])
def test_document_labels(options, doc_id, label):
    assert options.documents[doc_id] == label
    assert document_labels(DOCUMENTS).tolist()[DOCUMENTS[Doc.DOC_ID].tolist().index(doc_id)] == label


def test_repeated_dates_and_types_give_the_span_and_types_of_each_row_read_alone():
    # Each distinct text is read once; the answer must be the one a reading of every row gives.
    events = pd.concat([EVENTS] * 50 + [pd.DataFrame([("d3", "2022-02-28", "2026-01-31", "other"),
                                                      ("d3", "not a date", "2022-13-01", "launch")],
                                                     columns=EVENTS.columns)], ignore_index=True)
    options = filter_options(DOCUMENTS, MENTIONS, events)
    days = []
    for text in [*events[Event.DATE], *events[Event.DATE_END], *DOCUMENTS[Doc.PUBLISHED]]:
        try:
            days.append(date.fromisoformat(text))
        except ValueError:
            continue
    assert (options.first_day, options.last_day) == (min(days), max(days))
    assert set(options.event_types) == set(events[Event.EVENT_TYPE]) & set(EVENT_TYPES)


@pytest.mark.parametrize("dtype", ["str", object])
def test_companies_are_counted_as_pandas_counts_the_column_without_blanks(dtype):
    rng = np.random.default_rng(15)
    names = np.array(["Alibaba", "阿里巴巴", "ByteDance", "", "Zhipu", "B", "b", "字节跳动"], dtype=object)
    column = pd.Series(rng.choice(names, 5_000), dtype=dtype)
    column[rng.choice(5_000, 300)] = None
    expected = ranked_counts(column.replace("", pd.NA))
    counted = ranked(text_counts(column))
    assert counted.index.tolist() == expected.index.tolist()
    assert counted.tolist() == expected.tolist()
    assert ranked(text_counts(pd.Series([], dtype=dtype))).empty
    # An Arrow column in chunks (a snapshot's mentions, memory-mapped) is counted the same.
    chunked = pa.chunked_array([pa.array(column[:1_000], type=pa.large_string()),
                                pa.array(column[1_000:], type=pa.large_string())])
    assert ranked(text_counts(chunked)).to_dict() == counted.to_dict()
    assert ranked(text_counts(chunked)).index.tolist() == expected.index.tolist()


def test_the_mentions_arrow_table_gives_the_same_options_as_their_frame(options):
    assert filter_options(DOCUMENTS, pa.Table.from_pandas(MENTIONS, preserve_index=False), EVENTS) == options
