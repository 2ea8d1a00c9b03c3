"""The companies an excerpt names, scored: found or missed after the gazetteer's aliases, and why one was missed.

An outlet cited as a source is not a company named, on either side of the comparison.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.extraction_scores import Score
from lib.rules import load_rules


class CompanyNames:
    """Maps any alias of a company to the gazetteer's name for it, and any name of an outlet to None:
    an outlet cited as a source is not a company named, on either side. ``kind_of`` says what the
    gazetteer holds a name as ("company", "product", "person", …; None when it does not know it)."""

    def __init__(self, corpus_root: Path):
        self._canonical: dict[str, str | None] = {}
        self._kinds: dict[str, str] = {}
        for entry in load_rules(corpus_root).gazetteer:
            for name in (entry.entity, *entry.aliases):
                key = name.lstrip('="~').casefold()
                self._kinds.setdefault(key, entry.kind)
                if entry.kind in ("company", "outlet"):
                    self._canonical.setdefault(key, entry.entity if entry.kind == "company" else None)

    def __call__(self, name: str) -> str | None:
        return self._canonical.get(name.casefold(), name)

    def kind_of(self, name: str) -> str | None:
        return self._kinds.get(name.casefold())


def company_names(corpus_root: Path) -> CompanyNames:
    """The gazetteer's names for a corpus: the built-in one, extended by the rule files in ``corpus_root``."""
    return CompanyNames(corpus_root)


def missed_company_reason(name: str, canonical) -> str:
    """Why a company the annotation names was not found, told from the gazetteer alone (no text):
    it does not know the name, knows it as something else (a product, a person …), or knows the
    company and its aliases did not match in the text."""
    kind = getattr(canonical, "kind_of", lambda _: None)(name)
    if kind is None:
        return "not in the gazetteer"
    return "in the gazetteer, not matched in the text" if kind == "company" else f"in the gazetteer as a {kind}"


def score_companies(name: str, named, found: set[str], canonical, score: Score) -> None:
    """Add to ``score`` the companies ``named`` by the annotation of excerpt ``name`` against those ``found``."""
    wanted = {canonical(c) for c in named} - {None}
    found = {canonical(c) for c in found} - {None}
    score.gold_companies += len(wanted)
    score.predicted_companies += len(found)
    score.found_companies += len(wanted & found)
    score.missed_companies.update(missed_company_reason(c, canonical) for c in wanted - found)
    if wanted - found or found - wanted:
        score.details.append(f"{name}: companies missed {sorted(wanted - found)}, extra {sorted(found - wanted)}")
