"""Persistent parse cache: one SQLite file mapping a parse key to one article's parsed rows.

The key covers everything a parse depends on (file content, its metadata.csv row, the rules'
version), so a restart or a re-export re-parses only files that changed. A damaged cache is
never fatal: it is treated as empty.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather

DEFAULT_CACHE_DIR = Path(os.environ.get("NEWS_CACHE_DIR", Path.home() / ".cache" / "news-intel"))
_FILE_NAME = "parse-cache.sqlite3"


def content_digest(data: bytes) -> str:
    """The SHA-256 of a file's bytes, in hex: what ``parse_key`` and the snapshot's file record hold."""
    return hashlib.sha256(data).hexdigest()


def parse_key(rel_path: str, doc_id: str, content: str, csv_row: Mapping[str, str] | None,
              rules_version: str) -> str:
    """Everything a parse depends on (``content`` is the file's ``content_digest``); the doc id
    too, since the parsed rows carry it."""
    digest = hashlib.sha256()
    digest.update(rel_path.encode("utf-8") + b"\0" + doc_id.encode("utf-8") + b"\0")
    digest.update(bytes.fromhex(content))
    digest.update(json.dumps(dict(csv_row or {}), sort_keys=True).encode("utf-8"))
    digest.update(rules_version.encode("utf-8"))
    return digest.hexdigest()


class ParseCache:
    """A key → object store in ``cache_dir``; ``None`` for ``cache_dir`` keeps nothing."""

    def __init__(self, cache_dir: str | Path | None) -> None:
        self._path = Path(cache_dir) / _FILE_NAME if cache_dir is not None else None

    @property
    def keeps(self) -> bool:
        """Whether anything put here is kept (False without a cache folder)."""
        return self._path is not None

    def get_many(self, keys: Iterable[str]) -> dict[str, object]:
        keys = list(keys)
        if self._path is None or not self._path.exists() or not keys:
            return {}
        found: dict[str, object] = {}
        # Unpickling creates millions of objects without cycles; the collector would rescan them.
        gc.disable()
        try:
            with self._connect() as connection:
                for start in range(0, len(keys), 500):
                    chunk = keys[start:start + 500]
                    marks = ",".join("?" * len(chunk))
                    query = f"SELECT key, payload FROM parsed WHERE key IN ({marks})"
                    for key, payload in connection.execute(query, chunk):
                        found[key] = pickle.loads(payload)
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError):
            return {}
        finally:
            gc.enable()
        return found

    def put_payloads(self, payloads: Mapping[str, bytes]) -> None:
        """Store objects already pickled. Worker processes store their own results, in parallel;
        SQLite's locking serialises their writes (each waits up to 30 s for the other's)."""
        if self._path is None or not payloads:
            return
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as connection:
                connection.executemany("INSERT OR REPLACE INTO parsed (key, payload) VALUES (?, ?)",
                                       list(payloads.items()))
        except (sqlite3.Error, OSError):
            # A read-only or full disk costs speed, never results.
            return

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self._path, timeout=30)
        try:
            # A cache: a crash mid-write may damage it, and a damaged cache is read as empty, so
            # no fsync per commit (each worker commits once a chunk).
            connection.execute("PRAGMA synchronous=OFF")
            connection.execute("CREATE TABLE IF NOT EXISTS parsed (key TEXT PRIMARY KEY, payload BLOB)")
            yield connection
            connection.commit()
        finally:
            connection.close()


def _write_frame(path: Path, frame: pd.DataFrame) -> None:
    """One frame as an uncompressed Arrow file, each column in one chunk.

    The pool's frames arrive in hundreds of chunks; read back chunk by chunk, a 10,000-article
    snapshot took 1.2-2 s instead of 0.3 s, so they are joined here, once.
    """
    table = pa.Table.from_pandas(frame.reset_index(drop=True), preserve_index=False).combine_chunks()
    feather.write_feather(table, path, compression="uncompressed")


class FrameSnapshot:
    """The assembled frames of a whole corpus as Arrow files, under a key of all its parse keys.

    Unpickling and assembling 10,000 parsed articles takes seconds; reading uncompressed Arrow
    (Feather) files takes a fraction of that. Only the newest few snapshots are kept.
    """

    KEEP = 2

    def __init__(self, cache_dir: str | Path | None) -> None:
        self._dir = Path(cache_dir) / "snapshots" if cache_dir is not None else None

    def load(self, key: str, names: Iterable[str]) -> dict[str, pd.DataFrame] | None:
        if self._dir is None or not (self._dir / key / "complete").exists():
            return None
        try:
            return {name: pd.read_feather(self._dir / key / f"{name}.arrow") for name in names}
        except (OSError, ValueError, pa.ArrowException):
            return None

    def latest(self, names: Iterable[str]) -> tuple[dict[str, pd.DataFrame], dict[str, list[str]]] | None:
        """The newest complete snapshot's frames and its ``{rel_path: [parse_key, doc_id]}`` map."""
        for folder in self._complete_newest_first()[:1]:
            frames = self.load(folder.name, names)
            try:
                keys = json.loads((folder / "keys.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return None
            return (frames, keys) if frames is not None else None
        return None

    def recorded_files(self, root: str) -> dict[str, list]:
        """``{rel_path: [stamp, content digest]}`` of the files the newest snapshot of ``root`` read.

        A file whose stat still gives that stamp has those bytes: a warm start need not read it.
        """
        for folder in self._complete_newest_first():
            try:
                record = json.loads((folder / "files.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(record, dict) and record.get("root") == root and isinstance(record.get("files"), dict):
                return record["files"]
        return {}

    def _complete_newest_first(self) -> list[Path]:
        if self._dir is None or not self._dir.is_dir():
            return []
        complete = [p for p in self._dir.iterdir() if not p.name.startswith(".") and (p / "complete").exists()]
        return sorted(complete, key=lambda p: p.stat().st_mtime, reverse=True)

    def save(self, key: str, frames: Mapping[str, pd.DataFrame], keys: Mapping[str, list[str]],
             root: str = "", files: Mapping[str, list] | None = None) -> None:
        """Write the frames under ``key``, with each file's ``[parse key, doc id]`` and, for the
        quick check of the next start, the ``[stamp, content digest]`` of the files read."""
        if self._dir is None:
            return
        target = self._dir / key
        partial = self._dir / f".{key}.partial-{os.getpid()}"
        try:
            partial.mkdir(parents=True, exist_ok=True)
            # Arrow releases the GIL while it joins and writes, so the frames are written side by side.
            with ThreadPoolExecutor(4) as pool:
                list(pool.map(lambda item: _write_frame(partial / f"{item[0]}.arrow", item[1]), frames.items()))
            (partial / "keys.json").write_text(json.dumps(dict(keys)), encoding="utf-8")
            (partial / "files.json").write_text(json.dumps({"root": root, "files": dict(files or {})}),
                                                encoding="utf-8")
            (partial / "complete").touch()
            if target.exists():
                shutil.rmtree(partial, ignore_errors=True)
            else:
                partial.rename(target)
            self._prune(keep=key)
        except (OSError, ValueError, pa.ArrowException):
            # A snapshot only saves time; failing to write one loses nothing.
            shutil.rmtree(partial, ignore_errors=True)

    def _prune(self, keep: str) -> None:
        snapshots = sorted((p for p in self._dir.iterdir() if not p.name.startswith(".")),
                           key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [p for p in snapshots if p.name != keep][self.KEEP - 1:]:
            shutil.rmtree(old, ignore_errors=True)
