"""Check what a user types on the Corpus page before it is written to the corpus folder.

Pure functions: the metadata table the editor shows, the cells a user changed, each value checked
(published YYYY / YYYY-MM / YYYY-MM-DD, http(s) URLs, en/zh/mixed), gazetteer and stopword
additions checked against the rules already loaded, and the tables that report outcomes. Nothing
here raises for bad input: problems come back as messages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import pandas as pd

from lib.periods import parse_iso_period
from lib.rules.alias_checks import alias_problem, name_problem
from lib.rules.gazetteer import GazetteerEntry
from lib.schema import ENTITY_KINDS, LANGUAGES, Doc, Mention
from lib.text_script import HAN_CHARACTER

EDITABLE_COLUMNS = (Doc.TITLE, Doc.SOURCE, Doc.AUTHOR, Doc.URL, Doc.PUBLISHED, Doc.LANGUAGE)
DATE_ORIGIN = "date_origin"
# New columns of the frames built here.
FROM_CSV = "from_metadata_csv"
FIELD = "field"
VALUE = "value"
MESSAGE = "message"
UPLOAD = "upload"
RESULT = "result"
DETAIL = "detail"
IN_TRASH = "in_trash"
RESTORES_TO = "restores_to"
BYTES = "bytes"
ALIASES = "aliases"

MAX_VALUE_CHARS = 1_000
MAX_NAME_CHARS = 100
MAX_STOPWORD_CHARS = 40
YEARS = (1900, 2100)
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_STOPWORD_SPLIT = re.compile(r"[\s,，、;；]+")


@dataclass(frozen=True)
class GazetteerAddition:
    entry: GazetteerEntry | None  # None when there are errors
    errors: tuple[str, ...]
    notes: tuple[str, ...]


# --- metadata ----------------------------------------------------------------------------------


def metadata_table(documents: pd.DataFrame, csv_rows: Mapping[str, Mapping[str, str]]) -> pd.DataFrame:
    """One row per document: file, the metadata in use, and which fields come from metadata.csv."""
    table = _as_text(documents.set_index(Doc.FILE), EDITABLE_COLUMNS).sort_index()
    overrides = _as_text(pd.DataFrame.from_dict(dict(csv_rows), orient="index"), EDITABLE_COLUMNS)
    overrides = overrides.reindex(table.index).fillna("")
    labels = pd.Series([f"{name}, " for name in EDITABLE_COLUMNS], index=list(EDITABLE_COLUMNS))
    table[FROM_CSV] = overrides.ne("").astype(object).dot(labels).astype(str).str.rstrip(", ") if len(table) else ""
    return table.rename_axis(Doc.FILE).reset_index()


def metadata_changes(original: pd.DataFrame, edited: pd.DataFrame) -> dict[str, dict[str, str]]:
    """The cells of ``edited`` that differ from ``original`` (both with a ``file`` column), by file."""
    before = _as_text(original.set_index(Doc.FILE), EDITABLE_COLUMNS)
    after = _as_text(edited.set_index(Doc.FILE), EDITABLE_COLUMNS).reindex(before.index).fillna("")
    changed = before.ne(after).stack()
    cells = after.stack()[changed[changed].index]
    changes: dict[str, dict[str, str]] = {}
    for (file, column), value in cells.items():
        changes.setdefault(str(file), {})[str(column)] = str(value)
    return changes


def clean_metadata_value(column: str, value: object) -> tuple[str, str]:
    """``(value to save, "")`` or ``(value as typed, why it cannot be saved)``; never raises."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()
    if any(unicodedata.category(char) in ("Cc", "Cs") for char in text):
        return text, "must be one line of text without control characters"
    if len(text) > MAX_VALUE_CHARS:
        return text, f"is longer than {MAX_VALUE_CHARS:,} characters"
    if not text:
        return "", ""
    if column == Doc.URL:
        return text, "" if _is_web_url(text) else "must start with http:// or https:// and name a site, or be blank"
    if column == Doc.PUBLISHED:
        return _clean_published(text)
    if column == Doc.LANGUAGE:
        language = text.lower()
        return (language, "") if language in LANGUAGES else (text, f"must be {', '.join(LANGUAGES)} or blank")
    return text, ""


