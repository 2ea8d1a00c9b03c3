"""The scale benchmark's Dask rows: the table rows and the 10-million-article plan follow from the measurements."""

from __future__ import annotations

import pytest

from benchmarks.scale_dask import NIGHTLY_ARTICLES, dask_notes, dask_rows
from benchmarks.scale_report import notes, render_table


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


def ingest_only(n: int, workers: tuple[str, ...] = ("1", "2")) -> dict:
    """A result as ``--ingest-only`` leaves it: no ``pages``; the Dask runs of ``workers`` only."""
    full = result(n)
    cold = {**full["cold"], "documents": n, "mentions": 6 * n, "events": 2 * n, "terms": 12 * n, "runs": [5.0],
            "rss_self_mb": 400.0, "rss_children_mb": 100.0, "workers": 2, "process_cpu_seconds": 9.0}
    return {**{k: v for k, v in full.items() if k != "pages"}, "generate_seconds": 1.0, "cold": cold,
            "baseline": {**full["baseline"], "runs": [10.0], "dictionary_seconds": 0.5, "process_cpu_seconds": 10.0},
            "warm": {"seconds": 0.1, "rss_mb": 300.0},
            "dask": {w: full["dask"][w] for w in workers}}


def test_ingest_only_reports_the_dashboard_as_not_measured():
    table = render_table([ingest_only(1000), ingest_only(10000)])
    dashboard = [line for line in table.splitlines() if line.startswith("| Dashboard (AppTest)")]
    assert dashboard == ["| Dashboard (AppTest): first run, page reruns, peak memory | not measured (--ingest-only) "
                         "| not measured (--ingest-only) |  |  |  | not measured |"]
    assert "Rerun after a company-filter change" not in table
    assert "| Cold ingest, Dask engine, 2 workers (s) | 8.00 | 8.00 |" in table
    lines = notes([ingest_only(10000)])
    assert "Dashboard not measured (--ingest-only)." in lines and "Page reruns" not in lines
    assert "Warm ingest: 0.10 s, peak memory 300 MB." in lines


def test_only_the_cluster_sizes_measured_get_rows_and_notes():
    rows = dask_rows([ingest_only(100000, workers=("2",))])
    assert [row["name"] for row in rows] == ["Cold ingest, Dask engine, 2 workers (s)",
                                             "Peak memory, Dask engine: largest worker, 2 workers (MB)",
                                             "Peak memory, Dask engine: client, 2 workers (MB)",
                                             "CPU per article, Dask engine, 2 workers: client + workers (ms)"]
    plan = dask_notes(ingest_only(100000, workers=("2",)))
    assert "speed-up" not in plan[0] and "2 workers 8.0 s" in plan[0]
    assert "0.1 CPU ms (2 workers)" in plan[1]  # 12 worker CPU seconds over 100,000 articles


def test_a_size_missing_a_cluster_size_drops_that_row():
    mixed = [ingest_only(1000), ingest_only(100000, workers=("2",))]
    names = [row["name"] for row in dask_rows(mixed)]
    assert "Cold ingest, Dask engine, 1 worker (s)" not in names
    assert "Cold ingest, Dask engine, 2 workers (s)" in names


def test_the_flags_reach_each_size(monkeypatch, tmp_path):
    import benchmarks.bench_scale as bench

    calls = []
    monkeypatch.setattr(bench, "bench_size", lambda n, *args, **kwargs: calls.append((n, args, kwargs))
                        or ingest_only(n, workers=("2",)))
    monkeypatch.setattr(bench, "machine", lambda: "machine")
    monkeypatch.setattr(bench, "OUTPUT", tmp_path / "output")
    bench.main(["--sizes", "100", "--engines", "local", "dask", "--dask-workers", "2", "--ingest-only",
                "--repeats", "1", "--workdir", str(tmp_path / "work")])
    (n, args, kwargs), = calls
    assert n == 100 and args[-2:] == (("local", "dask"), (2,)) and kwargs == {"pages": False}
    assert "not measured (--ingest-only)" in (tmp_path / "output" / "results.md").read_text()


@pytest.mark.parametrize(("pages", "engines", "expected"), [
    (False, ("local", "dask"), ["baseline", "ingest", "dask_ingest:2", "ingest", "incremental"]),
    (True, ("local",), ["baseline", "ingest", "ingest", "pages", "incremental"]),
])
def test_bench_size_runs_the_pages_only_when_asked(monkeypatch, tmp_path, pages, engines, expected):
    import benchmarks.bench_scale as bench

    kinds = []

    def fake_measure(kind, corpus, cache, workers=None):
        kinds.append(kind + (f":{workers}" if workers else ""))
        return {"seconds": 1.0, "rss_mb": 1.0, "rss_worker_mb": 1.0}

    monkeypatch.setattr(bench, "run_measure", fake_measure)
    measured = bench.bench_size(3, tmp_path, lambda message: None, 1, engines, (2,), pages=pages)
    assert kinds == expected
    assert ("pages" in measured) is pages and ("dask" in measured) is ("dask" in engines)
