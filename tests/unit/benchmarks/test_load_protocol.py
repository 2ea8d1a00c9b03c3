"""The load benchmark's protocol client speaks Streamlit's websocket protocol well enough that the
server filters for it: checked against a real ``streamlit run`` over a copy of the seeds."""

from __future__ import annotations

import asyncio
import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest
from streamlit.proto.MultiSelect_pb2 import MultiSelect

from benchmarks.load_protocol import (
    COMPANY_FILTER,
    FINISHED_WITH_COMPILE_ERROR,
    ProtocolSession,
    Run,
    run_problems,
    run_protocol_session,
    widget_of,
    with_param,
)
from benchmarks.load_server import start_server, stop
from benchmarks.load_session import company_changes
from tests.conftest import SEED_DIR


@pytest.mark.parametrize(("query", "key", "values", "expected"), [
    ("", "company", ["ByteDance"], "company=ByteDance"),
    ("company=ByteDance", "company", ["Qihoo 360"], "company=Qihoo+360"),
    ("company=A&company=B&type=launch", "company", [], "type=launch"),
    ("dates=2021-01-01&dates=2025-12-31", "company", ["A", "B"],
     "dates=2021-01-01&dates=2025-12-31&company=A&company=B"),
])
def test_a_bound_widget_writes_its_values_into_the_query_string(query, key, values, expected):
    assert with_param(query, key, values) == expected


def test_a_multiselect_starts_at_its_default_and_takes_a_value_the_server_sets():
    proto = MultiSelect(id="w1", label="Companies", options=["A", "B", "C"], default=[2], query_param_key="company")
    widget = widget_of("multiselect", proto)
    assert (widget.values, widget.default, widget.query_param_key) == (["C"], ["C"], "company")
    proto.set_value, proto.raw_values[:] = True, ["A", "B"]
    assert widget_of("multiselect", proto).values == ["A", "B"]
    assert widget_of("markdown", proto) is None


def test_exceptions_and_compile_errors_are_problems():
    assert run_problems([Run(), Run(status=0)]) == []
    assert run_problems([Run(exceptions=["KeyError: 'x'"]), Run(status=FINISHED_WITH_COMPILE_ERROR)]) == [
        "exception: KeyError: 'x'", "compile error"]


def test_the_changes_pick_clear_and_pick_the_next():
    assert company_changes(["A", "B"], 6) == ["A", None, "B", None, "A", None]
    with pytest.raises(ValueError):
        company_changes([], 2)


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    work = tmp_path_factory.mktemp("load-server")
    corpus = work / "seeds"
    shutil.copytree(SEED_DIR, corpus, ignore=shutil.ignore_patterns("__pycache__"))
    process, url = start_server(corpus, work / "parse-cache", work / "streamlit.log")
    yield url
    stop(process)


def documents_metric(run: Run) -> str:
    return next(text for text in run.texts if text.startswith("Documents: "))


async def pick_and_clear(url: str):
    session = ProtocolSession(url)
    try:
        first = await session.open()
        companies = session.widget(COMPANY_FILTER).options
        # The least mentioned company is in fewer than all five seed articles.
        seconds, picked = await session.choose(COMPANY_FILTER, [companies[-1]])
        query_after_pick = session.query_string
        _, cleared = await session.choose(COMPANY_FILTER, [])
        return first, companies, seconds, picked, query_after_pick, cleared, session.query_string
    finally:
        await session.close()


def run_apart(coroutine):
    """``asyncio.run`` in a thread of its own: the browser tests' Playwright keeps an event loop
    running in the main thread when they run first in the same pytest process (as ``.ci/run`` does)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def test_a_change_through_the_protocol_filters_the_page(server_url):
    first, companies, seconds, picked, query_after_pick, cleared, query_after_clear = run_apart(
        pick_and_clear(server_url))
    assert documents_metric(first[-1]) == "Documents: 5 of 5"
    assert len(companies) > 2 and "ByteDance" in companies
    assert [run.status for run in picked] == [0] and run_problems(picked) == []
    shown, total = documents_metric(picked[-1]).removeprefix("Documents: ").split(" of ")
    assert 0 < int(shown) < int(total) == 5
    assert 0 < seconds < 60
    assert query_after_pick == with_param("", "company", [companies[-1]])
    assert documents_metric(cleared[-1]) == "Documents: 5 of 5"
    assert query_after_clear == ""


def test_a_session_times_every_change_without_errors(server_url):
    result = run_apart(run_protocol_session(server_url, 4))
    assert result.errors == []
    assert len(result.latencies_ms) == 4 and all(0 < ms < 60_000 for ms in result.latencies_ms)
