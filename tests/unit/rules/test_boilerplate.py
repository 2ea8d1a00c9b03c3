"""Boilerplate rules (boilerplate.csv): a label, a place and a pattern per row; bad rows warned."""

from __future__ import annotations

import pytest

from lib.rules.boilerplate import BOILERPLATE_PLACES, SOURCE, BoilerplateRule, parse_boilerplate
from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, read_rule_text

HEADER = "# label,place,pattern\nlabel,place,pattern\n"


@pytest.mark.parametrize(("line", "label", "place", "matching", "not_matching"), [
    (r"promo,tail,^扫码关注", "promo", "tail", "扫码关注我们的公众号", "请扫码关注"),
    (r"share,any,(?i)^share this article", "share", "any", "Share this article on X", "Please share this"),
    (r'caption,any,"^图片来源[:：]"', "caption", "any", "图片来源：视觉中国", "来源：新华社"),
    (r"disclaimer,head,^\(?Disclaimer", "disclaimer", "head", "(Disclaimer: not advice)", "A disclaimer"),
])
def test_a_rule_row_compiles_its_pattern(line, label, place, matching, not_matching):
    warnings: list[RuleWarning] = []
    [rule] = parse_boilerplate(HEADER + line + "\n", warnings)
    assert (rule.label, rule.place, warnings) == (label, place, [])
    assert rule.pattern.search(matching) and not rule.pattern.search(not_matching)


@pytest.mark.parametrize(("line", "message"), [
    ("promo,footer,^扫码", f"place must be one of {BOILERPLATE_PLACES}"),
    ("promo,tail,^(扫码", "bad pattern"),
    ("promo,tail", "expected 3 columns"),
])
def test_a_bad_row_is_a_warning_and_the_next_row_is_read(line, message):
    warnings: list[RuleWarning] = []
    rules = parse_boilerplate(HEADER + line + "\nshare,any,^分享\n", warnings)
    assert [rule.label for rule in rules] == ["share"]
    assert [(w.source, w.line) for w in warnings] == [(SOURCE, 3)]
    assert warnings[0].message.startswith(message)


def test_the_rules_keep_file_order_and_are_frozen():
    rules = parse_boilerplate(HEADER + "a,head,^x\nb,tail,^y\n", [])
    assert [(rule.label, rule.place) for rule in rules] == [("a", "head"), ("b", "tail")]
    with pytest.raises(AttributeError):
        rules[0].label = "c"
    assert isinstance(rules[0], BoilerplateRule)


def test_the_builtin_file_reads_without_warnings_and_uses_known_places():
    warnings: list[RuleWarning] = []
    rules = parse_boilerplate(read_rule_text(BUILTIN_RULES_DIR / "boilerplate.csv"), warnings)
    assert warnings == [] and len(rules) > 10
    assert {rule.place for rule in rules} <= set(BOILERPLATE_PLACES)
    assert {"byline", "dateline"} <= {rule.label for rule in rules}
