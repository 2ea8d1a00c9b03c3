"""What a page draws for a view is built once per corpus version, filters and chart."""

from __future__ import annotations

import shutil
from pathlib import Path

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
