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

from lib.analyze.filters import outlet_labels
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
# Precisions whose period lies inside one calendar month (a week is placed by its first day).
MONTH_PRECISE = ("day", "week", "month")


@dataclass(frozen=True)
class Headline:
    n_documents: int
    n_all_documents: int
    first_published: str      # ISO, as precise as the data ("2023-05", "2025-01-16"); "" if none
    last_published: str
    n_companies: int
    n_events: int


@dataclass(frozen=True)
class DatingGaps:
    """Documents left out of per-month charts, by why."""

    no_date: int
    coarser_than_month: int

    @property
    def total(self) -> int:
        return self.no_date + self.coarser_than_month


def headline(documents: pd.DataFrame, all_documents: pd.DataFrame, mentions: pd.DataFrame,
             events: pd.DataFrame) -> Headline:
    published = documents[Doc.PUBLISHED].fillna("")
    published = published[published != ""]
    companies = mentions[Mention.COMPANY].fillna("")
    return Headline(
        n_documents=len(documents),
        n_all_documents=len(all_documents),
        first_published=str(published.min()) if len(published) else "",
        last_published=str(published.max()) if len(published) else "",
        n_companies=int(companies[companies != ""].nunique()),
        n_events=len(events),
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


def publication_months(documents: pd.DataFrame) -> pd.Series:
    """Each document's publication month (first day), NaT when not dated to a month."""
    precise = documents[Doc.DATE_PRECISION].isin(MONTH_PRECISE)
    text = documents[Doc.PUBLISHED].fillna("").str.slice(0, 7).where(precise)
    return pd.to_datetime(text, format="%Y-%m", errors="coerce")


def dating_gaps(documents: pd.DataFrame) -> DatingGaps:
    has_date = documents[Doc.PUBLISHED].fillna("") != ""
    months = publication_months(documents)
    return DatingGaps(
        no_date=int((~has_date).sum()),
        coarser_than_month=int((has_date & months.isna()).sum()),
    )


def documents_per_month(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents per publication month, every month of the span listed (0 where none)."""
    months = publication_months(documents).dropna()
    if months.empty:
        return pd.DataFrame(columns=DOCS_PER_MONTH_COLUMNS)
    counts = months.value_counts()
    every_month = pd.date_range(counts.index.min(), counts.index.max(), freq="MS")
    counts = counts.reindex(every_month, fill_value=0)
    return pd.DataFrame({MONTH: counts.index, N_DOCS: counts.to_numpy()})


def mentions_per_month_by_company(mentions: pd.DataFrame, documents: pd.DataFrame,
                                  top: int = DEFAULT_TOP_COMPANIES) -> pd.DataFrame:
    """Company mentions per publication month of their document.

    The ``top`` most mentioned companies keep their names, the rest are summed as
    ``OTHER_COMPANIES``. Rows run company by company, most mentioned first, "other" last.
    """
    months = _publication_month_of_mentions(mentions, documents)
    company_codes, companies = pd.factorize(mentions[Mention.COMPANY])
    blank = np.append(np.asarray(companies == "", dtype=bool), True)   # last entry: code -1 (missing)
    keep = ~blank[company_codes] & ~np.isnat(months)
    codes, months = company_codes[keep], months[keep]
    if not len(codes):
        return pd.DataFrame(columns=MENTIONS_PER_MONTH_COLUMNS)
    totals = np.bincount(codes, minlength=len(companies))
    ranking = np.lexsort((np.asarray(companies, dtype=str), -totals))   # most first, ties alphabetical
    ranking = ranking[totals[ranking] > 0]
    rank_of_code = np.zeros(len(companies), dtype=np.int64)
    rank_of_code[ranking] = np.arange(len(ranking))
    ranks = np.minimum(rank_of_code[codes], top)                # every company past ``top`` → "other"
    names = [str(companies[i]) for i in ranking[:top]] + ([OTHER_COMPANIES] if len(ranking) > top else [])
    # One integer per (company rank, month) cell, counted with bincount: no string group-by.
    month_numbers = months.astype("datetime64[M]").astype(np.int64)
    first = month_numbers.min()
    span = month_numbers.max() - first + 1
    cells = np.bincount(ranks * span + (month_numbers - first), minlength=len(names) * span)
    filled = np.flatnonzero(cells)
    return pd.DataFrame({
        MONTH: pd.to_datetime((filled % span + first).astype("datetime64[M]")),
        COMPANY: np.asarray(names, dtype=object)[filled // span],
        N_MENTIONS: cells[filled],
    })


def _publication_month_of_mentions(mentions: pd.DataFrame, documents: pd.DataFrame) -> np.ndarray:
    """The publication month of each mention's document (NaT when unknown), as datetime64."""
    months = publication_months(documents).to_numpy().astype("datetime64[s]")
    return _take(months, _positions(mentions[Mention.DOC_ID], documents[Doc.DOC_ID]), np.datetime64("NaT"))


def _positions(keys: pd.Series, ids: pd.Series) -> np.ndarray:
    """Where each key first occurs in ``ids``, -1 where it does not.

    Factorizing keeps pandas' Arrow-backed strings in Arrow; an index lookup or ``map`` would
    turn half a million of them into Python objects first.
    """
    codes, uniques = pd.factorize(pd.concat([ids, keys], ignore_index=True))
    first = np.full(len(uniques) + 1, -1, dtype=np.int64)    # the extra slot answers code -1 (missing)
    first[codes[:len(ids)][::-1]] = np.arange(len(ids))[::-1]
    return first[codes[len(ids):]]


def _take(values: np.ndarray, positions: np.ndarray, missing) -> np.ndarray:
    return np.append(values, np.array([missing], dtype=values.dtype))[positions]


def _ranked_counts(values: pd.Series) -> pd.Series:
    """Counts, most first; ties alphabetical so the order never depends on row order."""
    counts = values.value_counts()
    return counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")


def recent_events(events: pd.DataFrame, documents: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """Events newest first (by event date), with their document's outlet and title."""
    ordered = events.sort_values([Event.DATE, Event.DATE_END, Event.EVENT_ID],
                                 ascending=[False, False, True], kind="stable")
    if limit is not None:
        ordered = ordered.head(limit)
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
    counts = _ranked_counts(labels)
    return pd.DataFrame({LABEL: counts.index.astype(str), N_DOCS: counts.to_numpy()})


def readable_warnings(warnings: pd.DataFrame) -> pd.DataFrame:
    """Warnings with line 0 (a warning about a whole file, not one line) shown as blank."""
    table = warnings.copy()
    table[Warning_.LINE] = table[Warning_.LINE].where(table[Warning_.LINE] > 0).astype("Int64")
    return table
