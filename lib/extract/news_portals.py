"""Whether a firm that publishes news under its own name is named as the firm or as the source of a report.

Sina (新浪) is a listed firm and the news portal it runs. Acting, it is a company named: "Sina reported a net
loss", 新浪发布第三季度财报. Cited as the source of a report it is the portal, an outlet: "according to Sina",
"As Sina notes,", "…, Sina notes.", "outlets such as Yicai, NBD, and Sina", "according to sina.com.cn",
据新浪报道, 新浪报道称. The ``portal`` lines of ``lib/rules/news_portals.csv`` name such firms; a mention is the
portal when the source cues of ``clause_cues.csv`` cite it (``lib.extract.cited_sources``), when a ``says``
word follows it and a ``before`` word stands before it or the clause ends after the word, or when a ``site``
word follows it. Such a mention is told as an outlet, which an article's companies and its events leave out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lib.extract.attribution_cues import cue_alternation, ends_right_before
from lib.extract.cited_sources import CitedSources
from lib.extract.platform_channels import Match

# How far back a "before" word may start: the word itself.
_REACH = 12
_SPACES = re.compile(r"\s*")
# The end of a clause after a "says" word: the text's end or a punctuation mark.
_CLAUSE_END = re.compile(r"\s*(?:$|[,，.。;；:：!?！？)）])")


class NewsPortals:
    """The portals and cue words of ``news_portals.csv`` with the source cues of ``clause_cues.csv``, compiled once."""

    def __init__(self, rows: Sequence[tuple[str, str]], clause_cues: Sequence[tuple[str, str]]) -> None:
        self._portals = frozenset(word for kind, word in rows if kind == "portal")
        self._before = cue_alternation(word for kind, word in rows if kind == "before")
        self._says = cue_alternation(word for kind, word in rows if kind == "says")
        sites = sorted((re.escape(word) for kind, word in rows if kind == "site"), key=len, reverse=True)
        self._site = re.compile(rf"(?:{'|'.join(sites)})(?!\w)", re.IGNORECASE) if sites else None
        self._sources = CitedSources(clause_cues)

    def is_cited(self, simplified: str, start: int, end: int) -> bool:
        """Whether the portal firm named at ``simplified[start:end]`` is cited as the source of a report."""
        if self._site is not None and self._site.match(simplified, end):
            return True
        if self._sources.is_cited(simplified, start, end):
            return True
        says = None if self._says is None else self._says.match(simplified, _SPACES.match(simplified, end).end())
        if says is None:
            return False
        return _CLAUSE_END.match(simplified, says.end()) is not None or ends_right_before(
            self._before, simplified, start, _REACH)

    def told(self, simplified: str, matches: Sequence[Match]) -> list[Match]:
        """``matches`` with each portal firm cited as a source told as an outlet; the others as they are.
        ``simplified`` is the text the matches' offsets point into."""
        if not self._portals or not any(m.entity in self._portals for m in matches):
            return list(matches)
        return [replace(m, kind="outlet", company="")
                if m.kind == "company" and m.entity in self._portals and self.is_cited(simplified, m.start, m.end)
                else m for m in matches]