def validated_metadata_changes(
    changes: Mapping[str, Mapping[str, object]],
) -> tuple[dict[str, dict[str, str]], pd.DataFrame]:
    """Rows whose every changed value is valid (ready to save), and one error row per bad value.

    Clearing ``published`` also clears ``date_origin``, which means nothing without a date.
    """
    valid: dict[str, dict[str, str]] = {}
    errors = []
    for file, row in changes.items():
        cleaned = {}
        for column, value in row.items():
            clean, problem = clean_metadata_value(column, value)
            if problem:
                errors.append((file, column, clean, f"{column} {problem}"))
            cleaned[column] = clean
        if not any(error[0] == file for error in errors):
            if cleaned.get(Doc.PUBLISHED) == "":
                cleaned[DATE_ORIGIN] = ""
            valid[file] = cleaned
    return valid, pd.DataFrame(errors, columns=[Doc.FILE, FIELD, VALUE, MESSAGE])


def _as_text(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    picked = frame.reindex(columns=list(columns)).astype(object)
    return picked.where(picked.notna(), "").astype(str).apply(lambda column: column.str.strip())


def _is_web_url(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not re.search(r"\s", text)


def _clean_published(text: str) -> tuple[str, str]:
    try:
        period = parse_iso_period(text)
    except (ValueError, OverflowError):
        return text, "must be YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-05 or 2024-05-17)"
    if not YEARS[0] <= period.start.year <= YEARS[1]:
        return text, f"must be a year between {YEARS[0]} and {YEARS[1]}"
    return period.iso(), ""


# --- gazetteer and stopwords -------------------------------------------------------------------


def gazetteer_addition(
    entity: str, kind: str, company: str, english_aliases: str, chinese_aliases: str,
    existing: Sequence[GazetteerEntry], stopwords: Collection[str] = (),
) -> GazetteerAddition:
    """Check a new gazetteer row (aliases one per line) against the entries already loaded and
    the checks a hand-edited gazetteer.csv gets (``lib.rules.alias_checks``)."""
    errors: list[str] = []
    notes: list[str] = []
    entity = _one_line(entity, "the name", errors)
    if entity.startswith("#"):
        errors.append("the name must not start with # (that marks a comment line)")
    elif (problem := name_problem(entity, "the name")) is not None:
        errors.append(problem)
    if kind not in ENTITY_KINDS:
        errors.append(f"kind must be one of {', '.join(ENTITY_KINDS)}")
    aliases = _aliases(english_aliases, "English", _LATIN_OR_DIGIT, errors, stopwords) + \
        _aliases(chinese_aliases, "Chinese", HAN_CHARACTER, errors, stopwords)
    same = next((e for e in existing if e.entity.casefold() == entity.casefold()), None) if entity else None
    if same is not None:
        entity = same.entity
        if kind in ENTITY_KINDS and kind != same.kind:
            errors.append(f"{entity} is already in the gazetteer as a {same.kind}; choose that kind to add aliases")
        company = company if kind in ("product", "person") and company.strip() else same.company
    company = _company(kind, entity, company, existing, errors)
    if same is not None and same.kind == kind and company != same.company:
        errors.append(f"{entity} belongs to {same.company or 'no company'} in the gazetteer")
    known = {alias.casefold() for e in existing if e.entity == entity for alias in e.aliases}
    owners = {alias.casefold(): e.entity for e in existing if e.entity != entity for alias in e.aliases}
    fresh = []
    for alias in dict.fromkeys(aliases):
        if alias.casefold() in known:
            notes.append(f"{alias} is already an alias of {entity}")
        elif alias.casefold() not in {a.casefold() for a in fresh}:
            fresh.append(alias)
            if alias.casefold() in owners:
                notes.append(f"{alias} is also an alias of {owners[alias.casefold()]}; this entry will take it over")
    if not fresh and not errors:
        errors.append("give at least one new alias (English or Chinese)")
    if errors:
        return GazetteerAddition(None, tuple(errors), tuple(notes))
    return GazetteerAddition(GazetteerEntry(entity, kind, company, tuple(fresh)), (), tuple(notes))


def stopword_addition(text: str, language: str, existing: frozenset[str]) -> tuple[list[str], list[str]]:
    """The new stopwords in ``text`` (split at spaces, commas, 、 and ;) and messages about the rest."""
    words, messages = [], []
    for raw in _STOPWORD_SPLIT.split(text or ""):
        word = raw.lower() if language == "en" else raw
        if not word:
            continue
        if any(unicodedata.category(char).startswith("C") for char in word) or word.startswith("#"):
            messages.append(f"{raw!r} skipped: it must not contain control characters or start with #")
        elif len(word) > MAX_STOPWORD_CHARS:
            messages.append(f"{raw[:20]!r}… skipped: longer than {MAX_STOPWORD_CHARS} characters")
        elif word in existing or word in words:
            messages.append(f"{word} is already a stopword")
        else:
            words.append(word)
    return words, messages


def _one_line(value: str, what: str, errors: list[str]) -> str:
    text = str(value or "").strip()
    if not text:
        errors.append(f"{what} is empty")
    elif any(unicodedata.category(char).startswith("C") for char in text) or "|" in text:
        errors.append(f"{what} must be one line without | or control characters")
    elif len(text) > MAX_NAME_CHARS:
        errors.append(f"{what} is longer than {MAX_NAME_CHARS} characters")
    return text


def _aliases(text: str, language: str, script: re.Pattern, errors: list[str], stopwords: Collection[str]) -> list[str]:
    aliases = []
    for line in str(text or "").splitlines():
        alias = line.strip()
        if not alias:
            continue
        core = alias.lstrip('="').rstrip('"')
        problems: list[str] = []
        _one_line(alias, f"{language} alias {alias[:40]!r}", problems)
        if not problems and (problem := alias_problem(alias, stopwords)) is not None:
            problems.append(f"{language} {problem}")
        elif not problems and not script.search(core):
            problems.append(f"{language} alias {alias!r} has no {language} letters; put it in the other box")
        errors.extend(problems)
        if not problems:
            aliases.append(alias)
    return aliases


def _company(kind: str, entity: str, company: str, existing: Sequence[GazetteerEntry], errors: list[str]) -> str:
    if kind == "company":
        return entity
    if kind not in ("product", "person"):
        return ""
    companies = {e.entity.casefold(): e.entity for e in existing if e.kind == "company"}
    if entity and entity.casefold() in companies:
        errors.append(f"{entity} is a company; a {kind} needs its own name")
    name = str(company or "").strip()
    if not name:
        errors.append(f"a {kind} needs the company it belongs to")
        return ""
    if name.casefold() not in companies:
        errors.append(f"company {name!r} is not in the gazetteer; add it as a company first")
        return name
    return companies[name.casefold()]


# --- reports -----------------------------------------------------------------------------------


def upload_report(outcomes: Sequence) -> pd.DataFrame:
    """One row per uploaded file: its name, saved / duplicate / rejected, and the saved name or reason."""
    return pd.DataFrame([(o.upload, o.status, o.detail) for o in outcomes], columns=[UPLOAD, RESULT, DETAIL])


def file_report(rows: Sequence[tuple[str, str]]) -> pd.DataFrame:
    """``(file, what happened)`` pairs as a table."""
    return pd.DataFrame(list(rows), columns=[Doc.FILE, RESULT])


def trash_table(trashed: Sequence) -> pd.DataFrame:
    """The trashed files with where each goes back to and its size."""
    return pd.DataFrame([(t.trash_path, t.original, t.size) for t in trashed], columns=[IN_TRASH, RESTORES_TO, BYTES])


def gazetteer_table(entries: Sequence[GazetteerEntry]) -> pd.DataFrame:
    """Gazetteer entries as rows, aliases joined with | as in the file."""
    rows = [(e.entity, e.kind, e.company, " | ".join(e.aliases)) for e in entries]
    return pd.DataFrame(rows, columns=[Mention.ENTITY, Mention.KIND, Mention.COMPANY, ALIASES])
