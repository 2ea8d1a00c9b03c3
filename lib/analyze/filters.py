"""The shared filters, and the corpus as seen through them.

A ``View`` holds the frames narrowed to the filters plus the whole corpus (for colours, options
and background statistics). Every page reads a ``View``; none filters frames itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.analyze.dating import period_stop
from lib.deferred import DeferredFrame, FrameField, deferred, made, stored
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Mention, Sent, Term

UNKNOWN_OUTLET = "(outlet unknown)"
# The one rule a date range follows, in the words the sidebar help and every caption use.
DATE_RULE = "events dated in the range; documents published in it or reporting such an event"


@dataclass(frozen=True)
class Filters:
    companies: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    outlets: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()

    @property
    def is_default(self) -> bool:
        return self == Filters()

    @property
    def has_dates(self) -> bool:
        """Whether the user chose a date range: charts then open on it, not on the dense mass of their marks."""
        return bool(self.start or self.end)

    def describe(self, rule: bool = True) -> str:
        """The active filters in words, for captions under charts; ``rule``: say what dates keep."""
        parts = []
        if self.companies:
            parts.append("companies: " + ", ".join(self.companies))
        if self.has_dates:
            parts.append(f"dates: {self.start or '…'} to {self.end or '…'}" + (f" ({DATE_RULE})" if rule else ""))
        if self.outlets:
            parts.append("outlets: " + ", ".join(self.outlets))
        if self.doc_ids:
            parts.append(f"{len(self.doc_ids)} chosen document(s)")
        if self.event_types:
            parts.append("event types: " + ", ".join(self.event_types))
        return "; ".join(parts) if parts else "no filters"

    def slug(self) -> str:
        """The filters as a short file-name fragment (for downloaded images)."""
        parts = ["-".join(self.companies)] if self.companies else []
        if self.has_dates:
            parts.append(f"{self.start or 'start'}_{self.end or 'end'}")
        if self.outlets:
            parts.append("-".join(self.outlets))
        if self.event_types:
            parts.append("-".join(t.replace("/", "+") for t in self.event_types))
        if self.doc_ids:
            parts.append(f"{len(self.doc_ids)}docs")
        raw = "_".join(parts) or "all"
        # ``isalnum`` is Unicode-aware: 豆包 stays 豆包 in a file name.
        return "".join(ch if ch.isalnum() or ch in "-_+" else "-" for ch in raw)[:80]


@dataclass(frozen=True)
class View:
    """The frames narrowed to ``filters`` and the whole corpus's; ``sentences``, ``mentions`` and the two
    terms frames are narrowed (or made from the snapshot) when a page first reads them (``lib.deferred``):
    the Overview reads none of them."""

    filters: Filters
    documents: pd.DataFrame
    sentences: pd.DataFrame = FrameField()
    mentions: pd.DataFrame = FrameField()
    events: pd.DataFrame = FrameField()
    terms: pd.DataFrame = FrameField()
    all_documents: pd.DataFrame = field(repr=False)
    all_mentions: pd.DataFrame = FrameField()
    all_terms: pd.DataFrame = FrameField()

    @property
    def is_empty(self) -> bool:
        return self.documents.empty

    def caption(self) -> str:
        """Filters, number of documents and date span: what a screenshot needs to explain itself."""
        return self._caption

    @cached_property
    def _caption(self) -> str:
        # A page captions every chart; the date span of 10,000 documents is worked out once.
        return f"{self.documents_words} · published {self.published_words} · {self.filters.describe()}"

    @cached_property
    def documents_of_corpus_words(self) -> str:
        """"52 of 924 documents (1 copy of other articles counted once)": the view's documents of the
        corpus's, a copied article counted once; the caption and every chart's provenance say this."""
        return f"{len(self.documents)} of {corpus_documents_words(self.all_documents)}"

    @property
    def documents_words(self) -> str:
        """``documents_of_corpus_words``, saying how many were kept only for an event in the date range."""
        words = self.documents_of_corpus_words
        if self.n_published_outside:
            words += f" ({self.n_published_outside} published outside the dates, kept for an event dated in them)"
        return words

    @cached_property
    def n_published_outside(self) -> int:
        """Documents kept for an event in the date range although published outside it."""
        if not self.filters.has_dates:
            return 0
        return int((~_published_within(self.documents, self.filters.start, self.filters.end)).sum())

    @cached_property
    def published_words(self) -> str:
        return published_span(self.documents)


def _whole_corpus(corpus, filters: Filters, events) -> View:
    return View(filters=filters, documents=corpus.documents, sentences=stored(corpus, "sentences"),
                mentions=stored(corpus, "mentions"), events=events, terms=stored(corpus, "terms"),
                all_documents=corpus.documents, all_mentions=stored(corpus, "mentions"),
                all_terms=stored(corpus, "terms"))


def file_stem(page: str, what: str, filters: Filters) -> str:
    """A download's file name without suffix: page, what, filters; letters of any script are kept."""
    # ``\w`` is Unicode-aware: keywords_in-context-豆包, not keywords_in-context--.
    return re.sub(r"-{2,}", "-", re.sub(r"[^\w+-]+", "-", f"{page}_{what}_{filters.slug()}"))[:120]


