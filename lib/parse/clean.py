"""Cut boilerplate lines (promotions, bylines, captions, disclaimers) out of an article's text.

The cut is line-based and driven by the user-editable ``lib/rules/boilerplate.csv``: each
line is tested against the rules, and a matching line is removed and kept aside as a
``RemovedBlock`` so the dashboard can show what was dropped and metadata detection can still
read bylines and datelines.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from lib.first_characters import with_first_character_lookahead
from lib.rules.boilerplate import BoilerplateRule

HEAD_LINES = 8
TAIL_LINES = 4
_EXTRA_BLANKS = re.compile(r"\n{3,}")
_LENGTH_LIMIT = re.compile(r"(?:\(\?[aiLmsux]+\))?\^\(\?=\.\{0,(\d+)\}\$\)")


@dataclass(frozen=True)
class RemovedBlock:
    """Removed text; ``line`` is the 1-based line of its first line in the input text."""

    label: str
    text: str
    line: int


def strip_boilerplate(text: str, rules: Sequence[BoilerplateRule]) -> tuple[str, list[RemovedBlock]]:
    """The text without lines matched by ``rules``, and the removed lines grouped into blocks.

    Consecutive removed lines with the same label form one block, so a block of ``n`` lines
    covers input lines ``line`` to ``line + n - 1``.
    """
    lines = text.split("\n")
    labels = match_lines(lines, rules)
    kept = [line.rstrip() for line, label in zip(lines, labels, strict=True) if label is None]
    cleaned = _EXTRA_BLANKS.sub("\n\n", "\n".join(kept)).strip("\n")
    return cleaned, _blocks(lines, labels)


def match_lines(lines: Sequence[str], rules: Sequence[BoilerplateRule]) -> list[str | None]:
    """For each line, the label of the first rule that removes it, or None to keep it."""
    filled = [number for number, line in enumerate(lines) if line.strip()]
    head = set(filled[:HEAD_LINES])
    tail = set(filled[-TAIL_LINES:])
    by_place = _rules_by_place(tuple(rules))
    labels: list[str | None] = [None] * len(lines)
    for number in filled:
        line = lines[number]
        for label, pattern, longest in by_place[(number in head, number in tail)]:
            if len(line) <= longest and pattern.search(line):
                labels[number] = label
                break
    return labels


_PlacedRule = tuple[str, re.Pattern, float]  # label, pattern, longest line it can match


@lru_cache(maxsize=8)
def _rules_by_place(rules: tuple[BoilerplateRule, ...]) -> dict[tuple[bool, bool], tuple[_PlacedRule, ...]]:
    """(in the head?, in the tail?) -> (label, pattern, longest line it can match) of the rules
    that apply there, in file order."""
    return {
        (in_head, in_tail): tuple(
            (rule.label, with_first_character_lookahead(rule.pattern), _longest_line(rule.pattern)) for rule in rules
            if rule.place == "any" or (rule.place == "head" and in_head) or (rule.place == "tail" and in_tail))
        for in_head in (False, True) for in_tail in (False, True)
    }


def _longest_line(pattern: re.Pattern) -> float:
    """N for a rule that starts ``^(?=.{0,N}$)`` (the file's way to limit a line's length): such a
    rule cannot match a longer line, and most article paragraphs are longer."""
    limit = _LENGTH_LIMIT.match(pattern.pattern)
    return int(limit.group(1)) if limit else math.inf


def _blocks(lines: Sequence[str], labels: Sequence[str | None]) -> list[RemovedBlock]:
    blocks: list[RemovedBlock] = []
    start = None
    for number, label in enumerate([*labels, None]):
        if start is not None and label != labels[start]:
            blocks.append(RemovedBlock(labels[start], "\n".join(lines[start:number]).strip(), start + 1))
            start = None
        if start is None and label is not None:
            start = number
    return blocks
