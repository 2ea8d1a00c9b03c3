"""Per-corpus precomputations, so that a filter change only selects rows of them.

A ``View``'s frames are the corpus frames with some rows dropped (``apply_filters`` keeps the
corpus index labels), so a view row is found in the corpus by position. ``CorpusIndex`` holds,
for every corpus row, what pages would otherwise recompute from strings on every rerun: integer
codes of companies and documents, parsed dates and sort orders. Each part is computed on first use and
then kept (``lib.cache`` holds one index per corpus version). A precomputation only one answer
needs (the timeline's placed marks, the distinctive terms' coded terms) lives with that answer and is kept
here through ``CorpusIndex.derived``, so this module imports none of them. Nothing here changes
its inputs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.analyze.options import document_labels
from lib.deferred import made, stored
from lib.schema import Doc, Event, Mention

T = TypeVar("T")


def one_chunk(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each Arrow-backed column held in the process's memory joined into one chunk:
    the same values and dtypes.

    Taking rows by position from a chunked Arrow column first joins all its chunks, so picking
    200 events out of 200,000 would copy the whole column on every rerun; joined once, it doesn't.
    A column whose chunks are a memory map's pages (``memory_mapped``) is left as it is: joining
    copies the file into the process's own memory, 1.9 GB for a 100,000-article snapshot's documents,
    mentions and events and 3.2 GB more for its sentences and terms (written in batches of 256 MB).
    """
    joined = {}
    for name in frame.columns:
        values = frame[name].array
        chunked = getattr(values, "_pa_array", None)
        if isinstance(chunked, pa.ChunkedArray) and chunked.num_chunks > 1 and not memory_mapped(chunked):
            try:
                single = pa.chunked_array([chunked.combine_chunks()])
                single = (type(values)(single, dtype=values.dtype) if isinstance(values, pd.arrays.ArrowStringArray)
                          else type(values)(single))
            except (pa.ArrowInvalid, TypeError):    # e.g. a string column past 2 GB: keep its chunks
                continue
            joined[name] = pd.Series(single, index=frame.index, name=name)
    return frame.assign(**joined) if joined else frame


def memory_mapped(chunked: pa.ChunkedArray) -> bool:
    """Whether every buffer of ``chunked`` is read-only, as a read-only memory map's pages are (buffers
    Arrow allocated are writable)."""
    return not any(buffer is not None and buffer.is_mutable for chunk in chunked.chunks for buffer in chunk.buffers())


def row_positions(part: pd.DataFrame, whole_index: pd.Index) -> np.ndarray:
    """Positions in the whole frame (index ``whole_index``) of the rows of ``part``, a subset of it."""
    if (isinstance(whole_index, pd.RangeIndex) and whole_index.start == 0 and whole_index.step == 1
            and part.index.dtype.kind in "iu"):
        return part.index.to_numpy(dtype=np.int64)
    return whole_index.get_indexer(part.index).astype(np.int64)


def flags(positions: np.ndarray, size: int) -> np.ndarray:
    """A boolean array of ``size`` with ``positions`` set, plus a last False slot for position -1."""
    chosen = np.zeros(size + 1, dtype=bool)
    chosen[positions[positions >= 0]] = True
    return chosen


def values_at(column: pd.Series, positions: np.ndarray) -> np.ndarray:
    """The values of ``column`` at ``positions`` (ascending), as numpy; an Arrow column's are taken chunk by
    chunk, as taking from the whole chunked column would join its chunks first."""
    if not isinstance(column.array, pd.arrays.ArrowExtensionArray):
        return column.to_numpy()[positions]
    pieces, start = [], 0
    for chunk in column.array.__arrow_array__().chunks:
        low, high = np.searchsorted(positions, [start, start + len(chunk)])
        if high > low:
            pieces.append(chunk.take(pa.array(positions[low:high] - start)).to_numpy(zero_copy_only=False))
        start += len(chunk)
    return np.concatenate(pieces) if pieces else column.iloc[:0].to_numpy()


def positions_of(keys: pd.Series, ids: pd.Series) -> np.ndarray:
    """Where each key first occurs in ``ids``, -1 where it does not.

    Factorizing keeps pandas' Arrow-backed strings in Arrow; an index lookup or ``map`` would
    turn half a million of them into Python objects first.
    """
    codes, uniques = pd.factorize(pd.concat([ids, keys], ignore_index=True))
    first = np.full(len(uniques) + 1, -1, dtype=np.int64)    # the extra slot answers code -1 (missing)
    first[codes[:len(ids)][::-1]] = np.arange(len(ids))[::-1]
    return first[codes[len(ids):]]


