"""Reference answers of ``lib.analyze.term_stats``: each answer factorizes the strings of the frame it is given.

The answers as they were before the terms were coded once per corpus (``lib.analyze.term_codes``): the
coded answers must match these on generated corpora.

Every function takes a terms frame (``Term.COLUMNS``: doc_id, term, lang, count; one row per
document and term), never changes it, and works on whole columns at once: terms and documents
are turned into integer codes once and counted with ``np.bincount``, so the 1.2 million rows of
10,000 documents cost a few factorizations, not string group-bys. A term is identified by the
pair (term, lang).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from lib.analyze.term_codes import is_in
from lib.schema import Stat, Term

COUNT_A = "count_a"
COUNT_B = "count_b"
DELTA = "delta"
VARIANCE = "variance"
KEY = [Term.TERM, Term.LANG]
TOTALS_COLUMNS = [Stat.TERM, Term.LANG, Stat.COUNT, Stat.N_DOCS]
TFIDF_COLUMNS = [Stat.TERM, Term.LANG, Stat.TFIDF]
IDF = "idf"
IDF_COLUMNS = [Stat.TERM, Term.LANG, IDF]
LOG_ODDS_COLUMNS = [Stat.TERM, Term.LANG, COUNT_A, COUNT_B, DELTA, VARIANCE, Stat.Z]
DEFAULT_PRIOR_SCALE = 1000.0


def term_codes(terms: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """Each row's term code (-1 where term or lang is missing) and the (term, lang) of each code.

    Codes follow first appearance, as ``groupby(sort=False)`` does.
    """
    term_code, term_names = pd.factorize(terms[Term.TERM])
    lang_code, lang_names = pd.factorize(terms[Term.LANG])
    missing = (term_code < 0) | (lang_code < 0)
    # In place: a corpus's million term rows make each array of codes ~30 MB (the Keywords page's first visit).
    combined = term_code.astype(np.int64, copy=False)
    combined *= max(len(lang_names), 1)
    combined += lang_code
    del term_code, lang_code
    combined[missing] = -1
    codes, uniques = pd.factorize(combined, use_na_sentinel=False)
    del combined
    keys = uniques >= 0
    # Renumber so that a missing key is -1 and the others are 0..k-1.
    renumber = np.full(len(uniques), -1, dtype=np.int64)
    renumber[keys] = np.arange(int(keys.sum()))
    kept = uniques[keys]
    n_lang = max(len(lang_names), 1)
    table = pd.DataFrame({
        Term.TERM: term_names.take(kept // n_lang), Term.LANG: lang_names.take(kept % n_lang)})
    return renumber[codes], table


def _distinct_per_term(codes: np.ndarray, doc_codes: np.ndarray, n_terms: int) -> np.ndarray:
    """Documents per term code (pairs with a missing term or document left out)."""
    valid = (codes >= 0) & (doc_codes >= 0)
    n_docs = int(doc_codes.max(initial=0)) + 1
    kept_codes, kept_docs = _rows_kept(valid, codes, doc_codes)
    pairs = kept_codes * n_docs
    pairs += kept_docs
    pairs = pd.unique(pairs)
    return np.bincount(pairs // n_docs, minlength=n_terms)


def term_totals(terms: pd.DataFrame) -> pd.DataFrame:
    """Per term: total ``count`` and ``n_docs`` (documents containing it), by count descending."""
    if terms.empty:
        return _empty(TOTALS_COLUMNS)
    codes, keys = term_codes(terms)
    valid = codes >= 0
    doc_codes = pd.factorize(terms[Term.DOC_ID])[0]
    totals = keys.assign(**{
        Stat.COUNT: np.bincount(*_rows_kept(valid, codes, terms[Term.COUNT].to_numpy()),
                                minlength=len(keys)).round().astype(np.int64),
        Stat.N_DOCS: _distinct_per_term(codes, doc_codes, len(keys)),
    })
    return _ranked(totals, Stat.COUNT)[TOTALS_COLUMNS]


def idf_by_term(terms: pd.DataFrame) -> pd.DataFrame:
    """Per term of the whole frame: ``idf = ln((1 + N) / (1 + df_t)) + 1`` (``IDF_COLUMNS``).

    ``N`` is the number of documents in ``terms``, ``df_t`` the number containing the term. It
    depends on the corpus alone, so a caller may compute it once and pass it to ``tfidf_by_term``.
    """
    if terms.empty:
        return _empty(IDF_COLUMNS)
    codes, keys = term_codes(terms)
    doc_codes, docs = pd.factorize(terms[Term.DOC_ID])
    df_t = _distinct_per_term(codes, doc_codes, len(keys))
    return keys.assign(**{IDF: np.log((1 + len(docs)) / (1 + df_t)) + 1})


def tfidf_by_term(terms: pd.DataFrame, doc_ids: Iterable | None = None,
                  idf: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per term: TF-IDF summed over the documents ``doc_ids`` (all documents when None).

    For term ``t`` in document ``d``, with ``N`` documents in the whole frame and ``df_t`` of them
    containing ``t``::

        tf(t, d)  = count(t, d) / sum of all term counts in d
        idf(t)    = ln((1 + N) / (1 + df_t)) + 1        (smoothed, as scikit-learn's default)
        tfidf(t)  = sum over the selected d of tf(t, d) * idf(t)

    ``idf`` always comes from the whole frame, so a selection's scores stay comparable with the
    corpus's; ``idf`` may be passed in (``idf_by_term(terms)``, computed once per corpus) to
    save computing it again. Sorted by tfidf descending.
    """
    if terms.empty:
        return _empty(TFIDF_COLUMNS)
    if idf is None:
        idf = idf_by_term(terms)
    selected = terms if doc_ids is None else terms[is_in(terms[Term.DOC_ID], doc_ids)]
    return tfidf_of_documents(selected, idf)


