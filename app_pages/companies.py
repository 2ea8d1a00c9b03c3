"""Companies: two or more companies side by side — share of voice, documents, co-mentions, events, terms."""

from __future__ import annotations

import streamlit as st

from lib.analyze.companies import COMPANY, COMPANY_A, COMPANY_B, N_DOCS, N_MENTIONS, WEIGHT
from lib.analyze.distinctive_terms import BASELINE_CORPUS
from lib.charts.companies import (
    co_mention_heatmap,
    distinctive_terms_chart,
    event_types_chart,
    mentions_heatmap,
    share_of_voice_chart,
)
from lib.markup import escape_markdown, plural
from lib.schema import Mention
from ui.params import COMPARE
from ui.session import company_colors, current_corpus, current_view
from ui.shared import (
    chart_or_note,
    csv_download,
    report_download,
    stop_if_empty,
    table_or_note,
)
from ui.view_cache import company_comparison, view_companies_by_mentions

PAGE = "companies"
DEFAULT_COMPARED = 4
DOCUMENTS_SHOWN = 40

view = current_view()
stop_if_empty(view)
colors = company_colors()
st.title("Companies side by side")
report_download("Companies side by side", PAGE, view)
ranked = list(view_companies_by_mentions(current_corpus(), view).index)

if len(view.filters.companies) >= 2:
    companies = list(view.filters.companies)
    st.caption("Comparing the companies chosen in the sidebar. Keep one company or none there to pick "
               "the companies to compare on this page.")
else:
    if len(ranked) < 2:
        named = f"only {escape_markdown(ranked[0])} is" if ranked else "no company is"
        st.info(f"In the {plural(len(view.documents), 'document')} that match the filters, {named} named, so there is "
                "nothing to compare. Comparing needs at least two companies: widen the date range or clear "
                "some filters in the sidebar.")
        st.stop()
    unknown = [name for name in st.query_params.get_all(COMPARE) if name not in ranked]
    if unknown:
        st.warning(f"Ignored {COMPARE}={escape_markdown(', '.join(unknown))} from the link: not named in the "
                   "filtered documents.", icon=":material/link_off:")
    companies = st.multiselect(
        "Companies to compare", ranked, default=ranked[:DEFAULT_COMPARED], key=COMPARE, bind="query-params",
        help="Companies named in the filtered documents, most mentioned first. "
             "Choosing two or more companies in the sidebar filter compares those instead.")
    if len(companies) < 2:
        st.info("Pick at least two companies to compare.")
        st.stop()

# Counted once per view and compared companies: a rerun or a page switch back reads them.
compared = company_comparison(current_corpus(), view, companies, DOCUMENTS_SHOWN)
drawn_for = (tuple(companies),)     # what the figures depend on besides the view's filters


def compared_chart(answer, empty_note: str, figure, what: str, key: str, explanation: str,
                   narrow: bool = False) -> bool:
    """The chart ``figure`` builds of the compared companies (``chart_or_note``), with ``explanation`` under
    the view's caption; ``empty_note`` instead when ``answer`` is empty. True when the chart was drawn."""
    if chart_or_note(answer, empty_note, figure, PAGE, what, view, key=key, narrow=narrow,
                     varies_with=drawn_for) is None:
        return False
    st.caption(explanation)
    return True


st.subheader("Share of voice")
share = compared.share_of_voice
undated = compared.documents_without_month
left_out = (f" {plural(undated, 'document')} dated only to a quarter, half year or year, or not at all, "
            "are left out.") if undated else ""
compared_chart(share, "None of the documents naming these companies is dated to a month, so there is no monthly "
               "share of voice to draw.",
               lambda: share_of_voice_chart(share, companies, colors), "share-of-voice", "share",
               "Each bar splits one publication month's mentions of the compared companies; a company's "
               "mentions count its own names, its products and its people. Hover for the counts." + left_out)

st.subheader("Mentions per document")
per_document = compared.mentions_per_document
compared_chart(per_document, "None of the filtered documents names these companies.",
               lambda: mentions_heatmap(per_document, companies), "mentions-per-document", "per-document",
               f"Up to {DOCUMENTS_SHOWN} documents, those naming the compared companies most first. "
               "Hover a cell for the full title.")

st.subheader("Who is named with whom")
matrix = compared.co_mention_matrix
if compared_chart(matrix, "No sentence in the filtered documents names one of these companies together with another "
                  "company.",
                  lambda: co_mention_heatmap(matrix, companies), "co-mentions", "co-mentions",
                  "Each cell counts the sentences that name both companies (through their names, products or "
                  "people). The compared companies come first, then the companies most often named with them."):
    top_pairs = compared.pairs_involving
    st.dataframe(top_pairs, hide_index=True, width="stretch", height=260, column_config={
        COMPANY_A: "Company", COMPANY_B: "Named with", WEIGHT: "Sentences naming both"})
    csv_download(top_pairs, PAGE, "co-mention-pairs", view)

st.subheader("Event types")
event_counts = compared.events_per_type
compared_chart(event_counts, "No dated events in the filtered documents involve these companies.",
               lambda: event_types_chart(event_counts, companies, colors), "event-types", "event-types",
               "An event is a sentence with a date that names a company; one naming two compared companies "
               "counts for both.")

st.subheader("Products and people")
entities = compared.products_and_people
table_or_note(entities, "No products or people of these companies are named in the filtered documents.", PAGE,
              "products-and-people", view, height=320, column_config={
                  COMPANY: "Company", Mention.KIND: "Kind", Mention.ENTITY: "Product or person",
                  N_MENTIONS: "Mentions", N_DOCS: "Documents"})

st.subheader("What sets each company's coverage apart")
columns = st.columns(2)
for position, (company, found) in enumerate(zip(companies, compared.distinctive, strict=True)):
    with columns[position % 2]:
        note = " (every filtered document names it)" if found.baseline == BASELINE_CORPUS else ""
        compared_chart(found.terms, escape_markdown(found.why_empty),
                       lambda found=found: distinctive_terms_chart(found, colors), f"terms-{company}",
                       f"terms-{position}",
                       f"Log-odds z-scores: the {plural(found.n_sentences_a, 'sentence')} about "
                       f"{escape_markdown(company)} (naming it, and the sentence before and after each) in "
                       f"{plural(found.n_docs_a, 'document')} against {plural(found.n_docs_b, 'document')}, "
                       f"{found.baseline}{note}. Its names and its products' names in any language count as one "
                       "term. The compared "
                       f"companies' own names ({escape_markdown(', '.join(companies))}) are left out; "
                       "their products and people stay.", narrow=True)
