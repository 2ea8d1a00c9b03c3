"""Issue 10, finding 2: a damaged cache is discarded, rebuilt and reported, never served or fatal.

One flipped bit in a snapshot's events.arrow used to give an exit-0 export with "Xiaohongshq" in
it; random bytes in mentions.arrow crashed the process; one random byte in a parse-cache payload
crashed or silently changed the data; and payloads were pickles, which run code when read.
"""

from __future__ import annotations

import pickle
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from lib.pipeline.corpus import build_corpus
from lib.schema import Event, Warning_
from lib.store.parse_cache import PARSE_CACHE_FILE
from lib.store.snapshot import SNAPSHOT_DIR

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
FRAMES = ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped")


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


def flip_bit_in_name(path: Path, name: bytes = b"Xiaohongshu", bit: int = 0x04) -> None:
    """Turn the first "Xiaohongshu" in the file into "Xiaohongshq" (u 0x75 → q 0x71)."""
    data = bytearray(path.read_bytes())
    offset = data.index(name) + len(name) - 1
    data[offset] ^= bit
    path.write_bytes(bytes(data))


def scribble(path: Path, seed: int, n_bytes: int = 5) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for _ in range(n_bytes):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path.write_bytes(bytes(data))


def snapshot_file(cache: Path, name: str) -> Path:
    [path] = (cache / SNAPSHOT_DIR).glob(f"*/{name}")
    return path


def cache_warnings(corpus) -> list[str]:
    return list(corpus.warnings.loc[corpus.warnings[Warning_.SOURCE] == "cache", Warning_.MESSAGE])


def reference_corpus(root: Path, tmp_path: Path):
    """The corpus built clean in a cache of its own: a built corpus reads its frames from its snapshot's
    files, which the tests then damage."""
    return build_corpus(root, tmp_path / "reference")


def assert_same_frames(corpus, fresh) -> None:
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(fresh, name))


def test_a_flipped_bit_in_the_snapshot_is_caught_and_the_corpus_rebuilt(seeds_copy, tmp_path):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache)
    fresh = reference_corpus(seeds_copy, tmp_path)
    flip_bit_in_name(snapshot_file(cache, "events.arrow"))
    corpus = build_corpus(seeds_copy, cache)
    assert not corpus.events[Event.COMPANIES].str.contains("Xiaohongshq").any()
    assert_same_frames(corpus, fresh)
    assert any("events.arrow fails its checksum" in message for message in cache_warnings(corpus))
    assert cache_warnings(build_corpus(seeds_copy, cache)) == [], "rebuilt once, then clean"


@pytest.mark.parametrize("name", ["documents.arrow", "mentions.arrow", "keys.json", "files.json", "checksums.json"])
@pytest.mark.parametrize("seed", range(3))
def test_random_bytes_in_any_snapshot_file_are_caught(seeds_copy, tmp_path, name, seed):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache)
    fresh = reference_corpus(seeds_copy, tmp_path)
    scribble(snapshot_file(cache, name), seed)
    corpus = build_corpus(seeds_copy, cache)
    assert_same_frames(corpus, fresh)
    assert cache_warnings(corpus)


def _payloads(cache: Path) -> dict[str, bytes]:
    with sqlite3.connect(cache / PARSE_CACHE_FILE) as connection:
        return dict(connection.execute("SELECT key, payload FROM parsed"))


def _replace_payloads(cache: Path, payloads: dict[str, bytes]) -> None:
    with sqlite3.connect(cache / PARSE_CACHE_FILE) as connection:
        connection.executemany("UPDATE parsed SET payload = ? WHERE key = ?", [(v, k) for k, v in payloads.items()])


@pytest.mark.parametrize("seed", range(4))
def test_one_random_byte_in_each_parse_cache_payload_is_caught(seeds_copy, tmp_path, seed):
    cache = tmp_path / "cache"
    fresh = build_corpus(seeds_copy, cache)
    shutil.rmtree(cache / SNAPSHOT_DIR)
    rng = random.Random(seed)
    damaged = {}
    for key, payload in _payloads(cache).items():
        data = bytearray(payload)
        position = rng.randrange(len(data))
        data[position] ^= rng.randrange(1, 256)
        damaged[key] = bytes(data)
    _replace_payloads(cache, damaged)
    corpus = build_corpus(seeds_copy, cache)
    assert_same_frames(corpus, fresh)
    assert len([m for m in cache_warnings(corpus) if "parse cache" in m]) == 5


def test_a_pickle_in_the_cache_is_never_loaded(seeds_copy, tmp_path):
    """A cache folder someone else can write to must not run their code."""
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache)
    shutil.rmtree(cache / SNAPSHOT_DIR)
    marker = tmp_path / "ran"
    hostile = pickle.dumps(_Hostile(str(marker)))
    _replace_payloads(cache, dict.fromkeys(_payloads(cache), hostile))
    with sqlite3.connect(cache / "parse-cache.sqlite3") as old:  # the pickles of cache version 1
        old.execute("CREATE TABLE parsed (key TEXT PRIMARY KEY, payload BLOB)")
        old.executemany("INSERT INTO parsed VALUES (?, ?)", [(k, hostile) for k in _payloads(cache)])
    corpus = build_corpus(seeds_copy, cache)
    assert not marker.exists()
    assert len(corpus.documents) == 5


class _Hostile:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self):
        return (Path.touch, (Path(self.path),))


def test_export_with_a_flipped_bit_in_the_snapshot_exports_the_truth(seeds_copy, tmp_path):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache)
    flip_bit_in_name(snapshot_file(cache, "events.arrow"))
    scribble(snapshot_file(cache, "mentions.arrow"), seed=1)
    result = subprocess.run([sys.executable, "-m", "lib", "export", str(seeds_copy), "--out", str(tmp_path / "out"),
                             "--cache-dir", str(cache)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "warning: cache" in result.stdout and "discarded and rebuilt" in result.stdout
    assert "Xiaohongshq" not in (tmp_path / "out" / "events.csv").read_text(encoding="utf-8")
