"""The Overview page run through AppTest: seeds with and without filters, an empty filter, a messy folder."""

from __future__ import annotations

import base64
import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
import streamlit as st

from tests.app.conftest import ROOT, assert_no_exception
from tests.corpus_factory import EXPECTED_OUTCOMES, write_messy_corpus, write_metadata_csv

PAGE = "app_pages/overview.py"
ARTICLES_TITLE = "Articles per month"
MENTIONS_TITLE = "Company mentions per month"


@pytest.fixture(scope="module")
def exported_events(tmp_path_factory) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("export")
    subprocess.run([sys.executable, "-m", "lib", "export", "seeds", "--out", str(out), "--no-cache"],
                   cwd=ROOT, check=True, capture_output=True)
    return pd.read_csv(out / "events.csv", keep_default_na=False)


def metrics(app) -> dict[str, str]:
    """Each metric's value, with the grey line under it when there is one ("5" over "of 5": "5 of 5")."""
    return {m.label: f"{m.value} {m.delta}" if m.delta else m.value for m in app.metric}


def figures(app) -> dict[str, dict]:
    specs = [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
    return {spec["layout"]["title"]["text"]: spec for spec in specs}


def values(array) -> list:
    """A trace's data array; Plotly sends numeric arrays as base64 typed arrays."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"])).tolist()
    return list(array)


def articles_total(app) -> int:
    return sum(sum(values(t["y"])) for t in figures(app)[ARTICLES_TITLE]["data"])


def trace_names(figure: dict) -> set[str]:
    return {trace.get("name") for trace in figure["data"]}


def events_table(app) -> pd.DataFrame:
    tables = [t.value for t in app.dataframe if "sentence" in t.value.columns]
    assert len(tables) == 1
    return tables[0]


def test_default_shows_the_whole_seed_corpus(run_page, exported_events):
    app = run_page(PAGE)
    assert_no_exception(app)
    numbers = metrics(app)
    assert numbers["Documents"] == "5 of 5"
    # The count alone is the big number, so "1,006 of 1,006" is never cut to "1,006 of 1,…" in a quarter of the page.
    documents = next(m for m in app.metric if m.label == "Documents")
    assert (documents.value, documents.delta) == ("5", "of 5")
    assert numbers["Events"] == str(len(exported_events))
    assert numbers["Published"] == "May 2023 – Jan 2025"
    assert int(numbers["Companies named"]) > 10
    charts = figures(app)
    assert {ARTICLES_TITLE, MENTIONS_TITLE, "Documents per language", "Documents per outlet"} <= set(charts)
    assert articles_total(app) == 5
    assert {"Xiaohongshu", "ByteDance", "other companies"} <= trace_names(charts[MENTIONS_TITLE])
    table = events_table(app)
    assert len(table) == len(exported_events)
    assert list(table["date"]) == sorted(exported_events["date"], reverse=True)
    assert any("No files were skipped" in s.value for s in app.success)


def test_company_filter_narrows_documents_and_events(run_page, exported_events):
    app = run_page(PAGE, company="ByteDance")
    assert_no_exception(app)
    numbers = metrics(app)
    shown, total = (int(n) for n in numbers["Documents"].split(" of "))
    assert (shown, total) == (3, 5)
    assert 0 < int(numbers["Events"]) < len(exported_events)
    table = events_table(app)
    assert len(table) == int(numbers["Events"])
    assert table["companies"].str.contains("ByteDance").all()
    assert articles_total(app) == 3
    assert any("companies: ByteDance" in c.value for c in app.caption)


def test_event_type_filter_keeps_only_that_type(run_page, exported_events):
    app = run_page(PAGE, type=["launch"])
    assert_no_exception(app)
    table = events_table(app)
    assert set(table["event_type"]) == {"launch"}
    assert len(table) == (exported_events["event_type"] == "launch").sum()


def test_outlet_filter(run_page):
    app = run_page(PAGE, outlet="Sina Technology")
    assert_no_exception(app)
    assert metrics(app)["Documents"] == "1 of 5"
    assert values(figures(app)["Documents per outlet"]["data"][0]["y"]) == ["Sina Technology"]


def test_filter_that_leaves_nothing_says_so(run_page):
    app = run_page(PAGE, company="Qihoo 360", docs="004_7deb7713580fdd7d")
    assert not app.exception
    assert any("No documents match the current filters" in i.value for i in app.info)
    assert not app.metric and not app.get("plotly_chart")


def test_messy_corpus_lists_skipped_files_and_reasons(run_page, tmp_path):
    # A sub-folder: run_page keeps its parse cache in tmp_path/cache, which must not be in the corpus.
    corpus = write_metadata_csv(write_messy_corpus(tmp_path / "messy"))
    app = run_page(PAGE, corpus=corpus)
    assert_no_exception(app)
    skipped = next(t.value for t in app.dataframe if "reason" in t.value.columns)
    reasons = dict(zip(skipped["file"], skipped["reason"], strict=True))
    # big.txt is only too large under the small limit the ingest tests pass; the app reads it.
    expected = {file: reason for file, (kind, reason) in EXPECTED_OUTCOMES.items()
                if kind == "skip" and file != "big.txt"}
    assert set(reasons) == set(expected)
    for file, start in expected.items():
        assert reasons[file].startswith(start), (file, reasons[file])
    read = sum(kind == "text" for kind, _ in EXPECTED_OUTCOMES.values()) + 1      # + big.txt
    # en_utf16le_bom.txt and en_utf16be_nobom.txt are one article in two encodings: counted once (issue 12).
    assert metrics(app)["Documents"] == f"{read - 1} of {read - 1}"
    assert not any("No files were skipped" in s.value for s in app.success)
    warnings = next(t.value for t in app.dataframe if "message" in t.value.columns)
    assert warnings["message"].str.contains("ghost.txt").any()
    assert any("with no known publication date" in c.value for c in app.caption)


def story_links(app) -> list[str]:
    return [link.proto.query_string for link in app.get("page_link") if link.proto.page == "stories"]


def test_most_corroborated_stories_link_to_their_cards(run_page):
    app = run_page(PAGE)
    assert_no_exception(app)
    links = story_links(app)
    # The seeds' two stories reported by two articles: the Trik launch and the large-model team.
    assert len(links) == 2 and all(q.startswith("story=story-") for q in links)
    assert sum("2 articles" in c.value for c in app.caption) == 2


def test_most_corroborated_stories_follow_the_filters(run_page):
    app = run_page(PAGE, company="ByteDance")
    assert_no_exception(app)
    assert not story_links(app)
    assert any("No happening in this view is reported by two or more articles" in i.value for i in app.info)


def test_a_large_corpus_whose_stories_are_not_grouped_yet_does_not_wait_on_the_encoder(run_page, monkeypatch):
    import ui.story_cache

    # As on a corpus above the threshold that no page has grouped yet on this server.
    monkeypatch.setattr(ui.story_cache, "STORIES_WITHOUT_ASKING", 0)
    monkeypatch.setattr(ui.story_cache, "_GROUPED", set())
    grouped = []
    monkeypatch.setattr(ui.story_cache, "_stories", lambda *args: grouped.append(args))
    app = run_page(PAGE)
    assert_no_exception(app)
    assert not grouped and not any(q.startswith("story=") for q in story_links(app))
    assert any("Stories are grouped the first time the Stories page is opened" in c.value for c in app.caption)


@pytest.mark.parametrize("company", [None, "ByteDance"])
def test_the_overview_started_from_a_snapshot_makes_no_terms(run_page, tmp_path, company):
    # (Sentences are read when its stories are at hand, as on the seeds: the stories need them.)
    from lib.deferred import stored
    from lib.pipeline.corpus import build_corpus
    from ui import cache

    build_corpus(ROOT / "seeds", tmp_path / "cache")    # the snapshot run_page's start will find
    cache._store.clear()
    # The pages' answers are kept per corpus version in this process: an earlier test's Keywords page on the
    # seeds would answer this one's without reading its terms.
    st.cache_resource.clear()
    st.cache_data.clear()
    app = run_page(PAGE, **({"company": [company]} if company else {}))
    assert_no_exception(app)
    held = next(iter(cache._store().corpora.values()))
    assert not stored(held, "terms").is_made
    app.switch_page("app_pages/keywords.py")
    app.run()
    assert_no_exception(app)
    assert stored(held, "terms").is_made
