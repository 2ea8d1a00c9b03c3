"""The gazetteer (``gazetteer.csv``): companies, products, people, outlets and regulations with their aliases.

The built-in list is curated; a corpus folder's own ``gazetteer.csv`` gets the checks of the
Corpus page's form (``lib.rules.alias_checks``), each failure a warning naming its line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lib.rules.alias_checks import alias_problem, name_problem
from lib.rules.rule_file import RuleWarning, csv_rows
from lib.schema import ENTITY_KINDS

GAZETTEER_COLUMNS = ("entity", "kind", "company", "aliases")


@dataclass(frozen=True)
class GazetteerEntry:
    """One named thing. ``aliases`` keep their match markers (``=`` case-sensitive, ``"`` quoted, ``~`` listed only).

    ``company`` is what the thing rolls up to: a product's or person's company, a company row's own
    name, or, for a subsidiary named as a firm in its own right (Shopee), its parent (Sea).
    """

    entity: str
    kind: str
    company: str
    aliases: tuple[str, ...]


def parse_gazetteer(text: str, source: str, warnings: list[RuleWarning],
                    checked_against: frozenset[str] | None = None) -> list[GazetteerEntry]:
    """The entries of a gazetteer file; with ``checked_against`` (stopwords), aliases and names that
    fail ``lib.rules.alias_checks`` are left out with a warning naming their line."""
    entries = []
    for number, row in csv_rows(text, source, GAZETTEER_COLUMNS, warnings):
        aliases = tuple(alias.strip() for alias in row["aliases"].split("|") if alias.strip())
        if checked_against is not None:
            aliases = _checked(row, aliases, checked_against, lambda m, n=number: warnings.append(
                RuleWarning(source, n, m)))
            if aliases is None:
                continue
        if not row["entity"]:
            warnings.append(RuleWarning(source, number, "entity is empty"))
        elif row["kind"] not in ENTITY_KINDS:
            warnings.append(RuleWarning(
                source, number, f"kind {row['kind']!r} is not one of {', '.join(ENTITY_KINDS)}"))
        elif not aliases:
            warnings.append(RuleWarning(source, number, "no aliases"))
        else:
            company = row["company"] or (row["entity"] if row["kind"] == "company" else "")
            entries.append(GazetteerEntry(row["entity"], row["kind"], company, aliases))
    return entries


def _checked(row: dict, aliases: tuple[str, ...], stopwords: frozenset[str],
             warn: Callable[[str], None]) -> tuple[str, ...] | None:
    """The aliases that pass the checks (each other one warned about); None if a name fails."""
    for what in ("entity", "company"):
        if (problem := name_problem(row[what], what)) is not None:
            warn(problem + "; line ignored")
            return None
    kept = []
    for alias in aliases:
        if (problem := alias_problem(alias, stopwords)) is not None:
            warn(problem + "; not matched")
        else:
            kept.append(alias)
    return tuple(kept)
