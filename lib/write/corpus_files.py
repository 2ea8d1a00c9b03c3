"""Change files in a corpus folder safely: atomic writes, rule-file additions, trash and restore.

Every write goes to a temporary file in the same folder first and is then moved into place in one
step, so a crash never leaves half a file. A new file never replaces an existing one, and every
path is checked to stay inside the corpus folder before anything is written.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lib.read.decoding import UndecodableError, decode_text
from lib.read.folder import METADATA_FILE
from lib.read.metadata_csv import METADATA_COLUMNS, header_problems, normalise_file_name, text_style
from lib.rules import load_rules
from lib.rules.gazetteer import GazetteerEntry

TRASH_DIR = ".trash"
GAZETTEER_FILE = "gazetteer.csv"
GAZETTEER_HEADER = ("entity", "kind", "company", "aliases")
STOPWORD_FILES = {"en": "stopwords_en.txt", "zh": "stopwords_zh.txt"}
# Hidden, so the folder walker never mistakes a leftover for an article.
TEMP_PREFIX = ".tmp-"
_GAZETTEER_INTRO = (
    "# This corpus's own gazetteer: it extends lib/rules/gazetteer.csv (same columns and alias markers).\n"
)
_TRASH_NUMBER = re.compile(r"~\d+$")


class UnsafePathError(ValueError):
    """A path that would leave the corpus folder, or that names no usable file."""


class RuleFileError(ValueError):
    """A rule or metadata file that cannot be extended without losing what is in it."""


@dataclass(frozen=True)
class TrashedFile:
    trash_path: str  # relative to the trash folder
    original: str  # relative to the corpus folder: where a restore puts it back
    size: int
    modified: float


# --- paths and atomic writes -------------------------------------------------------------------


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


def _read_text(path: Path) -> str:
    try:
        return decode_text(path.read_bytes()) if path.is_file() else ""
    except (OSError, UndecodableError) as error:
        raise RuleFileError(f"{path.name} could not be read ({error}); it was not changed") from error


# --- metadata.csv ------------------------------------------------------------------------------


def update_metadata_csv(root: str | Path, updates: Mapping[str, Mapping[str, str]]) -> None:
    """Set the given cells of ``metadata.csv`` (rows by file name), keeping every other row and
    column and the file's encoding, byte-order mark and line ends."""
    path = path_inside(root, METADATA_FILE)
    try:
        data = path.read_bytes() if path.is_file() else b""
    except OSError as error:
        raise RuleFileError(f"{METADATA_FILE} could not be read ({error}); it was not changed") from error
    encoding, bom, line_end = text_style(data)
    new_text = merged_metadata_text(_read_text(path), updates, line_end)
    try:
        replace_file(path, bom + new_text.encode(encoding))
    except UnicodeEncodeError as error:
        raise RuleFileError(f"{METADATA_FILE} is {encoding} and cannot hold {error.object[error.start:error.end]!r}; "
                            "it was not changed (save it as UTF-8 to use such characters)") from error


def merged_metadata_text(text: str, updates: Mapping[str, Mapping[str, str]], line_end: str = "\n") -> str:
    """The CSV ``text`` with ``updates`` applied: the first row of each file is changed, or one is added.

    Refused (RuleFileError) while the header has duplicated or unknown columns: which copy an
    edit should land in is ambiguous, and the page would say "Saved" for a value never read."""
    try:
        table = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    except csv.Error as error:
        raise RuleFileError(f"{METADATA_FILE} is not readable CSV ({error}); it was not changed") from error
    header = [cell.strip().lower().lstrip("\ufeff") for cell in table[0]] if table else []
    if table and "file" not in header:
        raise RuleFileError(f"{METADATA_FILE} has no 'file' column; fix it by hand before editing here")
    if problems := header_problems(header):
        raise RuleFileError("; ".join(problems) + f" — fix the header of {METADATA_FILE} by hand before editing here")
    header += [name for name in METADATA_COLUMNS if name not in header]
    for name in sorted({column for changes in updates.values() for column in changes} - set(header)):
        header.append(name)
    rows = [_padded(row, len(header)) for row in table[1:]]
    file_column = header.index("file")
    row_of = {}
    for row in rows:
        row_of.setdefault(normalise_file_name(row[file_column]), row)
    for file, changes in updates.items():
        row = row_of.get(file)
        if row is None:
            row = _padded([], len(header))
            row[file_column] = file
            rows.append(row)
            row_of[file] = row
        for column, value in changes.items():
            row[header.index(column)] = value
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _padded(row: list[str], width: int) -> list[str]:
    return list(row) + [""] * (width - len(row))