def tfidf_of_documents(terms: pd.DataFrame, idf: pd.DataFrame) -> pd.DataFrame:
    """TF-IDF summed per term over every document of ``terms``, with ``idf`` from ``idf_by_term``.

    ``terms`` must hold all the term rows of its documents (as the background ``idf`` was
    computed from), since ``tf`` divides by each document's total count. Terms missing from
    ``idf`` are left out.
    """
    if terms.empty:
        return _empty(TFIDF_COLUMNS)
    codes, keys = term_codes(terms)
    doc_codes = pd.factorize(terms[Term.DOC_ID])[0]
    counts = terms[Term.COUNT].to_numpy(dtype=float)
    tf = _term_frequencies(counts, doc_codes)
    del counts, doc_codes
    summed = np.bincount(*_rows_kept(codes >= 0, codes, tf), minlength=len(keys))
    scored = keys.assign(**{Stat.TFIDF: summed}).merge(idf[KEY + [IDF]], on=KEY, how="inner", sort=False)
    scored[Stat.TFIDF] = scored[Stat.TFIDF] * scored[IDF]
    return _ranked(scored, Stat.TFIDF)[TFIDF_COLUMNS]


def _rows_kept(keep: np.ndarray, *arrays: np.ndarray) -> tuple[np.ndarray, ...]:
    """``array[keep]`` of each array: the arrays themselves when every row is kept, as it nearly always is (no
    copy of each, ~30 MB at 10,000 articles)."""
    return arrays if keep.all() else tuple(array[keep] for array in arrays)


def _term_frequencies(counts: np.ndarray, doc_codes: np.ndarray) -> np.ndarray:
    """Each row's count over its document's total (0 for a row of no document). Rows all of a document, as
    they are, need no copy of them picked out (each ~30 MB at 10,000 articles)."""
    with_doc = doc_codes >= 0
    if with_doc.all():
        doc_totals = np.bincount(doc_codes, weights=counts)[doc_codes]
        return np.divide(counts, doc_totals, out=doc_totals)
    doc_totals = np.bincount(doc_codes[with_doc], weights=counts[with_doc])
    tf = np.zeros(len(counts))
    tf[with_doc] = counts[with_doc] / doc_totals[doc_codes[with_doc]]
    return tf


