"""The words a text must hold for a pattern to match in it, read from the pattern itself.

A date pattern's cue words (``dates_candidate_reader.CueTable``) say which sentences it may read,
but many patterns need more than their cues: "(?<=\\bduring )this\\s+quarter" needs "quarter", where
its cue is any unit of time ("week", "month", "quarter"). ``needed_words`` finds, in the parsed pattern, one set of
plain words of which every match holds at least one, so a sentence holding none of them is passed
over without running the pattern. A word under a case-blind flag is looked for in the lower-cased
text. The reading is cautious: anything it cannot be sure of (a back-reference, a conditional
group, a negative lookaround, an optional part) demands nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre
from re import _parser as sre_parse

# Under a Unicode case-blind flag these letters also match non-ASCII ones ("ſ", "K", "ı") that
# ``str.lower`` does not bring to them; a case-blind word holding one demands nothing.
_UNICODE_FOLDED = frozenset("iksIKS")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@dataclass(frozen=True)
class NeededWords:
    """Of these words, a text a pattern matches in holds one: a ``cased`` word as written, or an
    ``uncased`` one (lower case) in the lower-cased text."""

    cased: frozenset[str] = frozenset()
    uncased: frozenset[str] = frozenset()

    def shortest(self) -> int:
        return min(map(len, self.cased | self.uncased))

    def held_by(self, text: str) -> bool:
        lowered = text.lower() if self.uncased else ""
        return any(word in text for word in self.cased) or any(word in lowered for word in self.uncased)


def needed_words(pattern: re.Pattern, shortest: int = 2) -> NeededWords | None:
    """Words one of which every text ``pattern`` matches in holds, each at least ``shortest``
    characters long (a Chinese character counts as enough); None when the pattern demands none such."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    needed = _of_sequence(list(parsed), parsed.state.flags)
    return needed if needed is not None and _selective(needed, shortest) else None


def _selective(needed: NeededWords, shortest: int) -> bool:
    return all(len(word) >= shortest or not word.isascii() for word in needed.cased | needed.uncased)


def _of_sequence(items: list, flags: int) -> NeededWords | None:
    """The most selective demand among a sequence's runs of plain characters and its parts."""
    options: list[NeededWords] = []
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            options.append(_of_run("".join(run), flags))
            run = []
        if op is not None and (needed := _of_item(op, value, flags)) is not None:
            options.append(needed)
    options = [option for option in options if option is not None]
    return max(options, key=NeededWords.shortest, default=None)


def _of_run(run: str, flags: int) -> NeededWords | None:
    if not flags & re.IGNORECASE or run.lower() == run.upper():
        return NeededWords(cased=frozenset([run]))
    if flags & re.ASCII and run.isascii():
        return NeededWords(uncased=frozenset([run.lower()]))
    if run.isascii() and not _UNICODE_FOLDED & set(run):
        return NeededWords(uncased=frozenset([run.lower()]))
    return None


def _of_item(op, value, flags: int) -> NeededWords | None:
    """What one parsed item demands (its own words, never joined to a neighbour's)."""
    if op is sre.SUBPATTERN:
        _, add, remove, inner = value
        return _of_sequence(list(inner), (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _of_sequence(list(value), flags)
    if op is sre.ASSERT:  # a lookahead's or lookbehind's words are in the text too
        return _of_sequence(list(value[1]), flags)
    if op in _REPEATS and value[0] >= 1:
        return _of_sequence(list(value[2]), flags)
    if op is sre.BRANCH:
        branches = [_of_sequence(list(branch), flags) for branch in value[1]]
        if any(branch is None for branch in branches):
            return None
        return NeededWords(frozenset().union(*(b.cased for b in branches)),
                           frozenset().union(*(b.uncased for b in branches)))
    return None