# --- gazetteer and stopwords -------------------------------------------------------------------


def append_gazetteer(root: str | Path, entries: Sequence[GazetteerEntry]) -> None:
    """Add rows to the corpus's ``gazetteer.csv`` (created with its header if missing)."""
    path = path_inside(root, GAZETTEER_FILE)
    text = _read_text(path)
    _check_gazetteer_header(text)
    if not _content_lines(text):
        text = (text if text.strip() else _GAZETTEER_INTRO) + ",".join(GAZETTEER_HEADER) + "\n"
    if not text.endswith("\n"):
        text += "\n"
    replace_file(path, (text + "".join(gazetteer_line(entry) for entry in entries)).encode("utf-8"))


def gazetteer_line(entry: GazetteerEntry) -> str:
    """One CSV line in the gazetteer format; a company row leaves ``company`` blank."""
    company = "" if entry.kind == "company" and entry.company == entry.entity else entry.company
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([entry.entity, entry.kind, company, "|".join(entry.aliases)])
    return out.getvalue()


def append_stopwords(root: str | Path, language: str, words: Iterable[str]) -> list[str]:
    """Add words to the corpus's stopword file of ``language``; returns the words newly added."""
    if language not in STOPWORD_FILES:
        raise ValueError(f"stopword language must be one of {', '.join(STOPWORD_FILES)}")
    path = path_inside(root, STOPWORD_FILES[language])
    text = _read_text(path)
    present = {line.strip() for line in text.splitlines()}
    added = [word for word in dict.fromkeys(words) if word not in present]
    if added:
        if text and not text.endswith("\n"):
            text += "\n"
        replace_file(path, (text + "".join(f"{word}\n" for word in added)).encode("utf-8"))
    return added


def _content_lines(text: str) -> list[tuple[int, str]]:
    return [(number, line) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.lstrip().startswith("#")]


def _check_gazetteer_header(text: str) -> None:
    lines = _content_lines(text)
    if not lines:
        return
    number, header = lines[0]
    cells = [cell.strip() for cell in next(csv.reader([header]))]
    if tuple(cells[: len(GAZETTEER_HEADER)]) != GAZETTEER_HEADER:
        raise RuleFileError(f"{GAZETTEER_FILE} line {number}: the header must start with "
                            f"{','.join(GAZETTEER_HEADER)}; fix it before adding entries")


# --- trash -------------------------------------------------------------------------------------


def trash_file(root: str | Path, rel_path: str) -> str:
    """Move an article into ``.trash/`` under its relative path (numbered on a clash); returns where."""
    source = path_inside(root, rel_path)
    rel = PurePosixPath(str(rel_path).replace("\\", "/"))
    if rel.parts[0] == TRASH_DIR:
        raise UnsafePathError(f"{rel_path!r} is already in the trash")
    if not (source.is_file() or source.is_symlink()):
        raise UnsafePathError(f"{rel_path!r} is not a file in the corpus folder")
    for number in range(1, 10_000):
        name = rel.name if number == 1 else numbered_name(rel.name, number, "~")
        target = path_inside(root, str(PurePosixPath(TRASH_DIR, *rel.parts[:-1], name)))
        try:
            move_without_overwrite(source, target)
        except FileExistsError:
            continue
        return target.relative_to(Path(root).resolve()).as_posix()
    raise FileExistsError(f"too many copies of {rel_path!r} in the trash")


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
    for number in range(1, 10_000):
        name = original.name if number == 1 else numbered_name(original.name, number)
        target = path_inside(root, str(original.with_name(name)))
        try:
            move_without_overwrite(source, target)
        except FileExistsError:
            continue
        return target.relative_to(Path(root).resolve()).as_posix()
    raise FileExistsError(f"no free name to restore {trash_path!r}")


def _original_name(rel: PurePosixPath) -> str:
    stem = _TRASH_NUMBER.sub("", PurePosixPath(rel.name).stem) or PurePosixPath(rel.name).stem
    return rel.with_name(stem + rel.suffix).as_posix()


def corpus_gazetteer_entries(root: str | Path) -> list[GazetteerEntry]:
    """The entries this corpus's own ``gazetteer.csv`` adds (they load after the built-in ones)."""
    return list(load_rules(root).gazetteer[len(load_rules(None).gazetteer):])


def corpus_stopwords(root: str | Path, language: str) -> list[str]:
    """The words in this corpus's own stopword file of ``language``."""
    path = path_inside(root, STOPWORD_FILES[language])
    return [line.strip() for line in _read_text(path).splitlines() if line.strip() and not line.startswith("#")]
