"""Load benchmark: N browser sessions changing the company filter on one ``streamlit run`` server.

    python -m benchmarks.load [--articles 10000] [--sessions 1 5 10 20] [--changes 10] [--workdir DIR]

It writes a synthetic corpus (``benchmarks.synthetic_corpus``), fills a parse cache for it in a
separate process, starts ``streamlit run app.py`` on a free port of 127.0.0.1 with that cache, and
opens the dashboard once so the corpus is in the server's memory. Then, for each N, N Playwright
contexts in Debian's Chromium (one Streamlit session each, all at once) open the Overview and
change the sidebar's company filter ``--changes`` times (pick a company, remove it, pick the next
…). A change's latency runs from the pick to the end of the last script run it caused, as the
browser sees it (the page's ``data-test-script-state`` going back to ``notRunning``, no new run for
0.4 s after). Errors: a Streamlit exception box, a JavaScript error, or a change that did not finish
within the timeout. The server's peak resident memory (it and its child processes, from /proc) is
sampled every 0.1 s during each N. Everything stays on 127.0.0.1; each wait has a timeout and the
server is stopped at the end. The table goes to stdout and to ``benchmarks/output/load.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.synthetic_corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "benchmarks" / "output"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SERVER_START_SECONDS = 120
CHANGE_TIMEOUT_MS = 60_000
FIRST_LOAD_TIMEOUT_MS = 180_000
SETTLE_MS = 400
COMPANIES_USED = 5

# Counts finished script runs and when the last one finished (the page's own clock). The states
# are read from the mutation records' old values, not only from the current attribute: two renders
# in one task (a fast run whose start and finish arrive together) would otherwise hide the run.
# ``__quietSince`` is when the app last became idle, for runs whose "running" React never drew.
RUN_COUNTER_JS = """(() => {
  window.__runsDone = 0; window.__lastDoneAt = 0; window.__quietSince = null;
  const NAME = 'data-test-script-state';
  let last = null;
  const step = (state) => {
    if (state === last) return;
    if (state === 'notRunning' && (last === 'running' || last === 'rerunRequested')) {
      window.__runsDone += 1; window.__lastDoneAt = performance.now();
    }
    window.__quietSince = state === 'notRunning' ? performance.now() : null;
    last = state;
  };
  const watch = (records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.attributeName === NAME && record.oldValue !== null) {
        step(record.oldValue);
      }
    }
    const app = document.querySelector('[' + NAME + ']');
    step(app && app.getAttribute(NAME));
  };
  new MutationObserver(watch).observe(document, {subtree: true, childList: true, attributes: true,
                                                 attributeOldValue: true, attributeFilter: [NAME]});
})();"""

SETTLED_JS = """([runsBefore, settleMs]) => {
  const app = document.querySelector('[data-test-script-state]');
  return (window.__runsDone || 0) > runsBefore && app && app.getAttribute('data-test-script-state') === 'notRunning'
    && performance.now() - window.__lastDoneAt >= settleMs;
}"""


# --- the server -----------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(corpus: Path, cache: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "NEWS_CACHE_DIR": str(cache), "CORPUS_DIR": str(corpus),
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().decode().strip() == "ok":
                    return process, url
        except OSError:
            time.sleep(0.25)
    stop(process)
    raise RuntimeError(f"the server did not start:\n{log.read_text(errors='replace')[-3000:]}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def tree_pids(pid: int) -> set[int]:
    """``pid`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = {pid}, [pid]
    while frontier:
        children = [child for child, parent in parents.items() if parent in frontier]
        tree.update(children)
        frontier = children
    return tree


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` and its living descendants."""
    ticks = 0
    for member in tree_pids(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, from /proc."""
    total_kb = 0
    for member in tree_pids(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
    return total_kb / 1024


class PeakMemory:
    """Samples ``tree_rss_mb(pid)`` every 0.1 s in a thread while in a ``with`` block."""

    def __init__(self, pid: int):
        self.pid, self.peak_mb, self._stop = pid, 0.0, threading.Event()

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            self.peak_mb = max(self.peak_mb, tree_rss_mb(self.pid))

    def __enter__(self) -> PeakMemory:
        self.peak_mb = tree_rss_mb(self.pid)
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


# --- the sessions ---------------------------------------------------------------------------------

@dataclass
class SessionResult:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


async def settled(page, runs_before: int, timeout_ms: float) -> None:
    await page.wait_for_function(SETTLED_JS, arg=[runs_before, SETTLE_MS], polling=50, timeout=timeout_ms)


async def change_company(page, company: str | None) -> float:
    """Pick ``company`` in the sidebar's company filter, or remove the chosen one (None); the ms
    from the action to the end of the last script run it caused."""
    before = await page.evaluate("() => window.__runsDone")
    widget = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first
    if company is None:
        started = await page.evaluate("() => performance.now()")
        await widget.locator("[data-tag] button[aria-label^=Remove]").first.click()
    else:
        await widget.locator("input").click()
        option = page.locator("[role=option]", has_text=company).first
        await option.wait_for()
        started = await page.evaluate("() => performance.now()")
        await option.click()
        await page.keyboard.press("Escape")
    await settled(page, before, CHANGE_TIMEOUT_MS)
    return await page.evaluate("() => window.__lastDoneAt") - started


async def run_session(browser, url: str, changes: int) -> SessionResult:
    result = SessionResult()
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(CHANGE_TIMEOUT_MS)
    await context.add_init_script(RUN_COUNTER_JS)
    page = await context.new_page()
    page.on("pageerror", lambda error: result.errors.append(f"javascript: {error}"[:300]))
    try:
        await page.goto(url, wait_until="domcontentloaded")
        await settled(page, 0, FIRST_LOAD_TIMEOUT_MS)
        companies = await company_names(page)
        for number in range(changes):
            company = companies[(number // 2) % len(companies)] if number % 2 == 0 else None
            try:
                result.latencies_ms.append(await change_company(page, company))
            except Exception as error:  # noqa: BLE001 — a timeout is a measured error, not a crash
                result.errors.append(f"change {number}: {type(error).__name__}: {str(error)[:200]}")
                break
            boxes = await page.locator("[data-testid=stException]").count()
            if boxes:
                result.errors.append(f"change {number}: {boxes} exception box(es)")
    except Exception as error:  # noqa: BLE001
        result.errors.append(f"session: {type(error).__name__}: {str(error)[:200]}")
    finally:
        await context.close()
    return result


async def company_names(page) -> list[str]:
    """The first companies the filter offers (the most mentioned)."""
    widget = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first
    await widget.locator("input").click()
    names = [text.strip() for text in await page.locator("[role=option]").all_inner_texts()][:COMPANIES_USED]
    await page.keyboard.press("Escape")
    return names or ["ByteDance"]


async def run_load(url: str, sessions: int, changes: int) -> list[SessionResult]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            return await asyncio.gather(*(run_session(browser, url, changes) for _ in range(sessions)))
        finally:
            await browser.close()


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


def measure(url: str, pid: int, sessions: int, changes: int, log) -> dict:
    log(f"{sessions} session(s) × {changes} changes")
    started, cpu_before = time.perf_counter(), tree_cpu_seconds(pid)
    with PeakMemory(pid) as memory:
        results = asyncio.run(run_load(url, sessions, changes))
    server_cpu = tree_cpu_seconds(pid) - cpu_before
    latencies = [ms for result in results for ms in result.latencies_ms]
    errors = [error for result in results for error in result.errors]
    for error in errors[:5]:
        log(f"  error: {error}")
    return {"sessions": sessions, "changes": len(latencies), "expected": sessions * changes,
            "p50_s": percentile(latencies, 0.5) / 1000 if latencies else None,
            "p95_s": percentile(latencies, 0.95) / 1000 if latencies else None,
            "errors": len(errors), "peak_rss_mb": memory.peak_mb, "seconds": time.perf_counter() - started,
            "server_cpu_s": server_cpu,
            "load_after": os.getloadavg()[0]}


def render(rows: list[dict], articles: int) -> str:
    lines = [f"Load: {articles:,} articles, {os.cpu_count()} cores, Chromium sessions on the same machine",
             "", "| sessions | changes timed | p50 rerun | p95 rerun | errors | server peak RSS | server CPU / wall "
             "| load avg after |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        p50 = f"{row['p50_s']:.2f} s" if row["p50_s"] is not None else "–"
        p95 = f"{row['p95_s']:.2f} s" if row["p95_s"] is not None else "–"
        lines.append(f"| {row['sessions']} | {row['changes']}/{row['expected']} | {p50} | {p95} | {row['errors']} "
                     f"| {row['peak_rss_mb']:,.0f} MB | {row['server_cpu_s']:.0f} s / {row['seconds']:.0f} s "
                     f"| {row['load_after']:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 5, 10, 20])
    parser.add_argument("--changes", type=int, default=10, help="company-filter changes per session")
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
        asyncio.run(run_load(url, 1, 0))
        rows = [measure(url, process.pid, n, args.changes, log) for n in args.sessions]
    finally:
        stop(process)
    report = render(rows, args.articles)
    print(report)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with (OUTPUT / "load.md").open("a", encoding="utf-8") as out:
        out.write(report + "\n\n")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
