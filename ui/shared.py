"""What every page does the same way: caption charts, offer downloads, collect the report.

Every chart, caption and table a page draws through these helpers is also collected for the
page's report (``report_download``): one HTML file of the current view, built on click.

Document text never reaches ``unsafe_allow_html`` from here: captions and messages go through
Streamlit's plain-text elements.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.corpus_sql import CorpusTables
from lib.analyze.filters import View
from lib.analyze.filters import file_stem as filters_file_stem
from lib.analyze.story_views import StoryMarks
from lib.charts.provenance import WRAP_CHARS, WRAP_CHARS_NARROW, Provenance, provenance_of, self_describing
from lib.markup import escape_markdown, plural
from lib.render.report_html import ReportSection, report_html
from lib.write.spreadsheet import csv_bytes
from ui.cache import corpus_index, corpus_sql_tables
from ui.params import CORPUS_PAGE
from ui.session import current_corpus, report_sections
from ui.view_cache import view_figure


def current_index() -> CorpusIndex:
    """The current corpus's precomputed rows (``lib.analyze.corpus_index``), shared by every page."""
    return corpus_index(current_corpus())


def current_tables() -> CorpusTables:
    """The current corpus's frames as Arrow tables for DuckDB (``lib.analyze.corpus_sql``), shared by every page."""
    return corpus_sql_tables(current_corpus())


def stop_if_empty(view: View, what: str = "documents") -> None:
    """A clear message instead of an empty chart when the folder or the filters leave nothing."""
    if view.all_documents.empty:
        st.info("This corpus folder has no articles yet. Add .txt, .md or .html files (or a .zip of them) "
                "on the Corpus page, or start the dashboard on another folder.")
        st.page_link(CORPUS_PAGE, label="Add articles on the Corpus page", icon=":material/upload_file:")
        st.stop()
    if view.is_empty:
        st.info(f"No {what} match the current filters ({escape_markdown(view.filters.describe())}). "
                "Widen the date range or clear some filters in the sidebar.")
        st.stop()


def caption(view: View) -> None:
    note(view.caption())


def note(text: str) -> None:
    """A caption under the last chart or table, in the page and in its report (``text`` is plain)."""
    st.caption(escape_markdown(text))
    sections = report_sections()
    if sections:
        sections[-1].captions.append(text)


def story_marks_left_out(marks: StoryMarks, chosen: tuple[str, ...] = ()) -> None:
    """Say which marks and company lanes a chart of stories leaves out, and how to see them."""
    if marks.not_drawn:
        st.caption(f"The {len(marks.rows):,} most corroborated marks are drawn; {marks.not_drawn:,} more are not. "
                   "Narrow the dates or companies in the sidebar to see them.")
    lanes_left_out(len(marks.lanes), marks.hidden_lanes, "stories", chosen)


def lanes_left_out(shown: int, hidden: int, marked: str, chosen: tuple[str, ...] = ()) -> None:
    """Say how many company lanes a chart leaves out, and why: the filters chose the lanes (``chosen``), or
    only the companies with the most ``marked`` ("events", "stories") get one."""
    if not hidden:
        return
    others = plural(hidden, "other company", "other companies")
    if chosen:
        st.caption(f"Showing the {plural(shown, 'lane')} of the companies chosen in the sidebar; {others} named in "
                   f"these {marked} {'has' if hidden == 1 else 'have'} no lane. Add them in the sidebar to see theirs.")
    else:
        st.caption(f"Showing the {plural(shown, 'company', 'companies')} with the most {marked}; {others} "
                   f"{'has' if hidden == 1 else 'have'} no lane. Choose companies in the sidebar to see their lanes.")


def report_table(heading: str, frame: pd.DataFrame | Callable[[], pd.DataFrame]) -> None:
    """A table for the report only (the page shows it its own way); a function is called on click."""
    report_sections().append(ReportSection(heading=heading, table=frame))  # type: ignore[arg-type]


def report_image(heading: str, image: bytes, alt: str, captions: list[str]) -> None:
    report_sections().append(ReportSection(heading=heading, image_png=image, image_alt=alt, captions=list(captions)))


