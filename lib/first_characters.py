"""The characters a pattern's match can start with, read from the pattern, and a lookahead for them.

``re`` skips ahead on a pattern's first characters only when it opens on a plain character, a set, or
an alternation of plain characters. A pattern opening on a lookbehind (``(?<![A-Za-z])said``), a word
boundary (``\\bfiscal``) or a case-blind word (``(?i:trading)``) is tried whole at every position of
the text: the engine enters each alternative before it fails. ``with_first_character_lookahead`` puts
a lookahead for the characters the match can start with in front, so most positions fail at one test;
what the pattern matches, its groups and spans, do not change. The reading is cautious: a pattern whose
match may be empty or may start with any of a wide class (``\\w``, ``.``, ``[^…]``) is left as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_WIDEST_RANGE = 256  # a wider range ("[一-鿿]") is not listed character by character
# Inline flags must open a pattern ("(?i)…"): the lookahead goes after them.
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")


class _Unknown(Exception):
    """The first character is not known to lie in a small set."""


def first_characters(pattern: re.Pattern) -> tuple[frozenset[str], frozenset[str]] | None:
    """The characters every match of ``pattern`` starts with one of, as (cased, case-blind) sets;
    None when a match may be empty or start with a character of a wide class."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    cased: set[str] = set()
    blind: set[str] = set()
    try:
        if _firsts(list(parsed), parsed.state.flags, cased, blind):
            return None  # the match may be empty
    except _Unknown:
        return None
    return frozenset(cased), frozenset(blind)


def with_first_character_lookahead(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` opening on a lookahead for its ``first_characters`` (itself when they are unknown)."""
    firsts = first_characters(pattern)
    if firsts is None or _skipped_ahead_on(pattern):
        return pattern
    cased, blind = (
        "".join(re.escape(character) for character in sorted(characters)) for characters in firsts)
    classes = [f"[{cased}]"] if cased else []
    classes += [f"(?i:[{blind}])"] if blind else []
    end = "\n)" if pattern.flags & re.VERBOSE else ")"  # a comment may close the pattern's last line
    flags = _GLOBAL_FLAGS.match(pattern.pattern).group()
    return re.compile(f"{flags}(?={'|'.join(classes)})(?:{pattern.pattern[len(flags):]}{end}", pattern.flags)


def _skipped_ahead_on(pattern: re.Pattern) -> bool:
    """Whether ``re`` itself skips ahead on the pattern's opening: a character, a set, or an
    alternation of characters, none of them case-blind letters (as ``re._compiler`` decides)."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    items, flags = list(parsed), parsed.state.flags
    while items and items[0][0] is sre.SUBPATTERN:
        _, add, remove, inner = items[0][1]
        items, flags = list(inner), (flags | add) & ~remove
    if not items:
        return False
    op, value = items[0]
    if op is sre.BRANCH:
        return all(branch and _opens_on_a_character(branch[0], flags) for branch in value[1])
    return _opens_on_a_character((op, value), flags)


def _opens_on_a_character(item, flags: int) -> bool:
    op, value = item
    if op is sre.LITERAL:
        return not flags & re.IGNORECASE or chr(value).lower() == chr(value).upper()
    return op is sre.IN and not flags & re.IGNORECASE


def _firsts(items: list, flags: int, cased: set[str], blind: set[str]) -> bool:
    """Adds the first characters of a sequence of parsed ``items``; whether it may match empty."""
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        if not _first_of_item(op, value, flags, cased, blind):
            return False
    return True


def _first_of_item(op, value, flags: int, cased: set[str], blind: set[str]) -> bool:
    """Adds the first characters of one item; whether it may match empty."""
    into = blind if flags & re.IGNORECASE else cased
    if op is sre.LITERAL:
        into.add(chr(value))
        return False
    if op is sre.IN:
        for kind, member in value:
            if kind is sre.LITERAL:
                into.add(chr(member))
            elif kind is sre.RANGE and member[1] - member[0] < _WIDEST_RANGE:
                into.update(map(chr, range(member[0], member[1] + 1)))
            else:
                raise _Unknown
        return False
    if op is sre.SUBPATTERN:
        _, add, remove, inner = value
        return _firsts(list(inner), (flags | add) & ~remove, cased, blind)
    if op is sre.ATOMIC_GROUP:
        return _firsts(list(value), flags, cased, blind)
    if op is sre.BRANCH:
        empties = [_firsts(list(branch), flags, cased, blind) for branch in value[1]]
        return any(empties)
    if op in _REPEATS:
        return _firsts(list(value[2]), flags, cased, blind) or value[0] == 0
    raise _Unknown
