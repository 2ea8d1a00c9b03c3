"""News-intelligence dashboard: the frame every page shares.

It picks the corpus folder, loads the parsed corpus through the cache, draws the shared filters
in the sidebar (bound to the URL so a copied link reproduces the view), and runs the chosen page.
"""

from __future__ import annotations

import argparse
import os
import runpy
import sys
from datetime import date
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.runtime.state import query_params as streamlit_query_params

from lib.analyze.filters import DATE_RULE, Filters, corpus_documents_words
from lib.analyze.link_limits import dropped_link, dropped_link_notice
from lib.analyze.options import FilterOptions
from lib.markup import escape_markdown, escaped_prefix
from ui import params
from ui.cache import corpus_company_colors, corpus_filter_options, filtered_view, load_corpus
from ui.session import DOCS_PICKER, init_docs_picker, start_run, url_notices

APP_DIR = Path(__file__).resolve().parent
DEFAULT_CORPUS = APP_DIR / "seeds"
PAGES = [
    (params.OVERVIEW_PAGE, "Overview", ":material/dashboard:"),
    (params.TIMELINE_PAGE, "Timeline", ":material/timeline:"),
    (params.STORIES_PAGE, "Stories", ":material/hub:"),
    (params.COMPANIES_PAGE, "Companies", ":material/compare_arrows:"),
    (params.KEYWORDS_PAGE, "Keywords", ":material/cloud:"),
    (params.SEARCH_PAGE, "Search", ":material/search:"),
    (params.READER_PAGE, "Reader", ":material/article:"),
    (params.CORPUS_PAGE, "Corpus", ":material/folder_open:"),
]


