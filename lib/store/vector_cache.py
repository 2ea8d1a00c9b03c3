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
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from pathlib import Path

import numpy as np

VECTOR_CACHE_FILE = "sentence-vectors-v1.sqlite3"
Encoder = Callable[[Sequence[str]], np.ndarray]
# The encoder's rows a batch at a time: (positions among the texts, their rows); a text in no batch is a zero row.
BatchEncoder = Callable[[Sequence[str]], Iterator[tuple[list[int], np.ndarray]]]
_BATCH = 500  # SQLite's limit on parameters per statement is far above this
_WRITE_BATCH = 10_000


def text_key(text: str, encoder_name: str) -> str:
    return hashlib.sha256(f"{encoder_name}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()


class VectorCache:
    """``vectors(texts)``: one float32 row per text (unit length, rounded through float16 as stored), computed
    only for unseen texts; ``fill`` writes the same rows into rows of a matrix instead."""

    def __init__(self, cache_dir: str | Path | None, encoder: Encoder, encoder_name: str,
                 batches: BatchEncoder | None = None) -> None:
        self.path = Path(cache_dir) / VECTOR_CACHE_FILE if cache_dir else None
        self.encoder = encoder
        self.encoder_name = encoder_name
        # ``encoder``'s rows a batch at a time, as it computes them: ``fill`` then never holds them all.
        self.batches = batches
        self.computed = 0  # texts encoded by the last call (the rest came from the cache)

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(t, self.encoder_name) for t in texts]
        known: dict[str, np.ndarray] = {}
        missing = self._missing(keys, known.__setitem__)
        self.computed = len(missing)
        # Rounded as the cache will give them back: a query ranks the same the first time and the next.
        fresh = as_stored(self._encoded(missing, _texts_of(missing, keys, texts))).astype(np.float32)
        if not keys or len(missing) == len(keys):
            return fresh  # every text new and asked once: the encoder's rows are the answer, in order
        width = fresh.shape[1] if missing else len(next(iter(known.values())))
        out = np.empty((len(keys), width), dtype=np.float32)
        fresh_row = {k: i for i, k in enumerate(missing)}
        for i, key in enumerate(keys):
            out[i] = fresh[fresh_row[key]] if key in fresh_row else known[key]
        return out

    def fill(self, texts: Sequence[str], matrix: np.ndarray, rows: np.ndarray) -> None:
        """``matrix[rows[i]]`` = the vector of ``texts[i]`` as a later call reads it from the cache (through
        float16, a new row too, whether or not the cache can be written): each cached row is
        written as it is read, and no array of every text's vector is held beside ``matrix`` (at 10,000
        articles 300-530 MB more). With ``batches`` and a cache file, new rows are encoded and stored first and
        then read back like cached ones: the encoder's memory (~170 MB) is let go before ``matrix`` fills, so a
        first run peaks no higher than a cached one; a row the cache failed to keep is put as encoded."""
        keys = [text_key(t, self.encoder_name) for t in texts]
        rows = np.asarray(rows, dtype=np.int64)
        where: dict[str, list[int]] = {}
        for position, key in enumerate(keys):
            where.setdefault(key, []).append(position)

        def put(key: str, vector: np.ndarray) -> None:
            # A new row rounded as it is stored (a cached row already is): a first run, encoding, then gives
            # what every later run reads back, where a story's title could differ by that rounding.
            matrix[rows[where[key]]] = as_stored(vector)

        missing = self._missing(keys, put)
        self.computed = len(missing)
        missing_texts = _texts_of(missing, keys, texts)
        if self.batches is None:
            for key, vector in zip(missing, self._encoded(missing, missing_texts), strict=True):
                put(key, vector)
        elif self.path is None:
            self._encode_batches(missing, missing_texts, matrix.shape[1], put, store=False)
        elif missing:
            unstored = self._encode_batches(missing, missing_texts, matrix.shape[1], None, store=True)
            for key, vector in unstored.items():  # the cache could not keep them
                put(key, vector)
            lost = self._missing([key for key in missing if key not in unstored], put)
            if lost:  # stored and not read back: encoded again, put as encoded
                self._encode_batches(lost, _texts_of(lost, keys, texts), matrix.shape[1], put, store=False)

    def _encode_batches(self, missing: list[str], missing_texts: list[str], width: int,
                        put: Callable[[str, np.ndarray], None] | None, store: bool) -> dict[str, np.ndarray]:
        """Encode ``missing_texts`` batch by batch, handing each row to ``put`` (None: none) and, with ``store``,
        storing them some thousands at a time; the rows of keys whose store failed (float16), by key."""
        unwritten = dict.fromkeys(missing)  # the encoder's zero rows (an empty text) are in no batch
        pending: list[tuple[list[str], np.ndarray]] = []  # stored some thousands at a time, not per batch
        unstored: dict[str, np.ndarray] = {}
        for positions, vectors in self.batches(missing_texts):
            done, vectors = [missing[p] for p in positions], as_stored(np.asarray(vectors, dtype=np.float32))
            for key, vector in zip(done, vectors, strict=True):
                if put is not None:
                    put(key, vector)
                del unwritten[key]
            if store:
                pending.append((done, vectors))
            if sum(len(keys) for keys, _ in pending) >= _WRITE_BATCH:
                unstored.update(self._write_all(pending))
        zero = np.zeros((len(unwritten), width), dtype=np.float16)
        if put is not None:
            for key, vector in zip(unwritten, zero, strict=True):
                put(key, vector)
        if store:
            unstored.update(self._write_all([*pending, (list(unwritten), zero)]))
        return unstored

    def _write_all(self, pending: list[tuple[list[str], np.ndarray]]) -> dict[str, np.ndarray]:
        """Store every (keys, rows) of ``pending`` in one transaction, and empty it: the rows not stored, by key."""
        keys = [key for done, _ in pending for key in done]
        vectors = np.concatenate([vectors for _, vectors in pending]) if keys else None
        pending.clear()
        if vectors is None or self._write(keys, vectors):
            return {}
        return dict(zip(keys, vectors, strict=True))

    def _missing(self, keys: list[str], found: Callable[[str, np.ndarray], None]) -> list[str]:
        """Hand each cached row of ``keys`` to ``found`` (float16, as stored): the others, once each, in order of
        first appearance."""
        seen = self._read(set(keys), found)
        return list(dict.fromkeys(k for k in keys if k not in seen))

    def _encoded(self, missing: list[str], missing_texts: list[str]) -> np.ndarray:
        """The float32 rows of the ``missing`` keys' texts, encoded in one call and stored."""
        if not missing:
            return np.zeros((0, 0), dtype=np.float32)
        fresh = np.asarray(self.encoder(missing_texts), dtype=np.float32)
        self._write(missing, fresh)
        return fresh

    def _read(self, keys: set[str], found: Callable[[str, np.ndarray], None]) -> set[str]:
        """The keys found in the cache, each row handed to ``found`` as read (float16, as stored)."""
        if self.path is None or not self.path.exists() or not keys:
            return set()
        seen: set[str] = set()
        wanted = list(keys)
        try:
            with closing(sqlite3.connect(self.path)) as db:
                for start in range(0, len(wanted), _BATCH):
                    chunk = wanted[start:start + _BATCH]
                    marks = ",".join("?" * len(chunk))
                    for key, blob, crc in db.execute(
                            f"SELECT key, vector, crc FROM vectors WHERE key IN ({marks})", chunk):
                        if isinstance(blob, bytes) and zlib.crc32(blob) == crc and len(blob) % 2 == 0:
                            found(key, np.frombuffer(blob, dtype=np.float16))
                            seen.add(key)
        except sqlite3.Error:
            return set()
        return seen

    def _write(self, keys: list[str], vectors: np.ndarray) -> bool:
        """Row ``i`` of ``vectors`` as the vector of ``keys[i]``, a batch of blobs at a time (all at once held
        150 MB of them at 10,000 articles); whether they were stored."""
        if self.path is None:
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=30)) as db, db:
                db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB, crc INTEGER)")
                for start in range(0, len(keys), _WRITE_BATCH):
                    db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                   _rows(keys[start:start + _WRITE_BATCH], vectors[start:start + _WRITE_BATCH]))
        except sqlite3.Error:
            return False  # a cache that cannot be written costs speed, not answers
        return True


def as_stored(vectors: np.ndarray) -> np.ndarray:
    """``vectors`` in float16, as the cache stores them: a new row is rounded by this one rule on every path,
    so a first run gives what a cached run reads back."""
    return np.asarray(vectors).astype(np.float16, copy=False)


def _texts_of(missing: list[str], keys: list[str], texts: Sequence[str]) -> list[str]:
    """The text of each ``missing`` key (equal keys are equal texts)."""
    text_of = dict(zip(keys, texts, strict=True))
    return [text_of[key] for key in missing]


def _rows(keys: list[str], vectors: np.ndarray) -> list[tuple[str, bytes, int]]:
    """(key, float16 blob, its checksum) per row."""
    blobs = [vector.tobytes() for vector in as_stored(vectors)]
    return [(key, blob, zlib.crc32(blob)) for key, blob in zip(keys, blobs, strict=True)]
