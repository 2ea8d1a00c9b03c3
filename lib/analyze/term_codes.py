"""A corpus's terms coded once: every row's (term, lang) and document as an integer.

The term statistics (``lib.analyze.term_stats``), what is said about a company
(``lib.analyze.company_terms``) and the Keywords page count rows by these codes with ``np.bincount``.
At 100,000 articles the terms frame holds 36 million rows; factorizing its strings again for each
answer took most of the Companies and Keywords pages' first visits, so a corpus is coded once
(``CorpusIndex.derived(coded_terms)``) and an answer picks rows of the codes (``TermRows``). The codes are
made of the columns' dictionary encoding (``lib.store.term_dictionaries``), which the snapshot keeps: a
start reads it by memory map, with no string hashed.

A key is the pair (term, lang); a row whose term or lang is missing gets a key too, marked incomplete:
it is never counted as a term, but its count still belongs to its document (a term's frequency divides
by the document's total) and its term still meets the stopwords.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.schema import Term
from lib.store.term_dictionaries import matches, term_dictionaries

KEY = [Term.TERM, Term.LANG]
# Above this many possible (term, lang) pairs a row, distinct pairs are found by hashing, not a table.
_DENSE_PAIRS_PER_ROW = 8
# Rows read at once by the answers that go through every row: a block's per-row temporaries stay tens of MB
# (its counts cast to floats: 32 MB) where the whole 36 million rows of 100,000 articles made hundreds.
ROWS_PER_BLOCK = 1 << 22


def row_blocks(size: int) -> list[slice]:
    """The rows ``[0, size)`` as consecutive slices of at most ``ROWS_PER_BLOCK`` rows."""
    return [slice(start, start + ROWS_PER_BLOCK) for start in range(0, size, ROWS_PER_BLOCK)]


@dataclass(frozen=True)
class KeyMerge:
    """Keys merged by name (``TermRows.key_merge``): the new code of each old key, and the new keys."""

    renumber: np.ndarray    # per old key: its merged key (a row of ``keys``)
    keys: pd.DataFrame      # Term.TERM, Term.LANG of each merged key
    complete: np.ndarray    # per merged key: neither term nor lang missing
    base: np.ndarray        # per merged key: its code in the corpus's key table, -1 if none


@dataclass(frozen=True)
class TermRows:
    """Some rows of a coded terms frame: each row's key, document and count, and the keys' table.

    ``base`` gives each key's code in the corpus's own key table (-1 for a key only a merge made), so
    statistics of the whole corpus (IDF) can be looked up for keys renamed by ``merged``.
    """

    codes: np.ndarray       # per row: its key (a row of ``keys``)
    docs: np.ndarray        # per row: its document (a position in ``doc_ids``), -1 where missing
    counts: np.ndarray      # per row: ``Term.COUNT``
    keys: pd.DataFrame      # Term.TERM, Term.LANG of each key
    complete: np.ndarray    # per key: neither term nor lang missing
    base: np.ndarray        # per key: its code in the corpus's key table, -1 if none
    doc_ids: pd.Index       # the documents' ids, by code
    # Per row, when the rows hold every row of a (key, document) pair or none: whether it is its pair's first
    # row with a document, so documents per key are a count, not a search for distinct pairs. None otherwise.
    first: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.codes)

    def merged(self, merges: Mapping[tuple[str, str], tuple[str, str]],
               vocabulary: pd.MultiIndex | None = None) -> TermRows:
        """These rows with each key of ``merges`` counted as its target (字节跳动 → bytedance): one key per
        target, found in ``vocabulary`` (the corpus's keys) for ``base``. Works on the distinct keys, then
        renumbers the rows through one array."""
        if not merges or not len(self.keys):
            return self
        merge = self.key_merge(merges, vocabulary)
        return replace(self, codes=merge.renumber[self.codes], keys=merge.keys, complete=merge.complete,
                       base=merge.base, first=None)    # two keys merged in one document are one pair

    def key_merge(self, merges: Mapping[tuple[str, str], tuple[str, str]],
                  vocabulary: pd.MultiIndex | None = None) -> KeyMerge:
        """The keys ``merged`` gives these rows, and each of these rows' keys' code among them, without
        renumbering the rows: sums per key can be merged after summing (``TermGroups``)."""
        pairs = [merges.get(key, key) if complete else key for key, complete in
                 zip(zip(self.keys[Term.TERM], self.keys[Term.LANG], strict=True), self.complete, strict=True)]
        targets = pd.DataFrame(pairs, columns=KEY).astype({c: self.keys[c].dtype for c in KEY})
        renumber, distinct = pd.factorize(pd.MultiIndex.from_frame(targets), use_na_sentinel=False)
        keys = pd.DataFrame(list(distinct), columns=KEY).astype({c: self.keys[c].dtype for c in KEY})
        complete = np.zeros(len(keys), dtype=bool)
        complete[renumber[self.complete]] = True
        base = (vocabulary.get_indexer(pd.MultiIndex.from_frame(keys)).astype(np.int64) if vocabulary is not None
                else np.full(len(keys), -1, dtype=np.int64))
        base[~complete] = -1
        return KeyMerge(renumber.astype(np.int32), keys, complete, base)

    def compacted(self) -> TermRows:
        """These rows with a key table of only the keys they hold, in the same order: renaming (``merged``) and
        looking up (``vocabulary``) then touch a company's few thousand keys, not the corpus's million."""
        held = self.held_keys()
        if held.all():
            return self
        renumber = np.cumsum(held, dtype=np.int32) - 1
        return replace(self, codes=renumber[self.codes], keys=self.keys[held].reset_index(drop=True),
                       complete=self.complete[held], base=self.base[held])

    def held_keys(self) -> np.ndarray:
        """Per key of ``keys``: whether one of the rows holds it."""
        return np.bincount(self.codes, minlength=len(self.keys)) > 0

    def n_documents(self) -> int:
        """Distinct documents among the rows."""
        present = self.docs[self.docs >= 0]
        return int(np.count_nonzero(np.bincount(present, minlength=len(self.doc_ids))))

    def rows_of(self, doc_ids: Iterable) -> np.ndarray:
        """Whether each row belongs to one of ``doc_ids`` (rows without a document do not)."""
        return np.append(is_in(pd.Series(self.doc_ids), doc_ids), False)[self.docs]


class CodedTerms:
    """A terms frame (``Term.COLUMNS``) coded once: keys in term order, documents in order of appearance.

    Changes nothing of the frame: its counts are read through a read-only view.
    """

    def __init__(self, terms: pd.DataFrame, dictionaries: pa.Table | None = None) -> None:
        """``dictionaries``: ``term_dictionaries(terms)`` as the snapshot kept it; encoded here when not given."""
        if not matches(dictionaries, terms):
            dictionaries = term_dictionaries(terms)
        self.codes, self.keys, self.complete = _key_codes(*(_column(dictionaries, name, terms[name].dtype)
                                                            for name in (Term.TERM, Term.LANG)))
        self.docs, doc_ids = _column(dictionaries, Term.DOC_ID, terms[Term.DOC_ID].dtype)
        self.doc_ids = pd.Index(doc_ids)
        self.counts = terms[Term.COUNT].to_numpy()     # the frame's own (read-only) array: not copied
        self.vocabulary = pd.MultiIndex.from_frame(self.keys)
        self._folded = None

    def rows(self, chosen: np.ndarray | None = None, whole_pairs: bool = False) -> TermRows:
        """The rows flagged in ``chosen`` (a boolean array over the rows; None: every row).

        ``whole_pairs``: ``chosen`` takes all the rows of a (term, document) pair or none of them, as a choice
        of documents and of terms (stopwords) does, never one of sentences; documents per term are then
        counted from each pair's first row (``first_of_pair``).
        """
        arrays = (self.codes, self.docs, self.counts) + ((self.first_of_pair,) if whole_pairs else ())
        if chosen is not None:
            arrays = tuple(array[chosen] for array in arrays)
        return TermRows(*arrays[:3], keys=self.keys, complete=self.complete,
                        base=np.arange(len(self.keys), dtype=np.int64), doc_ids=self.doc_ids,
                        first=arrays[3] if whole_pairs else None)

    @cached_property
    def first_of_pair(self) -> np.ndarray:
        """Per row: it has a document and is the first row of its (key, document) pair."""
        pairs = self.docs.astype(np.int64) * max(len(self.keys), 1)
        pairs += self.codes
        first = ~pd.Series(pairs).duplicated().to_numpy()
        first &= self.docs >= 0
        return first

    def rows_of(self, doc_ids: Iterable) -> np.ndarray:
        """Whether each row belongs to one of ``doc_ids`` (rows without a document do not)."""
        return self.rows().rows_of(doc_ids)

    def without(self, stopwords: Iterable[str]) -> np.ndarray | None:
        """Whether each row's term is not one of ``stopwords`` (case-insensitive); None when none are given."""
        stop = {w.casefold() for w in stopwords}
        if not stop:
            return None
        # Case-fold the vocabulary, not every row: a corpus has far fewer distinct terms than rows.
        if self._folded is None:
            self._folded = self.keys[Term.TERM].str.casefold()
        kept = ~self._folded.isin(stop).to_numpy(dtype=bool)
        return kept[self.codes]


def coded_terms(index) -> CodedTerms:
    """``CodedTerms`` of a ``CorpusIndex``'s corpus (kept per corpus through ``CorpusIndex.derived``)."""
    return CodedTerms(index.terms, index.term_dictionaries)


Coded = tuple[np.ndarray, pd.api.extensions.ExtensionArray]   # a column's codes and the names they stand for


def _key_codes(terms: Coded, langs: Coded) -> tuple[np.ndarray, pd.DataFrame, np.ndarray]:
    """Each row's key code, the (term, lang) of each key, and whether each key is complete, from the two
    columns' codes and names (``_column``).

    A missing term or lang is a value of its own here (the last code of its column), so every row has a key.
    """
    (term_code, term_names), (lang_code, lang_names) = terms, langs
    n_terms, n_langs = len(term_names) + 1, len(lang_names) + 1
    pair = term_code.astype(np.int64)
    pair[pair < 0] = n_terms - 1
    pair *= n_langs
    pair += np.where(lang_code < 0, n_langs - 1, lang_code)
    codes, pairs = _dense_codes(pair, n_terms * n_langs)
    del pair
    term_of, lang_of = pairs // n_langs, pairs % n_langs
    keys = pd.DataFrame({
        Term.TERM: _names_with_missing(term_names, term_names.dtype).take(term_of),
        Term.LANG: _names_with_missing(lang_names, lang_names.dtype).take(lang_of),
    })
    complete = (term_of < n_terms - 1) & (lang_of < n_langs - 1)
    return codes, keys, complete


def _column(dictionaries: pa.Table, name: str, dtype) -> Coded:
    """A dictionary column's codes (int32, -1 where missing; the stored array itself when none is) and its
    names as an array of ``dtype`` (the frame's column's)."""
    encoded = dictionaries.column(name)
    encoded = encoded.chunk(0) if encoded.num_chunks == 1 else encoded.combine_chunks()
    indices = encoded.indices
    if indices.null_count:
        indices = indices.fill_null(-1)
    codes = indices.to_numpy(zero_copy_only=False).astype(np.int32, copy=False)
    names = encoded.dictionary
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        return codes, pd.arrays.ArrowStringArray(names, dtype=dtype) if pa.types.is_large_string(names.type) \
            else pd.array(names.cast(pa.large_string()), dtype=dtype)
    return codes, pd.array(names.to_pylist(), dtype=dtype)


def _dense_codes(values: np.ndarray, space: int) -> tuple[np.ndarray, np.ndarray]:
    """Codes 0..k-1 of ``values`` (integers in [0, space)) in value order, and the distinct values.

    A table over the value space when it is small next to the rows (no hashing); a sort of the distinct
    values otherwise.
    """
    if space <= _DENSE_PAIRS_PER_ROW * len(values) + (1 << 20):
        used = np.bincount(values, minlength=space) > 0
        distinct = np.flatnonzero(used)
        renumber = np.cumsum(used, dtype=np.int64) - 1
        return renumber[values].astype(np.int32), distinct
    distinct = np.sort(pd.unique(values))
    return np.searchsorted(distinct, values).astype(np.int32), distinct


def _names_with_missing(names, dtype):
    """The distinct values of a column, then a missing one (the code of the column's missing rows), as an array."""
    return pd.concat([pd.Series(names, dtype=dtype), pd.Series([None], dtype=dtype)], ignore_index=True).array


def is_in(values: pd.Series, wanted: Iterable) -> np.ndarray:
    """``values.isin(wanted)`` as a boolean array, fast on Arrow-backed strings.

    pandas (3.x) turns every element of ``wanted`` into a Python object before matching; this
    matches distinct values in Arrow instead, so a column of a million doc ids checked against
    thousands of ids costs milliseconds.
    """
    if isinstance(values.array, pd.arrays.ArrowStringArray):
        try:
            chosen = pa.array(pd.unique(_as_array(wanted)), from_pandas=True)
            if chosen.type in (pa.string(), pa.large_string()) or chosen.type == pa.null():
                column = pa.array(values.array)     # the column's Arrow data, not copied to Python
                found = pc.is_in(column, value_set=chosen.cast(column.type), skip_nulls=True)
                return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
            pass
    return np.asarray(values.isin(pd.unique(_as_array(wanted))), dtype=bool)


def _as_array(wanted: Iterable):
    if isinstance(wanted, (pd.Series, pd.Index, np.ndarray, pd.api.extensions.ExtensionArray)):
        return wanted
    return np.asarray(list(wanted), dtype=object)
