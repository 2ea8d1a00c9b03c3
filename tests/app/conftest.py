"""AppTest harness: run app.py on a chosen page, with URL query parameters, on a chosen corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture
def run_page(monkeypatch, tmp_path):
    """``run_page("app_pages/timeline.py", company=["ByteDance"])`` → the AppTest after one run."""
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))

    def run(page: str, corpus: Path = SEEDS, timeout: float = 60, **params) -> AppTest:
        monkeypatch.setenv("CORPUS_DIR", str(corpus))
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
        for name, value in params.items():
            app.query_params[name] = value
        app.run()  # st.navigation registers the pages on the first run
        if page != "app_pages/overview.py":
            app.switch_page(page)
            app.run()
        return app

    return run


def story_articles_folder(folder: Path, article_ids: tuple[str, ...]) -> Path:
    """A folder of real articles from the story test set (tests/data/stories), with their metadata."""
    from benchmarks.story_quality import load_articles, write_folder

    return write_folder([a for a in load_articles() if a["id"] in article_ids], folder)


# Kuaishou's Kling 2.0 launch of April 15, 2025, reported in English (s229) and in Chinese (s230).
KLING_ARTICLES = ("s229", "s230")


def shown(markdown: str) -> str:
    """The text a Markdown element displays: backslash escapes (lib.markup) removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


def assert_no_exception(app: AppTest) -> None:
    assert not app.exception, [e.value for e in app.exception]
    assert not app.error, [e.value for e in app.error]
