"""Reference answers of ``lib.analyze.companies`` and ``lib.analyze.distinctive_terms``: group-bys over strings.

The counting is done here; the tables are built by the same code as the kept answers, so a
difference between the two is a difference in what was counted.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.analyze.companies import (
    COMPANY,
    ENTITY_COLUMNS,
    MONTH,
    N_DOCS,
    N_EVENTS,
    N_MENTIONS,
    PER_DOCUMENT_COLUMNS,
    _empty_pairs,
    _empty_share,
    _entities_table,
    _events_table,
    _pairs_table,
    _per_document_table,
    _share_table,
)
from lib.analyze.company_terms import name_merges
from lib.analyze.dating import publication_months
from lib.analyze.distinctive_terms import (
    BASELINE_CORPUS,
    BASELINE_VIEW,
    DISTINCTIVE_COLUMNS,
    Distinctive,
    _top_and_bottom,
)
from lib.analyze.filters import View
from lib.analyze.ranking import ranked_counts
from lib.analyze.term_codes import is_in
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Mention, Term
from tests.oracles.term_stats import TermGroups


def companies_by_mentions(mentions: pd.DataFrame) -> pd.Series:
    return ranked_counts(mentions[COMPANY].replace("", pd.NA))


def documents_naming(mentions: pd.DataFrame, company: str) -> list[str]:
    """The distinct doc ids of the ``mentions`` naming ``company``, in id order."""
    return sorted(mentions.loc[mentions[Mention.COMPANY] == company, Mention.DOC_ID].drop_duplicates())


def _compared_mentions(mentions: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    return mentions[mentions[COMPANY].isin(companies)]


def share_of_voice(mentions: pd.DataFrame, documents: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    months = pd.Series(publication_months(documents).to_numpy(), index=documents[Doc.DOC_ID].to_numpy())
    compared = _compared_mentions(mentions, companies)
    dated = compared.assign(**{MONTH: compared[Mention.DOC_ID].map(months)}).dropna(subset=[MONTH])
    if dated.empty:
        return _empty_share()
    return _share_table(pd.crosstab(dated[MONTH], dated[COMPANY]), companies)


def mentions_per_document(mentions: pd.DataFrame, documents: pd.DataFrame, companies: list[str],
                          limit: int = 40) -> pd.DataFrame:
    compared = _compared_mentions(mentions, companies)
    if compared.empty:
        return pd.DataFrame(columns=PER_DOCUMENT_COLUMNS)
    return _per_document_table(compared.groupby([Mention.DOC_ID, COMPANY]).size().unstack(fill_value=0),
                               documents, companies, limit)


def co_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    named = mentions[mentions[COMPANY].fillna("") != ""]
    sentences = named[[Mention.DOC_ID, Mention.SENT_ID, COMPANY]].drop_duplicates()
    pairs = sentences.merge(sentences, on=[Mention.DOC_ID, Mention.SENT_ID], suffixes=("_a", "_b"))
    pairs = pairs[pairs[f"{COMPANY}_a"] < pairs[f"{COMPANY}_b"]]
    if pairs.empty:
        return _empty_pairs()
    weights = pairs.groupby([f"{COMPANY}_a", f"{COMPANY}_b"]).size()
    return _pairs_table(weights.index.get_level_values(0).to_numpy(), weights.index.get_level_values(1).to_numpy(),
                        weights.to_numpy())


def events_per_type(events: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    padded = COMPANY_SEPARATOR + events[Event.COMPANIES].fillna("") + COMPANY_SEPARATOR
    per_company = [
        events.loc[padded.str.contains(f"{COMPANY_SEPARATOR}{name}{COMPANY_SEPARATOR}", regex=False),
                   Event.EVENT_TYPE].value_counts().rename(N_EVENTS).reset_index().assign(**{COMPANY: name})
        for name in companies
    ]
    return _events_table(pd.concat(per_company, ignore_index=True) if per_company else pd.DataFrame(), companies)


def products_and_people(mentions: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    found = _compared_mentions(mentions, companies)
    found = found[found[Mention.KIND].isin(("product", "person"))]
    if found.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in (N_MENTIONS, N_DOCS) else "object")
                             for c in ENTITY_COLUMNS})
    rolled = found.groupby([COMPANY, Mention.KIND, Mention.ENTITY]).agg(
        **{N_MENTIONS: (Mention.DOC_ID, "size"), N_DOCS: (Mention.DOC_ID, "nunique")}).reset_index()
    return _entities_table(rolled.astype({N_MENTIONS: "int64", N_DOCS: "int64"}), companies)


def company_name_terms(mentions: pd.DataFrame, companies: list[str]) -> set[str]:
    own = mentions[mentions[COMPANY].isin(companies) & (mentions[Mention.KIND] == "company")]
    names = [*companies, *own[Mention.ALIAS].dropna().unique(), *own[Mention.ENTITY].dropna().unique()]
    return {name.lower() for name in names}


def distinctive_terms(view: View, companies: list[str], excluded: set[str], positive: int = 12,
                      negative: int = 8) -> list[Distinctive]:
    found = []
    for company in companies:
        group_a, group_b, baseline = _compared_groups(view, company)
        if group_a.empty or group_b.empty:
            found.append(Distinctive(company, pd.DataFrame(columns=DISTINCTIVE_COLUMNS), "", len(group_a),
                                     len(group_b)))
            continue
        about, n_sentences = _rows_about(view, company)
        groups = TermGroups(view.all_terms, merged=name_merges(view.all_mentions))
        scored = groups.log_odds_rows(about, is_in(view.all_terms[Term.DOC_ID], group_b))
        found.append(Distinctive(company, _top_and_bottom(scored, excluded, positive, negative), baseline,
                                 len(group_a), len(group_b), n_sentences))
    return found


def _rows_about(view: View, company: str) -> tuple[np.ndarray, int]:
    """Term rows of the sentences naming ``company`` in view and of the sentence either side, by a join."""
    naming = view.mentions.loc[view.mentions[COMPANY] == company, [Mention.DOC_ID, Mention.SENT_ID]]
    around = pd.concat([naming.assign(**{Mention.SENT_ID: naming[Mention.SENT_ID] + step}) for step in (-1, 0, 1)])
    terms = view.all_terms[[Term.DOC_ID, Term.SENT_ID]].astype({Term.DOC_ID: object, Term.SENT_ID: "int64"})
    last = terms.groupby(Term.DOC_ID)[Term.SENT_ID].max()
    around = around.astype({Mention.DOC_ID: object, Mention.SENT_ID: "int64"})
    around = around[(around[Mention.SENT_ID] >= 0)
                    & (around[Mention.SENT_ID] <= around[Mention.DOC_ID].map(last).fillna(-1))].drop_duplicates()
    keys = pd.MultiIndex.from_frame(around.set_axis([Term.DOC_ID, Term.SENT_ID], axis=1))
    return pd.MultiIndex.from_frame(terms).isin(keys), len(keys)


def _compared_groups(view: View, company: str) -> tuple[pd.Series, pd.Series, str]:
    in_view = view.documents[Doc.DOC_ID]
    group_a = view.mentions.loc[view.mentions[COMPANY] == company, Mention.DOC_ID].drop_duplicates()
    group_b = in_view[~is_in(in_view, group_a)]
    if not group_b.empty:
        return group_a, group_b, BASELINE_VIEW
    named_anywhere = view.all_mentions.loc[view.all_mentions[COMPANY] == company, Mention.DOC_ID].unique()
    everywhere = view.all_documents[Doc.DOC_ID]
    group_b = everywhere[~is_in(everywhere, named_anywhere) & ~is_in(everywhere, group_a)]
    return group_a, group_b, BASELINE_CORPUS