def outlet_labels(documents: pd.DataFrame) -> pd.Series:
    return documents[Doc.SOURCE].fillna("").replace("", UNKNOWN_OUTLET)


def published_span(documents: pd.DataFrame) -> str:
    published = documents[Doc.PUBLISHED].fillna("")
    published = published[published != ""]
    if published.empty:
        return "dates unknown"
    return f"{published.min()} to {published.max()}" if published.min() != published.max() else published.min()


def apply_filters(corpus, filters: Filters) -> View:
    """Narrow every frame of ``corpus`` (a ``lib.pipeline.Corpus``) to ``filters``.

    The date range keeps events whose period overlaps it, and documents published in it or
    reporting such an event: an article from 2025 that tells what happened in 2023 answers a
    question about 2023.
    """
    docs = corpus.documents
    # A near-identical copy of another article (the same article saved twice, a repost) counts
    # once everywhere; the Reader still opens it by its id.
    keep = copies_of_others(docs) == ""
    if filters.outlets:
        keep &= outlet_labels(docs).isin(filters.outlets)
    if filters.doc_ids:
        keep &= docs[Doc.DOC_ID].isin(filters.doc_ids)
    if filters.companies:
        naming = corpus.mentions[Mention.DOC_ID][corpus.mentions[Mention.COMPANY].isin(filters.companies)]
        keep &= in_values(docs[Doc.DOC_ID], naming.unique())
    # Kept as held while no filter narrows them (a snapshot's events are then made when a page first reads them).
    events = stored(corpus, "events")
    if not keep.all():
        events = rows_where(made(events), in_values(made(events)[Event.DOC_ID], docs[Doc.DOC_ID][keep].unique()))
    events = _filter_events(events, filters)
    if filters.start or filters.end:
        reporting = docs[Doc.DOC_ID].isin(events[Event.DOC_ID].unique())
        keep &= _published_within(docs, filters.start, filters.end) | reporting
    if keep.all():
        return _whole_corpus(corpus, filters, events)
    documents = rows_where(docs, keep)
    ids = documents[Doc.DOC_ID].unique()
    return View(
        filters=filters,
        documents=documents,
        sentences=deferred(stored(corpus, "sentences"),
                           lambda sentences: rows_where(sentences, in_values(sentences[Sent.DOC_ID], ids))),
        mentions=deferred(stored(corpus, "mentions"),
                          lambda mentions: rows_where(mentions, in_values(mentions[Mention.DOC_ID], ids))),
        events=events,
        terms=deferred(stored(corpus, "terms"), lambda terms: rows_where(terms, in_values(terms[Term.DOC_ID], ids))),
        all_documents=docs,
        all_mentions=stored(corpus, "mentions"),
        all_terms=stored(corpus, "terms"),
    )


def in_values(column: pd.Series, values) -> pd.Series:
    """``column.isin(values)``; an Arrow string column is tested against Arrow string values as one Arrow
    array: pandas' ``isin`` turns its values into Python strings one by one, 1.3 CPU s of a company pick
    at 100,000 articles for the kept documents' ids."""
    if not (isinstance(column.array, pd.arrays.ArrowStringArray) and isinstance(values, pd.arrays.ArrowStringArray)):
        return column.isin(values)
    column_array = column.array.__arrow_array__()
    value_set = pa.chunked_array(values.__arrow_array__()).combine_chunks().cast(column_array.type)
    return pd.Series(pc.is_in(column_array, value_set=value_set).to_numpy(zero_copy_only=False), index=column.index)


