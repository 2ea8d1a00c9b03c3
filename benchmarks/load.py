"""Load benchmark: N sessions changing the company filter at once on one ``streamlit run`` server.

    python -m benchmarks.load [--articles 10000] [--sessions 1 5 10 20] [--changes 10]
                              [--client protocol|browser] [--workdir DIR]

It writes a synthetic corpus (``benchmarks.synthetic_corpus``), fills a parse cache for it in a
separate process, starts ``streamlit run app.py`` on a free port of 127.0.0.1 with that cache, and
opens the dashboard once so the corpus is in the server's memory. Then, for each N, N sessions at
once open the Overview and change the sidebar's company filter ``--changes`` times (pick a
company, clear it, pick the next …). A change's latency runs from the pick to the end of the last
script run it caused.

The clients (``--client``):

* ``protocol`` (default, ``benchmarks.load_protocol``): each session speaks Streamlit's websocket
  protocol as the frontend does, without rendering anything, so the latency is the server's: its
  script runs, their queueing behind each other on the machine's cores, and the messages' transfer.
  Errors: an exception element, a run that ends in a compile error, a timeout or a lost connection.
* ``browser`` (``benchmarks.load_browser``): each session is a Playwright context in Debian's
  Chromium, so the latency includes drawing the page; on one machine the N renderers compete with
  the server. Errors: an exception box, a JavaScript error or a timeout.

The server's peak resident memory (it and its child processes, from /proc) is sampled every 0.1 s
during each N, and its CPU seconds and the clients' own are counted. Everything stays on
127.0.0.1; each wait has a timeout and the server is stopped at the end. The table goes to stdout
and is appended to ``benchmarks/output/load.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.load_browser import run_browser_load
from benchmarks.load_protocol import run_protocol_load
from benchmarks.load_server import ROOT, PeakMemory, start_server, stop, tree_cpu_seconds
from benchmarks.synthetic_corpus import write_corpus

OUTPUT = ROOT / "benchmarks" / "output"
CLIENTS = {"protocol": run_protocol_load, "browser": run_browser_load}
CLIENT_TITLES = {
    "protocol": "websocket protocol clients (no rendering) on the same machine",
    "browser": "Chromium sessions on the same machine",
}


# --- the run --------------------------------------------------------------------------------------

def percentile(values: list[float], share: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def prepare(workdir: Path, articles: int, log) -> tuple[Path, Path]:
    corpus, cache = workdir / f"corpus-{articles}", workdir / f"cache-{articles}"
    if not (corpus / "metadata.csv").exists():
        log(f"writing {articles:,} articles to {corpus}")
        write_corpus(corpus, articles)
    log("filling the parse cache (a cold ingest in its own process)")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sys; from lib.pipeline.corpus import build_corpus; "
                    "build_corpus(sys.argv[1], cache_dir=sys.argv[2])", str(corpus), str(cache)],
                   cwd=ROOT, check=True)
    log(f"  {time.perf_counter() - started:.0f} s")
    return corpus, cache


def own_cpu_seconds() -> float:
    """CPU seconds of this process and of the children it has reaped (the browsers, once closed);
    the server is still running, so it is not among them."""
    return sum(usage.ru_utime + usage.ru_stime
               for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)))


def measure(url: str, pid: int, client: str, sessions: int, changes: int, log) -> dict:
    log(f"{sessions} {client} session(s) × {changes} changes")
    started, server_before, clients_before = time.perf_counter(), tree_cpu_seconds(pid), own_cpu_seconds()
    with PeakMemory(pid) as memory:
        results = asyncio.run(CLIENTS[client](url, sessions, changes))
    server_cpu, clients_cpu = tree_cpu_seconds(pid) - server_before, own_cpu_seconds() - clients_before
    latencies = [ms for result in results for ms in result.latencies_ms]
    errors = [error for result in results for error in result.errors]
    for error in errors[:5]:
        log(f"  error: {error}")
    return {"sessions": sessions, "changes": len(latencies), "expected": sessions * changes,
            "p50_s": percentile(latencies, 0.5) / 1000 if latencies else None,
            "p95_s": percentile(latencies, 0.95) / 1000 if latencies else None,
            "errors": len(errors), "peak_rss_mb": memory.peak_mb, "seconds": time.perf_counter() - started,
            "server_cpu_s": server_cpu, "clients_cpu_s": clients_cpu, "load_after": os.getloadavg()[0]}


def render(rows: list[dict], articles: int, client: str) -> str:
    lines = [f"Load: {articles:,} articles, {os.cpu_count()} cores, {CLIENT_TITLES[client]}",
             "", "| sessions | changes timed | p50 rerun | p95 rerun | errors | server peak RSS | server CPU / wall "
             "| clients CPU | load avg after |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        p50 = f"{row['p50_s']:.2f} s" if row["p50_s"] is not None else "–"
        p95 = f"{row['p95_s']:.2f} s" if row["p95_s"] is not None else "–"
        lines.append(f"| {row['sessions']} | {row['changes']}/{row['expected']} | {p50} | {p95} | {row['errors']} "
                     f"| {row['peak_rss_mb']:,.0f} MB | {row['server_cpu_s']:.0f} s / {row['seconds']:.0f} s "
                     f"| {row['clients_cpu_s']:.0f} s | {row['load_after']:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 5, 10, 20])
    parser.add_argument("--changes", type=int, default=10, help="company-filter changes per session")
    parser.add_argument("--client", choices=sorted(CLIENTS), default="protocol",
                        help="protocol: Streamlit's websocket protocol, no rendering; browser: Chromium")
    parser.add_argument("--workdir", type=Path, default=None, help="keep corpus and cache here (default: temp)")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="news-load-"))
    workdir.mkdir(parents=True, exist_ok=True)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    corpus, cache = prepare(workdir, args.articles, log)
    process, url = start_server(corpus, cache, workdir / "streamlit.log")
    try:
        log("first visit: the server loads the corpus")
        asyncio.run(CLIENTS[args.client](url, 1, 0))
        rows = [measure(url, process.pid, args.client, n, args.changes, log) for n in args.sessions]
    finally:
        stop(process)
    report = render(rows, args.articles, args.client)
    print(report)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with (OUTPUT / "load.md").open("a", encoding="utf-8") as out:
        out.write(report + "\n\n")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
