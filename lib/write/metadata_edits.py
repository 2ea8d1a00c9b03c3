"""Edit ``metadata.csv`` in place: the cells a user changed, every other row, column and byte kept."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

from lib.read.folder import METADATA_FILE
from lib.read.metadata_csv import METADATA_COLUMNS, header_problems, normalise_file_name, text_style
from lib.write.corpus_files import RuleFileError, corpus_file_text, path_inside, replace_file


def update_metadata_csv(root: str | Path, updates: Mapping[str, Mapping[str, str]]) -> None:
    """Set the given cells of ``metadata.csv`` (rows by file name), keeping every other row and
    column and the file's encoding, byte-order mark and line ends."""
    path = path_inside(root, METADATA_FILE)
    try:
        data = path.read_bytes() if path.is_file() else b""
    except OSError as error:
        raise RuleFileError(f"{METADATA_FILE} could not be read ({error}); it was not changed") from error
    encoding, bom, line_end = text_style(data)
    new_text = merged_metadata_text(corpus_file_text(path), updates, line_end)
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
