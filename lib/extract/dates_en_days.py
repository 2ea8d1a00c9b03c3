"""Read English days of month written without their month: "On the 22nd, Lei Jun revealed …", "said on
the 5th that …" name a day of the publication month, as Chinese "22日" does (``dates_zh_days``).

Only after a preposition of time and before punctuation (a bracketed gloss too: "on the 9th (4 p.m. Beijing
time)") or a word that leaves the ordinal a day (``lib/rules/ordinal_days_en.csv``): "the 22nd floor", "its 5th
anniversary", "ranked 3rd" are ordinals.
A day with its month ("on the 22nd of April") is ``dates_en``'s, read whole.
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import CandidateReader, CueTable, ascii_pattern
from lib.extract.dates_spec import DateSpec, DayOfMonth
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

_WORDS = words_by_kind(builtin_rules().ordinal_days_en)
_ORDINAL_DAY = ascii_pattern(
    rf"(?<![A-Za-z])(?i:(?:{alternation(_WORDS['before'])})\s+)(?P<own>(?i:the)\s+"
    rf"(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)(?:\s+(?i:{alternation(_WORDS['month'])}))?)(?![A-Za-z0-9])"
    rf"(?=\s*(?:[,.;:!?)(]|$)|\s+(?i:{alternation(_WORDS['after'])})(?![A-Za-z]))")


def _day_of_month(match: re.Match, text: str) -> DateSpec | None:
    return DayOfMonth(int(match["day"]))


# Candidates span "the 22nd" (the group "own"), not the preposition before it.
_CUES = CueTable(patterns=(("ordinal", re.compile(r"[0-9](?:st|nd|rd|th)")),))
READER = CandidateReader([(_ORDINAL_DAY, _day_of_month, ("ordinal",))], _CUES)
