"""Companies side by side: every answer the Companies page shows for a view and compared companies.

One call gathers them (``compare_companies``), so that the dashboard can keep them per view and
compared companies: a rerun of the same view, or a page switch back to it, then reads them instead
of counting mentions, pairs, events and log-odds terms again. Each answer is computed by its own
function in ``lib.analyze.companies`` and ``lib.analyze.distinctive_terms``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.analyze.companies import (
    co_mention_matrix,
    co_mentions,
    documents_without_month,
    events_per_type,
    mentions_per_document,
    pairs_involving,
    products_and_people,
    share_of_voice,
)
from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.corpus_sql import CorpusTables
from lib.analyze.distinctive_terms import Distinctive, company_name_terms, distinctive_terms
from lib.analyze.filters import View


@dataclass(frozen=True)
class CompanyComparison:
    """What the Companies page shows for ``companies`` in a view (frames as their functions return them)."""

    companies: tuple[str, ...]
    share_of_voice: pd.DataFrame        # companies.share_of_voice
    documents_without_month: int        # view documents left out of the monthly share
    mentions_per_document: pd.DataFrame  # companies.mentions_per_document, the top ``documents_shown``
    co_mention_matrix: pd.DataFrame     # companies.co_mention_matrix of the view's pairs
    pairs_involving: pd.DataFrame       # companies.pairs_involving the compared companies
    events_per_type: pd.DataFrame       # companies.events_per_type
    products_and_people: pd.DataFrame   # companies.products_and_people
    distinctive: tuple[Distinctive, ...]  # distinctive_terms, one per company, the companies' names left out


def compare_companies(view: View, companies: list[str], index: CorpusIndex, tables: CorpusTables,
                      documents_shown: int) -> CompanyComparison:
    """Every answer of the Companies page for ``companies`` (in this order) in ``view``: the counts
    asked of ``tables`` (``lib.analyze.corpus_sql``, the same corpus) for the
    view's filters, the distinctive terms from the view's frames and ``index``."""
    filters = view.filters
    pairs = co_mentions(tables, filters, companies)
    excluded = company_name_terms(companies, index)
    return CompanyComparison(
        companies=tuple(companies),
        share_of_voice=share_of_voice(tables, filters, companies),
        documents_without_month=documents_without_month(view.documents),
        mentions_per_document=mentions_per_document(tables, filters, companies, limit=documents_shown),
        co_mention_matrix=co_mention_matrix(pairs, companies),
        pairs_involving=pairs_involving(pairs, companies),
        events_per_type=events_per_type(tables, filters, companies),
        products_and_people=products_and_people(tables, filters, companies),
        distinctive=tuple(distinctive_terms(view, companies, excluded, index)),
    )
