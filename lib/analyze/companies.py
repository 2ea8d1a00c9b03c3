"""Companies side by side: share of voice, mentions per document, co-mentions, events, entities, terms.

Every function takes the frames of a ``View`` (or the view itself) plus the companies to compare,
never changes its inputs, and works on whole columns. A company's mentions are all gazetteer
matches that roll up to it: its own names plus its products and people (``Mention.COMPANY``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.analyze.filters import View
from lib.analyze.term_stats import COUNT_A, COUNT_B, TermGroups, is_in
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Mention, Stat, Term

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
LEANING = "leaning"
MORE_LIKELY = "more"
LESS_LIKELY = "less"

SHARE_COLUMNS = [MONTH, COMPANY, N_MENTIONS, SHARE]
PER_DOCUMENT_COLUMNS = [Doc.DOC_ID, Doc.TITLE, SHORT_TITLE, COMPANY, N_MENTIONS]
PAIR_COLUMNS = [COMPANY_A, COMPANY_B, WEIGHT]
EVENT_COLUMNS = [COMPANY, Event.EVENT_TYPE, N_EVENTS]
ENTITY_COLUMNS = [COMPANY, Mention.KIND, Mention.ENTITY, N_MENTIONS, N_DOCS]
DISTINCTIVE_COLUMNS = [Term.TERM, Term.LANG, Stat.Z, COUNT_A, COUNT_B, LEANING]
# Publication dates this precise fall inside one month; coarser ones (quarter, half, year) do not.
MONTHLY_PRECISIONS = ("day", "week", "month")
SHORT_TITLE_CHARS = 45
BASELINE_VIEW = "the other documents in view"
BASELINE_CORPUS = "all corpus documents that do not name it"


def companies_by_mentions(mentions: pd.DataFrame) -> pd.Series:
    """Mentions per company, most first (ties by name)."""
    named = mentions[COMPANY].replace("", pd.NA).dropna()
    counts = named.value_counts().sort_index(kind="stable")
    return counts.sort_values(ascending=False, kind="stable")


def most_mentioned(mentions: pd.DataFrame, n: int = 4) -> list[str]:
    return [str(name) for name in companies_by_mentions(mentions).index[:n]]


def versus_label(companies: list[str], limit: int = 4) -> str:
    """"A vs B vs C", shortened to "A vs B vs C vs D + 3 more" for long lists."""
    shown = " vs ".join(companies[:limit])
    return shown if len(companies) <= limit else f"{shown} + {len(companies) - limit} more"


def _compared_mentions(mentions: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    return mentions[mentions[COMPANY].isin(companies)]


def publication_months(documents: pd.DataFrame) -> pd.Series:
    """``YYYY-MM`` per document whose date is precise to a month or better, else missing."""
    monthly = documents[Doc.DATE_PRECISION].isin(MONTHLY_PRECISIONS) & (documents[Doc.PUBLISHED].str.len() >= 7)
    return documents[Doc.PUBLISHED].str.slice(0, 7).where(monthly)


def share_of_voice_by_month(mentions: pd.DataFrame, documents: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    """Per publication month and company: mentions and share of the compared companies' mentions.

    Months where no compared company is named are left out; within a month, shares sum to 1 and a
    company without mentions gets a row with 0. Documents not dated to a month are left out.
    """
    months = pd.Series(publication_months(documents).to_numpy(), index=documents[Doc.DOC_ID].to_numpy())
    compared = _compared_mentions(mentions, companies)
    dated = compared.assign(**{MONTH: compared[Mention.DOC_ID].map(months)}).dropna(subset=[MONTH])
    if dated.empty:
        return _empty_share()
    return _share_table(pd.crosstab(dated[MONTH], dated[COMPANY]), companies)


def _empty_share() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="float64" if c == SHARE else "object") for c in SHARE_COLUMNS})


def _share_table(counts: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    """``share_of_voice_by_month`` from mentions per month (rows) and company (columns)."""
    counts = counts.reindex(columns=companies, fill_value=0)
    shares = counts.div(counts.sum(axis=1), axis=0)
    long = counts.stack().rename(N_MENTIONS).to_frame().join(shares.stack().rename(SHARE))
    long = long.rename_axis([MONTH, COMPANY]).reset_index()
    return long.sort_values([MONTH, COMPANY], key=_company_order(companies), ignore_index=True)[SHARE_COLUMNS]


def documents_without_month(documents: pd.DataFrame) -> int:
    return int(publication_months(documents).isna().sum())


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


def mentions_per_document(mentions: pd.DataFrame, documents: pd.DataFrame, companies: list[str],
                          limit: int = 40) -> pd.DataFrame:
    """Mentions of each compared company in each document naming any of them (zeros included).

    The ``limit`` documents with most compared mentions are kept, most first.
    """
    compared = _compared_mentions(mentions, companies)
    if compared.empty:
        return pd.DataFrame(columns=PER_DOCUMENT_COLUMNS)
    return _per_document_table(compared.groupby([Mention.DOC_ID, COMPANY]).size().unstack(fill_value=0),
                               documents, companies, limit)


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


def co_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Pairs of companies named in the same sentence; ``weight`` = number of such sentences.

    Each pair appears once, with ``company_a`` < ``company_b``; heaviest first.
    """
    named = mentions[mentions[COMPANY].fillna("") != ""]
    if named.empty:
        return _empty_pairs()
    # Integer codes keep the self-merge and the count fast at hundreds of thousands of mentions;
    # sorted codes make code order name order, so "a < b" on codes is "a < b" on names.
    company_code, names = pd.factorize(named[COMPANY], sort=True)
    doc_code = pd.factorize(named[Mention.DOC_ID])[0].astype("int64")
    sentence = doc_code * (int(named[Mention.SENT_ID].max()) + 1) + named[Mention.SENT_ID].to_numpy("int64")
    codes = pd.DataFrame({"sentence": sentence, "a": company_code}).drop_duplicates()
    pairs = codes.merge(codes.rename(columns={"a": "b"}), on="sentence")
    pairs = pairs[pairs["a"] < pairs["b"]]
    if pairs.empty:
        return _empty_pairs()
    weights = pairs.groupby(["a", "b"]).size()
    return _pairs_table(names[weights.index.get_level_values("a")], names[weights.index.get_level_values("b")],
                        weights.to_numpy())


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


