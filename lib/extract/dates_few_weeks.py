"""Read a few weeks back left uncounted as the month three weeks before publication: "just weeks ago",
"a few weeks ago", "几周前", "數週前" (the words for "a few": ``lib/rules/weeks_ago_words.csv``).

A few weeks are two to four: no one week, but within about a month of publication, so the words name
the month of the day three weeks back (``Shift.in_month``), as a reader places them. A stated count
("three weeks ago", "两周前") is the week itself and is read by ``dates_en_relative`` and
``dates_zh_relative``; weeks ahead ("in a few weeks", "几周后") are a plan with no date and stay unread.
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ascii_pattern
from lib.extract.dates_spec import Candidate, DateSpec, Shift
from lib.extract.number_words_en import NUMBER_WORD
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation

# The middle of two to four weeks.
_FEW_WEEKS_IN_DAYS = 21
_FEW_WEEKS_BACK = Shift("day", -_FEW_WEEKS_IN_DAYS, in_month=True)
_WORDS = builtin_rules().weeks_ago_words
_EN_FEW = alternation(sorted((word for kind, word in _WORDS if kind == "en"), key=len, reverse=True))
_ZH_FEW = alternation(word for kind, word in _WORDS if kind == "zh")
# A count before the words makes them a stated count: "two or three weeks ago" is dates_en_relative's.
_COUNT_BEFORE = ascii_pattern(rf"(?:\b(?i:{NUMBER_WORD})|[0-9])\s+(?i:or\s+)?$")


def read_few_weeks_back(text: str) -> list[Candidate]:
    """Every "a few weeks ago" and 几周前 in ``text``."""
    return READER(text)


def _english(match: re.Match, text: str) -> DateSpec | None:
    if _COUNT_BEFORE.search(text, 0, match.start()):
        return None
    return _FEW_WEEKS_BACK


def _chinese(match: re.Match, text: str) -> DateSpec | None:
    if text[:match.start()].rstrip().endswith("的"):
        return None  # "发布会的几周前": weeks before an event named, not before publication
    return _FEW_WEEKS_BACK


_CUES = CueTable(cased=(("zh", "前"),), uncased=(("en", "weeks"),))
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (ascii_pattern(rf"\b(?:(?i:{_EN_FEW})\s+)*(?i:weeks\s+ago)\b"), _english, ("en",)),
    (re.compile(rf"(?<![0-9一二两三四五六七八九十百])(?:{_ZH_FEW})\s*(?:周|个?星期|个?礼拜)(?:之|以)?前(?![天年夕])"),
     _chinese, ("zh",)),
]
READER = CandidateReader(_PATTERNS, _CUES)
