"""Snapshots: the assembled frames of a whole corpus as Arrow files, under a key of its parse keys.

Decoding and assembling 10,000 parsed articles takes seconds; reading uncompressed Arrow IPC
(Feather) files takes a fraction of that. Only the newest few snapshots are kept.

A snapshot cannot lie: ``checksums.json`` holds the SHA-256 of every other file in it, each file is
checked before it is read and each Arrow table is validated. A snapshot that fails is deleted and
named in ``problems``, and the corpus is built again; a damaged snapshot is never served and
never fatal. Folder version 2 (``snapshots-v2``): the snapshots of version 1 had no checksums.

A frame that passed the full check is trusted afterwards while its stat is the same
(``lib.store.snapshot_stamps``); files are written with their digests by ``lib.store.snapshot_writing``.
Frames are memory-mapped, not read: the pages hold only what answers touch, and
the system can drop them again. Each frame is written as one record batch, so that its columns come
back in one chunk each without a copy. A frame asked for as ``deferred`` is checked and mapped at the
load like the others, and turned into pandas only when first read (``lib.deferred``). A table asked for
in ``tables`` (the terms' dictionary encoding, ``lib.store.term_dictionaries``) is never turned into pandas:
it comes back as the checked, memory-mapped Arrow table.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa

from lib.deferred import DeferredFrame
from lib.store.snapshot_stamps import file_stamp, record_stamps, recorded_stamps
from lib.store.snapshot_starts import remember_start, remembered_starts
from lib.store.snapshot_writing import write_bytes, write_frame, writing_threads

SNAPSHOT_DIR = "snapshots-v2"
_CHECKSUMS = "checksums.json"


class DamagedSnapshot(ValueError):
    """A snapshot file that is missing, fails its checksum or is not a valid Arrow table."""


def _file_digest(path: Path) -> str:
    """The SHA-256 of the file's bytes, read a block at a time (a 2.6 GB frame is never held whole)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _frame_of(table: pa.Table) -> pd.DataFrame:
    """A checked table as pandas (its strings stay in Arrow; numbers are copied out of the map)."""
    try:
        return table.to_pandas()
    except pa.ArrowException as error:     # a valid table converts; this is a guard, not a path
        raise DamagedSnapshot(f"a frame could not be converted ({type(error).__name__})") from error


