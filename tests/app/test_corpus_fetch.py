"""The Corpus page's fetch form, against a local server that the test explicitly allows."""

from __future__ import annotations

import shutil
from pathlib import Path

from lib.read.metadata_csv import read_metadata_csv
from tests.app.conftest import SEEDS, assert_no_exception
from tests.unit.read.test_fetch import server  # noqa: F401 (the local-server fixture)

PAGE = "app_pages/corpus.py"


def test_pasted_links_and_a_feed_are_saved_and_reported(run_page, tmp_path, monkeypatch, server):  # noqa: F811
    corpus = Path(shutil.copytree(SEEDS, tmp_path / "corpus"))
    monkeypatch.setenv("NEWS_FETCH_ALLOW_PRIVATE", "127.0.0.1")
    app = run_page(PAGE, corpus=corpus)
    assert app.button(key="fetch_go").disabled
    app.text_area(key="fetch_links_0").input(f"{server}/en.html\n# a comment\n{server}/image.png")
    app.text_input(key="fetch_feed_0").input(f"{server}/atom.xml").run()
    app.button(key="fetch_go").click().run()
    assert_no_exception(app)
    assert "Fetch: 1 saved · 1 already there · 1 skipped." in [w.value for w in app.warning]
    rows, _ = read_metadata_csv(corpus)
    assert rows["127.0.0.1-en.html"]["url"] == f"{server}/en.html"
    assert (corpus / "127.0.0.1-en.html").is_file()


def test_the_local_server_is_refused_without_the_operator_allowing_it(run_page, tmp_path, monkeypatch, server):  # noqa: F811
    corpus = Path(shutil.copytree(SEEDS, tmp_path / "corpus"))
    monkeypatch.delenv("NEWS_FETCH_ALLOW_PRIVATE", raising=False)
    app = run_page(PAGE, corpus=corpus)
    app.text_area(key="fetch_links_0").input(f"{server}/en.html").run()
    app.button(key="fetch_go").click().run()
    assert_no_exception(app)
    assert "Fetch: 0 saved · 0 already there · 1 skipped." in [w.value for w in app.warning]
    assert not (corpus / "127.0.0.1-en.html").exists()
