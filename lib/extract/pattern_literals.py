"""The words a text must hold for a pattern to match in it, read from the pattern itself.

A date pattern's cue words (``dates_candidate_reader.CueTable``) say which sentences it may read,
but many patterns need more than their cues: "(?<=\\bduring )this\\s+quarter" needs "quarter", where
its cue is any unit of time ("week", "month", "quarter"). ``needed_words`` finds, in the parsed pattern, one set of
plain words of which every match holds at least one, so a sentence holding none of them is passed
over without running the pattern. A word under a case-blind flag is looked for in the lower-cased
text. The reading is cautious: anything it cannot be sure of (a back-reference, a conditional
group, a negative lookaround, an optional part) demands nothing. ``WordGate`` looks for a pattern's
words in one pass, to skip a costly search on the texts that cannot match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from re import _constants as sre
from re import _parser as sre_parse

import ahocorasick

from lib.extract.automata import news_automaton
from lib.first_characters import with_first_character_lookahead

# Under a Unicode case-blind flag these letters also match non-ASCII ones ("ſ", "K", "ı") that
# ``str.lower`` does not bring to them; a case-blind word holding one demands nothing, unless the
# text is looked at ``case_folded``.
_UNICODE_FOLDED = frozenset("iksIKS")
# The characters a Unicode case-blind ASCII letter matches that ``str.lower`` leaves apart from it
# (İ lowers to two characters); every other one lowers to the letter ("K" to "k").
_TO_ASCII_LETTER = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})
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


def case_folded(text: str) -> str:
    """``text`` lower-cased so that each character a case-blind ASCII letter matches is that letter."""
    # Translating costs a dictionary lookup per character; three scans find the rare text that needs it.
    if "ſ" in text or "ı" in text or "İ" in text:
        text = text.translate(_TO_ASCII_LETTER)
    return text.lower()


def needed_words(pattern: re.Pattern, shortest: int = 2, folded: bool = False) -> NeededWords | None:
    """Words one of which every text ``pattern`` matches in holds, each at least ``shortest``
    characters long (a Chinese character counts as enough); None when the pattern demands none such.
    ``folded``: the ``uncased`` words will be looked for in the ``case_folded`` text, not the lower-cased."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    flags = parsed.state.flags | (re.ASCII if folded else 0)  # a folded text reads as ASCII letters do
    needed = _of_sequence(list(parsed), flags)
    return needed if needed is not None and _selective(needed, shortest) else None


class WordGate:
    """Whether a text may hold a match of ``pattern``: one pass for the words it needs. With no such
    words, every text may."""

    def __init__(self, pattern: re.Pattern) -> None:
        needed = needed_words(pattern, folded=True)
        self._cased = word_automaton(needed.cased) if needed else None
        self._uncased = word_automaton(needed.uncased) if needed else None
        self._open = needed is None

    def may_match(self, text: str) -> bool:
        if self._open:
            return True
        return ((self._cased is not None and next(self._cased.iter(text), None) is not None)
                or (self._uncased is not None and next(self._uncased.iter(case_folded(text)), None) is not None))


class BranchGate:
    """An alternation of ``branches`` cut, for a text, to the branches that may match in it: one pass for
    the words each branch needs.

    A branch that matches nowhere in a text changes nothing the alternation finds there (at each
    position the engine takes the first branch that matches), so the cut alternation finds the same
    matches; the engine tries fewer branches at each character, which a lookbehind opening every
    branch ("(?<![A-Za-z0-9])land\\s+grab") keeps it from skipping.
    """

    def __init__(self, branches: Sequence[str], flags: int = 0) -> None:
        self._branches = tuple(branches)
        self._flags = flags
        needs = [needed_words(re.compile(branch, flags), folded=True) for branch in self._branches]
        self._always = frozenset(i for i, needed in enumerate(needs) if needed is None)
        self._cased = _branch_automaton((word, i) for i, needed in enumerate(needs) if needed for word in needed.cased)
        self._uncased = _branch_automaton((word, i) for i, needed in enumerate(needs) if needed
                                          for word in needed.uncased)
        self._cut: dict[frozenset[int], re.Pattern] = {}  # few distinct cuts: each compiled once

    @property
    def whole(self) -> re.Pattern:
        """The alternation of every branch, which each cut finds the same matches as."""
        return self._compiled(frozenset(range(len(self._branches))))

    def pattern(self, text: str) -> re.Pattern | None:
        """The alternation of the branches that may match in ``text``, in their order; None for none."""
        found = set(self._always)
        if self._cased is not None:
            for _, branches in self._cased.iter(text):
                found.update(branches)
        if self._uncased is not None:
            for _, branches in self._uncased.iter(case_folded(text)):
                found.update(branches)
        if not found:
            return None
        return self._compiled(frozenset(found))

    def _compiled(self, branches: frozenset[int]) -> re.Pattern:
        if branches not in self._cut:
            self._cut[branches] = with_first_character_lookahead(
                re.compile("|".join(f"(?:{self._branches[i]})" for i in sorted(branches)), self._flags))
        return self._cut[branches]


def _branch_automaton(pairs: Iterable[tuple[str, int]]) -> ahocorasick.Automaton | None:
    """An automaton from each word of (word, branch) ``pairs`` to the branches that need it."""
    branches_of: dict[str, list[int]] = {}
    for word, branch in pairs:
        branches_of.setdefault(word, []).append(branch)
    return news_automaton(((word, tuple(branches)) for word, branches in branches_of.items()), nothing=())


def needs_a_digit(pattern: re.Pattern) -> bool:
    """Whether every text ``pattern`` matches in holds an ASCII digit (0-9); read cautiously, as
    ``needed_words`` reads words: what it cannot be sure of demands nothing."""
    return _digit_in_sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)))


def _digit_in_sequence(items: list) -> bool:
    return any(_digit_in_item(op, value) for op, value in items)


def _digit_in_item(op, value) -> bool:
    if op is sre.LITERAL:
        return chr(value) in _DIGITS
    if op is sre.IN:
        return all(_digits_only(item_op, item_value) for item_op, item_value in value)
    if op is sre.SUBPATTERN:
        return _digit_in_sequence(list(value[3]))
    if op is sre.ATOMIC_GROUP:
        return _digit_in_sequence(list(value))
    if op is sre.ASSERT:  # a lookahead's or lookbehind's characters are in the text too
        return _digit_in_sequence(list(value[1]))
    if op in _REPEATS and value[0] >= 1:
        return _digit_in_sequence(list(value[2]))
    if op is sre.BRANCH:
        return all(_digit_in_sequence(list(branch)) for branch in value[1])
    return False


def _digits_only(op, value) -> bool:
    """Whether a character-set item matches ASCII digits only."""
    if op is sre.LITERAL:
        return chr(value) in _DIGITS
    if op is sre.RANGE:
        return ord("0") <= value[0] <= value[1] <= ord("9")
    return False  # a negated set, a category (\d takes every Unicode digit), anything else


_DIGITS = frozenset("0123456789")


def word_automaton(words) -> ahocorasick.Automaton | None:
    """One Aho-Corasick pass that finds any of ``words`` (each found as itself, a dead end as ""); None for no words."""
    return news_automaton(((word, word) for word in words), nothing="")


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
