"""Parse many articles in chunks, in worker processes when there are many, into Arrow tables.

A chunk of articles comes back as one Arrow table per frame; each article's result is packed
(``outcome_data``: plain data, checksummed MessagePack) into the parse cache by the process that
parsed it. Turning rows into columns, packing and
storing happen where the parsing happens, so with a process pool they run on every core, and the
parent only concatenates tables: at 10,000 articles, building the frames from Python rows and
storing the results in the parent took seconds after the pool had finished.
"""

from __future__ import annotations

import ctypes
import gc
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path

import pyarrow as pa

from lib.pipeline import article
from lib.pipeline.article import FRAMES, DocResult, Toolkit, build_toolkit, shared_toolkit
from lib.pipeline.worker_pool import run_surviving_kills
from lib.read.decoding import UndecodableError
from lib.read.folder import RawFile
from lib.rules import Rules
from lib.schema import PARSED_FRAMES, Doc
from lib.store.batch_spill import BatchSpill
from lib.store.parse_cache import ParseCache, pack_payload

Job = tuple[RawFile, str, Mapping[str, str] | None, str]  # the file, its doc id, metadata.csv row, parse key
Progress = Callable[[int, int], None]
TABLES = PARSED_FRAMES
# Below this many files to parse, starting worker processes costs more than it saves.
POOL_THRESHOLD = 40
CHUNK_MAX = 40


@dataclass(frozen=True)
class Batch:
    """What one chunk of articles parsed into."""

    tables: dict[str, pa.Table]  # the rows of the articles that parsed, in chunk order
    warnings: dict[str, list[str]]  # rel_path -> its warnings, for articles that parsed
    failures: dict[str, str]  # rel_path -> why it was skipped


def tables_of(results: Sequence[DocResult]) -> dict[str, pa.Table]:
    """One Arrow table per frame holding the rows of ``results``, in their order."""
    tables = {"documents": _table(Doc.COLUMNS, {c: [r.document[c] for r in results] for c in Doc.COLUMNS})}
    for name, schema in FRAMES.items():
        columns = {c: list(chain.from_iterable([r.frames[name][c] for r in results])) for c in schema.COLUMNS}
        tables[name] = _table(schema.COLUMNS, columns)
    return tables


def _table(names: Sequence[str], columns: Mapping[str, list]) -> pa.Table:
    return pa.table({name: _array(columns[name]) for name in names})


_ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _array(values: list) -> pa.Array:
    """``values`` as an Arrow array, typed when every value that is not None has one Python type.

    Naming the type skips pyarrow's inference, which for strings cost ten times the conversion
    itself. A column mixing types (never in our rows) is left to inference: given a type, Arrow
    would silently truncate 2.5 to an int.
    """
    kinds = set(map(type, values)) - {type(None)}
    arrow_type = _ARROW_TYPES.get(kinds.pop()) if len(kinds) == 1 else None
    return pa.array(values, type=arrow_type) if arrow_type is not None else pa.array(values)


# What build_corpus parses the changed files with: parse_batches, or an engine's stand-in with its
# parameters (lib.pipeline.dask_engine).
# ``spill``: where each chunk's tables go as it finishes (its batch then holds none), or None to keep them.
ParseBatches = Callable[..., list[Batch]]


def parse_batches(jobs: Sequence[Job], rules: Rules, cache_dir: str | Path | None = None,
                  progress: Progress | None = None, done: int = 0, total: int = 0,
                  workers: int | None = None, spill: BatchSpill | None = None) -> list[Batch]:
    """The jobs parsed in chunks, in order, their outcomes stored in the parse cache under
    ``cache_dir``; ``progress(done + parsed, total)`` after each chunk; their tables kept in ``spill``
    when one is given."""
    if progress:
        progress(done, total)
    if not jobs:
        return []
    workers = workers or os.cpu_count() or 1
    pooled = workers > 1 and len(jobs) >= POOL_THRESHOLD
    chunks = chunks_of(jobs, workers if pooled else 1)
    return in_job_order(_run(chunks, rules, cache_dir, workers if pooled else 1), progress, done, total, spill)


