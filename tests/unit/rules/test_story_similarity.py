"""story_similarity.csv: the stories' further bars of sentence similarity, each a cosine of a known name."""

from __future__ import annotations

from lib.analyze.story_linkage import SAME_DAY_SIMILARITY, SAME_PRODUCT_SIMILARITY, SAME_STORY_SIMILARITY
from lib.rules.rule_file import RuleWarning
from lib.rules.story_similarity import NAMES, builtin_story_similarity, parse_story_similarity


def test_rows_must_name_a_known_bar_and_a_cosine():
    warnings: list[RuleWarning] = []
    text = "# a comment\nname,value\nsame_day,0.22\nsame_week,0.3\nsame_day,1.5\nsame_day,high\n"
    assert parse_story_similarity(text, warnings) == {"same_day": 0.22}
    assert [warning.line for warning in warnings] == [4, 5, 6]


def test_the_built_in_same_day_bar_is_below_the_general_one():
    assert builtin_story_similarity()["same_day"] == SAME_DAY_SIMILARITY < SAME_STORY_SIMILARITY


def test_every_story_bar_is_in_the_built_in_file():
    bars = builtin_story_similarity()
    assert set(bars) == set(NAMES)
    assert bars["same_story"] == SAME_STORY_SIMILARITY == 0.35
    assert bars["same_product"] == SAME_PRODUCT_SIMILARITY == 0.25


def test_the_bars_order_the_evidence_each_asks_for():
    # A shared product or one same day is evidence of its own: each asks for less than the general bar.
    assert SAME_DAY_SIMILARITY < SAME_STORY_SIMILARITY and SAME_PRODUCT_SIMILARITY < SAME_STORY_SIMILARITY
    # One same day and a regulator both name asks for less than the day alone.
    assert builtin_story_similarity()["same_day_regulator"] < SAME_DAY_SIMILARITY
