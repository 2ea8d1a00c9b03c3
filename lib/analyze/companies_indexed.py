"""The Companies page's tables from per-corpus precomputations (``CorpusIndex``).

Each function gives the result of its namesake in ``lib.analyze.companies`` for a view's frames
(rows of the index's corpus), but counts integer codes picked by row position instead of
comparing and grouping hundreds of thousands of strings on every rerun. The counting differs;
the tables are built by the same code.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.analyze.companies import (
    BASELINE_CORPUS,
    BASELINE_VIEW,
    COMPANY,
    DISTINCTIVE_COLUMNS,
    MONTH,
    N_DOCS,
    N_EVENTS,
    N_MENTIONS,
    PER_DOCUMENT_COLUMNS,
    Distinctive,
    _empty_pairs,
    _empty_share,
    _entities_table,
    _events_table,
    _pairs_table,
    _per_document_table,
    _share_table,
    _top_and_bottom,
    products_and_people,
)
from lib.analyze.corpus_index import CorpusIndex, flags
from lib.analyze.filters import View
from lib.analyze.term_stats import is_in
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Mention

PRODUCT_AND_PERSON = ("product", "person")


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


def companies_by_mentions_indexed(mentions: pd.DataFrame, index: CorpusIndex) -> pd.Series:
    """``companies_by_mentions``: mentions per company, most first (ties by name)."""
    codes, names = index.mention_company
    picked = codes[index.mention_positions(mentions)]
    counts = np.bincount(picked[picked >= 0], minlength=len(names))
    present = np.flatnonzero(counts)
    ranked = present[np.argsort(-counts[present], kind="stable")]
    return pd.Series(counts[ranked], index=pd.Index(names[ranked], name=COMPANY), name="count")


def share_of_voice_indexed(mentions: pd.DataFrame, companies: list[str], index: CorpusIndex) -> pd.DataFrame:
    """``share_of_voice_by_month`` of a view (its documents are those of its mentions)."""
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


def mentions_per_document_indexed(mentions: pd.DataFrame, documents: pd.DataFrame, companies: list[str],
                                  index: CorpusIndex, limit: int = 40) -> pd.DataFrame:
    """``mentions_per_document`` of a view."""
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


def co_mentions_indexed(mentions: pd.DataFrame, index: CorpusIndex) -> pd.DataFrame:
    """``co_mentions`` of a view: the corpus's sentence pairs kept for the view's documents."""
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


def events_per_type_indexed(events: pd.DataFrame, companies: list[str], index: CorpusIndex) -> pd.DataFrame:
    """``events_per_type`` of a view: the company test runs on each distinct companies list once."""
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


def products_and_people_indexed(mentions: pd.DataFrame, companies: list[str], index: CorpusIndex) -> pd.DataFrame:
    """``products_and_people`` of a view: (company, kind, entity) codes counted, not grouped as strings."""
    positions, _ = _compared(mentions, companies, index)
    kind_codes, kinds, entity_codes, entities = index.mention_entity
    wanted = kinds.get_indexer(list(PRODUCT_AND_PERSON))
    positions = positions[np.isin(kind_codes[positions], wanted[wanted >= 0])]
    company, kind, entity = index.mention_company[0][positions], kind_codes[positions], entity_codes[positions]
    keep = (company >= 0) & (entity >= 0)         # a group-by leaves out rows with a missing key
    if not keep.any():
        return products_and_people(index.mentions.iloc[:0], companies)
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


def company_name_terms_indexed(companies: list[str], index: CorpusIndex) -> set[str]:
    """``company_name_terms`` of the whole corpus's mentions."""
    names = {name.lower() for name in companies}
    for company in companies:
        names |= index.company_own_names.get(company, frozenset())
    return names


def distinctive_terms_indexed(view: View, companies: list[str], excluded: set[str], index: CorpusIndex,
                              positive: int = 12, negative: int = 8) -> list[Distinctive]:
    """``distinctive_terms_by_company`` with the corpus terms coded once per corpus version."""
    found = []
    for company in companies:
        group_a, group_b, baseline = _compared_groups(view, company, index)
        if group_a.empty or group_b.empty:
            found.append(Distinctive(company, pd.DataFrame(columns=DISTINCTIVE_COLUMNS), "", len(group_a),
                                     len(group_b)))
            continue
        scored = index.term_groups.log_odds(group_a, group_b)
        found.append(Distinctive(company, _top_and_bottom(scored, excluded, positive, negative), baseline,
                                 len(group_a), len(group_b)))
    return found


def _compared_groups(view: View, company: str, index: CorpusIndex) -> tuple[pd.Series, pd.Series, str]:
    """As ``companies._compared_groups``: the doc ids naming ``company`` and those to set against them."""
    in_view = view.documents[Doc.DOC_ID]
    group_a = documents_naming(view.mentions, company, index)
    group_b = in_view[~is_in(in_view, group_a)]
    if not group_b.empty:
        return group_a, group_b, BASELINE_VIEW
    named_anywhere = documents_naming(None, company, index)
    everywhere = view.all_documents[Doc.DOC_ID]
    group_b = everywhere[~is_in(everywhere, named_anywhere) & ~is_in(everywhere, group_a)]
    return group_a, group_b, BASELINE_CORPUS


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
