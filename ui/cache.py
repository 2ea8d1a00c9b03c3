"""The dashboard's cache: the parsed corpus and what the pages derive from it, kept across reruns.

The corpus is held once per server (``st.cache_resource``) under the folder's fingerprint, so a
file added, edited or removed shows on the next rerun; its Arrow columns held in memory are joined
into one chunk each on load (a snapshot's memory-mapped columns stay as they are: ``one_chunk``), and
its per-row precomputations (``CorpusIndex``) are kept per corpus version.
Callers get shallow copies: with pandas' copy-on-write a caller that writes to its copy never
changes the cached frames, and no data is copied unless it does. The first parse of a folder
shows a progress bar with files done and total.
"""

from __future__ import annotations

import gc
import hashlib
import json
import threading
import time
from collections import OrderedDict
from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st

from lib.analyze import concordance, term_stats
from lib.analyze.company_candidate_rules import load_candidate_rules
from lib.analyze.company_candidates import company_candidates
from lib.analyze.corpus_index import CorpusIndex, one_chunk, row_positions
from lib.analyze.corpus_sql import CorpusTables, corpus_tables
from lib.analyze.filters import Filters, View, apply_filters
from lib.analyze.options import FilterOptions, filter_options
from lib.analyze.term_codes import coded_terms
from lib.charts.colors import company_colors
from lib.deferred import arrow_or_frame, map_frames, replace_frames
from lib.pipeline.corpus import Corpus, FolderScan, build_corpus
from lib.read.folder import scan_fingerprint, scan_folder
from lib.rules import load_rules
from lib.schema import Sent
from lib.store.parse_cache import default_cache_dir

_KEEP = 2
# How long a folder scan is trusted. Scanning 10,000 files takes ~60 ms, on every rerun of every
# page; within this window reruns (a few filter clicks) reuse the last scan. The dashboard's own
# writes call ``folder_changed``, so they show at once; edits made outside show within a second.
FRESH_SECONDS = 1.0
# A scan that took longer (a busy machine, a huge folder) is trusted for this many times as long
# as it took, so that scanning never takes more than a tenth of the server's time.
SCAN_SHARE_LIMIT = 10


class _CorpusStore:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.corpora: OrderedDict[tuple[str, str], Corpus] = OrderedDict()
        # root -> (time.monotonic() the last scan started, seconds it is trusted, fingerprint)
        self.scanned: dict[str, tuple[float, float, str]] = {}
        # One scan at a time: sessions whose reruns find the last scan stale at the same moment wait
        # for one scan instead of each making its own (ten sessions would scan ten times).
        self.scan_lock = threading.Lock()
        # root -> (fingerprint, scan) of the newest scan, until a build takes it: the build that the
        # scan's new fingerprint calls for then does not scan the folder a second time.
        self.unused_scans: dict[str, tuple[str, FolderScan]] = {}

    def fingerprint(self, root: str) -> str:
        with self.scan_lock:
            now = time.monotonic()
            scanned = self.scanned.get(root)
            if scanned is None or now - scanned[0] >= scanned[1]:
                digest, scan = self.unused_scans[root] = _scan(root)
                trusted = max(FRESH_SECONDS, SCAN_SHARE_LIMIT * (time.monotonic() - now))
                scanned = self.scanned[root] = (now, trusted, digest)
        return scanned[2]

    def take_scan(self, root: str, digest: str) -> FolderScan | None:
        """The scan that gave ``digest`` for ``root`` if it is the newest, for a build; it is not kept."""
        with self.scan_lock:
            newest = self.unused_scans.pop(root, None)
        return newest[1] if newest is not None and newest[0] == digest else None


def _scan(root: str) -> tuple[str, FolderScan]:
    """The folder's fingerprint and the scan it was taken from."""
    scan = scan_folder(root)
    return scan_fingerprint(root, *scan), scan


@st.cache_resource(show_spinner=False)
def _store() -> _CorpusStore:
    return _CorpusStore()


_FROM_ENVIRONMENT = "from the environment"


