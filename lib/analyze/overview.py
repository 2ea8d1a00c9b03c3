"""The corpus at a glance: headline numbers, coverage per month, newest events, language and outlets.

The counts are DuckDB queries over the corpus's tables (``lib.analyze.corpus_sql``) for the view of
the shared filters (``lib.analyze.sql_filters``): each reads only the columns and rows it needs, and
no frame is narrowed for it (given ``sql_filters.tables_kept_for``'s tables, they read the kept documents and
events worked out once for the filters); the small aggregates are then shaped into tables in pandas. Months come
from a document's publication date (``sql_filters.PUBLICATION_MONTH``); a document dated less
precisely than a month (a year, a quarter) or not at all has no month, and ``dating_gaps`` counts
those so a chart can say what it leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.analyze.corpus_sql import CorpusTables, query
from lib.analyze.filters import Filters
from lib.analyze.ranking import ranked
from lib.analyze.sql_filters import IN_KEPT, OUTLET_LABEL, PUBLICATION_MONTH, kept_documents_clause, kept_events_query
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Mention, Stat, Warning_

MONTH = Stat.MONTH
N_DOCS = Stat.N_DOCS
N_MENTIONS = Stat.N_MENTIONS
COMPANY = Mention.COMPANY
MONTH_NUMBER = "month_number"   # months since January 1970, a document's publication month
LABEL = "label"
OUTLET = "outlet"
OTHER_COMPANIES = "other companies"
DEFAULT_TOP_COMPANIES = 10
DOCS_PER_MONTH_COLUMNS = [MONTH, N_DOCS]
MENTIONS_PER_MONTH_COLUMNS = [MONTH, COMPANY, N_MENTIONS]
DOCS_PER_LABEL_COLUMNS = [LABEL, N_DOCS]
RECENT_EVENT_COLUMNS = [
    Event.DATE, Event.PRECISION, Event.DATE_TEXT, Event.COMPANIES, Event.EVENT_TYPE,
    OUTLET, Doc.TITLE, Event.SENTENCE, Event.DOC_ID, Event.EVENT_ID,
]
LANGUAGE_NAMES = {"en": "English", "zh": "Chinese", "mixed": "Mixed", "": "(language unknown)"}


@dataclass(frozen=True)
class Headline:
    n_documents: int
    n_all_documents: int
    first_published: str      # ISO, as precise as the data ("2023-05", "2025-01-16"); "" if none
    last_published: str
    n_companies: int
    n_events: int
    n_copies: int = 0         # documents that are copies of another (counted once, not in n_all_documents)


@dataclass(frozen=True)
class DatingGaps:
    """Documents left out of per-month charts, by why."""

    no_date: int
    coarser_than_month: int

    @property
    def total(self) -> int:
        return self.no_date + self.coarser_than_month


def headline(tables: CorpusTables, filters: Filters, cells: pd.DataFrame | None = None) -> Headline:
    """The headline numbers of the view of ``filters``; copies and all documents are the corpus's.

    The companies are counted from the view's ``company_month_mentions`` (``cells``, read when not given)."""
    if cells is None:
        cells = company_month_mentions(tables, filters)
    kept, parameters = kept_documents_clause(filters, tables)
    events, event_parameters = kept_events_query(filters, tables)
    row = query(tables, f"""{kept}
        SELECT (SELECT count(*) FROM documents WHERE {IN_KEPT}) AS n_documents,
               (SELECT count(*) FROM documents) AS n_rows,
               (SELECT count(*) FROM documents WHERE coalesce({Doc.DUPLICATE_OF}, '') <> '') AS n_copies,
               (SELECT min(nullif({Doc.PUBLISHED}, '')) FROM documents WHERE {IN_KEPT}) AS first_published,
               (SELECT max(nullif({Doc.PUBLISHED}, '')) FROM documents WHERE {IN_KEPT}) AS last_published,
               (SELECT count(*) FROM ({events})) AS n_events""", [*parameters, *event_parameters]).iloc[0]
    return Headline(
        n_documents=int(row["n_documents"]),
        n_all_documents=int(row["n_rows"] - row["n_copies"]),
        first_published=str(row["first_published"]) if pd.notna(row["first_published"]) else "",
        last_published=str(row["last_published"]) if pd.notna(row["last_published"]) else "",
        n_companies=int(cells[COMPANY].nunique()),
        n_events=int(row["n_events"]),
        n_copies=int(row["n_copies"]),
    )


def span_label(first: str, last: str) -> str:
    """"May 2023 – Jan 2025" from ISO dates of any precision; short enough for a metric."""
    if not first:
        return "unknown"
    ends = [_month_label(first), _month_label(last)]
    return ends[0] if ends[0] == ends[1] else f"{ends[0]} – {ends[1]}"


def _month_label(iso: str) -> str:
    if len(iso) < 7:
        return iso[:4]
    return pd.Timestamp(iso[:7] + "-01").strftime("%b %Y")