def events_per_type(events: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    """Events per company and event type; an event naming two compared companies counts for both."""
    padded = COMPANY_SEPARATOR + events[Event.COMPANIES].fillna("") + COMPANY_SEPARATOR
    # One pass per compared company (a handful), each over the whole column.
    per_company = [
        events.loc[padded.str.contains(f"{COMPANY_SEPARATOR}{name}{COMPANY_SEPARATOR}", regex=False),
                   Event.EVENT_TYPE].value_counts().rename(N_EVENTS).reset_index().assign(**{COMPANY: name})
        for name in companies
    ]
    return _events_table(pd.concat(per_company, ignore_index=True) if per_company else pd.DataFrame(), companies)


def _events_table(counts: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    """``events_per_type`` from rows of (event type, count, company)."""
    if counts.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == N_EVENTS else "object") for c in EVENT_COLUMNS})
    return counts.sort_values([COMPANY, N_EVENTS, Event.EVENT_TYPE], key=_company_order(companies),
                              ascending=[True, False, True], ignore_index=True)[EVENT_COLUMNS]


def products_and_people(mentions: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    """Products and people of each compared company: mentions and documents naming them."""
    found = _compared_mentions(mentions, companies)
    found = found[found[Mention.KIND].isin(("product", "person"))]
    if found.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in (N_MENTIONS, N_DOCS) else "object")
                             for c in ENTITY_COLUMNS})
    return _entities_table(found.groupby([COMPANY, Mention.KIND, Mention.ENTITY]).agg(
        **{N_MENTIONS: (Mention.DOC_ID, "size"), N_DOCS: (Mention.DOC_ID, "nunique")}).reset_index(), companies)