def load_corpus(root: str | Path, cache_dir: str | Path | None = _FROM_ENVIRONMENT) -> Corpus:
    """The parsed corpus of ``root``; parsed again only when its fingerprint changes.

    ``cache_dir`` defaults to ``$NEWS_CACHE_DIR`` read at the call, not at import."""
    if cache_dir is _FROM_ENVIRONMENT:
        cache_dir = default_cache_dir()
    root = str(Path(root).resolve())
    store = _store()
    key = (root, store.fingerprint(root))
    with store.lock:
        corpus = store.corpora.get(key)
        scan = store.take_scan(root, key[1])
        if corpus is None:
            corpus = _one_chunk_frames(replace_frames(_build_with_progress(root, cache_dir, scan), version=key[1]))
            store.corpora[key] = corpus
            while len(store.corpora) > _KEEP:
                store.corpora.popitem(last=False)
            _freeze_long_lived_objects()
        store.corpora.move_to_end(key)
    return _shallow_copy(corpus)


def _freeze_long_lived_objects() -> None:
    """Leave what the server holds now (modules, the corpus, its options) out of later collections.

    A full garbage collection walks every tracked object: about 0.13 s with a 10,000-article
    corpus loaded, which Streamlit would pay after every script run (``runner.postScriptGC``, off
    in .streamlit/config.toml) and Python pays now and then. Frozen objects are skipped.
    Unfreezing first lets this collection free a corpus that was just dropped.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def folder_changed(root: str | Path) -> None:
    """Forget the last scan of ``root``: the next ``load_corpus`` scans it again (after a write)."""
    _store().scanned.pop(str(Path(root).resolve()), None)


@st.cache_resource(max_entries=4, show_spinner=False)
def _options(version: str, root: str, _corpus: Corpus) -> FilterOptions:
    # A snapshot's mentions and events are read in their Arrow tables: the Overview never makes their 8 million
    # rows (at 100,000 articles) into pandas.
    return filter_options(_corpus.documents, arrow_or_frame(_corpus, "mentions"), arrow_or_frame(_corpus, "events"))


def corpus_filter_options(corpus: Corpus) -> FilterOptions:
    """What the shared filters offer; computed once per corpus version (it counts every mention)."""
    return _options(corpus.version, corpus.root, corpus)


@st.cache_resource(max_entries=4, show_spinner=False)
def _colors(version: str, root: str, _corpus: Corpus) -> dict[str, str]:
    return company_colors(list(_options(version, root, _corpus).companies))


def corpus_company_colors(corpus: Corpus) -> dict[str, str]:
    """Each company's colour (``lib.charts.colors``), by its rank in the corpus; once per corpus
    version (read-only): a corpus names thousands of companies, hashed past the palette."""
    return _colors(corpus.version, corpus.root, corpus)


@st.cache_resource(max_entries=4, show_spinner=False)
def _index(version: str, root: str, _corpus: Corpus) -> CorpusIndex:
    return CorpusIndex(_corpus)


def corpus_index(corpus: Corpus) -> CorpusIndex:
    """Per-row codes, parsed dates and orders of the corpus, kept per corpus version (read-only)."""
    return _index(corpus.version, corpus.root, corpus)


@st.cache_resource(max_entries=4, show_spinner=False)
def _tables(version: str, root: str, _corpus: Corpus) -> CorpusTables:
    return corpus_tables(_corpus)


def corpus_sql_tables(corpus: Corpus) -> CorpusTables:
    """The corpus's frames as Arrow tables for DuckDB (``lib.analyze.corpus_sql``), kept per corpus
    version (read-only): the frames' Arrow form, so no rows are copied."""
    return _tables(corpus.version, corpus.root, corpus)


@st.cache_resource(max_entries=16, show_spinner=False)
def _filtered(version: str, root: str, filters_key: str, filters: Filters, _corpus: Corpus) -> View:
    return apply_filters(_corpus, filters)


def filtered_view(corpus: Corpus, filters: Filters) -> View:
    """The corpus through ``filters``; a page switch or a page-only widget reuses it."""
    return _shallow_copy(_filtered(corpus.version, corpus.root, repr(filters), filters, corpus))


@st.cache_resource(max_entries=8, show_spinner=False)
def _term_idf(version: str, root: str, stopwords: frozenset[str], _corpus: Corpus) -> np.ndarray:
    """IDF over the whole corpus: it depends on the corpus and the stopwords, not on the filters."""
    coded = corpus_index(_corpus).derived(coded_terms)
    idf = term_stats.idf_by_term(coded.rows(coded.without(stopwords), whole_pairs=True))
    idf.flags.writeable = False     # shared by every session
    return idf