def sorted_codes(values: pd.Series, blank_is_missing: bool = True) -> tuple[np.ndarray, pd.Index]:
    """Integer codes in name order (-1 for missing, and for "" when ``blank_is_missing``) and the names."""
    codes, names = pd.factorize(values, sort=True)
    names = pd.Index(names)
    keep = np.asarray(names != "", dtype=bool) if blank_is_missing else np.ones(len(names), dtype=bool)
    renumber = np.full(len(names) + 1, -1, dtype=np.int64)   # the last slot answers code -1
    renumber[:-1][keep] = np.arange(int(keep.sum()))
    return renumber[codes], names[keep]


def _own_name_pairs(mentions: pa.Table, column: str) -> zip:
    """The distinct (company, ``column``) pairs of the ``company``-kind ``mentions``, neither missing."""
    keys = [Mention.COMPANY, Mention.KIND, column]
    distinct = mentions.select(keys).group_by(keys).aggregate([])
    pairs = distinct.filter(pc.equal(distinct[Mention.KIND], "company")).select([Mention.COMPANY, column]).drop_null()
    return zip(pairs[Mention.COMPANY].to_pylist(), pairs[column].to_pylist(), strict=True)


def ranks(order: np.ndarray) -> np.ndarray:
    """The rank of each row given the row positions in sorted order."""
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank


