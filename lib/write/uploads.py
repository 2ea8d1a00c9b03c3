"""Save uploaded article files (or a ``.zip`` of them) into a corpus folder, safely.

Names are sanitised (no folders, no hidden files, no control characters, a supported suffix, a
bounded length; CJK letters kept) and never overwrite: a taken name gets a number. A file whose
bytes equal an article already in the folder, or one earlier in the same batch, is reported as a
duplicate and not saved. Archives are unpacked in memory with limits on member count, member size,
total size and compression ratio; folders, links, hidden members and ``__MACOSX`` are ignored.
Every upload comes back as an ``UploadOutcome``; nothing here raises for bad input.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lib.read.decoding import UndecodableError, decode_text
from lib.read.folder import BINARY_SUFFIXES, MAX_FILE_BYTES, SUFFIXES, list_article_paths, read_up_to
from lib.write.corpus_files import create_file, path_inside

SAVED, DUPLICATE, REJECTED = "saved", "duplicate", "rejected"
ARCHIVE_SUFFIX = ".zip"
MAX_NAME_BYTES = 150
MAX_ZIP_MEMBERS = 2_000
MAX_ZIP_TOTAL_BYTES = 200_000_000
# Text compresses about 3-10×; far more than this on a large member is a zip bomb.
MAX_ZIP_RATIO = 200
_RATIO_CHECK_BYTES = 1_000_000

_UNSAFE_CHARS = re.compile(r"[^\w\-.()\[\] ]")
_RUNS = re.compile(r"([_ ])[_ ]+")
_RULE_FILE = re.compile(r"^(gazetteer|phrases|stopwords_.*)$", re.I)
_WINDOWS_DEVICE = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$", re.I)


class RejectedName(ValueError):
    """A file name that cannot be used; the message says why."""


@dataclass(frozen=True)
class UploadOutcome:
    upload: str  # the name as uploaded; for archive members "archive.zip › member"
    status: str  # SAVED, DUPLICATE or REJECTED
    detail: str  # the saved name, the existing file it duplicates, or why it was rejected

    def message(self) -> str:
        return {SAVED: "saved as ", DUPLICATE: "duplicate of ", REJECTED: "rejected: "}[self.status] + self.detail


def safe_file_name(name: str) -> str:
    """A flat, visible, portable file name with a supported suffix; ``RejectedName`` otherwise."""
    base = re.split(r"[/\\]", unicodedata.normalize("NFC", str(name)))[-1]
    base = "".join(_visible(char) for char in base).strip()
    if not base:
        raise RejectedName("no file name")
    if base.startswith("."):
        raise RejectedName("hidden file (the name starts with a dot)")
    stem, dot, suffix = base.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    if suffix not in SUFFIXES:
        raise RejectedName(f"unsupported type {suffix or '(no extension)'}; use {', '.join(SUFFIXES)}")
    stem = _RUNS.sub(r"\1", _UNSAFE_CHARS.sub("_", stem)).strip(" ._-") or "upload"
    if _WINDOWS_DEVICE.match(stem) or _RULE_FILE.match(stem):
        stem += "_article"
    return _fit(stem, suffix)


def _visible(char: str) -> str:
    """Spaces and line breaks become a space; other control and format characters are dropped."""
    category = unicodedata.category(char)
    if char in "\t\n\r\v\f" or category.startswith("Z"):
        return " "
    return "" if category.startswith("C") else char


def save_uploads(root: str | Path, uploads: Iterable[tuple[str, bytes]]) -> list[UploadOutcome]:
    """Save each ``(name, bytes)`` upload into ``root``; a ``.zip`` is unpacked. One outcome per file."""
    base = Path(root).resolve()
    candidates = []
    for name, data in uploads:
        if str(name).lower().endswith(ARCHIVE_SUFFIX):
            candidates.extend(archive_members(str(name), data))
        else:
            candidates.append((str(name), str(name), data))
    sizes = {len(item[2]) for item in candidates if isinstance(item, tuple)}
    known = existing_hashes(base, sizes)
    return [item if isinstance(item, UploadOutcome) else _save_one(base, *item, known) for item in candidates]


def existing_hashes(root: Path, sizes: Iterable[int] | None = None) -> dict[str, str]:
    """sha256 → relative path of the articles in ``root`` (only files of the given sizes, when given)."""
    wanted = None if sizes is None else set(sizes)
    paths, _ = list_article_paths(root)
    known: dict[str, str] = {}
    for path in paths:
        try:
            if wanted is not None and path.stat().st_size not in wanted:
                continue
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            continue
        known.setdefault(digest, path.relative_to(root).as_posix())
    return known


def archive_members(archive_name: str, data: bytes) -> list[tuple[str, str, bytes] | UploadOutcome]:
    """The members of a zip as ``(label, name, bytes)``, and outcomes for members rejected here."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        return [UploadOutcome(archive_name, REJECTED, f"not a readable zip archive ({error})")]
    files = [info for info in infos if not info.is_dir() and not _is_ignored_member(info)]
    if not files:
        return [UploadOutcome(archive_name, REJECTED, "no files in the archive (folders, links and hidden "
                              "files are left out)")]
    if len(files) > MAX_ZIP_MEMBERS:
        return [UploadOutcome(archive_name, REJECTED,
                              f"{len(files):,} files in the archive, over the limit of {MAX_ZIP_MEMBERS:,}")]
    declared = sum(info.file_size for info in files)
    if declared > MAX_ZIP_TOTAL_BYTES:
        return [UploadOutcome(archive_name, REJECTED, f"unpacks to {declared:,} bytes, over the limit of "
                              f"{MAX_ZIP_TOTAL_BYTES:,}")]
    with archive:
        return [_read_member(archive, archive_name, info) for info in files]


