"""Read the optional ``metadata.csv`` a user puts next to the articles.

Rows are keyed by the ``file`` column, a path relative to the corpus folder as the user typed
it (backslashes and a leading ``./`` are tidied). Problems never raise: they come back as
``(line_number, message)`` warnings, line 0 meaning the file as a whole.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection
from pathlib import Path

from lib.read.decoding import UndecodableError, decode_text
from lib.read.folder import METADATA_FILE

METADATA_COLUMNS = ("file", "title", "source", "author", "url", "published", "language")
OPTIONAL_COLUMNS = ("date_origin", "note")
ALL_COLUMNS = METADATA_COLUMNS + OPTIONAL_COLUMNS

Warnings = list[tuple[int, str]]


def read_metadata_csv(
    root: str | Path, known_files: Collection[str] | None = None
) -> tuple[dict[str, dict[str, str]], Warnings]:
    """Rows of ``root/metadata.csv`` by file name, and warnings; a missing file gives ``({}, [])``.

    Every row holds all of ``ALL_COLUMNS`` (blank ``""`` when absent). When ``known_files`` is
    given, rows naming other files are reported and left out.
    """
    path = Path(root) / METADATA_FILE
    if not path.is_file():
        return {}, []
    try:
        text = decode_text(path.read_bytes())
    except (OSError, UndecodableError) as error:
        return {}, [(0, f"{METADATA_FILE} could not be read: {error}")]
    return parse_metadata_csv(text, known_files)


def parse_metadata_csv(
    text: str, known_files: Collection[str] | None = None
) -> tuple[dict[str, dict[str, str]], Warnings]:
    """The pure half of ``read_metadata_csv``: parse decoded CSV text."""
    reader = csv.reader(io.StringIO(text))
    warnings: Warnings = []
    header = _header(reader, warnings)
    if header is None:
        return {}, warnings
    rows: dict[str, dict[str, str]] = {}
    first_line: dict[str, int] = {}
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            warnings.append((reader.line_num, f"unreadable CSV row: {error}"))
            continue
        _add_row(cells, header, reader.line_num, known_files, rows, first_line, warnings)
    return rows, warnings


def normalise_file_name(name: str) -> str:
    """The ``file`` cell as a posix path relative to the corpus folder."""
    name = name.strip().replace("\\", "/")
    while name.startswith("./"):
        name = name[2:]
    return name


def _header(reader, warnings: Warnings) -> list[str] | None:
    try:
        header = [cell.strip().lower().lstrip("\ufeff") for cell in next(reader)]
    except StopIteration:
        return None
    except csv.Error as error:
        warnings.append((1, f"unreadable header: {error}; {METADATA_FILE} is ignored"))
        return None
    if "file" not in header:
        warnings.append((1, f"{METADATA_FILE} has no 'file' column; the whole file is ignored"))
        return None
    warnings.extend((1, problem) for problem in header_problems(header))
    return header


def header_problems(header: list[str]) -> list[str]:
    """What in a metadata.csv header (names stripped and lower-cased) makes an edit ambiguous:
    a duplicated column (the reader uses its first copy) or an unknown one (ignored). The Corpus
    page's editor does not write the file until they are fixed."""
    problems = []
    positions: dict[str, list[int]] = {}
    for number, name in enumerate(header, start=1):
        positions.setdefault(name, []).append(number)
    for name, numbers in positions.items():
        if name and len(numbers) > 1:
            where = ", ".join(map(str, numbers))
            problems.append(f"column {name!r} appears {len(numbers)} times (columns {where}); "
                            f"the first is used, the others are ignored")
        elif name and name not in ALL_COLUMNS:
            problems.append(f"unknown column {name!r} is ignored")
    return problems


def text_style(data: bytes) -> tuple[str, bytes, str]:
    """How a CSV file was written, to write it back the same way: (encoding, byte-order mark, line end)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return encoding, bom, _line_end(data.decode(encoding, errors="replace"))
    try:
        return "utf-8", b"", _line_end(data.decode("utf-8"))
    except UnicodeDecodeError:
        return "gb18030", b"", _line_end(data.decode("gb18030", errors="replace"))


def _line_end(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _add_row(cells, header, line, known_files, rows, first_line, warnings: Warnings) -> None:
    if not any(cell.strip() for cell in cells):
        return
    if len(cells) > len(header):
        warnings.append((line, f"{len(cells)} cells but {len(header)} columns; extra cells ignored"))
    values = {name: "" for name in ALL_COLUMNS}
    for name, cell in reversed(list(zip(header, cells, strict=False))):  # the first copy of a column wins
        if name in values:
            values[name] = cell.strip()
    name = normalise_file_name(values["file"])
    values["file"] = name
    if not name:
        warnings.append((line, "row has no file name; ignored"))
    elif name in rows:
        warnings.append((line, f"duplicate row for {name!r}; the row on line {first_line[name]} is used"))
    elif known_files is not None and name not in known_files:
        warnings.append((line, f"{name!r} is not an article in the folder; row ignored"))
    else:
        rows[name] = values
        first_line[name] = line
