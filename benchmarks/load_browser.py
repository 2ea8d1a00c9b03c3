"""The load benchmark's browser client: one Playwright context in Debian's Chromium per session.

Each context opens the Overview and changes the sidebar's company filter as a person would (open
the list, click a company by its exact name, or remove the chosen one with its tag's button). A
change's latency runs from the click until the page shows the app idle (``data-test-script-state``
``notRunning``) after the last script run it caused, that run's end read from the page's websocket
frames, with no other run finishing for ``SETTLE_S``. Errors: a Streamlit exception box, a
JavaScript error, or a change that did not finish within the timeout. The browsers run on the
server's machine, so this measures the browsers' rendering as well.

``RUN_COUNTER_JS`` and ``SETTLED_JS`` count runs from the page alone, for the browser tests and
``benchmarks.long_line_browser``, whose runs are slow enough to be drawn.
"""

from __future__ import annotations

import asyncio
import time

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks.load_session import (
    CHANGE_TIMEOUT_S,
    COMPANIES_USED,
    FIRST_LOAD_TIMEOUT_S,
    SETTLE_S,
    SessionResult,
    company_changes,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# The multiselect's list starts with this entry when it offers more than one option.
SELECT_ALL = "Select all"
FINISHED_EARLY = ForwardMsg.FINISHED_EARLY_FOR_RERUN
POLL_S = 0.05
IDLE_JS = """() => document.querySelector('[data-test-script-state]')
  ?.getAttribute('data-test-script-state') === 'notRunning'"""

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


class FinishedRuns:
    """The script runs the page's websocket reported finished, and when (Python's clock).

    Read from the frames rather than from the page: when the server is fast, a run's start and
    finish can reach React in one render, and the page's ``data-test-script-state`` never changes.
    """

    def __init__(self) -> None:
        self.count, self.last_at = 0, 0.0

    def watch(self, socket) -> None:
        socket.on("framereceived", self.received)

    def received(self, payload) -> None:
        if isinstance(payload, bytes | bytearray):
            message = ForwardMsg.FromString(bytes(payload))
            if message.WhichOneof("type") == "script_finished" and message.script_finished != FINISHED_EARLY:
                self.count += 1
                self.last_at = time.perf_counter()


async def settled(page, finished: FinishedRuns, runs_before: int, timeout_s: float) -> float:
    """Wait until a run finished after ``runs_before``, no other finished for ``SETTLE_S`` and the
    page shows the app idle; the moment (Python's clock) it was first seen idle after the last run."""
    deadline = time.perf_counter() + timeout_s
    idle_at = None
    while time.perf_counter() < deadline:
        last = finished.last_at
        if finished.count > runs_before and await page.evaluate(IDLE_JS):
            idle_at = idle_at if idle_at is not None and idle_at >= last else time.perf_counter()
            if time.perf_counter() - last >= SETTLE_S and finished.last_at == last:
                return idle_at
        else:
            idle_at = None
        await asyncio.sleep(POLL_S)
    raise TimeoutError(f"no finished run shown within {timeout_s:.0f} s ({finished.count - runs_before} finished)")


def company_filter(page):
    return page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first


async def change_company(page, finished: FinishedRuns, company: str | None) -> float:
    """Pick ``company`` in the sidebar's company filter, or remove the chosen one (None); the ms
    from the click to the page showing the end of the last script run it caused."""
    before = finished.count
    widget = company_filter(page)
    if company is None:
        started = time.perf_counter()
        await widget.locator("[data-tag] button[aria-label^=Remove]").first.click()
    else:
        await widget.locator("input").click()
        option = page.get_by_role("option", name=company, exact=True)
        await option.wait_for()
        started = time.perf_counter()
        await option.click()
        await page.keyboard.press("Escape")
    return (await settled(page, finished, before, CHANGE_TIMEOUT_S) - started) * 1000


async def company_names(page) -> list[str]:
    """The first companies the filter offers (the most mentioned); not its "Select all" entry."""
    await company_filter(page).locator("input").click()
    texts = [text.strip() for text in await page.get_by_role("option").all_inner_texts()]
    await page.keyboard.press("Escape")
    return [text for text in texts if text != SELECT_ALL][:COMPANIES_USED]


async def run_session(browser, url: str, changes: int) -> SessionResult:
    result = SessionResult()
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(CHANGE_TIMEOUT_S * 1000)
    page = await context.new_page()
    page.on("pageerror", lambda error: result.errors.append(f"javascript: {error}"[:300]))
    finished = FinishedRuns()
    page.on("websocket", finished.watch)
    try:
        await page.goto(url, wait_until="domcontentloaded")
        await settled(page, finished, 0, FIRST_LOAD_TIMEOUT_S)
        plan = company_changes(await company_names(page), changes) if changes else []
        for number, company in enumerate(plan):
            try:
                result.latencies_ms.append(await change_company(page, finished, company))
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


async def run_browser_load(url: str, sessions: int, changes: int) -> list[SessionResult]:
    """``sessions`` Chromium contexts at once, each making ``changes`` changes."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            return await asyncio.gather(*(run_session(browser, url, changes) for _ in range(sessions)))
        finally:
            await browser.close()
