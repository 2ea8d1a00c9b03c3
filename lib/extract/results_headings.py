"""A results release's heading: "2019 Second Quarter Highlights", "Fourth Quarter 2023 Highlights",
二零二一年第三季業績摘要.

A heading is the label of the list under it, as a title is of its article: it names no organisation and
refers to none, so its period is no event (``tests/data/realnews/README.md``, settled conventions for
dates), while the figure lines under it ("Revenue was $790.9 million in 2Q19", 總收入為…) are the
company's events as before. A Chinese line names no subject and would otherwise go on with the company
before, as a dropped subject does. A heading is a short line with no closing punctuation and no colon holding
a heading word (the ``heading`` rows of ``lib/rules/results_periods.csv``: "Highlights", 业绩摘要, 财务摘要).
"""

from __future__ import annotations

import re

from lib.parse.script import to_simplified
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.text_script import HAN_CHARACTER

_WORDS = words_by_kind(builtin_rules().results_periods)["heading"]
_HEADING_WORD = re.compile(
    "|".join(part for part in (rf"(?i:\b(?:{alternation(w for w in _WORDS if w.isascii())})\b)",
                               alternation(w for w in _WORDS if not w.isascii())) if part != "(?!)"))
# A line that ends as a sentence does ("公布二零二一年第三季业绩摘要。") is prose; one with a colon tells
# its content after the label ("Highlights: revenue rose 13% in Q2").
_CLOSED = re.compile(r"[。！？!?；;.…,，、]\s*$|[:：]")
# The longest a heading runs: "Key Highlights for the Third Quarter of 2019" is eight words; a Chinese
# heading holds a year, a period and the heading word (二零二一年第三季业绩摘要: twelve characters).
_MAX_WORDS = 10
_MAX_CHARACTERS = 24


def is_a_results_heading(sentence: str) -> bool:
    """Whether ``sentence`` is a results release's heading: short, unpunctuated at its end and
    colon-less, with a heading word."""
    text = to_simplified(sentence).strip()
    if not text or _CLOSED.search(text) or _HEADING_WORD.search(text) is None:
        return False
    if HAN_CHARACTER.search(text):
        return len(text) <= _MAX_CHARACTERS
    return len(text.split()) <= _MAX_WORDS
