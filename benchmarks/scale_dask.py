"""The Dask engine's part of the scale benchmark (``bench_scale --engines local dask``).

A cold ingest on a LocalCluster of 1 and of 2 worker processes (cluster start and shutdown
included: what ``export --engine dask`` costs), its peak memory per worker and the CPU seconds of
client and workers, from which the cost of one article and a plan for 10 million follow.
"""

from __future__ import annotations

import resource
import time

DASK_WORKERS = (1, 2)
NIGHTLY_ARTICLES = 10_000_000


def worker_usage() -> dict:
    """Run on each worker: its peak memory and CPU seconds so far (Linux: ru_maxrss in KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return {"rss_mb": own.ru_maxrss / 1024, "cpu_seconds": own.ru_utime + own.ru_stime}


def measure_dask_ingest(corpus: str, cache: str, workers: int) -> dict:
    """``build_corpus`` with an empty cache on a fresh LocalCluster of ``workers`` processes."""
    from lib.pipeline.corpus import build_corpus
    from lib.pipeline.dask_engine import dask_client, dask_parser

    start = time.perf_counter()
    with dask_client(None, workers) as client:
        cluster_start = time.perf_counter() - start
        built = build_corpus(corpus, cache_dir=cache, parse=dask_parser(client))
        usage = list(client.run(worker_usage).values())
    seconds = time.perf_counter() - start
    client_usage = worker_usage()
    cpu = client_usage["cpu_seconds"] + sum(u["cpu_seconds"] for u in usage)
    return {"seconds": seconds, "cluster_start_seconds": cluster_start, "workers": workers,
            "documents": len(built.documents), "skipped": len(built.skipped),
            "rss_client_mb": client_usage["rss_mb"], "rss_worker_mb": max(u["rss_mb"] for u in usage),
            "cpu_seconds": cpu, "worker_cpu_seconds": sum(u["cpu_seconds"] for u in usage)}


def measured_workers(results: list[dict]) -> list[str]:
    """The LocalCluster sizes measured at every size (``result["dask"]``'s keys), smallest first."""
    if not all("dask" in r for r in results):
        return []
    common = set.intersection(*(set(r["dask"]) for r in results))
    return sorted(common, key=int)


def dask_rows(results: list[dict]) -> list[dict]:
    """Table rows for the sizes measured with the Dask engine (``result["dask"][workers]``)."""
    counts = measured_workers(results)
    if not counts:
        return []
    rows = []
    for workers in counts:
        plural = "s" if int(workers) > 1 else ""
        rows.append({"name": f"Cold ingest, Dask engine, {workers} worker{plural} (s)",
                     "values": [r["dask"][workers]["seconds"] for r in results],
                     "ratio": True, "target": ("ratio", 0.5), "growth": "ingest"})
    most, plural = counts[-1], "s" if int(counts[-1]) > 1 else ""
    rows.append({"name": f"Peak memory, Dask engine: largest worker, {most} worker{plural} (MB)",
                 "values": [r["dask"][most]["rss_worker_mb"] for r in results], "target": ("max", 2048)})
    rows.append({"name": f"Peak memory, Dask engine: client, {most} worker{plural} (MB)",
                 "values": [r["dask"][most]["rss_client_mb"] for r in results], "target": ("max", 2048)})
    rows.append({"name": f"CPU per article, Dask engine, {most} worker{plural}: client + workers (ms)",
                 "values": [1000 * r["dask"][most]["cpu_seconds"] / r["n"] for r in results]})
    return rows


def dask_notes(last: dict) -> list[str]:
    """How ingest scales with workers here, and what 10 million articles a night would take."""
    counts = measured_workers([last])
    if not counts:
        return []
    n, runs = last["n"], last["dask"]
    most = runs[counts[-1]]
    per_article = most["worker_cpu_seconds"] / n
    worker_hours = NIGHTLY_ARTICLES * per_article / 3600
    times = ", ".join(f"{w} worker{'s' if int(w) > 1 else ''} {runs[w]['seconds']:.1f} s "
                      f"(cluster start {runs[w]['cluster_start_seconds']:.1f} s of it)" for w in counts)
    speedup = (f"; speed-up {runs[counts[0]]['seconds'] / most['seconds']:.2f}× from {counts[0]} to {counts[-1]}"
               if len(counts) > 1 else "")
    costs = "; ".join(f"{w} worker(s): {1000 * runs[w]['worker_cpu_seconds'] / n:.1f} ms" for w in counts[:-1])
    return [
        f"Dask engine at N={n:,}: {times}{speedup}; local pool {last['cold']['seconds']:.1f} s. "
        f"Peak memory: client {most['rss_client_mb']:,.0f} MB, largest worker {most['rss_worker_mb']:,.0f} MB.",
        f"Measured cost of one article on a worker: {1000 * per_article:.1f} CPU ms ({counts[-1]} workers"
        + (f"; {costs}" if costs else "") + "); client (reading files, assembling, "
        f"duplicates) {1000 * (most['cpu_seconds'] - most['worker_cpu_seconds']) / n:.1f} ms.",
        f"A nightly run of {NIGHTLY_ARTICLES:,} articles at that cost: {worker_hours:,.0f} worker-hours "
        f"(one core each), so {worker_hours / 8:,.1f} h on 8 workers or {worker_hours / 32:,.1f} h on 32, "
        "plus the client's share, which one machine does not spread (see the client ms above).",
    ]
