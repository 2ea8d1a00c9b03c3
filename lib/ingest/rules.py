"""Load the editable rule files: gazetteer, stopwords, phrases, boilerplate patterns, event triggers,
the cues that put a date ahead and the festival days.

The built-in files live in ``lib/rules/``. A corpus folder may hold files of the same names
(``gazetteer.csv``, ``stopwords_en.txt``, ``stopwords_zh.txt``, ``phrases.txt``) that extend the
built-in ones. A malformed line is reported as a warning naming the file and line, and skipped;
it never stops the corpus from loading.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lib.ingest.alias_checks import alias_problem, name_problem
from lib.schema import ENTITY_KINDS, EVENT_TYPES

BUILTIN_RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
# Bump when code that interprets the rules changes, so persistent parse caches are invalidated.
PIPELINE_VERSION = "4"
EXTENSIBLE_FILES = ("gazetteer.csv", "stopwords_en.txt", "stopwords_zh.txt", "phrases.txt")
BOILERPLATE_PLACES = ("any", "head", "tail")


@dataclass(frozen=True)
class GazetteerEntry:
    """One named thing. ``aliases`` keep their match markers (``=`` case-sensitive, ``"`` quoted)."""

    entity: str
    kind: str
    company: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class BoilerplateRule:
    label: str
    place: str
    pattern: re.Pattern


@dataclass(frozen=True)
class FutureCue:
    """Words that put a year-less date ahead when they stand next to it (``future_cues.csv``).

    ``side`` is "before", "after", "near", "cancel", "break" or "break-after"; ``reach`` how many words (English) or
    characters (Chinese) may stand between cue and date; ``day_only`` limits the cue to day dates.
    """

    side: str
    cue: str
    reach: int = 0
    day_only: bool = False


@dataclass(frozen=True)
class Festival:
    """A named day (``festivals.csv``): ``month``/``day`` of the lunar or solar calendar, plus ``shift`` days."""

    names: tuple[str, ...]
    lunar: bool
    month: int
    day: int
    shift: int = 0


@dataclass(frozen=True)
class RuleWarning:
    source: str
    line: int
    message: str


@dataclass(frozen=True)
class Rules:
    gazetteer: tuple[GazetteerEntry, ...]
    stopwords_en: frozenset[str]
    stopwords_zh: frozenset[str]
    phrases: tuple[str, ...]
    boilerplate: tuple[BoilerplateRule, ...]
    triggers: tuple[tuple[str, str], ...]
    future_cues: tuple[FutureCue, ...]
    version: str
    clause_cues: tuple[tuple[str, str], ...] = field(default=())
    company_references: tuple[str, ...] = field(default=())
    dateline_cues: tuple[tuple[str, str], ...] = field(default=())
    warnings: tuple[RuleWarning, ...] = field(default=())
    festivals: tuple[Festival, ...] = ()
    date_words_en: tuple[tuple[str, int, str], ...] = ()  # (kind, number, word)


def load_rules(corpus_dir: str | Path | None = None) -> Rules:
    """The built-in rules, extended by any rule files found in ``corpus_dir``."""
    texts = {name: _read(BUILTIN_RULES_DIR / name) for name in _rule_file_names()}
    extensions = {}
    if corpus_dir is not None:
        for name in EXTENSIBLE_FILES:
            path = Path(corpus_dir) / name
            if path.is_file() and not path.is_symlink():
                extensions[name] = _read(path)
    warnings: list[RuleWarning] = []

    def words(name: str) -> list[str]:
        return _lines(texts[name]) + _lines(extensions.get(name, ""))

    stopwords_en = frozenset(word.lower() for word in words("stopwords_en.txt"))
    stopwords_zh = frozenset(words("stopwords_zh.txt"))
    gazetteer = _parse_gazetteer(texts["gazetteer.csv"], "lib/rules/gazetteer.csv", warnings)
    if "gazetteer.csv" in extensions:
        # A hand-edited file gets the checks of the Corpus page's form (the built-in list is curated).
        gazetteer += _parse_gazetteer(extensions["gazetteer.csv"], "gazetteer.csv", warnings,
                                      checked_against=stopwords_en | stopwords_zh)

    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    for name in sorted(texts):
        digest.update(name.encode() + texts[name].encode())
    for name in sorted(extensions):
        digest.update(b"ext:" + name.encode() + extensions[name].encode())

    return Rules(
        gazetteer=tuple(gazetteer),
        stopwords_en=stopwords_en,
        stopwords_zh=stopwords_zh,
        phrases=tuple(words("phrases.txt")),
        boilerplate=tuple(_parse_boilerplate(texts["boilerplate.csv"], warnings)),
        triggers=tuple(_parse_triggers(texts["event_triggers.csv"], warnings)),
        future_cues=tuple(_parse_future_cues(texts["future_cues.csv"], warnings)),
        festivals=tuple(_parse_festivals(texts["festivals.csv"], warnings)),
        date_words_en=tuple(_parse_date_words(texts["date_words_en.csv"], warnings)),
        version=digest.hexdigest()[:16],
        clause_cues=tuple(_parse_clause_cues(texts["clause_cues.csv"], warnings)),
        company_references=tuple(_lines(texts["company_references.txt"])),
        dateline_cues=tuple(_parse_kind_cues(texts["datelines.csv"], "lib/rules/datelines.csv",
                                             DATELINE_CUE_KINDS, warnings)),
        warnings=tuple(warnings),
    )


def _rule_file_names() -> tuple[str, ...]:
    return EXTENSIBLE_FILES + ("boilerplate.csv", "event_triggers.csv", "future_cues.csv", "festivals.csv",
                               "date_words_en.csv", "clause_cues.csv", "company_references.txt", "datelines.csv")


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig") if path.is_file() else ""


def _lines(text: str) -> list[str]:
    """Non-empty lines without surrounding space; lines starting with ``#`` are comments."""
    stripped = (line.strip() for line in text.splitlines())
    return [line for line in stripped if line and not line.startswith("#")]


def _csv_rows(text: str, source: str, columns: list[str], warnings: list[RuleWarning]):
    """Yield ``(line_number, row_dict)`` of a CSV whose ``#`` lines are comments."""
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
        yield number, {name: cell.strip() for name, cell in zip(columns, cells, strict=False)}


def _parse_gazetteer(text: str, source: str, warnings: list[RuleWarning],
                     checked_against: frozenset[str] | None = None) -> list[GazetteerEntry]:
    """The entries of a gazetteer file; with ``checked_against`` (stopwords), aliases and names that
    fail ``lib.ingest.alias_checks`` are left out with a warning naming their line."""
    entries = []
    for number, row in _csv_rows(text, source, ["entity", "kind", "company", "aliases"], warnings):
        aliases = tuple(alias.strip() for alias in row["aliases"].split("|") if alias.strip())
        if checked_against is not None:
            aliases = _checked(row, aliases, checked_against, lambda m, n=number: warnings.append(
                RuleWarning(source, n, m)))
            if aliases is None:
                continue
        if not row["entity"]:
            warnings.append(RuleWarning(source, number, "entity is empty"))
        elif row["kind"] not in ENTITY_KINDS:
            warnings.append(RuleWarning(
                source, number, f"kind {row['kind']!r} is not one of {', '.join(ENTITY_KINDS)}"))
        elif not aliases:
            warnings.append(RuleWarning(source, number, "no aliases"))
        else:
            company = row["company"] or (row["entity"] if row["kind"] == "company" else "")
            entries.append(GazetteerEntry(row["entity"], row["kind"], company, aliases))
    return entries


def _checked(row: dict, aliases: tuple[str, ...], stopwords: frozenset[str], warn) -> tuple[str, ...] | None:
    """The aliases that pass the checks (each other one warned about); None if a name fails."""
    for what in ("entity", "company"):
        if (problem := name_problem(row[what], what)) is not None:
            warn(problem + "; line ignored")
            return None
    kept = []
    for alias in aliases:
        if (problem := alias_problem(alias, stopwords)) is not None:
            warn(problem + "; not matched")
        else:
            kept.append(alias)
    return tuple(kept)


def _parse_boilerplate(text: str, warnings: list[RuleWarning]) -> list[BoilerplateRule]:
    source = "lib/rules/boilerplate.csv"
    rules = []
    for number, row in _csv_rows(text, source, ["label", "place", "pattern"], warnings):
        if row["place"] not in BOILERPLATE_PLACES:
            warnings.append(RuleWarning(source, number, f"place must be one of {BOILERPLATE_PLACES}"))
            continue
        try:
            rules.append(BoilerplateRule(row["label"], row["place"], re.compile(row["pattern"])))
        except re.error as error:
            warnings.append(RuleWarning(source, number, f"bad pattern: {error}"))
    return rules


def _parse_triggers(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    source = "lib/rules/event_triggers.csv"
    triggers = []
    for number, row in _csv_rows(text, source, ["event_type", "trigger"], warnings):
        if row["event_type"] not in EVENT_TYPES:
            warnings.append(RuleWarning(source, number, f"unknown event type {row['event_type']!r}"))
        elif row["trigger"]:
            triggers.append((row["event_type"], row["trigger"]))
    return triggers


CLAUSE_CUE_KINDS = ("boundary", "coordinator")
DATELINE_CUE_KINDS = ("agency", "reporter", "dispatch", "place")


def _parse_clause_cues(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return _parse_kind_cues(text, "lib/rules/clause_cues.csv", CLAUSE_CUE_KINDS, warnings)


def _parse_kind_cues(text: str, source: str, kinds: tuple[str, ...],
                     warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    cues = []
    for number, row in _csv_rows(text, source, ["kind", "cue"], warnings):
        if row["kind"] not in kinds:
            warnings.append(RuleWarning(source, number, f"kind must be one of {', '.join(kinds)}"))
        elif row["cue"]:
            cues.append((row["kind"], row["cue"]))
    return cues


FUTURE_CUE_SIDES = ("before", "after", "near", "cancel", "break", "break-after")


def _parse_future_cues(text: str, warnings: list[RuleWarning]) -> list[FutureCue]:
    source = "lib/rules/future_cues.csv"
    cues = []
    for number, row in _csv_rows(text, source, ["side", "reach", "dates", "cue"], warnings):
        side, reach = row["side"], row["reach"] or "0"
        if side not in FUTURE_CUE_SIDES:
            warnings.append(RuleWarning(source, number, f"side must be one of {', '.join(FUTURE_CUE_SIDES)}"))
        elif not reach.isdigit() or row["dates"] not in ("", "any", "day"):
            warnings.append(RuleWarning(source, number, "reach must be a whole number and dates day or any"))
        elif row["cue"]:
            cues.append(FutureCue(side, row["cue"], int(reach), row["dates"] == "day"))
    return cues


@lru_cache(maxsize=1)
def builtin_festivals() -> tuple[Festival, ...]:
    """The festival days of ``lib/rules/festivals.csv``; the date readers are built from them once."""
    warnings: list[RuleWarning] = []
    return tuple(_parse_festivals(_read(BUILTIN_RULES_DIR / "festivals.csv"), warnings))


def _parse_festivals(text: str, warnings: list[RuleWarning]) -> list[Festival]:
    source = "lib/rules/festivals.csv"
    festivals = []
    for number, row in _csv_rows(text, source, ["names", "calendar", "month", "day", "shift"], warnings):
        names = tuple(name.strip() for name in row["names"].split("|") if name.strip())
        numbers = (row["month"], row["day"], row["shift"].lstrip("-") or "0")
        if not names or row["calendar"] not in ("lunar", "solar") or not all(n.isdigit() for n in numbers):
            warnings.append(RuleWarning(source, number, "expected names, lunar/solar, month, day, shift"))
            continue
        festivals.append(Festival(names, row["calendar"] == "lunar", int(row["month"]), int(row["day"]),
                                  int(row["shift"] or 0)))
    return festivals


DATE_WORD_KINDS = {"month": 12, "month_abbreviation": 12, "weekday": 7}


@lru_cache(maxsize=1)
def builtin_date_words_en() -> tuple[tuple[str, int, str], ...]:
    """The (kind, number, word) rows of ``lib/rules/date_words_en.csv``: English months and weekdays."""
    return tuple(_parse_date_words(_read(BUILTIN_RULES_DIR / "date_words_en.csv"), []))


def _parse_date_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, int, str]]:
    source = "lib/rules/date_words_en.csv"
    words = []
    for number, row in _csv_rows(text, source, ["kind", "number", "word"], warnings):
        highest = DATE_WORD_KINDS.get(row["kind"], 0)
        if not (row["number"].isdigit() and 1 <= int(row["number"]) <= highest and row["word"].isalpha()):
            warnings.append(RuleWarning(source, number, f"expected a kind of {', '.join(DATE_WORD_KINDS)}, "
                                        "its number and a word of letters"))
            continue
        words.append((row["kind"], int(row["number"]), row["word"]))
    return words
