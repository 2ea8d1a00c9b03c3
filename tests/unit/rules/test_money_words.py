"""The money words file: signs, currency words and scales, each with its value; bad rows warned, not raised; a
corpus folder's own file extends it, its warnings naming that file."""

from __future__ import annotations

import pytest

from lib.rules import builtin_rules, load_rules
from lib.rules.money_words import KINDS, money_words_by_kind, parse_money_words
from lib.rules.rule_file import BUILTIN_RULES_DIR, read_rule_text


def test_money_words_warn_on_a_bad_row():
    warnings = []
    rows = parse_money_words("kind,word,value\nscale,billion,1e9\nscale,亿,many\nrate,%,1\n", warnings)
    assert rows == [("scale", "billion", "1e9")]
    assert [w.message for w in warnings] == [
        "scale 'many' is not a number", "kind 'rate' is not one of sign, currency, scale"]


def test_a_word_given_again_takes_its_later_value():
    rows = [("sign", "$", "USD"), ("scale", "亿", "1e8"), ("sign", "$", "SGD")]
    assert money_words_by_kind(rows) == {"sign": {"$": "SGD"}, "currency": {}, "scale": {"亿": "1e8"}}


@pytest.mark.parametrize(("kind", "word", "value"), [
    ("sign", "$", "USD"),
    ("sign", "HK$", "HKD"),
    ("sign", "RMB", "CNY"),
    ("sign", "￥", "CNY"),
    ("currency", "dollars", "USD"),
    ("currency", "美元", "USD"),
    ("currency", "人民幣", "CNY"),
    ("currency", "元", "CNY"),
    ("scale", "billion", "1e9"),
    ("scale", "亿", "1e8"),
    ("scale", "億", "1e8"),
])
def test_the_builtin_file_holds_each_kind_in_both_scripts(kind, word, value):
    words = money_words_by_kind(builtin_rules().money_words)
    assert set(words) == set(KINDS)
    assert float(words[kind][word]) == float(value) if kind == "scale" else words[kind][word] == value


def test_the_builtin_file_reads_without_warnings_and_the_other_word_files_hold_no_money():
    warnings = []
    rows = parse_money_words(read_rule_text(BUILTIN_RULES_DIR / "money_words.csv"), warnings)
    assert warnings == [] and tuple(rows) == builtin_rules().money_words
    money = {word.lower() for _, word, _ in rows}
    others = {word.lower() for _, word in builtin_rules().amount_words + builtin_rules().quantity_words}
    assert money & others == set()


FOLDER_WORDS = "# a Singapore desk's money\nkind,word,value\nsign,S$,SGD\ncurrency,新元,SGD\nscale,亿,x\n"


def test_a_folders_own_file_extends_the_builtin_words_and_its_warnings_name_it(tmp_path):
    (tmp_path / "money_words.csv").write_text(FOLDER_WORDS, encoding="utf-8")
    rules = load_rules(tmp_path)
    words = money_words_by_kind(rules.money_words)
    assert (words["sign"]["S$"], words["currency"]["新元"], words["sign"]["$"]) == ("SGD", "SGD", "USD")
    assert rules.money_words[: len(builtin_rules().money_words)] == builtin_rules().money_words
    assert [(w.source, w.line) for w in rules.warnings] == [("money_words.csv", 5)]
    assert rules.version != builtin_rules().version
