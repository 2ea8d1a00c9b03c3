"""Corpus-level term statistics: totals, TF-IDF, and distinctive terms of one group of documents.

Every function takes rows of a terms frame coded once per corpus (``lib.analyze.term_codes``: each
row's (term, lang) key, document and count), never changes them, and counts whole arrays at once with
``np.bincount``: no answer factorizes strings, so the 36 million rows of 100,000 articles cost array
lookups. A term is identified by the pair (term, lang).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from lib.analyze.term_codes import CodedTerms, KeyMerge, TermRows, row_blocks
from lib.schema import Stat, Term

COUNT_A = "count_a"
COUNT_B = "count_b"
DELTA = "delta"
VARIANCE = "variance"
TOTALS_COLUMNS = [Stat.TERM, Term.LANG, Stat.COUNT, Stat.N_DOCS]
TFIDF_COLUMNS = [Stat.TERM, Term.LANG, Stat.TFIDF]
LOG_ODDS_COLUMNS = [Stat.TERM, Term.LANG, COUNT_A, COUNT_B, DELTA, VARIANCE, Stat.Z]
DEFAULT_PRIOR_SCALE = 1000.0


def count_sums(codes: np.ndarray, counts: np.ndarray, size: int, chosen: np.ndarray | None = None) -> np.ndarray:
    """Per code in ``[0, size)``: the sum of the ``counts`` of its rows (those flagged in ``chosen``, when
    given), as floats, exact for integer counts.

    ``np.bincount`` casts integer weights through a slow generic path (3-5 s for the 36 million int64
    counts of 100,000 articles, against 0.2-0.4 s for floats): the counts are cast a block at a time,
    and the chosen rows are taken a block at a time, so no array the size of the rows is copied.
    """
    sums = np.zeros(size)
    for block in row_blocks(len(codes)):
        block_codes, block_counts = codes[block], counts[block]
        if chosen is not None:
            keep = chosen[block]
            block_codes, block_counts = block_codes[keep], block_counts[keep]
        sums += np.bincount(block_codes, weights=block_counts.astype(np.float64), minlength=size)
    return sums


def counts_by_key(rows: TermRows) -> np.ndarray:
    """Per key: the sum of its rows' counts."""
    return count_sums(rows.codes, rows.counts, len(rows.keys)).round().astype(np.int64)


