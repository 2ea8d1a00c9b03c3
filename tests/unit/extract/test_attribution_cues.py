"""attribution_cues on its own: cue lines as regexes (loose spaces, whole Latin words, "*" for words)."""

from __future__ import annotations

import re

import pytest

from lib.extract.attribution_cues import cue_alternation, ends_right_before, not_before_de, stretch_gate


@pytest.mark.parametrize(("cues", "text", "found"), [
    (["the company"], "Later THE  company said", "THE  company"),  # case-blind; a space is any run of spaces
    (["it"], "Baidu cited its rivals", None),  # a Latin edge matches a whole word only
    (["the * company"], "the Beijing-based company said", "the Beijing-based company"),
    (["the * company"], "the world's largest contract company", "the world's largest contract company"),
    (["该公司"], "据悉该公司表示", "该公司"),
    (["公司", "该公司"], "据悉该公司表示", "该公司"),  # the longer cue first
    (["the * giant"], "the world's largest e-commerce giant", "the world's largest e-commerce giant"),
    (["its"], "itself and its unit", "its"),
    (["随后"], "随后，阿里跟进", "随后"),
    (["listing on the"], "a listing on   the exchange", "listing on   the"),
    (["its"], "itself", None),
    (["the * company"], "the company", None),  # "*" is one word at least
    (["the * company"], "the one two three four company", None),  # ... and three at most
    (["公司"], "该企业", None),
])
def test_cue_alternation(cues, text, found):
    match = cue_alternation(cues).search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(("cues", "articles", "text", "ends_right_before_name"), [
    (["for"], ["the"], "a campaign for the ", True),  # an article may follow a Latin cue ...
    (["for"], ["the"], "a campaign for ", True),  # ... or not
    (["ahead of"], ["the"], "sales ahead OF  The ", True),  # case-blind, any run of spaces
    (["for"], [], "a campaign for the ", False),  # without articles the cue must end right before the name
    (["for"], ["the"], "a campaign for the the ", False),  # one article at most
    (["for"], ["the"], "a campaign forthe ", False),  # the article is a whole word
    (["for"], ["the"], "a campaign therefor ", False),  # so is the cue
    (["备战"], ["the"], "京东备战", True),
    (["备战"], ["the"], "京东备战 ", True),  # spaces before the name aside
    (["备战"], ["the"], "京东备战 the ", False),  # an article follows a Latin cue only
    (["迎接", "for"], ["the"], "商家迎接", True),
    (["迎接", "for"], ["the"], "商家迎接了", False),
])
def test_a_cue_may_be_followed_by_an_article(cues, articles, text, ends_right_before_name):
    name = text + "Spring Festival"
    assert ends_right_before(cue_alternation(cues, articles), name, len(text), 30) is ends_right_before_name


def test_a_traditional_text_is_matched_on_its_simplified_copy():
    from lib.parse.script import to_simplified

    match = cue_alternation(["该公司", "公司"]).search(to_simplified("據該公司披露"))
    assert match is not None and match.group() == "该公司"


def test_cue_alternation_of_no_cues_is_none():
    assert cue_alternation(["", "  "]) is None


def test_not_before_de():
    pattern = not_before_de(re.compile("用户"))
    assert pattern.search("无数用户的使用习惯") is None
    assert pattern.search("用户表示") is not None
    assert not_before_de(None) is None


def test_not_before_other_modifiers():
    pattern = not_before_de(re.compile("世界"), "的首第最级区版")
    assert pattern.search("世界首款折叠屏") is None and pattern.search("世界级") is None
    assert pattern.search("今年2月，世界学会了一个新词") is not None


@pytest.mark.parametrize(("text", "ends_at_name"), [
    ("overtook its American rival ", True),
    ("overtook ", True),
    ("超越美国巨头", True),
    ("据咨询公司", False),           # not a rival title: 公司 is a source's, not a rival's
    ("overtook its American plant in ", False),
])
def test_a_cue_may_take_a_short_description_ending_with_a_title(text, ends_at_name):
    from lib.extract.attribution_cues import described

    pattern = described(cue_alternation(["overtook", "超越", "据"]), cue_alternation(["rival", "巨头"]))
    assert (pattern.fullmatch(text.rstrip()) is not None) is ends_at_name


@pytest.mark.parametrize(("pattern", "gated"), [
    (r"(?:according\s+to|据)", True),
    (r"(?<=the )rival", False),  # a lookbehind's words may stand before the stretch searched
    (r"(?<![A-Za-z])rival", True),  # a negative one demands nothing
])
def test_stretch_gate(pattern, gated):
    assert (stretch_gate(re.compile(pattern)) is not None) is gated
    assert stretch_gate(None) is None


@pytest.mark.parametrize("cue_kind", ["likeness", "source"])
def test_the_stretch_gate_changes_no_answer(cue_kind):
    """At the start of every capitalised word and every Chinese run of the real-news set's sentences (where a
    name may stand), the cues before a name end there with their gate as without it."""
    from benchmarks.realnews import load_excerpts
    from lib.extract.attribution_bystanders import Bystanders
    from lib.extract.cited_sources import CitedSources
    from lib.parse.script import to_simplified
    from lib.rules import builtin_rules

    cues = builtin_rules().clause_cues
    pattern = (Bystanders(cues)._likes._before if cue_kind == "likeness" else CitedSources(cues)._before)
    gate = stretch_gate(pattern)
    assert gate is not None
    starts = re.compile(r"(?<![A-Za-z])[A-Z]|(?<![㐀-鿿])[㐀-鿿]")
    texts = [to_simplified(f"{e.title}\n{e.text}") for e in load_excerpts()]
    asked = [(text, found.start()) for text in texts for found in starts.finditer(text)]
    assert len(asked) > 10_000
    assert [(text[max(0, start - 40):start + 10], start) for text, start in asked
            if ends_right_before(pattern, text, start, 30, gate) != ends_right_before(pattern, text, start, 30)] == []