def _entities_table(rolled: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    return rolled.sort_values([COMPANY, Mention.KIND, N_MENTIONS, Mention.ENTITY], key=_company_order(companies),
                              ascending=[True, False, False, True], ignore_index=True)[ENTITY_COLUMNS]


def company_name_terms(mentions: pd.DataFrame, companies: list[str]) -> set[str]:
    """The companies' own names, lower-cased: canonical names plus the company aliases found.

    Product and person names are not included: they say what the coverage is about.
    """
    own = mentions[mentions[COMPANY].isin(companies) & (mentions[Mention.KIND] == "company")]
    # Distinct names first: hundreds of thousands of mentions use a few dozen spellings.
    names = [*companies, *own[Mention.ALIAS].dropna().unique(), *own[Mention.ENTITY].dropna().unique()]
    return {name.lower() for name in names}


@dataclass(frozen=True)
class Distinctive:
    """Terms that set one company's coverage apart, and what it was compared with."""

    company: str
    terms: pd.DataFrame     # DISTINCTIVE_COLUMNS: most positive z first, then most negative
    baseline: str           # BASELINE_VIEW, BASELINE_CORPUS, or "" when there is nothing to compare with
    n_docs_a: int
    n_docs_b: int

    @property
    def why_empty(self) -> str:
        """Why there are no terms to show, in a sentence (plain text, may contain the company name)."""
        if not self.n_docs_a:
            return f"No filtered document names {self.company}."
        if not self.baseline:
            return (f"{self.company} is named in every document of the corpus, so there is nothing to set its "
                    "coverage against.")
        return f"No terms set {self.company}'s coverage apart."


def distinctive_terms(view: View, company: str, excluded: set[str], positive: int = 12,
                      negative: int = 8) -> Distinctive:
    """Log-odds z of terms in view documents naming ``company`` against the other documents.

    The other documents are those in view; when every view document names the company, all corpus
    documents that do not name it. Terms whose lower-cased form is in ``excluded`` are dropped.
    """
    return distinctive_terms_by_company(view, [company], excluded, positive, negative)[0]


def distinctive_terms_by_company(view: View, companies: list[str], excluded: set[str], positive: int = 12,
                                 negative: int = 8) -> list[Distinctive]:
    """``distinctive_terms`` of each of ``companies``, in order; the corpus terms are coded once for all."""
    groups: TermGroups | None = None
    found = []
    for company in companies:
        group_a, group_b, baseline = _compared_groups(view, company)
        if group_a.empty or group_b.empty:
            found.append(Distinctive(company, pd.DataFrame(columns=DISTINCTIVE_COLUMNS), "", len(group_a),
                                     len(group_b)))
            continue
        groups = groups or TermGroups(view.all_terms)
        scored = groups.log_odds(group_a, group_b)
        found.append(Distinctive(company, _top_and_bottom(scored, excluded, positive, negative), baseline,
                                 len(group_a), len(group_b)))
    return found


def _compared_groups(view: View, company: str) -> tuple[pd.Series, pd.Series, str]:
    """Doc ids naming ``company`` in view, the doc ids to set them against, and which those are."""
    in_view = view.documents[Doc.DOC_ID]
    group_a = view.mentions.loc[view.mentions[COMPANY] == company, Mention.DOC_ID].drop_duplicates()
    group_b = in_view[~is_in(in_view, group_a)]
    if not group_b.empty:
        return group_a, group_b, BASELINE_VIEW
    named_anywhere = view.all_mentions.loc[view.all_mentions[COMPANY] == company, Mention.DOC_ID].unique()
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
