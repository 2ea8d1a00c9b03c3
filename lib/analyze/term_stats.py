"""Corpus-level term statistics: totals, TF-IDF, and distinctive terms of one group of documents.

Every function takes a terms frame (``Term.COLUMNS``: doc_id, term, lang, count; one row per
document and term), never changes it, and works on whole columns at once, so 10,000 documents
cost a few group-bys. A term is identified by the pair (term, lang).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from lib.schema import Stat, Term

COUNT_A = "count_a"
COUNT_B = "count_b"
DELTA = "delta"
VARIANCE = "variance"
KEY = [Term.TERM, Term.LANG]
TOTALS_COLUMNS = [Stat.TERM, Term.LANG, Stat.COUNT, Stat.N_DOCS]
TFIDF_COLUMNS = [Stat.TERM, Term.LANG, Stat.TFIDF]
LOG_ODDS_COLUMNS = [Stat.TERM, Term.LANG, COUNT_A, COUNT_B, DELTA, VARIANCE, Stat.Z]
DEFAULT_PRIOR_SCALE = 1000.0


def term_totals(terms: pd.DataFrame) -> pd.DataFrame:
    """Per term: total ``count`` and ``n_docs`` (documents containing it), by count descending."""
    if terms.empty:
        return _empty(TOTALS_COLUMNS)
    totals = terms.groupby(KEY, sort=False).agg(
        **{Stat.COUNT: (Term.COUNT, "sum"), Stat.N_DOCS: (Term.DOC_ID, "nunique")})
    return _ranked(totals.reset_index(), Stat.COUNT)[TOTALS_COLUMNS]


def tfidf_by_term(terms: pd.DataFrame, doc_ids: Iterable | None = None) -> pd.DataFrame:
    """Per term: TF-IDF summed over the documents ``doc_ids`` (all documents when None).

    For term ``t`` in document ``d``, with ``N`` documents in the whole frame and ``df_t`` of them
    containing ``t``::

        tf(t, d)  = count(t, d) / sum of all term counts in d
        idf(t)    = ln((1 + N) / (1 + df_t)) + 1        (smoothed, as scikit-learn's default)
        tfidf(t)  = sum over the selected d of tf(t, d) * idf(t)

    ``idf`` always comes from the whole frame, so a selection's scores stay comparable with the
    corpus's. Sorted by tfidf descending.
    """
    if terms.empty:
        return _empty(TFIDF_COLUMNS)
    doc = terms[Term.DOC_ID]
    n_docs = doc.nunique()
    df_t = terms.groupby(KEY, sort=False)[Term.DOC_ID].transform("nunique")
    idf = np.log((1 + n_docs) / (1 + df_t)) + 1
    tf = terms[Term.COUNT] / terms.groupby(Term.DOC_ID, sort=False)[Term.COUNT].transform("sum")
    scored = terms[KEY].assign(**{Stat.TFIDF: tf * idf})
    if doc_ids is not None:
        scored = scored[doc.isin(list(doc_ids))]
    if scored.empty:
        return _empty(TFIDF_COLUMNS)
    summed = scored.groupby(KEY, sort=False)[Stat.TFIDF].sum().reset_index()
    return _ranked(summed, Stat.TFIDF)[TFIDF_COLUMNS]


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
    doc = terms[Term.DOC_ID]
    in_a = doc.isin(list(group_a_doc_ids))
    in_b = ~in_a if group_b_doc_ids is None else doc.isin(list(group_b_doc_ids))
    if not in_a.any() or not in_b.any():
        return _empty(LOG_ODDS_COLUMNS)
    count = terms[Term.COUNT]
    sums = (terms[KEY]
            .assign(**{COUNT_A: count.where(in_a, 0), COUNT_B: count.where(in_b, 0), Term.COUNT: count})
            .groupby(KEY, sort=False).sum())
    sums = sums[(sums[COUNT_A] + sums[COUNT_B]) > 0]
    y_a = sums[COUNT_A].to_numpy(dtype=float)
    y_b = sums[COUNT_B].to_numpy(dtype=float)
    n = float(count.sum())
    alpha0 = n if prior_scale is None else float(prior_scale)
    alpha = alpha0 * sums[Term.COUNT].to_numpy(dtype=float) / n
    delta = _log_odds(y_a, y_a.sum(), alpha, alpha0) - _log_odds(y_b, y_b.sum(), alpha, alpha0)
    variance = 1 / (y_a + alpha) + 1 / (y_b + alpha)
    result = sums[[COUNT_A, COUNT_B]].reset_index().assign(
        **{DELTA: delta, VARIANCE: variance, Stat.Z: delta / np.sqrt(variance)})
    return _ranked(result, Stat.Z)[LOG_ODDS_COLUMNS]


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
