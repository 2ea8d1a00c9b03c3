"""Run every stage over a folder: its articles into the corpus dataframes.

``build_corpus`` reads the folder, takes the frames of a snapshot when nothing changed, reuses
the rows of unchanged articles and cached parses, parses the rest (``lib.batches``: in a
process pool when there are many) and assembles the frames.
"""

from __future__ import annotations

import gc
import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

import pandas as pd

from lib.article import DocResult
from lib.batches import frames_of, parse_batches, tables_of
from lib.ingest.folder import SkippedFile, read_folder
from lib.ingest.metadata_csv import read_metadata_csv
from lib.ingest.parse_cache import FrameSnapshot, ParseCache, parse_key
from lib.ingest.rules import load_rules
from lib.schema import Skipped, Warning_
from lib.snapshot_merge import (
    PER_DOCUMENT_FRAMES,
    document_warnings,
    in_document_order,
    merge_frames,
    unchanged_paths,
)

Progress = Callable[[int, int], None]
SNAPSHOT_FRAMES = ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped", "warnings")


@dataclass(frozen=True)
class Corpus:
    documents: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame
    terms: pd.DataFrame
    removed: pd.DataFrame
    skipped: pd.DataFrame
    warnings: pd.DataFrame
    root: str = ""
    rules_version: str = ""
    # The folder's fingerprint when the dashboard loaded it: a cache key for views derived from it.
    version: str = ""


def doc_ids_for(rel_paths: Sequence[str]) -> dict[str, str]:
    """Readable, unique ids: the path without its suffix, or the whole path where that collides."""
    stems = [str(PurePosixPath(p).with_suffix("")) for p in rel_paths]
    counts = Counter(stems)
    taken = {stem for stem in stems if counts[stem] == 1}
    return {p: (stem if stem in taken else p) for p, stem in zip(rel_paths, stems, strict=True)}


def build_corpus(
    root: str | Path,
    cache_dir: str | Path | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> Corpus:
    """Every frame of the corpus in ``root``; broken files end up in ``skipped``, never raised."""
    root = Path(root)
    rules = load_rules(root)
    raws, skipped = read_folder(root)
    csv_rows, csv_warnings = read_metadata_csv(root, known_files={r.rel_path for r in raws})
    ids = doc_ids_for([r.rel_path for r in raws])
    keys = {r.rel_path: parse_key(r.rel_path, ids[r.rel_path], r.data, csv_rows.get(r.rel_path), rules.version)
            for r in raws}
    warnings = [("metadata.csv", line, message) for line, message in csv_warnings]
    warnings += [(w.source, w.line, w.message) for w in rules.warnings]
    snapshot_key = _snapshot_key(keys, skipped, warnings, rules.version)
    snapshot = FrameSnapshot(cache_dir)
    frames = snapshot.load(snapshot_key, SNAPSHOT_FRAMES)
    if frames is not None:
        if progress:
            progress(len(raws), len(raws))
        return Corpus(**frames, root=str(root), rules_version=rules.version)
    previous = snapshot.latest(SNAPSHOT_FRAMES)
    kept = unchanged_paths(previous[1], keys, ids, previous[0]["documents"]) if previous else set()
    kept_warnings = document_warnings(previous[0]["warnings"], kept) if kept else {}
    needed = [r for r in raws if r.rel_path not in kept]
    cache = ParseCache(cache_dir)
    cached = cache.get_many(keys[r.rel_path] for r in needed)
    todo = [r for r in needed if keys[r.rel_path] not in cached]
    jobs = [(r, ids[r.rel_path], csv_rows.get(r.rel_path), keys[r.rel_path]) for r in todo]
    batches = parse_batches(jobs, rules, cache_dir, progress, len(raws) - len(todo), len(raws), workers)
    reused = [outcome for _, outcome in _cached_outcomes(needed, keys, cached, DocResult)]
    parsed = {r.rel_path: outcome.warnings for r, outcome in _cached_outcomes(needed, keys, cached, DocResult)}
    failures = {r.rel_path: outcome for r, outcome in _cached_outcomes(needed, keys, cached, str)}
    for batch in batches:
        parsed.update(batch.warnings)
        failures.update(batch.failures)
    for raw in raws:
        if raw.rel_path in kept:
            warnings += kept_warnings.get(raw.rel_path, [])
        elif raw.rel_path in failures:
            skipped.append(SkippedFile(raw.rel_path, failures[raw.rel_path]))
        else:
            warnings += [(raw.rel_path, 0, w) for w in parsed[raw.rel_path]]
    parts = [tables_of(reused)] + [batch.tables for batch in batches]
    corpus = _assemble(parts, bool(reused and batches), skipped, warnings, str(root), rules.version,
                       [ids[r.rel_path] for r in raws])
    if kept:
        changed = {name: getattr(corpus, name) for name in PER_DOCUMENT_FRAMES}
        merged = merge_frames(previous[0], changed, {ids[path] for path in kept}, [ids[r.rel_path] for r in raws])
        corpus = replace(corpus, **merged)
    snapshot.save(snapshot_key, {name: getattr(corpus, name) for name in SNAPSHOT_FRAMES},
                  {path: [key, ids[path]] for path, key in keys.items()})
    return corpus


def _cached_outcomes(raws, keys, cached, kind):
    """(raw, outcome) for the raws whose cached outcome is a ``kind`` (DocResult or reason)."""
    return [(raw, outcome) for raw in raws if isinstance(outcome := cached.get(keys[raw.rel_path]), kind)]


def _snapshot_key(keys: Mapping[str, str], skipped, warnings, rules_version: str) -> str:
    digest = hashlib.sha256(rules_version.encode())
    for path in sorted(keys):
        digest.update(f"{path}\0{keys[path]}\n".encode("utf-8", "surrogatepass"))
    for item in skipped:
        digest.update(f"skip\0{item.file}\0{item.reason}\n".encode("utf-8", "surrogatepass"))
    digest.update(repr(warnings).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:24]


def _assemble(parts, mixed: bool, skipped, warnings, root, version, doc_order: Sequence[str]) -> Corpus:
    """The corpus from per-chunk tables; ``mixed`` when cached and fresh parses interleave."""
    # Millions of short-lived objects: the cyclic garbage collector would rescan them again and
    # again (measured: warm start 17x slower from 1,000 to 10,000 articles); they hold no cycles.
    gc.disable()
    try:
        frames = frames_of(parts)
    finally:
        gc.enable()
    if mixed:
        frames = {name: in_document_order(frame, doc_order) for name, frame in frames.items()}
    return Corpus(
        **frames,
        skipped=pd.DataFrame([(s.file, s.reason) for s in skipped], columns=Skipped.COLUMNS),
        warnings=pd.DataFrame(warnings, columns=Warning_.COLUMNS),
        root=root,
        rules_version=version,
    )
