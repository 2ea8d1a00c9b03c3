"""What a page draws for a view is built once per corpus version, filters and chart."""

from __future__ import annotations

import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import plotly.graph_objects as go
import pytest

from lib.analyze.filters import Filters
from lib.charts.provenance import provenance_of
from ui import cache, view_cache

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture
def corpus(tmp_path):
    cache._store.clear()
    view_cache._described_figure.clear()
    view_cache._recent_events.clear()
    return cache.load_corpus(shutil.copytree(SEEDS, tmp_path / "seeds"), tmp_path / "cache")


def bar_chart(builds: list[str], title: str):
    def build():
        builds.append(title)
        return go.Figure(go.Bar(x=["a", "b"], y=[1, 2]), layout={"title": {"text": title}})
    return build


def test_a_figure_is_built_once_per_view_and_described(corpus):
    builds: list[str] = []
    figures = []
    for companies in [("ByteDance",), ("ByteDance",), ()]:
        view = cache.filtered_view(corpus, Filters(companies=companies))
        provenance = provenance_of(view, "seeds", "2026-12-03")
        figures.append(view_cache.view_figure(corpus, view, "overview/test", bar_chart(builds, "Bars"), provenance, 60))
    assert builds == ["Bars", "Bars"]
    assert figures[0] is figures[1] and figures[2] is not figures[0]
    assert "ByteDance" in figures[0].layout.title.subtitle.text
    assert "ByteDance" not in figures[2].layout.title.subtitle.text


def test_the_newest_events_of_a_view_are_reused_and_never_changed_by_their_reader(corpus):
    view = cache.filtered_view(corpus, Filters(companies=("ByteDance",)))
    first = view_cache.recent_events(corpus, view, 3)
    assert len(first) == 3 and first["date"].is_monotonic_decreasing
    first.loc[:, "companies"] = "tampered"
    second = view_cache.recent_events(corpus, view, 3)
    assert not (second["companies"] == "tampered").any()


def stand_in(version: str = "v1", companies: tuple[str, ...] = ()):
    """A corpus and a view as ``per_view`` reads them: a version, a folder and filters."""
    return SimpleNamespace(version=version, root="/news"), SimpleNamespace(filters=Filters(companies=companies))


def counted(calls: list, max_entries: int = 4):
    @view_cache.per_view(max_entries=max_entries)
    def answer(corpus, view, word: str, _note: str = "", times: int = 1):
        calls.append((corpus.version, view.filters.companies, word, times))
        return [word] * times
    answer.clear()
    return answer


def test_the_same_key_is_answered_once_and_a_different_one_again():
    calls: list = []
    answer = counted(calls)
    corpus, view = stand_in()
    first = answer(corpus, view, "cloud")
    assert answer(corpus, view, "cloud") is first
    assert answer(corpus, view, "cloud", "a note is no part of the key") is first
    assert answer(corpus, view, word="cloud", times=1) is first
    assert answer(corpus, view, "cloud", times=2) == ["cloud", "cloud"]
    assert answer(corpus, stand_in(companies=("Baidu",))[1], "cloud") == ["cloud"]
    assert calls == [("v1", (), "cloud", 1), ("v1", (), "cloud", 2), ("v1", ("Baidu",), "cloud", 1)]


def test_a_new_corpus_version_answers_again():
    calls: list = []
    answer = counted(calls)
    answer(*stand_in("v1"), "chips")
    answer(*stand_in("v2"), "chips")
    answer(*stand_in("v2"), "chips")
    assert [call[0] for call in calls] == ["v1", "v2"]


def test_the_least_recently_used_answer_goes_past_the_bound():
    calls: list = []
    answer = counted(calls, max_entries=2)
    corpus, view = stand_in()
    for word in ["a", "b", "a", "c", "a", "b"]:
        answer(corpus, view, word)
    assert [call[2] for call in calls] == ["a", "b", "c", "b"]


def test_two_answers_keep_apart_although_their_keys_are_alike():
    @view_cache.per_view(max_entries=4)
    def terms(corpus, view, word: str):
        return f"terms of {word}"

    @view_cache.per_view(max_entries=4)
    def marks(corpus, view, word: str):
        return f"marks of {word}"

    corpus, view = stand_in()
    assert (terms(corpus, view, "x"), marks(corpus, view, "x")) == ("terms of x", "marks of x")


def test_callers_asking_at_once_wait_for_one_answer():
    calls: list = []

    @view_cache.per_view(max_entries=4)
    def slow(corpus, view, word: str):
        calls.append(word)
        time.sleep(0.2)
        return object()

    slow.clear()
    corpus, view = stand_in()
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: slow(corpus, view, "once"), range(4)))
    assert calls == ["once"] and all(answer is answers[0] for answer in answers)
