"""Names a sentence holds that are not its actors: likenesses and venues.

"ChatGPT-like", "a rival to OpenAI's ChatGPT", 中国版ChatGPT name a likeness of what the actor made,
not an actor (the likeness cues of ``lib/rules/clause_cues.csv``: ``*-like`` after a name, ``对标*``
before it, ``在*透露`` around it); "topped Apple's App Store", 在港交所上市 name the venue of another's
act (``lib.extract.venues``). The date of such a sentence belongs to the names that remain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.extract.attribution_cues import cue_alternation, described, ends_right_before, stretch_gate
from lib.extract.attribution_pairs import Named
from lib.extract.pattern_literals import WordGate
from lib.extract.venues import Venues

_SPACES = re.compile(r"\s*")  # the characters str.isspace() calls space, as strip() does
# How far back a likeness cue before a name may start ("the Chinese version of", 对标).
_LIKE_REACH = 30
# What joins an owner to the product it owns: "OpenAI's ChatGPT", OpenAI的o1; and what joins the two parts
# of one name, a product named with its company's name in front ("Nvidia H100", "DeepSeek-R1", 小米SU7).
_OWNED = re.compile(r"\s*(?:['’]s\s+|的\s*)")
_ONE_NAME = re.compile(r"[\s-]*")


class _LikenessCues:
    """Likeness cues compiled once: after a name ("*-like"), before it (对标*, with a short description ending in a
    rival title), or around it (在*透露)."""

    def __init__(self, likeness: Sequence[str], rival_titles: Sequence[str]) -> None:
        self._after = cue_alternation(cue[1:] for cue in likeness if cue.startswith("*"))
        # "overtook its American rival *", 超越美国巨头*: a short description ending with a rival_title
        self._before = described(cue_alternation(
            cue[:-1] for cue in likeness if cue.endswith("*") and not cue.startswith("*")),
            cue_alternation(rival_titles))
        # "在*透露": words on both sides of the name (a platform spoken through: 在微博透露)
        around = [(before, after) for before, _, after in
                  (cue.partition("*") for cue in likeness if "*" in cue.strip("*")) if before.strip() and after.strip()]
        self._around = [(cue_alternation([before]), cue_alternation([after])) for before, after in around]
        self._around_after = cue_alternation(after for _, after in around)  # any of them: most names have none
        # Most sentences hold no word a cue before a name needs: one pass for them settles all its names.
        self._before_gate = WordGate(self._before) if self._before is not None else None
        self._before_words = stretch_gate(self._before)  # the same words, asked of the stretch before a name

    def may_come_before(self, text: str) -> bool:
        """Whether ``text`` holds a word a cue before a name needs."""
        return self._before_gate is not None and self._before_gate.may_match(text)

    def touch(self, text: str, name: Named, cue_before: bool) -> bool:
        """Whether a cue touches the name (spaces aside); ``cue_before``: ``may_come_before(text)``."""
        after_gap = _SPACES.match(text, name.end).end()  # no copy of the rest of the sentence per name
        if self._after is not None and self._after.match(text, after_gap):
            return True
        around = self._around_after is not None and self._around_after.match(text, after_gap)
        if around and any(after.match(text, after_gap) and ends_right_before(before, text, name.start, _LIKE_REACH)
                          for before, after in self._around):
            return True
        return cue_before and ends_right_before(self._before, text, name.start, _LIKE_REACH, self._before_words)


class Bystanders:
    """The likeness and venue cues of the clause cues, compiled once."""

    def __init__(self, clause_cues: Sequence[tuple[str, str]]) -> None:
        rival_titles = [cue for kind, cue in clause_cues if kind == "rival_title"]
        # A channel a post goes out on is a likeness too; unlike the others, never the actor of its sentence.
        self._likes = _LikenessCues([cue for kind, cue in clause_cues if kind in ("likeness", "channel")],
                                    rival_titles)
        self._channels = _LikenessCues([cue for kind, cue in clause_cues if kind == "channel"], rival_titles)
        self._venues = Venues(clause_cues)
        # The last sentence's answers: whether its actors are named is asked of one sentence up to three
        # times (only venues? no actor? whose dates?), each asking for the same venues and likenesses.
        self._last_places: tuple[tuple[str, tuple[Named, ...]], list[Named]] | None = None
        self._likeness_of: tuple[str, dict[Named, bool], bool] = ("", {}, False)

    def actors(self, text: str, named: Sequence[Named]) -> list[Named]:
        """The names of ``text`` (simplified) that may own a date: those not named only as a likeness
        ("ChatGPT-like", 中国版ChatGPT) or as the venue of another's act ("topped Apple's App Store",
        在港交所发布); all of them when nothing else is named."""
        places = self.venue_places(text, named)
        likes = [n for n in named if self.is_likeness(text, n)]
        kept = [n for n in named if n not in likes and n not in places
                and not any(_owned_by(text, like, n) or _one_name(text, n, like) for like in likes)]
        return kept or list(named)

    def venue_places(self, text: str, named: Sequence[Named]) -> list[Named]:
        """The names in ``text`` (simplified) that are venues; an exchange named again in apposition
        ("on the New York Stock Exchange (NYSE)") is the same place."""
        key = (text, tuple(named))
        last = self._last_places
        if last is None or last[0] != key:
            last = self._last_places = (key, self._venue_places(text, named))
        return list(last[1])

    def _venue_places(self, text: str, named: Sequence[Named]) -> list[Named]:
        places = [n for n in named if self._venues.is_place(text, n.start, n.end)]
        placed = {n.company for n in places if self._venues.is_venue_name(text[n.start:n.end])}
        return [n for n in named if n in places
                or (n.company in placed and self._venues.is_venue_name(text[n.start:n.end]))]

    def is_likeness(self, text: str, name: Named) -> bool:
        """Whether a likeness cue touches the name (spaces aside): "ChatGPT-like", "ChatGPT rival", 中国版ChatGPT."""
        known, answers, cue_before = self._likeness_of
        if known != text:
            answers = {}
            cue_before = self._likes.may_come_before(text)
            self._likeness_of = (text, answers, cue_before)
        if name not in answers:
            answers[name] = self._is_likeness(text, name, cue_before)
        return answers[name]

    def _is_likeness(self, text: str, name: Named, cue_before: bool) -> bool:
        return self._likes.touch(text, name, cue_before)

    def names_only_channels(self, text: str, named: Sequence[Named]) -> bool:
        """Whether every name of ``text`` (simplified) is a platform a post goes out on ("在臉書粉專直言", "in a
        WeChat post"): the poster, whoever it is, acts; the platform does not."""
        if not named or not all(self.is_likeness(text, n) for n in named):
            return False
        cue_before = self._channels.may_come_before(text)
        return all(self._channels.touch(text, n, cue_before) for n in named)


def _owned_by(text: str, owner: Named, name: Named) -> bool:
    """Whether ``name`` is the product of ``owner`` named right after it ("to rival OpenAI's ChatGPT"):
    a likeness's product is a likeness too."""
    return (name.start >= owner.end and name.company == owner.company
            and (_OWNED.fullmatch(text, owner.end, name.start) or _ONE_NAME.fullmatch(text, owner.end, name.start))
            is not None)


def _one_name(text: str, first: Named, second: Named) -> bool:
    """Whether ``first`` and ``second`` are the two parts of one name ("DeepSeek" and "R1" in "a DeepSeek-R1
    rival"): a cue touching either part is a likeness of the whole."""
    return (second.start >= first.end and second.company == first.company
            and _ONE_NAME.fullmatch(text, first.end, second.start) is not None)
