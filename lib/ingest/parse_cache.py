"""Persistent parse cache: one SQLite file mapping a parse key to one article's parsed rows.

The key covers everything a parse depends on (file content, its metadata.csv row, the rules'
version), so a restart or a re-export re-parses only files that changed. A damaged cache is
never fatal: it is treated as empty.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

DEFAULT_CACHE_DIR = Path(os.environ.get("NEWS_CACHE_DIR", Path.home() / ".cache" / "news-intel"))
_FILE_NAME = "parse-cache.sqlite3"


def parse_key(rel_path: str, data: bytes, csv_row: Mapping[str, str] | None, rules_version: str) -> str:
    digest = hashlib.sha256()
    digest.update(rel_path.encode("utf-8") + b"\0")
    digest.update(hashlib.sha256(data).digest())
    digest.update(json.dumps(dict(csv_row or {}), sort_keys=True).encode("utf-8"))
    digest.update(rules_version.encode("utf-8"))
    return digest.hexdigest()


class ParseCache:
    """A key → object store in ``cache_dir``; ``None`` for ``cache_dir`` keeps nothing."""

    def __init__(self, cache_dir: str | Path | None) -> None:
        self._path = Path(cache_dir) / _FILE_NAME if cache_dir is not None else None

    def get_many(self, keys: Iterable[str]) -> dict[str, object]:
        keys = list(keys)
        if self._path is None or not self._path.exists() or not keys:
            return {}
        found: dict[str, object] = {}
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
        return found

    def put_many(self, items: Mapping[str, object]) -> None:
        if self._path is None or not items:
            return
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as connection:
                connection.executemany(
                    "INSERT OR REPLACE INTO parsed (key, payload) VALUES (?, ?)",
                    [(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
                     for key, value in items.items()],
                )
        except (sqlite3.Error, OSError):
            # A read-only or full disk costs speed, never results.
            return

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self._path, timeout=30)
        try:
            connection.execute("CREATE TABLE IF NOT EXISTS parsed (key TEXT PRIMARY KEY, payload BLOB)")
            yield connection
            connection.commit()
        finally:
            connection.close()
