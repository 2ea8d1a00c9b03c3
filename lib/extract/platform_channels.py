"""Whether a firm named by its own platform's name is named as the firm or as the channel of a post.

Weibo (微博) is a listed firm and the social network it runs. Acting, it is a company named: "Weibo debuted
on the Hong Kong stock exchange", 微博公布第四季度营收. As the channel a post goes out on or is read on it is
the platform, no company named: "posted on Weibo", "a Weibo account", 在微博发文, 透过官方微博表示, 登上微博
热搜. The ``platform`` lines of ``lib/rules/platform_channels.csv`` name such firms; the ``before`` and
``after`` lines the words right before or after the name that make it the channel, a short description
ending with a ``title`` noun ("on the microblogging platform Weibo") between a ``before`` word and the
name. Such a mention is told as the platform: a product of the firm, which an article's companies leave
out and whose channel cues (``clause_cues.csv``'s channel lines) keep it out of the poster's events, and out of
any event when the poster is no company ("作家在臉書粉專直言").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from lib.extract.attribution_cues import cue_alternation, described, ends_right_before

# How far back a word before the name may start: the cue and a description of a few words ("on the
# microblogging platform").
_REACH = 50
_SPACES = re.compile(r"\s*")


class _Mention(Protocol):
    """What is read of a match (``lib.extract.gazetteer.EntityMatch``, a dataclass): the gazetteer imports this
    module, so the type is described here, not imported."""

    start: int
    end: int
    entity: str
    kind: str


Match = TypeVar("Match", bound=_Mention)


class PlatformChannels:
    """The platforms and channel words of ``platform_channels.csv``, compiled once."""

    def __init__(self, rows: Sequence[tuple[str, str]]) -> None:
        self._platforms = frozenset(word for kind, word in rows if kind == "platform")
        self._before = described(cue_alternation(word for kind, word in rows if kind == "before"),
                                 cue_alternation(word for kind, word in rows if kind == "title"))
        self._after = cue_alternation(word for kind, word in rows if kind == "after")

    def is_channel(self, simplified: str, start: int, end: int) -> bool:
        """Whether the name at ``simplified[start:end]`` is the channel of a post, not the firm acting."""
        if self._after is not None and self._after.match(simplified, _SPACES.match(simplified, end).end()):
            return True
        return ends_right_before(self._before, simplified, start, _REACH)

    def told(self, simplified: str, matches: Sequence[Match]) -> list[Match]:
        """``matches`` with each platform firm named as a channel told as its platform (a product of the
        firm); the others as they are. ``simplified`` is the text the matches' offsets point into."""
        if not self._platforms or not any(m.entity in self._platforms for m in matches):
            return list(matches)
        return [replace(m, kind="product", company=m.entity)
                if m.kind == "company" and m.entity in self._platforms and self.is_channel(simplified, m.start, m.end)
                else m for m in matches]
