"""The issue's "Done when", tried as a new user would, in a real browser.

Start on an empty folder, upload a handful of real-looking English and Chinese articles (one GBK,
one HTML page), fix a wrong publication date in the Metadata table, add a company with its Chinese
name, and see the Overview, Timeline, Companies, Keywords and Reader pages change accordingly;
then restart the server on the same folder and parse cache and find everything still there.
Nothing on the way may open a dialog or turn article text into elements.

The servers here are started with ``streamlit run app.py -- --corpus DIR`` (the command line the
README gives) and with a parse cache that survives the restart, so they are launched locally
rather than through ``start_server``; browser tabs, waits and screenshots come from conftest.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from lib.pipeline.corpus import doc_ids_for
from tests.browser.conftest import (
    ROOT,
    SERVER_START_SECONDS,
    Server,
    assert_runs_cleanly,
    free_port,
    healthy,
    main_text,
    multiselect_chips,
    open_page,
    runs_done,
    save_screenshot,
    tab_log,
    wait_idle,
)

pytestmark = pytest.mark.browser

# --- the articles a new user brings ------------------------------------------------------------

# Dated 2019 in its dateline although everything in it happened in 2024: its year-less dates
# ("February 28", "March 1") and "the end of last year" resolve against that wrong year until the
# date is fixed in the Metadata table.
WRONG_DATE = """Baidu and Kuaishou race to put AI models in front of advertisers

Published: 2019-03-02
By Staff Writer | Tech Ledger

Baidu said on February 28 that its Ernie Bot now had more than 100 million users, up from 70 million at \
the end of last year.
On March 1, Kuaishou opened its Kling video generator to advertisers on its short-video platform.
Both companies told investors that generative AI would lift advertising revenue this year.
"""

MOONSHOT = """Moonshot AI's Kimi reads two million characters at once, and Alibaba is watching

March 20, 2024
Source: Asia Tech Wire | Author: Lin Wei

On March 18, 2024, Moonshot AI said its Kimi chatbot could now take prompts of two million Chinese \
characters, up from 200,000 when it launched in October 2023.
Alibaba led a funding round of more than $1 billion in Moonshot AI in February 2024, according to people \
familiar with the deal.
Traffic to Kimi jumped in the days after the announcement, and several brokers called the chatbot a rival \
to Alibaba's own Tongyi Qianwen.
Yang Zhilin, the founder of Moonshot AI, said the company would keep its focus on long-context models.
"""

# Saved as GBK. Names the company the user adds later, in Chinese and in English.
DOUBAO_GBK = """字节跳动发布豆包大模型，价格降至行业最低

2024年5月15日 来源：科技日报 作者：王小明

5月15日，字节跳动正式发布豆包大模型。
豆包主力模型的推理价格为每千tokens 0.0008元，比行业便宜99.3%。
火山引擎总裁谭待表示，豆包大模型日均处理1200亿tokens。
5月16日，蓝心智能（Lanxin AI）宣布接入豆包大模型，蓝心智能的办公助手将在6月上线。
分析人士认为，蓝心智能与字节跳动的合作将推动大模型在办公场景落地，价格战也会继续。
"""

HUNYUAN_HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>Tencent opens its Hunyuan model to every developer</title>
<script>alert(1)</script></head>
<body>
<header><nav>Home | Tech | Markets</nav></header>
<article>
<h1>Tencent opens its Hunyuan model to every developer</h1>
<p>Published: May 17, 2024</p>
<p>On May 17, 2024, Tencent made its Hunyuan large language model available to all developers on Tencent Cloud.</p>
<p>The company also cut the price of Hunyuan by as much as 87 per cent, following similar moves by ByteDance \
and Alibaba earlier in May.</p>
<p>Tencent said Hunyuan now powers more than 600 products inside the group, including WeChat.</p>
<script>alert(1)</script>
<img src=x onerror=alert(1)>
</article>
</body></html>
"""

WRONG_FILE, MOONSHOT_FILE, GBK_FILE, HTML_FILE = (
    "a_wrong_date.txt", "b_moonshot_kimi.txt", "c_doubao_gbk.txt", "d_tencent_hunyuan.html")
