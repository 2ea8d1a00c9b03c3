"""Run every stage over a folder: its articles into the corpus dataframes.

``build_corpus`` reads the folder, takes the frames of a snapshot when nothing changed (at once when the
folder's stat signature led to it before: ``lib.store.snapshot_starts``), reuses
the rows of unchanged articles and cached parses, parses the rest (``lib.pipeline.batches``: in a
process pool when there are many) and assembles the frames. A build that parses every article it
does not take from the snapshot with a cache folder (a first build, or one after a rule changed)
holds no frame whole: the parsed chunks go to disk as they come (``lib.store.batch_spill``), on into
the snapshot, and the corpus is the snapshot read back, as the next start reads it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa

from lib.deferred import FrameField, replace_frames
from lib.freed_memory import return_freed_memory
from lib.pipeline.duplicates import duplicate_of
from lib.pipeline.frame_tables import frame_tables_of, frames_of_tables
from lib.read.folder import FoundFile, RawFile, SkippedFile, read_found, scan_folder
from lib.read.metadata_csv import read_metadata_csv
from lib.rules import load_rules
from lib.schema import PARSED_FRAMES, PER_DOCUMENT_FRAMES, Doc, Skipped, Warning_
from lib.store.batch_spill import BatchSpill
from lib.store.parse_cache import ParseCache, content_digest, parse_key
from lib.store.snapshot import FrameSnapshot
from lib.store.snapshot_merge import document_warnings, tables_in_document_order, unchanged_paths
from lib.store.snapshot_starts import start_signature
from lib.store.term_dictionaries import term_dictionaries

Progress = Callable[[int, int], None]
# ``lib.pipeline.batches.parse_batches`` or another engine's (imported when a start parses: see build_corpus).
ParseBatches = Callable[..., list]
# What ``scan_folder`` returns: the article files with their stat, and the files passed over.
FolderScan = tuple[list[FoundFile], list[SkippedFile]]
TABLE_COLUMNS = {name: schema.COLUMNS for name, schema in PARSED_FRAMES.items()}
SNAPSHOT_FRAMES = ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped", "warnings")
LISTED_FRAMES = ("skipped", "warnings")
# Made from the snapshot on first read (``lib.deferred``): only some pages read them, and at 100,000
# articles they are 49 million rows. The Overview reads the mentions and events (8 million) only through their
# Arrow tables (DuckDB, the filters' options, their counts): making them cost 2 CPU s of every start.
DEFERRED_FRAMES = ("sentences", "mentions", "events", "terms")
# Kept in the snapshot as Arrow, never turned into pandas: the terms' dictionary encoding, made once
# when the snapshot is written, memory-mapped by each start (``lib.store.term_dictionaries``).
TERM_DICTIONARIES = "term_dictionaries"


@dataclass(frozen=True)
class Corpus:
    """Every frame of a corpus; ``sentences``, ``mentions``, ``events`` and ``terms`` may be deferred (made on
    first read)."""

    documents: pd.DataFrame
    sentences: pd.DataFrame = FrameField()
    mentions: pd.DataFrame = FrameField()
    events: pd.DataFrame = FrameField()
    terms: pd.DataFrame = FrameField()
    removed: pd.DataFrame
    skipped: pd.DataFrame
    warnings: pd.DataFrame
    root: str = ""
    rules_version: str = ""
    # The folder's fingerprint when the dashboard loaded it: a cache key for views derived from it.
    version: str = ""
    # ``term_dictionaries(terms)`` when the snapshot holds it (or it was just written); None otherwise.
    term_dictionaries: pa.Table | None = None


def doc_ids_for(rel_paths: Sequence[str]) -> dict[str, str]:
    """Readable, unique ids: the path without its suffix, or the whole path where that collides."""
    stems = [_without_suffix(p) for p in rel_paths]
    counts = Counter(stems)
    taken = {stem for stem in stems if counts[stem] == 1}
    return {p: (stem if stem in taken else p) for p, stem in zip(rel_paths, stems, strict=True)}


def _without_suffix(rel_path: str) -> str:
    """``str(PurePosixPath(rel_path).with_suffix(""))`` for a scanned path (no "//", "./" or trailing
    "/"), by string: 100,000 ``PurePosixPath`` objects took 0.7 CPU s of every start."""
    name_start = rel_path.rfind("/") + 1
    dot = rel_path.rfind(".", name_start)
    return rel_path[:dot] if name_start < dot < len(rel_path) - 1 else rel_path


def build_corpus(
    root: str | Path,
    cache_dir: str | Path | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    parse: ParseBatches | None = None,
    scan: FolderScan | None = None,
) -> Corpus:
    """Every frame of the corpus in ``root``; broken files end up in ``skipped``, never raised.

    ``parse`` parses the files neither snapshot nor cache holds: in this process or a pool, or on
    a Dask cluster (``lib.pipeline.dask_engine``; by default ``lib.pipeline.batches.parse_batches``); every
    engine gives the same frames. ``scan``: a ``scan_folder(root)`` the caller just made, used instead of
    scanning again."""
    root = Path(root)
    rules = load_rules(root)
    snapshot = FrameSnapshot(cache_dir)
    scan = scan if scan is not None else scan_folder(root)
    start = start_signature(str(root.resolve()), *scan, rules.version)
    remembered = snapshot.key_of_start(start[0]) if start else None
    frames = snapshot.load(remembered, SNAPSHOT_FRAMES, deferred=DEFERRED_FRAMES, tables=(TERM_DICTIONARIES,)
                           ) if remembered else None
    if frames is not None:
        return _from_snapshot(frames, root, rules.version, len(scan[0]), progress, snapshot, {})
    folder = _read_changed_files(root, snapshot, scan)
    paths = folder.paths
    csv_rows, csv_warnings = read_metadata_csv(root, known_files=set(paths))
    ids = doc_ids_for(paths)
    keys = {p: parse_key(p, ids[p], folder.digests[p], csv_rows.get(p), rules.version) for p in paths}
    skipped = folder.skipped
    warnings = [("metadata.csv", line, message) for line, message in csv_warnings]
    warnings += [(w.source, w.line, w.message) for w in rules.warnings]
    snapshot_key = _snapshot_key(keys, skipped, warnings, rules.version)
    # Worked out from the same stats again, the key is the same: the next start takes it from the signature.
    remember = partial(_remember_start, snapshot, snapshot_key, start, len(folder.digests) == len(scan[0]))
    frames = snapshot.load(snapshot_key, SNAPSHOT_FRAMES, deferred=DEFERRED_FRAMES, tables=(TERM_DICTIONARIES,))
    if frames is not None:
        remember()
        return _from_snapshot(frames, root, rules.version, len(paths), progress, snapshot, keys)
    # The parsing code is imported only now: its import compiles the extractors' patterns (about 2 CPU s), and
    # a start served from the snapshot never parses.
    from lib.pipeline.article import DocResult
    from lib.pipeline.batches import outcome_from_data, parse_batches, tables_of
    parse = parse or parse_batches
    previous = snapshot.latest(LISTED_FRAMES, tables=PER_DOCUMENT_FRAMES)
    kept = unchanged_paths(previous[1], keys, ids, _files_of(previous[0]["documents"])) if previous else set()
    kept_warnings = document_warnings(previous[0]["warnings"], kept) if kept else {}
    needed = [p for p in paths if p not in kept]
    cache = ParseCache(cache_dir)
    cached = cache.get_many((keys[p] for p in needed), outcome_from_data)
    todo = [p for p in needed if keys[p] not in cached]
    raws, failures = folder.read(todo)
    jobs = [(raws[p], ids[p], csv_rows.get(p), keys[p]) for p in todo if p in raws]
    cached_results = _cached_outcomes(needed, keys, cached, DocResult)
    reused = [outcome for _, outcome in cached_results]
    parsed = {p: outcome.warnings for p, outcome in cached_results}
    failures.update({p: outcome for p, outcome in _cached_outcomes(needed, keys, cached, str)})
    # With a cache folder the fresh chunks go to disk as they come and on into the snapshot, never held whole;
    # rows of the last snapshot or of cached parses that interleave with them are put in order as slices.
    streamed = cache_dir is not None
    mixed = bool(reused and jobs)
    with BatchSpill.under(cache_dir) as spill:
        batches = parse(jobs, rules, cache_dir, progress, len(paths) - len(todo), len(paths), workers, spill=spill)
        del jobs, raws
        folder.raws.clear()   # the articles' bytes, parsed now (690 MB at 100,000 articles)
        return_freed_memory()   # freed, glibc kept them in its heap: 463 MB at 100,000
        for batch in batches:
            parsed.update(batch.warnings)
            failures.update(batch.failures)
        for path in paths:
            if path in kept:
                warnings += kept_warnings.get(path, [])
            elif path in failures:
                skipped.append(SkippedFile(path, failures[path]))
            else:
                warnings += [(path, 0, w) for w in parsed[path]]
        # A spilled batch holds no tables: its chunks come from the spill.
        tables = frame_tables_of([tables_of(reused), *(batch.tables for batch in batches if batch.tables)], spill)
        if kept or mixed:
            tables = _in_document_order(tables, previous[0] if kept else {}, {ids[path] for path in kept},
                                        [ids[p] for p in paths])
        listed = {"skipped": pd.DataFrame([(s.file, s.reason) for s in skipped], columns=Skipped.COLUMNS),
                  "warnings": pd.DataFrame(warnings, columns=Warning_.COLUMNS)}
        save = partial(snapshot.save, snapshot_key, keys={path: [key, ids[path]] for path, key in keys.items()},
                       root=folder.root, files=folder.record())
        corpus = _written_and_read_back(tables, listed, save, snapshot, snapshot_key) if streamed else None
        if corpus is not None:
            remember()
        else:   # no cache folder, or a snapshot that could not be written or read
            corpus = _made_in_memory(tables, listed, encoded=streamed)
    corpus = replace_frames(corpus, root=str(root), rules_version=rules.version)
    # What the build freed stays in the process otherwise: at 100,000 articles 746 of the 1,157 MB it held.
    return_freed_memory()
    return _with_cache_warnings(corpus, snapshot, cache, keys)


def _from_snapshot(frames: Mapping, root: Path, rules_version: str, n_files: int, progress: Progress | None,
                   snapshot: FrameSnapshot, keys: Mapping[str, str]) -> Corpus:
    """The corpus of a snapshot's ``frames``, loaded whole."""
    if progress:
        progress(n_files, n_files)
    return _with_cache_warnings(Corpus(**frames, root=str(root), rules_version=rules_version),
                                snapshot, ParseCache(None), keys)