def dating_gaps(tables: CorpusTables, filters: Filters) -> DatingGaps:
    """The view's documents with no publication date, and with one coarser than a month."""
    kept, parameters = kept_documents_clause(filters, tables)
    row = query(tables, f"""{kept}
        SELECT count(*) FILTER (WHERE coalesce({Doc.PUBLISHED}, '') = '') AS no_date,
               count(*) FILTER (WHERE coalesce({Doc.PUBLISHED}, '') <> '' AND ({PUBLICATION_MONTH}) IS NULL)
                   AS coarser_than_month
        FROM documents WHERE {IN_KEPT}""", parameters).iloc[0]
    return DatingGaps(no_date=int(row["no_date"]), coarser_than_month=int(row["coarser_than_month"]))


def documents_per_month(tables: CorpusTables, filters: Filters) -> pd.DataFrame:
    """The view's documents per publication month, every month of the span listed (0 where none)."""
    kept, parameters = kept_documents_clause(filters, tables)
    counts = query(tables, f"""{kept}
        SELECT strftime(month, '%Y-%m') AS month, count(*) AS n FROM
            (SELECT {PUBLICATION_MONTH} AS month FROM documents WHERE {IN_KEPT})
        WHERE month IS NOT NULL GROUP BY ALL""", parameters)
    if counts.empty:
        return pd.DataFrame(columns=DOCS_PER_MONTH_COLUMNS)
    per_month = pd.Series(counts["n"].to_numpy(np.int64), index=pd.to_datetime(counts["month"], format="%Y-%m"))
    every_month = pd.date_range(per_month.index.min(), per_month.index.max(), freq="MS")
    per_month = per_month.reindex(every_month, fill_value=0)
    return pd.DataFrame({MONTH: per_month.index, N_DOCS: per_month.to_numpy()})


def company_month_mentions(tables: CorpusTables, filters: Filters) -> pd.DataFrame:
    """The view's company mentions counted per company and publication month of their document: one row a
    (company, ``MONTH_NUMBER``) with its ``N_MENTIONS``; mentions naming no company are left out, those of a
    document with no month (``PUBLICATION_MONTH``) are counted in a row whose month number is missing.

    One pass over the view's mentions, from which the headline counts companies and ``mentions_per_month``
    draws its lanes."""
    kept, parameters = kept_documents_clause(filters, tables)
    return query(tables, f"""{kept},
        dated AS (SELECT {Doc.DOC_ID}, {PUBLICATION_MONTH} AS month_start FROM documents WHERE {IN_KEPT})
        SELECT m.{COMPANY}, (year(d.month_start) - 1970) * 12 + month(d.month_start) - 1 AS {MONTH_NUMBER},
               count(*) AS {N_MENTIONS}
        FROM mentions m JOIN dated d ON m.{Mention.DOC_ID} = d.{Doc.DOC_ID}
        WHERE coalesce(m.{COMPANY}, '') <> '' GROUP BY ALL""", parameters)


def mentions_per_month(tables: CorpusTables, filters: Filters, top: int = DEFAULT_TOP_COMPANIES,
                       cells: pd.DataFrame | None = None) -> pd.DataFrame:
    """The view's company mentions per publication month of their document.

    The ``top`` most mentioned companies (ties by name) keep their names, the rest are summed as
    ``OTHER_COMPANIES``. Rows run company by company, most mentioned first, "other" last, then by month.
    Read from the view's ``company_month_mentions`` (``cells``, read when not given).
    """
    if cells is None:
        cells = company_month_mentions(tables, filters)
    dated = cells[cells[MONTH_NUMBER].notna()]
    if dated.empty:
        return pd.DataFrame(columns=MENTIONS_PER_MONTH_COLUMNS)
    codes, companies = pd.factorize(dated[COMPANY])
    counts = dated[N_MENTIONS].to_numpy(np.int64)
    lane_of_code = _company_lanes(companies, np.bincount(codes, weights=counts, minlength=len(companies)), top)
    months = dated[MONTH_NUMBER].to_numpy(np.int64)
    first_month = int(months.min())
    span = int(months.max()) - first_month + 1
    keys, summed_keys = np.unique(lane_of_code[codes] * span + (months - first_month), return_inverse=True)
    summed = np.bincount(summed_keys, weights=counts).astype(np.int64)
    lanes = keys // span
    names = dict(zip(lane_of_code.tolist(), companies.tolist(), strict=True)) | {top + 1: OTHER_COMPANIES}
    return pd.DataFrame({
        MONTH: pd.to_datetime((keys % span + first_month).astype("datetime64[M]")),
        COMPANY: np.array([names[lane] for lane in lanes.tolist()], dtype=object),
        N_MENTIONS: summed,
    })