ARTICLES = {
    WRONG_FILE: WRONG_DATE.encode("utf-8"),
    MOONSHOT_FILE: MOONSHOT.encode("utf-8"),
    GBK_FILE: DOUBAO_GBK.encode("gbk"),
    HTML_FILE: HUNYUAN_HTML.encode("utf-8"),
}
DOC_IDS = doc_ids_for(sorted(ARTICLES))
WRONG_DOC, GBK_DOC, HTML_DOC = DOC_IDS[WRONG_FILE], DOC_IDS[GBK_FILE], DOC_IDS[HTML_FILE]

CORRECT_DATE = "2024-03-02"
# How the Reader names a date taken from metadata.csv (or a page's markup or address).
FROM_METADATA = "from metadata: metadata.csv, page markup or web address"
NEW_COMPANY, NEW_COMPANY_ZH = "Lanxin AI", "蓝心智能"
NEW_COMPANY_EN_ALIASES = ["Lanxin AI", "Lanxin"]

CORPUS_TABS = {"metadata": "Metadata", "rules": "Gazetteer & stopwords"}
# Columns of the Metadata table; the editor is entered on File, so Published is 5 steps right.
PUBLISHED_STEPS = 5
GRID_HEADER_Y, GRID_ROW_PX = 52, 35


# --- servers started the README's way -----------------------------------------------------------

def _launch_once(corpus: Path, cache: Path, log: Path, port: int) -> Server | None:
    env = {**os.environ, "NEWS_CACHE_DIR": str(cache), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    env.pop("CORPUS_DIR", None)  # the folder comes from the command line only
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--", "--corpus", str(corpus)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", corpus, process, log)
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        if healthy(server.url):
            return server
        time.sleep(0.25)
    server.stop()
    return None


@pytest.fixture
def launch(tmp_path):
    """``launch(corpus, cache, port=None)`` → a running ``Server``; all are stopped at teardown.

    A given port is tried first (a restart keeps its address when it can), then free ones.
    """
    started: list[Server] = []

    def start(corpus: Path, cache: Path, port: int | None = None) -> Server:
        ports = ([port] if port else []) + [free_port(), free_port()]
        for number, candidate in enumerate(ports):
            log = tmp_path / f"streamlit-{len(started)}-{number}-{candidate}.log"
            server = _launch_once(corpus, cache, log, candidate)
            if server is not None:
                started.append(server)
                return server
        pytest.fail(f"streamlit did not answer /_stcore/health on {ports}:\n"
                    f"{log.read_text(encoding='utf-8', errors='replace')[-4000:]}", pytrace=False)

    yield start
    for server in started:
        server.stop()


def port_of(server: Server) -> int:
    return int(server.url.rsplit(":", 1)[1])


# --- what the pages show ------------------------------------------------------------------------

_INJECTED_JS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('img[src=x], img[src="x"]')) found.push('img src=x');
  for (const s of document.querySelectorAll('script'))
    if (s.textContent.includes('alert(1)')) found.push('script: ' + s.textContent.slice(0, 80));
  for (const el of document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]'))
    found.push(el.tagName + ' with an inline handler');
  return found;
}"""


def assert_safe(page) -> None:
    """No dialog so far in this tab, and no element made from article text, in any frame."""
    assert not tab_log(page).dialogs, f"a dialog opened: {tab_log(page).dialogs}"
    found = [item for frame in page.frames for item in frame.evaluate(_INJECTED_JS)]
    assert not found, f"article text became elements: {found}"
    assert page.locator("img[src=x]").count() == 0


# ``open_page`` can return while a fresh document still shows skeletons where its elements will be
# (their code loads lazily) and so before any chart exists; wait for them too.
_SETTLED_JS = """() => !document.querySelector('[data-testid=stSkeleton]')
  && [...document.querySelectorAll('[data-testid=stPlotlyChart]')]
       .every(chart => chart.querySelector('.js-plotly-plot .main-svg'))"""


def settle(page) -> None:
    page.wait_for_function(_SETTLED_JS, polling=100, timeout=20_000)


def visit(page, url: str, shot: str | None = None) -> None:
    """Open ``url``, wait for the run to finish and its elements to show, check it ran cleanly and safely."""
    open_page(page, url)
    settle(page)
    if shot:
        save_screenshot(page, f"own-corpus-{shot}")
    assert_runs_cleanly(page)
    assert_safe(page)


def query(**params) -> str:
    pairs = [(key, item) for key, value in params.items()
             for item in (value if isinstance(value, list | tuple) else [value])]
    return urlencode(pairs)


def metric(page, label: str) -> str:
    """The metric's number, and the grey line under it when there is one ("4" over "of 4": "4 of 4")."""
    box = page.locator("[data-testid=stMain] [data-testid=stMetric]").filter(has_text=label).first
    value = box.locator("[data-testid=stMetricValue]").inner_text().strip()
    under = box.locator("[data-testid=stMetricDelta]")
    return f"{value} {under.inner_text().strip()}" if under.count() else value


