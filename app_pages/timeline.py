"""Timeline: dated events in one lane per company; click a mark to read its sentence in context.

Above ``MAX_MARKS`` marks (or when asked to) the lanes show counts per week or month instead; a drag
across a period narrows the dates to it, which brings the marks back once few enough are in view. Switched to
stories (``?show=stories``), the lanes show the view's stories instead, a click opening its card."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException

from lib.analyze.timeline import (
    BAR_START,
    BAR_STOP,
    BASES,
    COMPANY,
    EVENT_DATE,
    MAX_MARKS,
    MAX_TABLE_ROWS,
    OUTLET,
    PUBLICATION_DATE,
    TITLE,
    event_table,
    marks_in_lanes,
    timeline_marks,
)
from lib.analyze.timeline_density import MONTH, WEEK, timeline_density
from lib.analyze.timeline_year_less import (
    MONTH_DAY_LABEL,
    UNKNOWN_YEAR_COLUMNS,
    unknown_year_events,
    year_from_story_marks,
)
from lib.analyze.view_range import view_date_range
from lib.charts.stories import stories_figure, story_date_range
from lib.charts.timeline import timeline_figure
from lib.charts.timeline_density import density_figure
from lib.markup import escape_markdown, plural
from lib.schema import Event
from ui.cache import corpus_filter_options
from ui.params import (
    BASIS,
    DATES,
    DRAW,
    DRAW_AUTO,
    DRAW_DENSITY,
    DRAWINGS,
    READER_PAGE,
    READER_URL,
    SHOW,
    SHOW_EVENTS,
    SHOW_STORIES,
    SHOWINGS,
    STORIES_PAGE,
    reader_links,
    reader_query_params,
    shared_filters_now,
    story_query_params,
)
from ui.session import company_colors, current_corpus, current_view, set_value, value
from ui.shared import (
    caption,
    chart_or_note,
    csv_download,
    current_index,
    lanes_left_out,
    note,
    plot,
    report_download,
    stop_if_empty,
    story_marks_left_out,
)
from ui.story_cache import corpus_stories, stories_at_hand, stories_of_view
from ui.view_cache import view_story_marks

PAGE = "timeline"
DENSITY_CHART = "timeline-density"
TABLE_LABELS = {"date_text": "date words", "qualifier": "date qualifier", "event_type": "type",
                "doc_id": "document id", "sent_id": "sentence no.",
                "planned": st.column_config.CheckboxColumn("plan", help="Dated after the article's publication: "
                                                           "a plan, forecast or schedule, not yet done.")}
MARKS = {
    EVENT_DATE: "Bars span the period a date names (week, month, quarter, half year, year); ◆ marks an exact day. "
                "In each lane, years sit highest and days lowest. Hatched bars and open ◇ are plans: "
                "dated after their article's publication.",
    PUBLICATION_DATE: "Bars span each document's publication period; ◆ marks a document dated to the day.",
}
CELL_WORDS = {WEEK: "week (Monday to Sunday)", MONTH: "calendar month"}
LONGER_WORDS = {WEEK: "a month, quarter or year, or days across two weeks",
                MONTH: "a quarter or year, or a week across two months"}
PLACED_AT = {EVENT_DATE: "their event dates", PUBLICATION_DATE: "their documents' publication dates"}
UNKNOWN_YEAR_LABELS = {
    MONTH_DAY_LABEL: st.column_config.TextColumn("Month and day", width=100),
    Event.DATE_TEXT: st.column_config.TextColumn("Date words", width=110),
    Event.COMPANIES: st.column_config.TextColumn("Companies", width=120),
    Event.SENTENCE: st.column_config.TextColumn("Sentence", width=420),
    READER_URL: st.column_config.LinkColumn("Reader", display_text="open ↗", width=60,
                                            help="Opens the article at this sentence"),
    OUTLET: st.column_config.TextColumn("Outlet", width=110),
    TITLE: st.column_config.TextColumn("Document", width=220),
}

view = current_view()
stop_if_empty(view)
st.title("Timeline")
report_download("Timeline", PAGE, view)
show = st.segmented_control("Show", SHOWINGS, key=SHOW, bind="query-params", default=SHOW_EVENTS,
                            help="Events: each dated sentence. Stories: the happenings those sentences report, "
                                 "each once however many articles report it.") or SHOW_EVENTS
basis = st.radio("Place events at", BASES, horizontal=True, key=BASIS, bind="query-params",
                 disabled=show == SHOW_STORIES,
                 help="Event date: the period the sentence's own date names. "
                      "Publication date: when the article reporting it was published.") or EVENT_DATE
draw = st.radio("Draw", DRAWINGS, horizontal=True, key=DRAW, bind="query-params", disabled=show == SHOW_STORIES,
                help=f"Marks: each event on its date (the newest {MAX_MARKS:,} at most). Density: events per "
                     f"company per week or month. Auto: marks up to {MAX_MARKS:,}, density above.") or DRAW_AUTO
index = current_index()
n_marks = marks_in_lanes(view.events, index, basis, view.filters.companies)
# The years stories gave year-less days, once the corpus's stories are grouped (the Stories page
# groups them; a small corpus is grouped here).
years = corpus_stories(current_corpus()).years if stories_at_hand(current_corpus()) else None


def narrow_dates(start: date, last: date) -> None:
    """The sidebar's date range set to a cell's days (within the corpus's), before the rerun draws it."""
    options = corpus_filter_options(current_corpus())
    set_value(DATES, (max(start, options.first_day), min(last, options.last_day)))


def zoom_to_dragged_period() -> None:
    """A drag across the density chart (a box selection) narrows the dates to the cells it covers,
    so the next run draws their marks once they are few enough."""
    selection = (value(DENSITY_CHART) or {}).get("selection", {})
    spans = [point["customdata"][1:3] for point in selection.get("points", []) if point.get("customdata")]
    if selection.get("box") and spans:
        narrow_dates(date.fromisoformat(min(first for first, _ in spans)),
                     date.fromisoformat(max(stop for _, stop in spans)) - timedelta(days=1))


def show_marks() -> None:
    marks = timeline_marks(view.events, view.documents, index, basis, view.filters.companies)
    lanes, hidden, shown, not_drawn = marks.lanes, marks.hidden_lanes, marks.rows, marks.not_drawn
    inferred = year_from_story_marks(view.events, view.documents, years) if basis == EVENT_DATE else shown.iloc[0:0]
    inferred = inferred[inferred[COMPANY].isin(lanes)]
    title = f"Events by company, placed at {PLACED_AT[basis]}"
    # Built once per view and basis (Plotly checks each of up to 3,000 marks' properties: ~0.1 s).
    chosen = plot(lambda: marks_figure(pd.concat([shown, inferred], ignore_index=True), lanes, title), PAGE,
                  "events", view, key="timeline", on_select="rerun", selection_mode="points",
                  varies_with=(basis, years is None))
    caption(view)
    from_story = (f" ✦ marks a day whose year was taken from the story it reports, its undated article naming only "
                  f"the month and day ({plural(len(inferred), 'mark')})." if len(inferred) else "")
    note(f"{len(shown) + len(inferred)} mark(s) in {len(lanes)} lane(s). {MARKS[basis]}{from_story} "
         "An event naming two companies appears in both lanes. Click a mark to read it in context.")
    if not_drawn:
        st.caption(f"Only the {len(shown):,} most recent marks are drawn; {not_drawn:,} earlier ones are not. "
                   "Narrow the dates or companies in the sidebar to see them, or draw the density. "
                   "The table lists every event.")
    lanes_left_out(len(lanes), hidden, "events", view.filters.companies)
    points = chosen.selection.get("points", []) if chosen else []
    if points and points[0].get("customdata"):
        doc_id, sent_id = points[0]["customdata"][:2]
        try:
            st.switch_page(READER_PAGE, query_params=reader_query_params(doc_id, sent_id, shared_filters_now()))
        except StreamlitAPIException:
            st.warning("The Reader page is not available in this app, so the event cannot be opened.")


def marks_figure(drawn: pd.DataFrame, lanes, title: str):
    """The marks chart, opening on their dense mass unless the user chose the dates."""
    opening = view_date_range(drawn[BAR_START], drawn[BAR_STOP], trim=not view.filters.has_dates)
    return timeline_figure(drawn, lanes, company_colors(), title, opening)


def show_density() -> None:
    density = timeline_density(view.events, index, basis, view.filters.companies,
                               trim_dates=not view.filters.has_dates)
    size, lanes = density.cell_size, density.lanes
    title = f"Events per company per {size}, placed at {PLACED_AT[basis]}"
    plot(lambda: density_figure(density.cells, lanes, company_colors(), title, size, density.date_range), PAGE,
         "event-density", view, key=DENSITY_CHART, on_select=zoom_to_dragged_period, selection_mode="box",
         varies_with=(basis,))
    caption(view)
    longer = density.total - density.within
    note(f"{density.total:,} mark(s) in {len(lanes)} lane(s), counted per {CELL_WORDS[size]}: "
         f"{density.within:,} dated within one {size} set the colour; {longer:,} dated only to a longer period "
         f"({LONGER_WORDS[size]}) are named in the hover of each {size} they cover. An event naming two "
         "companies counts in both lanes. Drag across a period to zoom into it: the sidebar's dates "
         "narrow to it, and its marks are drawn once few enough are in view.")
    if draw == DRAW_AUTO:
        st.caption(f"Counts, not marks: {n_marks:,} marks are more than the {MAX_MARKS:,} drawn one by one. "
                   "Drag across a period, or narrow the dates or companies, to see each event, or choose marks above.")
    lanes_left_out(len(lanes), density.hidden_lanes, "events", view.filters.companies)


def show_stories() -> None:
    in_view = stories_of_view(current_corpus(), view)
    marks = view_story_marks(current_corpus(), view)     # the marks of ``in_view``
    lanes = marks.lanes
    chosen = chart_or_note(marks.rows, f"No stories in the current view ({escape_markdown(view.filters.describe())}).",
                           lambda: stories_figure(marks.rows, lanes, company_colors(),
                                                  "Stories by company, at the date they report",
                                                  story_date_range(marks.rows, trim=not view.filters.has_dates)),
                           PAGE, "stories", view, key="timeline-stories", on_select="rerun", selection_mode="points")
    if chosen is None:
        return
    note(f"{plural(len(in_view), 'story', 'stories')} in {len(lanes)} lane(s), sized by the number of articles that "
         "report each (over the whole corpus). Click a circle to open its card on the Stories page.")
    story_marks_left_out(marks, view.filters.companies)
    points = chosen.selection.get("points", []) if chosen else []
    if points and points[0].get("customdata"):
        st.switch_page(STORIES_PAGE, query_params=story_query_params(points[0]["customdata"][0],
                                                                     shared_filters_now()))


def show_unknown_years() -> None:
    """Events whose year nothing settles cannot sit on the time axis: listed with their month and day."""
    unknown = unknown_year_events(view.events, view.documents, years)
    if unknown.empty:
        return
    st.subheader(f"{plural(len(unknown), 'event')} whose year is not known")
    st.caption("Their articles carry no publication date and name only a month and day (\"3月5日\", \"on July 11\"). "
               + ("No story dated by other articles fits them, or stories of different years do, so they are not "
                  "on the chart." if years is not None else
                  "They are not on the chart. Stories are not grouped yet for this corpus: open the Stories page "
                  "and some may take the year of the story they report.")
               + " Open one in the Reader to judge its year.")
    unknown[READER_URL] = reader_links(unknown, "", shared_filters_now())
    st.dataframe(unknown, hide_index=True, width="stretch", column_config=UNKNOWN_YEAR_LABELS,
                 column_order=[MONTH_DAY_LABEL, Event.DATE_TEXT, Event.COMPANIES, Event.SENTENCE, READER_URL,
                               OUTLET, TITLE])
    csv_download(unknown[UNKNOWN_YEAR_COLUMNS], PAGE, "events-year-unknown", view, key="csv-year-unknown")


if show == SHOW_STORIES:
    show_stories()
elif not n_marks:
    st.info(f"No dated events match the current filters ({escape_markdown(view.filters.describe())}). "
            "Widen the date range or clear some filters in the sidebar.")
elif draw == DRAW_DENSITY or (draw == DRAW_AUTO and n_marks > MAX_MARKS):
    show_density()
else:
    show_marks()
show_unknown_years()

st.subheader("Events")
# Year-less days their story dated are listed with that date and say so, as the chart draws them.
listed = years.dated(view.events) if years is not None else view.events
table = event_table(listed, view.documents, index, MAX_TABLE_ROWS)
n_events = len(view.events)
if table.empty:
    st.info("No events in the filtered documents.")
else:
    st.dataframe(table, hide_index=True, width="stretch", column_config=TABLE_LABELS)
    if len(table) < n_events:
        # Every row is serialised and sent on each rerun: 200,000 events cost seconds and megabytes.
        st.caption(f"Showing the {len(table):,} most recent of {n_events:,} events, oldest first "
                   "(the CSV has all). Narrow the dates or companies in the sidebar to list the others.")
    csv_download(lambda: event_table(listed, view.documents, index), PAGE, "events", view)