def _read_member(archive: zipfile.ZipFile, archive_name: str, info: zipfile.ZipInfo):
    name = _member_name(info)
    label = f"{archive_name} › {name}"
    problem = _member_problem(name, info)
    if problem:
        return UploadOutcome(label, REJECTED, problem)
    try:
        with archive.open(info) as member:
            # zipfile stops at the declared size and a lying header fails its CRC check.
            content = read_up_to(member, info.file_size, MAX_FILE_BYTES)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError) as error:
        return UploadOutcome(label, REJECTED, f"damaged archive member ({error})")
    return label, name, content


def _member_problem(name: str, info: zipfile.ZipInfo) -> str:
    parts = name.split("/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "absolute path in the archive"
    if ".." in parts:
        return "path leads outside the archive (..)"
    if info.flag_bits & 0x1:
        return "encrypted archive member"
    if info.file_size > MAX_FILE_BYTES:
        return f"too large ({info.file_size:,} bytes; the limit is {MAX_FILE_BYTES:,})"
    if info.file_size > _RATIO_CHECK_BYTES and info.file_size > MAX_ZIP_RATIO * max(1, info.compress_size):
        return "suspicious compression ratio (possible zip bomb)"
    return ""


def _is_ignored_member(info: zipfile.ZipInfo) -> bool:
    """Links, hidden files and macOS resource forks are not articles; they are left out silently."""
    parts = [part for part in _member_name(info).split("/") if part]
    is_link = stat.S_ISLNK(info.external_attr >> 16)
    hidden = any(part.startswith(".") and part not in (".", "..") for part in parts)
    return is_link or hidden or not parts or "__MACOSX" in parts


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member name with ``/`` separators; legacy names are tried as UTF-8, then GB18030."""
    name = info.filename
    if not info.flag_bits & 0x800:
        raw = name.encode("cp437", errors="replace")
        for encoding in ("utf-8", "gb18030"):
            try:
                name = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return name.replace("\\", "/")


def _save_one(root: Path, label: str, name: str, data: bytes, known: dict[str, str]) -> UploadOutcome:
    try:
        name = safe_file_name(name)
    except RejectedName as error:
        return UploadOutcome(label, REJECTED, str(error))
    problem = _content_problem(data, name)
    if problem:
        return UploadOutcome(label, REJECTED, problem)
    digest = hashlib.sha256(data).hexdigest()
    if digest in known:
        return UploadOutcome(label, DUPLICATE, known[digest])
    try:
        saved = _create_numbered(root, name, data)
    except (OSError, ValueError) as error:
        return UploadOutcome(label, REJECTED, f"could not be written ({error})")
    known[digest] = saved
    return UploadOutcome(label, SAVED, saved)


def _content_problem(data: bytes, name: str = "") -> str:
    if not data.strip():
        return "empty file"
    if len(data) > MAX_FILE_BYTES:
        return f"too large (over the {MAX_FILE_BYTES:,} byte limit)"
    if PurePosixPath(name).suffix.lower() in BINARY_SUFFIXES:
        return ""  # a PDF or Word file is read by the parse stage, which says why if it cannot
    try:
        decode_text(data)
    except UndecodableError as error:
        return f"not text: {error}"
    return ""


def _create_numbered(root: Path, name: str, data: bytes) -> str:
    for number in range(1, 10_000):
        candidate = name if number == 1 else safe_numbered(name, number)
        target = path_inside(root, candidate)
        if target.parent.resolve() != root:
            raise ValueError(f"{candidate!r} is not directly in the corpus folder")
        try:
            create_file(target, data)
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"no free name like {name!r}")


def safe_numbered(name: str, number: int) -> str:
    """``name`` with a number, still within the length limit."""
    path = PurePosixPath(name)
    return _fit(path.stem, f"-{number}{path.suffix}")


def _fit(stem: str, tail: str) -> str:
    """``stem + tail`` cut (in the stem) to at most ``MAX_NAME_BYTES`` bytes of UTF-8."""
    room = MAX_NAME_BYTES - len(tail.encode("utf-8"))
    while len(stem.encode("utf-8")) > room:
        stem = stem[:-1]
    stem = stem.rstrip(" .") or "upload"
    return stem + tail


def outcome_counts(outcomes: Sequence[UploadOutcome]) -> dict[str, int]:
    return {status: sum(outcome.status == status for outcome in outcomes) for status in (SAVED, DUPLICATE, REJECTED)}
