"""Watch a long one-line article go through the dashboard in Chromium, as a person would.

    python -m benchmarks.long_line_browser [--megabytes 1] [--language en]

Starts ``streamlit run app.py`` on a free 127.0.0.1 port over a copy of the seeds, uploads one
article of that many megabytes on a single line through the Corpus page, and saves screenshots to
``benchmarks/output/``: the Corpus page after the upload, the Overview and the Timeline. It prints
how long each step took, whether the page showed an exception, and the server's peak memory.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.load_browser import CHROMIUM, CHROMIUM_ARGS, RUN_COUNTER_JS, SETTLED_JS
from benchmarks.load_server import PeakMemory, start_server, stop
from benchmarks.long_line import long_line

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "benchmarks" / "output"
STEP_TIMEOUT_MS = 300_000


def settle(page, runs_before: int) -> None:
    page.wait_for_function(SETTLED_JS, arg=[runs_before, 1000], polling=200, timeout=STEP_TIMEOUT_MS)


def runs(page) -> int:
    return page.evaluate("() => window.__runsDone || 0")


def visit(page, url: str, shot: str, log) -> None:
    started = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    settle(page, 0)
    report(page, shot, time.perf_counter() - started, log)


def report(page, shot: str, seconds: float, log) -> None:
    exceptions = page.locator("[data-testid=stException]").count()
    page.screenshot(path=str(OUTPUT / f"{shot}.png"), full_page=True)
    log(f"{shot}: {seconds:.1f} s, {exceptions} exception box(es), screenshot {OUTPUT / shot}.png")


def upload(page, name: str, data: bytes, log) -> None:
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        [{"name": name, "mimeType": "text/plain", "buffer": data}])
    page.locator("[data-testid=stFileChip]").first.wait_for(timeout=STEP_TIMEOUT_MS)
    settle(page, runs(page) - 1)
    started, before = time.perf_counter(), runs(page)
    page.get_by_role("button", name="Add to corpus").click()
    page.get_by_text("Uploads:").first.wait_for(timeout=STEP_TIMEOUT_MS)
    settle(page, before)
    log(f"  message: {page.get_by_text('Uploads:').first.inner_text().strip()}")
    report(page, "long-line-01-corpus-after-upload", time.perf_counter() - started, log)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--language", default="en", choices=["en", "zh"])
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    def log(message: str) -> None:
        print(message, flush=True)

    work = Path(tempfile.mkdtemp(prefix="news-long-line-"))
    corpus = work / "corpus"
    shutil.copytree(ROOT / "seeds", corpus, ignore=shutil.ignore_patterns("__pycache__"))
    OUTPUT.mkdir(parents=True, exist_ok=True)
    data = long_line(args.language, args.megabytes).encode("utf-8")
    lines = data.count(b"\n") + 1
    log(f"one-line article: {len(data):,} bytes, {lines} line(s)")
    process, url = start_server(corpus, work / "cache", work / "streamlit.log")
    try:
        with PeakMemory(process.pid) as memory, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            context.set_default_timeout(STEP_TIMEOUT_MS)
            context.add_init_script(RUN_COUNTER_JS)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)[:300]))
            visit(page, f"{url}/corpus", "long-line-00-corpus", log)
            upload(page, f"long-{args.language}.txt", data, log)
            visit(page, f"{url}/", "long-line-02-overview", log)
            visit(page, f"{url}/timeline", "long-line-03-timeline", log)
            log(f"javascript errors: {errors or 'none'}")
            browser.close()
        log(f"server peak RSS: {memory.peak_mb:,.0f} MB")
    finally:
        stop(process)
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
