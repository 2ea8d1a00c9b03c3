"""dates_cues on its own: which words around a date put it ahead, lean it ahead or tell it as past.

Rows use the shipped ``future_cues.csv``; traditional rows are read through ``to_simplified`` as the
pipeline does.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_cues import cue_patterns, governs, leans_ahead, told_as_past
from lib.parse.script import to_simplified
from lib.rules import builtin_rules

PATTERNS = cue_patterns(builtin_rules().future_cues)


def _span(text: str, words: str) -> tuple[str, int, int]:
    simplified = to_simplified(text)
    start = simplified.index(to_simplified(words))
    return simplified, start, start + len(words)


# (sentence, the date's words, governs, leans_ahead, told_as_past)
CASES = [
    ("The ban takes effect on January 19.", "January 19", True, False, False),
    ("The new rules were effective on January 19.", "January 19", False, False, True),
    ("The curbs stay in force since March 1.", "March 1", False, False, True),  # the past auxiliary alone
    ("Baidu said Thursday it will cut prices.", "Thursday", False, False, True),
    ("On March 20, Baidu said it had cut prices.", "March 20", False, False, True),
    ("The chip maker launched the model on March 30.", "March 30", False, False, True),
    ("Alibaba could list the unit in June.", "June", False, True, False),
    ("On February 24, the CEO said the company will invest more.", "February 24", False, False, True),
    ("新规将于9月20日生效。", "9月20日", True, True, False),
    ("新規將於9月20日生效。", "9月20日", True, True, False),
    ("新规9月20日起施行。", "9月20日", True, True, False),  # 起施行 governs; 起 alone is a start, nearer
    ("新規9月20日起施行。", "9月20日", True, True, False),  # 起施行 governs; 起 alone is a start, nearer
    ("新规已于3月1日起施行。", "3月1日", False, False, True),
    ("新規已於3月1日起施行。", "3月1日", False, False, True),
    ("1月19日，TikTok发布了声明。", "1月19日", False, False, True),
    ("1月19日，TikTok發佈了聲明。", "1月19日", False, False, True),
    ("阿里拟于6月上市。", "6月", True, True, False),
    ("阿里擬於6月上市。", "6月", True, True, False),
    ("春节前一个月，销量上升。", "春节", False, False, False),
    ("2月24日，阿里宣布，未来三年将投入。", "2月24日", False, False, True),
]


@pytest.mark.parametrize(("text", "words", "governed", "leaning", "past"), CASES)
def test_cues_around_a_date(text, words, governed, leaning, past):
    scanned, start, end = _span(text, words)
    assert governs(scanned, start, end, True, PATTERNS) is governed
    assert leans_ahead(scanned, start, end, True, PATTERNS) is leaning
    assert told_as_past(scanned, start, end, PATTERNS) is past


@pytest.mark.parametrize(("text", "words"), [
    ("Tencent will release the game on Friday.", "Friday"),
    ("小米将于周五发布新机。", "周五"),
    ("小米將於週五發佈新機。", "週五"),
])
def test_a_bare_string_cue_reaches_a_few_words_before_the_date(text, words):
    scanned, start, end = _span(text, words)
    assert governs(scanned, start, end, True, cue_patterns(["will release the game on", "将于"]))
    assert not governs(scanned, start, end, True, cue_patterns(["takes effect"]))


def test_the_same_rules_object_compiles_once():
    rules = builtin_rules().future_cues
    assert cue_patterns(rules) is cue_patterns(rules)


def test_no_cues_govern_nothing():
    scanned, start, end = _span("The ban takes effect on January 19.", "January 19")
    empty = cue_patterns([])
    assert not governs(scanned, start, end, True, empty)
    assert not told_as_past(scanned, start, end, empty)
