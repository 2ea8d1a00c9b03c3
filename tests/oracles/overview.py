"""Reference answers of ``lib.analyze.overview``: group-bys over the view's frames and a sort of every event.

The pandas code the page ran before its counts became DuckDB queries (``dating_gaps``,
``documents_per_month``, ``documents_per_language``, ``documents_per_outlet``, ``_with_documents``
as they were), and the plainer string group-bys the index-coded versions were held to.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.analyze.corpus_index import positions_of
from lib.analyze.dating import publication_month_starts
from lib.analyze.filters import outlet_labels
from lib.analyze.overview import (
    COMPANY,
    DOCS_PER_MONTH_COLUMNS,
    LABEL,
    LANGUAGE_NAMES,
    MENTIONS_PER_MONTH_COLUMNS,
    MONTH,
    N_DOCS,
    N_MENTIONS,
    OTHER_COMPANIES,
    OUTLET,
    RECENT_EVENT_COLUMNS,
    DatingGaps,
    Headline,
)
from lib.analyze.ranking import ranked_counts
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Mention


def headline(documents: pd.DataFrame, all_documents: pd.DataFrame, mentions: pd.DataFrame,
             events: pd.DataFrame) -> Headline:
    published = documents[Doc.PUBLISHED].fillna("")
    published = published[published != ""]
    companies = mentions[Mention.COMPANY].fillna("")
    copies = all_documents.get(Doc.DUPLICATE_OF, pd.Series("", index=all_documents.index)).fillna("")
    n_copies = int((copies != "").sum())
    return Headline(
        n_documents=len(documents),
        n_all_documents=len(all_documents) - n_copies,
        first_published=str(published.min()) if len(published) else "",
        last_published=str(published.max()) if len(published) else "",
        n_companies=int(companies[companies != ""].nunique()),
        n_events=len(events),
        n_copies=n_copies,
    )


def mentions_per_month(mentions: pd.DataFrame, documents: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """Mentions per (company, publication month): the ``top`` companies by name, the rest as "other"."""
    months = pd.Series(publication_month_starts(documents).to_numpy(), index=documents[Doc.DOC_ID].to_numpy())
    months = months[~months.index.duplicated()]
    dated = mentions.assign(**{MONTH: months.reindex(mentions[Mention.DOC_ID]).to_numpy()})
    dated = dated[(dated[COMPANY].fillna("") != "") & dated[MONTH].notna()]
    if dated.empty:
        return pd.DataFrame(columns=MENTIONS_PER_MONTH_COLUMNS)
    ranked = list(ranked_counts(dated[COMPANY]).index)
    shown = ranked[:top] + ([OTHER_COMPANIES] if len(ranked) > top else [])
    lane = dated[COMPANY].where(dated[COMPANY].isin(ranked[:top]), OTHER_COMPANIES)
    counts = dated.assign(**{COMPANY: lane}).groupby([COMPANY, MONTH]).size().rename(N_MENTIONS).reset_index()
    counts = counts.sort_values([COMPANY, MONTH], key=lambda c: c.map(shown.index) if c.name == COMPANY else c)
    return pd.DataFrame({
        MONTH: pd.to_datetime(counts[MONTH].to_numpy().astype("datetime64[M]")),
        COMPANY: np.asarray(counts[COMPANY], dtype=object),
        N_MENTIONS: counts[N_MENTIONS].to_numpy(np.int64),
    })


def events_newest_first(events: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    ordered = events.sort_values([Event.DATE, Event.DATE_END, Event.EVENT_ID],
                                 ascending=[False, False, True], kind="stable")
    return _with_documents(ordered, documents)


def _with_documents(ordered: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """``RECENT_EVENT_COLUMNS`` of the events ``ordered``, in their order."""
    titles = documents[Doc.TITLE].where(documents[Doc.TITLE].fillna("") != "", documents[Doc.FILE])
    where = positions_of(ordered[Event.DOC_ID], documents[Doc.DOC_ID])
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


def _take(values: np.ndarray, positions: np.ndarray, missing) -> np.ndarray:
    return np.append(values, np.array([missing], dtype=values.dtype))[positions]


def dating_gaps(documents: pd.DataFrame) -> DatingGaps:
    has_date = documents[Doc.PUBLISHED].fillna("") != ""
    months = publication_month_starts(documents)
    return DatingGaps(no_date=int((~has_date).sum()), coarser_than_month=int((has_date & months.isna()).sum()))


def documents_per_month(documents: pd.DataFrame) -> pd.DataFrame:
    months = publication_month_starts(documents).dropna()
    if months.empty:
        return pd.DataFrame(columns=DOCS_PER_MONTH_COLUMNS)
    counts = months.value_counts()
    every_month = pd.date_range(counts.index.min(), counts.index.max(), freq="MS")
    counts = counts.reindex(every_month, fill_value=0)
    return pd.DataFrame({MONTH: counts.index, N_DOCS: counts.to_numpy()})


def documents_per_language(documents: pd.DataFrame) -> pd.DataFrame:
    languages = documents[Doc.LANGUAGE].fillna("")
    return _label_counts(languages.map(LANGUAGE_NAMES).fillna(languages))


def documents_per_outlet(documents: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    counts = _label_counts(outlet_labels(documents))
    if len(counts) <= top:
        return counts
    rest = pd.DataFrame({LABEL: ["other outlets"], N_DOCS: [int(counts[N_DOCS].iloc[top:].sum())]})
    return pd.concat([counts.head(top), rest], ignore_index=True)


def _label_counts(labels: pd.Series) -> pd.DataFrame:
    counts = ranked_counts(labels)
    return pd.DataFrame({LABEL: counts.index.astype(str), N_DOCS: counts.to_numpy()})
