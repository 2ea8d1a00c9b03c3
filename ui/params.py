"""Every URL parameter of the dashboard, named once: the widgets bound to the URL, the links built
to a page and the checks of a link's values all take their names from here.

A copied address is a promise to whoever it was shared with, so a name here does not change. The
link builders are pure functions of the values the caller read from ``st.query_params``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import quote, urlencode

import pandas as pd
import streamlit as st

from lib.schema import Sent

# The shared filters of the sidebar (app.py), in the order a link carries them.
COMPANY = "company"
DATES = "dates"
OUTLET = "outlet"
DOCS = "docs"
EVENT_TYPE = "type"
SHARED_FILTERS = (COMPANY, DATES, OUTLET, DOCS, EVENT_TYPE)
# Those bound to a widget (bind="query-params"): st.switch_page refuses them, and their widgets put
# them back in the URL by themselves. ``docs`` is kept in the URL by hand (its widget shows labels).
WIDGET_BOUND = (COMPANY, DATES, OUTLET, EVENT_TYPE)

# Reader: the document, the sentence to open it at, and a search in it.
DOC = "doc"
SENT = "sent"
SEARCH = "q"
# Timeline: place events at their own dates or their articles' publication dates; draw each event
# or counts per week or month (``DRAW_AUTO`` draws counts when there are too many marks).
BASIS = "basis"
DRAW = "draw"
DRAW_AUTO, DRAW_MARKS, DRAW_DENSITY = "auto", "marks", "density"
DRAWINGS = (DRAW_AUTO, DRAW_MARKS, DRAW_DENSITY)
# Companies: the companies compared when the sidebar names fewer than two.
COMPARE = "compare"
# Keywords: term weighting, extra stopwords, merged languages, the two companies, the term in context.
WEIGHT = "weight"
EXTRA_STOPWORDS = "stop"
MERGE = "merge"
COMPANY_A = "a"
COMPANY_B = "b"
TERM = "term"
# Corpus: the open tab.
TAB = "tab"
# Stories: the story whose card is open, the list's order, the language story titles are shown in.
STORY = "story"
STORY_SORT = "sort"
TITLE_LANGUAGE = "lang"
# Timeline: draw events or stories.
SHOW = "show"
SHOW_EVENTS, SHOW_STORIES = "events", "stories"
SHOWINGS = (SHOW_EVENTS, SHOW_STORIES)
# Search: what is searched across every article.
FIND = "find"

# The page scripts (st.Page): a page's address is its script's name, e.g. /reader.
OVERVIEW_PAGE = "app_pages/overview.py"
TIMELINE_PAGE = "app_pages/timeline.py"
COMPANIES_PAGE = "app_pages/companies.py"
KEYWORDS_PAGE = "app_pages/keywords.py"
READER_PAGE = "app_pages/reader.py"
STORIES_PAGE = "app_pages/stories.py"
SEARCH_PAGE = "app_pages/search.py"
CORPUS_PAGE = "app_pages/corpus.py"
READER_PATH = "reader"  # the Reader's address, relative to the app's
READER_URL = "reader_url"  # the column of Reader links beside the lines of a concordance


def reader_query_params(
    doc_id: str, sent_id, current: Mapping[str, Sequence[str]], bound: Sequence[str] = WIDGET_BOUND,
) -> dict[str, str | list[str]]:
    """URL parameters for ``st.switch_page`` or ``st.page_link`` that open the Reader at one
    sentence (at the top when ``sent_id`` is None), filters kept.

    ``current`` maps parameter names to their values in the URL now (``st.query_params.get_all``).
    The shared filters are carried over when set, except the ``bound`` ones, which Streamlit
    refuses in ``switch_page`` and which their sidebar widgets restore by themselves.
    """
    params = _unbound_filters(current, bound)
    params[DOC] = str(doc_id)
    if sent_id is not None and not pd.isna(sent_id):
        params[SENT] = str(sent_id)
    return params


def story_query_params(
    story_id: str, current: Mapping[str, Sequence[str]], bound: Sequence[str] = WIDGET_BOUND,
) -> dict[str, str | list[str]]:
    """URL parameters that open the Stories page at one story's card, filters kept (as the Reader's)."""
    params = _unbound_filters(current, bound)
    params[STORY] = str(story_id)
    return params


def _unbound_filters(current: Mapping[str, Sequence[str]], bound: Sequence[str]) -> dict[str, str | list[str]]:
    return {name: list(current[name]) for name in SHARED_FILTERS
            if name not in bound and name in current and list(current[name])}


def reader_links(lines: pd.DataFrame, term: str, shared: Mapping[str, Sequence[str]]) -> pd.Series:
    """For each line (``Sent.DOC_ID``, ``Sent.SENT_ID``): the Reader's address at that sentence,
    searching ``term`` (when one is given), with the shared filters set now, so the article opens in the view it was
    found in."""
    search = f"&{SEARCH}=" + quote(term.strip()) if term.strip() else ""
    return (f"{READER_PATH}?{DOC}=" + lines[Sent.DOC_ID].map(quote) + f"&{SENT}="
            + lines[Sent.SENT_ID].astype(str) + search + shared_query(shared))


def shared_query(shared: Mapping[str, Sequence[str]]) -> str:
    """``&company=A&dates=…`` for the shared filters that are set, in ``SHARED_FILTERS`` order."""
    pairs = [(name, value) for name in SHARED_FILTERS for value in shared.get(name, ()) if value]
    return "&" + urlencode(pairs) if pairs else ""


def shared_filters_now() -> dict[str, list[str]]:
    """The shared filters' values in the URL now, by parameter name."""
    return {name: st.query_params.get_all(name) for name in SHARED_FILTERS}
