"""The future cues compiled once into the patterns the cue checks read (lib/extract/dates_cue_patterns.py)."""

from __future__ import annotations

from lib.extract.dates_cue_patterns import CuePatterns, cue_patterns
from lib.rules import builtin_rules


def test_the_same_rules_object_compiles_once():
    rules = builtin_rules().future_cues
    assert cue_patterns(rules) is cue_patterns(rules)


def test_the_rules_compile_to_each_kind_of_pattern():
    patterns = cue_patterns(builtin_rules().future_cues)
    assert isinstance(patterns, CuePatterns)
    assert patterns.before and patterns.after and patterns.reported is not None and patterns.cancel is not None


def test_a_bare_string_is_a_before_cue_only():
    patterns = cue_patterns(["将于"])
    assert len(patterns.before) == 1 and not patterns.after and not patterns.start
