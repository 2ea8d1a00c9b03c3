"""The corpus's stories and meaning search, kept across reruns: grouping events into stories and
indexing sentences by meaning need the sentence encoder, so each is done once per corpus version
(its vectors cached on disk by sentence) and shared, read-only, by every page and session.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from lib.analyze.event_vectors import cached_event_vectors
from lib.analyze.filters import View
from lib.analyze.search import SearchIndex, search_hits, search_index
from lib.analyze.story_facts import story_table
from lib.analyze.story_views import stories_in_view
from lib.deferred import row_count
from lib.extract.sentence_vectors import ENCODER_NAME, Progress, sentence_vectors
from lib.pipeline.corpus import Corpus
from lib.rules import load_rules
from lib.schema import Doc
from lib.store.parse_cache import default_cache_dir
from lib.store.vector_cache import VectorCache

if TYPE_CHECKING:
    from lib.analyze.stories import Stories


@st.cache_resource(max_entries=2, show_spinner=False)
def _stories(version: str, root: str, cache_dir: str, _corpus: Corpus) -> Stories:
    # Imported when first grouped: its import compiles the date extractors' patterns (about 1.5 CPU s), which
    # the Overview of a large corpus, whose stories are grouped only when asked for, never needs.
    from lib.analyze import stories as story_grouping

    _GROUPED.add((version, root))
    texts = story_grouping.event_texts(_corpus.events)
    with st.spinner(f"Grouping {len(texts):,} events into stories (once per corpus; sentences seen before "
                    "are read from the cache)…"), encoding_progress() as progress:
        vectors = cached_event_vectors(texts, cache_dir, progress)
        return story_grouping.corpus_stories(_corpus.events, _corpus.documents, vectors, mentions=_corpus.mentions,
                                             sentences=_corpus.sentences,
                                             money_words=load_rules(_corpus.root or None).money_words)


# Seconds between two redraws of the encoding's progress bar: each redraw is a message to the browser.
_PROGRESS_EVERY = 0.5


@contextmanager
def encoding_progress() -> Iterator[Progress]:
    """A progress bar of the sentence encoder's work (``sentence_vectors.Progress``), shown while there is some
    and gone after: a first grouping of a large corpus encodes for minutes, a cached one not at all."""
    slot = st.empty()
    last = 0.0

    def show(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if done < total and now - last < _PROGRESS_EVERY:
            return
        last = now
        slot.progress(done / total if total else 1.0,
                      text=f"Reading the meaning of new sentences: {done:,} of {total:,}")

    try:
        yield show
    finally:
        slot.empty()


# Corpora whose stories this server has grouped (or is grouping): the Overview shows them only then,
# or when the corpus is small, so opening a large corpus never waits on the sentence encoder.
_GROUPED: set[tuple[str, str]] = set()
# Below this many events, grouping on the Overview's first visit costs a few seconds at most.
STORIES_WITHOUT_ASKING = 5_000


def stories_at_hand(corpus: Corpus) -> bool:
    """Whether the corpus's stories can be shown without a long first wait: already grouped on
    this server, or few enough events to group now."""
    return row_count(corpus, "events") <= STORIES_WITHOUT_ASKING or (corpus.version, corpus.root) in _GROUPED


def corpus_stories(corpus: Corpus) -> Stories:
    """The corpus's stories (read-only): the story of each event and one row per story, kept per
    corpus version; the sentence vectors behind them are cached on disk by sentence."""
    return _stories(corpus.version, corpus.root, str(default_cache_dir()), corpus)


@st.cache_resource(max_entries=4, show_spinner=False)
def _story_table(version: str, root: str, cache_dir: str, language: str | None, _corpus: Corpus) -> pd.DataFrame:
    stories = _stories(version, root, cache_dir, _corpus)
    if language is None:
        return stories.table
    reports = stories.reports_with_stories(_corpus.events)  # row for row with the vectors
    return story_table(reports, _corpus.documents, stories.vectors, language)


def corpus_story_table(corpus: Corpus, language: str | None = None) -> pd.DataFrame:
    """One row per story of the corpus (read-only), titled in ``language`` where a source is in it;
    kept per corpus version and language."""
    return _story_table(corpus.version, corpus.root, str(default_cache_dir()), language, corpus)


@st.cache_resource(max_entries=16, show_spinner=False)
def _view_stories(version: str, root: str, cache_dir: str, language: str | None, filters_key: str,
                  _corpus: Corpus, _events: pd.DataFrame) -> pd.DataFrame:
    stories = _stories(version, root, cache_dir, _corpus)
    return stories_in_view(_story_table(version, root, cache_dir, language, _corpus), stories.of_event, _events)


def stories_of_view(corpus: Corpus, view: View, language: str | None = None) -> pd.DataFrame:
    """The stories with an event in ``view`` (``lib.analyze.story_views.stories_in_view``, read-only),
    kept per corpus version, filters and title language: a rerun of the same view reuses them."""
    return _view_stories(corpus.version, corpus.root, str(default_cache_dir()), language, repr(view.filters),
                         corpus, view.events)


@st.cache_resource(max_entries=2, show_spinner=False)
def _search_index(version: str, root: str, cache_dir: str, _corpus: Corpus) -> SearchIndex:
    titles = _corpus.documents[Doc.TITLE].fillna("").astype(str).tolist()
    # Every event's vector: the stories encoded only the events that could join another.
    reading = (f"Reading the meaning of {len(_corpus.events):,} event sentences and {len(titles):,} titles "
               "(once per corpus; sentences seen before are read from the cache)…")
    with st.spinner(reading), encoding_progress() as progress:
        cache = VectorCache(cache_dir, partial(sentence_vectors, progress=progress), ENCODER_NAME)
        event_vectors = cache.vectors(_event_texts(_corpus.events))
        title_vectors = cache.vectors(titles)
    return search_index(_corpus.sentences, _corpus.events, event_vectors, _corpus.documents, title_vectors)


@st.cache_resource(max_entries=16, show_spinner=False)
def _search_hits(version: str, root: str, cache_dir: str, query: str, _corpus: Corpus) -> pd.DataFrame:
    index = _search_index(version, root, cache_dir, _corpus)
    query_vector = VectorCache(cache_dir, sentence_vectors, ENCODER_NAME).vectors([query])[0]
    return search_hits(index, query, query_vector)


def corpus_search_hits(corpus: Corpus, query: str) -> pd.DataFrame:
    """Every sentence and title of the corpus found for ``query`` (``lib.analyze.search``), best
    first (read-only); kept per corpus version and query, so a rerun only narrows it to the view."""
    return _search_hits(corpus.version, corpus.root, str(default_cache_dir()), " ".join(query.split()), corpus)


def _event_texts(events: pd.DataFrame) -> list[str]:
    """``lib.analyze.stories.event_texts``, imported when first needed (see ``_stories``)."""
    from lib.analyze.stories import event_texts

    return event_texts(events)