def _remember_start(snapshot: FrameSnapshot, key: str, start: tuple[str, bool] | None, all_read: bool) -> None:
    """Record the start's signature beside snapshot ``key`` when it is settled and every article file was
    read: a file that could not be read is tried again by every start, the signature would skip that."""
    if start is not None and start[1] and all_read:
        snapshot.remember_start(key, start[0])


def _written_and_read_back(tables: dict[str, pa.Table | None], listed: Mapping[str, pd.DataFrame],
                           save: Callable[[Mapping], bool], snapshot: FrameSnapshot, key: str) -> Corpus | None:
    """The corpus as the snapshot ``save`` writes from ``tables`` gives it back (memory-mapped, as a warm
    start reads it); None when it could not be written or read, and the frames are made in memory."""
    documents = frames_of_tables({"documents": tables["documents"]}, TABLE_COLUMNS)["documents"]
    documents = _with_duplicates_marked(documents)
    terms = tables["terms"] if tables["terms"] is not None else pd.DataFrame(columns=TABLE_COLUMNS["terms"])
    written = {name: table if table is not None else pd.DataFrame(columns=TABLE_COLUMNS[name])
               for name, table in tables.items()}
    if not save({**written, "documents": documents, **listed, TERM_DICTIONARIES: term_dictionaries(terms)}):
        return None
    frames = snapshot.load(key, SNAPSHOT_FRAMES, deferred=DEFERRED_FRAMES, tables=(TERM_DICTIONARIES,))
    return Corpus(**frames) if frames is not None else None


