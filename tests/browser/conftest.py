"""Browser tests: the dashboard served by ``streamlit run``, driven through Debian's Chromium.

* ``start_server(corpus_dir)``: starts ``streamlit run app.py`` on a free port over that folder
  (with its own parse cache) and returns a ``Server``; every server is stopped after the session.
* ``server``: the one server most tests share, over a *copy* of ``seeds/`` (tests never write into
  the repository's seeds).
* ``new_tab()`` / ``page``: a fresh browser context per tab, recording page errors, console errors
  and dialogs (any dialog is dismissed and recorded) in ``tab_log(page)``.
* ``open_page(page, url)``: navigate and wait until the app has finished its run.
* ``save_screenshot(page, name)``: a full-page PNG in ``test-output/screenshots/``.

Playwright's own browser download is not used: Chromium comes from Debian (``/usr/bin/chromium``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from benchmarks.load_browser import RUN_COUNTER_JS
from benchmarks.load_server import free_port, healthy, spawn_streamlit

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
VIEWPORT = {"width": 1400, "height": 1000}
# Page name → URL path of every page the dashboard registers.
PAGES = {
    "overview": "/", "timeline": "/timeline", "stories": "/stories", "companies": "/companies",
    "keywords": "/keywords", "search": "/search", "reader": "/reader", "corpus": "/corpus",
}
SERVER_START_SECONDS = 60
IDLE_TIMEOUT_MS = 45_000
# The app counts as idle once its script has stopped running for this long (reruns triggered by
# widgets or query-param syncing start within a few frames).
IDLE_SETTLE_MS = 400
# After an action, this long without a run (none drawn, none counted) also counts as idle.
QUIET_AS_IDLE_MS = 8_000
# Plotly draws asynchronously after Streamlit hands it the figure; then a moment for transitions.
PLOTLY_SETTLE_SECONDS = 0.3


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.stash[_FAILED] = report.failed
    return report


@pytest.fixture(scope="session", autouse=True)
def fresh_screenshot_folder():
    """The folder shows the last run only: old PNGs (and failure shots) are removed first."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()


# --- the server -----------------------------------------------------------------------------

@dataclass
class Server:
    url: str
    corpus: Path
    process: subprocess.Popen
    log: Path

    def page_url(self, page: str = "overview", query: str = "") -> str:
        path = PAGES.get(page, page)
        return f"{self.url}{path}" + (f"?{query.lstrip('?')}" if query else "")

    def log_tail(self, chars: int = 4000) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _launch(corpus: Path, work: Path) -> Server:
    port = free_port()
    log = work / f"streamlit-{port}.log"
    process = spawn_streamlit(corpus, work / "parse-cache", log, port)
    server = Server(f"http://127.0.0.1:{port}", corpus, process, log)
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if healthy(server.url):
            return server
        if process.poll() is not None:
            break
        time.sleep(0.25)
    server.stop()
    raise RuntimeError(f"streamlit did not answer /_stcore/health on port {port} within "
                       f"{SERVER_START_SECONDS} s (exit code {process.returncode}).\n{server.log_tail()}")


@pytest.fixture(scope="session")
def start_server(tmp_path_factory, browser):
    """``start_server(corpus_dir)`` → a running ``Server``; all are stopped after the session.

    ``warm=True`` (the default) opens the Overview once before returning. With ``warm=False`` the
    first request may be a deep link: ``test_first_visit_on_a_deep_link`` checks that a fresh
    server runs app.py for it (the page files live in ``app_pages/``, not in a ``pages/`` folder
    that would put Streamlit in its old pages-folder mode until ``st.navigation`` first ran).
    """
    servers: list[Server] = []

    def start(corpus: Path, warm: bool = True) -> Server:
        work = tmp_path_factory.mktemp("server")
        try:
            server = _launch(corpus, work)
        except RuntimeError as first:
            # The free port can be taken between probing and binding; one retry on a new port.
            try:
                server = _launch(corpus, work)
            except RuntimeError:
                pytest.fail(str(first), pytrace=False)
        servers.append(server)
        if warm:
            context = new_context(browser)
            try:
                open_page(context.new_page(), server.url + "/")
            finally:
                context.close()
        return server

    yield start
    for server in servers:
        server.stop()


