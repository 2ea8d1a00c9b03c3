"""Checks a gazetteer alias or name must pass, shared by the Corpus page's form and the loader of
a hand-edited ``gazetteer.csv``: one set of rules whichever way an entry arrives.

An alias that is a single character (的, a), has no letter or digit ("(", "--"), or is a stopword
(the, 我们) would match thousands of times in any corpus and drown the real mentions; a name that
starts like a spreadsheet formula (=, +, -, @) would run when an export is opened. What counts as a
formula start is defined in ``lib.markup`` (below every stage), which the spreadsheet export uses too.
"""

from __future__ import annotations

from collections.abc import Collection

from lib.markup import is_formula_like

MIN_ALIAS_CHARS = 2


def alias_core(alias: str) -> str:
    """The alias without its match markers (``=`` case-sensitive, ``"`` quoted, ``~`` listed only)."""
    return alias.strip().lstrip('="~').rstrip('"')


def alias_problem(alias: str, stopwords: Collection[str] = ()) -> str | None:
    """Why ``alias`` must not be matched, or None."""
    core = alias_core(alias)
    if len(core) < MIN_ALIAS_CHARS:
        return f"alias {alias!r} is too short: one character would match too much"
    if not any(char.isalnum() for char in core):
        return f"alias {alias!r} has no letter or digit"
    if core.casefold() in stopwords or core in stopwords:
        return f"alias {alias!r} is a stopword: it would match in almost every article"
    if is_formula_like(core):
        return f"alias {alias!r} starts like a spreadsheet formula (=, +, -, @)"
    return None


def name_problem(name: str, what: str = "name") -> str | None:
    """Why an entity or company ``name`` cannot be used, or None."""
    if is_formula_like(name.strip()):
        return f"{what} {name!r} starts like a spreadsheet formula (=, +, -, @)"
    return None
