"""Cut boilerplate lines (promotions, bylines, captions, disclaimers) out of an article's text.

The cut is line-based and driven by the user-editable ``lib/rules/boilerplate.csv``: each
line is tested against the rules, and a matching line is removed and kept aside as a
``RemovedBlock`` so the dashboard can show what was dropped and metadata detection can still
read bylines and datelines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lib.ingest.rules import BoilerplateRule

HEAD_LINES = 8
TAIL_LINES = 4
_EXTRA_BLANKS = re.compile(r"\n{3,}")


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
    labels: list[str | None] = [None] * len(lines)
    for number in filled:
        allowed = {"any"} | ({"head"} if number in head else set()) | ({"tail"} if number in tail else set())
        labels[number] = next(
            (rule.label for rule in rules if rule.place in allowed and rule.pattern.search(lines[number])),
            None,
        )
    return labels


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