def corpus_dir() -> Path:
    """``streamlit run app.py -- --corpus DIR``, else $CORPUS_DIR, else the bundled seeds."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus")
    known, _ = parser.parse_known_args(sys.argv[1:])
    return Path(known.corpus or os.environ.get("CORPUS_DIR") or DEFAULT_CORPUS).expanduser()


# Streamlit's limits on a page URL's query string, past which it ignores all of it.
URL_MAX_VALUES = getattr(streamlit_query_params, "CLIENT_STATE_QUERY_STRING_MAX_FIELDS", 1000)
URL_MAX_CHARS = getattr(streamlit_query_params, "CLIENT_STATE_QUERY_STRING_MAX_LENGTH", 512 * 1024)


def report_unknown_url_values(options: FilterOptions) -> None:
    """Streamlit drops URL values a widget does not offer; say so instead of doing it silently."""
    allowed = {
        params.COMPANY: options.companies, params.OUTLET: options.outlets,
        params.DOCS: options.documents, params.EVENT_TYPE: options.event_types,
    }
    notices = url_notices()
    _note_dropped_link(notices)
    for param, valid in allowed.items():
        for value in st.query_params.get_all(param):
            if value and value not in valid:
                notice = f"Ignored {param}={escaped_prefix(value)} from the link: not in this corpus."
                if notice not in notices:
                    notices.append(notice)
    dates = st.query_params.get_all(params.DATES)
    if dates and not _valid_date_range(dates, options):
        notice = (f"Ignored {params.DATES}={escaped_prefix(','.join(dates))} from the link: "
                  "not a range within this corpus's dates.")
        if notice not in notices:
            notices.append(notice)
    for notice in notices:
        st.sidebar.warning(notice, icon=":material/link_off:")


def _note_dropped_link(notices: list[str]) -> None:
    """Streamlit ignores a whole query string over its limits, so st.query_params is empty: read
    the raw one the browser sent (the run context keeps it) to say what was lost."""
    ctx = get_script_run_ctx()
    dropped = dropped_link(getattr(ctx, "query_string", "") or "", URL_MAX_VALUES, URL_MAX_CHARS)
    if dropped is not None:
        notice = dropped_link_notice(dropped, URL_MAX_VALUES, URL_MAX_CHARS)
        if notice not in notices:
            notices.append(notice)


def _valid_date_range(values: list[str], options: FilterOptions) -> bool:
    try:
        days = [date.fromisoformat(value) for value in values]
    except ValueError:
        return False
    if not (options.first_day and options.last_day) or len(days) != 2 or days[0] > days[1]:
        return False
    return all(options.first_day <= day <= options.last_day for day in days)


def sidebar_filters(options: FilterOptions) -> Filters:
    side = st.sidebar
    side.header("Filters")
    # Bound widgets show plain values: Streamlit writes the displayed label into the URL, and a
    # label with a count in it would break shared links as soon as the corpus grows.
    companies = side.multiselect(
        "Companies", list(options.companies), key=params.COMPANY, bind="query-params",
        help="Documents that name any of these companies; listed by mentions, most first.")
    side.caption("Mentions: " + " · ".join(f"{name} {count}" for name, count in list(options.companies.items())[:8]))
    start = end = None
    if options.first_day and options.last_day:
        span = (options.first_day, options.last_day)
        picked = side.date_input("Dates", value=span, min_value=span[0], max_value=span[1],
                                 key=params.DATES, bind="query-params",
                                 help=f"Keeps {DATE_RULE}: an article of 2025 that tells what "
                                      "happened in 2023 answers a question about 2023.")
        if isinstance(picked, tuple | list) and len(picked) == 2 and tuple(picked) != span:
            start, end = picked
    outlets = side.multiselect("Outlets", list(options.outlets), key=params.OUTLET, bind="query-params")
    doc_ids = document_picker(options)
    event_types = side.multiselect("Event types", list(options.event_types), key=params.EVENT_TYPE,
                                   bind="query-params")
    return Filters(tuple(companies), start, end, tuple(outlets), tuple(doc_ids), tuple(event_types))


def document_picker(options: FilterOptions) -> list[str]:
    """Documents by readable label, kept in the URL by stable id (``?docs=ID``)."""
    init_docs_picker([d for d in st.query_params.get_all(params.DOCS) if d in options.documents])
    chosen = st.sidebar.multiselect("Documents", list(options.documents), key=DOCS_PICKER,
                                    format_func=lambda doc_id: options.documents.get(doc_id, doc_id))
    if chosen:
        st.query_params[params.DOCS] = chosen
    elif params.DOCS in st.query_params:
        del st.query_params[params.DOCS]
    return chosen


def overview_alias() -> None:
    """``/overview`` opens the Overview: Streamlit serves the default page at ``/`` only and would
    answer its own name with a "Page not found" pop-up."""
    runpy.run_path(str(APP_DIR / PAGES[0][0]), run_name="__main__")


def main() -> None:
    st.set_page_config(page_title="News intelligence · China internet & AI", page_icon=":material/newspaper:",
                       layout="wide")
    # Navigation first: while a large folder is parsed the sidebar already lists the pages by name.
    # The default page is served at "/"; its own pathname ("index") leaves "overview" to the alias.
    pages = [st.Page(path, title=title, icon=icon, default=(i == 0), url_path="index" if i == 0 else None)
             for i, (path, title, icon) in enumerate(PAGES) if (APP_DIR / path).exists()]
    page = st.navigation(pages + [st.Page(overview_alias, title="Overview", url_path="overview",
                                          visibility="hidden")])
    root = corpus_dir()
    if not root.is_dir():
        st.error(f"The corpus folder {escape_markdown(root)} does not exist. "
                 "Start with `-- --corpus DIR` or set CORPUS_DIR.")
        st.stop()
    corpus = load_corpus(root)
    options = corpus_filter_options(corpus)
    st.sidebar.caption(f"Corpus folder: {escape_markdown(root)} · {corpus_documents_words(corpus.documents)}")
    report_unknown_url_values(options)
    filters = sidebar_filters(options)
    start_run(corpus, corpus_company_colors(corpus), filtered_view(corpus, filters))
    page.run()


main()
