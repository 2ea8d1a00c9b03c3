"""Starts remembered by a snapshot: the folder's stat signature that led to it, so the next start with the
same signature takes the snapshot without working its key out again.

A warm start scans the folder and, from the quick check's record, knows each file's content digest; it
then reads ``metadata.csv``, names the documents and hashes a parse key per file to find the snapshot's
key: 2.5 of the 8 CPU s a 100,000-article warm start spent. Each of these is a function of the article
files' stats (their bytes are trusted by stat, as the quick check trusts them), ``metadata.csv``'s stat,
the files passed over and the rules' version (rule files, the folder's own rule files and the code). The
signature digests exactly these; a start that worked the key out records its signature beside the
snapshot (``starts.json``), and a later start with the same signature loads that snapshot at once, still
checked as any load checks it. A signature is only recorded when every stat in it was last changed
``SETTLED_SECONDS`` before (as ``lib.store.snapshot_stamps`` does): a write within one tick of the
file system's clock could otherwise leave a stat as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Sequence
from pathlib import Path

from lib.read.folder import METADATA_FILE, FoundFile, SkippedFile
from lib.store.snapshot_stamps import SETTLED_SECONDS, file_stamp

STARTS = "starts.json"
# Signatures kept per snapshot: a folder served under a few stat signatures (a file touched, then
# touched back by a copy with the same bytes) keeps each; more are dropped, oldest first.
KEPT_STARTS = 8


def start_signature(root: str, found: Sequence[FoundFile], skipped: Sequence[SkippedFile],
                    rules_version: str) -> tuple[str, bool] | None:
    """The digest of what a start's snapshot key follows from, and whether every stat in it is settled;
    None when a file's stat is unknown (its bytes are then read at every start)."""
    metadata = _stamp_of(Path(root) / METADATA_FILE)
    stamps = [metadata] if metadata else []
    stamps += [entry.stamp for entry in found]
    if any(-1 in stamp for stamp in stamps):
        return None
    digest = hashlib.sha256(f"start-v1\0{root}\0{rules_version}\0{metadata}\n".encode("utf-8", "surrogatepass"))
    digest.update("".join(f"{e.rel_path}\0{e.inode}\0{e.size}\0{e.mtime_ns}\0{e.ctime_ns}\n" for e in found)
                  .encode("utf-8", "surrogatepass"))
    for item in skipped:
        digest.update(f"skip\0{item.file}\0{item.reason}\n".encode("utf-8", "surrogatepass"))
    settled = time.time_ns() - int(SETTLED_SECONDS * 1e9)
    return digest.hexdigest(), all(stamp[3] < settled for stamp in stamps)


def remembered_starts(folder: Path) -> list[str]:
    """The signatures recorded beside the snapshot in ``folder``; none when the record is missing or
    unreadable (the start then works the key out: an unreadable record costs time, never correctness)."""
    try:
        starts = json.loads((folder / STARTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [s for s in starts if isinstance(s, str)] if isinstance(starts, list) else []


def remember_start(folder: Path, signature: str) -> None:
    """Record ``signature`` beside the snapshot in ``folder`` (a no-op when it is there already)."""
    starts = remembered_starts(folder)
    if signature in starts:
        return
    partial = folder / f".{STARTS}.{os.getpid()}"
    try:
        partial.write_text(json.dumps([*starts, signature][-KEPT_STARTS:]), encoding="utf-8")
        partial.replace(folder / STARTS)
    except OSError:
        partial.unlink(missing_ok=True)  # a read-only cache: the next start works the key out again


def _stamp_of(path: Path) -> list[int] | None:
    """``path``'s stamp (``file_stamp``); None when there is no such file, [-1] when it is there but gives
    no stat."""
    stamp = file_stamp(path)
    if stamp is None and not os.path.lexists(path):
        return None
    return stamp or [-1]
