"""Session state: every key the dashboard keeps in ``st.session_state``, and the only code that
writes them.

app.py starts each run with ``start_run`` (the corpus, its company colours, the filtered view and
an empty report); the pages read them back with ``current_view`` and the like. The keys a page
keeps between its own reruns (the Reader's pickers, the Corpus page's messages) live here too, so a
newcomer finds in one place what a session remembers. Widgets bound to the URL use the parameter
names of ``ui.params`` as their keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    from lib.analyze.filters import View
    from lib.pipeline.corpus import Corpus
    from lib.render.report_html import ReportSection

# Set by app.py on every run, before the page runs.
VIEW = "_view"
CORPUS = "_corpus"
COLORS = "_company_colors"
REPORT = "_report_sections"
# The sidebar: notices about link values that were dropped, and the document picker (it shows
# labels, so it is kept in the URL's ``docs`` by hand rather than bound to it).
URL_NOTICES = "_url_notices"
DOCS_PICKER = "docs_picker"
# Reader: the document and "Jump to" pickers, and the notice about a link's unknown document.
READER_DOC = "reader_doc"
READER_JUMP = "reader_jump"
READER_NOTICE = "_reader_notice"
# Corpus: messages to show after the rerun a write triggers, and the round of its upload widgets.
CORPUS_FLASH = "_corpus_flash"
CORPUS_ROUND = "_corpus_round"


def start_run(corpus: Corpus, colors: dict[str, str], view: View) -> None:
    """What every page reads this run; the page's report starts empty."""
    st.session_state[CORPUS] = corpus
    st.session_state[COLORS] = colors
    st.session_state[VIEW] = view
    st.session_state[REPORT] = []


def current_view() -> View:
    return st.session_state[VIEW]


def current_corpus() -> Corpus:
    return st.session_state[CORPUS]


def company_colors() -> dict[str, str]:
    return st.session_state[COLORS]


def report_sections() -> list[ReportSection]:
    return st.session_state.setdefault(REPORT, [])


def url_notices() -> list[str]:
    """Notices about a link's values, kept for the session so they stay after the next rerun."""
    return st.session_state.setdefault(URL_NOTICES, [])


def init_docs_picker(doc_ids: list[str]) -> None:
    """The document picker starts from the link's ``docs`` on the session's first run."""
    if DOCS_PICKER not in st.session_state:
        st.session_state[DOCS_PICKER] = doc_ids


def set_value(key: str, value) -> None:
    """Set a widget's value (``key`` one of the keys above) before the widget is drawn."""
    st.session_state[key] = value


def value(key: str, default=None):
    return st.session_state.get(key, default)


def forget(*keys: str) -> None:
    for key in keys:
        st.session_state.pop(key, None)


def flash(level: str, text: str, table=None) -> None:
    """A Corpus page message to show after the rerun that a write triggers."""
    st.session_state.setdefault(CORPUS_FLASH, []).append((level, text, table))


def pop_flashes() -> list:
    return st.session_state.pop(CORPUS_FLASH, [])


def corpus_round() -> int:
    return st.session_state.get(CORPUS_ROUND, 0)


def next_corpus_round() -> None:
    """A fresh round of the Corpus page's widgets (uploads, picks): new keys start empty."""
    st.session_state[CORPUS_ROUND] = corpus_round() + 1
