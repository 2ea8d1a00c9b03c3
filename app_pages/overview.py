"""Overview: the corpus at a glance.

Headline numbers, coverage per publication month, the newest events, the language and outlet
mix, and which files could not be read (for the whole corpus, not the filtered view).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.analyze import overview as ov
from lib.analyze.filters import View, published_span
from lib.analyze.story_views import most_corroborated
from lib.charts import overview as charts
from lib.deferred import row_count
from lib.markup import escape_markdown
from lib.schema import Doc, Event, Skipped, Story, Warning_
from ui.params import STORIES_PAGE, shared_filters_now, story_query_params
from ui.session import company_colors, current_corpus, current_view
from ui.shared import (
    caption,
    chart_or_note,
    csv_download,
    note,
    plot,
    report_download,
    report_table,
    stop_if_empty,
)
from ui.story_cache import stories_at_hand, stories_of_view
from ui.view_cache import (
    recent_events,
    view_dating_gaps,
    view_documents_per_month,
    view_headline,
    view_mentions_per_month,
    view_sql_tables,
)

PAGE = "overview"
RECENT_LIMIT = 200
TOP_STORIES = 5
ROW_HEIGHT = 80  # four wrapped lines of a sentence
# The sentence right after the date columns, so it is readable without scrolling sideways.
EVENT_TABLE_ORDER = [Event.DATE, Event.DATE_TEXT, Event.PRECISION, Event.COMPANIES, Event.EVENT_TYPE,
                     Event.SENTENCE, Doc.TITLE, ov.OUTLET]


def headline_metrics(view: View) -> None:
    numbers = view_headline(current_corpus(), view)
    first, second, third, fourth = st.columns([1, 1.6, 1, 1])
    # "1,006 of 1,006" does not fit a quarter of the page and Streamlit cuts it to "1,006 of 1,…": the
    # corpus's total stands under the count, in grey and without an arrow (it is no change).
    first.metric("Documents", f"{numbers.n_documents:,}", delta=f"of {numbers.n_all_documents:,}",
                 delta_color="off", delta_arrow="off",
                 help="Documents matching the filters, of all documents in the corpus"
                      + (f"; {numbers.n_copies:,} near-identical copies of other articles (the same article "
                         "saved twice, a repost) are counted once." if numbers.n_copies else "."))
    second.metric("Published", ov.span_label(numbers.first_published, numbers.last_published),
                  help=f"Publication dates: {published_span(view.documents)}.")
    third.metric("Companies named", f"{numbers.n_companies:,}",
                 help="Distinct companies mentioned in these documents (products and people count "
                      "for their company).")
    fourth.metric("Events", f"{numbers.n_events:,}",
                  help="Dated sentences that name a company or a regulation.")
    report_table("The corpus at a glance", pd.DataFrame({
        "": ["Documents", "Published", "Companies named", "Events", "Files skipped"],
        "value": [f"{numbers.n_documents:,} of {numbers.n_all_documents:,}", published_span(view.documents),
                  f"{numbers.n_companies:,}", f"{numbers.n_events:,}", f"{len(current_corpus().skipped):,}"]}))


def dating_note(gaps: ov.DatingGaps) -> None:
    """Say which documents a per-month chart leaves out, rather than dropping them silently."""
    parts = []
    if gaps.no_date:
        parts.append(f"{gaps.no_date} document(s) with no known publication date")
    if gaps.coarser_than_month:
        parts.append(f"{gaps.coarser_than_month} dated only to a quarter, half or year")
    if parts:
        note("Not in this chart: " + " and ".join(parts) + ".")


def coverage_over_time(view: View) -> None:
    st.subheader("Coverage over time")
    gaps = view_dating_gaps(current_corpus(), view)
    left, right = st.columns(2)
    with left:
        per_month = view_documents_per_month(current_corpus(), view)
        chart_or_note(per_month, "None of these documents has a publication date precise to the month, so there "
                      "is nothing to draw per month.",
                      lambda: charts.articles_per_month_chart(per_month), PAGE, "articles-per-month", view,
                      key="ov-articles", narrow=True)
        dating_note(gaps)
    with right:
        mentions = view_mentions_per_month(current_corpus(), view)
        colors = company_colors()
        if chart_or_note(mentions, "No company is mentioned in a document with a known publication month.",
                         lambda: charts.mentions_per_month_chart(mentions, colors), PAGE, "mentions-per-month",
                         view, key="ov-mentions", narrow=True) is not None:
            note(f"The {ov.DEFAULT_TOP_COMPANIES} most mentioned companies are shown by name; the rest "
                 f"are summed as “{ov.OTHER_COMPANIES}”. Products and people count for their company.")
        dating_note(gaps)


def language_and_outlets(view: View) -> None:
    st.subheader("Languages and outlets")
    tables = view_sql_tables(current_corpus(), view)
    left, right = st.columns(2)
    with left:
        plot(lambda: charts.documents_by_label_chart(ov.documents_per_language(tables, view.filters),
                                                     "Documents per language"),
             PAGE, "languages", view, key="ov-languages", narrow=True)
        caption(view)
    with right:
        plot(lambda: charts.documents_by_label_chart(ov.documents_per_outlet(tables, view.filters),
                                                     "Documents per outlet"),
             PAGE, "outlets", view, key="ov-outlets", narrow=True)
        caption(view)


def most_corroborated_stories(view: View) -> None:
    st.subheader("Most corroborated stories")
    corpus = current_corpus()
    if not stories_at_hand(corpus):
        st.caption(f"Stories are grouped the first time the Stories page is opened: the sentence encoder reads "
                   f"{row_count(corpus, 'events'):,} event sentences once (minutes on a large corpus; sentences it has "
                   "read before come from the cache). They then show here too.")
        st.page_link(STORIES_PAGE, icon=":material/hub:", label="Open the Stories page")
        return
    top = most_corroborated(stories_of_view(current_corpus(), view), TOP_STORIES)
    if top.empty:
        st.info("No happening in this view is reported by two or more articles.")
        return
    current = shared_filters_now()
    for story in top.to_dict("records"):
        languages = ", ".join(code for code in str(story[Story.LANGUAGES]).split(";") if code)
        st.page_link(STORIES_PAGE, icon=":material/hub:", help="Opens the story's card on the Stories page.",
                     query_params=story_query_params(story[Story.STORY_ID], current),
                     label=escape_markdown(f"{story[Story.DATE]} · {story[Story.TITLE]}"))
        st.caption(escape_markdown(f"{story[Story.N_ARTICLES]} articles · {story[Story.N_OUTLETS]} outlet(s) · "
                                   f"{languages} · {str(story[Story.COMPANIES]).replace(';', ', ')}"))
    report_table("Most corroborated stories", top[Story.COLUMNS])
    note("Happenings reported by the most articles (in any language) with an event in this view; counts are "
         "over the whole corpus. Each opens its card on the Stories page.")


def most_recent_events(view: View) -> None:
    st.subheader("Most recent events")
    # Counted without making a snapshot's events into pandas (``row_count``): the Overview reads them in DuckDB.
    n_events = row_count(view, "events")
    if not n_events:
        st.info("These documents have no dated sentences that name a company or a regulation.")
        return
    shown = recent_events(current_corpus(), view, RECENT_LIMIT)
    st.dataframe(
        shown, hide_index=True, width="stretch", height=min(540, 40 + ROW_HEIGHT * len(shown)), row_height=ROW_HEIGHT,
        column_order=EVENT_TABLE_ORDER,
        column_config={
            Event.DATE: st.column_config.TextColumn("Date", width=90, pinned=True,
                                                    help="First day of the period the sentence refers to"),
            Event.DATE_TEXT: st.column_config.TextColumn("Date words", width=110),
            Event.PRECISION: st.column_config.TextColumn("Precision", width=75),
            Event.COMPANIES: st.column_config.TextColumn("Companies", width=130),
            Event.EVENT_TYPE: st.column_config.TextColumn("Type", width=110),
            Event.SENTENCE: st.column_config.TextColumn("Sentence", width=430),
            Doc.TITLE: st.column_config.TextColumn("Document", width=240),
            ov.OUTLET: st.column_config.TextColumn("Outlet", width=140),
        },
    )
    limited = f"the {len(shown):,} most recent of " if len(shown) < n_events else ""
    st.caption(f"Showing {limited}{n_events:,} events, newest event date first (the CSV has all). "
               + view.caption())
    tables = view_sql_tables(current_corpus(), view)
    csv_download(lambda: ov.events_newest_first(tables, view.filters), PAGE, "events", view, key="ov-events-csv")


def skipped_and_warnings() -> None:
    corpus = current_corpus()
    st.subheader("What was skipped and why")
    st.caption("For the whole corpus folder, whatever the filters.")
    if corpus.skipped.empty:
        st.success("No files were skipped: every file in the folder was read.", icon=":material/check_circle:")
    else:
        st.dataframe(corpus.skipped, hide_index=True, width="stretch", column_config={
            Skipped.FILE: st.column_config.TextColumn("File", width="medium"),
            Skipped.REASON: st.column_config.TextColumn("Reason", width="large"),
        })
        csv_download(corpus.skipped, PAGE, "skipped-files", current_view(), key="ov-skipped-csv")
    if corpus.warnings.empty:
        st.caption("No warnings while reading the corpus.")
    else:
        st.dataframe(ov.readable_warnings(corpus.warnings), hide_index=True, width="stretch", column_config={
            Warning_.SOURCE: st.column_config.TextColumn("Source", width="medium"),
            Warning_.LINE: st.column_config.NumberColumn("Line", width="small"),
            Warning_.MESSAGE: st.column_config.TextColumn("Warning", width="large"),
        })
        csv_download(corpus.warnings, PAGE, "warnings", current_view(), key="ov-warnings-csv")


view = current_view()
st.title("Overview")
report_download("Overview", PAGE, view)
if view.all_documents.empty and not current_corpus().skipped.empty:
    st.warning("No file in the corpus folder could be read as an article; the reasons are below.")
    skipped_and_warnings()
    st.stop()
stop_if_empty(view)
headline_metrics(view)
most_corroborated_stories(view)
coverage_over_time(view)
most_recent_events(view)
language_and_outlets(view)
skipped_and_warnings()