def chunks_of(jobs: Sequence[Job], workers: int) -> list[list[Job]]:
    """The jobs in chunks for ``workers`` parallel workers (one: chunks of CHUNK_MAX)."""
    # Small chunks: the last chunk decides when the pool finishes, and while one worker parses it
    # the other idles (125 articles a chunk at 2,000 files left ~0.8 s of that; 40 costs ~0.1 s).
    size = max(1, min(CHUNK_MAX, len(jobs) // (workers * 8))) if workers > 1 else CHUNK_MAX
    return [list(jobs[start:start + size]) for start in range(0, len(jobs), size)]


def in_job_order(finished: Iterable[tuple[int, Batch]], progress: Progress | None, done: int,
                 total: int, spill: BatchSpill | None = None) -> list[Batch]:
    """The batches of ``(position of first job, batch)`` pairs as they finish, in job order;
    ``progress(done + files so far, total)`` after each. With a ``spill``, each batch's tables go
    there as it arrives (``spill.parts()`` gives them back in job order) and the batch keeps none."""
    batches: list[tuple[int, Batch]] = []
    for position, batch in finished:
        if spill is not None:
            spill.add(position, batch.tables)
            batch = replace(batch, tables={})
        batches.append((position, batch))
        done += len(batch.warnings) + len(batch.failures)
        if progress:
            progress(done, total)
    # Files retried after a killed worker come back last, one by one: put them back in their place.
    return [batch for _, batch in sorted(batches, key=lambda pair: pair[0])]


# Why a file is skipped whose parse killed its worker process, alone, twice.
KILLED_REASON = "the parse was killed (out of memory?)"


def _run(chunks: list[list[Job]], rules: Rules, cache_dir, workers: int) -> Iterator[tuple[int, Batch]]:
    if workers == 1:
        kit, cache = build_toolkit(rules), ParseCache(cache_dir)
        yield from ((index, parse_chunk(chunk, kit, cache)) for index, chunk in enumerate(chunks))
        return
    yield from run_surviving_kills(chunks, _parse_chunk_in_worker, killed_batch, workers,
                                   _init_worker, (shared_toolkit(rules), cache_dir))


def killed_batch(job: Job) -> Batch:
    """The outcome of a file that killed its worker. Not cached: memory may be free next time."""
    return Batch(tables_of([]), {}, {job[0].rel_path: KILLED_REASON})


def parse_chunk(jobs: Sequence[Job], kit: Toolkit, cache: ParseCache) -> Batch:
    """Parse each job; a file that cannot be parsed is a failure with its reason, never an error."""
    results: list[DocResult] = []
    payloads: dict[str, bytes] = {}
    warnings: dict[str, list[str]] = {}
    failures: dict[str, str] = {}
    for raw, doc_id, row, key in jobs:
        outcome = _safe_parse(raw, doc_id, row, kit)
        if cache.keeps:
            payloads[key] = pack_payload(outcome_data(outcome))
        if isinstance(outcome, DocResult):
            results.append(outcome)
            warnings[raw.rel_path] = outcome.warnings
        else:
            failures[raw.rel_path] = outcome
    cache.put_payloads(payloads)
    return Batch(tables_of(results), warnings, failures)


def outcome_data(outcome: DocResult | str) -> dict:
    """A parse outcome as plain data for the parse cache (no pickle: reading it runs no code)."""
    if isinstance(outcome, str):
        return {"failure": outcome}
    return {"document": outcome.document, "frames": outcome.frames, "warnings": outcome.warnings}


def outcome_from_data(data: object) -> DocResult | str:
    """The outcome ``outcome_data`` gave; raises ValueError when ``data`` is not of that shape."""
    if not isinstance(data, dict):
        raise ValueError("not a map")
    if "failure" in data:
        if not isinstance(data["failure"], str):
            raise ValueError("failure is not text")
        return data["failure"]
    document, frames, warnings = data["document"], data["frames"], data["warnings"]
    if not isinstance(document, dict) or set(document) != set(Doc.COLUMNS):
        raise ValueError("document row has other columns")
    if not isinstance(frames, dict) or set(frames) != set(FRAMES):
        raise ValueError("other frames")
    for name, schema in FRAMES.items():
        columns = frames[name]
        if not isinstance(columns, dict) or set(columns) != set(schema.COLUMNS):
            raise ValueError(f"{name} has other columns")
        if len({len(values) if isinstance(values, list) else -1 for values in columns.values()}) > 1:
            raise ValueError(f"{name} columns differ in length")
    if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
        raise ValueError("warnings are not a list of text")
    return DocResult(document, frames, warnings)


_worker: tuple[Toolkit, ParseCache] | None = None
_PR_SET_PDEATHSIG = 1


def _init_worker(kit: Toolkit, cache_dir) -> None:
    global _worker
    _end_with_parent()
    _collect_less()
    _worker = (kit, ParseCache(cache_dir))


# How many new container objects a worker lets build up before the collector looks at them (Python's default: 700).
_WORKER_YOUNG_OBJECTS = 20_000


def _collect_less() -> None:
    """Spare a worker the collector's passes over what it cannot free.

    What the worker inherits (the toolkit, the modules) lives as long as it does: frozen, no collection walks it
    again. Parsing allocates many short-lived containers, nearly all freed by their reference counts, so
    collections 28x rarer each find about as much: ~1% of a worker's CPU (0.09-0.11 ms an article) goes to
    ~0.003 ms.
    """
    gc.freeze()
    gc.set_threshold(_WORKER_YOUNG_OBJECTS, *gc.get_threshold()[1:])


def _end_with_parent() -> None:
    """Ask Linux to stop this worker when its parent dies, so a killed export leaves no orphans."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return  # not Linux: the pool's own shutdown is all there is
    if os.getppid() == 1:  # the parent died before the request was made
        os._exit(1)


def _parse_chunk_in_worker(jobs: list[Job]) -> Batch:
    return parse_chunk(jobs, *_worker)


# What one article may cost. Sentences are capped, so a parse grows linearly with its file (a 4.9 MB
# one-line article takes ~15 s and yields ~250 MB of rows); these are the backstop for what still
# does not fit: such a file is skipped with the reason, so it cannot take the export or the page down.
FILE_SECONDS = 120.0
FILE_TEXT_CHARS = 400_000_000


def _safe_parse(raw: RawFile, doc_id: str, row, kit: Toolkit) -> DocResult | str:
    started = time.perf_counter()
    try:
        result = article.parse_document(raw, doc_id, row, kit)
    except UndecodableError as error:
        return str(error)
    except MemoryError:
        return "too large to parse: ran out of memory"
    except Exception as error:  # noqa: BLE001 — one bad article must not take the corpus down
        return f"could not be parsed ({type(error).__name__}: {error})"
    return _over_budget(result, time.perf_counter() - started) or result


def _over_budget(result: DocResult, seconds: float) -> str | None:
    """Why ``result`` is too costly to keep, or None."""
    if seconds > FILE_SECONDS:
        return f"too costly to parse: took {seconds:.0f} s, over the {FILE_SECONDS:.0f} s budget per file"
    chars = sum(_text_chars(column) for frame in result.frames.values() for column in frame.values())
    if chars > FILE_TEXT_CHARS:
        return (f"too costly to keep: its rows hold {chars:,} characters, over the "
                f"{FILE_TEXT_CHARS:,} budget per file")
    return None


def _text_chars(column: list) -> int:
    if not column or not isinstance(column[0], str):
        return 0
    try:
        return sum(map(len, column))
    except TypeError:  # a None among the strings
        return sum(len(value) for value in column if isinstance(value, str))
