"""Scale benchmark: ingest and dashboard timings at several corpus sizes, printed as one table.

    python -m benchmarks.bench_scale [--sizes 1000 10000] [--workdir DIR] [--repeats 3] [--engines local dask]
                                     [--dask-workers 1 2] [--ingest-only]

For each size N it writes a synthetic corpus (``benchmarks.synthetic_corpus``) and measures, each
in a fresh Python process so that start-up costs and peak memory (``ru_maxrss``) belong to one
measurement: the notebook baseline (read every file, ``jieba.lcut`` its whole text), a cold ingest
(``build_corpus`` with an empty parse cache, process pool) -- these two in turn, ``--repeats`` times,
keeping each one's fastest run; with ``--engines local dask`` also a cold ingest on a Dask LocalCluster
of 1 and of 2 workers in the same turns (``benchmarks.scale_dask``) --, a warm ingest (same cache), an
incremental ingest (one article added; the number of articles parsed is counted), and with
Streamlit's AppTest the dashboard's first run and each page's rerun after a company-filter change
(``--ingest-only`` leaves the dashboard out: at 10,000 articles and more its Stories page encodes every
event sentence, which takes longer than every ingest measure together and, at 100,000, more memory than
the machine has).
The table goes to stdout and to ``benchmarks/output/results.md`` (raw numbers: ``results.json``).
The measurements are ``benchmarks.scale_measures``; the table and notes, ``benchmarks.scale_report``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.scale_dask import DASK_WORKERS
from benchmarks.scale_measures import MEASURES, ROOT, timed
from benchmarks.scale_report import machine, notes, render_table
from benchmarks.synthetic_corpus import write_article, write_corpus

OUTPUT = ROOT / "benchmarks" / "output"


# --- one size -------------------------------------------------------------------------------------

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


def bench_size(n: int, workdir: Path, log, repeats: int = 3, engines: tuple[str, ...] = ("local",),
               dask_workers: tuple[int, ...] = DASK_WORKERS, pages: bool = True) -> dict:
    corpus, cache = workdir / f"corpus-{n}", workdir / f"cache-{n}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    result: dict = {"n": n}
    result["generate_seconds"] = timed(lambda: write_corpus(corpus, n))
    log(f"N={n:,}: corpus written in {result['generate_seconds']:.1f} s")
    result["baseline"], result["cold"], dask = _baseline_and_cold(corpus, cache, workdir / f"cold-{n}", repeats, n,
                                                                   log, dask_workers if "dask" in engines else ())
    if dask:
        result["dask"] = dask
    for name, kind in (("warm", "ingest"), ("pages", "pages"))[:2 if pages else 1]:
        result[name] = run_measure(kind, corpus, cache)
        log(f"N={n:,}: {name}: {_summary(result[name])}")
    write_article(corpus, n)  # one article more than the cache has seen
    result["incremental"] = run_measure("incremental", corpus, cache)
    log(f"N={n:,}: incremental: {_summary(result['incremental'])}")
    return result


def _baseline_and_cold(corpus: Path, cache: Path, scratch: Path, repeats: int, n: int, log,
                       dask_workers: tuple[int, ...] = ()) -> tuple[dict, dict, dict]:
    """The fastest of ``repeats`` baseline and cold-ingest runs (and Dask runs), taken in turn.

    On a shared 2-core machine the same work takes up to 1.5x longer from one minute to the next;
    alternating the two and keeping each one's best compares them under the same conditions.
    The last cold run fills ``cache`` for the warm and incremental measurements. Peak memory is
    the highest of the cold runs. Dask runs: ``{workers: fastest run}`` for each of ``dask_workers``.
    """
    baselines, colds = [], []
    on_dask: dict[str, list[dict]] = {str(workers): [] for workers in dask_workers}
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
    parser.add_argument("--dask-workers", type=int, nargs="+", default=list(DASK_WORKERS),
                        help="LocalCluster sizes measured with --engines dask (default: 1 2)")
    parser.add_argument("--ingest-only", action="store_true",
                        help="measure ingest only: no dashboard (AppTest) run, whose Stories page encodes "
                             "every event sentence")
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

    results = [bench_size(n, workdir, log, args.repeats, tuple(args.engines), tuple(sorted(args.dask_workers)),
                          pages=not args.ingest_only) for n in sorted(args.sizes)]
    report = "\n\n".join([machine(), render_table(results), notes(results)])
    print(report)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "results.md").write_text(report + "\n", encoding="utf-8")
    (OUTPUT / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