def _made_in_memory(tables: Mapping[str, pa.Table | None], listed: Mapping[str, pd.DataFrame],
                    encoded: bool) -> Corpus:
    """The corpus with every frame in memory, made from ``tables`` (each frame's rows in document order);
    ``encoded``: with the terms' dictionary encoding."""
    corpus = Corpus(**frames_of_tables(tables, TABLE_COLUMNS), **listed)
    corpus = replace_frames(corpus, documents=_with_duplicates_marked(corpus.documents))
    if encoded:
        corpus = replace_frames(corpus, term_dictionaries=term_dictionaries(corpus.terms))
    return corpus


def _in_document_order(tables: Mapping[str, pa.Table | None], previous: Mapping[str, pa.Table],
                       kept_ids: set[str], doc_order: Sequence[str]) -> dict[str, pa.Table | None]:
    """Each per-document frame: the kept documents' rows from the last snapshot's ``previous`` tables, the
    others' from ``tables``, in ``doc_order``."""
    return {name: tables_in_document_order(previous.get(name), tables.get(name), kept_ids, doc_order)
            for name in PER_DOCUMENT_FRAMES}


def _files_of(documents: pa.Table | None) -> list[str]:
    """The files of a snapshot's documents (none when it holds no documents table)."""
    return documents.column(Doc.FILE).to_pylist() if documents is not None else []


