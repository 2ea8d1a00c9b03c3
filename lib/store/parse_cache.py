"""Persistent parse cache: one SQLite file mapping a parse key to one article's parsed rows.

The key covers everything a parse depends on (file content, its metadata.csv row, the rules'
version), so a restart or a re-export re-parses only files that changed. A payload is plain data
in MessagePack (which cannot run code, unlike the pickles of version 1) behind its SHA-256: one
that fails the checksum or does not decode is discarded, parsed again and reported in
``damaged``, never served. A cache that cannot be opened at all is treated as empty.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import msgpack

DEFAULT_CACHE_DIR = Path(os.environ.get("NEWS_CACHE_DIR", Path.home() / ".cache" / "news-intel"))


def default_cache_dir() -> Path:
    """``$NEWS_CACHE_DIR`` as it is now (tests and benchmarks set it after import), else the default."""
    return Path(os.environ.get("NEWS_CACHE_DIR", Path.home() / ".cache" / "news-intel"))

# Version 2: checksummed MessagePack. A new file name, so the pickles of version 1 are never read.
PARSE_CACHE_FILE = "parse-cache-v2.sqlite3"
_MAGIC = b"NIC2"
_DIGEST_SIZE = 32
T = TypeVar("T")


class DamagedPayload(ValueError):
    """A cached payload whose checksum or encoding is wrong."""


def pack_payload(value: object) -> bytes:
    """``value`` (dicts, lists, str, int, float, bool, None) as MessagePack behind its SHA-256."""
    try:
        # The same bytes as with "surrogatepass" for text without a lone surrogate, a third faster to pack.
        body = msgpack.packb(value, use_bin_type=True)
    except UnicodeEncodeError:
        body = msgpack.packb(value, use_bin_type=True, unicode_errors="surrogatepass")
    return _MAGIC + hashlib.sha256(body).digest() + body


def unpack_payload(payload: bytes) -> object:
    """The value ``pack_payload`` packed; raises DamagedPayload if it is not exactly that."""
    if not isinstance(payload, bytes) or not payload.startswith(_MAGIC):
        raise DamagedPayload("not a version-2 payload")
    digest, body = payload[len(_MAGIC):len(_MAGIC) + _DIGEST_SIZE], payload[len(_MAGIC) + _DIGEST_SIZE:]
    if hashlib.sha256(body).digest() != digest:
        raise DamagedPayload("checksum mismatch")
    try:
        return msgpack.unpackb(body, raw=False, unicode_errors="surrogatepass", strict_map_key=True)
    except (ValueError, TypeError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError) as error:
        raise DamagedPayload(f"does not decode ({type(error).__name__})") from error


def content_digest(data: bytes) -> str:
    """The SHA-256 of a file's bytes, in hex: what ``parse_key`` and the snapshot's file record hold."""
    return hashlib.sha256(data).hexdigest()


# ``json.dumps(row, sort_keys=True)``'s encoder, made once: ``dumps`` with an option builds a new
# encoder on each call, a third of the cost of 100,000 keys. The bytes are the same.
_CSV_ROW_JSON = json.JSONEncoder(sort_keys=True)


def parse_key(rel_path: str, doc_id: str, content: str, csv_row: Mapping[str, str] | None,
              rules_version: str) -> str:
    """Everything a parse depends on (``content`` is the file's ``content_digest``); the doc id
    too, since the parsed rows carry it."""
    digest = hashlib.sha256()
    digest.update(rel_path.encode("utf-8") + b"\0" + doc_id.encode("utf-8") + b"\0")
    digest.update(bytes.fromhex(content))
    digest.update(_CSV_ROW_JSON.encode(dict(csv_row or {})).encode("utf-8"))
    digest.update(rules_version.encode("utf-8"))
    return digest.hexdigest()


class ParseCache:
    """A key → payload store in ``cache_dir``; ``None`` for ``cache_dir`` keeps nothing."""

    def __init__(self, cache_dir: str | Path | None) -> None:
        self._path = Path(cache_dir) / PARSE_CACHE_FILE if cache_dir is not None else None
        self.damaged: list[str] = []  # keys whose payload was discarded by the last get_many
        self.discarded_file = False  # whether the last get_many found no database and removed the file

    @property
    def keeps(self) -> bool:
        """Whether anything put here is kept (False without a cache folder)."""
        return self._path is not None

    def get_many(self, keys: Iterable[str], decode: Callable[[object], T]) -> dict[str, T]:
        """``decode(value)`` of each key's stored value. A payload that fails its checksum, or
        that ``decode`` rejects (ValueError, TypeError, KeyError), is deleted and its key put in
        ``damaged``: the caller parses it again."""
        keys = list(keys)
        self.damaged, self.discarded_file = [], False
        if self._path is None or not self._path.exists() or not keys:
            return {}
        found: dict[str, T] = {}
        # Decoding creates millions of objects without cycles; the collector would rescan them.
        gc.disable()
        try:
            with self._connect() as connection:
                for start in range(0, len(keys), 500):
                    chunk = keys[start:start + 500]
                    marks = ",".join("?" * len(chunk))
                    query = f"SELECT key, payload FROM parsed WHERE key IN ({marks})"
                    for key, payload in connection.execute(query, chunk).fetchall():
                        try:
                            found[key] = decode(unpack_payload(payload))
                        except (ValueError, TypeError, KeyError):
                            self.damaged.append(key)
                if self.damaged:
                    connection.executemany("DELETE FROM parsed WHERE key = ?", [(k,) for k in self.damaged])
        except sqlite3.OperationalError:
            return {}  # locked or unreadable for now: nothing is known to be wrong with it
        except sqlite3.DatabaseError:
            self.discarded_file = True  # not a database (any more): start a new one
            self._path.unlink(missing_ok=True)
            return {}
        finally:
            gc.enable()
        return found

    def put_payloads(self, payloads: Mapping[str, bytes]) -> None:
        """Store payloads already packed (``pack_payload``). Worker processes store their own
        results, in parallel; SQLite's locking serialises their writes (each waits up to 30 s)."""
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
