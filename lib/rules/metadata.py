"""The metadata reader's words: byline labels (``byline_cues.csv``) and other names of a language
in ``metadata.csv`` (``language_aliases.csv``), the order of a numeric date's day and month by the page's
language (``numeric_date_orders.csv``)."""

from __future__ import annotations

from lib.rules.rule_file import RuleWarning, csv_rows, kinded_words
from lib.schema import LANGUAGES

BYLINE_CUE_KINDS = ("source", "author", "next_label", "role", "before_by", "revised", "published", "today", "count",
                    "zone", "joiner")


def parse_byline_cues(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/byline_cues.csv", BYLINE_CUE_KINDS, warnings, ("kind", "word"))


def parse_language_aliases(text: str, warnings: list[RuleWarning]) -> dict[str, str]:
    """Each alias, in lower case, with the language code it stands for."""
    source = "lib/rules/language_aliases.csv"
    aliases = {}
    for number, row in csv_rows(text, source, ["alias", "language"], warnings):
        if row["language"] not in LANGUAGES:
            warnings.append(RuleWarning(source, number, f"language must be one of {', '.join(LANGUAGES)}"))
        elif row["alias"]:
            aliases[row["alias"].lower()] = row["language"]
    return aliases


NUMERIC_DATE_ORDERS = ("day_first", "month_first")


def parse_numeric_date_orders(text: str, warnings: list[RuleWarning]) -> dict[str, str]:
    """Each language code with the order its pages print an ambiguous slashed date in ("06/03/2023")."""
    source = "lib/rules/numeric_date_orders.csv"
    orders = {}
    for number, row in csv_rows(text, source, ["language", "order"], warnings):
        if row["language"] not in LANGUAGES or row["order"] not in NUMERIC_DATE_ORDERS:
            warnings.append(RuleWarning(source, number, f"language must be one of {', '.join(LANGUAGES)}, "
                                                        f"order one of {', '.join(NUMERIC_DATE_ORDERS)}"))
        else:
            orders[row["language"]] = row["order"]
    return orders
