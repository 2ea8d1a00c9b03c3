"""attribution_cues on its own: cue lines as regexes (loose spaces, whole Latin words, "*" for words)."""

from __future__ import annotations

import re

import pytest

from lib.extract.attribution_cues import cue_alternation, not_before_de


@pytest.mark.parametrize(("cues", "text", "found"), [
    (["the company"], "Later THE  company said", "THE  company"),  # case-blind; a space is any run of spaces
    (["it"], "Baidu cited its rivals", None),  # a Latin edge matches a whole word only
    (["the * company"], "the Beijing-based company said", "the Beijing-based company"),
    (["the * company"], "the world's largest contract company", "the world's largest contract company"),
    (["该公司"], "据悉该公司表示", "该公司"),
    (["公司", "该公司"], "据悉该公司表示", "该公司"),  # the longer cue first
])
def test_cue_alternation(cues, text, found):
    match = cue_alternation(cues).search(text)
    assert (match.group() if match else None) == found


def test_cue_alternation_of_no_cues_is_none():
    assert cue_alternation(["", "  "]) is None


def test_not_before_de():
    pattern = not_before_de(re.compile("用户"))
    assert pattern.search("无数用户的使用习惯") is None
    assert pattern.search("用户表示") is not None
    assert not_before_de(None) is None
