"""Load ``former_names.csv``: the products whose name was their company's own legal name until a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lib.rules.rule_file import RuleWarning, csv_rows

_SOURCE = "lib/rules/former_names.csv"


@dataclass(frozen=True)
class FormerName:
    """``entity`` (a gazetteer product) was its company's name on every day before ``until``."""

    entity: str
    until: date


def parse_former_names(text: str, warnings: list[RuleWarning]) -> list[FormerName]:
    """The rows of ``former_names.csv``; a row without an entity or an ISO day is a warning."""
    names = []
    for number, row in csv_rows(text, _SOURCE, ("entity", "until"), warnings):
        try:
            until = date.fromisoformat(row["until"])
        except ValueError:
            until = None
        if not row["entity"] or until is None:
            warnings.append(RuleWarning(_SOURCE, number, "expected an entity and a day YYYY-MM-DD"))
            continue
        names.append(FormerName(row["entity"], until))
    return names
