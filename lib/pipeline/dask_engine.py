"""Ingest on Dask: the same per-file parse (``batches.parse_chunk``) mapped over a dask.distributed cluster.

``dask_client`` connects to a running scheduler (``tcp://HOST:8786``) or starts a ``LocalCluster``
of worker processes on 127.0.0.1 without a dashboard; ``dask_parser(client)`` is the stand-in for
``batches.parse_batches`` that ``build_corpus(parse=...)`` takes. Each chunk of files is one task;
the client gathers every result and puts the results in file order, so the frames (and the store
written from them) are the local engine's. Progress counts the files of the chunks the scheduler
reports finished.

A worker that dies mid-run loses no rows and doubles none: the scheduler runs its tasks again on
another worker, and the client takes each task's result once. A chunk whose task killed workers
until the scheduler gave up on it (``KilledWorker``) is parsed again file by file, one at a time,
and a file that then kills a worker on its own is skipped with ``batches.KILLED_REASON``.
Workers on this machine (a LocalCluster) write the parse cache as the pool's do; workers of a
scheduler elsewhere write none (the cache folder is this machine's).
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import accumulate

from distributed import Client, Future, LocalCluster, as_completed
from distributed.scheduler import KilledWorker

from lib.pipeline.article import Toolkit, build_toolkit
from lib.pipeline.batches import (
    Batch,
    Job,
    ParseBatches,
    chunks_of,
    in_job_order,
    killed_batch,
    parse_chunk,
)
from lib.rules import Rules
from lib.store.parse_cache import ParseCache


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a LocalCluster of ``workers`` processes
    (default: one per core) that ends with the block."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # One thread a worker: the parse holds the GIL, so more threads would only share one core.
    with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      host="127.0.0.1", scheduler_port=0, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def dask_parser(client: Client) -> ParseBatches:
    """``parse_batches`` on the cluster of ``client`` (its ``workers`` argument is the cluster's)."""

    def parse(jobs, rules, cache_dir=None, progress=None, done=0, total=0, workers=None, spill=None) -> list[Batch]:
        if progress:
            progress(done, total)
        if not jobs:
            return []
        cache_dir = cache_dir if client.cluster is not None else None  # a cluster elsewhere: not our disk
        return in_job_order(_parsed_on(client, jobs, rules, cache_dir), progress, done, total, spill)

    return parse


def _parsed_on(client: Client, jobs: Sequence[Job], rules: Rules, cache_dir) -> Iterator[tuple[int, Batch]]:
    """``(position of its first job, batch)`` for every chunk, as the scheduler reports them done."""
    chunks = chunks_of(jobs, max(1, sum(client.nthreads().values())))
    starts = [0, *accumulate(len(chunk) for chunk in chunks)]
    run = uuid.uuid4().hex[:12]  # task keys of this run only: a client may parse twice
    # A task, not scattered data: when every worker holding its result has died, the scheduler
    # computes it again, where lost scattered data would cancel every parse waiting for it.
    shared_rules = client.submit(_the_rules, rules, key=f"rules-{run}")
    futures: dict[Future, int] = {
        client.submit(_parse_on_worker, chunk, shared_rules, cache_dir, key=f"parse-{run}-{index}"): index
        for index, chunk in enumerate(chunks)
    }
    for future in as_completed(futures):
        index = futures.pop(future)
        try:
            yield starts[index], future.result()
        except KilledWorker:
            for offset, job in enumerate(chunks[index]):
                yield starts[index] + offset, _one_file(client, job, shared_rules, cache_dir, run)
        future.release()


def _one_file(client: Client, job: Job, shared_rules, cache_dir, run: str) -> Batch:
    """One file parsed alone; a file whose task kills workers until the scheduler gives up is skipped."""
    future = client.submit(_parse_on_worker, [job], shared_rules, cache_dir,
                           key=f"parse-{run}-{job[0].rel_path}-alone")
    try:
        return future.result()
    except KilledWorker:
        return killed_batch(job)
    finally:
        future.release()


def _the_rules(rules: Rules) -> Rules:
    return rules


# Built once per worker process and rule version.
_toolkits: dict[str, Toolkit] = {}


def _parse_on_worker(jobs: list[Job], rules: Rules, cache_dir) -> Batch:
    kit = _toolkits.get(rules.version)
    if kit is None:
        _toolkits.clear()
        kit = _toolkits[rules.version] = build_toolkit(rules)
    return parse_chunk(jobs, kit, ParseCache(cache_dir))