def _with_cache_warnings(corpus: Corpus, snapshot: FrameSnapshot, cache: ParseCache,
                         keys: Mapping[str, str]) -> Corpus:
    """The corpus with a warning for each damaged cache part that was discarded and rebuilt.

    Added after the snapshot is saved: they describe this build, not the folder, and must not be
    served again by the next start.
    """
    by_key = {key: path for path, key in keys.items()}
    messages = [*snapshot.problems]
    if cache.discarded_file:
        messages.append("parse cache: not a database; discarded, every article parsed again")
    messages += [f"parse cache: the entry of {by_key.get(key, key)} was damaged; discarded and parsed again"
                 for key in cache.damaged]
    if not messages:
        return corpus
    rows = pd.DataFrame([("cache", 0, message) for message in messages], columns=Warning_.COLUMNS)
    return replace_frames(corpus, warnings=pd.concat([corpus.warnings, rows], ignore_index=True))


@dataclass
class _Folder:
    """The article files of a folder: each one's content digest, and the bytes of those read."""

    root: str
    found: dict[str, FoundFile]
    digests: dict[str, str]
    raws: dict[str, RawFile]
    skipped: list[SkippedFile]

    @property
    def paths(self) -> list[str]:
        return sorted(self.digests)

    def read(self, paths: Sequence[str]) -> tuple[dict[str, RawFile], dict[str, str]]:
        """The bytes of ``paths`` (read now if the quick check skipped them), and why any failed."""
        unread = [self.found[p] for p in paths if p not in self.raws]
        files, failed = read_found(unread)
        self.raws.update((raw.rel_path, raw) for raw in files)
        return {p: self.raws[p] for p in paths if p in self.raws}, {s.file: s.reason for s in failed}

    def record(self) -> dict[str, list]:
        """``[stamp, digest]`` of every file whose bytes are known, for the next quick check."""
        return {p: [self.found[p].stamp, self.digests[p]] for p in self.digests if -1 not in self.found[p].stamp}


def _read_changed_files(root: Path, snapshot: FrameSnapshot, scan: FolderScan | None = None) -> _Folder:
    """Scan ``root`` (unless ``scan`` is given) and read the files whose stamp differs from the last
    snapshot's record.

    Like rsync's quick check: a file with the same inode, size, modification and change time as
    when it was last read has the same bytes, so a warm start reads no article at all.
    """
    found, skipped = scan if scan is not None else scan_folder(root)
    resolved = str(root.resolve())
    recorded = snapshot.recorded_files(resolved)
    digests = {f.rel_path: recorded[f.rel_path][1] for f in found
               if f.rel_path in recorded and recorded[f.rel_path][0] == f.stamp and -1 not in f.stamp}
    files, unreadable = read_found([f for f in found if f.rel_path not in digests])
    digests.update((raw.rel_path, content_digest(raw.data)) for raw in files)
    return _Folder(resolved, {f.rel_path: f for f in found}, digests, {raw.rel_path: raw for raw in files},
                   sorted(skipped + unreadable, key=lambda s: s.file))


def _cached_outcomes(paths, keys, cached, kind):
    """(path, outcome) for the paths whose cached outcome is a ``kind`` (DocResult or reason)."""
    return [(path, outcome) for path in paths if isinstance(outcome := cached.get(keys[path]), kind)]


def _snapshot_key(keys: Mapping[str, str], skipped, warnings, rules_version: str) -> str:
    digest = hashlib.sha256(rules_version.encode())
    for path in sorted(keys):
        digest.update(f"{path}\0{keys[path]}\n".encode("utf-8", "surrogatepass"))
    for item in skipped:
        digest.update(f"skip\0{item.file}\0{item.reason}\n".encode("utf-8", "surrogatepass"))
    digest.update(repr(warnings).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:24]


def _with_duplicates_marked(documents: pd.DataFrame) -> pd.DataFrame:
    """``documents`` with ``duplicate_of`` filled across the whole corpus (a copy when it changes)."""
    if documents.empty:
        return documents
    marks = duplicate_of(documents)
    if (marks == documents[Doc.DUPLICATE_OF].fillna("")).all():
        return documents
    return documents.assign(**{Doc.DUPLICATE_OF: marks.astype(documents[Doc.DUPLICATE_OF].dtype)})
