"""What the Keywords page shows: weighted terms, user stopwords, per-company term sets, and
keyword-in-context lines.

Pure functions over the corpus frames (never changed in place), vectorised over whole columns.
Terms are weighted either by raw frequency or by TF-IDF against the whole corpus (so a selection's
scores say what is characteristic of it, not merely common everywhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.analyze.companies import documents_naming
from lib.analyze.company_terms import terms_about
from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.filters import View, outlet_labels
from lib.analyze.term_stats import KEY, idf_by_term, is_in, term_totals, tfidf_of_documents
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


def without_stopwords(terms: pd.DataFrame, stopwords: Iterable[str]) -> pd.DataFrame:
    """``terms`` without the rows whose term is one of ``stopwords`` (case-insensitive)."""
    stop = {w.casefold() for w in stopwords}
    if not stop or terms.empty:
        return terms
    # Case-fold the vocabulary, not every row: a corpus has far fewer distinct terms than rows.
    vocabulary = pd.Series(terms[Term.TERM].unique())
    dropped = vocabulary[vocabulary.str.casefold().isin(stop)]
    return terms[~terms[Term.TERM].isin(dropped)]


def terms_of_documents(terms: pd.DataFrame, doc_ids: Iterable[str]) -> pd.DataFrame:
    return terms[is_in(terms[Term.DOC_ID], doc_ids)]


def weighted_terms(terms: pd.DataFrame, background: pd.DataFrame, weight: str = FREQUENCY,
                   idf: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every term of ``terms`` with its count, documents, TF-IDF and the chosen ``weight``.

    TF-IDF is summed over the documents of ``terms`` with IDF from ``background`` (the whole
    corpus, stopwords removed the same way), so common-everywhere words sink; a term's frequency
    is taken within each document's rows of ``terms`` (for a company, the document's sentences
    about it: ``lib.analyze.company_terms``). ``idf`` may be
    ``idf_by_term(background)`` computed once (it depends on the corpus and stopwords only).
    Sorted by weight descending; ``label`` is the term, with its language added when the same
    spelling occurs in two.
    """
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


TERM_LANGUAGES = {"en": "English", "zh": "Chinese"}


@dataclass(frozen=True)
class LanguageTerms:
    """The weighted terms of one language and how many documents they come from."""

    lang: str               # ``Term.LANG``: "en" or "zh"
    name: str               # "English", "Chinese"
    weighted: pd.DataFrame  # rows of ``weighted_terms`` in this language, in the same order
    n_docs: int             # documents of ``terms`` with a term in this language
    cloud: dict[str, float]  # ``cloud_frequencies`` of ``weighted``


def terms_by_language(weighted: pd.DataFrame, terms: pd.DataFrame) -> list[LanguageTerms]:
    """``weighted`` split by term language, English first, languages without terms left out.

    English counts run far higher than Chinese ones (a Chinese article yields fewer, longer
    terms), so on a mixed folder one shared scale buries one language: each part is scaled alone.
    """
    parts = []
    for lang in sorted(weighted[Term.LANG].dropna().unique(), key=lambda code: (code not in TERM_LANGUAGES, code)):
        part = weighted[weighted[Term.LANG] == lang]
        n_docs = int(terms.loc[terms[Term.LANG] == lang, Term.DOC_ID].nunique())
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


def keyword_terms(view: View, weight: str, stopwords: frozenset[str], idf: pd.DataFrame, index: CorpusIndex,
                  company: str | None = None) -> KeywordTerms:
    """The weighted terms of ``view`` without ``stopwords``, or of its sentences about ``company``
    (its names merged, ``lib.analyze.company_terms``); ``idf`` is ``idf_by_term`` of the corpus's
    terms without the same stopwords. A company's languages count the documents naming it."""
    terms = without_stopwords(view.terms, stopwords)
    background = without_stopwords(view.all_terms, stopwords)
    if company is None:
        weighted = weighted_terms(terms, background, weight, idf=idf)
        return KeywordTerms(weighted, terms_by_language(weighted, terms), len(view.documents),
                            cloud_frequencies(weighted))
    doc_ids = documents_naming(view.mentions, company, index)
    weighted = weighted_terms(terms_about(terms, view.mentions, company), background, weight, idf=idf)
    languages = terms_by_language(weighted, view.terms[view.terms[Doc.DOC_ID].isin(doc_ids)])
    return KeywordTerms(weighted, languages, len(doc_ids), cloud_frequencies(weighted))


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
