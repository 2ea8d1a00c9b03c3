"""The future cues compiled once into the patterns the cue checks read (lib/extract/dates_cue_patterns.py)."""

from __future__ import annotations

from lib.extract.dates_cue_patterns import CuePatterns, cue_patterns
from lib.rules import builtin_rules


def test_equal_rows_compile_once_whatever_holds_them():
    rules = builtin_rules().future_cues
    assert cue_patterns(rules) is cue_patterns(list(rules)) is cue_patterns(tuple(rules))
    assert cue_patterns(["将于"]) is cue_patterns(("将于",)) is not cue_patterns(["将在"])


def test_the_rules_compile_to_each_kind_of_pattern():
    patterns = cue_patterns(builtin_rules().future_cues)
    assert isinstance(patterns, CuePatterns)
    assert patterns.before and patterns.after and patterns.reported is not None and patterns.cancel is not None


def test_a_bare_string_is_a_before_cue_only():
    patterns = cue_patterns(["将于"])
    assert len(patterns.before) == 1 and not patterns.after and not patterns.start