class FrameSnapshot:
    """Complete, checksummed snapshots in ``cache_dir``; ``None`` for ``cache_dir`` keeps nothing."""

    KEEP = 2

    def __init__(self, cache_dir: str | Path | None) -> None:
        self._dir = Path(cache_dir) / SNAPSHOT_DIR if cache_dir is not None else None
        self.problems: list[str] = []  # what was found damaged and discarded, for the warnings
        # The stamps of the files this object wrote, taken when written: read back unchanged, they are
        # what was written and digested, so a build reads the snapshot it just wrote without checking
        # it again (hashing and validating 5.8 GB at 100,000 articles, and mapping every page of it).
        self._written: dict[Path, list[int] | None] = {}

    def load(self, key: str, names: Iterable[str], deferred: Iterable[str] = (),
             tables: Iterable[str] = ()) -> dict[str, pd.DataFrame | DeferredFrame | pa.Table] | None:
        """The frames ``names`` of snapshot ``key``, or ``None`` when it is missing or damaged.

        Those also in ``deferred`` come as a ``DeferredFrame``: checked and memory-mapped now (so a
        damaged one is found now, and a pruned folder cannot take the file away), turned into pandas
        on first read. ``tables`` come as the memory-mapped Arrow tables, checked; one the snapshot
        does not hold (written before it was kept) is None."""
        names, deferred, tables = list(names), set(deferred), [t for t in tables if t not in names]
        if self._dir is None or not (self._dir / key / "complete").exists():
            return None
        folder = self._dir / key
        stamps = recorded_stamps(folder)
        try:
            checksums = self._checksums(folder)
            self._verified_bytes(folder, "keys.json", checksums)  # the whole snapshot is sound or none of it
            frames = {name: self._read_table(folder, f"{name}.arrow", checksums, stamps) for name in names}
            frames = {name: DeferredFrame(partial(_frame_of, table), table) if name in deferred else _frame_of(table)
                      for name, table in frames.items()}
            held = [name for name in tables if f"{name}.arrow" in checksums]
            frames.update({name: None for name in tables})
            frames.update({name: self._read_table(folder, f"{name}.arrow", checksums, stamps) for name in held})
        except DamagedSnapshot as error:
            self._discard(folder, str(error))
            return None
        record_stamps(folder, [f"{name}.arrow" for name in names + held], stamps)
        return frames

    def latest(self, names: Iterable[str], tables: Iterable[str] = ()
               ) -> tuple[dict[str, pd.DataFrame | pa.Table], dict[str, list[str]]] | None:
        """The newest complete snapshot's frames (``tables`` as memory-mapped Arrow tables, as ``load`` gives
        them) and its ``{rel_path: [parse_key, doc_id]}`` map."""
        for folder in self._complete_newest_first()[:1]:
            frames = self.load(folder.name, names, tables=tables)
            if frames is None:
                return None
            try:
                keys = self._read_json(folder, "keys.json", self._checksums(folder))
            except DamagedSnapshot as error:
                self._discard(folder, str(error))
                return None
            return frames, keys
        return None

    def recorded_files(self, root: str) -> dict[str, list]:
        """``{rel_path: [stamp, content digest]}`` of the files the newest snapshot of ``root`` read.

        A file whose stat still gives that stamp has those bytes: a warm start need not read it.
        """
        for folder in self._complete_newest_first():
            try:
                record = self._read_json(folder, "files.json", self._checksums(folder))
            except DamagedSnapshot as error:
                self._discard(folder, str(error))
                continue
            if isinstance(record, dict) and record.get("root") == root and isinstance(record.get("files"), dict):
                return record["files"]
        return {}

    def key_of_start(self, signature: str) -> str | None:
        """The key of the complete snapshot a start with ``signature`` led to (``lib.store.snapshot_starts``)."""
        for folder in self._complete_newest_first():
            if signature in remembered_starts(folder):
                return folder.name
        return None

    def remember_start(self, key: str, signature: str) -> None:
        """Record that a start with ``signature`` leads to snapshot ``key`` (when it is complete)."""
        if self._dir is not None and (self._dir / key / "complete").exists():
            remember_start(self._dir / key, signature)

    def save(self, key: str, frames: Mapping[str, pd.DataFrame | pa.Table], keys: Mapping[str, list[str]],
             root: str = "", files: Mapping[str, list] | None = None) -> bool:
        """Write the frames under ``key``, with each file's ``[parse key, doc id]`` and, for the
        quick check of the next start, the ``[stamp, content digest]`` of the files read; whether the
        snapshot is there now."""
        if self._dir is None:
            return False
        target = self._dir / key
        partial = self._dir / f".{key}.partial-{os.getpid()}"
        try:
            partial.mkdir(parents=True, exist_ok=True)
            # Arrow releases the GIL while it joins and writes, so the frames are written side by side.
            with ThreadPoolExecutor(writing_threads(frames.values())) as pool:
                names = [f"{name}.arrow" for name in frames]
                checksums = dict(zip(names, pool.map(write_frame, [partial / name for name in names], frames.values()),
                                     strict=True))
            checksums["keys.json"] = write_bytes(partial / "keys.json", json.dumps(dict(keys)).encode("utf-8"))
            checksums["files.json"] = write_bytes(partial / "files.json", json.dumps(
                {"root": root, "files": dict(files or {})}).encode("utf-8"))
            (partial / _CHECKSUMS).write_text(json.dumps(dict(sorted(checksums.items()))), encoding="utf-8")
            (partial / "complete").touch()
            if target.exists():
                shutil.rmtree(partial, ignore_errors=True)
            else:
                partial.rename(target)
                self._written.update((target / name, file_stamp(target / name)) for name in names)
            self._prune(keep=key)
            return True
        except (OSError, ValueError, pa.ArrowException):
            # A snapshot only saves time; failing to write one loses nothing.
            shutil.rmtree(partial, ignore_errors=True)
            return False

    def _checksums(self, folder: Path) -> dict[str, str]:
        try:
            checksums = json.loads((folder / _CHECKSUMS).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise DamagedSnapshot(f"{_CHECKSUMS} is missing or unreadable ({type(error).__name__})") from error
        if not isinstance(checksums, dict) or not all(isinstance(v, str) for v in checksums.values()):
            raise DamagedSnapshot(f"{_CHECKSUMS} is not a map of file names to digests")
        return checksums

    @staticmethod
    def _verified_bytes(folder: Path, name: str, checksums: Mapping[str, str]) -> bytes:
        try:
            data = (folder / name).read_bytes()
        except OSError as error:
            raise DamagedSnapshot(f"{name} is missing or unreadable") from error
        if checksums.get(name) != hashlib.sha256(data).hexdigest():
            raise DamagedSnapshot(f"{name} fails its checksum")
        return data

    def _read_table(self, folder: Path, name: str, checksums: Mapping[str, str],
                    stamps: Mapping[str, list]) -> pa.Table:
        """The table of ``name``, memory-mapped; checked in full unless its stamp is the one recorded
        or the one this object wrote it with."""
        path = folder / name
        stamp = file_stamp(path)
        trusted = stamp is not None and stamp in (stamps.get(name), self._written.get(path))
        try:
            source = pa.memory_map(str(path))
            digest = None if trusted else _file_digest(path)
        except OSError as error:
            raise DamagedSnapshot(f"{name} is missing or unreadable") from error
        if not trusted and checksums.get(name) != digest:
            raise DamagedSnapshot(f"{name} fails its checksum")
        try:
            table = pa.ipc.open_file(source).read_all()
            table.validate(full=not trusted)
            return table
        except (OSError, ValueError, pa.ArrowException) as error:
            raise DamagedSnapshot(f"{name} is not a valid Arrow table ({type(error).__name__})") from error

    def _read_json(self, folder: Path, name: str, checksums: Mapping[str, str]):
        data = self._verified_bytes(folder, name, checksums)
        try:
            return json.loads(data.decode("utf-8"))
        except ValueError as error:
            raise DamagedSnapshot(f"{name} is not valid JSON") from error

    def _discard(self, folder: Path, why: str) -> None:
        self.problems.append(f"snapshot {folder.name}: {why}; discarded and rebuilt")
        shutil.rmtree(folder, ignore_errors=True)

    def _complete_newest_first(self) -> list[Path]:
        if self._dir is None or not self._dir.is_dir():
            return []
        complete = [p for p in self._dir.iterdir() if not p.name.startswith(".") and (p / "complete").exists()]
        return sorted(complete, key=lambda p: p.stat().st_mtime, reverse=True)

    def _prune(self, keep: str) -> None:
        snapshots = sorted((p for p in self._dir.iterdir() if not p.name.startswith(".")),
                           key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [p for p in snapshots if p.name != keep][self.KEEP - 1:]:
            shutil.rmtree(old, ignore_errors=True)
