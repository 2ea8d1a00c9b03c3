"""What the Keywords page shows: weighted terms, user stopwords and per-company term sets (its
keyword-in-context lines are ``lib.analyze.concordance``).

Pure functions over the corpus frames (never changed in place), vectorised over whole columns; the
terms are read through their codes, made once per corpus (``lib.analyze.term_codes``): a view, the
stopwords and a company each pick rows of them. Terms are weighted either by raw frequency or by
TF-IDF against the whole corpus (so a selection's scores say what is characteristic of it, not
merely common everywhere).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.analyze.companies import documents_naming
from lib.analyze.company_terms import name_merges, rows_about, sentence_rows
from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.filters import View
from lib.analyze.term_codes import CodedTerms, TermRows, coded_terms
from lib.analyze.term_stats import (
    counts_by_key,
    documents_by_key,
    documents_by_language,
    present_keys,
    tfidf_by_key,
)
from lib.schema import Doc, Stat, Term

FREQUENCY, TFIDF = "frequency", "tf-idf"
WEIGHTS = (FREQUENCY, TFIDF)

# Columns of ``weighted_terms``.
LABEL = "label"
WEIGHTED_COLUMNS = [Stat.TERM, Term.LANG, Stat.COUNT, Stat.N_DOCS, Stat.TFIDF, Stat.WEIGHT, LABEL]
_WEIGHTED_DTYPES = {Stat.COUNT: "int64", Stat.N_DOCS: "int64", Stat.TFIDF: "float64", Stat.WEIGHT: "float64"}

_STOP_SEPARATORS = re.compile(r"[,，、;；\s]+")
_PHRASE_SEPARATORS = re.compile(r"[,，、;；\n]+")


def parse_stopwords(text: str | None) -> frozenset[str]:
    """Lower-cased stopwords typed by the user, separated by commas, spaces, 、 or semicolons.

    A comma-separated entry with spaces in it also counts as a phrase, so typing
    ``large model`` removes the term "large model" as well as "large" and "model".
    """
    if not text:
        return frozenset()
    words = {w for w in _STOP_SEPARATORS.split(text.casefold()) if w}
    phrases = {" ".join(p.split()) for p in _PHRASE_SEPARATORS.split(text.casefold()) if " " in p.strip()}
    return frozenset(words | phrases)


def weighted_terms(rows: TermRows, idf: np.ndarray, weight: str = FREQUENCY) -> pd.DataFrame:
    """Every term of ``rows`` with its count, documents, TF-IDF and the chosen ``weight``.

    TF-IDF is summed over the documents of ``rows`` with ``idf`` from the background (``idf_by_term`` of
    the whole corpus, stopwords removed the same way), so common-everywhere words sink; a term's frequency
    is taken within each document's rows (for a company, the document's sentences about it:
    ``lib.analyze.company_terms``). Sorted by weight descending; ``label`` is the term, with its
    language added when the same spelling occurs in two.
    """
    if weight not in WEIGHTS:
        raise ValueError(f"weight must be one of {WEIGHTS}, not {weight!r}")
    present = present_keys(rows)
    if not present.any():
        return pd.DataFrame({c: pd.Series(dtype=_WEIGHTED_DTYPES.get(c, "str")) for c in WEIGHTED_COLUMNS})
    scores = tfidf_by_key(rows, idf)[present]
    table = rows.keys[present].reset_index(drop=True).assign(**{
        Stat.COUNT: counts_by_key(rows)[present], Stat.N_DOCS: documents_by_key(rows)[present],
        Stat.TFIDF: np.where(np.isnan(scores), 0.0, scores)})
    table[Stat.WEIGHT] = (table[Stat.COUNT] if weight == FREQUENCY else table[Stat.TFIDF]).astype(float)
    shared = table[Stat.TERM].duplicated(keep=False)
    table[LABEL] = table[Stat.TERM].where(~shared, table[Stat.TERM] + " (" + table[Term.LANG] + ")")
    table = table.sort_values([Stat.WEIGHT, Stat.TERM, Term.LANG], ascending=[False, True, True],
                              kind="stable", ignore_index=True)
    return table[WEIGHTED_COLUMNS]


TERM_LANGUAGES = {"en": "English", "zh": "Chinese"}


@dataclass(frozen=True)
class LanguageTerms:
    """The weighted terms of one language and how many documents they come from."""

    lang: str               # ``Term.LANG``: "en" or "zh"
    name: str               # "English", "Chinese"
    weighted: pd.DataFrame  # rows of ``weighted_terms`` in this language, in the same order
    n_docs: int             # documents of ``terms`` with a term in this language
    cloud: dict[str, float]  # ``cloud_frequencies`` of ``weighted``


def terms_by_language(weighted: pd.DataFrame, rows: TermRows) -> list[LanguageTerms]:
    """``weighted`` split by term language, English first, languages without terms left out; each
    language's documents are those of ``rows`` with a row in it.

    English counts run far higher than Chinese ones (a Chinese article yields fewer, longer
    terms), so on a mixed folder one shared scale buries one language: each part is scaled alone.
    """
    documents = documents_by_language(rows)
    parts = []
    for lang in sorted(weighted[Term.LANG].dropna().unique(), key=lambda code: (code not in TERM_LANGUAGES, code)):
        part = weighted[weighted[Term.LANG] == lang]
        n_docs = documents.get(lang, 0)
        part = part.reset_index(drop=True)
        parts.append(LanguageTerms(str(lang), TERM_LANGUAGES.get(lang, str(lang)), part, n_docs,
                                   cloud_frequencies(part)))
    return parts


@dataclass(frozen=True)
class KeywordTerms:
    """What a Keywords cloud and term list show: weighted terms, and the same apart by language."""

    weighted: pd.DataFrame          # ``weighted_terms``
    languages: list[LanguageTerms]  # ``terms_by_language`` of ``weighted``
    n_documents: int                # documents in view, or those in view naming the company
    cloud: dict[str, float]         # ``cloud_frequencies`` of ``weighted``


def keyword_terms(view: View, weight: str, stopwords: frozenset[str], idf: np.ndarray, index: CorpusIndex,
                  company: str | None = None) -> KeywordTerms:
    """The weighted terms of ``view`` without ``stopwords``, or of its sentences about ``company``
    (its names merged, ``lib.analyze.company_terms``); ``idf`` is ``idf_by_term`` of the corpus's
    terms without the same stopwords. A company's languages count the documents naming it."""
    coded = index.derived(coded_terms)
    in_view = rows_in_view(view, coded)
    chosen = _both(in_view, coded.without(stopwords))
    if company is None:
        rows = coded.rows(chosen, whole_pairs=True)
        weighted = weighted_terms(rows, idf, weight)
        return KeywordTerms(weighted, terms_by_language(weighted, rows), len(view.documents),
                            cloud_frequencies(weighted))
    doc_ids = documents_naming(view.mentions, company, index)
    about, _ = rows_about(index.derived(sentence_rows), view.mentions, company)
    rows = coded.rows(_both(chosen, about)).compacted().merged(name_merges(view.mentions), coded.vocabulary)
    weighted = weighted_terms(rows, idf, weight)
    languages = terms_by_language(weighted, coded.rows(_both(in_view, coded.rows_of(doc_ids))))
    return KeywordTerms(weighted, languages, len(doc_ids), cloud_frequencies(weighted))


def rows_in_view(view: View, coded: CodedTerms) -> np.ndarray | None:
    """The coded corpus rows of ``view.terms``: those of its documents; None when it is every row.

    A view of every document holds every term row (``apply_filters``): no mask, nor a copy of the
    codes picked by it (three arrays of 36 million rows at 100,000 articles).
    """
    if len(view.documents) == len(view.all_documents):
        return None
    return coded.rows_of(view.documents[Doc.DOC_ID])


def _both(first: np.ndarray | None, second: np.ndarray | None) -> np.ndarray | None:
    """Rows flagged in both (None flags every row)."""
    if first is None or second is None:
        return second if first is None else first
    return first & second


def cloud_frequencies(weighted: pd.DataFrame, limit: int = 150) -> dict[str, float]:
    """term → weight for a word cloud: the ``limit`` heaviest, one entry per spelling."""
    positive = weighted[weighted[Stat.WEIGHT] > 0]
    summed = positive.groupby(Stat.TERM, sort=False)[Stat.WEIGHT].sum()
    return {str(t): float(w) for t, w in summed.nlargest(limit).items()}
