"""What the Keywords page shows: weighted terms, user stopwords, per-company term sets, and
keyword-in-context lines.

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
from lib.analyze.filters import View, outlet_labels
from lib.analyze.term_codes import CodedTerms, TermRows, coded_terms
from lib.analyze.term_stats import (
    counts_by_key,
    documents_by_key,
    documents_by_language,
    present_keys,
    tfidf_by_key,
)
from lib.schema import Doc, Sent, Stat, Term
from lib.text_script import HAN_CHARACTER as _CJK

FREQUENCY, TFIDF = "frequency", "tf-idf"
WEIGHTS = (FREQUENCY, TFIDF)

# Columns of ``weighted_terms``.
LABEL = "label"
WEIGHTED_COLUMNS = [Stat.TERM, Term.LANG, Stat.COUNT, Stat.N_DOCS, Stat.TFIDF, Stat.WEIGHT, LABEL]
_WEIGHTED_DTYPES = {Stat.COUNT: "int64", Stat.N_DOCS: "int64", Stat.TFIDF: "float64", Stat.WEIGHT: "float64"}

# Columns of ``Concordance.lines``; ``match_start``/``match_end`` are offsets into ``Doc.TEXT``.
LEFT, MATCH, RIGHT = "left", "match", "right"
MATCH_START, MATCH_END = "match_start", "match_end"
OUTLET = "outlet"
KWIC_COLUMNS = [LEFT, MATCH, RIGHT, Doc.TITLE, OUTLET, Doc.PUBLISHED, Sent.DOC_ID, Sent.SENT_ID,
                MATCH_START, MATCH_END]
CONTEXT_CHARS = 60
MAX_LINES = 200

_STOP_SEPARATORS = re.compile(r"[,，、;；\s]+")
_PHRASE_SEPARATORS = re.compile(r"[,，、;；\n]+")
# Letters and digits that make a Latin word continue: a match must not touch them on either side.
_LATIN_WORD = "0-9A-Za-z\u00c0-\u024f"
_LATIN_EDGE = re.compile(f"[{_LATIN_WORD}]")
# Spelled out rather than ``\s``, which makes Arrow's RE2 engine about ten times slower.
_SPACES = "[ \t\r\n\u00a0\u3000]+"



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
    rows = coded.rows(_both(chosen, about)).merged(name_merges(view.mentions), coded.vocabulary)
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


def term_pattern(term: str) -> str:
    """Regex for ``term`` in running text (use case-insensitively); it consumes only the term.

    Chinese (any CJK character in the term) matches as a plain substring — Chinese has no spaces
    to mark word edges. Latin terms must not touch another letter or digit on either side, so
    "AI" does not match inside "said"; their spaces match any run of whitespace.
    """
    body, edge_before, edge_after = _pattern_parts(term)
    before = f"(?<![{_LATIN_WORD}])" if edge_before else ""
    after = f"(?![{_LATIN_WORD}])" if edge_after else ""
    return before + body + after


@dataclass(frozen=True)
class Concordance:
    lines: pd.DataFrame  # ``KWIC_COLUMNS``, at most ``limit`` rows in corpus order
    total: int           # every occurrence, including those past ``limit``


def concordance(sentences: pd.DataFrame, documents: pd.DataFrame, term: str,
                width: int = CONTEXT_CHARS, limit: int = MAX_LINES, counts: np.ndarray | None = None) -> Concordance:
    """Each occurrence of ``term`` in ``sentences`` with ``width`` characters of context each side.

    ``counts``, when given, is ``occurrences_per_sentence`` of each row of ``sentences`` (counted
    once over the whole corpus and picked for these rows); otherwise it is counted here.
    """
    if not term or not term.strip() or sentences.empty:
        return Concordance(_empty_lines(), 0)
    sentences = sentences.reset_index(drop=True)
    if counts is None:
        per_sentence = occurrences_per_sentence(sentences[Sent.TEXT], term)
    else:
        per_sentence = pd.Series(np.asarray(counts, dtype=int), index=sentences.index)
    found = per_sentence[per_sentence > 0]
    if found.empty:
        return Concordance(_empty_lines(), 0)
    # Locate hits only in the first sentences that hold ``limit`` of them: the exact search below
    # runs Python's regex engine row by row, the counting above runs in Arrow.
    enough = found[(found.cumsum() - found) < limit]
    hits = _hits(sentences[sentences.index.isin(enough.index)], term_pattern(term)).head(limit)
    lines = _with_context(hits, documents, width)
    return Concordance(lines[KWIC_COLUMNS], int(found.sum()))


def occurrences_per_sentence(texts: pd.Series, term: str) -> pd.Series:
    """How often ``term`` occurs in each text, case-insensitively, with ``term_pattern``'s rules.

    Written without look-arounds so that pandas can hand it to Arrow's RE2 engine (about ten
    times faster than Python's on a large corpus): hits preceded by a word edge, minus those of
    them followed by a letter or digit.
    """
    body, edge_before, edge_after = _pattern_parts(term)
    leading = f"(?i)(?:^|[^{_LATIN_WORD}])(?:{body})" if edge_before else f"(?i)(?:{body})"
    # A plain substring test first (fast), so the regex only reads texts that can match.
    longest_word = max(term.split(), key=len)
    candidates = texts[texts.str.contains(longest_word, case=False, regex=False).fillna(False).astype(bool)]
    counts = candidates.str.count(leading)
    if edge_after:
        counts = counts - candidates.str.count(f"{leading}[{_LATIN_WORD}]")
    return counts.reindex(texts.index, fill_value=0).fillna(0).astype(int)


def _pattern_parts(term: str) -> tuple[str, bool, bool]:
    """``term``'s regex body, and whether a letter or digit may not precede / follow it."""
    words = term.split()
    if _CJK.search(term):
        return re.escape(" ".join(words)), False, False
    body = _SPACES.join(re.escape(w) for w in words)
    return body, bool(_LATIN_EDGE.match(words[0])), bool(_LATIN_EDGE.match(words[-1][-1]))


