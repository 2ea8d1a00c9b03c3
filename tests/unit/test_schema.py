"""Column names: each frame's columns are its constants, unique, and the README's data model lists them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lib import schema
from lib.schema import Doc, Event, Mention, Removed, Sent, Skipped, Story, Term, Warning_

ROOT = Path(__file__).resolve().parents[2]
FRAME_CLASSES = (Doc, Removed, Sent, Mention, Event, Story, Term, Skipped, Warning_)
# Columns added after parsing (by duplicate detection, by story grouping): not in the export's COLUMNS.
ADDED_LATER = {Event: {Event.STORY_ID}}
# Columns the export writes beyond a frame's own: the story of each event needs the whole corpus.
EXPORTED_AFTER = {Event: [Event.STORY_ID]}


def _constants(frame_class) -> dict[str, str]:
    return {name: value for name, value in vars(frame_class).items() if name.isupper() and isinstance(value, str)}


@pytest.mark.parametrize("frame_class", FRAME_CLASSES, ids=lambda c: c.__name__)
def test_each_constant_is_its_own_name_in_lower_case(frame_class):
    constants = _constants(frame_class)
    assert constants and all(value == name.lower() for name, value in constants.items())


@pytest.mark.parametrize("frame_class", FRAME_CLASSES, ids=lambda c: c.__name__)
def test_columns_are_unique_and_every_constant_but_those_added_later(frame_class):
    columns = frame_class.COLUMNS
    assert len(columns) == len(set(columns))
    assert set(columns) == set(_constants(frame_class).values()) - ADDED_LATER.get(frame_class, set())


def _readme_data_model() -> dict[str, tuple[list[str], list[str]]]:
    """``{file: (contract columns, extra columns)}`` from the README's data-model table."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Data model", 1)[1]
    table = {}
    for name, cells in re.findall(r"^\| `(\w+)\.csv` \| (.+?) \|$", section, re.MULTILINE):
        cells = cells.split(":", 1)[0]
        contract, _, extras = cells.partition("(+")
        table[name] = ([c.strip() for c in contract.split(",") if c.strip()],
                       [c.strip() for c in extras.rstrip(") ").split(",") if c.strip()])
    return table


@pytest.mark.parametrize(("file", "frame_class"), [
    ("documents", Doc), ("sentences", Sent), ("mentions", Mention), ("events", Event), ("terms", Term),
    ("skipped", Skipped), ("stories", Story),
])
def test_the_readme_lists_each_exported_frames_columns_in_order(file, frame_class):
    contract, extras = _readme_data_model()[file]
    exported = [c for c in frame_class.COLUMNS if c not in getattr(frame_class, "NOT_EXPORTED", [])]
    exported += EXPORTED_AFTER.get(frame_class, [])
    assert exported[:len(contract)] == contract
    assert exported[len(contract):] == extras


def _readme_words(pattern: str) -> list[str]:
    """The words the README's sentence matching ``pattern`` lists: in backticks, else between commas."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    [fragment] = re.findall(pattern, readme)
    return re.findall(r"`([\w/]+)`", fragment) or [word.strip() for word in fragment.split(",")]


@pytest.mark.parametrize(("values", "pattern"), [
    (schema.PRECISIONS, r"how much of the date is known \(([^)]*)\)"),
    (schema.ENTITY_KINDS, r"`mentions.kind` is ([^;]*);"),
    (schema.EVENT_TYPES, r"`event_type` one of ([^.]*)\."),
    (schema.DATE_ORIGINS, r"- `date_origin`: (.*?) - "),
    (schema.ATTRIBUTIONS, r"- `attribution`: (.*?) - "),
])
def test_categorical_values_are_the_ones_the_readme_names(values, pattern):
    assert list(values) == _readme_words(pattern)


def test_categorical_values_and_separators():
    assert schema.LANGUAGES == ("en", "zh", "mixed")
    assert schema.ATTRIBUTIONS == ("text", "context")
    assert schema.COMPANY_SEPARATOR == ";"
    assert set(schema.DATE_ORIGINS) == {"text", "metadata", "inferred", "unknown"}
    assert schema.PRECISIONS.index("day") < schema.PRECISIONS.index("month") < schema.PRECISIONS.index("year")


def test_every_stored_column_has_an_arrow_type_the_store_knows():
    frames = {"documents": Doc, "sentences": Sent, "mentions": Mention, "events": Event, "terms": Term,
              "removed": Removed, "stories": Story, "skipped": Skipped, "warnings": Warning_}
    assert set(schema.FRAME_TYPES) == set(frames)
    for name, frame_class in frames.items():
        assert list(schema.FRAME_TYPES[name]) == frame_class.COLUMNS + EXPORTED_AFTER.get(frame_class, [])
    types = {column: kind for table in schema.FRAME_TYPES.values() for column, kind in table.items()}
    assert set(types.values()) == {"string", "int64", "bool"}
    assert (schema.FRAME_TYPES["documents"][Doc.N_CHARS], schema.FRAME_TYPES["events"][Event.PLANNED]) == (
        "int64", "bool")
    assert set(schema.PER_DOCUMENT_FRAMES) < set(frames)
    assert all(Doc.DOC_ID in schema.FRAME_TYPES[name] for name in schema.PER_DOCUMENT_FRAMES)
