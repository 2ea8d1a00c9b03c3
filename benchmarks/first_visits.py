"""The dashboard's first visits on an ingested corpus, measured through Streamlit's AppTest in one process.

    python -m benchmarks.first_visits --corpus-dir DIR --cache-dir DIR [--repeats 2] [--root CHECKOUT]

Each repeat runs in a fresh interpreter: the Overview's first run (the snapshot read back, the first
answers), then the Companies page's first visit after it, then the Keywords page's first visit after
Companies, as a user opening them in that order meets them. Per step it takes the process's CPU seconds
(``time.process_time``: every thread, so other work on the machine changes it much less than wall time)
and wall seconds; after the three, the peak memory (``VmHWM``) and the peak of what the process owns
(``RssAnon`` at the end: the snapshot's mapped file pages are the rest). The corpus must have been
ingested into the cache first (``bench_scale --measure ingest``), so the Overview reads a snapshot.
Prints a table (the fastest of the repeats per step, and every run's figures beside it). ``--root`` runs
another checkout's dashboard and code (e.g. a worktree of ``main``, to measure before a change).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STEPS = (("Overview, first run", None), ("Companies, first visit after it", "app_pages/companies.py"),
         ("Keywords, first visit after Companies", "app_pages/keywords.py"))


def _status_mb() -> dict[str, float]:
    """VmHWM, VmRSS and RssAnon of this process, in MB (Linux)."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmHWM", "VmRSS", "RssAnon"):
            found[name] = int(value.split()[0]) / 1024
    return found


def measure(corpus: str, cache: str, root: Path) -> dict:
    """The three steps in this process; the figures as a dict."""
    # Before anything imports lib.store.parse_cache, which reads NEWS_CACHE_DIR once.
    os.environ["CORPUS_DIR"], os.environ["NEWS_CACHE_DIR"] = corpus, cache
    from streamlit.testing.v1 import AppTest

    sys.argv = [sys.argv[0]]  # app.py reads --corpus from argv; ours must not leak into it
    app = AppTest.from_file(str(root / "app.py"), default_timeout=3600)
    steps = []
    for name, page in STEPS:
        if page:
            app.switch_page(page)
        cpu, wall = time.process_time(), time.perf_counter()
        app.run()
        steps.append({"step": name, "cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall,
                      "errors": [str(e.value)[:300] for e in (*app.exception, *app.error)]})
    return {"steps": steps, **_status_mb()}


def _run_once(corpus: str, cache: str, root: Path) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", "--corpus-dir", corpus,
               "--cache-dir", cache, "--root", str(root)]
    # The script's own folder comes first on sys.path but holds no ``lib``: the checkout's is imported.
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the measure failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return {**json.loads(lines[-1]), "load": os.getloadavg()[0]}


def render(runs: list[dict]) -> str:
    rows = ["| step | CPU s (best) | wall s (best) | every run: CPU / wall s |", "|---|---:|---:|---|"]
    for i, (name, _) in enumerate(STEPS):
        cpus = [run["steps"][i]["cpu"] for run in runs]
        walls = [run["steps"][i]["wall"] for run in runs]
        every = ", ".join(f"{c:.1f} / {w:.1f}" for c, w in zip(cpus, walls, strict=True))
        rows.append(f"| {name} | {min(cpus):.1f} | {min(walls):.1f} | {every} |")
    peaks = ", ".join(f"{run['VmHWM']:,.0f}" for run in runs)
    anon = ", ".join(f"{run['RssAnon']:,.0f}" for run in runs)
    rows.append(f"| peak memory after the three (VmHWM MB) | {min(r['VmHWM'] for r in runs):,.0f} | | {peaks} |")
    rows.append(f"| anonymous at the end (RssAnon MB) | {min(r['RssAnon'] for r in runs):,.0f} | | {anon} |")
    errors = [e for run in runs for step in run["steps"] for e in step["errors"]]
    loads = ", ".join(f"{run['load']:.1f}" for run in runs)
    return "\n".join(rows) + f"\n\nload average after each run: {loads}" + (f"\nERRORS: {errors}" if errors else "")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus-dir", required=True)
    parser.add_argument("--cache-dir", required=True)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose dashboard runs")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.corpus_dir, args.cache_dir, args.root.resolve())))
        return
    runs = []
    for repeat in range(args.repeats):
        runs.append(_run_once(args.corpus_dir, args.cache_dir, args.root.resolve()))
        print(f"run {repeat + 1}: " + ", ".join(f"{s['cpu']:.1f}" for s in runs[-1]["steps"]) + " CPU s",
              file=sys.stderr, flush=True)
    print(render(runs))


if __name__ == "__main__":
    main()
