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


def dask_rows(results: list[dict]) -> list[dict]:
    """Table rows for the sizes measured with the Dask engine (``result["dask"][workers]``)."""
    if not all("dask" in r for r in results):
        return []
    rows = []
    for workers in DASK_WORKERS:
        plural = "s" if workers > 1 else ""
        rows.append({"name": f"Cold ingest, Dask engine, {workers} worker{plural} (s)",
                     "values": [r["dask"][str(workers)]["seconds"] for r in results],
                     "ratio": True, "target": ("ratio", 0.5), "growth": "ingest"})
    rows.append({"name": "Peak memory, Dask engine: largest worker, 2 workers (MB)",
                 "values": [r["dask"]["2"]["rss_worker_mb"] for r in results], "target": ("max", 2048)})
    rows.append({"name": "CPU per article, Dask engine, 2 workers: client + workers (ms)",
                 "values": [1000 * r["dask"]["2"]["cpu_seconds"] / r["n"] for r in results]})
    return rows


def dask_notes(last: dict) -> list[str]:
    """How ingest scales with workers here, and what 10 million articles a night would take."""
    if "dask" not in last:
        return []
    n, one, two = last["n"], last["dask"]["1"], last["dask"]["2"]
    per_article = two["worker_cpu_seconds"] / n
    worker_hours = NIGHTLY_ARTICLES * per_article / 3600
    return [
        f"Dask engine at N={n:,}: 1 worker {one['seconds']:.1f} s, 2 workers {two['seconds']:.1f} s "
        f"(speed-up {one['seconds'] / two['seconds']:.2f}×; cluster start {one['cluster_start_seconds']:.1f} / "
        f"{two['cluster_start_seconds']:.1f} s of it); local pool {last['cold']['seconds']:.1f} s. "
        f"Peak memory: client {two['rss_client_mb']:,.0f} MB, largest worker {two['rss_worker_mb']:,.0f} MB.",
        f"Measured cost of one article on a worker: {1000 * per_article:.1f} CPU ms (2 workers; "
        f"1 worker: {1000 * one['worker_cpu_seconds'] / n:.1f} ms); client (reading files, assembling, "
        f"duplicates) {1000 * (two['cpu_seconds'] - two['worker_cpu_seconds']) / n:.1f} ms.",
        f"A nightly run of {NIGHTLY_ARTICLES:,} articles at that cost: {worker_hours:,.0f} worker-hours "
        f"(one core each), so {worker_hours / 8:,.1f} h on 8 workers or {worker_hours / 32:,.1f} h on 32, "
        "plus the client's share, which one machine does not spread (see the client ms above).",
    ]
