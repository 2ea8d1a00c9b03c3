"""Cues of the rule files as regular expressions: literal words in any case, whole Latin words, runs
of spaces, and a standalone "*" for one to three words (``lib/extract/cue_patterns.py``)."""

from __future__ import annotations

import pytest

from lib.extract.cue_patterns import alternation


@pytest.mark.parametrize(("cues", "text", "found"), [
    (["the company"], "The  Company said", "The  Company"),
    (["the * company"], "the Beijing-based internet company said", "the Beijing-based internet company"),
    (["the * giant"], "the world's largest e-commerce giant", "the world's largest e-commerce giant"),
    (["its"], "itself and its unit", "its"),  # whole Latin words only
    (["该公司", "公司"], "據該公司披露", "该公司"),  # the longer cue first
    (["随后"], "随后，阿里跟进", "随后"),
    (["listing on the"], "a listing on   the exchange", "listing on   the"),
])
def test_a_cue_matches_as_written_in_any_case_and_spacing(cues, text, found):
    from lib.parse.script import to_simplified

    match = alternation(cues).search(to_simplified(text))
    assert match is not None and match.group() == to_simplified(found)


@pytest.mark.parametrize(("cues", "text"), [
    (["its"], "itself"),
    (["the * company"], "the company"),  # "*" is one word at least
    (["the * company"], "the one two three four company"),  # ... and three at most
    (["公司"], "该企业"),
])
def test_a_cue_does_not_match_other_words(cues, text):
    assert alternation(cues).search(text) is None


def test_no_cues_is_no_pattern():
    assert alternation(["", "  "]) is None