def copy_of_seeds(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus") / "seeds"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns("__pycache__"))
    return corpus


@pytest.fixture(scope="session")
def server(start_server, tmp_path_factory) -> Server:
    """The shared server over a copy of the seeds; tests must not change its corpus."""
    return start_server(copy_of_seeds(tmp_path_factory))


# --- the browser ------------------------------------------------------------------------------

@dataclass
class TabLog:
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    http_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


_LOGS: dict[int, TabLog] = {}


def tab_log(page) -> TabLog:
    return _LOGS[id(page)]


# On a deep link (/reader) Streamlit's frontend first probes /reader/_stcore/… in case the page
# path is the server's base path, gets 404 and falls back to /_stcore/…: expected, not an error.
_BASE_PATH_PROBE = re.compile(r"^http://127\.0\.0\.1:\d+/[^?#]+/_stcore/(health|host-config)\b")


def _is_noise(message) -> bool:
    """Console errors that say nothing about the app.

    Chromium runs without network, so Streamlit's icon fetches from Google Fonts fail; and the
    base-path probes above answer 404.
    """
    if "Failed to load resource" not in message.text:
        return False
    location = (message.location or {}).get("url", "")
    return not location.startswith("http://127.0.0.1") or bool(_BASE_PATH_PROBE.match(location))


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium. Install it with "
                    "`sudo apt-get install chromium` (see the README's test command).", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_tab(browser, request):
    """``new_tab()`` → a page in its own browser context (its own Streamlit session)."""
    contexts = []

    def open_tab():
        context = new_context(browser)
        contexts.append(context)
        page = context.new_page()
        log = _LOGS[id(page)] = TabLog()
        page.on("pageerror", lambda error: log.page_errors.append(str(error)))
        page.on("console", lambda msg: msg.type == "error" and not _is_noise(msg)
                and log.console_errors.append(f"{msg.text} ({(msg.location or {}).get('url', '')})"))
        page.on("response", lambda response: response.status >= 400 and not _BASE_PATH_PROBE.match(response.url)
                and log.http_errors.append(f"{response.status} {response.url}"))

        def on_dialog(dialog):
            log.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)
        return page

    yield open_tab
    failed = request.node.stash.get(_FAILED, False)
    for number, context in enumerate(contexts):
        for page in context.pages:
            if failed:
                _failure_screenshot(page, f"FAILED_{request.node.name}_{number}")
            _LOGS.pop(id(page), None)
        context.close()


@pytest.fixture
def page(new_tab):
    return new_tab()


def _failure_screenshot(page, name: str) -> None:
    try:
        save_screenshot(page, name)
    except Exception as error:  # a failing test already says what went wrong
        print(f"could not save failure screenshot {name}: {error}")


# --- helpers -------------------------------------------------------------------------------------

# After an action in a page that has already run (``runsBefore`` > 0), a long quiet spell counts as
# idle too: React can draw a fast run's start and finish as one render, so the counter never sees it.
_IDLE_JS = """([runsBefore, settleMs, quietMs]) => {
  const app = document.querySelector('[data-test-script-state]');
  const notRunning = app && app.getAttribute('data-test-script-state') === 'notRunning';
  const counted = (window.__runsDone || 0) > runsBefore;
  const quiet = runsBefore > 0 && window.__quietSince !== null
    && performance.now() - Math.max(window.__quietSince, window.__waitStarted) >= quietMs;
  if (!notRunning || !(counted || quiet)) { window.__idleSince = null; return false; }
  window.__idleSince = window.__idleSince || performance.now();
  return performance.now() - window.__idleSince >= settleMs;
}"""

_PLOTLY_DRAWN_JS = """() => [...document.querySelectorAll('[data-testid=stPlotlyChart]')]
  .every(chart => chart.querySelector('.js-plotly-plot .main-svg'))"""


