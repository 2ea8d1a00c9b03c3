"""The corpus's trash: an article moved into ``.trash/`` under its path, listed, and restored.

Nothing is deleted: a trashed file keeps its relative path inside ``.trash/`` (a clash numbered
``name~2``), so a restore knows where it goes back; a restore never overwrites (a taken name
becomes ``name-2``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lib.write.corpus_files import TEMP_PREFIX, UnsafePathError, move_without_overwrite, numbered_name, path_inside

TRASH_DIR = ".trash"
_TRASH_NUMBER = re.compile(r"~\d+$")


@dataclass(frozen=True)
class TrashedFile:
    trash_path: str  # relative to the trash folder
    original: str  # relative to the corpus folder: where a restore puts it back
    size: int
    modified: float


def trash_file(root: str | Path, rel_path: str) -> str:
    """Move an article into ``.trash/`` under its relative path (numbered on a clash); returns where."""
    source = path_inside(root, rel_path)
    rel = PurePosixPath(str(rel_path).replace("\\", "/"))
    if rel.parts[0] == TRASH_DIR:
        raise UnsafePathError(f"{rel_path!r} is already in the trash")
    if not (source.is_file() or source.is_symlink()):
        raise UnsafePathError(f"{rel_path!r} is not a file in the corpus folder")
    moved = _move_to_a_free_name(root, source, PurePosixPath(TRASH_DIR, *rel.parts), "~")
    if moved is None:
        raise FileExistsError(f"too many copies of {rel_path!r} in the trash")
    return moved


def list_trash(root: str | Path) -> list[TrashedFile]:
    """Files in the corpus's trash, with where each would be restored to."""
    trash = Path(root) / TRASH_DIR
    if not trash.is_dir() or trash.is_symlink():
        return []
    found = []
    for path in sorted(trash.rglob("*")):
        if path.name.startswith(TEMP_PREFIX) or not (path.is_file() or path.is_symlink()):
            continue
        rel = path.relative_to(trash)
        info = path.lstat()
        found.append(TrashedFile(rel.as_posix(), _original_name(rel), info.st_size, info.st_mtime))
    return found


def restore_file(root: str | Path, trash_path: str) -> str:
    """Move a trashed file back to its place; a taken name gets a number. Returns the restored path."""
    source = path_inside(root, str(PurePosixPath(TRASH_DIR, str(trash_path).replace("\\", "/"))))
    if not (source.is_file() or source.is_symlink()):
        raise UnsafePathError(f"{trash_path!r} is not in the trash")
    original = PurePosixPath(_original_name(PurePosixPath(trash_path)))
    moved = _move_to_a_free_name(root, source, original, "-")
    if moved is None:
        raise FileExistsError(f"no free name to restore {trash_path!r}")
    return moved


def _move_to_a_free_name(root: str | Path, source: Path, place: PurePosixPath, separator: str) -> str | None:
    """Move ``source`` to ``place`` in ``root``, numbered (``a~2.txt``, ``a-2.txt``) while the name is
    taken; where it went, relative to ``root``, or None when no name was free."""
    for number in range(1, 10_000):
        name = place.name if number == 1 else numbered_name(place.name, number, separator)
        target = path_inside(root, str(place.with_name(name)))
        try:
            move_without_overwrite(source, target)
        except FileExistsError:
            continue
        return target.relative_to(Path(root).resolve()).as_posix()
    return None


def _original_name(rel: PurePosixPath) -> str:
    stem = _TRASH_NUMBER.sub("", PurePosixPath(rel.name).stem) or PurePosixPath(rel.name).stem
    return rel.with_name(stem + rel.suffix).as_posix()
