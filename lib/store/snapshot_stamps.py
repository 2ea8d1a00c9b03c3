"""Stamps of the snapshot files that passed the full check: a file is trusted again while its stat is the same.

Hashing and validating every byte took 8 of the 10 s a 100,000-article warm start spent reading its
5 GB snapshot, on every start. So, as a file of the corpus is trusted by its stat (rsync's quick
check), a frame that passed the full check is trusted afterwards while its stat is the same:
``stamps.json`` keeps each checked file's inode, size, modification and change time. Any write to
a file changes its change time, which no program can set back; a stamp is only kept for a file
last changed ``SETTLED_SECONDS`` before, so a write in the same tick of the file system's clock
cannot pass unseen.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

STAMPS = "stamps.json"
# A file changed less than this before its stamp is taken is checked in full again next time: a
# change within one tick of the file system's clock (milliseconds) would leave its stamp as it was.
SETTLED_SECONDS = 2.0


def file_stamp(path: Path) -> list[int] | None:
    """The file's inode, size, modification and change time (in nanoseconds); None when it has no stat."""
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


def recorded_stamps(folder: Path) -> dict[str, list]:
    """The stamps of the files that passed the full check; none when the record is missing or unreadable
    (the files are then checked in full: an unreadable record costs time, never correctness)."""
    try:
        stamps = json.loads((folder / STAMPS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stamps if isinstance(stamps, dict) else {}


def record_stamps(folder: Path, names: Iterable[str], stamps: Mapping[str, list]) -> None:
    """Record the stamps of ``names``, just checked, when each was last changed long enough ago."""
    settled = time.time_ns() - int(SETTLED_SECONDS * 1e9)
    current = {name: stamp for name in names if (stamp := file_stamp(folder / name)) and stamp[3] < settled}
    if all(stamps.get(name) == stamp for name, stamp in current.items()):
        return
    partial = folder / f".{STAMPS}.{os.getpid()}"
    try:
        partial.write_text(json.dumps({**stamps, **current}), encoding="utf-8")
        partial.replace(folder / STAMPS)
    except OSError:
        partial.unlink(missing_ok=True)  # a read-only cache: the next start checks in full again