def term_idf(corpus: Corpus, stopwords: frozenset[str]) -> np.ndarray:
    """``idf_by_term`` of the corpus's coded terms without ``stopwords``, per key of the corpus's
    ``CodedTerms``; once per corpus version and stopwords (read-only)."""
    return _term_idf(corpus.version, corpus.root, stopwords, corpus)


@st.cache_resource(max_entries=16, show_spinner=False)
def _term_counts(version: str, root: str, term: str, _corpus: Corpus) -> np.ndarray:
    return concordance.occurrences_per_sentence(_corpus.sentences[Sent.TEXT], term).to_numpy(dtype=np.int32)


def occurrences_in(corpus: Corpus, sentences: pd.DataFrame, term: str) -> np.ndarray:
    """How often ``term`` occurs in each of ``sentences`` (rows of ``corpus.sentences``).

    Counted over the whole corpus once per term and corpus version: a filter change then only
    picks the view's rows instead of searching half a million sentences again.
    """
    return _term_counts(corpus.version, corpus.root, term, corpus)[row_positions(sentences, corpus.sentences.index)]


@st.cache_resource(max_entries=2, show_spinner=False)
def _candidates(version: str, root: str, rules_version: str, candidate_rules_version: str,
                _corpus: Corpus) -> pd.DataFrame:
    rules = load_rules(root)
    return company_candidates(_corpus.documents, _corpus.sentences, _corpus.mentions, rules.gazetteer,
                              load_candidate_rules(stopwords_en=rules.stopwords_en))


def corpus_company_candidates(corpus: Corpus) -> pd.DataFrame:
    """Companies the gazetteer does not know (``lib.analyze.company_candidates``), per corpus version."""
    candidate_rules_version = load_candidate_rules().version
    return _candidates(corpus.version, corpus.root, corpus.rules_version, candidate_rules_version, corpus).copy()


def wordcloud_png(frequencies: dict[str, float], font: str, color: str | None, title: str, footnote: str) -> bytes:
    """A word cloud as PNG bytes; laying one out takes about half a second, so reruns reuse it.

    Kept under a digest of ``frequencies``: Streamlit hashes a dict entry by entry (~7 ms for a
    cloud's 150 terms, on every rerun of every cloud), one JSON digest takes a tenth of that."""
    digest = hashlib.blake2b(json.dumps(frequencies, ensure_ascii=False).encode("utf-8"), digest_size=16).hexdigest()
    return _wordcloud_png(digest, font, color, title, footnote, frequencies)


@st.cache_data(max_entries=64, show_spinner=False)
def _wordcloud_png(frequencies_digest: str, font: str, color: str | None, title: str, footnote: str,
                   _frequencies: dict[str, float]) -> bytes:
    # Imported with the first cloud: it brings matplotlib (about 0.5 CPU s), which no other answer needs.
    from lib.render.wordcloud_image import company_color_func, neutral_color_func, png_bytes, wordcloud_image

    color_func = company_color_func(color) if color else neutral_color_func()
    return png_bytes(wordcloud_image(_frequencies, font, color_func, title=title, footnote=footnote))


def _build_with_progress(root: str, cache_dir, scan: FolderScan | None) -> Corpus:
    placeholder = st.empty()

    def progress(done: int, total: int) -> None:
        if total and done < total:
            placeholder.progress(done / total, text=f"Parsing articles: {done:,} of {total:,} files")

    try:
        return build_corpus(root, cache_dir, progress, scan=scan)
    finally:
        placeholder.empty()


def _one_chunk_frames(corpus: Corpus) -> Corpus:
    """The corpus with its Arrow columns held in memory in one chunk each (``one_chunk``), once per version; a
    deferred frame (``lib.deferred``) when it is first read."""
    return map_frames(corpus, one_chunk, keeps_values=True)


def _shallow_copy(frames):
    """The same dataclass with every DataFrame field shallow-copied (copy-on-write protects the
    cache); a deferred frame is copied when first read and made, in the cache, only once."""
    return map_frames(frames, _shallow_frame, keeps_values=True)


def _shallow_frame(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.copy(deep=False)
