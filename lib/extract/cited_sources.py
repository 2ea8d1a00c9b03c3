"""Whether a name in a sentence is only the cited source of another firm's figure.

"according to app analytics platform Data.ai, Temu ranked first in mid-September", "据应用数据研究公司
Sensor Tower估计，本周小红书下载量…", "Sensor Tower data showed …": the research or data firm tells the
figure; the dated happening is the other firm's. The ``source`` lines of ``lib/rules/clause_cues.csv``
are the words before such a name ("according to", 根据; "^据" only where a clause opens, not inside 数据
or 证据), which a short description may follow when it ends with a ``source_title`` noun ("analytics
firm", 研究公司), then other sources listed with it ("reports from Reuters, Yahoo Finance, and TrendForce"),
and after it the clause ends or a ``source_end`` word follows ("data", 估计: not
"according to Nvidia CFO Colette Kress", the firm speaking); the ``source_after`` lines are the words
right after a name that cite it without a cue before ("* data showed", "*数据显示"). A source is left
out of its clause's companies unless the clause names nothing else (then too when the sentence refers to
the company whose figure it is: "The company beat the LSEG consensus", ``Attributor.names_no_actor``), and
never lends itself to a clause naming none: "…, according to a report by IDC in December 2018" (a clause
of its own at the cue) dates IDC's report. The firm's own dated act
("Counterpoint周二发布的数据显示", "data published Wednesday by AICPB") has no cue at its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.extract.attribution_cues import cue_alternation, described, ends_right_before, stretch_gate
from lib.extract.attribution_pairs import Named

# How far back the words before a source may start: the cue, a description of a few words and the
# sources listed before it ("according to reports from Chinese media outlets such as Yicai, Jiemian, and").
_REACH = 120
_SPACES = re.compile(r"\s*")
# The end of the source's clause: the text's end or a punctuation mark.
_CLAUSE_END = r"$|[,，.。;；:：!?！？)）—–]"
# Where a clause opens: the text's start, or after a space or punctuation (no letter or Han character).
# The sources listed before a name cited with them: "reports from Reuters, Yahoo Finance, and TrendForce",
# "outlets such as Yicai, NBD, and Sina" (names of up to four capitalised words), 据IDC、Canalys和Counterpoint.
_LISTED_BEFORE = (r"(?:\s+such as)?(?:\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3},)*(?:\s+(?:and|or))?"
                  r"(?:[^\W\d_]{1,15}[、和与及])*")
_OPENING = r"(?<!\w)"


class CitedSources:
    """The source words of the clause cues, compiled once."""

    def __init__(self, clause_cues: Sequence[tuple[str, str]]) -> None:
        sources = [cue for kind, cue in clause_cues if kind == "source"]
        anywhere = cue_alternation(cue for cue in sources if not cue.startswith("^"))
        opening = cue_alternation(cue[1:] for cue in sources if cue.startswith("^"))
        cues = "|".join([*([anywhere.pattern] if anywhere else []),
                         *([f"{_OPENING}(?:{opening.pattern})"] if opening else [])])
        titles = cue_alternation(cue for kind, cue in clause_cues if kind == "source_title")
        after = [cue for kind, cue in clause_cues if kind == "source_after"]
        self._after = cue_alternation(cue[1:] for cue in after if cue.startswith("*"))
        ends = cue_alternation(cue for kind, cue in clause_cues if kind == "source_end")
        self._end = re.compile(_CLAUSE_END + ("" if ends is None else f"|{ends.pattern}"), re.IGNORECASE)
        before = described(re.compile(cues, re.IGNORECASE) if cues else None, titles)
        self._before = None if before is None else re.compile(f"(?:{before.pattern}){_LISTED_BEFORE}", before.flags)
        self._before_words = stretch_gate(self._before)

    def own_and_lent(self, text: str,
                     in_clause: Sequence[Sequence[Named]]) -> tuple[list[list[Named]], list[list[Named]]]:
        """Per clause, the names its own dates take (the cited sources left out unless the clause names
        nothing else) and those it lends a clause naming none (never a source: "IDC报告显示，今年上半年…")."""
        lent = [[n for n in names if not self.is_cited(text, n.start, n.end)] for names in in_clause]
        return [kept or list(names) for kept, names in zip(lent, in_clause, strict=True)], lent

    def is_cited(self, text: str, start: int, end: int) -> bool:
        """Whether the name at ``text[start:end]`` (``text`` simplified) is the source a figure is quoted from."""
        after = _SPACES.match(text, end).end()
        if self._after is not None and self._after.match(text, after):
            return True
        return (self._end.match(text, after) is not None
                and ends_right_before(self._before, text, start, _REACH, self._before_words))
