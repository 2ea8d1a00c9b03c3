"""Reader: one document with its companies, products and people highlighted and its event dates marked.

A link opens it exactly: ``?doc=ID`` picks the document, ``&sent=N`` opens it at a sentence,
``&q=word`` searches it. Document text only reaches the page as escaped HTML or as data.
"""

from __future__ import annotations

import streamlit as st

from lib.analyze.reader import (
    Opening,
    choose_document,
    companies_named,
    document_metadata,
    has_year_less_days,
    hit_count_label,
    jump_choices,
    parse_sentence_id,
    removed_blocks,
    search_hits,
    sentence_with_badge,
)
from lib.markup import escape_markdown, escaped_prefix
from lib.render.reader_html import callout_html, legend_html, metadata_html, reader_html
from lib.schema import Doc, Sent
from ui import session
from ui.params import DOC, SEARCH, SENT
from ui.session import READER_DOC, READER_JUMP, READER_NOTICE, company_colors, current_corpus, current_view
from ui.shared import caption, csv_download, current_index, report_download, report_table, stop_if_empty
from ui.story_cache import corpus_stories, stories_at_hand

PAGE = "reader"
# Beyond this many hits the count is still exact but only the first ones are marked.
MAX_MARKED_HITS = 20_000


def on_pick_document() -> None:
    st.query_params[DOC] = session.value(READER_DOC)
    if SENT in st.query_params:
        del st.query_params[SENT]
    session.forget(READER_JUMP, READER_NOTICE)


def on_jump() -> None:
    sent = session.value(READER_JUMP)
    if sent is not None:
        st.query_params[SENT] = str(sent)
    elif SENT in st.query_params:
        del st.query_params[SENT]


def forget_sentence_and_search() -> None:
    """The link's sentence and search belonged to a document that is gone: drop them."""
    for param in (SENT, SEARCH):
        if param in st.query_params:
            del st.query_params[param]
    session.forget(SEARCH, READER_JUMP)


def pick_document(view, corpus) -> str | None:
    """The document to show: from ``?doc=``, else the first of the view; notices say why."""
    requested = st.query_params.get(DOC)
    choice = choose_document(requested, view.documents[Doc.DOC_ID].tolist(),
                             corpus.documents[Doc.DOC_ID].tolist())
    if choice.opening == Opening.UNKNOWN:
        notice = (f"The link names document {escaped_prefix(requested)}, which is not in "
                  "this corpus (it may have been moved to the trash)"
                  + ("; showing the first document instead, without the link's sentence "
                     "and search." if choice.doc_id else "."))
        session.set_value(READER_NOTICE, notice)
        forget_sentence_and_search()
    if session.value(READER_NOTICE):
        st.warning(session.value(READER_NOTICE), icon=":material/link_off:")
    if choice.doc_id is None:
        stop_if_empty(view)
        st.stop()
    labels = current_index().document_labels
    session.set_value(READER_DOC, choice.doc_id)
    doc_id = st.selectbox("Document", list(choice.choices), key=READER_DOC, on_change=on_pick_document,
                          format_func=lambda d: labels.get(d, d))
    st.query_params[DOC] = doc_id
    if choice.opening == Opening.OUTSIDE_FILTERS:
        st.info(f"This document is outside the current filters ({escape_markdown(view.filters.describe())}); "
                "it is open because the link names it.", icon=":material/filter_alt_off:")
    return doc_id


def pick_sentence(sentences, events) -> int | None:
    """The sentence from ``?sent=``, and a "Jump to" picker over the event sentences that sets it."""
    raw = st.query_params.get(SENT)
    sent = parse_sentence_id(raw, sentences)
    if raw is not None and sent is None:
        st.warning(f"Sentence {escape_markdown(raw)} from the link is not in this document.")
    choices = jump_choices(events, sentences)
    session.set_value(READER_JUMP, sent if sent in choices else None)
    st.selectbox("Jump to an event sentence", [None, *choices], key=READER_JUMP, on_change=on_jump,
                 format_func=lambda s: "— choose a sentence with a dated event —" if s is None else choices[s],
                 disabled=not choices, placeholder="Choose a sentence with a dated event",
                 help="Opens the document at that sentence (kept in the link as sent=N).")
    return sent


view = current_view()
corpus = current_corpus()
st.header("Reader")
doc_id = pick_document(view, corpus)
index = current_index()
document = index.rows_of("documents", doc_id).iloc[0]
sentences = index.rows_of("sentences", doc_id)
mentions = index.rows_of("mentions", doc_id)
events = index.rows_of("events", doc_id)
if has_year_less_days(events) and stories_at_hand(corpus):
    events = corpus_stories(corpus).years.dated(events)  # the years their stories gave them, said so
text = str(document[Doc.TEXT])

report_download(f"Reader: {document[Doc.TITLE] or doc_id}", PAGE, view)
metadata = document_metadata(document, len(mentions), len(events))
st.html(metadata_html(metadata, str(document[Doc.URL] or "")))
report_table("Document", metadata)
report_table("Sentences", sentences[[Sent.SENT_ID, Sent.TEXT]])
search_col, jump_col = st.columns([1, 2])
with search_col:
    query = st.text_input("Search in this document", key=SEARCH, bind="query-params",
                          placeholder="word or phrase, any case")
    hits = search_hits(text, query or "")
    if query:
        st.caption(hit_count_label(len(hits)) + (f" (first {MAX_MARKED_HITS:,} marked)"
                                                  if len(hits) > MAX_MARKED_HITS else ""))
with jump_col:
    target = pick_sentence(sentences, events)

if target is not None:
    st.html(callout_html(target, *sentence_with_badge(sentences, events, target)))
st.html(legend_html(companies_named(mentions, company_colors())))
st.html(reader_html(text, sentences, mentions, events, company_colors(), hits.head(MAX_MARKED_HITS), target))

removed = removed_blocks(index.rows_of("removed", doc_id), doc_id)
with st.expander(f"Removed as not part of the article ({len(removed)} block{'' if len(removed) == 1 else 's'})"):
    if removed.empty:
        st.text("Nothing was removed from this document.")
    else:
        st.dataframe(removed, hide_index=True, width="stretch")
        csv_download(removed, PAGE, "removed-blocks", view)
caption(view)
