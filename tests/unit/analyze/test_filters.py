"""The shared filters: each narrows every frame consistently; captions and slugs explain the view."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.filters import (
    DATE_RULE,
    UNKNOWN_OUTLET,
    Filters,
    apply_filters,
    corpus_documents_words,
    file_stem,
    in_values,
    rows_where,
)
from lib.analyze.options import filter_options
from lib.deferred import DeferredFrame, replace_frames, stored
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc, Event, Mention

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(SEEDS, cache_dir=None)


@pytest.mark.parametrize(
    ("filters", "doc_prefixes"),
    [
        (Filters(), {"000", "001", "002", "003", "004"}),
        (Filters(companies=("ByteDance",)), {"001", "002", "004"}),
        (Filters(companies=("Stability AI",)), {"003"}),
        (Filters(outlets=("Sina Technology",)), {"001"}),
        (Filters(outlets=(UNKNOWN_OUTLET,)), {"000", "004"}),
        (Filters(doc_ids=("000_ae120ede6c11f766",)), {"000"}),
        (Filters(start=date(2024, 1, 1)), {"002", "004"}),
        # Published in the range (000, 001, 003) or reporting an event in it (002: "In 2023, …").
        (Filters(start=date(2023, 5, 20), end=date(2023, 8, 2)), {"000", "001", "002", "003", "004"}),
        (Filters(end=date(2022, 12, 31)), {"001", "003", "004"}),
        (Filters(start=date(2030, 1, 1)), set()),
        (Filters(companies=("Qihoo 360",), doc_ids=("004_7deb7713580fdd7d",)), set()),
    ],
)
def test_documents_kept_by_each_filter(corpus, filters, doc_prefixes):
    view = apply_filters(corpus, filters)
    assert set(view.documents[Doc.DOC_ID].str[:3]) == doc_prefixes
    kept = set(view.documents[Doc.DOC_ID])
    for frame in (view.sentences, view.mentions, view.events, view.terms):
        assert set(frame["doc_id"]) <= kept

SEEDS_DIR = Path(__file__).resolve().parents[3] / "seeds"


def test_event_filters_apply_to_the_events_themselves(corpus):
    view = apply_filters(corpus, Filters(companies=("Meta",), event_types=("launch",),
                                         start=date(2024, 1, 1), end=date(2025, 12, 31)))
    assert len(view.events) > 0
    assert view.events[Event.COMPANIES].str.contains("Meta").all()
    assert (view.events[Event.EVENT_TYPE] == "launch").all()
    assert (view.events[Event.DATE_END] >= "2024-01-01").all()


@pytest.mark.parametrize(
    ("companies", "expected"),
    [
        (("Stability AI", "Qihoo 360"), {"Stability AI"}),
        (("Meta",), {"Meta"}),
    ],
)
def test_event_company_filter_matches_whole_names(corpus, companies, expected):
    view = apply_filters(corpus, Filters(companies=companies))
    named = set(view.events[Event.COMPANIES].str.split(";").explode())
    assert named & set(companies) == expected
    assert view.events[Event.COMPANIES].str.split(";").map(lambda names: bool(set(names) & set(companies))).all()


@pytest.mark.parametrize(
    ("companies", "kept"),
    [
        (("JD.com",), ["JD.com", "Meta;JD.com"]),
        (("JDxcom",), ["JDxcom"]),  # the dot is literal, not "any character"
        (("Meta",), ["Meta;JD.com"]),  # whole names: "Meta AI Lab" is another company
        (("A+B (HK)",), ["A+B (HK)"]),
    ],
)
def test_event_company_filter_treats_names_literally(companies, kept):
    from lib.analyze.filters import _filter_events

    events = pd.DataFrame({Event.COMPANIES: ["JD.com", "JDxcom", "Meta;JD.com", "Meta AI Lab", "A+B (HK)"],
                           Event.EVENT_TYPE: "launch", Event.DATE: "2024-01-01", Event.DATE_END: "2024-01-31"})
    assert list(_filter_events(events, Filters(companies=companies))[Event.COMPANIES]) == kept


def test_a_period_overlapping_the_range_counts(corpus):
    # "late last year" (Q4 2023) overlaps a range starting mid-November 2023.
    view = apply_filters(corpus, Filters(start=date(2023, 11, 15), end=date(2023, 11, 30)))
    assert "late last year" in set(view.events[Event.DATE_TEXT])


def test_filtering_never_mutates_the_corpus(corpus):
    before = {name: getattr(corpus, name).copy() for name in ("documents", "mentions", "events")}
    apply_filters(corpus, Filters(companies=("ByteDance",), start=date(2024, 1, 1)))
    for name, frame in before.items():
        assert getattr(corpus, name).equals(frame)


@pytest.mark.parametrize(
    ("filters", "caption_part", "slug"),
    [
        (Filters(), "no filters", "all"),
        (Filters(companies=("ByteDance", "Xiaohongshu")), "companies: ByteDance, Xiaohongshu",
         "ByteDance-Xiaohongshu"),
        (Filters(start=date(2024, 1, 1), end=date(2024, 6, 30)), "dates: 2024-01-01 to 2024-06-30",
         "2024-01-01_2024-06-30"),
        (Filters(event_types=("controversy/legal",)), "event types: controversy/legal", "controversy+legal"),
        (Filters(outlets=("<script>",)), "outlets: <script>", "-script-"),
        (Filters(companies=("豆包", "字節跳動")), "companies: 豆包, 字節跳動", "豆包-字節跳動"),
    ],
)
def test_captions_and_file_names_describe_the_filters(corpus, filters, caption_part, slug):
    view = apply_filters(corpus, filters)
    assert caption_part in view.caption()
    assert filters.slug() == slug


@pytest.mark.parametrize(
    ("page", "what", "filters", "stem"),
    [
        ("keywords", "in-context-豆包", Filters(companies=("Alibaba",)), "keywords_in-context-豆包_Alibaba"),
        ("companies", "terms-字节跳动", Filters(), "companies_terms-字节跳动_all"),
        ("timeline", "events", Filters(outlets=("36氪 / 36Kr",)), "timeline_events_36氪-36Kr"),
        ("overview", "a/b<c>", Filters(), "overview_a-b-c-_all"),
    ],
)
def test_download_names_keep_chinese(page, what, filters, stem):
    assert file_stem(page, what, filters) == stem


DATE_RANGES = [(date(2023, 5, 20), date(2023, 8, 2)), (date(2024, 1, 1), date(2024, 6, 30)),
               (None, date(2022, 12, 31)), (date(2024, 1, 1), None)]


@pytest.mark.parametrize(("start", "end"), DATE_RANGES)
def test_a_date_range_keeps_by_one_rule(corpus, start, end):
    """Events dated in the range; documents published in it or reporting one of those events."""
    from lib.analyze.filters import _published_within

    view = apply_filters(corpus, Filters(start=start, end=end))
    if start:
        assert (view.events[Event.DATE_END] >= start.isoformat()).all()
    if end:
        assert (view.events[Event.DATE] <= end.isoformat()).all()
    published = _published_within(view.documents, start, end)
    reporting = view.documents[Doc.DOC_ID].isin(view.events[Event.DOC_ID])
    assert (published | reporting).all()
    left_out = corpus.documents[~corpus.documents[Doc.DOC_ID].isin(view.documents[Doc.DOC_ID])]
    assert not _published_within(left_out, start, end).any()


def test_caption_states_the_date_rule_and_the_documents_kept_for_an_event(corpus):
    caption = apply_filters(corpus, Filters(start=date(2023, 5, 20), end=date(2023, 8, 2))).caption()
    assert DATE_RULE in caption
    # 002 (published 2024) and 004 are kept for "In 2023, …" events, not for their publication date.
    assert "5 of 5 documents (2 published outside the dates, kept for an event dated in them)" in caption


def test_caption_counts_documents_and_dates(corpus):
    caption = apply_filters(corpus, Filters(companies=("ByteDance",))).caption()
    assert caption.startswith("3 of 5 documents · published 2023-05 to 2025-01-16")


def test_filter_options_rank_companies_by_mentions(corpus):
    options = filter_options(corpus.documents, corpus.mentions, corpus.events)
    assert list(options.companies)[0] == "Xiaohongshu"
    assert options.companies["ByteDance"] == int((corpus.mentions[Mention.COMPANY] == "ByteDance").sum())
    assert options.outlets[UNKNOWN_OUTLET] == 2
    assert options.first_day == date(2021, 1, 1) and options.last_day >= date(2025, 1, 16)
    assert "launch" in options.event_types
    assert options.documents["000_ae120ede6c11f766"].startswith("Xiaohongshu Starts Exploring")


@pytest.mark.parametrize("filters", [Filters(), Filters(companies=("Xiaohongshu",))])
def test_a_copy_of_another_article_counts_once_in_every_view(tmp_path, filters):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    original = sorted(folder.glob("*.txt"))[0]
    (folder / "zz_copy.txt").write_bytes(original.read_bytes())
    corpus = build_corpus(folder, cache_dir=None)
    view = apply_filters(corpus, filters)
    assert "zz_copy" not in set(view.documents[Doc.DOC_ID])
    assert "zz_copy" not in set(view.mentions[Mention.DOC_ID]) | set(view.events[Event.DOC_ID])
    assert original.stem in set(view.documents[Doc.DOC_ID])
    assert "(1 copy of other articles counted once)" in view.documents_words
    assert f"of {len(corpus.documents) - 1} documents" in view.documents_words


@pytest.mark.parametrize(("duplicate_of", "words"), [
    (None, "3 documents"),
    (["", "", ""], "3 documents"),
    (["", "", "a.txt"], "2 documents (1 copy of other articles counted once)"),
    (["", "a.txt", "a.txt"], "1 document (2 copies of other articles counted once)"),
])
def test_a_corpus_size_counts_each_copy_with_its_original(duplicate_of, words):
    documents = pd.DataFrame({Doc.DOC_ID: ["a.txt", "b.txt", "c.txt"]})
    if duplicate_of is not None:
        documents[Doc.DUPLICATE_OF] = duplicate_of
    before = documents.copy()
    assert corpus_documents_words(documents) == words
    pd.testing.assert_frame_equal(documents, before)



@pytest.mark.parametrize(("filters", "chosen"), [
    (Filters(), False),
    (Filters(companies=("ByteDance",)), False),
    (Filters(start=date(2024, 1, 1)), True),
    (Filters(end=date(2025, 6, 30)), True),
    (Filters(start=date(2024, 1, 1), end=date(2025, 6, 30)), True),
])
def test_has_dates_is_whether_the_user_chose_a_date_range(filters, chosen):
    assert filters.has_dates is chosen


@pytest.mark.parametrize("filters", [Filters(), Filters(companies=("ByteDance",)), Filters(start=date(2024, 1, 1))])
def test_a_view_of_deferred_frames_narrows_them_only_when_read_and_the_same(corpus, filters):
    lazy = replace_frames(corpus, sentences=DeferredFrame(lambda: corpus.sentences),
                          terms=DeferredFrame(lambda: corpus.terms))
    view, eager = apply_filters(lazy, filters), apply_filters(corpus, filters)
    CorpusIndex(lazy)
    assert not stored(lazy, "sentences").is_made and not stored(lazy, "terms").is_made
    for name in ("documents", "mentions", "events"):
        pd.testing.assert_frame_equal(getattr(view, name), getattr(eager, name))
    for name in ("sentences", "terms", "all_terms"):
        assert isinstance(stored(view, name), DeferredFrame)
        pd.testing.assert_frame_equal(getattr(view, name), getattr(eager, name))


def test_a_narrowed_view_narrows_its_mentions_only_when_read(corpus):
    """The Overview reads no mentions of the view: a company pick does not narrow 6 million at 100,000 articles."""
    view = apply_filters(corpus, Filters(companies=("ByteDance",)))
    assert isinstance(stored(view, "mentions"), DeferredFrame) and not stored(view, "mentions").is_made
    assert set(view.mentions[Mention.DOC_ID]) == set(view.documents[Doc.DOC_ID]) & set(corpus.mentions[Mention.DOC_ID])
    assert stored(view, "mentions").is_made


_ARROW_STRING = pd.StringDtype("pyarrow", na_value=float("nan"))


@pytest.mark.parametrize("values", [["a", "d"], ["a", None], [], ["zz"], ["e", "d", "c", "b", "a"]])
def test_in_values_is_isin(values):
    chunked = pa.chunked_array([pa.array(["a", None, "c"], pa.large_string()), pa.array(["d", "a"], pa.large_string())])
    column = pd.Series(pd.array(chunked, dtype=_ARROW_STRING), index=[10, 11, 12, 13, 14])
    for wanted in (pd.array(values, dtype=_ARROW_STRING), pd.Series(values, dtype=_ARROW_STRING).unique(),
                   list(values)):
        for tested in (column, column.astype(object)):
            pd.testing.assert_series_equal(in_values(tested, wanted), tested.isin(wanted), check_exact=True)


def test_rows_where_is_frame_of_keep_with_each_arrow_column_in_its_chunks():
    """Taking rows from a chunked Arrow column joins its chunks: a memory-mapped column would be copied whole."""
    table = pa.chunked_array([pa.array(["a", None, "c"], pa.large_string()), pa.array(["d", "e"], pa.large_string())])
    frame = pd.DataFrame({"text": pd.array(table, dtype=pd.StringDtype("pyarrow", na_value=float("nan"))),
                          "n": [1, 2, 3, 4, 5], "flag": [True, False, True, True, False]},
                         index=pd.Index([10, 11, 12, 13, 14]))
    for keep in ([True, True, False, False, True], [True] * 5, [False] * 5):
        kept = rows_where(frame, pd.Series(keep, index=frame.index))
        pd.testing.assert_frame_equal(kept, frame[pd.Series(keep, index=frame.index)], check_exact=True)
        assert kept["text"].array._pa_array.num_chunks == (2 if any(keep) else 0)
    whole = frame.reset_index(drop=True)
    kept = rows_where(whole, pd.Series(True, index=whole.index))
    pd.testing.assert_frame_equal(kept, whole[pd.Series(True, index=whole.index)], check_exact=True)
    assert isinstance(kept.index, pd.RangeIndex)