def sidebar_options(page, label: str) -> list[str]:
    """Every option the sidebar multiselect ``label`` offers (the dropdown is opened and closed)."""
    widget = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").filter(
        has=page.locator("[data-testid=stWidgetLabel]", has_text=label))
    widget.locator("input").click()
    options = page.locator("[role=option]")
    options.first.wait_for()
    texts = [text.strip() for text in options.all_inner_texts()]
    page.keyboard.press("Escape")
    return texts


_CHARTS_JS = """() => [...document.querySelectorAll('[data-testid=stPlotlyChart] .js-plotly-plot')].map(el => {
  const strings = v => Array.isArray(v) ? v.filter(s => typeof s === 'string') : [];
  const axis = el.layout.yaxis || {};
  return {
    title: String((el.layout.title && el.layout.title.text) || '').replace(/<[^>]*>/g, ''),
    lanes: strings(axis.ticktext),
    traces: el.data.map(t => ({name: t.name || '', x: strings(t.x), y: strings(t.y), base: strings(t.base)})),
  };
})"""


def charts(page) -> list[dict]:
    """Title, y-axis tick labels and each trace's name and string coordinates of every Plotly chart."""
    return page.evaluate(_CHARTS_JS)


def chart(page, title_part: str) -> dict:
    with contextlib.suppress(PlaywrightTimeout):  # if it never comes, the assertion names the charts there are
        page.wait_for_function(
            """(part) => [...document.querySelectorAll('[data-testid=stPlotlyChart] .js-plotly-plot')]
              .some(el => el.querySelector('.main-svg') && el.layout && el.layout.title
                          && String(el.layout.title.text || '').includes(part))""",
            arg=title_part, polling=100, timeout=10_000)
    found = [c for c in charts(page) if title_part in c["title"]]
    assert found, f"no chart titled …{title_part}…: {[c['title'] for c in charts(page)]}"
    return found[0]


def timeline_marks(page) -> dict[str, set[str]]:
    """Lane name → start dates of its marks (bars start at ``base``, diamonds sit at ``x``)."""
    marks: dict[str, set[str]] = {}
    for trace in chart(page, "Events by company")["traces"]:
        dates = trace["base"] + trace["x"]
        if dates:
            marks.setdefault(trace["name"], set()).update(dates)
    return marks


def top_terms(page) -> list[str]:
    """The terms of every top-terms chart: English and Chinese are listed apart on a mixed folder."""
    chart(page, "Top ")  # waits until the charts are drawn
    return [term for c in charts(page) if c["title"].startswith("Top ") for term in c["traces"][0]["y"]]


def reader_published(page) -> str:
    """The "Published" value of the Reader's metadata list."""
    page.locator(".rd-meta dt").first.wait_for()
    return page.evaluate("""() => {
      const dt = [...document.querySelectorAll('.rd-meta dt')].find(el => el.textContent.trim() === 'Published');
      return dt ? dt.nextElementSibling.textContent.trim() : null;
    }""")


def highlighted(page, text: str) -> list[str]:
    """The hover titles of the Reader's highlighted mentions whose text is exactly ``text``."""
    page.locator(".rd-text").first.wait_for()
    return page.evaluate("""(text) => [...document.querySelectorAll('.rd-text .rd-m')]
      .filter(el => el.textContent === text).map(el => el.getAttribute('title'))""", text)


