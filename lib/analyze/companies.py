"""Companies side by side: who is named most, share of voice, mentions per document, co-mentions,
event types, products and people.

Every function takes frames of a ``View`` (rows of the corpus the ``CorpusIndex`` was built on) plus
the companies to compare, never changes its inputs, and counts the index's integer codes picked by
row position rather than comparing and grouping hundreds of thousands of strings on every rerun.
A company's mentions are all gazetteer matches that roll up to it: its own names plus its products
and people (``Mention.COMPANY``). What sets each company's coverage apart is in
``lib.analyze.distinctive_terms``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.analyze.corpus_index import CorpusIndex, flags
from lib.analyze.dating import publication_month_starts
from lib.analyze.ranking import ranked_codes
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Mention, Stat

COMPANY = Mention.COMPANY
MONTH = Stat.MONTH
N_MENTIONS = Stat.N_MENTIONS
N_DOCS = Stat.N_DOCS
SHARE = Stat.SHARE
WEIGHT = Stat.WEIGHT
COMPANY_A = Stat.COMPANY_A
COMPANY_B = Stat.COMPANY_B
SHORT_TITLE = "short_title"
N_EVENTS = "n_events"

SHARE_COLUMNS = [MONTH, COMPANY, N_MENTIONS, SHARE]
PER_DOCUMENT_COLUMNS = [Doc.DOC_ID, Doc.TITLE, SHORT_TITLE, COMPANY, N_MENTIONS]
PAIR_COLUMNS = [COMPANY_A, COMPANY_B, WEIGHT]
EVENT_COLUMNS = [COMPANY, Event.EVENT_TYPE, N_EVENTS]
ENTITY_COLUMNS = [COMPANY, Mention.KIND, Mention.ENTITY, N_MENTIONS, N_DOCS]
SHORT_TITLE_CHARS = 45
PRODUCT_AND_PERSON = ("product", "person")


def companies_by_mentions(mentions: pd.DataFrame, index: CorpusIndex) -> pd.Series:
    """Mentions per company named in ``mentions``, most first (ties by name); the names are the index."""
    codes, names = index.mention_company
    picked = codes[index.mention_positions(mentions)]
    counts = np.bincount(picked[picked >= 0], minlength=len(names))
    ranked = ranked_codes(counts)
    return pd.Series(counts[ranked], index=pd.Index(names[ranked], name=COMPANY), name="count")


def versus_label(companies: list[str], limit: int = 4) -> str:
    """"A vs B vs C", shortened to "A vs B vs C vs D + 3 more" for long lists."""
    shown = " vs ".join(companies[:limit])
    return shown if len(companies) <= limit else f"{shown} + {len(companies) - limit} more"


def _compared(mentions: pd.DataFrame, companies: list[str], index: CorpusIndex) -> tuple[np.ndarray, np.ndarray]:
    """Corpus positions of the ``mentions`` naming one of ``companies``, and each one's place in that list."""
    positions = index.mention_positions(mentions)
    codes = index.mention_company[0][positions]
    place = np.full(len(index.mention_company[1]) + 1, -1, dtype=np.int64)   # last slot: code -1
    wanted = index.company_codes(companies)
    place[wanted[wanted >= 0]] = np.flatnonzero(wanted >= 0)
    which = place[codes]
    chosen = which >= 0
    return positions[chosen], which[chosen]


def share_of_voice(mentions: pd.DataFrame, companies: list[str], index: CorpusIndex) -> pd.DataFrame:
    """Per publication month and company: mentions and share of the compared companies' mentions.

    Months where no compared company is named are left out; within a month, shares sum to 1 and a
    company without mentions gets a row with 0. Mentions in documents not dated to a month are left out.
    """
    positions, which = _compared(mentions, companies, index)
    month_codes, months = index.doc_month_label
    month = np.append(month_codes, -1)[index.mention_doc[positions]]
    dated = month >= 0
    if not dated.any():
        return _empty_share()
    cells = np.bincount(month[dated] * len(companies) + which[dated], minlength=len(months) * len(companies))
    cells = cells.reshape(len(months), len(companies))
    named = np.flatnonzero(cells.sum(axis=1))
    present = cells[:, np.flatnonzero(cells.sum(axis=0))]
    counts = pd.DataFrame(present[named], index=pd.Index(months[named], name=MONTH),
                          columns=pd.Index([companies[i] for i in np.flatnonzero(cells.sum(axis=0))], name=COMPANY))
    return _share_table(counts, companies)


def _empty_share() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="float64" if c == SHARE else "object") for c in SHARE_COLUMNS})


