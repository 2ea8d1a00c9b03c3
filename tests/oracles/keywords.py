"""Reference answers of ``lib.analyze.keywords``: the Keywords page's terms counted from the strings of the
view's terms frame, as before the terms were coded once per corpus (``lib.analyze.term_codes``).

Stopwords drop rows by their term's string, a company's rows are found over the view's own rows, and its
names are merged by rewriting the rows' strings; the counting is ``tests.oracles.term_stats``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from lib.analyze.companies import documents_naming
from lib.analyze.company_terms import SentenceRows, name_merges, rows_about
from lib.analyze.keywords import (
    _WEIGHTED_DTYPES,
    FREQUENCY,
    LABEL,
    TERM_LANGUAGES,
    WEIGHTED_COLUMNS,
    WEIGHTS,
    KeywordTerms,
    LanguageTerms,
    cloud_frequencies,
)
from lib.analyze.term_codes import KEY, is_in
from lib.schema import Doc, Stat, Term
from tests.oracles.term_stats import idf_by_term, term_totals, tfidf_of_documents


def without_stopwords(terms: pd.DataFrame, stopwords: Iterable[str]) -> pd.DataFrame:
    stop = {w.casefold() for w in stopwords}
    if not stop or terms.empty:
        return terms
    vocabulary = pd.Series(terms[Term.TERM].unique())
    dropped = vocabulary[vocabulary.str.casefold().isin(stop)]
    return terms[~terms[Term.TERM].isin(dropped)]


def terms_of_documents(terms: pd.DataFrame, doc_ids: Iterable[str]) -> pd.DataFrame:
    return terms[is_in(terms[Term.DOC_ID], doc_ids)]


def weighted_terms(terms: pd.DataFrame, background: pd.DataFrame, weight: str = FREQUENCY,
                   idf: pd.DataFrame | None = None) -> pd.DataFrame:
    if weight not in WEIGHTS:
        raise ValueError(f"weight must be one of {WEIGHTS}, not {weight!r}")
    totals = term_totals(terms)
    if totals.empty:
        return pd.DataFrame({c: pd.Series(dtype=_WEIGHTED_DTYPES.get(c, "str")) for c in WEIGHTED_COLUMNS})
    if idf is None:
        idf = idf_by_term(background)
    scores = tfidf_of_documents(terms, idf)
    table = totals.merge(scores, on=KEY, how="left")
    table[Stat.TFIDF] = table[Stat.TFIDF].fillna(0.0)
    table[Stat.WEIGHT] = (table[Stat.COUNT] if weight == FREQUENCY else table[Stat.TFIDF]).astype(float)
    shared = table[Stat.TERM].duplicated(keep=False)
    table[LABEL] = table[Stat.TERM].where(~shared, table[Stat.TERM] + " (" + table[Term.LANG] + ")")
    table = table.sort_values([Stat.WEIGHT, Stat.TERM, Term.LANG], ascending=[False, True, True],
                              kind="stable", ignore_index=True)
    return table[WEIGHTED_COLUMNS]


def terms_by_language(weighted: pd.DataFrame, terms: pd.DataFrame) -> list[LanguageTerms]:
    parts = []
    for lang in sorted(weighted[Term.LANG].dropna().unique(), key=lambda code: (code not in TERM_LANGUAGES, code)):
        part = weighted[weighted[Term.LANG] == lang].reset_index(drop=True)
        n_docs = int(terms.loc[terms[Term.LANG] == lang, Term.DOC_ID].nunique())
        parts.append(LanguageTerms(str(lang), TERM_LANGUAGES.get(lang, str(lang)), part, n_docs,
                                   cloud_frequencies(part)))
    return parts


def with_names_merged(terms: pd.DataFrame, merges: Mapping[tuple[str, str], tuple[str, str]]) -> pd.DataFrame:
    if terms.empty or not merges:
        return terms
    sources = pd.MultiIndex.from_tuples(list(merges), names=KEY)
    targets = pd.DataFrame(list(merges.values()), columns=KEY)
    at = sources.get_indexer(pd.MultiIndex.from_frame(terms[KEY]))
    hit = at >= 0
    if not hit.any():
        return terms
    changed = terms.copy()
    for column in KEY:
        values = changed[column].to_numpy(dtype=object, copy=True)
        values[hit] = targets[column].to_numpy(dtype=object)[at[hit]]
        changed[column] = pd.Series(values, index=terms.index, dtype=terms[column].dtype)
    return changed


def terms_about(terms: pd.DataFrame, mentions: pd.DataFrame, company: str) -> pd.DataFrame:
    """The rows of ``terms`` from the sentences about ``company``, found over these rows alone, names merged."""
    codes, ids = pd.factorize(terms[Term.DOC_ID])
    rows = SentenceRows(codes, pd.Index(ids), terms[Term.SENT_ID].fillna(-1).to_numpy(dtype=np.int64))
    chosen, _ = rows_about(rows, mentions, company)
    return with_names_merged(terms[chosen], name_merges(mentions))


def keyword_terms(view, weight: str, stopwords: frozenset[str], index, company: str | None = None) -> KeywordTerms:
    terms = without_stopwords(view.terms, stopwords)
    background = without_stopwords(view.all_terms, stopwords)
    idf = idf_by_term(background)
    if company is None:
        weighted = weighted_terms(terms, background, weight, idf=idf)
        return KeywordTerms(weighted, terms_by_language(weighted, terms), len(view.documents),
                            cloud_frequencies(weighted))
    doc_ids = documents_naming(view.mentions, company, index)
    weighted = weighted_terms(terms_about(terms, view.mentions, company), background, weight, idf=idf)
    languages = terms_by_language(weighted, view.terms[view.terms[Doc.DOC_ID].isin(doc_ids)])
    return KeywordTerms(weighted, languages, len(doc_ids), cloud_frequencies(weighted))
