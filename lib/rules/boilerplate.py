"""Boilerplate patterns (``boilerplate.csv``): promotions, disclaimers, captions and where they stand."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lib.rules.rule_file import RuleWarning, csv_rows

BOILERPLATE_PLACES = ("any", "head", "tail")
SOURCE = "lib/rules/boilerplate.csv"


@dataclass(frozen=True)
class BoilerplateRule:
    label: str
    place: str
    pattern: re.Pattern


def parse_boilerplate(text: str, warnings: list[RuleWarning]) -> list[BoilerplateRule]:
    rules = []
    for number, row in csv_rows(text, SOURCE, ["label", "place", "pattern"], warnings):
        if row["place"] not in BOILERPLATE_PLACES:
            warnings.append(RuleWarning(SOURCE, number, f"place must be one of {BOILERPLATE_PLACES}"))
            continue
        try:
            rules.append(BoilerplateRule(row["label"], row["place"], re.compile(row["pattern"])))
        except re.error as error:
            warnings.append(RuleWarning(SOURCE, number, f"bad pattern: {error}"))
    return rules
