"""A government named by its country or capital as the subject of an act: "This week, China pushed back".

A country or capital stands for its government only as the subject of what governments do: the
sentence's first words, also past a fronted period ("Since 2019, the U.S. has sought to …", "去年，
美国宣布…"), and right before an act (after an auxiliary or an adverb at most). Elsewhere the name is
a place or a market: "China's car sales rose", "2024年，中国新能源汽车销量突破1000万辆", "in Beijing on
Monday" are no government's act. A clause's first words count as well, after the word that opens it
("241 games have been given permits since China resumed game licensing in April": the ``@<`` lines).
The names are the ``@^`` lines of ``lib/rules/company_references.txt``, the acts its ``@>`` lines, and
what may stand between them (an auxiliary, an adverb) its ``@~`` lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lib.extract.attribution_cues import cue_alternation
from lib.rules.rule_file import literal_alternation

# A date span blanked out (same length, so offsets hold), and how it may stand between a government and its act.
_DATE = "\x00"
_A_DATE_EN = rf"(?:on\s+|in\s+)?{_DATE}+"
_A_DATE_ZH = rf"于?{_DATE}+"


class GovernmentSubjects:
    """The ``@^`` names, ``@~`` words between and ``@>`` acts of the references file, compiled once."""

    def __init__(self, references: Sequence[str]) -> None:
        names = cue_alternation(word[2:] for word in references if word.startswith("@^") and word[2:])
        acts = [word[2:] for word in references if word.startswith("@>") and word[2:]]
        acting = "|".join(_act_regex(act) for act in sorted(acts, key=len, reverse=True))  # longest first
        between = _between([word[2:] for word in references if word.startswith("@~") and word[2:]])
        self._subject_acting = None if names is None or not acts else re.compile(
            rf"(?:{names.pattern})(?:{between})(?:{acting})", re.IGNORECASE)
        clause_words = [word[2:] for word in references if word.startswith("@<") and word[2:]]
        self._clause_opening = re.compile(
            rf"(?<![A-Za-z])(?:{'|'.join(re.escape(word) for word in clause_words)})\s+", re.IGNORECASE
        ) if clause_words else None

    def acts_at(self, text: str, openings: Iterable[int], dates: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether a government name that opens ``text`` (simplified) at one of ``openings``, or a clause of it,
        does an act; the sentence's own ``dates`` (spans) may stand between the two ("China last month issued
        rules", "Beijing on Friday ordered", "美国3月宣布")."""
        if self._subject_acting is None:
            return False
        for start, end in dates:
            text = f"{text[:start]}{_DATE * (end - start)}{text[end:]}"
        clauses = {m.end() for m in self._clause_opening.finditer(text)} if self._clause_opening else set()
        return any(self._subject_acting.match(text, at) for at in {*openings, *clauses})


def _act_regex(act: str) -> str:
    """An act as written: a Latin verb whole, with its inflections listed in the file; a Chinese verb anywhere."""
    escaped = re.escape(act).replace(r"\ ", r"\s+")
    return rf"{escaped}(?![A-Za-z])" if act[-1].isascii() else escaped


def _between(words: Sequence[str]) -> str:
    """Latin words each after a space, then a space ("has also sought"); Chinese ones run together (已经正式实施);
    a date of the sentence among them, after "on" or "in" in English ("China on Monday announced", "美国于3月宣布")."""
    latin = "|".join([*(re.escape(word) for word in words if word.isascii()), _A_DATE_EN])
    han = "|".join([literal_alternation(word for word in words if not word.isascii()), _A_DATE_ZH])
    return rf"(?:\s+(?:{latin}))*\s+|(?:{han})*"