def documents_by_key(rows: TermRows) -> np.ndarray:
    """Per key: the documents holding one of its rows (rows without a document left out)."""
    if rows.first is not None:
        return np.bincount(rows.codes[rows.first], minlength=len(rows.keys))
    with_doc = rows.docs >= 0
    codes, docs = _rows_kept(with_doc, rows.codes, rows.docs)
    n_docs = max(len(rows.doc_ids), 1)
    pairs = codes.astype(np.int64) * n_docs
    pairs += docs
    pairs = pd.unique(pairs)
    return np.bincount(pairs // n_docs, minlength=len(rows.keys))


def documents_by_language(rows: TermRows) -> dict[str, int]:
    """Per language of the rows' keys: the documents with a row in it."""
    lang_of_key, langs = pd.factorize(rows.keys[Term.LANG])
    n_langs = len(langs)
    if not n_langs:
        return {}
    lang_of_key = lang_of_key.astype(np.int32)
    seen = np.zeros((len(rows.doc_ids), n_langs), dtype=bool)
    for block in row_blocks(len(rows.codes)):
        lang, docs = lang_of_key[rows.codes[block]], rows.docs[block]
        valid = (lang >= 0) & (docs >= 0)
        seen[docs[valid], lang[valid]] = True
    return {str(name): int(n) for name, n in zip(langs, seen.sum(axis=0), strict=True)}


def present_keys(rows: TermRows) -> np.ndarray:
    """Per key: a term (neither term nor lang missing) that one of the rows holds."""
    return rows.held_keys() & rows.complete


def term_totals(rows: TermRows) -> pd.DataFrame:
    """Per term of ``rows``: total ``count`` and ``n_docs`` (documents containing it), by count descending."""
    present = present_keys(rows)
    if not present.any():
        return _empty(TOTALS_COLUMNS)
    totals = rows.keys[present].reset_index(drop=True).assign(**{
        Stat.COUNT: counts_by_key(rows)[present], Stat.N_DOCS: documents_by_key(rows)[present]})
    return _ranked(totals, Stat.COUNT)[TOTALS_COLUMNS]


def idf_by_term(rows: TermRows) -> np.ndarray:
    """Per key of the corpus: ``idf = ln((1 + N) / (1 + df_t)) + 1``, NaN for a key not in ``rows``.

    ``N`` is the number of documents in ``rows``, ``df_t`` the number containing the term. It depends on
    the rows alone (a corpus and its stopwords), so a caller computes it once and passes it to
    ``tfidf_by_key``. ``rows`` are rows of the corpus's ``CodedTerms``, not merged.
    """
    idf = np.log((1 + rows.n_documents()) / (1 + documents_by_key(rows))) + 1
    idf[~present_keys(rows)] = np.nan
    return idf


def tfidf_by_key(rows: TermRows, idf: np.ndarray) -> np.ndarray:
    """Per key: TF-IDF summed over every document of ``rows``, with ``idf`` from ``idf_by_term``; NaN for a
    key the background's ``idf`` does not know.

    For term ``t`` in document ``d``, with ``N`` documents in the background and ``df_t`` of them
    containing ``t``::

        tf(t, d)  = count(t, d) / sum of all term counts of d in ``rows``
        idf(t)    = ln((1 + N) / (1 + df_t)) + 1        (smoothed, as scikit-learn's default)
        tfidf(t)  = sum over the documents of tf(t, d) * idf(t)

    ``rows`` must hold all the rows of its documents that count (for a company, those of the
    sentences about it), since ``tf`` divides by each document's total.
    """
    known = np.full(len(rows.keys), np.nan)
    in_corpus = rows.base >= 0
    known[in_corpus] = idf[rows.base[in_corpus]]
    tf = _term_frequencies(rows)
    return np.bincount(rows.codes, weights=tf, minlength=len(rows.keys)) * known


def tfidf_of_documents(rows: TermRows, idf: np.ndarray) -> pd.DataFrame:
    """Per term of ``rows`` the background's ``idf`` knows: ``tfidf_by_key``, by tfidf descending."""
    scores = tfidf_by_key(rows, idf)
    present = present_keys(rows) & ~np.isnan(scores)
    if not present.any():
        return _empty(TFIDF_COLUMNS)
    scored = rows.keys[present].reset_index(drop=True).assign(**{Stat.TFIDF: scores[present]})
    return _ranked(scored, Stat.TFIDF)[TFIDF_COLUMNS]


def _rows_kept(keep: np.ndarray, *arrays: np.ndarray) -> tuple[np.ndarray, ...]:
    """``array[keep]`` of each array: the arrays themselves when every row is kept, as it nearly always is (no
    copy of each, ~140 MB at 100,000 articles)."""
    return arrays if keep.all() else tuple(array[keep] for array in arrays)


def _term_frequencies(rows: TermRows) -> np.ndarray:
    """Each row's count over its document's total (0 for a row of no document), as floats.

    Integer counts summed as floats are exact whatever the order, so the totals are summed a block of rows
    at a time; the only row-sized array made is the answer.
    """
    counts, doc_codes = rows.counts, rows.docs
    totals = np.zeros(len(rows.doc_ids))
    blocks = row_blocks(len(counts))
    for block in blocks:
        with_doc = doc_codes[block] >= 0
        totals += np.bincount(doc_codes[block][with_doc], weights=counts[block][with_doc].astype(float),
                              minlength=len(totals))
    tf = np.zeros(len(counts))
    for block in blocks:
        with_doc = doc_codes[block] >= 0
        tf[block][with_doc] = counts[block][with_doc] / totals[doc_codes[block][with_doc]]
    return tf


def log_odds_distinctive(
    coded: CodedTerms,
    group_a_doc_ids: Iterable,
    group_b_doc_ids: Iterable | None = None,
    prior_scale: float | None = DEFAULT_PRIOR_SCALE,
) -> pd.DataFrame:
    """Terms distinctive of group A against group B: Monroe, Colaresi & Quinn (2008), "Fightin' Words".

    Log-odds ratio with an informative Dirichlet prior. With ``y_w^A`` the count of term ``w`` in
    group A, ``n^A`` the sum of all counts in A (likewise for B), ``y_w`` and ``n`` the same over the
    whole frame, and ``alpha_0 = prior_scale``::

        alpha_w   = alpha_0 * y_w / n                      (prior: background frequency x mass)
        omega_w^A = ln((y_w^A + alpha_w) / (n^A + alpha_0 - y_w^A - alpha_w))
        delta_w   = omega_w^A - omega_w^B
        var_w     ~ 1 / (y_w^A + alpha_w) + 1 / (y_w^B + alpha_w)
        z_w       = delta_w / sqrt(var_w)

    ``prior_scale`` is the prior's total pseudo-count mass: the default 1000 shrinks rare terms
    without swamping large groups; ``None`` uses the corpus size ``n`` (the paper's choice, a much
    stronger prior). ``group_b_doc_ids=None`` means every document not in group A. Rows are the
    terms occurring in either group, sorted by ``z`` descending; positive ``z`` leans to A. An empty
    group gives an empty frame with the columns.
    """
    return TermGroups(coded.rows()).log_odds(group_a_doc_ids, group_b_doc_ids, prior_scale)


class TermGroups:
    """Coded term rows (``TermRows``, names merged or not) and their totals, to compare several pairs of row
    groups (``log_odds``, ``log_odds_rows``): a page comparing four companies counts the corpus once."""

    def __init__(self, rows: TermRows, merge: KeyMerge | None = None) -> None:
        """``merge``: the rows' keys merged by name (``TermRows.key_merge``), counted as merged keys. Each sum
        is made over the rows' own keys, then added up by ``merge``: the same sums as over ``rows.merged``,
        without a merged copy of every row's key (144 MB at 100,000 articles)."""
        self.rows = rows
        self._renumber = None if merge is None else merge.renumber
        self.keys = rows.keys if merge is None else merge.keys
        self.complete = rows.complete if merge is None else merge.complete
        self.total = float(rows.counts.sum())
        # Whether a row counts is its key's completeness: summing every row, then clearing the incomplete keys,
        # gives the same sums without a flag per row.
        self.per_term = self._merged(count_sums(rows.codes, rows.counts, len(rows.keys)))
        self.per_term[~self.complete] = 0

    def log_odds(self, group_a_doc_ids: Iterable, group_b_doc_ids: Iterable | None = None,
                 prior_scale: float | None = DEFAULT_PRIOR_SCALE) -> pd.DataFrame:
        """``log_odds_distinctive`` of the coded rows."""
        if not len(self.rows):
            return _empty(LOG_ODDS_COLUMNS)
        in_a = self.rows.rows_of(group_a_doc_ids)
        in_b = ~in_a if group_b_doc_ids is None else self.rows.rows_of(group_b_doc_ids)
        return self.log_odds_rows(in_a, in_b, prior_scale)

    def log_odds_rows(self, in_a: np.ndarray, in_b: np.ndarray,
                      prior_scale: float | None = DEFAULT_PRIOR_SCALE) -> pd.DataFrame:
        """``log_odds_distinctive`` of two groups of rows (boolean masks over the rows), such as
        the rows of the sentences about a company against those of other documents."""
        if not len(self.rows) or not in_a.any() or not in_b.any():
            return _empty(LOG_ODDS_COLUMNS)
        sum_a = self._sum(in_a)
        sum_b = self._sum(in_b)
        present = ((sum_a + sum_b) > 0) & self.complete
        y_a, y_b = sum_a[present].astype(float), sum_b[present].astype(float)
        n = self.total
        alpha0 = n if prior_scale is None else float(prior_scale)
        alpha = alpha0 * self.per_term[present] / n
        delta = _log_odds(y_a, y_a.sum(), alpha, alpha0) - _log_odds(y_b, y_b.sum(), alpha, alpha0)
        variance = 1 / (y_a + alpha) + 1 / (y_b + alpha)
        result = self.keys[present].reset_index(drop=True).assign(**{
            COUNT_A: sum_a[present], COUNT_B: sum_b[present],
            DELTA: delta, VARIANCE: variance, Stat.Z: delta / np.sqrt(variance)})
        return _ranked(result, Stat.Z)[LOG_ODDS_COLUMNS]

    def rows_of(self, doc_ids: Iterable) -> np.ndarray:
        """Whether each row belongs to one of ``doc_ids`` (rows without a document do not)."""
        return self.rows.rows_of(doc_ids)

    def _sum(self, chosen: np.ndarray) -> np.ndarray:
        sums = count_sums(self.rows.codes, self.rows.counts, len(self.rows.keys), chosen)
        return self._merged(sums).round().astype(np.int64)

    def _merged(self, sums: np.ndarray) -> np.ndarray:
        """Sums per key of the rows as sums per merged key (exact: integer counts well below 2**53)."""
        if self._renumber is None:
            return sums
        return np.bincount(self._renumber, weights=sums, minlength=len(self.keys))


def _log_odds(y: np.ndarray, n: float, alpha: np.ndarray, alpha0: float) -> np.ndarray:
    # The complement vanishes only when the whole vocabulary is this one term; a floor keeps the
    # difference of two such log-odds finite (the floors cancel).
    rest = np.maximum(n + alpha0 - y - alpha, np.finfo(float).tiny)
    return np.log(y + alpha) - np.log(rest)


def _ranked(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """Sorted by ``column`` descending, ties by term, with a fresh index."""
    return frame.sort_values([column, Term.TERM, Term.LANG], ascending=[False, True, True],
                             kind="stable", ignore_index=True)


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=_dtype(name)) for name in columns})


def _dtype(column: str) -> str:
    if column in (Stat.TERM, Term.LANG):
        return "str"
    return "int64" if column in (Stat.COUNT, Stat.N_DOCS, COUNT_A, COUNT_B) else "float64"
