"""The checks a gazetteer alias or name must pass, whether it comes from the form or a hand-edited file."""

from __future__ import annotations

import pytest

from lib.rules import load_rules
from lib.rules.alias_checks import alias_core, alias_problem, name_problem

# The same checks whether an alias comes through the form or a hand-edited gazetteer.csv.
ALIAS_CASES = [
    ("的", "too short"), ("a", "too short"), ("(", "too short"), ("--", "no letter or digit"),
    ("the", "stopword"), ("我们", "stopword"), ("+SUM(A1)", "formula"), ("=@cmd", "formula"), ("@cmd", "formula"),
    ("Moonshot AI", None), ("月之暗面", None), ("=Kimi", None), ('"Now AI"', None), ("月之暗麵", None),
]


@pytest.mark.parametrize(("alias", "problem"), ALIAS_CASES)
def test_alias_checks(alias, problem):
    rules = load_rules()
    found = alias_problem(alias, rules.stopwords_en | rules.stopwords_zh)
    assert (found is None) if problem is None else (problem in found)


@pytest.mark.parametrize(("alias", "core"), [
    ("Kimi", "Kimi"),
    ("=Kimi", "Kimi"),  # case-sensitive marker
    ('"Now AI"', "Now AI"),  # quoted
    ('="AI"', "AI"),
    ("  豆包 ", "豆包"),
    ("=", ""),
])
def test_alias_core_drops_the_match_markers(alias, core):
    assert alias_core(alias) == core


@pytest.mark.parametrize(("alias", "stopwords", "problem"), [
    ("The", {"the"}, "stopword"),  # English stopwords are stored in lower case
    ("我们", {"我们"}, "stopword"),
    ("=the", {"the"}, "stopword"),  # the marker does not hide a stopword
    ("the", set(), None),  # without stopwords it is only two letters and more
    ("ai", set(), None),
    ("=a", set(), "too short"),
    ('"的"', set(), "too short"),
    ("？？", set(), "no letter or digit"),
    ("-Doubao", set(), "formula"),
    ("@豆包", set(), "formula"),
    ("A1", set(), None),
])
def test_alias_problem_names_the_first_problem(alias, stopwords, problem):
    found = alias_problem(alias, stopwords)
    assert (found is None) if problem is None else (problem in found and repr(alias) in found)


@pytest.mark.parametrize(("name", "problem"), [
    ("ByteDance", False), ("字节跳动", False), ("Baidu-Apollo", False), ("a", False),
    ("=HYPERLINK(1)", True), (" +cmd", True), ("-1", True), ("@me", True),
])
def test_a_name_starting_like_a_formula_is_refused(name, problem):
    found = name_problem(name, "company")
    assert (found is not None) == problem
    if problem:
        assert found.startswith("company ") and "formula" in found