class CorpusIndex:
    """What the pages need of every corpus row, computed once per corpus version (see module doc)."""

    def __init__(self, corpus) -> None:
        self.documents: pd.DataFrame = corpus.documents
        self.mentions: pd.DataFrame = corpus.mentions
        self.events: pd.DataFrame = corpus.events
        self.removed: pd.DataFrame = corpus.removed
        # Made on first read when the corpus defers them (``lib.deferred``): not every page reads them.
        self._sentences = stored(corpus, "sentences")
        self._terms = stored(corpus, "terms")
        # The terms' dictionary encoding the snapshot kept (``lib.store.term_dictionaries``), or None.
        self.term_dictionaries: pa.Table | None = getattr(corpus, "term_dictionaries", None)
        self._groups: dict[str, tuple[pd.Index, np.ndarray, np.ndarray]] = {}
        self._derived: dict[Callable, object] = {}

    @property
    def sentences(self) -> pd.DataFrame:
        return made(self._sentences)

    @property
    def terms(self) -> pd.DataFrame:
        return made(self._terms)

    def derived(self, compute: Callable[[CorpusIndex], T]) -> T:
        """``compute(self)``, computed on first use and kept: a precomputation one answer module owns."""
        if compute not in self._derived:
            self._derived[compute] = compute(self)
        return self._derived[compute]

    # --- one document's rows ---------------------------------------------------------------------
    def rows_of(self, frame: str, doc_id: str) -> pd.DataFrame:
        """The rows of one document in the corpus frame named ``frame`` ("sentences", "events" …),
        as ``reader.rows_of`` selects them, found through a per-frame grouping built once."""
        ids, order, bounds = self._grouping(frame)
        code = ids.get_indexer([doc_id])[0]
        rows = order[bounds[code]:bounds[code + 1]] if code >= 0 else order[:0]
        if len(rows) and rows[-1] - rows[0] + 1 == len(rows):
            # A document's rows are usually adjacent: a slice shares the Arrow chunks, where taking
            # positions from a chunked column first joins all its chunks (the whole column).
            return getattr(self, frame).iloc[rows[0]:rows[-1] + 1]
        return getattr(self, frame).iloc[rows]

    def _grouping(self, frame: str) -> tuple[pd.Index, np.ndarray, np.ndarray]:
        if frame not in self._groups:
            codes, ids = pd.factorize(getattr(self, frame)[Doc.DOC_ID])
            order = np.argsort(codes, kind="stable")
            bounds = np.searchsorted(codes[order], np.arange(len(ids) + 1))
            self._groups[frame] = (pd.Index(ids), order[bounds[0]:], bounds - bounds[0])
        return self._groups[frame]

    @cached_property
    def document_labels(self) -> dict[str, str]:
        """doc_id → "title · outlet · date" (``options.document_labels``) for pickers."""
        return dict(zip(self.documents[Doc.DOC_ID], document_labels(self.documents), strict=True))

    # --- documents -------------------------------------------------------------------------------
    def document_positions(self, documents: pd.DataFrame) -> np.ndarray:
        return row_positions(documents, self.documents.index)

    def sentence_positions(self, sentences: pd.DataFrame) -> np.ndarray:
        return row_positions(sentences, self.sentences.index)

    # --- mentions --------------------------------------------------------------------------------
    def mention_positions(self, mentions: pd.DataFrame) -> np.ndarray:
        return row_positions(mentions, self.mentions.index)

    @cached_property
    def mention_company(self) -> tuple[np.ndarray, pd.Index]:
        """Per mention: code of its company in name order (-1 when blank), and the names."""
        return sorted_codes(self.mentions[Mention.COMPANY])

    @cached_property
    def mention_doc_code(self) -> tuple[np.ndarray, pd.Index]:
        """Per mention: code of its doc id in doc-id order (as a group-by orders them), and the ids."""
        return sorted_codes(self.mentions[Mention.DOC_ID], blank_is_missing=False)

    def naming_mentions(self, company: str, documents: pd.DataFrame | None = None) -> np.ndarray:
        """Positions, ascending, of the mentions of ``company`` whose document is one of ``documents``' (None:
        any): the rows of a view's mentions naming it, found in the codes without narrowing the view's
        mentions (a pick's 6 million rows copied column by column, 2-3 CPU s at 100,000 articles)."""
        code = self.company_codes([company])[0]
        if code < 0:
            return np.zeros(0, dtype=np.int64)
        positions = np.flatnonzero(self.mention_company[0] == code)
        if documents is not None:
            doc_codes, doc_ids = self.mention_doc_code
            kept = flags(doc_ids.get_indexer(documents[Doc.DOC_ID]).astype(np.int64), len(doc_ids))
            positions = positions[kept[doc_codes[positions]]]
        return positions

    def mention_places(self, positions: np.ndarray) -> tuple[pd.Series, np.ndarray]:
        """The doc ids and sentence ids of the mentions at ``positions`` (ascending), read from the codes and
        the one column, a chunk at a time: taking rows of the frame would join its chunked columns first."""
        doc_codes, doc_ids = self.mention_doc_code
        positions = positions[doc_codes[positions] >= 0]    # a mention without a document is in no sentence
        return (pd.Series(doc_ids[doc_codes[positions]], dtype=doc_ids.dtype),
                values_at(self.mentions[Mention.SENT_ID], positions))

    def company_codes(self, companies: list[str]) -> np.ndarray:
        """The codes of ``companies`` (-1 for a name no mention has)."""
        return self.mention_company[1].get_indexer(list(companies)).astype(np.int64)

    @cached_property
    def company_own_names(self) -> dict[str, frozenset[str]]:
        """Per company: the lower-cased aliases and entity names of its ``company``-kind mentions.

        The distinct (company, kind, name) triples are found in Arrow over the three columns, then the few
        thousand of kind ``company`` kept: no mention row is copied. A boolean pick of the frame copied every
        column's rows first (1.7 against 4.0 CPU s at 100,000 articles, RssAnon +26 against +437 MB)."""
        mentions = pa.Table.from_pandas(self.mentions[[Mention.COMPANY, Mention.KIND, Mention.ALIAS, Mention.ENTITY]],
                                        preserve_index=False)
        names: dict[str, set[str]] = {}
        for column in (Mention.ALIAS, Mention.ENTITY):
            for company, name in _own_name_pairs(mentions, column):
                names.setdefault(company, set()).add(name.lower())
        return {company: frozenset(found) for company, found in names.items()}

    # --- events ----------------------------------------------------------------------------------
    def event_positions(self, events: pd.DataFrame) -> np.ndarray:
        return row_positions(events, self.events.index)

    @cached_property
    def event_date_rank(self) -> np.ndarray:
        """Each event's place oldest first (date, then end; ties in row order)."""
        ordered = self.events.reset_index(drop=True).sort_values([Event.DATE, Event.DATE_END], kind="stable")
        return ranks(ordered.index.to_numpy())
