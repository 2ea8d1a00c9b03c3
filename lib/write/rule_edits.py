"""Extend a corpus's own rule files: gazetteer rows and stopwords added after what is there.

The corpus folder's ``gazetteer.csv`` and ``stopwords_*.txt`` load after the built-in ones
(``lib/rules``); an addition keeps the file's comments and rows and refuses a file whose header
it would have to guess.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from lib.rules import load_rules
from lib.rules.gazetteer import GazetteerEntry
from lib.write.corpus_files import RuleFileError, corpus_file_text, path_inside, replace_file

GAZETTEER_FILE = "gazetteer.csv"
GAZETTEER_HEADER = ("entity", "kind", "company", "aliases")
STOPWORD_FILES = {"en": "stopwords_en.txt", "zh": "stopwords_zh.txt"}
_GAZETTEER_INTRO = (
    "# This corpus's own gazetteer: it extends lib/rules/gazetteer.csv (same columns and alias markers).\n"
)


def append_gazetteer(root: str | Path, entries: Sequence[GazetteerEntry]) -> None:
    """Add rows to the corpus's ``gazetteer.csv`` (created with its header if missing)."""
    path = path_inside(root, GAZETTEER_FILE)
    text = corpus_file_text(path)
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
    text = corpus_file_text(path)
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


def corpus_gazetteer_entries(root: str | Path) -> list[GazetteerEntry]:
    """The entries this corpus's own ``gazetteer.csv`` adds (they load after the built-in ones)."""
    return list(load_rules(root).gazetteer[len(load_rules(None).gazetteer):])


def corpus_stopwords(root: str | Path, language: str) -> list[str]:
    """The words in this corpus's own stopword file of ``language``."""
    path = path_inside(root, STOPWORD_FILES[language])
    return [line.strip() for line in corpus_file_text(path).splitlines() if line.strip() and not line.startswith("#")]
