"""The corpus at a glance: headline numbers, coverage per month, newest events, language and outlets.

Every function takes frames of a ``View`` (or the corpus), never changes them and works on whole
columns. Months come from a document's publication date; a document dated less precisely than a
month (a year, a quarter) or not at all has no month, and ``dating_gaps`` counts those so a chart
can say what it leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.corpus_index import positions_of as _positions
from lib.analyze.dating import publication_month_starts
from lib.analyze.filters import copies_of_others, outlet_labels
from lib.analyze.ranking import ranked_codes, ranked_counts
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Mention, Stat, Warning_

MONTH = Stat.MONTH
N_DOCS = Stat.N_DOCS
N_MENTIONS = Stat.N_MENTIONS
COMPANY = Mention.COMPANY
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


def headline(documents: pd.DataFrame, all_documents: pd.DataFrame, mentions: pd.DataFrame,
             events: pd.DataFrame, index: CorpusIndex) -> Headline:
    """The headline numbers; companies are counted from the index's codes."""
    published = documents[Doc.PUBLISHED].fillna("")
    published = published[published != ""]
    codes = index.mention_company[0][index.mention_positions(mentions)]
    n_companies = int(np.count_nonzero(np.bincount(codes[codes >= 0], minlength=1)))
    n_copies = int((copies_of_others(all_documents) != "").sum())
    return Headline(
        n_documents=len(documents),
        n_all_documents=len(all_documents) - n_copies,
        first_published=str(published.min()) if len(published) else "",
        last_published=str(published.max()) if len(published) else "",
        n_companies=n_companies,
        n_events=len(events),
        n_copies=n_copies,
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


def dating_gaps(documents: pd.DataFrame) -> DatingGaps:
    has_date = documents[Doc.PUBLISHED].fillna("") != ""
    months = publication_month_starts(documents)
    return DatingGaps(
        no_date=int((~has_date).sum()),
        coarser_than_month=int((has_date & months.isna()).sum()),
    )


def documents_per_month(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents per publication month, every month of the span listed (0 where none)."""
    months = publication_month_starts(documents).dropna()
    if months.empty:
        return pd.DataFrame(columns=DOCS_PER_MONTH_COLUMNS)
    counts = months.value_counts()
    every_month = pd.date_range(counts.index.min(), counts.index.max(), freq="MS")
    counts = counts.reindex(every_month, fill_value=0)
    return pd.DataFrame({MONTH: counts.index, N_DOCS: counts.to_numpy()})


def mentions_per_month(mentions: pd.DataFrame, index: CorpusIndex, top: int = DEFAULT_TOP_COMPANIES) -> pd.DataFrame:
    """Company mentions per publication month of their document.

    The ``top`` most mentioned companies keep their names, the rest are summed as
    ``OTHER_COMPANIES``. Rows run company by company, most mentioned first, "other" last.
    Counted from each corpus mention's (company, month) cell, worked out once per corpus.
    """
    cell, first, span = index.derived(mention_month_cells)
    picked = cell[index.mention_positions(mentions)]
    counts = np.bincount(picked[picked >= 0], minlength=len(index.mention_company[1]) * span)
    return _monthly_table(counts.reshape(-1, span), index.mention_company[1], first, top)


def mention_month_cells(index: CorpusIndex) -> tuple[np.ndarray, int, int]:
    """Each corpus mention's (company, month) cell ``code * span + month - first`` (-1: blank company
    or no month), with the first month (months since 1970) and the number of months ``span``."""
    company_codes, companies = index.mention_company
    months = _take(publication_month_starts(index.documents).to_numpy().astype("datetime64[s]"), index.mention_doc,
                   np.datetime64("NaT"))
    blank = np.append(np.asarray(companies == "", dtype=bool), True)   # last entry: code -1 (missing)
    keep = ~blank[company_codes] & ~np.isnat(months)
    month_numbers = months.astype("datetime64[M]").astype(np.int64)
    if not keep.any():
        return np.full(len(company_codes), -1, dtype=np.int64), 0, 1
    first = int(month_numbers[keep].min())
    span = int(month_numbers[keep].max()) - first + 1
    return np.where(keep, company_codes * span + month_numbers - first, -1), first, span


def _monthly_table(cells: np.ndarray, companies, first: int, top: int) -> pd.DataFrame:
    """The long table from mentions per company (rows, in ``companies`` order: name order) and month (columns)."""
    totals = cells.sum(axis=1)
    if not totals.any():
        return pd.DataFrame(columns=MENTIONS_PER_MONTH_COLUMNS)
    span = cells.shape[1]
    ranking = ranked_codes(totals)
    names = [str(companies[i]) for i in ranking[:top]] + ([OTHER_COMPANIES] if len(ranking) > top else [])
    rows = cells[ranking[:top]]
    if len(ranking) > top:                                      # every company past ``top`` → "other"
        rows = np.vstack([rows, cells[ranking[top:]].sum(axis=0)])
    rows = rows.ravel()
    filled = np.flatnonzero(rows)
    return pd.DataFrame({
        MONTH: pd.to_datetime((filled % span + first).astype("datetime64[M]")),
        COMPANY: np.asarray(names, dtype=object)[filled // span],
        N_MENTIONS: rows[filled],
    })


def _take(values: np.ndarray, positions: np.ndarray, missing) -> np.ndarray:
    return np.append(values, np.array([missing], dtype=values.dtype))[positions]


def events_newest_first(events: pd.DataFrame, documents: pd.DataFrame, index: CorpusIndex,
                        limit: int | None = None) -> pd.DataFrame:
    """Events newest first (by event date, then end; then event id), with their document's outlet and
    title (``RECENT_EVENT_COLUMNS``); with a ``limit``, only the newest ``limit``.

    The corpus's newest-first order is known (``CorpusIndex.event_recent_rank``), so only the rows
    kept are sorted and joined to their documents.
    """
    rank = index.event_recent_rank[index.event_positions(events)]
    if limit is not None and len(rank) > limit:
        kept = np.argpartition(rank, limit)[:limit]
        kept = kept[np.argsort(rank[kept])]
    else:
        kept = np.argsort(rank)
    return _with_documents(events.iloc[kept], documents)


def _with_documents(ordered: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """``RECENT_EVENT_COLUMNS`` of the events ``ordered``, in their order."""
    titles = documents[Doc.TITLE].where(documents[Doc.TITLE].fillna("") != "", documents[Doc.FILE])
    where = _positions(ordered[Event.DOC_ID], documents[Doc.DOC_ID])
    table = pd.DataFrame({
        Event.DATE: ordered[Event.DATE],
        Event.PRECISION: ordered[Event.PRECISION],
        Event.DATE_TEXT: ordered[Event.DATE_TEXT],
        Event.COMPANIES: ordered[Event.COMPANIES].fillna("").str.replace(COMPANY_SEPARATOR, ", ", regex=False),
        Event.EVENT_TYPE: ordered[Event.EVENT_TYPE],
        OUTLET: _take(outlet_labels(documents).to_numpy(dtype=object), where, ""),
        Doc.TITLE: _take(titles.to_numpy(dtype=object), where, ""),
        Event.SENTENCE: ordered[Event.SENTENCE],
        Event.DOC_ID: ordered[Event.DOC_ID],
        Event.EVENT_ID: ordered[Event.EVENT_ID],
    })
    return table.reset_index(drop=True)[RECENT_EVENT_COLUMNS]


def documents_per_language(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents per language, spelled out ("English"), most first."""
    languages = documents[Doc.LANGUAGE].fillna("")
    names = languages.map(LANGUAGE_NAMES).fillna(languages)
    return _label_counts(names)


def documents_per_outlet(documents: pd.DataFrame, top: int = DEFAULT_TOP_COMPANIES) -> pd.DataFrame:
    """Documents per outlet, most first; past ``top`` outlets the rest are summed as "other outlets"."""
    counts = _label_counts(outlet_labels(documents))
    if len(counts) <= top:
        return counts
    rest = pd.DataFrame({LABEL: ["other outlets"], N_DOCS: [int(counts[N_DOCS].iloc[top:].sum())]})
    return pd.concat([counts.head(top), rest], ignore_index=True)


def _label_counts(labels: pd.Series) -> pd.DataFrame:
    counts = ranked_counts(labels)
    return pd.DataFrame({LABEL: counts.index.astype(str), N_DOCS: counts.to_numpy()})


def readable_warnings(warnings: pd.DataFrame) -> pd.DataFrame:
    """Warnings with line 0 (a warning about a whole file, not one line) shown as blank."""
    table = warnings.copy()
    table[Warning_.LINE] = table[Warning_.LINE].where(table[Warning_.LINE] > 0).astype("Int64")
    return table
