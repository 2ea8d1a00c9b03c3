"""Read a corpus folder: find the article files and read their bytes (``decoding`` makes them text).

This module and ``metadata_csv`` are the only places that touch the file system. Nothing here
raises for a bad article file: such a file comes back as a ``SkippedFile`` with a reason a user
can act on. Only a missing corpus folder raises.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple

from lib.rules import EXTENSIBLE_FILES

MAX_FILE_BYTES = 5_000_000
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
# Read by the parse stage from their own format, not decoded as text (lib/parse/pdf_docx.py).
BINARY_SUFFIXES = (".pdf", ".docx")
METADATA_FILE = "metadata.csv"
# Rule and metadata files share the folder with the articles but are not articles.
_NOT_ARTICLES = re.compile(r"^(metadata\.csv|gazetteer\.csv|phrases\.txt|stopwords_[^/]*\.txt)$", re.I)


@dataclass(frozen=True)
class RawFile:
    rel_path: str
    data: bytes
    size: int
    mtime: float


@dataclass(frozen=True)
class SkippedFile:
    file: str
    reason: str


def list_article_paths(root: str | Path) -> tuple[list[Path], list[SkippedFile]]:
    """Article files under ``root`` (recursive, sorted), and the files passed over with a reason."""
    found, skipped = scan_folder(root)
    return [Path(entry.path) for entry in found], skipped


def read_folder(root: str | Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[list[RawFile], list[SkippedFile]]:
    """The bytes of every article file, sorted by ``rel_path``; unusable files are skipped."""
    found, skipped = scan_folder(root)
    files, unreadable = read_found(found, max_bytes)
    return files, sorted(skipped + unreadable, key=lambda s: s.file)


def scan_folder(root: str | Path) -> tuple[list[FoundFile], list[SkippedFile]]:
    """The article files under ``root`` with their stat, sorted by ``rel_path``, without reading
    them; and the files passed over (unsupported type, broken link, ...) with a reason."""
    return _scan(_existing_dir(root))


def read_found(found: list[FoundFile], max_bytes: int = MAX_FILE_BYTES) -> tuple[list[RawFile], list[SkippedFile]]:
    """The bytes of ``found`` files, in their order; empty, oversized or unreadable ones skipped."""
    files: list[RawFile] = []
    skipped: list[SkippedFile] = []
    for entry in found:
        outcome = _read_one(Path(entry.path), entry.rel_path, max_bytes)
        (files if isinstance(outcome, RawFile) else skipped).append(outcome)
    return files, skipped


def fingerprint(root: str | Path) -> str:
    """A cheap digest of names, sizes and mtimes: it changes when an article or rule file changes.

    The dashboard computes it on every rerun, so it costs one directory scan and one stat per file.
    """
    return scan_fingerprint(root, *scan_folder(root))


def scan_fingerprint(root: str | Path, found: list[FoundFile], skipped: list[SkippedFile]) -> str:
    """``fingerprint`` of a ``scan_folder(root)`` just made: the caller can use the scan again
    (at 100,000 files a scan costs about a CPU second)."""
    base = Path(root)
    extras = []
    for name in (METADATA_FILE, *EXTENSIBLE_FILES):
        try:
            info = (base / name).stat()
        except OSError:
            continue
        extras.append(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\n")
    digest = hashlib.sha256()
    digest.update("".join(f"{e.rel_path}\0{e.size}\0{e.mtime_ns}\n" for e in found).encode("utf-8", "surrogatepass"))
    digest.update("".join(extras).encode("utf-8", "surrogatepass"))
    for item in skipped:
        digest.update(f"skip\0{item.file}\0{item.reason}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def _existing_dir(root: str | Path) -> Path:
    base = Path(root)
    if not base.exists():
        raise FileNotFoundError(f"corpus folder not found: {base}")
    if not base.is_dir():
        raise NotADirectoryError(f"corpus path is not a folder: {base}")
    return base


def _rel(path: Path, base: Path) -> str:
    return path.relative_to(base).as_posix()


class FoundFile(NamedTuple):
    """An article file found by the scan, with what its stat says."""

    rel_path: str
    path: str
    size: int
    mtime_ns: int
    ctime_ns: int = -1
    inode: int = -1

    @property
    def stamp(self) -> list[int]:
        """Inode, size, modification and change times: a write, a rename onto it, a chmod or a
        copy with preserved times all change at least one (the change time cannot be set)."""
        return [self.inode, self.size, self.mtime_ns, self.ctime_ns]


def _scan(base: Path) -> tuple[list[FoundFile], list[SkippedFile]]:
    """One pass of os.scandir over the folder: article files with their stat, and skipped files."""
    found: list[FoundFile] = []
    skipped: list[SkippedFile] = []
    _walk(str(base), "", str(base.resolve()), found, skipped)
    found.sort(key=lambda entry: entry.rel_path)
    skipped.sort(key=lambda item: item.file)
    return found, skipped


def _walk(folder: str, prefix: str, real_base: str, found: list[FoundFile], skipped: list[SkippedFile]) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        skipped.append(SkippedFile(prefix or "./", f"unreadable folder: {_why(error)}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        rel_path = prefix + entry.name
        if entry.is_symlink():
            _visit_link(entry, rel_path, real_base, found, skipped)
        elif entry.is_dir(follow_symlinks=False):
            _walk(entry.path, rel_path + "/", real_base, found, skipped)
        else:
            _visit_file(entry, rel_path, found, skipped)


def _visit_link(entry: os.DirEntry, rel_path: str, real_base: str, found: list[FoundFile],
                skipped: list[SkippedFile]) -> None:
    target = Path(entry.path).resolve()
    if not target.exists():
        skipped.append(SkippedFile(rel_path, "broken symlink"))
    elif not target.is_relative_to(real_base):
        skipped.append(SkippedFile(rel_path, "symlink leaves the folder"))
    elif target.is_file():
        _visit_file(entry, rel_path, found, skipped)
    # A link to a folder inside the corpus is not followed: its files are walked anyway, and
    # following it could loop.


def _visit_file(entry: os.DirEntry, rel_path: str, found: list[FoundFile], skipped: list[SkippedFile]) -> None:
    if _NOT_ARTICLES.match(entry.name):
        return
    suffix = os.path.splitext(entry.name)[1].lower()
    if suffix not in SUFFIXES:
        skipped.append(SkippedFile(rel_path, f"unsupported type {suffix or '(no extension)'}"))
        return
    try:
        info = entry.stat()
    except OSError:
        # Let the read report the actual problem.
        found.append(FoundFile(rel_path, entry.path, -1, -1))
        return
    if stat.S_ISREG(info.st_mode):
        found.append(FoundFile(rel_path, entry.path, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino))
    else:
        skipped.append(SkippedFile(rel_path, "not a regular file"))


def _read_one(path: Path, rel_path: str, max_bytes: int) -> RawFile | SkippedFile:
    try:
        info = path.stat()
        if info.st_size == 0:
            return SkippedFile(rel_path, "empty file")
        if info.st_size > max_bytes:
            return SkippedFile(rel_path, f"too large ({_size(info.st_size)} > {_size(max_bytes)} limit)")
        with path.open("rb") as handle:
            data = read_up_to(handle, info.st_size, max_bytes)
    except OSError as error:
        return SkippedFile(rel_path, f"unreadable: {_why(error)}")
    if not data:
        return SkippedFile(rel_path, "empty file")
    if len(data) > max_bytes:
        return SkippedFile(rel_path, f"too large (over the {_size(max_bytes)} limit)")
    return RawFile(rel_path, data, len(data), info.st_mtime)


def read_up_to(stream: BinaryIO, expected: int, max_bytes: int) -> bytes:
    """The stream's bytes, read by its ``expected`` size; never more than ``max_bytes + 1``.

    One byte past ``expected`` shows a stream longer than it said (grown, or a lying header); the
    read then goes on to one byte past the limit, so the caller's ``len > max_bytes`` check sees it.
    """
    # Sized to the data, not the limit: read(n) allocates n bytes first, and a 5 MB allocation is
    # a memory map of its own that stays one when shrunk to the data, so every file kept its own
    # map and at 65,530 files (Linux's vm.max_map_count) no allocation could map any more.
    first = min(max(expected, 0), max_bytes) + 1
    data = stream.read(first)
    if len(data) >= first:
        data += stream.read(max_bytes + 1 - len(data))
    return data


def _why(error: OSError) -> str:
    return error.strerror or str(error)


def _size(n_bytes: int) -> str:
    if n_bytes >= 1_000_000:
        return f"{n_bytes / 1_000_000:.1f} MB"
    if n_bytes >= 1_000:
        return f"{n_bytes / 1_000:.1f} KB"
    return f"{n_bytes} bytes"
