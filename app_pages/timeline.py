"""Timeline: dated events in one lane per company; click a mark to read its sentence in context."""

from __future__ import annotations

import streamlit as st
from streamlit.errors import StreamlitAPIException

from lib.analyze.timeline import (
    BASES,
    EVENT_DATE,
    MAX_TABLE_ROWS,
    PUBLICATION_DATE,
    event_table,
    timeline_marks,
)
from lib.charts.timeline import timeline_figure
from lib.markup import escape_markdown
from ui.params import BASIS, READER_PAGE, reader_query_params, shared_filters_now
from ui.session import company_colors, current_view
from ui.shared import (
    caption,
    csv_download,
    current_index,
    note,
    plot,
    report_download,
    stop_if_empty,
)

PAGE = "timeline"
TABLE_LABELS = {"date_text": "date words", "event_type": "type", "doc_id": "document id", "sent_id": "sentence no.",
                "planned": st.column_config.CheckboxColumn("plan", help="Dated after the article's publication: "
                                                           "a plan, forecast or schedule, not yet done.")}
MARKS = {
    EVENT_DATE: "Bars span the period a date names (week, month, quarter, half year, year); ◆ marks an exact day. "
                "In each lane, years sit highest and days lowest. Hatched bars and open ◇ are plans: "
                "dated after their article's publication.",
    PUBLICATION_DATE: "Bars span each document's publication period; ◆ marks a document dated to the day.",
}
PLACED_AT = {EVENT_DATE: "their event dates", PUBLICATION_DATE: "their documents' publication dates"}

view = current_view()
stop_if_empty(view)
st.title("Timeline")
report_download("Timeline", PAGE, view)
basis = st.radio("Place events at", BASES, horizontal=True, key=BASIS, bind="query-params",
                 help="Event date: the period the sentence's own date names. "
                      "Publication date: when the article reporting it was published.") or EVENT_DATE
index = current_index()
marks = timeline_marks(view.events, view.documents, index, basis, view.filters.companies)

if not marks.total:
    st.info(f"No dated events match the current filters ({escape_markdown(view.filters.describe())}). "
            "Widen the date range or clear some filters in the sidebar.")
else:
    lanes, hidden, shown, not_drawn = marks.lanes, marks.hidden_lanes, marks.rows, marks.not_drawn
    title = f"Events by company, placed at {PLACED_AT[basis]}"
    chosen = plot(timeline_figure(shown, lanes, company_colors(), title), PAGE, "events", view,
                  key="timeline", on_select="rerun", selection_mode="points")
    caption(view)
    note(f"{len(shown)} mark(s) in {len(lanes)} lane(s). {MARKS[basis]} "
         "An event naming two companies appears in both lanes. Click a mark to read it in context.")
    if not_drawn:
        st.caption(f"Only the {len(shown):,} most recent marks are drawn; {not_drawn:,} earlier ones are not. "
                   "Narrow the dates or companies in the sidebar to see them. The table lists every event.")
    if hidden:
        st.caption(f"Showing the {len(lanes)} companies with the most events; {hidden} more are hidden. "
                   "Choose companies in the sidebar to see their lanes.")
    points = chosen.selection.get("points", []) if chosen else []
    if points and points[0].get("customdata"):
        doc_id, sent_id = points[0]["customdata"][:2]
        try:
            st.switch_page(READER_PAGE, query_params=reader_query_params(doc_id, sent_id, shared_filters_now()))
        except StreamlitAPIException:
            st.warning("The Reader page is not available in this app, so the event cannot be opened.")

st.subheader("Events")
table = event_table(view.events, view.documents, index, MAX_TABLE_ROWS)
n_events = len(view.events)
if table.empty:
    st.info("No events in the filtered documents.")
else:
    st.dataframe(table, hide_index=True, width="stretch", column_config=TABLE_LABELS)
    if len(table) < n_events:
        # Every row is serialised and sent on each rerun: 200,000 events cost seconds and megabytes.
        st.caption(f"Showing the {len(table):,} most recent of {n_events:,} events, oldest first "
                   "(the CSV has all). Narrow the dates or companies in the sidebar to list the others.")
    csv_download(lambda: event_table(view.events, view.documents, index), PAGE, "events", view)
