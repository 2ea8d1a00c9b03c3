"""The metadata reader's words: byline labels (byline_cues.csv) and language aliases (language_aliases.csv)."""

from __future__ import annotations

import pytest

from lib.rules.metadata import BYLINE_CUE_KINDS, parse_byline_cues, parse_language_aliases, parse_numeric_date_orders
from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, read_rule_text, words_by_kind


def test_rows_of_an_unknown_kind_or_language_are_warnings_naming_their_line():
    warnings: list[RuleWarning] = []
    bylines = parse_byline_cues("kind,word\nauthor,作者\nsignature,签名\n", warnings)
    languages = parse_language_aliases("alias,language\nEnglish,en\nfrançais,fr\n", warnings)
    assert (bylines, languages) == ([("author", "作者")], {"english": "en"})
    assert [(w.source.rsplit("/", 1)[-1], w.line) for w in warnings] == [
        ("byline_cues.csv", 3), ("language_aliases.csv", 3)]


@pytest.mark.parametrize(("line", "row"), [
    ("source,来源", ("source", "来源")),
    ("source,Source", ("source", "Source")),
    ("author,作者", ("author", "作者")),
    ("next_label,责任编辑", ("next_label", "责任编辑")),
    ("role,correspondent", ("role", "correspondent")),
    ("before_by,reported", ("before_by", "reported")),
])
def test_a_byline_row_is_read_as_written(line, row):
    warnings: list[RuleWarning] = []
    assert parse_byline_cues(f"# byline words\nkind,word\n{line}\n", warnings) == [row]
    assert warnings == []


ALIAS_ROWS = [
    # file lines, aliases read, warning lines
    ("English,en\nZH-Hant,zh\n繁體中文,zh\n", {"english": "en", "zh-hant": "zh", "繁體中文": "zh"}, []),
    ("bilingual,mixed\n", {"bilingual": "mixed"}, []),
    ("français,fr\n中文,ZH\n", {}, [2, 3]),  # codes are lib.schema's, in lower case
    (",en\n", {}, []),  # an empty alias is no alias
    ("en-GB,en\nEN-gb,zh\n", {"en-gb": "zh"}, []),  # the later row of the same alias wins
    ("cn\n", {}, [2]),
]


@pytest.mark.parametrize(("lines", "aliases", "warning_lines"), ALIAS_ROWS)
def test_language_aliases_are_lower_case_names_of_known_codes(lines, aliases, warning_lines):
    warnings: list[RuleWarning] = []
    assert parse_language_aliases(f"alias,language\n{lines}", warnings) == aliases
    assert [w.line for w in warnings] == warning_lines


def test_a_language_warning_names_the_codes():
    warnings: list[RuleWarning] = []
    parse_language_aliases("alias,language\nJapanese,ja\n", warnings)
    assert [(w.source, w.message) for w in warnings] == [
        ("lib/rules/language_aliases.csv", "language must be one of en, zh, mixed")]


def test_the_builtin_files_read_without_warnings():
    warnings: list[RuleWarning] = []
    bylines = parse_byline_cues(read_rule_text(BUILTIN_RULES_DIR / "byline_cues.csv"), warnings)
    aliases = parse_language_aliases(read_rule_text(BUILTIN_RULES_DIR / "language_aliases.csv"), warnings)
    assert warnings == []
    assert set(words_by_kind(bylines)) == set(BYLINE_CUE_KINDS)
    assert aliases["english"] == "en" and aliases["zh-cn"] == "zh" and aliases["zh-hant"] == "zh"
    assert all(alias == alias.lower() for alias in aliases)


@pytest.mark.parametrize(("lines", "orders", "warning_lines"), [
    ("en,month_first\nzh,day_first\n", {"en": "month_first", "zh": "day_first"}, []),
    ("mixed,month_first\n", {"mixed": "month_first"}, []),
    ("zh-hant,day_first\n", {}, [2]),
    ("zh,year_first\n", {}, [2]),
])
def test_numeric_date_orders_pair_a_known_language_with_an_order(lines, orders, warning_lines):
    warnings: list[RuleWarning] = []
    assert parse_numeric_date_orders(f"language,order\n{lines}", warnings) == orders
    assert [w.line for w in warnings] == warning_lines


def test_the_builtin_numeric_date_orders_read_chinese_day_first_and_english_month_first():
    warnings: list[RuleWarning] = []
    orders = parse_numeric_date_orders(read_rule_text(BUILTIN_RULES_DIR / "numeric_date_orders.csv"), warnings)
    assert (orders.get("zh"), orders.get("en"), warnings) == ("day_first", "month_first", [])
