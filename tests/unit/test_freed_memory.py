"""Freed memory handed back: the C heap's free pages and Arrow's pooled buffers leave the process."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from lib import freed_memory
from lib.freed_memory import return_freed_memory


def _own_memory_mb() -> int:
    """The memory this process owns (not file pages), from /proc."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) // 1024
    pytest.skip("no /proc/self/status RssAnon here")


def test_freed_python_memory_leaves_the_process():
    # Buffers past Python's small-object size come from glibc's heap, which keeps them once freed (measured:
    # 162 MB with these, 150 MB after they were freed, 29 MB once trimmed).
    held = [bytearray(600) for _ in range(200_000)]
    with_them = _own_memory_mb()
    del held
    return_freed_memory()
    assert _own_memory_mb() < with_them - 80


def test_freed_arrow_buffers_are_released_from_its_pool(monkeypatch):
    released = []
    pool = pa.default_memory_pool()
    monkeypatch.setattr(freed_memory.pa, "default_memory_pool",
                        lambda: type("Pool", (), {"release_unused": lambda self: released.append(pool)})())
    return_freed_memory()
    assert released == [pool]


def test_without_glibc_only_arrow_is_asked(monkeypatch):
    monkeypatch.setattr(freed_memory, "_LIBC", None)
    return_freed_memory()   # no heap to trim: nothing raises
