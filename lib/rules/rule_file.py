"""Read one rule file: lines without comments, CSV rows checked against their header, warnings.

Every rule file may hold ``#`` comment lines (the header comment saying what each column means).
A malformed line becomes a ``RuleWarning`` naming the file and line and is skipped: a bad rule
never stops a corpus from loading.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

BUILTIN_RULES_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class RuleWarning:
    source: str
    line: int
    message: str


def read_rule_text(path: Path) -> str:
    """The file's text (a BOM dropped), or "" when there is no such file."""
    return path.read_text(encoding="utf-8-sig") if path.is_file() else ""


def rule_lines(text: str) -> list[str]:
    """Non-empty lines without surrounding space; lines starting with ``#`` are comments."""
    stripped = (line.strip() for line in text.splitlines())
    return [line for line in stripped if line and not line.startswith("#")]


def csv_rows(text: str, source: str, columns: Sequence[str], warnings: list[RuleWarning],
             optional: Sequence[str] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row_dict)`` of a CSV whose ``#`` lines are comments.

    ``optional`` columns follow ``columns``; a row may leave them out (they read as "")."""
    columns = list(columns)
    named = [*columns, *optional]
    kept = [(number, line) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.lstrip().startswith("#")]
    if not kept:
        return
    header_line, header = kept[0]
    found = [name.strip() for name in next(csv.reader([header]))]
    if found[: len(columns)] != columns:
        warnings.append(RuleWarning(source, header_line, f"header must start with {','.join(columns)}"))
        return
    for number, line in kept[1:]:
        try:
            cells = next(csv.reader(io.StringIO(line)))
        except csv.Error as error:
            warnings.append(RuleWarning(source, number, f"unreadable CSV: {error}"))
            continue
        if len(cells) < len(columns):
            warnings.append(RuleWarning(
                source, number, f"expected {len(columns)} columns ({','.join(columns)}), found {len(cells)}"))
            continue
        cells += [""] * (len(named) - len(cells))
        yield number, {name: cell.strip() for name, cell in zip(named, cells, strict=False)}


def kinded_words(text: str, source: str, kinds: Sequence[str], warnings: list[RuleWarning],
                 columns: tuple[str, str] = ("kind", "cue")) -> list[tuple[str, str]]:
    """The ``(kind, word)`` rows of a two-column file whose first column names one of ``kinds``.

    Event triggers (``event_type,trigger``), clause cues, dateline cues and the word lists of the
    date and metadata readers all have this shape; a row of another kind is a warning.
    """
    kind_column, word_column = columns
    words = []
    for number, row in csv_rows(text, source, columns, warnings):
        if row[kind_column] not in kinds:
            warnings.append(RuleWarning(source, number, f"{kind_column} {row[kind_column]!r} is not one of "
                                        f"{', '.join(kinds)}"))
        elif row[word_column]:
            words.append((row[kind_column], row[word_column]))
    return words


def words_by_kind(rows: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """``(kind, word)`` rows as the words of each kind, in file order (a kind without words: [])."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for kind, word in rows:
        grouped[kind].append(word)
    return grouped


def literal_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as they are written, longer ones first so that the longest that
    holds wins ("股票代码" over "代码"); "" when there are none."""
    return "|".join(re.escape(word) for word in sorted(dict.fromkeys(words), key=len, reverse=True))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` in their order, each literal; words apart by spaces match
    words apart by any white space ("up to"). It never matches when there are no words."""
    escaped = [r"\s+".join(re.escape(part) for part in word.split()) for word in words]
    return "|".join(escaped) or "(?!)"


class WordsRightBefore:
    """Whether one of ``words`` (as written, any case) ends right before an offset of a text, white space
    between allowed: "到2030年", "founded in 2014" for the words 到 and "founded in"."""

    def __init__(self, words: Iterable[str]) -> None:
        words = tuple(words)
        self._pattern = re.compile(rf"(?:{literal_alternation(words)})\s*$", re.I) if words else None
        self._reach = max(map(len, words), default=0) + 2  # the longest word and its spaces before the offset

    def before(self, text: str, offset: int) -> bool:
        return self._pattern is not None and bool(self._pattern.search(text, max(0, offset - self._reach), offset))
