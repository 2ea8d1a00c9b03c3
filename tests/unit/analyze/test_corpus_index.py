"""The per-corpus index and the answers that use it give what the straightforward code gives.

Every answer counted from the index (the documents naming a company, distinctive terms, timeline,
``CorpusIndex.rows_of``, ``concordance(counts=…)``) is compared with its reference answer in
``tests/oracles``, on the seeds, on a small synthetic corpus and on the messy folder of
``tests/corpus_factory``, through several filters: same frames (values, dtypes, order), same numbers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from benchmarks.synthetic_corpus import write_corpus
from lib.analyze import companies, distinctive_terms, timeline
from lib.analyze import concordance as kwic
from lib.analyze.company_terms import sentences_naming
from lib.analyze.corpus_index import CorpusIndex, memory_mapped, one_chunk, positions_of, row_positions, values_at
from lib.analyze.filters import Filters, apply_filters
from lib.analyze.reader import rows_of
from lib.pipeline.corpus import build_corpus
from lib.schema import Mention, Sent
from tests.corpus_factory import write_messy_corpus
from tests.oracles import companies as companies_oracle
from tests.oracles import timeline as timeline_oracle

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
FILTERS = [
    Filters(),
    Filters(companies=("ByteDance",)),
    Filters(companies=("ByteDance", "Meta")),
    Filters(event_types=("launch",)),
    Filters(start=date(2024, 1, 1), end=date(2024, 12, 31)),
    Filters(companies=("Qihoo 360",)),
]


@pytest.fixture(scope="module", params=["seeds", "synthetic", "messy"])
def corpus(request, tmp_path_factory):
    if request.param == "seeds":
        return build_corpus(SEEDS, cache_dir=None)
    if request.param == "messy":
        return build_corpus(write_messy_corpus(tmp_path_factory.mktemp("messy") / "corpus"), cache_dir=None)
    return build_corpus(write_corpus(tmp_path_factory.mktemp("index") / "corpus", 60), cache_dir=None)


@pytest.fixture(scope="module")
def index(corpus):
    return CorpusIndex(corpus)


@pytest.fixture(params=FILTERS, ids=lambda f: f.describe())
def view(request, corpus):
    return apply_filters(corpus, request.param)


def compared_companies(view) -> list[list[str]]:
    ranked = list(companies_oracle.companies_by_mentions(view.mentions).index)
    return [ranked[:4], ranked[1:3] + ["Nobody Inc"], ranked[:1]]


def test_company_name_terms(view, index):
    for compared in compared_companies(view):
        assert (distinctive_terms.company_name_terms(compared, index)
                == companies_oracle.company_name_terms(view.all_mentions, compared))


def test_distinctive_terms(view, index):
    for compared in compared_companies(view):
        excluded = companies_oracle.company_name_terms(view.all_mentions, compared)
        fast = distinctive_terms.distinctive_terms(view, compared, excluded, index)
        slow = companies_oracle.distinctive_terms(view, compared, excluded)
        for got, expected in zip(fast, slow, strict=True):
            pd.testing.assert_frame_equal(got.terms, expected.terms)
            assert (got.company, got.baseline, got.n_docs_a, got.n_docs_b, got.n_sentences_a) == (
                expected.company, expected.baseline, expected.n_docs_a, expected.n_docs_b, expected.n_sentences_a)


def test_documents_naming(view, index):
    for company in compared_companies(view)[0] + ["Nobody Inc"]:
        expected = companies_oracle.documents_naming(view.mentions, company)
        assert companies.documents_naming(view.mentions, company, index).tolist() == expected


def test_the_view_mentions_naming_a_company_are_found_without_narrowing_the_mentions(view, index):
    """``naming_mentions`` of the view's documents are the rows of the view's mentions naming the company, and
    ``mention_places`` their doc ids and sentence ids (as ``company_terms.sentences_naming`` reads them)."""
    whole = index.mentions
    for company in compared_companies(view)[0] + ["Nobody Inc"]:
        about = view.mentions[view.mentions[Mention.COMPANY] == company]
        positions = index.naming_mentions(company, view.documents)
        assert positions.tolist() == row_positions(about, whole.index).tolist(), company
        assert (companies.documents_of_mentions(positions, index).tolist()
                == companies_oracle.documents_naming(view.mentions, company)), company
        doc_ids, sent_ids = index.mention_places(positions)
        expected_docs, expected_sents = sentences_naming(view.mentions, company)
        assert doc_ids.tolist() == expected_docs.tolist(), company
        assert np.asarray(sent_ids, dtype=np.int64).tolist() == np.asarray(expected_sents, dtype=np.int64).tolist()


@pytest.mark.parametrize("chunks", [[[3, 1, 4], [1, 5], [9, 2, 6]], [[7]], [[], [8, 8]]])
def test_values_at_takes_from_every_chunk(chunks):
    column = pd.Series(pd.arrays.ArrowExtensionArray(pa.chunked_array(chunks, type=pa.int64())))
    flat = [value for chunk in chunks for value in chunk]
    for positions in ([], [0], list(range(len(flat))), list(range(0, len(flat), 2)), [len(flat) - 1]):
        chosen = np.array(positions, dtype=np.int64)
        assert values_at(column, chosen).tolist() == [flat[at] for at in positions]
        assert values_at(pd.Series(flat, dtype=np.int64), chosen).tolist() == [flat[at] for at in positions]


@pytest.mark.parametrize("basis", timeline.BASES)
@pytest.mark.parametrize(("cap", "limit"), [(15, 3000), (2, 5)])
def test_timeline_marks(view, index, basis, cap, limit):
    for chosen in ((), view.filters.companies):
        fast = timeline.timeline_marks(view.events, view.documents, index, basis, chosen, cap, limit)
        slow = timeline_oracle.timeline_marks(view.events, view.documents, basis, chosen, cap, limit)
        # With no event at all the slow path's empty date columns get pandas' default unit; nothing is drawn.
        pd.testing.assert_frame_equal(fast.rows, slow.rows, check_dtype=not slow.rows.empty)
        assert (fast.lanes, fast.hidden_lanes, fast.not_drawn, fast.total) == (
            slow.lanes, slow.hidden_lanes, slow.not_drawn, slow.total)


def test_timeline_refuses_an_unknown_basis(corpus, index):
    with pytest.raises(ValueError, match="unknown basis"):
        timeline.timeline_marks(corpus.events, corpus.documents, index, "tomorrow")


@pytest.mark.parametrize("limit", [1, 4, 10_000, None])
def test_event_table_is_the_tail_of_the_sorted_events(view, index, limit):
    table = timeline.event_table(view.events, view.documents, index, limit)
    full = timeline_oracle.event_table(view.events, view.documents)
    assert len(view.events) == len(full)
    pd.testing.assert_frame_equal(table, full.tail(limit or len(full)).reset_index(drop=True))


def test_derived_is_computed_once_per_index(index):
    calls = []

    def compute(of):
        calls.append(of)
        return len(calls)

    assert (index.derived(compute), index.derived(compute)) == (1, 1) and calls == [index]


@pytest.mark.parametrize("term", ["ByteDance", "model", "发布", "no such word"])
def test_concordance_with_counts_from_the_whole_corpus(view, corpus, term):
    counts = kwic.occurrences_per_sentence(corpus.sentences[Sent.TEXT], term).to_numpy()
    picked = counts[row_positions(view.sentences, corpus.sentences.index)]
    fast = kwic.concordance(view.sentences, view.documents, term, limit=5, counts=picked)
    slow = kwic.concordance(view.sentences, view.documents, term, limit=5)
    assert fast.total == slow.total
    pd.testing.assert_frame_equal(fast.lines, slow.lines)


@pytest.mark.parametrize("frame", ["documents", "sentences", "mentions", "events", "removed"])
def test_rows_of_a_document(corpus, index, frame):
    for doc_id in [*corpus.documents["doc_id"].head(8), "not-a-document"]:
        pd.testing.assert_frame_equal(index.rows_of(frame, doc_id), rows_of(getattr(corpus, frame), doc_id))


def test_document_labels(corpus, index):
    from lib.analyze.options import document_labels

    assert index.document_labels == dict(zip(corpus.documents["doc_id"], document_labels(corpus.documents),
                                              strict=True))


def test_one_chunk_keeps_values_and_dtypes():
    def chunked(values, dtype):
        return pd.concat([pd.Series(values[:2], dtype=dtype), pd.Series(values[2:], dtype=dtype)],
                         ignore_index=True)

    frame = pd.DataFrame({"text": chunked(["a", None, "c"], "str"), "n": [1, 2, 3],
                          "arrow_int": chunked([1, 2, 3], "int64[pyarrow]")})
    joined = one_chunk(frame)
    pd.testing.assert_frame_equal(joined, frame)
    assert all(joined[c].array._pa_array.num_chunks == 1 for c in ("text", "arrow_int"))
    assert isinstance(joined["text"].array._pa_array, pa.ChunkedArray)


def test_one_chunk_leaves_a_memory_mapped_column_in_its_chunks(tmp_path):
    """Joining a memory map's chunks would copy the file into the process's own memory."""
    table = pa.table({"text": pa.array(["a", None, "c", "d"], pa.large_string()), "n": [1, 2, 3, 4]})
    path = tmp_path / "frame.arrow"
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        for batch in table.to_batches(max_chunksize=2):
            writer.write_batch(batch)
    with pa.memory_map(str(path)) as source:
        frame = pa.ipc.open_file(source).read_all().to_pandas()
    assert memory_mapped(frame["text"].array._pa_array)
    kept = one_chunk(frame)
    pd.testing.assert_frame_equal(kept, frame)
    assert kept["text"].array._pa_array.num_chunks == 2
    assert not memory_mapped(pa.chunked_array([pa.array(["a"]), pa.array(["b"])]))


def test_row_positions_with_and_without_a_range_index():
    whole = pd.DataFrame({"x": range(6)})
    part = whole[whole["x"] % 2 == 0]
    assert row_positions(part, whole.index).tolist() == [0, 2, 4]
    labelled = whole.set_axis(list("abcdef"))
    assert row_positions(labelled.iloc[[5, 1]], labelled.index).tolist() == [5, 1]


def test_positions_of_finds_the_first_occurrence():
    ids = pd.Series(["a", "b", "a", "c"], dtype="str")
    keys = pd.Series(["c", "a", "z", None], dtype="str")
    assert positions_of(keys, ids).tolist() == [3, 0, -1, -1]


def test_company_codes_of_unknown_names(index):
    names = list(index.mention_company[1][:2])
    codes = index.company_codes([*names, "Nobody Inc"])
    assert codes.tolist()[:len(names)] == list(range(len(names))) and codes[-1] == -1
    assert np.all(index.mention_company[0] < len(index.mention_company[1]))
