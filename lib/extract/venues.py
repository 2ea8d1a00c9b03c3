"""Whether a name in a sentence is the place where another firm acts, not an actor of its own.

An app store where an app ranks ("topped Apple's App Store", "在美区苹果App Store免费榜") and a stock
exchange where a firm files or lists ("in a filing to the Hong Kong stock exchange", "在港交所发布业绩")
name the venue of the other firm's act: the ranking, filing or listing is that firm's. The ``venue``
lines of ``lib/rules/clause_cues.csv`` are the words of such names; the ``at_venue`` lines the words
before ("在*", "on the *") or after ("*-listed", "*收市价") that make one the place. The same name
acting ("HKEX approved the listing", "港交所迎来…") has no such word and stays an actor. A name right
before a venue owns it ("Apple's App Store", 苹果App Store, and past a market's name: "Apple's U.S.
App Store", 苹果中国区应用商店): it names the place too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.extract.attribution_cues import cue_alternation, ends_right_before
from lib.parse.script import to_simplified

# How far back a word before a venue may start (the longest cue, "in a filing to the", fits).
_REACH = 40
_SPACES = re.compile(r"\s*")
# How far back a market's name before a venue may start (美国区, "U.S.").
_REGION_REACH = 12
_POSSESSIVE = re.compile(r"\s*(?:['’]s|的)?\s*")


class Venues:
    """The venue words of the clause cues, compiled once."""

    def __init__(self, clause_cues: Sequence[tuple[str, str]]) -> None:
        names = sorted({to_simplified(cue) for kind, cue in clause_cues if kind == "venue"}, key=len, reverse=True)
        self._names = frozenset(name.casefold() for name in names)
        # No word boundary before: a Chinese owner runs into a Latin venue (苹果App Store).
        self._name_next = re.compile(
            f"(?:{'|'.join(map(re.escape, names))})(?![A-Za-z])", re.IGNORECASE) if names else None
        regions = cue_alternation(to_simplified(cue) for kind, cue in clause_cues if kind == "venue_region")
        self._region = re.compile(f"(?:{regions.pattern})\\s*" if regions else "(?!)", re.IGNORECASE)
        self._region_ending = re.compile(f"(?:{regions.pattern})\\s*\\Z" if regions else "(?!)", re.IGNORECASE)
        at = [cue for kind, cue in clause_cues if kind == "at_venue"]
        self._before = cue_alternation(cue[:-1] for cue in at if cue.endswith("*") and not cue.startswith("*"))
        self._after = cue_alternation(cue[1:] for cue in at if cue.startswith("*") and not cue.endswith("*"))

    def is_place(self, text: str, start: int, end: int) -> bool:
        """Whether the name at ``text[start:end]`` (``text`` simplified) is a venue where another acts."""
        if not self.is_venue_name(text[start:end]):
            return self._owns_a_venue(text, end)
        if self._after is not None and self._after.match(text, _SPACES.match(text, end).end()):
            return True
        return ends_right_before(self._before, text, self._region_start(text, start), _REACH)

    def _region_start(self, text: str, start: int) -> int:
        """Where a market's name right before a venue starts ("在美国纳斯达克挂牌", 在本港联交所: the place word
        stands before the market), or ``start`` when there is none."""
        region = self._region_ending.search(text, max(0, start - _REGION_REACH), start)
        return start if region is None else region.start()

    def is_venue_name(self, name: str) -> bool:
        """Whether ``name`` (simplified) is a venue's own name (an exchange, an app store), not its owner's."""
        return name.casefold() in self._names

    def _owns_a_venue(self, text: str, end: int) -> bool:
        """Whether a venue's name follows the name ending at ``end``, past a possessive ("Apple's App Store")."""
        if self._name_next is None:
            return False
        after = _POSSESSIVE.match(text, end).end()
        region = self._region.match(text, after)
        return self._name_next.match(text, after) is not None or (
            region is not None and self._name_next.match(text, region.end()) is not None)