def grid_rows(page) -> list[list[str]]:
    """The Metadata table's data rows, read from the grid's accessible table."""
    page.locator("[data-testid=stDataFrame] table tr td").first.wait_for(state="attached")  # a hidden a11y table
    return page.evaluate("""() => [...document.querySelectorAll('[data-testid=stDataFrame] table tr')]
      .map(row => [...row.querySelectorAll('td')].map(cell => cell.innerText.trim()))
      .filter(cells => cells.length)""")


# The grid's state as its accessible table shows it: Glide redraws that table 200 ms after the last
# change (selection, edit), so every wait below polls it rather than reading it once.
_GRID_STATE_JS = """() => {
  const grid = document.querySelector('[data-testid=stDataFrame]');
  const selected = grid ? [...grid.querySelectorAll('td[aria-selected=true]')].map(td => td.id) : [];
  const editor = document.querySelector('textarea.gdg-input');
  return {selected, editor: editor ? editor.value : null,
          focus: document.activeElement ? document.activeElement.tagName + '#' + document.activeElement.id : null,
          script: document.querySelector('[data-test-script-state]')?.getAttribute('data-test-script-state'),
          runs: window.__runsDone || 0};
}"""


def grid_state(page) -> dict:
    """The Metadata table's selected cells, open editor's text, focused element and script state."""
    return page.evaluate(_GRID_STATE_JS)


def wait_for_grid(page, what: str, condition_js: str, arg, timeout_ms: int = 10_000) -> None:
    """Wait until ``condition_js(arg)`` holds; if it never does, fail naming ``what`` and the grid's state."""
    try:
        page.wait_for_function(condition_js, arg=arg, polling=100, timeout=timeout_ms)
    except PlaywrightTimeout:
        pytest.fail(f"Metadata table: {what} within {timeout_ms / 1000:.0f} s; grid: {grid_state(page)}",
                    pytrace=False)


def wait_for_selected(page, row: int, column: int) -> None:
    """Wait until the grid's selection is the one cell at (0-based data) ``row``, ``column``."""
    wait_for_grid(page, f"cell ({row}, {column}) was not selected", """([row, column]) => {
          const selected = [...document.querySelectorAll('[data-testid=stDataFrame] td[aria-selected=true]')];
          return selected.length === 1 && selected[0].id === `glide-cell-${column}-${row}`;
        }""", [row, column])


def wait_for_cell(page, row: int, column: int, value: str) -> None:
    """Wait until the Metadata table shows ``value`` in a cell (0-based data row and column)."""
    wait_for_grid(page, f"cell ({row}, {column}) did not show {value!r}", """([row, column, value]) => {
          const rows = [...document.querySelectorAll('[data-testid=stDataFrame] table tr')]
            .filter(r => r.querySelectorAll('td').length);
          const cell = rows[row] && rows[row].querySelectorAll('td')[column];
          return cell && cell.innerText.trim() === value;
        }""", [row, column, value])


def edit_cell(page, row: int, column: int, value: str) -> None:
    """Type ``value`` into a Metadata table cell as a person does: click the row's File cell, arrow
    right, Enter, type, Enter. Each key waits for the grid to show the one before took effect: the
    keys are blind, and an editor opened one cell off drops a date the column refuses (URL) or puts
    it in the wrong column, so the cell never shows it and the cause is lost."""
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.click(position={"x": 40, "y": GRID_HEADER_Y + GRID_ROW_PX * row})
    wait_for_selected(page, row, 0)
    for step in range(1, column + 1):
        page.keyboard.press("ArrowRight")
        wait_for_selected(page, row, step)
    page.keyboard.press("Enter")
    editor = page.locator("textarea.gdg-input")
    editor.fill(value)
    expect(editor).to_have_value(value)
    page.keyboard.press("Enter")
    wait_for_grid(page, "the cell editor did not close on Enter",
                  "() => !document.querySelector('textarea.gdg-input')", None)
    wait_for_cell(page, row, column, value)


