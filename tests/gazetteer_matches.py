"""What the built-in gazetteer (lib/rules/gazetteer.csv) matches in a text, for the firm-class table tests."""

from __future__ import annotations

from functools import lru_cache

from lib.extract.gazetteer import Gazetteer
from lib.rules import builtin_rules


@lru_cache(maxsize=1)
def _builtin_gazetteer() -> Gazetteer:
    return Gazetteer(builtin_rules().gazetteer)


def found(text: str) -> list[tuple[str, str, str]]:
    """(surface text, entity, company it rolls up to) of every match, in order."""
    return [(m.alias, m.entity, m.company) for m in _builtin_gazetteer().find(text)]


def co(alias: str, entity: str, parent: str | None = None) -> tuple[str, str, str]:
    """An expected match: ``alias`` names ``entity``, which rolls up to ``parent`` (itself by default)."""
    return (alias, entity, parent or entity)
