"""The money words file: signs, currency words and scales, each with its value; bad rows warned, not raised."""

from __future__ import annotations

import pytest

from lib.rules.money_words import KINDS, builtin_money_words, parse_money_words


def test_money_words_warn_on_a_bad_row():
    warnings = []
    words = parse_money_words("kind,word,value\nscale,billion,1e9\nscale,亿,many\nrate,%,1\n", warnings)
    assert words["scale"] == {"billion": "1e9"}
    assert [w.message for w in warnings] == [
        "scale 'many' is not a number", "kind 'rate' is not one of sign, currency, scale"]


@pytest.mark.parametrize(("kind", "word", "value"), [
    ("sign", "$", "USD"),
    ("sign", "HK$", "HKD"),
    ("currency", "美元", "USD"),
    ("currency", "人民幣", "CNY"),
    ("scale", "billion", "1e9"),
    ("scale", "亿", "1e8"),
    ("scale", "億", "1e8"),
])
def test_the_builtin_file_holds_each_kind_in_both_scripts(kind, word, value):
    words = builtin_money_words()
    assert set(words) == set(KINDS)
    assert float(words[kind][word]) == float(value) if kind == "scale" else words[kind][word] == value
