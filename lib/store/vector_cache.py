"""Sentence vectors kept between runs, by the hash of the sentence: an encoder runs once per text.

One SQLite file beside the parse cache maps the SHA-256 of a text (and of the encoder's name) to
its vector in float16 (the 512 numbers of a multilingual sentence encoder lose nothing that a
cosine notices) behind a checksum: a row that fails it is recomputed, never served. A cache that
cannot be opened works as no cache. The encoder is passed in, so storing stays apart from
extracting.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

import numpy as np

VECTOR_CACHE_FILE = "sentence-vectors-v1.sqlite3"
Encoder = Callable[[Sequence[str]], np.ndarray]
_BATCH = 500  # SQLite's limit on parameters per statement is far above this


def text_key(text: str, encoder_name: str) -> str:
    return hashlib.sha256(f"{encoder_name}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()


class VectorCache:
    """``vectors(texts)``: one unit-length float32 row per text, computed only for unseen texts."""

    def __init__(self, cache_dir: str | Path | None, encoder: Encoder, encoder_name: str) -> None:
        self.path = Path(cache_dir) / VECTOR_CACHE_FILE if cache_dir else None
        self.encoder = encoder
        self.encoder_name = encoder_name
        self.computed = 0  # texts encoded by the last call (the rest came from the cache)

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(t, self.encoder_name) for t in texts]
        known = self._read(set(keys))
        missing = list(dict.fromkeys(k for k in keys if k not in known))
        self.computed = len(missing)
        if missing:
            first_text = {k: t for k, t in zip(keys, texts, strict=True)}
            fresh = self.encoder([first_text[k] for k in missing])
            known.update(zip(missing, np.asarray(fresh, dtype=np.float32), strict=True))
            self._write({k: known[k] for k in missing})
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([known[k] for k in keys]).astype(np.float32)

    def _read(self, keys: set[str]) -> dict[str, np.ndarray]:
        if self.path is None or not self.path.exists() or not keys:
            return {}
        found: dict[str, np.ndarray] = {}
        wanted = list(keys)
        try:
            with closing(sqlite3.connect(self.path)) as db:
                for start in range(0, len(wanted), _BATCH):
                    chunk = wanted[start:start + _BATCH]
                    marks = ",".join("?" * len(chunk))
                    for key, blob, crc in db.execute(
                            f"SELECT key, vector, crc FROM vectors WHERE key IN ({marks})", chunk):
                        if isinstance(blob, bytes) and zlib.crc32(blob) == crc and len(blob) % 2 == 0:
                            found[key] = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
        except sqlite3.Error:
            return {}
        return found

    def _write(self, vectors: dict[str, np.ndarray]) -> None:
        if self.path is None:
            return
        rows = []
        for key, vector in vectors.items():
            blob = vector.astype(np.float16).tobytes()
            rows.append((key, blob, zlib.crc32(blob)))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=30)) as db, db:
                db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB, crc INTEGER)")
                db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", rows)
        except sqlite3.Error:
            pass  # a cache that cannot be written costs speed, not answers
