"""What is said about a company: the terms of the sentences naming it and of their neighbours.

A company's distinctive terms and word cloud are read from the sentences that name it (through
its names, products or people) and the sentence before and after each, not from whole articles:
two companies named in the same articles then get different answers when the text about them
differs. Term rows carry their sentence (``Term.SENT_ID``), so choosing a company's rows is an
array lookup over sentence numbers, built once per corpus (``SentenceRows``), over the rows of the
terms coded once per corpus (``lib.analyze.term_codes``).

The spellings of a company's or product's name across languages and scripts (ByteDance,
字节跳动, 字節跳動 — terms are counted on simplified text) are one term, spelt as the entity's
gazetteer name becomes a term (``bytedance``): ``name_merges``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.analyze.term_codes import coded_terms, row_blocks
from lib.analyze.term_stats import TermGroups
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
        # A block of rows at a time: whole-row int64 temporaries were 288 MB each at 100,000 articles.
        blocks = row_blocks(len(doc_codes))
        sizes = np.zeros(len(doc_ids), dtype=np.int64)
        for block in blocks:
            docs, sent, valid = _valid_rows(doc_codes[block], sent_ids[block])
            if valid.any():
                largest = pd.Series(sent[valid]).groupby(docs[valid]).max()
                at = largest.index.to_numpy()
                sizes[at] = np.maximum(sizes[at], largest.to_numpy() + 1)
        self.doc_ids = pd.Index(doc_ids)
        self.sizes = sizes
        self.first = np.concatenate([[0], np.cumsum(sizes)])
        # Half the memory when the corpus's sentences can be counted in 32 bits (36 million rows at 100,000 articles).
        self.numbers = np.empty(len(doc_codes), dtype=np.int32 if self.first[-1] < np.iinfo(np.int32).max
                                else np.int64)
        for block in blocks:
            docs, sent, valid = _valid_rows(doc_codes[block], sent_ids[block])
            self.numbers[block] = np.where(valid, self.first[np.where(valid, docs, 0)] + sent, -1)

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


def _valid_rows(doc_codes: np.ndarray, sent_ids) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Some rows' document codes, sentence ids (int64) and whether both are known."""
    sent = np.asarray(sent_ids, dtype=np.int64)
    return doc_codes, sent, (doc_codes >= 0) & (sent >= 0)


def sentences_naming(mentions: pd.DataFrame, company: str) -> tuple[pd.Series, pd.Series]:
    """Doc ids and sentence ids of the ``mentions`` of ``company`` (its names, products, people)."""
    about = mentions[mentions[Mention.COMPANY] == company]
    return about[Mention.DOC_ID], about[Mention.SENT_ID]


def rows_about(rows: SentenceRows, mentions: pd.DataFrame, company: str) -> tuple[np.ndarray, int]:
    """Which rows are about ``company`` (its sentences and their neighbours), and how many sentences."""
    return rows_around(rows, *sentences_naming(mentions, company))


def rows_around(rows: SentenceRows, doc_ids: pd.Series, sent_ids) -> tuple[np.ndarray, int]:
    """Which rows are in the sentences given by ``doc_ids`` and ``sent_ids`` or next to one, and how many
    sentences those are."""
    flags = rows.sentences_around(doc_ids, sent_ids)
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


class CompanyTerms:
    """A corpus's coded terms with names merged, and their sentences: what a page comparing
    companies reads (kept per corpus through ``CorpusIndex.derived(company_terms)``)."""

    def __init__(self, groups: TermGroups, rows: SentenceRows) -> None:
        self.groups = groups
        self.rows = rows


def sentence_rows(index) -> SentenceRows:
    """``SentenceRows`` over the rows of a ``CorpusIndex``'s coded terms (kept through ``CorpusIndex.derived``)."""
    coded = index.derived(coded_terms)
    return SentenceRows(coded.docs, coded.doc_ids, index.terms[Term.SENT_ID].fillna(-1).to_numpy(dtype=np.int64))


def company_terms(index) -> CompanyTerms:
    """``CompanyTerms`` of a ``CorpusIndex``'s corpus: its coded terms, names merged by all its mentions."""
    coded = index.derived(coded_terms)
    rows, merges = coded.rows(), name_merges(index.mentions)
    # The names are merged in the sums, not in a renumbered copy of the rows (``TermGroups``).
    merge = rows.key_merge(merges, coded.vocabulary) if merges and len(rows.keys) else None
    return CompanyTerms(TermGroups(rows, merge), index.derived(sentence_rows))
