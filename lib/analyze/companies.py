"""Companies side by side: who is named most, share of voice, mentions per document, co-mentions,
event types, products and people.

The counts are DuckDB queries over the corpus's tables (``lib.analyze.corpus_sql``) for the view of
the shared filters (``lib.analyze.sql_filters``): each reads only the columns and rows it needs, and
no frame is narrowed for it (given ``sql_filters.tables_kept_for``'s tables, they read the kept documents and
events worked out once per filters instead of each working them out again). The small aggregates are then
shaped into tables in pandas.
A company's mentions are all gazetteer matches that roll up to it: its own names plus its products
and people (``Mention.COMPANY``). What sets each company's coverage apart is in
``lib.analyze.distinctive_terms``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.corpus_sql import ROW_POSITION, CorpusTables, query
from lib.analyze.dating import publication_month_starts
from lib.analyze.filters import Filters
from lib.analyze.sql_filters import IN_KEPT, PUBLICATION_MONTH, kept_documents_clause, kept_events_query
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


def companies_by_mentions(tables: CorpusTables, filters: Filters) -> pd.Series:
    """Mentions per company named in the view of ``filters``, most first (ties by name); the names are the index."""
    kept, parameters = kept_documents_clause(filters, tables)
    counts = query(tables, f"""{kept}
        SELECT {COMPANY}, count(*) AS n FROM mentions
        WHERE {IN_KEPT} AND coalesce({COMPANY}, '') <> ''
        GROUP BY {COMPANY} ORDER BY n DESC, {COMPANY}""", parameters)
    return pd.Series(counts["n"].to_numpy(np.int64), index=pd.Index(counts[COMPANY], name=COMPANY), name="count")


def versus_label(companies: list[str], limit: int = 4) -> str:
    """"A vs B vs C", shortened to "A vs B vs C vs D + 3 more" for long lists."""
    shown = " vs ".join(companies[:limit])
    return shown if len(companies) <= limit else f"{shown} + {len(companies) - limit} more"


def _compared_mentions(tables: CorpusTables, filters: Filters, companies: list[str]) -> tuple[str, list]:
    """A ``WITH kept AS (…), compared AS (…)`` clause: the view's mentions naming one of ``companies``."""
    kept, parameters = kept_documents_clause(filters, tables)
    return (f"""{kept}, compared AS (SELECT * FROM mentions WHERE {IN_KEPT}
                AND {COMPANY} IN (SELECT unnest(?::VARCHAR[])))""", [*parameters, list(companies)])


def share_of_voice(tables: CorpusTables, filters: Filters, companies: list[str]) -> pd.DataFrame:
    """Per publication month and company: mentions and share of the compared companies' mentions.

    Months where no compared company is named are left out; within a month, shares sum to 1 and a
    company without mentions gets a row with 0. Mentions in documents not dated to a month are left out.
    """
    compared, parameters = _compared_mentions(tables, filters, companies)
    counts = query(tables, f"""{compared}
        SELECT d.month AS {MONTH}, c.{COMPANY}, count(*) AS n FROM compared c
        JOIN (SELECT {Doc.DOC_ID}, strftime({PUBLICATION_MONTH}, '%Y-%m') AS month FROM documents) d
          ON c.{Mention.DOC_ID} = d.{Doc.DOC_ID}
        WHERE d.month IS NOT NULL GROUP BY ALL""", parameters)
    if counts.empty:
        return _empty_share()
    return _share_table(counts.pivot_table(index=MONTH, columns=COMPANY, values="n", aggfunc="sum", fill_value=0),
                        companies)


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


def mentions_per_document(tables: CorpusTables, filters: Filters, companies: list[str],
                          limit: int = 40) -> pd.DataFrame:
    """Mentions of each compared company in each document naming any of them (zeros included).

    The ``limit`` documents with most compared mentions are kept, most first (ties in doc-id order).
    """
    compared, parameters = _compared_mentions(tables, filters, companies)
    counts = query(tables, f"""{compared},
        counts AS (SELECT {Mention.DOC_ID}, {COMPANY}, count(*) AS n FROM compared GROUP BY ALL),
        top AS (SELECT {Mention.DOC_ID} FROM counts GROUP BY {Mention.DOC_ID}
                ORDER BY sum(n) DESC, {Mention.DOC_ID} LIMIT ?)
        SELECT * FROM counts WHERE {Mention.DOC_ID} IN (SELECT {Mention.DOC_ID} FROM top)""", [*parameters, limit])
    if counts.empty:
        return pd.DataFrame(columns=PER_DOCUMENT_COLUMNS)
    counts = counts.pivot_table(index=Mention.DOC_ID, columns=COMPANY, values="n", aggfunc="sum", fill_value=0)
    return _per_document_table(counts, _view_titles(tables, filters), companies, limit)