def log_odds_distinctive(
    terms: pd.DataFrame,
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
    if terms.empty:
        return _empty(LOG_ODDS_COLUMNS)
    return TermGroups(terms).log_odds(group_a_doc_ids, group_b_doc_ids, prior_scale)


class TermGroups:
    """A terms frame coded once, to compare several pairs of row groups (``log_odds``, ``log_odds_rows``).

    Factorizing a million term rows is the costly part of a comparison; a page comparing four
    companies does it once instead of four times. ``merged`` maps a ``(term, lang)`` to the one it
    is counted as (字节跳动 → bytedance): the spellings of one name count as one term. Holds no
    reference that could change the frame.
    """

    def __init__(self, terms: pd.DataFrame,
                 merged: Mapping[tuple[str, str], tuple[str, str]] | None = None) -> None:
        self.codes, self.keys = term_codes(terms)
        if merged:
            self.codes, self.keys = _merge_keys(self.codes, self.keys, merged)
        # Documents are matched as distinct ids, then spread to the rows by code: a group's test
        # costs thousands of string lookups, not a million.
        self.doc_codes, doc_ids = pd.factorize(terms[Term.DOC_ID])
        self.doc_ids = pd.Series(doc_ids)
        valid = self.codes >= 0
        self.counts = terms[Term.COUNT].to_numpy()
        self.total = float(terms[Term.COUNT].sum())
        self.per_term = np.bincount(self.codes[valid], weights=self.counts[valid], minlength=len(self.keys))

    def log_odds(self, group_a_doc_ids: Iterable, group_b_doc_ids: Iterable | None = None,
                 prior_scale: float | None = DEFAULT_PRIOR_SCALE) -> pd.DataFrame:
        """``log_odds_distinctive`` of the coded frame."""
        if not len(self.codes):
            return _empty(LOG_ODDS_COLUMNS)
        in_a = self.rows_of(group_a_doc_ids)
        in_b = ~in_a if group_b_doc_ids is None else self.rows_of(group_b_doc_ids)
        return self.log_odds_rows(in_a, in_b, prior_scale)

    def log_odds_rows(self, in_a: np.ndarray, in_b: np.ndarray,
                      prior_scale: float | None = DEFAULT_PRIOR_SCALE) -> pd.DataFrame:
        """``log_odds_distinctive`` of two groups of rows (boolean masks over the frame's rows), such as
        the rows of the sentences about a company against those of other documents."""
        if not len(self.codes) or not in_a.any() or not in_b.any():
            return _empty(LOG_ODDS_COLUMNS)
        valid = self.codes >= 0
        sum_a = self._sum(in_a & valid)
        sum_b = self._sum(in_b & valid)
        present = (sum_a + sum_b) > 0
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
        """Whether each term row belongs to one of ``doc_ids`` (rows without a document do not)."""
        return np.append(is_in(self.doc_ids, doc_ids), False)[self.doc_codes]

    def _sum(self, chosen: np.ndarray) -> np.ndarray:
        return np.bincount(self.codes[chosen], weights=self.counts[chosen],
                           minlength=len(self.keys)).round().astype(np.int64)


def _merge_keys(codes: np.ndarray, keys: pd.DataFrame,
                merged: Mapping[tuple[str, str], tuple[str, str]]) -> tuple[np.ndarray, pd.DataFrame]:
    """Row codes and key table after counting each key of ``merged`` as its target.

    Works on the distinct keys (thousands), then renumbers the rows (millions) through one array.
    """
    pairs = [merged.get(key, key) for key in zip(keys[Term.TERM], keys[Term.LANG], strict=True)]
    targets = pd.DataFrame(pairs, columns=KEY, index=keys.index) if pairs else keys
    renumber, distinct = pd.factorize(pd.MultiIndex.from_frame(targets)) if pairs else (np.zeros(0, np.int64), [])
    table = pd.DataFrame(list(distinct), columns=KEY)
    table = table.astype({column: keys[column].dtype for column in KEY}) if len(table) else keys.iloc[:0]
    renumber = np.append(renumber.astype(np.int64), -1)     # the last slot answers code -1
    return renumber[codes], table.reset_index(drop=True)


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
