"""Search: one box that finds sentences across every article, by meaning and by keyword, in English
and Chinese ("DeepSeek price cuts" finds "深度求索降价"); each hit opens the Reader at its sentence.

The query lives in the URL (``?find=``); the shared filters narrow the documents searched.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.analyze.search import (
    BY_KEYWORD,
    FLOOR_SIMILARITY,
    IN_TITLE,
    KEYWORD_BONUS,
    MIN_SIMILARITY,
    NEAREST,
    hits_in,
    marked_segments,
    query_words,
)
from lib.markup import escape_markdown, plural
from lib.render.highlight_html import marked_html
from lib.schema import Doc, Hit
from ui.params import FIND, READER_PAGE, reader_query_params, shared_filters_now
from ui.session import current_corpus, current_view
from ui.shared import caption, csv_download, report_download, stop_if_empty
from ui.story_cache import corpus_search_hits

PAGE = "search"
MAX_SHOWN = 50  # hits drawn on the page; the CSV has all
HOW = (f"Ranked by score: the cosine between the meaning of the query and of the text (event sentences and "
       f"titles; {MIN_SIMILARITY} or more counts as a hit, and so do the {NEAREST} closest above "
       f"{FLOOR_SIMILARITY}) plus {KEYWORD_BONUS} when the text contains every word of the query (any case, "
       "traditional or simplified characters); ties newest first.")

view = current_view()
stop_if_empty(view)
st.title("Search")
report_download("Search", PAGE, view)
query = st.text_input("Search every article, by meaning and by words", key=FIND, bind="query-params",
                      placeholder="e.g. DeepSeek price cuts, 豆包, Trik launch",
                      help="Finds sentences that say what you ask in English or Chinese, and sentences with "
                           "your words in them. " + HOW)
query = " ".join((query or "").split())
caption(view)
if not query:
    st.caption("Type a question, a name or a phrase: the documents above are searched. " + HOW)
    st.stop()

found = hits_in(corpus_search_hits(current_corpus(), query), view.documents[Doc.DOC_ID])
words = query_words(query)
if found.empty:
    st.info(f"Nothing found for “{escape_markdown(query)}” in the current view "
            f"({escape_markdown(view.filters.describe())}).")
    st.stop()

n_keyword = int(found[Hit.BY].str.startswith(BY_KEYWORD).sum())
st.caption(escape_markdown(f"{plural(len(found), 'hit')} ({n_keyword:,} with the words, "
                           f"{len(found) - n_keyword:,} by meaning only). {HOW}"))
current = shared_filters_now()
for rank, hit in enumerate(found.head(MAX_SHOWN).to_dict("records"), start=1):
    with st.container(border=True):
        st.html(marked_html(marked_segments(str(hit[Hit.TEXT]), words)))
        similarity = "" if pd.isna(hit[Hit.SIMILARITY]) else f", similarity {hit[Hit.SIMILARITY]:.2f}"
        where = "title of " if hit[Hit.FOUND_IN] == IN_TITLE else ""
        st.caption(escape_markdown(
            f"{rank}. by {hit[Hit.BY]}{similarity} · {where}{hit[Hit.TITLE] or hit[Hit.DOC_ID]} · "
            f"{hit[Hit.OUTLET] or '(outlet unknown)'} · {hit[Hit.PUBLISHED] or 'date unknown'} · {hit[Hit.LANGUAGE]}"))
        sent = None if hit[Hit.FOUND_IN] == IN_TITLE else hit[Hit.SENT_ID]
        st.page_link(READER_PAGE, label="Open in the Reader" + ("" if sent is None else " at this sentence"),
                     icon=":material/article:", query_params=reader_query_params(hit[Hit.DOC_ID], sent, current))
if len(found) > MAX_SHOWN:
    st.caption(f"The best {MAX_SHOWN} of {len(found):,} hits; the CSV has all.")
csv_download(found, PAGE, "search-hits", view)
