"""Reference answers of ``lib.analyze.overview``: string group-bys and a sort of every event on each call."""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.analyze.dating import publication_month_starts
from lib.analyze.overview import (
    COMPANY,
    MENTIONS_PER_MONTH_COLUMNS,
    MONTH,
    N_MENTIONS,
    OTHER_COMPANIES,
    Headline,
    _with_documents,
)
from lib.analyze.ranking import ranked_counts
from lib.schema import Doc, Event, Mention


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
