"""What sets each company's coverage apart: terms more and less likely in what is said about it.

Log-odds z-scores (``lib.analyze.term_stats``) of the terms in the view sentences about a company
(those naming it and their neighbours, ``lib.analyze.company_terms``) against the other documents
in view, or, when every view document names it, against all corpus documents that do not. Two
companies named in the same articles are thus told apart by what is said about each. The
spellings of a company's or product's name are one term (字节跳动 → bytedance), and the companies'
own names are left out: they say who the coverage is about, not what it says. The corpus terms are
coded once per corpus (``CorpusIndex.derived``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.analyze.companies import documents_naming, documents_of_mentions
from lib.analyze.company_terms import company_terms, rows_around
from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.filters import View
from lib.analyze.term_codes import is_in
from lib.analyze.term_stats import COUNT_A, COUNT_B
from lib.schema import Doc, Stat, Term

LEANING = "leaning"
MORE_LIKELY = "more"
LESS_LIKELY = "less"
DISTINCTIVE_COLUMNS = [Term.TERM, Term.LANG, Stat.Z, COUNT_A, COUNT_B, LEANING]
BASELINE_VIEW = "the other documents in view"
BASELINE_CORPUS = "all corpus documents that do not name it"


def company_name_terms(companies: list[str], index: CorpusIndex) -> set[str]:
    """The companies' own names, lower-cased: canonical names plus the company aliases found in the corpus.

    Product and person names are not included: they say what the coverage is about.
    """
    names = {name.lower() for name in companies}
    for company in companies:
        names |= index.company_own_names.get(company, frozenset())
    return names


@dataclass(frozen=True)
class Distinctive:
    """Terms that set one company's coverage apart, and what it was compared with."""

    company: str
    terms: pd.DataFrame     # DISTINCTIVE_COLUMNS: most positive z first, then most negative
    baseline: str           # BASELINE_VIEW, BASELINE_CORPUS, or "" when there is nothing to compare with
    n_docs_a: int
    n_docs_b: int
    n_sentences_a: int = 0  # the sentences about the company the terms come from, neighbours included

    @property
    def why_empty(self) -> str:
        """Why there are no terms to show, in a sentence (plain text, may contain the company name)."""
        if not self.n_docs_a:
            return f"No filtered document names {self.company}."
        if not self.baseline:
            return (f"{self.company} is named in every document of the corpus, so there is nothing to set its "
                    "coverage against.")
        return f"No terms set {self.company}'s coverage apart."


def distinctive_terms(view: View, companies: list[str], excluded: set[str], index: CorpusIndex,
                      positive: int = 12, negative: int = 8) -> list[Distinctive]:
    """Per company of ``companies``, in order: log-odds z of terms in the view sentences about it
    (naming it, and their neighbours) against the other documents.

    The other documents are those in view that do not name it; when every view document names the
    company, all corpus documents that do not. Terms whose lower-cased form is in ``excluded`` are
    dropped.
    """
    coded = index.derived(company_terms)
    found = []
    for company in companies:
        # The view's mentions naming it, found in the index's codes: the view's mentions frame is never narrowed.
        naming = index.naming_mentions(company, view.documents)
        group_a, group_b, baseline = _compared_groups(view, company, documents_of_mentions(naming, index), index)
        if group_a.empty or group_b.empty:
            found.append(Distinctive(company, pd.DataFrame(columns=DISTINCTIVE_COLUMNS), "", len(group_a),
                                     len(group_b)))
            continue
        about, n_sentences = rows_around(coded.rows, *index.mention_places(naming))
        scored = coded.groups.log_odds_rows(about, coded.groups.rows_of(group_b))
        found.append(Distinctive(company, _top_and_bottom(scored, excluded, positive, negative), baseline,
                                 len(group_a), len(group_b), n_sentences))
    return found


def _compared_groups(view: View, company: str, group_a: pd.Series,
                     index: CorpusIndex) -> tuple[pd.Series, pd.Series, str]:
    """The doc ids naming ``company`` in view (``group_a``), the doc ids to set them against, and which those are."""
    in_view = view.documents[Doc.DOC_ID]
    group_b = in_view[~is_in(in_view, group_a)]
    if not group_b.empty:
        return group_a, group_b, BASELINE_VIEW
    named_anywhere = documents_naming(None, company, index)
    everywhere = view.all_documents[Doc.DOC_ID]
    group_b = everywhere[~is_in(everywhere, named_anywhere) & ~is_in(everywhere, group_a)]
    return group_a, group_b, BASELINE_CORPUS


def _top_and_bottom(scored: pd.DataFrame, excluded: set[str], positive: int, negative: int) -> pd.DataFrame:
    scored = scored[~scored[Term.TERM].str.lower().isin(excluded)]
    top = scored[scored[Stat.Z] > 0].head(positive)
    bottom = scored[scored[Stat.Z] < 0].tail(negative)
    chosen = pd.concat([top, bottom], ignore_index=True)
    chosen[LEANING] = chosen[Stat.Z].gt(0).map({True: MORE_LIKELY, False: LESS_LIKELY})
    return chosen[DISTINCTIVE_COLUMNS]