def report_download(title: str, page: str, view: View) -> None:
    """One click: the page's charts, captions, filters and tables as one offline HTML file.

    Built when clicked, from the sections this run collects (also those drawn after the button).
    Downloads never rerun the page (``on_click="ignore"``): a rerun redraws nothing new, and the
    rerun Streamlit starts on a click by default races the request for the deferred file (a
    report click was once seen to yield no file within 60 s on a loaded machine)."""
    sections = report_sections()
    filters = provenance(view).text()
    stem = file_stem(page, view, f"report-{date.today().isoformat()}")
    st.download_button(
        "Download report (HTML)",
        lambda: report_html(title, [_resolved(section) for section in sections], filters).encode("utf-8"),
        file_name=stem + ".html", mime="text/html", key=f"report-{page}", icon=":material/description:",
        on_click="ignore",
        help="The charts (interactive, working offline), their captions, the filters and the tables of this "
             "page as one HTML file.")


def _resolved(section: ReportSection) -> ReportSection:
    return replace(section, table=section.table()) if callable(section.table) else section


def file_stem(page: str, view: View, what: str) -> str:
    return filters_file_stem(page, what, view.filters)


def provenance(view: View) -> Provenance:
    """What a shared image must say about itself: counts, dates, filters, corpus, today's date."""
    root = current_corpus().root
    return provenance_of(view, Path(root).name if root else "corpus", date.today().isoformat())


def plot(fig, page: str, what: str, view: View, key: str | None = None, on_select=None, narrow: bool = False,
         varies_with: tuple = (), **kwargs):
    """A Plotly chart that explains itself: the provenance block is drawn into the figure, so the
    camera button's 3× PNG (named after the page and the filters) and any screenshot carry it.
    ``narrow``: the chart sits in a half-width column, so the block wraps into shorter lines.
    ``fig`` may be a function building the figure from the corpus, the view's filters and the
    values in ``varies_with`` alone (a page's own settings: compared companies, a weighting): it
    is then built once per corpus version, filters, chart and those values
    (``ui.view_cache.view_figure``)."""
    width = WRAP_CHARS_NARROW if narrow else WRAP_CHARS
    if callable(fig):
        chart = f"{page}/{what}" + (f"/{varies_with!r}" if varies_with else "")
        fig = view_figure(current_corpus(), view, chart, fig, provenance(view), width)
    else:
        fig = self_describing(fig, provenance(view), width)
    report_sections().append(ReportSection(figure=fig))
    config = {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "scale": 3, "filename": file_stem(page, view, what)},
    }
    if on_select is None:
        return st.plotly_chart(fig, config=config, key=key, **kwargs)
    return st.plotly_chart(fig, config=config, key=key, on_select=on_select, **kwargs)


def chart_or_note(answer: pd.DataFrame, empty_note: str, fig, page: str, what: str, view: View, **plot_options):
    """The chart ``fig`` builds of ``answer`` (``plot``, given ``plot_options``) with the view's caption under
    it, or ``empty_note`` when ``answer`` has no rows. What ``plot`` returned (with ``on_select``, the chart's
    selection), None when the note was shown."""
    if answer.empty:
        st.info(empty_note)
        return None
    chart = plot(fig, page, what, view, **plot_options)
    caption(view)
    return chart


def csv_download(frame: pd.DataFrame | Callable[[], pd.DataFrame], page: str, what: str, view: View,
                 key: str | None = None) -> None:
    """A CSV download of ``frame``, or of what ``frame()`` returns when it is a function; cells a
    spreadsheet would run as formulas get a leading apostrophe (``lib.write.spreadsheet``)."""
    # A callable defers building the CSV to the click: on a large corpus it would cost seconds a rerun.
    report_table(what[:1].upper() + what[1:].replace("-", " "), frame)
    st.download_button(
        f"Download {what} (CSV)",
        lambda: csv_bytes(frame() if callable(frame) else frame),
        file_name=file_stem(page, view, what) + ".csv",
        mime="text/csv",
        key=key or f"csv-{page}-{what}",
        on_click="ignore",
    )


def table_or_note(frame: pd.DataFrame, empty_note: str, page: str, what: str, view: View, key: str | None = None,
                  **table_options) -> bool:
    """``frame`` as a full-width table with its CSV download (``csv_download``), or ``empty_note`` when it
    has no rows; ``table_options`` go to ``st.dataframe`` (height, column_config). True when the table was shown."""
    if frame.empty:
        st.info(empty_note)
        return False
    st.dataframe(frame, hide_index=True, width="stretch", **table_options)
    csv_download(frame, page, what, view, key=key)
    return True