def _share_table(counts: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    """``share_of_voice`` from mentions per month (rows) and company (columns)."""
    counts = counts.reindex(columns=companies, fill_value=0)
    shares = counts.div(counts.sum(axis=1), axis=0)
    long = counts.stack().rename(N_MENTIONS).to_frame().join(shares.stack().rename(SHARE))
    long = long.rename_axis([MONTH, COMPANY]).reset_index()
    return long.sort_values([MONTH, COMPANY], key=_company_order(companies), ignore_index=True)[SHARE_COLUMNS]


def documents_without_month(documents: pd.DataFrame) -> int:
    return int(publication_month_starts(documents).isna().sum())


def _company_order(companies: list[str]):
    rank = {name: i for i, name in enumerate(companies)}
    return lambda column: column.map(rank) if column.name == COMPANY else column


def short_titles(documents: pd.DataFrame, width: int = SHORT_TITLE_CHARS) -> pd.Series:
    """Titles cut to ``width`` characters, the file name standing in for a missing title; unique."""
    title = documents[Doc.TITLE].fillna("")
    title = title.where(title.str.strip() != "", documents[Doc.FILE])
    short = title.where(title.str.len() <= width, title.str.slice(0, width - 1).str.rstrip() + "…")
    repeat = short.groupby(short).cumcount()
    return short.where(repeat == 0, short + " (" + (repeat + 1).astype(str) + ")")


def mentions_per_document(mentions: pd.DataFrame, documents: pd.DataFrame, companies: list[str],
                          index: CorpusIndex, limit: int = 40) -> pd.DataFrame:
    """Mentions of each compared company in each document naming any of them (zeros included).

    The ``limit`` documents with most compared mentions are kept, most first.
    """
    positions, which = _compared(mentions, companies, index)
    doc_codes, doc_ids = index.mention_doc_code
    doc = doc_codes[positions]
    if not len(doc):
        return pd.DataFrame(columns=PER_DOCUMENT_COLUMNS)
    known = doc >= 0
    cells = np.bincount(doc[known] * len(companies) + which[known], minlength=len(doc_ids) * len(companies))
    cells = cells.reshape(len(doc_ids), len(companies))
    rows = np.flatnonzero(cells.sum(axis=1))
    columns = np.flatnonzero(cells.sum(axis=0))
    counts = pd.DataFrame(cells[np.ix_(rows, columns)], index=pd.Index(doc_ids[rows], name=Mention.DOC_ID),
                          columns=pd.Index([companies[i] for i in columns], name=COMPANY))
    return _per_document_table(counts, documents, companies, limit)


def _per_document_table(counts: pd.DataFrame, documents: pd.DataFrame, companies: list[str],
                        limit: int) -> pd.DataFrame:
    """``mentions_per_document`` from mentions per document (rows, in doc-id order) and company."""
    counts = counts.reindex(columns=companies, fill_value=0)
    totals = counts.sum(axis=1).sort_values(ascending=False, kind="stable")
    counts = counts.loc[totals.index[:limit]]
    titles = documents.assign(**{SHORT_TITLE: short_titles(documents)}).set_index(Doc.DOC_ID)
    long = counts.stack().rename(N_MENTIONS).rename_axis([Doc.DOC_ID, COMPANY]).reset_index()
    long = long.join(titles[[Doc.TITLE, SHORT_TITLE]], on=Doc.DOC_ID)
    long[Doc.TITLE] = long[Doc.TITLE].fillna("").where(long[Doc.TITLE].fillna("") != "", long[SHORT_TITLE])
    return long[PER_DOCUMENT_COLUMNS]


def co_mentions(mentions: pd.DataFrame, index: CorpusIndex) -> pd.DataFrame:
    """Pairs of companies named in the same sentence; ``weight`` = number of such sentences.

    Each pair appears once, with ``company_a`` < ``company_b``; heaviest first. The corpus's
    sentence pairs (``CorpusIndex.co_mention_pairs``) are kept for the documents of ``mentions``.
    """
    doc_codes, doc_ids = index.mention_doc_code
    in_view = flags(doc_codes[index.mention_positions(mentions)], len(doc_ids))
    pair_doc, pair_key = index.co_mention_pairs
    n_names = len(index.mention_company[1])
    weights = np.bincount(pair_key[in_view[pair_doc]], minlength=n_names * n_names)
    keys = np.flatnonzero(weights)
    if not len(keys):
        return _empty_pairs()
    names = index.mention_company[1]
    return _pairs_table(names[keys // n_names], names[keys % n_names], weights[keys])


def _pairs_table(company_a, company_b, weights) -> pd.DataFrame:
    result = pd.DataFrame({COMPANY_A: company_a, COMPANY_B: company_b, WEIGHT: weights})
    return result.sort_values([WEIGHT, COMPANY_A, COMPANY_B], ascending=[False, True, True], ignore_index=True)


def _empty_pairs() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c == WEIGHT else "object") for c in PAIR_COLUMNS})