def rows_where(frame: pd.DataFrame, keep: pd.Series) -> pd.DataFrame:
    """The rows of ``frame`` where ``keep`` (a boolean Series on its index) is True: ``frame[keep]``'s
    values, dtypes and index, each Arrow column's rows picked chunk by chunk.

    ``frame[keep]`` takes rows by position, and taking from a chunked Arrow column joins its chunks
    first: a snapshot's memory-mapped columns (written in batches, so in several chunks) would be
    copied whole on every filter change, 420 MB for the documents' text at 100,000 articles.
    """
    mask = keep.to_numpy(dtype=bool)
    if mask.all():     # as frame[keep] does: the same rows, index and chunks, no column read
        return frame.copy(deep=False)
    return pd.DataFrame({name: frame[name].array[mask] for name in frame.columns},
                        index=frame.index[mask], columns=frame.columns, copy=False)


def corpus_documents_words(documents: pd.DataFrame) -> str:
    """"924 documents (1 copy of other articles counted once)": a corpus's size as every chart counts it, a copy
    of another article counted with it; the sidebar, the captions and the charts' provenance all say this."""
    copies = int((copies_of_others(documents) != "").sum())
    originals = len(documents) - copies
    words = f"{originals} {'document' if originals == 1 else 'documents'}"
    if copies:
        words += f" ({copies} {'copy' if copies == 1 else 'copies'} of other articles counted once)"
    return words


def copies_of_others(documents: pd.DataFrame) -> pd.Series:
    """``duplicate_of`` of each document ("" for an original or when the column is absent)."""
    if Doc.DUPLICATE_OF not in documents.columns:
        return pd.Series("", index=documents.index, dtype=object)
    return documents[Doc.DUPLICATE_OF].fillna("").astype(str)


def _published_within(docs: pd.DataFrame, start: date | None, end: date | None) -> pd.Series:
    """Documents whose publication period overlaps [start, end]; undated ones are not."""
    first = pd.to_datetime(docs[Doc.PUBLISHED].where(docs[Doc.PUBLISHED] != ""), errors="coerce", format="mixed")
    last = _period_last_day(first, docs[Doc.DATE_PRECISION])
    keep = first.notna()
    if start:
        keep &= last >= pd.Timestamp(start)
    if end:
        keep &= first <= pd.Timestamp(end)
    return keep


def _period_last_day(first: pd.Series, precision: pd.Series) -> pd.Series:
    """The last day of each period; the first day itself for a day or an unknown precision."""
    return (period_stop(first, precision) - pd.Timedelta(days=1)).fillna(first)


def _filter_events(events: pd.DataFrame | DeferredFrame, filters: Filters) -> pd.DataFrame | DeferredFrame:
    """The events ``filters`` keep; ``events`` as held (made or not) when no filter can leave one out."""
    tests = _event_tests(filters)
    if not tests:
        return events
    events = made(events)
    keep = pd.Series(True, index=events.index)
    for test in tests:
        keep &= test(events)
    return rows_where(events, keep)


def _event_tests(filters: Filters) -> list[Callable[[pd.DataFrame], pd.Series]]:
    """One test per filter that can leave events out, each flagging the events it keeps."""
    tests = []
    if filters.event_types:
        tests.append(lambda events: events[Event.EVENT_TYPE].isin(filters.event_types))
    if filters.companies:
        names = "|".join(re.escape(name) for name in filters.companies)
        separator = re.escape(COMPANY_SEPARATOR)
        named = f"(?:^|{separator})(?:{names})(?:{separator}|$)"
        tests.append(lambda events: events[Event.COMPANIES].str.contains(named, regex=True))
    if filters.start:
        tests.append(lambda events: events[Event.DATE_END] >= filters.start.isoformat())
    if filters.end:
        tests.append(lambda events: events[Event.DATE] <= filters.end.isoformat())
    return tests
