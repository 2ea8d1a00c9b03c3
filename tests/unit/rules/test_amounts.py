"""The amount, count and comparison words (amount_words.csv, count_words.csv, comparison_words.csv): rows of
known kinds, bad rows warned."""

from __future__ import annotations

import pytest

from lib.rules.amounts import (
    AMOUNT_WORD_KINDS,
    COMPARISON_WORD_KINDS,
    COUNT_WORD_KINDS,
    parse_amount_words,
    parse_comparison_words,
    parse_count_words,
)
from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, read_rule_text, words_by_kind


def test_rows_of_an_unknown_kind_are_warnings_naming_their_line():
    warnings: list[RuleWarning] = []
    amounts = parse_amount_words("kind,word\nsign,$\nprefix,ca.\n", warnings)
    counts = parse_count_words("kind,word\nnoun,users\nnoun,\n", warnings)
    assert (amounts, counts) == ([("sign", "$")], [("noun", "users")])
    assert [(w.source.rsplit("/", 1)[-1], w.line) for w in warnings] == [("amount_words.csv", 3)]


AMOUNT_ROWS = [
    ("sign,$", ("sign", "$")),
    ("sign,#", ("sign", "#")),
    ("country,US", ("country", "US")),
    ("before,up to", ("before", "up to")),
    ("before,more than", ("before", "more than")),
    ("before_zh,长达", ("before_zh", "长达")),
    ("before_zh,超過", ("before_zh", "超過")),
]


@pytest.mark.parametrize(("line", "row"), AMOUNT_ROWS)
def test_an_amount_word_row_is_read_as_written(line, row):
    warnings: list[RuleWarning] = []
    assert parse_amount_words(f"# words before a number\nkind,word\n{line}\n", warnings) == [row]
    assert warnings == []


COUNT_ROWS = [
    ("measure_zh,万", ("measure_zh", "万")),
    ("measure_zh,人", ("measure_zh", "人")),
    ("modifier,active", ("modifier", "active")),
    ("noun,users", ("noun", "users")),
    ("noun,downloads", ("noun", "downloads")),
]


@pytest.mark.parametrize(("line", "row"), COUNT_ROWS)
def test_a_count_word_row_is_read_as_written(line, row):
    warnings: list[RuleWarning] = []
    assert parse_count_words(f"kind,word\n{line}\n", warnings) == [row]
    assert warnings == []


@pytest.mark.parametrize(("parse", "line"), [
    (parse_amount_words, "measure_zh,万"),  # a count kind in the amounts file
    (parse_count_words, "sign,$"),  # and the other way round
    (parse_comparison_words, "sign,$"),
    (parse_comparison_words, "zh,较"),
    (parse_count_words, "Noun,users"),
])
def test_a_kind_of_the_other_file_is_a_warning(parse, line):
    warnings: list[RuleWarning] = []
    assert parse(f"kind,word\n{line}\n", warnings) == []
    assert [w.line for w in warnings] == [2]


def test_a_wrong_header_reads_nothing_and_says_so():
    warnings: list[RuleWarning] = []
    assert parse_count_words("kind,cue\nnoun,users\n", warnings) == []
    assert [(w.source, w.line, w.message) for w in warnings] == [
        ("lib/rules/count_words.csv", 1, "header must start with kind,word")]


def test_the_builtin_files_use_every_kind_and_read_without_warnings():
    warnings: list[RuleWarning] = []
    amounts = parse_amount_words(read_rule_text(BUILTIN_RULES_DIR / "amount_words.csv"), warnings)
    counts = parse_count_words(read_rule_text(BUILTIN_RULES_DIR / "count_words.csv"), warnings)
    assert warnings == []
    assert tuple(words_by_kind(amounts)) == AMOUNT_WORD_KINDS
    assert set(words_by_kind(counts)) == set(COUNT_WORD_KINDS)
    assert ("before_zh", "长达") in amounts and ("measure_zh", "人") in counts


@pytest.mark.parametrize(("line", "row"), [
    ("before,compared with", ("before", "compared with")),
    ("not_before,more", ("not_before", "more")),
    ("before_zh,较", ("before_zh", "较")),
    ("with_zh,與", ("with_zh", "與")),
    ("after_zh,相比", ("after_zh", "相比")),
])
def test_a_comparison_word_row_is_read_as_written(line, row):
    warnings: list[RuleWarning] = []
    assert parse_comparison_words(f"kind,word\n{line}\n", warnings) == [row]
    assert warnings == []


def test_the_builtin_comparison_words_use_every_kind_and_read_without_warnings():
    warnings: list[RuleWarning] = []
    words = parse_comparison_words(read_rule_text(BUILTIN_RULES_DIR / "comparison_words.csv"), warnings)
    assert warnings == []
    assert tuple(words_by_kind(words)) == COMPARISON_WORD_KINDS
    assert ("before", "from") in words and ("before_zh", "较") in words