def new_context(browser):
    """A browser context whose pages count the app's finished script runs (see ``wait_idle``)."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(20_000)
    # Finished runs (running → notRunning) counted in ``window.__runsDone`` from the start of each
    # document, as benchmarks/load_browser.py counts them: "notRunning" alone is not enough, as
    # under load a fresh page can sit in that state for a while before its first run starts.
    context.add_init_script(RUN_COUNTER_JS)
    return context


def runs_done(page) -> int:
    """Script runs finished since the page was (re)loaded; pass it to ``wait_idle`` before acting."""
    return page.evaluate("() => window.__runsDone || 0")


def wait_idle(page, runs_before: int = 0, timeout_ms: int = IDLE_TIMEOUT_MS) -> None:
    """Wait for a script run that ends after ``runs_before`` runs, with no new run starting for a
    moment (reruns from widgets or query-param syncing start within a few frames), then until every
    Plotly chart is drawn."""
    page.evaluate("() => { window.__idleSince = null; window.__waitStarted = performance.now(); }")
    page.wait_for_function(_IDLE_JS, arg=[runs_before, IDLE_SETTLE_MS, QUIET_AS_IDLE_MS], polling=100,
                           timeout=timeout_ms)
    # An idle script can still leave skeleton placeholders for elements the browser has not drawn.
    page.wait_for_function("() => !document.querySelector('[data-testid=stSkeleton]')", polling=100,
                           timeout=timeout_ms)
    page.wait_for_function(_PLOTLY_DRAWN_JS, polling=100, timeout=timeout_ms)
    time.sleep(PLOTLY_SETTLE_SECONDS)


def open_page(page, url: str) -> None:
    """Navigate (a new document, so a new session run) and wait for the app to be idle."""
    page.goto(url, wait_until="domcontentloaded")
    wait_idle(page)


def rerun(page) -> None:
    """Reload the tab (a new script run, same URL) and wait for it to finish."""
    page.reload(wait_until="domcontentloaded")
    wait_idle(page)


def screenshot_name(page_name: str, query: str = "") -> str:
    slug = re.sub(r"[^A-Za-z0-9_+-]+", "-", query).strip("-")
    return f"{page_name}__{slug or 'default'}"[:150]


def save_screenshot(page, name: str) -> Path:
    """A full-page PNG: the viewport grows to the height of the app's scrolling main area."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    height = page.evaluate("""() => Math.max(
        ...['stMain', 'stSidebarContent', 'stAppViewContainer']
          .map(id => document.querySelector(`[data-testid=${id}]`))
          .filter(Boolean).map(el => el.scrollHeight), window.innerHeight)""")
    size = page.viewport_size or VIEWPORT
    path = SCREENSHOTS / f"{name}.png"
    page.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 16_000)})
    try:
        time.sleep(0.3)  # Plotly and the layout react to the resize
        page.screenshot(path=str(path), full_page=True)
    finally:
        page.set_viewport_size(size)
    return path


def exceptions_on(page) -> list[str]:
    return [text[:500] for text in page.locator("[data-testid=stException]").all_inner_texts()]


def assert_runs_cleanly(page) -> None:
    """No Streamlit exception box and no JavaScript error: checked first so a broken page fails
    with its traceback rather than with a missing chart or caption."""
    assert not exceptions_on(page), exceptions_on(page)
    assert not tab_log(page).page_errors, tab_log(page).page_errors


def multiselect_chips(page) -> dict[str, list[str]]:
    """The chosen values of every multiselect in the sidebar, by widget label."""
    chips = {}
    for widget in page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").all():
        label = widget.locator("[data-testid=stWidgetLabel]").inner_text().strip()
        chips[label] = [tag.get_attribute("aria-label") for tag in widget.locator("[data-tag]").all()]
    return chips


def choose_in_multiselect(page, label: str, value: str) -> None:
    """Pick ``value`` in the sidebar multiselect labelled ``label``, as a person would."""
    widget = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").filter(
        has=page.locator("[data-testid=stWidgetLabel]", has_text=label))
    before = runs_done(page)
    widget.locator("input").click()
    page.locator("[role=option]", has_text=value).first.click()
    page.keyboard.press("Escape")
    wait_idle(page, before)


def main_captions(page) -> list[str]:
    return [t.strip() for t in page.locator("[data-testid=stMain] [data-testid=stCaptionContainer]").all_inner_texts()]


def main_text(page) -> str:
    return page.locator("[data-testid=stMain]").inner_text()