def _hits(found: pd.DataFrame, pattern: str) -> pd.DataFrame:
    """One row per match of ``pattern`` in the sentences ``found``, located in ``Doc.TEXT``."""
    found = found.reset_index(drop=True)
    # Each extracted row is one hit: the text since the previous hit, then the hit itself, so
    # running sums of their lengths locate every hit inside its sentence.
    parts = found[Sent.TEXT].str.extractall(f"(?s)(?P<gap>.*?)(?P<hit>{pattern})", flags=re.IGNORECASE)
    # An empty gap (a hit at the start of a sentence) comes back as NaN.
    hit_end = (parts["gap"].fillna("").str.len() + parts["hit"].str.len()).groupby(level=0).cumsum()
    owner = parts.index.get_level_values(0)
    hits = pd.DataFrame({
        Sent.DOC_ID: found.loc[owner, Sent.DOC_ID].to_numpy(),
        Sent.SENT_ID: found.loc[owner, Sent.SENT_ID].to_numpy(),
        MATCH_END: found.loc[owner, Sent.START].to_numpy() + hit_end.to_numpy(),
        MATCH: parts["hit"].to_numpy(),
    })
    hits[MATCH_START] = hits[MATCH_END] - hits[MATCH].str.len()
    return hits


def _with_context(hits: pd.DataFrame, documents: pd.DataFrame, width: int) -> pd.DataFrame:
    docs = documents.drop_duplicates(Doc.DOC_ID).set_index(Doc.DOC_ID)
    texts = docs[Doc.TEXT].reindex(hits[Sent.DOC_ID]).fillna("").to_numpy()
    starts, ends = hits[MATCH_START].to_numpy(), hits[MATCH_END].to_numpy()
    # Variable-width slices have no vectorised form in pandas; ``hits`` is capped at ``limit``
    # rows, so this stays a few hundred string slices whatever the corpus size.
    left = pd.Series([t[max(0, s - width):s] for t, s in zip(texts, starts, strict=True)], dtype="str")
    right = pd.Series([t[e:e + width] for t, e in zip(texts, ends, strict=True)], dtype="str")
    lengths = np.array([len(t) for t in texts], dtype=int)
    left = np.where(starts > width, "…", "") + _one_line(left)
    right = _one_line(right) + np.where(ends + width < lengths, "…", "")
    info = pd.DataFrame({
        Doc.TITLE: docs[Doc.TITLE].reindex(hits[Sent.DOC_ID]).fillna("").to_numpy(),
        OUTLET: outlet_labels(docs).reindex(hits[Sent.DOC_ID]).fillna("").to_numpy(),
        Doc.PUBLISHED: docs[Doc.PUBLISHED].reindex(hits[Sent.DOC_ID]).fillna("").to_numpy(),
    })
    return pd.concat([hits, info], axis=1).assign(**{LEFT: left, RIGHT: right})


def _one_line(text: pd.Series) -> pd.Series:
    return text.str.replace(r"\s+", " ", regex=True)


def _empty_lines() -> pd.DataFrame:
    ints = (Sent.SENT_ID, MATCH_START, MATCH_END)
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ints else "str") for c in KWIC_COLUMNS})