def pairs_involving(pairs: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    """The pairs in which at least one of ``companies`` takes part, heaviest first."""
    return pairs[pairs[COMPANY_A].isin(companies) | pairs[COMPANY_B].isin(companies)].reset_index(drop=True)


def co_mention_matrix(pairs: pd.DataFrame, companies: list[str], partners: int = 6) -> pd.DataFrame:
    """Symmetric matrix of sentence counts over ``companies`` plus their ``partners`` top partners.

    Partners are the other companies with most shared sentences with any compared company. The
    diagonal is 0 (a company is not co-mentioned with itself). Empty when no pair involves them.
    """
    involved = pairs_involving(pairs, companies)
    if involved.empty:
        return pd.DataFrame()
    both = pd.concat([involved, involved.rename(columns={COMPANY_A: COMPANY_B, COMPANY_B: COMPANY_A})])
    others = both[both[COMPANY_A].isin(companies) & ~both[COMPANY_B].isin(companies)]
    top = others.groupby(COMPANY_B)[WEIGHT].sum().sort_index().sort_values(ascending=False, kind="stable")
    names = companies + list(top.index[:partners])
    chosen = both[both[COMPANY_A].isin(names) & both[COMPANY_B].isin(names)]
    matrix = chosen.pivot_table(index=COMPANY_A, columns=COMPANY_B, values=WEIGHT, aggfunc="sum", fill_value=0)
    return matrix.reindex(index=names, columns=names, fill_value=0).rename_axis(index=None, columns=None)


def events_per_type(events: pd.DataFrame, companies: list[str], index: CorpusIndex) -> pd.DataFrame:
    """Events per company and event type; an event naming two compared companies counts for both.

    The company test runs on each distinct companies list once, not on every event.
    """
    positions = index.event_positions(events)
    list_codes, lists = index.event_lists
    type_codes, types = index.event_types
    padded = COMPANY_SEPARATOR + lists + COMPANY_SEPARATOR
    per_company = []
    for name in companies:
        names_it = np.append(padded.str.contains(f"{COMPANY_SEPARATOR}{name}{COMPANY_SEPARATOR}", regex=False)
                             .to_numpy(dtype=bool), False)
        typed = type_codes[positions[names_it[list_codes[positions]]]]
        counts = np.bincount(typed[typed >= 0], minlength=len(types))
        present = np.flatnonzero(counts)
        per_company.append(pd.DataFrame({Event.EVENT_TYPE: types[present], N_EVENTS: counts[present],
                                         COMPANY: name}))
    counts = pd.concat(per_company, ignore_index=True) if per_company else pd.DataFrame()
    return _events_table(counts, companies)


def _events_table(counts: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    """``events_per_type`` from rows of (event type, count, company)."""
    if counts.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == N_EVENTS else "object") for c in EVENT_COLUMNS})
    return counts.sort_values([COMPANY, N_EVENTS, Event.EVENT_TYPE], key=_company_order(companies),
                              ascending=[True, False, True], ignore_index=True)[EVENT_COLUMNS]


def products_and_people(mentions: pd.DataFrame, companies: list[str], index: CorpusIndex) -> pd.DataFrame:
    """Products and people of each compared company: mentions and documents naming them.

    (company, kind, entity) codes are counted, not grouped as strings.
    """
    positions, _ = _compared(mentions, companies, index)
    kind_codes, kinds, entity_codes, entities = index.mention_entity
    wanted = kinds.get_indexer(list(PRODUCT_AND_PERSON))
    positions = positions[np.isin(kind_codes[positions], wanted[wanted >= 0])]
    company, kind, entity = index.mention_company[0][positions], kind_codes[positions], entity_codes[positions]
    keep = (company >= 0) & (entity >= 0)         # a group-by leaves out rows with a missing key
    if not keep.any():
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in (N_MENTIONS, N_DOCS) else "object")
                             for c in ENTITY_COLUMNS})
    company, kind, entity, doc = company[keep], kind[keep], entity[keep], index.mention_doc_code[0][positions][keep]
    key = (company * len(kinds) + kind) * len(entities) + entity
    keys, which, n_mentions = np.unique(key, return_inverse=True, return_counts=True)
    n_doc_ids = len(index.mention_doc_code[1])
    pairs = np.unique(which[doc >= 0] * n_doc_ids + doc[doc >= 0])     # distinct (triple, document)
    rolled = pd.DataFrame({
        COMPANY: index.mention_company[1][keys // (len(kinds) * len(entities))],
        Mention.KIND: kinds[keys // len(entities) % len(kinds)],
        Mention.ENTITY: entities[keys % len(entities)],
        N_MENTIONS: n_mentions.astype(np.int64),
        N_DOCS: np.bincount(pairs // n_doc_ids, minlength=len(keys)).astype(np.int64),
    })
    return _entities_table(rolled, companies)


def _entities_table(rolled: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    return rolled.sort_values([COMPANY, Mention.KIND, N_MENTIONS, Mention.ENTITY], key=_company_order(companies),
                              ascending=[True, False, False, True], ignore_index=True)[ENTITY_COLUMNS]


def documents_naming(mentions: pd.DataFrame | None, company: str, index: CorpusIndex) -> pd.Series:
    """The distinct doc ids of the ``mentions`` (None: every corpus mention) naming ``company``, in id order."""
    codes = index.mention_company[0]
    doc_codes, doc_ids = index.mention_doc_code
    if mentions is not None:
        positions = index.mention_positions(mentions)
        codes, doc_codes = codes[positions], doc_codes[positions]
    code = index.company_codes([company])[0]
    naming = doc_codes[codes == code] if code >= 0 else doc_codes[:0]
    present = np.bincount(naming[naming >= 0], minlength=len(doc_ids))
    return pd.Series(doc_ids[np.flatnonzero(present)], dtype=doc_ids.dtype)
