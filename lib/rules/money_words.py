"""Load ``money_words.csv``: the signs, currency words and scales that make a number a sum of money, each
with its value (the currency it names, or what it multiplies the number by)."""

from __future__ import annotations

from collections.abc import Iterable

from lib.rules.rule_file import RuleWarning, csv_rows

_SOURCE = "lib/rules/money_words.csv"
KINDS = ("sign", "currency", "scale")


def parse_money_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str, str]]:
    """The ``(kind, word, value)`` rows; a row of another kind, or a scale that is no number, is a warning."""
    rows = []
    for number, row in csv_rows(text, _SOURCE, ("kind", "word", "value"), warnings):
        if row["kind"] not in KINDS:
            warnings.append(RuleWarning(_SOURCE, number, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}"))
        elif row["kind"] == "scale" and not _is_number(row["value"]):
            warnings.append(RuleWarning(_SOURCE, number, f"scale {row['value']!r} is not a number"))
        elif row["word"] and row["value"]:
            rows.append((row["kind"], row["word"], row["value"]))
    return rows


def money_words_by_kind(rows: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, str]]:
    """The words of each kind with their value, in file order; a word given again takes its later value."""
    words: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for kind, word, value in rows:
        words[kind][word] = value
    return words


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