def _company_lanes(companies: pd.Index, totals: np.ndarray, top: int) -> np.ndarray:
    """Each company's lane: its rank by mentions (``ranking.ranked``: most first, ties by name) up to ``top``,
    ``top + 1`` past it."""
    order = ranked(pd.Series(totals, index=companies)).index
    lanes = pd.Series(np.minimum(np.arange(1, len(order) + 1), top + 1), index=order)
    return lanes.reindex(companies).to_numpy(np.int64)


def events_newest_first(tables: CorpusTables, filters: Filters, limit: int | None = None) -> pd.DataFrame:
    """The view's events newest first (by event date, then end; then event id), with their document's
    outlet and title (``RECENT_EVENT_COLUMNS``); with a ``limit``, only the newest ``limit``.

    The newest are picked before their documents are joined, so only the rows shown look up a title."""
    events, parameters = kept_events_query(filters, tables)
    title = f"coalesce(nullif(d.{Doc.TITLE}, ''), d.{Doc.FILE}, '')"
    table = query(tables, f"""
        WITH newest AS (SELECT {Event.DATE}, {Event.DATE_END}, {Event.PRECISION}, {Event.DATE_TEXT},
                               {Event.COMPANIES}, {Event.EVENT_TYPE}, {Event.SENTENCE}, {Event.DOC_ID},
                               {Event.EVENT_ID}
                        FROM ({events}) ORDER BY {_newest_first()} {"LIMIT ?" if limit is not None else ""})
        SELECT e.{Event.DATE}, e.{Event.PRECISION}, e.{Event.DATE_TEXT},
               replace(coalesce(e.{Event.COMPANIES}, ''), ?, ', ') AS {Event.COMPANIES}, e.{Event.EVENT_TYPE},
               CASE WHEN d.{Doc.DOC_ID} IS NULL THEN '' ELSE {OUTLET_LABEL} END AS {OUTLET},
               CASE WHEN d.{Doc.DOC_ID} IS NULL THEN '' ELSE {title} END AS {Doc.TITLE},
               e.{Event.SENTENCE}, e.{Event.DOC_ID}, e.{Event.EVENT_ID}
        FROM newest e LEFT JOIN documents d ON d.{Doc.DOC_ID} = e.{Event.DOC_ID}
        ORDER BY {_newest_first("e.")}""",
                  [*parameters, *([limit] if limit is not None else []), COMPANY_SEPARATOR])
    return table[RECENT_EVENT_COLUMNS]


def _newest_first(table: str = "") -> str:
    """An ORDER BY list putting events newest first: by date, then end (undated last), then event id."""
    return (f"{table}{Event.DATE} DESC NULLS LAST, {table}{Event.DATE_END} DESC NULLS LAST, "
            f"{table}{Event.EVENT_ID}")


def documents_per_language(tables: CorpusTables, filters: Filters) -> pd.DataFrame:
    """The view's documents per language, spelled out ("English"), most first (ties by name)."""
    kept, parameters = kept_documents_clause(filters, tables)
    return _label_counts(query(tables, f"""{kept},
        names AS (SELECT unnest(?::VARCHAR[]) AS code, unnest(?::VARCHAR[]) AS name)
        SELECT coalesce(n.name, coalesce(d.{Doc.LANGUAGE}, '')) AS {LABEL}, count(*) AS {N_DOCS}
        FROM documents d LEFT JOIN names n ON n.code = coalesce(d.{Doc.LANGUAGE}, '')
        WHERE d.{IN_KEPT} GROUP BY ALL ORDER BY {N_DOCS} DESC, {LABEL}""",
                                     [*parameters, list(LANGUAGE_NAMES), list(LANGUAGE_NAMES.values())]))


def documents_per_outlet(tables: CorpusTables, filters: Filters, top: int = DEFAULT_TOP_COMPANIES) -> pd.DataFrame:
    """The view's documents per outlet, most first (ties by name); past ``top`` outlets the rest are
    summed as "other outlets"."""
    kept, parameters = kept_documents_clause(filters, tables)
    counts = _label_counts(query(tables, f"""{kept}
        SELECT {OUTLET_LABEL} AS {LABEL}, count(*) AS {N_DOCS} FROM documents WHERE {IN_KEPT}
        GROUP BY ALL ORDER BY {N_DOCS} DESC, {LABEL}""", parameters))
    if len(counts) <= top:
        return counts
    rest = pd.DataFrame({LABEL: ["other outlets"], N_DOCS: [int(counts[N_DOCS].iloc[top:].sum())]})
    return pd.concat([counts.head(top), rest], ignore_index=True)


def _label_counts(counts: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({LABEL: counts[LABEL].astype(str), N_DOCS: counts[N_DOCS].to_numpy(np.int64)})


def readable_warnings(warnings: pd.DataFrame) -> pd.DataFrame:
    """Warnings with line 0 (a warning about a whole file, not one line) shown as blank."""
    table = warnings.copy()
    table[Warning_.LINE] = table[Warning_.LINE].where(table[Warning_.LINE] > 0).astype("Int64")
    return table
