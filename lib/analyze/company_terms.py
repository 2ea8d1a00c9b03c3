"""What is said about a company: the terms of the sentences naming it and of their neighbours.

A company's distinctive terms and word cloud are read from the sentences that name it (through
its names, products or people) and the sentence before and after each, not from whole articles:
two companies named in the same articles then get different answers when the text about them
differs. Term rows carry their sentence (``Term.SENT_ID``), so choosing a company's rows is an
array lookup over sentence numbers, built once per terms frame (``SentenceRows``).

The spellings of a company's or product's name across languages and scripts (ByteDance,
字节跳动, 字節跳動 — terms are counted on simplified text) are one term, spelt as the entity's
gazetteer name becomes a term (``bytedance``): ``name_merges``.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from lib.analyze.term_stats import KEY, TermGroups
from lib.extract.terms import name_term
from lib.parse.script import to_simplified
from lib.schema import Mention, Term

# Sentences either side of one naming the company that are read as being about it too: the
# sentence after "ByteDance launched Doubao" often says what Doubao does without naming anyone.
REACH = 1
MERGED_KINDS = ("company", "product")

TermKey = tuple[str, str]


class SentenceRows:
    """Each row's sentence as one number over the whole frame, to pick the rows of chosen sentences.

    A document's sentences are numbered consecutively from its ``first`` number; a row without a
    document or sentence gets -1 and is never chosen.
    """

    def __init__(self, doc_codes: np.ndarray, doc_ids: pd.Index, sent_ids: np.ndarray) -> None:
        sent = np.asarray(sent_ids, dtype=np.int64)
        valid = (doc_codes >= 0) & (sent >= 0)
        sizes = np.zeros(len(doc_ids), dtype=np.int64)
        if valid.any():
            largest = pd.Series(sent[valid]).groupby(doc_codes[valid]).max()
            sizes[largest.index.to_numpy()] = largest.to_numpy() + 1
        self.doc_ids = pd.Index(doc_ids)
        self.sizes = sizes
        self.first = np.concatenate([[0], np.cumsum(sizes)])
        self.numbers = np.where(valid, self.first[np.where(valid, doc_codes, 0)] + sent, -1)

    @classmethod
    def of(cls, frame: pd.DataFrame) -> SentenceRows:
        """Over the rows of ``frame`` (a terms frame: ``Term.DOC_ID`` and ``Term.SENT_ID``)."""
        codes, ids = pd.factorize(frame[Term.DOC_ID])
        return cls(codes, pd.Index(ids), frame[Term.SENT_ID].fillna(-1).to_numpy(dtype=np.int64))

    def sentences_around(self, doc_ids: pd.Series, sent_ids: pd.Series, reach: int = REACH) -> np.ndarray:
        """Flags over sentence numbers (plus a last, unset slot answering -1): the sentences given and
        the ``reach`` sentences either side of each within its document."""
        codes = self.doc_ids.get_indexer(pd.Index(doc_ids)).astype(np.int64)
        sent = np.asarray(sent_ids, dtype=np.int64)
        known = codes >= 0
        codes, sent = codes[known], sent[known]
        flags = np.zeros(int(self.first[-1]) + 1, dtype=bool)
        for step in range(-reach, reach + 1):
            moved = sent + step
            inside = (moved >= 0) & (moved < self.sizes[codes])
            flags[self.first[codes[inside]] + moved[inside]] = True
        return flags

    def rows_in(self, flags: np.ndarray) -> np.ndarray:
        """Whether each row's sentence is flagged (``sentences_around``)."""
        return flags[self.numbers]


def sentences_naming(mentions: pd.DataFrame, company: str) -> tuple[pd.Series, pd.Series]:
    """Doc ids and sentence ids of the ``mentions`` of ``company`` (its names, products, people)."""
    about = mentions[mentions[Mention.COMPANY] == company]
    return about[Mention.DOC_ID], about[Mention.SENT_ID]


def rows_about(rows: SentenceRows, mentions: pd.DataFrame, company: str) -> tuple[np.ndarray, int]:
    """Which rows are about ``company`` (its sentences and their neighbours), and how many sentences."""
    flags = rows.sentences_around(*sentences_naming(mentions, company))
    return rows.rows_in(flags), int(flags.sum())


def name_merges(mentions: pd.DataFrame) -> dict[TermKey, TermKey]:
    """``(term, lang)`` of each company and product name found in ``mentions`` → the term of its entity.

    A spelling two entities share goes to the entity it names most often.
    """
    named = mentions.loc[mentions[Mention.KIND].isin(MERGED_KINDS), [Mention.ENTITY, Mention.ALIAS]].dropna()
    merges: dict[TermKey, TermKey] = {}
    for entity, alias in named.value_counts(sort=True).index:
        target = name_term(entity)
        if target is None:
            continue
        for spelling in (alias, entity):
            source = name_term(to_simplified(spelling))
            if source is not None and source != target:
                merges.setdefault(source, target)
    return merges


def with_names_merged(terms: pd.DataFrame, merges: Mapping[TermKey, TermKey]) -> pd.DataFrame:
    """``terms`` with each merged spelling's term and lang replaced by its entity's (a new frame)."""
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
    """The rows of ``terms`` from the sentences about ``company``, its names merged (``name_merges``)."""
    chosen, _ = rows_about(SentenceRows.of(terms), mentions, company)
    return with_names_merged(terms[chosen], name_merges(mentions))


class CompanyTerms:
    """A corpus's terms coded once with names merged, and their sentences: what a page comparing
    companies reads (kept per corpus through ``CorpusIndex.derived(company_terms)``)."""

    def __init__(self, terms: pd.DataFrame, mentions: pd.DataFrame) -> None:
        self.groups = TermGroups(terms, merged=name_merges(mentions))
        self.rows = SentenceRows(self.groups.doc_codes, pd.Index(self.groups.doc_ids),
                                 terms[Term.SENT_ID].fillna(-1).to_numpy(dtype=np.int64))


def company_terms(index) -> CompanyTerms:
    """``CompanyTerms`` of a ``CorpusIndex``'s corpus."""
    return CompanyTerms(index.terms, index.mentions)
