"""Which type of event a sentence tells: the trigger words of ``lib/rules/event_triggers.csv``.

``EventTyper`` finds each type's trigger hits in a sentence once, then gives each date of the sentence
the type with most hits, a tie going to the trigger nearest the date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.extract.automata import news_automaton
from lib.extract.pattern_literals import case_folded
from lib.schema import EVENT_TYPES
from lib.text_script import HAN_CHARACTER as _CJK

_ENDINGS = r"(?:s|es|d|ed|ing)?"

Hits = list[list[tuple[int, int]]]  # per event type, in rules order: the spans of its trigger hits


class EventTyper:
    """Assigns an event type to a sentence from (event_type, trigger) pairs."""

    def __init__(self, triggers: Sequence[tuple[str, str]]) -> None:
        self._triggers = tuple(triggers)
        # Ties go to the type whose triggers come first in the rules file.
        self._types = [t for t in dict.fromkeys(t for t, _ in triggers) if t in EVENT_TYPES]
        self._patterns = [
            re.compile(
                "|".join(_trigger_regex(trigger) for kind, trigger in triggers if kind == event_type),
                re.IGNORECASE,
            )
            for event_type in self._types
        ]
        self._stems, self._always = _stem_automaton(self._types, triggers)

    # The automaton is cheap to rebuild, so only the triggers travel to worker processes.
    def __getstate__(self) -> dict:
        return {"triggers": self._triggers}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["triggers"])

    def hits(self, sentence: str) -> Hits:
        """The trigger hits of each type in ``sentence``; compute once, classify for every date."""
        starts: dict[int, set[int]] = {}
        aligned = True
        if self._stems is not None:
            # Under re.IGNORECASE ſ, ı, İ and K match ASCII letters too: folded, every trigger hit holds its stem.
            folded = case_folded(sentence)
            aligned = len(folded) == len(sentence)  # lower() can lengthen a letter and shift positions
            for end, (length, indices) in self._stems.iter(folded):
                for index in indices:
                    starts.setdefault(index, set()).add(end - length + 1)
        found: Hits = []
        for index, pattern in enumerate(self._patterns):
            if index in self._always or (index in starts and not aligned):
                found.append(_scan(pattern, sentence))
            elif index in starts:
                found.append(_match_at(pattern, sentence, starts[index]))
            else:
                found.append([])
        return found

    def classify(self, sentence: str, date_span: tuple[int, int] | None = None, hits: Hits | None = None) -> str:
        """The type with most trigger hits; a tie goes to the trigger nearest ``date_span``.

        ``hits`` is ``self.hits(sentence)``, passed in when the sentence has several dates.
        """
        best, best_key = "other", (0, 0)
        for event_type, spans in zip(self._types, self.hits(sentence) if hits is None else hits, strict=True):
            if not spans:
                continue
            key = (len(spans), -min(_distance(hit, date_span) for hit in spans) if date_span else 0)
            if key > best_key:
                best, best_key = event_type, key
        return best




def _stem_automaton(types: Sequence[str], triggers: Sequence[tuple[str, str]]):
    """An automaton from each trigger's literal stem to the indices of its types, and the indices
    of the types that must always run (a trigger with no stem or with letters of other cases)."""
    stems: dict[str, set[int]] = {}
    always: set[int] = set()
    for index, event_type in enumerate(types):
        for kind, trigger in triggers:
            if kind != event_type:
                continue
            stem = trigger[:-1] if trigger.endswith("*") and not _CJK.search(trigger) else trigger
            if stem and all(char.isascii() or char.lower() == char == char.upper() for char in stem):
                stems.setdefault(stem.lower(), set()).add(index)
            else:
                always.add(index)
    if not stems:
        return None, frozenset(always)
    automaton = news_automaton(((stem, (len(stem), tuple(sorted(indices)))) for stem, indices in stems.items()),
                               nothing=(2, ()))
    return automaton, frozenset(always)


def _scan(pattern: re.Pattern, sentence: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(sentence)]


def _match_at(pattern: re.Pattern, sentence: str, starts: set[int]) -> list[tuple[int, int]]:
    """What ``pattern.finditer`` finds, trying only where a trigger's stem starts.

    Every trigger pattern begins with its stem, so no hit can start anywhere else; and like
    finditer, a hit is not looked for inside the previous one.
    """
    spans: list[tuple[int, int]] = []
    done = 0
    for start in sorted(starts):
        if start >= done and (match := pattern.match(sentence, start)):
            spans.append(match.span())
            done = match.end()
    return spans


def _distance(span: tuple[int, int], other: tuple[int, int]) -> int:
    return max(other[0] - span[1], span[0] - other[1], 0)


def _trigger_regex(trigger: str) -> str:
    if _CJK.search(trigger):
        return re.escape(trigger)
    if trigger.endswith("*"):
        return rf"\b{re.escape(trigger[:-1])}\w*"
    return rf"\b{re.escape(trigger)}{_ENDINGS}\b"
