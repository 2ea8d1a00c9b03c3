"""Write files in a corpus folder safely: paths kept inside it, atomic writes, moves that never overwrite.

Every write goes to a temporary file in the same folder first and is then moved into place in one
step, so a crash never leaves half a file. A new file never replaces an existing one, and every
path is checked to stay inside the corpus folder before anything is written. The edits of
``metadata.csv`` (``metadata_edits``), of the corpus's rule files (``rule_edits``) and the trash
(``trash``) write through here.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path, PurePosixPath

from lib.read.decoding import UndecodableError, decode_text

# Hidden, so the folder walker never mistakes a leftover for an article.
TEMP_PREFIX = ".tmp-"


class UnsafePathError(ValueError):
    """A path that would leave the corpus folder, or that names no usable file."""


class RuleFileError(ValueError):
    """A rule or metadata file that cannot be extended without losing what is in it."""


def path_inside(root: str | Path, rel_path: str) -> Path:
    """``root/rel_path``, refusing absolute paths, ``..``, and anything that resolves outside."""
    base = Path(root).resolve()
    rel = PurePosixPath(str(rel_path).replace("\\", "/"))
    if rel.is_absolute() or not rel.parts or any(part in ("", ".", "..") for part in rel.parts):
        raise UnsafePathError(f"{rel_path!r} is not a path inside the corpus folder")
    if any("\0" in part for part in rel.parts):
        raise UnsafePathError(f"{rel_path!r} contains a NUL character")
    target = base.joinpath(*rel.parts)
    if not target.parent.resolve().is_relative_to(base):
        raise UnsafePathError(f"{rel_path!r} leads outside the corpus folder")
    return target


def replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, replacing what was there."""
    temp = _write_temp(path.parent, data)
    try:
        os.replace(temp, path)
    except BaseException:
        _remove(temp)
        raise


def create_file(path: Path, data: bytes) -> None:
    """Write ``data`` to a NEW file ``path`` atomically; ``FileExistsError`` if the name is taken."""
    temp = _write_temp(path.parent, data)
    try:
        _place_without_overwrite(temp, path)
    finally:
        _remove(temp)


def move_without_overwrite(source: Path, target: Path) -> None:
    """Move a file (or symlink) to ``target``; ``FileExistsError`` if ``target`` exists."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _place_without_overwrite(source, target)
    _remove(source)  # already gone when the fallback renamed it


def numbered_name(name: str, number: int, separator: str = "-") -> str:
    """``report.txt`` → ``report-2.txt``: a clash-free variant of a file name."""
    path = PurePosixPath(name)
    return f"{path.stem}{separator}{number}{path.suffix}"


def _place_without_overwrite(source: Path, target: Path) -> None:
    """Give ``source`` a second name ``target`` (a hard link never replaces an existing name)."""
    try:
        os.link(source, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links: reserve the name exclusively, then swap the content in.
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        try:
            os.replace(source, target)
        except BaseException:
            _remove(target)
            raise


def _write_temp(folder: Path, data: bytes) -> Path:
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        _remove(Path(name))
        raise
    return Path(name)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def corpus_file_text(path: Path) -> str:
    """The decoded text of a corpus's own file (metadata, rules), "" when there is none; RuleFileError
    when it cannot be read, so that nothing is written over it."""
    try:
        return decode_text(path.read_bytes()) if path.is_file() else ""
    except (OSError, UndecodableError) as error:
        raise RuleFileError(f"{path.name} could not be read ({error}); it was not changed") from error