def upload(page, files: dict[str, bytes]) -> str:
    """Choose ``files`` in the uploader, press "Add to corpus" and return the outcome message."""
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files([
        {"name": name, "mimeType": "text/html" if name.endswith(".html") else "text/plain", "buffer": data}
        for name, data in files.items()])
    # Wait for the uploader to list the files, not for a new script run: once in seven CI runs the
    # selection's rerun was never counted and the wait timed out with the files already listed.
    expect(page.locator("[data-testid=stFileChip]")).to_have_count(len(files), timeout=30_000)
    wait_idle(page)
    button = page.get_by_role("button", name="Add to corpus")
    expect(button).to_be_enabled()
    message = page.get_by_text(re.compile(r"^Uploads: \d+ saved"))
    expect(message).to_have_count(0)  # an earlier outcome is gone, so the one read below is this one's
    before = runs_done(page)
    button.click()
    expect(message).to_be_visible(timeout=30_000)
    wait_idle(page, before)
    return message.inner_text().strip()


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8-sig").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def article_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".txt", ".html", ".md", ".htm"))


# --- the tests ----------------------------------------------------------------------------------

def test_empty_folder_every_page_explains_itself(launch, tmp_path, page):
    """A new user's first look: no page breaks on an empty folder, and the Corpus page invites uploads."""
    empty = tmp_path / "empty"
    empty.mkdir()
    server = launch(empty, tmp_path / "cache")

    visit(page, server.page_url("overview"))
    assert "0 documents" in page.locator("[data-testid=stSidebar]").inner_text()
    assert page.locator("[data-testid=stMain] [data-testid=stAlert]").count() > 0, "no message on an empty folder"
    for name in ("timeline", "companies", "keywords", "reader"):
        visit(page, server.page_url(name), f"00-empty-{name}")
        alerts = page.locator("[data-testid=stMain] [data-testid=stAlert]").all_inner_texts()
        assert alerts, f"{name}: an empty corpus shows neither content nor a message"
    visit(page, server.page_url("corpus", query(tab=CORPUS_TABS["metadata"])))
    assert "There are no documents yet: add articles first." in main_text(page)
    visit(page, server.page_url("corpus"))
    assert page.locator("[data-testid='stFileUploaderDropzoneInput']").count() == 1
    expect(page.get_by_role("button", name="Add to corpus")).to_be_disabled()
    assert list(empty.iterdir()) == [], "just looking must not write into the folder"


