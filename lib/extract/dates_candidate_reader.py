"""How a date reader runs its patterns over a text: only the patterns whose cue words are present.

A reader (``dates_en``, ``dates_zh`` and the rest) is a ``CandidateReader``: date patterns, each with a
builder that turns a match into a spec from ``dates_spec``, and a ``CueTable`` of the words each pattern
needs. ``ReaderGroup`` finds the cue words of several readers in one pass and runs only the patterns
they allow. The readers read text with ASCII digits (``ascii_digits``) and ASCII-only patterns
(``ascii_pattern``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import ahocorasick

from lib.extract.automata import news_automaton
from lib.extract.dates_spec import Candidate, DateSpec
from lib.extract.pattern_literals import needed_words, needs_a_digit
from lib.first_characters import with_first_character_lookahead


@dataclass(frozen=True)
class CueTable:
    """Cheap tests of which words a text holds, each naming a cue.

    The readers gate each date pattern on the cues its every match contains (a digit, a month
    name, "年"), so a sentence pays only for the patterns that could match it. ``ReaderGroup``
    runs the tests of several tables in one pass.
    """

    cased: tuple[tuple[str, str], ...] = ()  # (cue, word): the word occurs as written
    uncased: tuple[tuple[str, str], ...] = ()  # (cue, lower-case word): it occurs in any case
    patterns: tuple[tuple[str, re.Pattern], ...] = ()  # (cue, pattern): the pattern occurs
    # A character every cue needs (each word, each pattern's match holds one): a text without it,
    # say an English sentence for the Chinese table, holds none of the table's cues.
    requires: re.Pattern | None = None

    def __post_init__(self) -> None:
        if self.requires is not None:
            words = [word for _, word in self.cased] + [word for _, word in self.uncased]
            if not all(self.requires.search(word) for word in words):
                raise ValueError("every cue word must hold a character of `requires`")


Builder = Callable[[re.Match, str], "DateSpec | None"]


_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULL_WIDTH_DIGIT = re.compile("[０-９]")
_ASCII_DIGIT = re.compile("[0-9]")  # a search is cheaper than translating every sentence


def ascii_digits(text: str) -> str:
    """``text`` with full-width digits as ASCII, as every date reader reads it; lengths, hence
    offsets, stay."""
    return text.translate(_ASCII_DIGITS) if _FULL_WIDTH_DIGIT.search(text) else text


def ascii_pattern(pattern: str) -> re.Pattern:
    """``pattern`` compiled with ``re.ASCII``: the English readers' ``\\b``, ``\\s`` and ``(?i:)`` see ASCII only."""
    return re.compile(pattern, re.ASCII)


class CandidateReader:
    """The date ``patterns`` of one reader and the ``cues`` each needs; a pattern runs only when the
    words it needs are present. Reading goes through a ``ReaderGroup`` (alone, or with other readers)."""

    def __init__(self, patterns: Sequence[tuple[re.Pattern, Builder, tuple[str, ...]]], cues: CueTable) -> None:
        self.patterns = tuple(patterns)
        self.cues = cues
        self._alone: ReaderGroup | None = None

    def __call__(self, text: str) -> list[Candidate]:
        """Every candidate of the patterns in ``text``, overlaps included."""
        if self._alone is None:
            self._alone = ReaderGroup([self])
        return self._alone(text)


Runnable = tuple[tuple[re.Pattern, Builder, bool], ...]