def _view_titles(tables: CorpusTables, filters: Filters) -> pd.DataFrame:
    """Id, title and file of the view's documents in corpus order: ``short_titles`` numbers repeats in that order."""
    kept, parameters = kept_documents_clause(filters, tables)
    return query(tables, f"""{kept} SELECT {Doc.DOC_ID}, {Doc.TITLE}, {Doc.FILE} FROM documents
        WHERE {IN_KEPT} ORDER BY {ROW_POSITION}""", parameters)


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


def co_mentions(tables: CorpusTables, filters: Filters, companies: list[str]) -> pd.DataFrame:
    """Pairs of companies, one of them among ``companies``, named in the same sentence of the view;
    ``weight`` = number of such sentences.

    Each pair appears once, with ``company_a`` < ``company_b``; heaviest first. Only sentences naming
    a compared company are paired, so the cost follows those companies, not the corpus.
    """
    compared, parameters = _compared_mentions(tables, filters, companies)
    pairs = query(tables, f"""{compared},
        places AS (SELECT DISTINCT {Mention.DOC_ID}, {Mention.SENT_ID} FROM compared),
        named AS (SELECT DISTINCT m.{Mention.DOC_ID}, m.{Mention.SENT_ID}, m.{COMPANY}
                  FROM mentions m JOIN places USING ({Mention.DOC_ID}, {Mention.SENT_ID})
                  WHERE coalesce(m.{COMPANY}, '') <> '')
        SELECT a.{COMPANY} AS {COMPANY_A}, b.{COMPANY} AS {COMPANY_B}, count(*) AS {WEIGHT}
        FROM named a JOIN named b USING ({Mention.DOC_ID}, {Mention.SENT_ID})
        WHERE a.{COMPANY} < b.{COMPANY} AND (list_contains(?::VARCHAR[], a.{COMPANY})
                                            OR list_contains(?::VARCHAR[], b.{COMPANY}))
        GROUP BY ALL""", [*parameters, list(companies), list(companies)])
    if pairs.empty:
        return _empty_pairs()
    return _pairs_table(pairs[COMPANY_A].to_numpy(), pairs[COMPANY_B].to_numpy(), pairs[WEIGHT].to_numpy(np.int64))


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


def events_per_type(tables: CorpusTables, filters: Filters, companies: list[str]) -> pd.DataFrame:
    """Events of the view per company and event type; an event naming two compared companies counts for both."""
    events, parameters = kept_events_query(filters, tables)
    counts = query(tables, f"""WITH wanted AS (SELECT unnest(?::VARCHAR[]) AS {COMPANY})
        SELECT e.{Event.EVENT_TYPE}, count(*) AS {N_EVENTS}, w.{COMPANY} FROM ({events}) e
        JOIN wanted w ON list_contains(string_split(coalesce(e.{Event.COMPANIES}, ''), ?), w.{COMPANY})
        WHERE e.{Event.EVENT_TYPE} IS NOT NULL GROUP BY ALL""", [list(companies), *parameters, COMPANY_SEPARATOR])
    return _events_table(counts, companies)


def _events_table(counts: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    """``events_per_type`` from rows of (event type, count, company)."""
    if counts.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == N_EVENTS else "object") for c in EVENT_COLUMNS})
    return counts.sort_values([COMPANY, N_EVENTS, Event.EVENT_TYPE], key=_company_order(companies),
                              ascending=[True, False, True], ignore_index=True)[EVENT_COLUMNS]


def products_and_people(tables: CorpusTables, filters: Filters, companies: list[str]) -> pd.DataFrame:
    """Products and people of each compared company in the view: mentions and documents naming them."""
    compared, parameters = _compared_mentions(tables, filters, companies)
    rolled = query(tables, f"""{compared}
        SELECT {COMPANY}, {Mention.KIND}, {Mention.ENTITY}, count(*) AS {N_MENTIONS},
               count(DISTINCT {Mention.DOC_ID}) AS {N_DOCS}
        FROM compared WHERE {Mention.KIND} IN (SELECT unnest(?::VARCHAR[])) AND {Mention.ENTITY} IS NOT NULL
        GROUP BY ALL""", [*parameters, list(PRODUCT_AND_PERSON)])
    if rolled.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in (N_MENTIONS, N_DOCS) else "object")
                             for c in ENTITY_COLUMNS})
    return _entities_table(rolled.astype({N_MENTIONS: "int64", N_DOCS: "int64"}), companies)


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
    return _distinct_documents(doc_codes[codes == code] if code >= 0 else doc_codes[:0], doc_ids)


def documents_of_mentions(positions: np.ndarray, index: CorpusIndex) -> pd.Series:
    """The distinct doc ids of the corpus mentions at ``positions``, in id order: ``documents_naming`` of the
    mentions ``index.naming_mentions`` finds."""
    doc_codes, doc_ids = index.mention_doc_code
    return _distinct_documents(doc_codes[positions], doc_ids)


def _distinct_documents(naming: np.ndarray, doc_ids: pd.Index) -> pd.Series:
    present = np.bincount(naming[naming >= 0], minlength=len(doc_ids))
    return pd.Series(doc_ids[np.flatnonzero(present)], dtype=doc_ids.dtype)
