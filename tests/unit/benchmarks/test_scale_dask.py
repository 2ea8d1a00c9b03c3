"""The scale benchmark's Dask rows: the table rows and the 10-million-article plan follow from the measurements."""

from __future__ import annotations

import pytest

from benchmarks.scale_dask import NIGHTLY_ARTICLES, dask_notes, dask_rows
from benchmarks.scale_report import render_table


def measured(n: int, seconds: float, worker_cpu: float) -> dict:
    return {"seconds": seconds, "cluster_start_seconds": 1.0, "rss_client_mb": 400.0, "rss_worker_mb": 250.0,
            "cpu_seconds": worker_cpu + 2.0, "worker_cpu_seconds": worker_cpu}


def result(n: int) -> dict:
    page = {"rerun_seconds": 0.1, "errors": [], "first_visit_seconds": 0.2}
    return {
        "n": n, "baseline": {"seconds": 10.0}, "cold": {"seconds": 5.0, "rss_mb": 500.0},
        "warm": {"seconds": 0.1}, "incremental": {"seconds": 0.2, "parsed_calls": 1, "new_cache_rows": 1},
        "pages": {"before_stories": {"rss_mb": 300.0}, "rss_mb": 600.0, "first_run_seconds": 1.0,
                  "pages": {"app_pages/overview.py": page}},
        "dask": {"1": measured(n, 12.0, 10.0), "2": measured(n, 8.0, 12.0)},
    }


def test_rows_say_each_worker_count_against_the_baseline():
    rows = dask_rows([result(1000)])
    assert [row["name"] for row in rows][:2] == ["Cold ingest, Dask engine, 1 worker (s)",
                                                 "Cold ingest, Dask engine, 2 workers (s)"]
    assert rows[0]["values"] == [12.0] and rows[1]["values"] == [8.0]
    assert rows[-1]["values"] == [pytest.approx(14.0)]  # (12 + 2) CPU seconds over 1,000 articles, in ms
    table = render_table([result(1000)])
    assert "| Cold ingest, Dask engine, 2 workers (s) | 8.00 | 0.80× |" in table
    assert "NO: value" in table.split("2 workers (s)")[1].split("\n")[0]  # 0.8× misses the 0.5× target


def test_without_dask_measurements_nothing_is_added():
    plain = {key: value for key, value in result(1000).items() if key != "dask"}
    assert dask_rows([plain]) == [] and dask_notes(plain) == []


def test_the_nightly_plan_is_the_measured_worker_cost_times_ten_million():
    notes = dask_notes(result(1000))
    # 12 worker CPU seconds for 1,000 articles: 12 ms an article, 33 worker-hours for 10 million.
    hours = NIGHTLY_ARTICLES * 0.012 / 3600
    assert "12.0 CPU ms" in notes[1]
    assert f"{hours:,.0f} worker-hours" in notes[2] and f"{hours / 8:,.1f} h on 8 workers" in notes[2]
    assert "speed-up 1.50×" in notes[0]
