"""Run every stage: one article into rows, a folder of articles into the corpus dataframes.

``parse_document`` is pure (bytes and rules in, rows out) so it can run in worker processes and
its result can be cached on disk; ``build_corpus`` reads the folder, reuses cached parses,
parses the rest (in a process pool when there are many) and assembles the frames.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path, PurePosixPath

import pandas as pd

from lib.extract.events import EventTyper, SentenceSpan, sentence_events
from lib.extract.gazetteer import EntityMatch, Gazetteer
from lib.extract.terms import TermExtractor
from lib.ingest.folder import RawFile, SkippedFile, UndecodableError, decode_text, read_folder
from lib.ingest.metadata_csv import read_metadata_csv
from lib.ingest.parse_cache import FrameSnapshot, ParseCache, parse_key
from lib.ingest.rules import Rules, load_rules
from lib.parse.clean import strip_boilerplate
from lib.parse.html_text import html_to_text
from lib.parse.language import detect_language
from lib.parse.metadata import detect_metadata, merge_metadata
from lib.parse.sentences import split_sentences
from lib.schema import Doc, Event, Mention, Removed, Sent, Skipped, Term, Warning_
from lib.snapshot_merge import PER_DOCUMENT_FRAMES, document_warnings, merge_frames, unchanged_paths

Progress = Callable[[int, int], None]
SNAPSHOT_FRAMES = ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped", "warnings")
FRAMES = {"sentences": Sent, "mentions": Mention, "events": Event, "terms": Term, "removed": Removed}
# Below this many files to parse, starting worker processes costs more than it saves.
POOL_THRESHOLD = 40
CHUNK_MAX = 20


@dataclass(frozen=True)
class Toolkit:
    """Everything built from the rules that parsing needs; built once, sent to workers."""

    rules: Rules
    gazetteer: Gazetteer
    terms: TermExtractor
    typer: EventTyper


def build_toolkit(rules: Rules) -> Toolkit:
    gazetteer = Gazetteer(rules.gazetteer)
    latin_names = [a for e in rules.gazetteer for a in e.aliases if " " in a and a[0] not in '="']
    return Toolkit(
        rules=rules,
        gazetteer=gazetteer,
        terms=TermExtractor(rules.stopwords_en, rules.stopwords_zh,
                            list(rules.phrases) + latin_names, gazetteer.user_words),
        typer=EventTyper(rules.triggers),
    )


@dataclass(frozen=True)
class DocResult:
    """One parsed article: its documents row, the columns of its other frames, its warnings."""

    document: dict
    frames: dict[str, dict[str, list]]
    warnings: list[str] = field(default_factory=list)


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


def parse_document(raw: RawFile, doc_id: str, csv_row: Mapping[str, str] | None, kit: Toolkit) -> DocResult:
    """Decode, clean, describe and analyse one article. Raises UndecodableError for non-text."""
    decoded = decode_text(raw.data)
    html_title = ""
    if PurePosixPath(raw.rel_path).suffix.lower() in (".html", ".htm"):
        html_title, decoded = html_to_text(decoded)
    text, removed = strip_boilerplate(decoded, kit.rules.boilerplate)
    if not text.strip():
        raise UndecodableError("no article text left after removing boilerplate")
    meta, warnings = merge_metadata(detect_metadata(decoded, removed, html_title), csv_row)
    spans = [SentenceSpan(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_sentences(text))]
    matches = kit.gazetteer.find(text)
    by_sentence = _mentions_by_sentence(matches, spans)
    events = sentence_events(doc_id, spans, by_sentence, meta.published, kit.typer, kit.rules.future_cues)
    counts = kit.terms.count(text)
    document = {
        Doc.DOC_ID: doc_id, Doc.FILE: raw.rel_path, Doc.TITLE: meta.title, Doc.SOURCE: meta.source,
        Doc.AUTHOR: meta.author,
        Doc.PUBLISHED: meta.published.iso() if meta.published else "",
        Doc.DATE_PRECISION: meta.published.precision if meta.published else "",
        Doc.DATE_ORIGIN: meta.date_origin, Doc.LANGUAGE: meta.language or detect_language(text),
        Doc.N_CHARS: len(text), Doc.TEXT: text, Doc.URL: meta.url,
        Doc.CONTENT_HASH: hashlib.sha256(raw.data).hexdigest()[:16], Doc.N_SENTENCES: len(spans),
        Doc.WARNINGS: " | ".join(warnings),
    }
    sentence_of = {m: sid for sid, ms in by_sentence.items() for m in ms}
    frames = {
        "sentences": _columns(Sent.COLUMNS, [(doc_id, s.sent_id, s.start, s.end, s.text) for s in spans]),
        "mentions": _columns(Mention.COLUMNS, [
            (doc_id, sentence_of[m], m.entity, m.kind, m.company, m.alias, m.start, m.end)
            for m in matches if m in sentence_of]),
        "events": _columns(Event.COLUMNS, [tuple(row[c] for c in Event.COLUMNS) for row in events]),
        "terms": _columns(Term.COLUMNS, [(doc_id, t, lang, n) for (t, lang), n in counts.items()]),
        "removed": _columns(Removed.COLUMNS, [(doc_id, b.label, b.text, b.line) for b in removed]),
    }
    return DocResult(document, frames, warnings)


def _mentions_by_sentence(matches: Sequence[EntityMatch], spans: Sequence[SentenceSpan]):
    starts = [s.start for s in spans]
    grouped: dict[int, list[EntityMatch]] = {}
    for match in matches:
        index = bisect.bisect_right(starts, match.start) - 1
        if index >= 0 and match.end <= spans[index].end:
            grouped.setdefault(spans[index].sent_id, []).append(match)
    return grouped


def _columns(names: Sequence[str], rows: Sequence[tuple]) -> dict[str, list]:
    return {name: [row[i] for row in rows] for i, name in enumerate(names)}


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
    fresh = _parse_all(todo, ids, csv_rows, rules, progress, len(raws) - len(todo), len(raws), workers)
    cache.put_many({keys[path]: result for path, result in fresh.items()})
    results: list[DocResult] = []
    for raw in raws:
        if raw.rel_path in kept:
            warnings += kept_warnings.get(raw.rel_path, [])
            continue
        outcome = cached.get(keys[raw.rel_path], fresh.get(raw.rel_path))
        if isinstance(outcome, DocResult):
            results.append(outcome)
            warnings += [(raw.rel_path, 0, w) for w in outcome.warnings]
        else:
            skipped.append(SkippedFile(raw.rel_path, str(outcome)))
    corpus = _assemble(results, skipped, warnings, str(root), rules.version)
    if kept:
        changed = {name: getattr(corpus, name) for name in PER_DOCUMENT_FRAMES}
        merged = merge_frames(previous[0], changed, {ids[path] for path in kept}, [ids[r.rel_path] for r in raws])
        corpus = replace(corpus, **merged)
    snapshot.save(snapshot_key, {name: getattr(corpus, name) for name in SNAPSHOT_FRAMES},
                  {path: [key, ids[path]] for path, key in keys.items()})
    return corpus


def _snapshot_key(keys: Mapping[str, str], skipped, warnings, rules_version: str) -> str:
    digest = hashlib.sha256(rules_version.encode())
    for path in sorted(keys):
        digest.update(f"{path}\0{keys[path]}\n".encode("utf-8", "surrogatepass"))
    for item in skipped:
        digest.update(f"skip\0{item.file}\0{item.reason}\n".encode("utf-8", "surrogatepass"))
    digest.update(repr(warnings).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:24]


def _parse_all(todo, ids, csv_rows, rules, progress, done, total, workers) -> dict[str, object]:
    """Parse results by path: a DocResult, or the reason (str) the file was skipped."""
    if progress:
        progress(done, total)
    if not todo:
        return {}
    workers = workers or os.cpu_count() or 1
    jobs = [(r, ids[r.rel_path], csv_rows.get(r.rel_path)) for r in todo]
    out: dict[str, object] = {}
    if workers > 1 and len(todo) >= POOL_THRESHOLD:
        with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(rules,)) as pool:
            # Small chunks: the last chunk decides when the pool finishes, and while one worker
            # parses it the other idles (125 articles a chunk at 2,000 files left ~0.8 s of that).
            chunksize = max(1, min(CHUNK_MAX, len(jobs) // (workers * 8)))
            outcomes = pool.map(_parse_in_worker, jobs, chunksize=chunksize)
            for number, ((raw, _, _), outcome) in enumerate(zip(jobs, outcomes, strict=True), start=1):
                out[raw.rel_path] = outcome
                if progress:
                    progress(done + number, total)
        return out
    kit = build_toolkit(rules)
    for number, (raw, doc_id, row) in enumerate(jobs, start=1):
        out[raw.rel_path] = _safe_parse(raw, doc_id, row, kit)
        if progress:
            progress(done + number, total)
    return out


_worker_kit: Toolkit | None = None


def _init_worker(rules: Rules) -> None:
    global _worker_kit
    _worker_kit = build_toolkit(rules)


def _parse_in_worker(job) -> object:
    raw, doc_id, row = job
    return _safe_parse(raw, doc_id, row, _worker_kit)


def _safe_parse(raw: RawFile, doc_id: str, row, kit: Toolkit) -> object:
    try:
        return parse_document(raw, doc_id, row, kit)
    except UndecodableError as error:
        return str(error)
    except Exception as error:  # noqa: BLE001 — one bad article must not take the corpus down
        return f"could not be parsed ({type(error).__name__}: {error})"


def _assemble(results, skipped, warnings, root, version) -> Corpus:
    # Millions of short-lived objects: the cyclic garbage collector would rescan them again and
    # again (measured: warm start 17x slower from 1,000 to 10,000 articles); they hold no cycles.
    gc.disable()
    try:
        return _assemble_frames(results, skipped, warnings, root, version)
    finally:
        gc.enable()


def _assemble_frames(results, skipped, warnings, root, version) -> Corpus:
    def frame(name: str) -> pd.DataFrame:
        columns = FRAMES[name].COLUMNS
        data = {c: list(chain.from_iterable(r.frames[name][c] for r in results)) for c in columns}
        return pd.DataFrame(data, columns=columns)

    documents = pd.DataFrame([r.document for r in results], columns=Doc.COLUMNS)
    return Corpus(
        documents=documents,
        sentences=frame("sentences"),
        mentions=frame("mentions"),
        events=frame("events"),
        terms=frame("terms"),
        removed=frame("removed"),
        skipped=pd.DataFrame([(s.file, s.reason) for s in skipped], columns=Skipped.COLUMNS),
        warnings=pd.DataFrame(warnings, columns=Warning_.COLUMNS),
        root=root,
        rules_version=version,
    )
