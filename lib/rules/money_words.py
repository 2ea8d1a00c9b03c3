"""Load ``money_words.csv``: the signs, currency words and scales that make a number a sum of money."""

from __future__ import annotations

from functools import lru_cache

from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, csv_rows, read_rule_text

_SOURCE = "lib/rules/money_words.csv"
KINDS = ("sign", "currency", "scale")


def parse_money_words(text: str, warnings: list[RuleWarning]) -> dict[str, dict[str, str]]:
    """The words of each kind with their value; a row of another kind, or a scale that is no number, is a warning."""
    words: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for number, row in csv_rows(text, _SOURCE, ("kind", "word", "value"), warnings):
        if row["kind"] not in KINDS:
            warnings.append(RuleWarning(_SOURCE, number, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}"))
        elif row["kind"] == "scale" and not _is_number(row["value"]):
            warnings.append(RuleWarning(_SOURCE, number, f"scale {row['value']!r} is not a number"))
        elif row["word"] and row["value"]:
            words[row["kind"]][row["word"]] = row["value"]
    return words


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1)
def builtin_money_words() -> dict[str, dict[str, str]]:
    """The words of ``lib/rules/money_words.csv``, read once."""
    return parse_money_words(read_rule_text(BUILTIN_RULES_DIR / "money_words.csv"), [])