def test_own_corpus_from_empty_folder_to_restart(launch, tmp_path, page):
    folder = tmp_path / "my-articles"
    folder.mkdir()
    cache = tmp_path / "parse-cache"
    server = launch(folder, cache)

    # 1. An empty folder: a clear message, no exception; the Corpus page takes uploads.
    visit(page, server.page_url("overview"), "01-empty-overview")
    assert "0 documents" in page.locator("[data-testid=stSidebar]").inner_text()
    alerts = page.locator("[data-testid=stMain] [data-testid=stAlert]").all_inner_texts()
    assert any("corpus folder" in text for text in alerts), alerts

    # 2. Upload four articles (UTF-8, GBK, HTML), then one of them again.
    visit(page, server.page_url("corpus"))
    outcome = upload(page, ARTICLES)
    save_screenshot(page, "own-corpus-02-uploaded")
    assert_runs_cleanly(page)
    assert outcome == "Uploads: 4 saved · 0 already in the folder · 0 rejected.", outcome
    assert article_files(folder) == sorted(ARTICLES)
    for name, data in ARTICLES.items():
        assert (folder / name).read_bytes() == data, f"{name} was not saved byte for byte"
    assert metric(page, "Documents") == "4"

    outcome = upload(page, {WRONG_FILE: ARTICLES[WRONG_FILE]})
    save_screenshot(page, "own-corpus-03-uploaded-again")
    assert outcome == "Uploads: 0 saved · 1 already in the folder · 0 rejected.", outcome
    assert article_files(folder) == sorted(ARTICLES), "a duplicate upload must not add a file"
    assert_safe(page)

    visit(page, server.page_url("overview"), "04-overview-uploaded")
    assert metric(page, "Documents") == "4 of 4"
    assert metric(page, "Published") == "Mar 2019 – May 2024", "the wrong dateline should show before the fix"
    assert NEW_COMPANY not in sidebar_options(page, "Companies")

    visit(page, server.page_url("reader", query(doc=GBK_DOC)), "05-reader-gbk-before")
    text = main_text(page)
    assert "字节跳动发布豆包大模型" in text and "5月15日，字节跳动正式发布豆包大模型。" in text, "GBK not decoded"
    assert reader_published(page) == "2024-05-15 (day precision, read from the article text)"
    assert highlighted(page, "字节跳动"), "the gazetteer's ByteDance alias is not highlighted"
    assert not highlighted(page, NEW_COMPANY_ZH), "not in the gazetteer yet, so not highlighted yet"

    visit(page, server.page_url("reader", query(doc=HTML_DOC)))
    text = main_text(page)
    assert "Tencent opens its Hunyuan model to every developer" in text
    assert "On May 17, 2024, Tencent made its Hunyuan large language model" in text
    assert "alert(1)" not in text and "Home | Tech | Markets" not in text, "script or navigation kept from the HTML"

    visit(page, server.page_url("reader", query(doc=WRONG_DOC)))
    assert reader_published(page) == "2019-03-02 (day precision, read from the article text)"

    visit(page, server.page_url("timeline"), "06-timeline-before-fix")
    marks = timeline_marks(page)
    assert marks.get("Kuaishou") == {"2019-03-01"}, marks
    assert "2018-10-01" in marks.get("Baidu", set()), "'the end of last year' should follow the wrong year"

    # 3. Fix the wrong date in the Metadata table.
    visit(page, server.page_url("corpus", query(tab=CORPUS_TABS["metadata"])))
    rows = grid_rows(page)
    files = [row[0] for row in rows]
    assert files == sorted(ARTICLES), rows
    row = files.index(WRONG_FILE)
    assert rows[row][PUBLISHED_STEPS] == "2019-03-02", rows[row]
    edit_cell(page, row, PUBLISHED_STEPS, CORRECT_DATE)
    save_screenshot(page, "own-corpus-07-metadata-edited")
    before = runs_done(page)
    page.get_by_role("button", name="Save metadata").click()
    expect(page.get_by_text("Saved metadata for 1 document to metadata.csv.")).to_be_visible(timeout=30_000)
    wait_idle(page, before)
    save_screenshot(page, "own-corpus-08-metadata-saved")
    assert_runs_cleanly(page)
    saved = read_csv_rows(folder / "metadata.csv")
    assert [(r["file"], r["published"]) for r in saved] == [(WRONG_FILE, CORRECT_DATE)], saved
    assert all(not r.get(column) for r in saved for column in ("title", "source", "author", "url", "language")), \
        f"only the changed cell should be written: {saved}"

    visit(page, server.page_url("reader", query(doc=WRONG_DOC)), "09-reader-date-fixed")
    assert reader_published(page) == f"{CORRECT_DATE} (day precision, {FROM_METADATA})"

    visit(page, server.page_url("timeline"), "10-timeline-after-fix")
    marks = timeline_marks(page)
    assert marks.get("Kuaishou") == {"2024-03-01"}, marks
    assert {"2024-02-28", "2023-10-01"} <= marks.get("Baidu", set()), marks
    assert not any(day.startswith(("2018", "2019")) for days in marks.values() for day in days), marks

    visit(page, server.page_url("overview"))
    assert metric(page, "Published") == "Mar 2024 – May 2024"

    # Keywords before the company exists: jieba splits the unknown name.
    visit(page, server.page_url("keywords", query(company="ByteDance")))
    terms = top_terms(page)
    assert NEW_COMPANY_ZH not in terms and "蓝心" in terms, terms

    # 4. Add a company with its Chinese name.
    visit(page, server.page_url("corpus", query(tab=CORPUS_TABS["rules"])))
    page.get_by_role("textbox", name="Name", exact=True).fill(NEW_COMPANY)
    page.get_by_role("textbox", name="English aliases, one per line").fill("\n".join(NEW_COMPANY_EN_ALIASES))
    page.get_by_role("textbox", name="Chinese aliases, one per line").fill(NEW_COMPANY_ZH)
    before = runs_done(page)
    page.get_by_role("button", name="Add to gazetteer").click()
    expect(page.get_by_text(f"Added {NEW_COMPANY} (company) with 3 aliases to gazetteer.csv.")).to_be_visible(
        timeout=30_000)
    wait_idle(page, before)
    save_screenshot(page, "own-corpus-11-company-added")
    assert_runs_cleanly(page)
    entries = [row for row in read_csv_rows(folder / "gazetteer.csv") if row["entity"] == NEW_COMPANY]
    assert len(entries) == 1 and entries[0]["kind"] == "company", entries
    assert set(entries[0]["aliases"].split("|")) == {*NEW_COMPANY_EN_ALIASES, NEW_COMPANY_ZH}, entries

    visit(page, server.page_url("overview"))
    assert NEW_COMPANY in sidebar_options(page, "Companies")

    visit(page, server.page_url("companies", query(company=[NEW_COMPANY, "ByteDance"])), "12-companies")
    assert multiselect_chips(page)["Companies"] == [NEW_COMPANY, "ByteDance"]
    share = chart(page, "Share of voice")
    assert {trace["name"] for trace in share["traces"]} >= {NEW_COMPANY, "ByteDance"}, share
    per_document = chart(page, "Mentions per document")
    assert NEW_COMPANY in per_document["traces"][0]["x"], per_document

    visit(page, server.page_url("timeline", query(company=NEW_COMPANY)), "13-timeline-new-company")
    timeline = chart(page, "Events by company")
    assert NEW_COMPANY in timeline["lanes"], timeline["lanes"]
    assert "2024-05-16" in timeline_marks(page).get(NEW_COMPANY, set())

    visit(page, server.page_url("keywords", query(company="ByteDance")))
    assert NEW_COMPANY_ZH in top_terms(page), "the new alias should now come out of jieba whole"
    visit(page, server.page_url("keywords", query(company=NEW_COMPANY)), "14-keywords-new-company")
    assert "No font that can draw Chinese" not in main_text(page)
    # English and Chinese have a cloud each on a mixed folder; the new company's article is Chinese.
    cloud = page.locator('[data-testid=stImage] img[alt="Word cloud: Chinese terms in 1 document"]')
    expect(cloud).to_have_count(1)
    cloud.wait_for()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=cloud.element_handle(), timeout=10_000)
    terms = top_terms(page)
    assert NEW_COMPANY_ZH in terms and "豆包大模型" in terms, terms
    assert sum(bool(re.search(r"[\u4e00-\u9fff]", term)) for term in terms) > len(terms) / 2, terms

    visit(page, server.page_url("reader", query(doc=GBK_DOC)), "15-reader-new-company")
    titles = highlighted(page, NEW_COMPANY_ZH)
    assert len(titles) == 3 and all(title.startswith(f"{NEW_COMPANY} · company") for title in titles), titles
    assert highlighted(page, "Lanxin AI"), "the English alias inside the Chinese text is not highlighted"

    # 5. Restart on the same folder and parse cache: everything is still there.
    server.stop()
    server = launch(folder, cache, port=port_of(server))
    visit(page, server.page_url("overview"), "16-overview-after-restart")
    assert metric(page, "Documents") == "4 of 4"
    assert metric(page, "Published") == "Mar 2024 – May 2024"
    assert NEW_COMPANY in sidebar_options(page, "Companies")
    visit(page, server.page_url("reader", query(doc=WRONG_DOC)), "17-reader-after-restart")
    assert reader_published(page) == f"{CORRECT_DATE} (day precision, {FROM_METADATA})"
    visit(page, server.page_url("reader", query(doc=GBK_DOC)))
    assert len(highlighted(page, NEW_COMPANY_ZH)) == 3
    visit(page, server.page_url("timeline", query(company=NEW_COMPANY)))
    assert NEW_COMPANY in chart(page, "Events by company")["lanes"]
    assert article_files(folder) == sorted(ARTICLES)

    # 6. Nothing ran from the articles during the whole session.
    assert_safe(page)
    assert not tab_log(page).page_errors, tab_log(page).page_errors
