"""Words sorted by kind: event triggers, clause cues and dateline words, each file with its own kinds."""

from __future__ import annotations

import pytest

from lib.rules.cues import (
    CLAUSE_CUE_KINDS,
    DATELINE_CUE_KINDS,
    parse_clause_cues,
    parse_dateline_cues,
    parse_triggers,
)
from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, read_rule_text, words_by_kind
from lib.schema import EVENT_TYPES

TRIGGER_ROWS = [
    ("launch,launch", [("launch", "launch")], []),
    ("launch,发布", [("launch", "发布")], []),
    ("controversy/legal,accus*", [("controversy/legal", "accus*")], []),
    ("money/market,融资", [("money/market", "融资")], []),
    ("lawsuit,sued", [], [2]),  # not an event type
    ("launch,", [], []),  # a type without a trigger adds nothing
]


@pytest.mark.parametrize(("line", "rows", "warning_lines"), TRIGGER_ROWS)
def test_a_trigger_row_has_an_event_type_of_the_schema(line, rows, warning_lines):
    warnings: list[RuleWarning] = []
    assert parse_triggers(f"event_type,trigger\n{line}\n", warnings) == rows
    assert [w.line for w in warnings] == warning_lines


def test_a_trigger_file_needs_its_own_header():
    warnings: list[RuleWarning] = []
    assert parse_triggers("kind,cue\nlaunch,launch\n", warnings) == []
    assert [(w.source, w.line) for w in warnings] == [("lib/rules/event_triggers.csv", 1)]


CLAUSE_ROWS = [
    ('boundary,", while"', [("boundary", ", while")]),
    ("boundary,;", [("boundary", ";")]),
    ("coordinator,and", [("coordinator", "and")]),
    ("coordinator,和", [("coordinator", "和")]),
    ("likeness,such as", [("likeness", "such as")]),
]


@pytest.mark.parametrize(("line", "rows"), CLAUSE_ROWS)
def test_a_clause_cue_row_keeps_its_words_and_inner_commas(line, rows):
    warnings: list[RuleWarning] = []
    assert parse_clause_cues(f"kind,cue\n{line}\n", warnings) == rows
    assert warnings == []


DATELINE_ROWS = [
    ("agency,新华社", [("agency", "新华社")]),
    ("agency,中央社", [("agency", "中央社")]),
    ("reporter,记者", [("reporter", "记者")]),
    ("dispatch,电", [("dispatch", "电")]),
    ("place,台北", [("place", "台北")]),
    ("deadline,之前", [("deadline", "之前")]),
]


@pytest.mark.parametrize(("line", "rows"), DATELINE_ROWS)
def test_a_dateline_row_is_read_as_written(line, rows):
    warnings: list[RuleWarning] = []
    assert parse_dateline_cues(f"kind,cue\n{line}\n", warnings) == rows
    assert warnings == []


@pytest.mark.parametrize(("parse", "line", "source"), [
    (parse_clause_cues, "agency,新华社", "lib/rules/clause_cues.csv"),  # a dateline kind among clause cues
    (parse_dateline_cues, "boundary,but", "lib/rules/datelines.csv"),
    (parse_dateline_cues, "city,北京", "lib/rules/datelines.csv"),
])
def test_a_kind_of_another_file_is_a_warning_naming_this_one(parse, line, source):
    warnings: list[RuleWarning] = []
    assert parse(f"# comment\nkind,cue\n{line}\n", warnings) == []
    assert [(w.source, w.line) for w in warnings] == [(source, 3)]


def test_the_builtin_files_use_their_kinds_and_read_without_warnings():
    warnings: list[RuleWarning] = []
    triggers = parse_triggers(read_rule_text(BUILTIN_RULES_DIR / "event_triggers.csv"), warnings)
    clauses = parse_clause_cues(read_rule_text(BUILTIN_RULES_DIR / "clause_cues.csv"), warnings)
    datelines = parse_dateline_cues(read_rule_text(BUILTIN_RULES_DIR / "datelines.csv"), warnings)
    assert warnings == []
    assert set(words_by_kind(triggers)) <= set(EVENT_TYPES) and "launch" in words_by_kind(triggers)
    assert set(words_by_kind(clauses)) == set(CLAUSE_CUE_KINDS)
    assert set(words_by_kind(datelines)) == set(DATELINE_CUE_KINDS)
    assert ("agency", "新华社") in datelines and ("dispatch", "电") in datelines
