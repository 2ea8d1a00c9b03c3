"""Aho-Corasick automata built so that a pass over news text is cheap; what they find is unchanged.

pyahocorasick finds a node's child by trying its children one by one, in the order they were added.
At the root they are the first characters of every word, and most characters of a text are read
there: a character no word starts with (a space, "。", 的) is compared with every one of them. The
gazetteer's root has about 600, so such a character cost ≈ 460 ns against ≈ 20 ns for one found
early. ``news_automaton`` therefore adds the words in the order of how common their characters are
in news text (``lib/rules/common_characters.txt``: common characters come first among every
node's children), and gives each common character that starts no word a dead end at the root,
found as early: a two-character word ending in a noncharacter, whose value the caller says means
nothing to it (an empty list of keys), so even a text holding one finds nothing more.

What a pass finds, and in which order, depends on the words, never on the order they were added in.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import ahocorasick

from lib.rules import builtin_rules

# Unassigned for good (a noncharacter): no text is expected to hold it after a common character.
DEAD_END = "\U0010fffe"


def news_automaton(pairs: Iterable[tuple[str, object]], nothing: object) -> ahocorasick.Automaton | None:
    """An automaton from each word of (word, value) ``pairs`` to its value (a repeated word: the last
    value), or None for no words. ``nothing`` is the value of the dead ends: one the caller's loop over
    the hits passes over."""
    values = dict(pairs)
    if not values:
        return None
    rank = _ranks()
    unranked = len(rank)
    # Sorted by each character's rank, so every node's children come commonest first; stable, so
    # words of equal ranks keep the caller's order.
    by_start: dict[str, list[str]] = {}
    for word in sorted(values, key=lambda word: [rank.get(char, unranked) for char in word]):
        by_start.setdefault(word[0], []).append(word)
    # A character no word starts with costs as many comparisons at the root as it has children: a
    # dead end pays only where it comes before that many (a small automaton's root is better left small).
    misses_cost = len(by_start)
    automaton = ahocorasick.Automaton()
    position = 0
    for char in _common_characters():
        if char in by_start:
            for word in by_start.pop(char):
                automaton.add_word(word, values[word])
        elif position < misses_cost:
            automaton.add_word(char + DEAD_END, nothing)
        else:
            continue
        position += 1
    for words in by_start.values():  # starting with a rare character
        for word in words:
            automaton.add_word(word, values[word])
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def _common_characters() -> tuple[str, ...]:
    return builtin_rules().common_characters


@lru_cache(maxsize=1)
def _ranks() -> dict[str, int]:
    return {char: index for index, char in enumerate(_common_characters())}
