"""Words that make a number an amount or a count rather than a year (``amount_words.csv``: "#",
"more than", 长达 before it; ``count_words.csv``: "users", 人 after it) and the words that set a figure
against an earlier one (``comparison_words.csv``: "from", "compared with", 较); and the words that make
a number a quantity rather than a company named by digits (``quantity_words.csv``: "360 users", 360度).
Money's signs, currencies and scales ("$", "RMB", "million", 万) are ``money_words.csv``'s (``money_words``)."""

from __future__ import annotations

from lib.rules.rule_file import RuleWarning, kinded_words

AMOUNT_WORD_KINDS = ("sign", "country", "before", "before_zh", "loose_zh", "span_zh", "name", "product", "name_zh")
COUNT_WORD_KINDS = ("measure_zh", "modifier", "noun")
QUANTITY_WORD_KINDS = ("unit", "unit_zh", "not_unit_zh")
COMPARISON_WORD_KINDS = ("before", "not_before", "before_period", "over_figure", "from_figure", "than_in", "before_zh",
                         "with_zh", "after_zh", "continues_zh", "quarter_on_quarter_zh", "paired_after_zh",
                         "figure_after", "multiple", "multiple_after_zh", "year_on_year")


def parse_amount_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/amount_words.csv", AMOUNT_WORD_KINDS, warnings, ("kind", "word"))


def parse_count_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/count_words.csv", COUNT_WORD_KINDS, warnings, ("kind", "word"))


def parse_comparison_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/comparison_words.csv", COMPARISON_WORD_KINDS, warnings, ("kind", "word"))


def parse_quantity_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/quantity_words.csv", QUANTITY_WORD_KINDS, warnings, ("kind", "word"))
