"""Run chunks of work in a process pool that survives a worker the kernel kills.

When the OOM killer (or anyone) sends SIGKILL to a worker, ``concurrent.futures`` marks the whole
pool broken and fails every chunk not yet delivered, innocent ones included. Here the chunks that
did finish are kept; the items of the chunks that may have been running are tried again one by
one, each alone in a one-worker pool, so an item that kills that pool (twice: once may be a passing
shortage) is known for certain to be the one that kills its worker; it becomes ``killed(item)``.
The rest go back to a fresh pool.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
Chunk = tuple[int, list]  # the position of its first item among all items, its items
KILLS_BEFORE_GIVING_UP = 2


def run_surviving_kills(chunks: Sequence[list[Item]], work: Callable[[list[Item]], Result],
                        killed: Callable[[Item], Result], workers: int,
                        initializer: Callable[..., None], initargs: tuple) -> Iterator[tuple[int, Result]]:
    """``(position, work(chunk))`` for every chunk, or for single items retried after a kill, in
    the order they finish; ``position`` is that of the chunk's first item, so sorting by it gives
    back the order of the items. ``work`` must be a module-level function (it is pickled)."""
    pool_args = (work, initializer, initargs)
    queue: list[Chunk] = []
    position = 0
    for chunk in chunks:
        queue.append((position, list(chunk)))
        position += len(chunk)
    while queue:
        unfinished = yield from _pooled_round(queue, workers, *pool_args)
        # The workers take chunks in order, so a chunk that was running when its worker was killed
        # comes before every chunk that had not started: the suspects are the first few unfinished.
        suspects, queue = unfinished[:workers + 1], unfinished[workers + 1:]
        singles = [(start + offset, [item]) for start, items in suspects for offset, item in enumerate(items)]
        yield from _one_at_a_time(singles, killed, *pool_args)


def _pooled_round(queue: list[Chunk], workers: int, work, initializer, initargs):
    """Yield the results of the chunks that finish; return the chunks that did not, in order."""
    unfinished: list[Chunk] = []
    with ProcessPoolExecutor(min(workers, len(queue)), initializer=initializer, initargs=initargs) as pool:
        pending = deque((chunk, pool.submit(work, chunk[1])) for chunk in queue)
        while pending:
            # Taken off the queue before its result is read: a future holds its result, and a list of
            # every future held every chunk's rows until the last one finished (4.2 GB at 100,000 articles).
            chunk, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                unfinished.append(chunk)
                continue
            del future
            yield chunk[0], result
    return unfinished


def _one_at_a_time(singles: list[Chunk], killed, work, initializer, initargs):
    """Each single item alone in a one-worker pool; one that breaks it twice is ``killed``.

    Twice, because a kill can be a passing shortage (memory was short for a moment) and an item
    first reached here, after its chunk died on another, has had no other chance.
    """
    pool = None
    try:
        for position, items in singles:
            result = None
            for _ in range(KILLS_BEFORE_GIVING_UP):
                pool = pool or ProcessPoolExecutor(1, initializer=initializer, initargs=initargs)
                try:
                    result = pool.submit(work, items).result()
                    break
                except BrokenProcessPool:
                    pool.shutdown()
                    pool = None
            else:
                result = killed(items[0])
            yield position, result
    finally:
        if pool is not None:
            pool.shutdown()
