"""English number words and their counts ("two days later", "a year ago", "three quarters"), from
``lib/rules/number_words_en.csv``: ``NUMBER_WORD``, their alternation, is what every English date reader's
regex writes for a count (digits aside), and ``count_of`` reads one."""

from __future__ import annotations

from lib.rules import builtin_rules
from lib.rules.rule_file import alternation

COUNTS = {word.lower(): number for number, word in builtin_rules().number_words_en}
NUMBER_WORD = alternation(COUNTS)


def count_of(word: str) -> int:
    """"two" or "2" as 2; "a"/"an" as 1."""
    return int(word) if word.isdigit() else COUNTS[word.lower()]