class ReaderGroup:
    """Every candidate of several readers in a text, reader by reader, in their order.

    One pass of one automaton over the text finds every cue word of every reader (overlapping ones
    included: "半年后" holds 半年, 年, 年后), and each distinct cue pattern is searched once: a
    sentence holding no cue of any reader ("Tesla did not respond.") is settled by that pass. Which
    patterns a set of present cues lets run is worked out once per distinct set: there are few
    such sets, and testing every pattern's needs for every sentence cost more than the search.
    """

    def __init__(self, readers: Sequence[CandidateReader]) -> None:
        self.readers = tuple(readers)
        tables = [reader.cues for reader in self.readers]
        cased = [((i, cue), word) for i, table in enumerate(tables) for cue, word in table.cased]
        patterns = [((i, cue), pattern) for i, table in enumerate(tables) for cue, pattern in table.patterns]
        for key, pattern in list(patterns):  # "Jan|Feb|…": words, found in the same pass
            requires = tables[key[0]].requires
            if (words := _literal_words(pattern)) is not None and (
                    requires is None or all(requires.search(word) for word in words)):
                patterns.remove((key, pattern))
                cased += [(key, word) for word in words]
        uncased = [((i, cue), word) for i, table in enumerate(tables) for cue, word in table.uncased]
        # The words a pattern needs besides its cues, read from the pattern: a pseudo-cue, its index.
        self._needs = tuple(tuple(self._needs_of(i, reader, cased, uncased)) for i, reader in enumerate(self.readers))
        self._cased = _word_automaton(cased)
        self._uncased = _word_automaton(uncased)
        by_pattern: dict[re.Pattern, list[tuple[int, str]]] = {}
        for key, pattern in patterns:
            by_pattern.setdefault(pattern, []).append(key)
        # Most sentences hold no digit, and most cue patterns need one: one search settles them.
        self._patterns = tuple((pattern, tuple(keys), needs_a_digit(pattern)) for pattern, keys in by_pattern.items())
        self._requires = tuple(table.requires for table in tables)
        # Each date pattern as searched: opening on a lookahead for its first characters when the engine
        # would otherwise try it whole at every position (the same matches).
        self._searched = tuple(tuple(with_first_character_lookahead(pattern) for pattern, _, _ in reader.patterns)
                               for reader in self.readers)
        self._runnable: dict[frozenset[tuple[int, str]], Runnable] = {}
        # Each reader's patterns filed under one cue each needs (its rarest), so a set of present cues looks only
        # at the patterns filed under its cues; a new set comes every 15 sentences or so, and testing all 192 cost more.
        self._filed = tuple(_filed_by_a_need(reader, searched, needs)
                            for reader, searched, needs in zip(self.readers, self._searched, self._needs, strict=True))

    def __call__(self, text: str) -> list[Candidate]:
        present = self.present(text)
        runnable = self._runnable.get(present)
        if runnable is None:
            runnable = self._runnable[present] = self._runnable_with(present)
        return [
            Candidate(*match.span("own"), spec) if own else Candidate(*match.span(), spec)
            for pattern, build, own in runnable
            for match in pattern.finditer(text)
            if (spec := build(match, text)) is not None
        ]

    def present(self, text: str) -> frozenset[tuple[int, str]]:
        """The (reader index, cue) pairs that hold for ``text``."""
        found: set[tuple[int, str]] = set()
        if self._cased is not None:
            for _, keys in self._cased.iter(text):
                found.update(keys)
        # A cased word's own characters satisfy its table's ``requires``; a lower-cased word's or a
        # pattern's are checked against the text itself.
        unchecked: set[tuple[int, str]] = set()
        if self._uncased is not None:
            for _, keys in self._uncased.iter(text.lower()):
                unchecked.update(keys)
        digit = _ASCII_DIGIT.search(text) is not None
        for pattern, keys, needs_digit in self._patterns:
            if (digit or not needs_digit) and pattern.search(text):
                unchecked.update(keys)
        if unchecked:
            holds: dict[int, bool] = {}
            for key in unchecked:
                reader = key[0]
                if key[1].__class__ is int:  # a pattern's own needed word: no cue, nothing to check
                    found.add(key)
                    continue
                if reader not in holds:
                    requires = self._requires[reader]
                    holds[reader] = requires is None or requires.search(text) is not None
                if holds[reader]:
                    found.add(key)
        return frozenset(found)

    def _runnable_with(self, present: frozenset[tuple[int, str]]) -> Runnable:
        cues_of: dict[int, set] = {}
        for reader_index, cue in present:
            cues_of.setdefault(reader_index, set()).add(cue)
        runnable = []
        for i, (always, filed) in enumerate(self._filed):
            cues = cues_of.get(i)
            if not cues:
                runnable += [entry for _, entry in always]
                continue
            found = [*always]
            for cue in cues:
                found += [(position, entry) for position, needs, entry in filed.get(cue, ()) if cues.issuperset(needs)]
            found.sort(key=_position)
            runnable += [entry for _, entry in found]
        return tuple(runnable)

    @staticmethod
    def _needs_of(index: int, reader: CandidateReader, cased: list, uncased: list):
        """Each pattern's cues, and its position when it needs words of its own (``needed_words``),
        whose (key, word) pairs go to ``cased`` and ``uncased``."""
        for position, (pattern, _, needs) in enumerate(reader.patterns):
            words = needed_words(pattern)
            if words is None:
                yield needs
                continue
            cased += [((index, position), word) for word in words.cased]
            uncased += [((index, position), word) for word in words.uncased]
            yield (*needs, position)


def _filed_by_a_need(reader: CandidateReader, searched: Sequence[re.Pattern], needs: Sequence[tuple]):
    """The runnable entries of ``reader``'s patterns that need no cue, with their positions, and the others by the
    rarest cue each needs: (position, needs, entry)."""
    counts: dict = {}
    for need in needs:
        for cue in need:
            counts[cue] = counts.get(cue, 0) + 1
    always, filed = [], {}
    for position, ((pattern, build, _), pattern_searched, need) in enumerate(zip(reader.patterns, searched, needs,
                                                                               strict=True)):
        # A group named "own" holds the date's own words when the rest is context ("Aug 9 to 11").
        entry = (pattern_searched, build, "own" in pattern.groupindex)
        if not need:
            always.append((position, entry))
            continue
        rarest = min(need, key=counts.__getitem__)
        filed.setdefault(rarest, []).append((position, frozenset(need), entry))
    return tuple(always), filed


def _position(found: tuple) -> int:
    return found[0]


_LITERAL_WORD = re.compile(r"[A-Za-z0-9\u3000-\u9fff]+")


def _literal_words(pattern: re.Pattern) -> list[str] | None:
    """The words of a pattern that is nothing but an alternation of plain words, else None."""
    if pattern.flags & ~re.UNICODE:
        return None
    words = pattern.pattern.split("|")
    return words if all(_LITERAL_WORD.fullmatch(word) for word in words) else None


def _word_automaton(pairs: Sequence[tuple[tuple[int, str], str]]) -> ahocorasick.Automaton | None:
    """An automaton from each word of (key, word) ``pairs`` to the keys it names."""
    keys_of: dict[str, set[tuple[int, str]]] = {}
    for key, word in pairs:
        keys_of.setdefault(word, set()).add(key)
    return news_automaton(((word, tuple(keys)) for word, keys in keys_of.items()), nothing=())
