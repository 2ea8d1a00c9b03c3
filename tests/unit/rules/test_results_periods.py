"""The words of a results report's period (results_periods.csv): rows of known kinds, bad rows warned,
and the built-in file read without a warning."""

from __future__ import annotations

import pytest

from lib.rules.results_periods import RESULTS_PERIOD_KINDS, parse_results_periods
from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, read_rule_text, words_by_kind


@pytest.mark.parametrize(("line", "row"), [
    ("half_report,半年报", ("half_report", "半年报")),
    ("half_report,interim results", ("half_report", "interim results")),
    ("reported_period,期内", ("reported_period", "期内")),
    ("figure_after,收入", ("figure_after", "收入")),
    ("term_before,贷款期", ("term_before", "贷款期")),
    ("results_measure,revenues", ("results_measure", "revenues")),
])
def test_a_row_is_read_as_written(line, row):
    warnings: list[RuleWarning] = []
    assert parse_results_periods(f"# a comment\nkind,word\n{line}\n", warnings) == [row]
    assert warnings == []


def test_a_row_of_an_unknown_kind_is_a_warning_naming_its_line():
    warnings: list[RuleWarning] = []
    assert parse_results_periods("kind,word\nhalf_report,中报\nquarter_report,季报\n", warnings) == [
        ("half_report", "中报")]
    assert [(w.source.rsplit("/", 1)[-1], w.line) for w in warnings] == [("results_periods.csv", 3)]


def test_the_built_in_file_holds_every_kind_and_no_bad_row():
    warnings: list[RuleWarning] = []
    rows = parse_results_periods(read_rule_text(BUILTIN_RULES_DIR / "results_periods.csv"), warnings)
    assert warnings == []
    assert set(words_by_kind(rows)) == set(RESULTS_PERIOD_KINDS)
