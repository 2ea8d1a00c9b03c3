"""Load ``story_similarity.csv``: the bars of sentence similarity that stories use (the general one and the others)."""

from __future__ import annotations

from functools import lru_cache

from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, csv_rows, read_rule_text

_SOURCE = "lib/rules/story_similarity.csv"
NAMES = ("same_story", "same_product", "same_day", "same_day_product", "same_day_regulator")


def parse_story_similarity(text: str, warnings: list[RuleWarning]) -> dict[str, float]:
    """The bar of each known name; a row naming another bar, or a value not a cosine in [0, 1], is a warning."""
    bars = {}
    for number, row in csv_rows(text, _SOURCE, ("name", "value"), warnings):
        try:
            value = float(row["value"])
        except ValueError:
            value = -1.0
        if row["name"] not in NAMES:
            warnings.append(RuleWarning(_SOURCE, number, f"name {row['name']!r} is not one of {', '.join(NAMES)}"))
        elif not 0.0 <= value <= 1.0:
            warnings.append(RuleWarning(_SOURCE, number, f"value {row['value']!r} is not a cosine between 0 and 1"))
        else:
            bars[row["name"]] = value
    return bars


@lru_cache(maxsize=1)
def builtin_story_similarity() -> dict[str, float]:
    """The bars of ``lib/rules/story_similarity.csv``, read once."""
    return parse_story_similarity(read_rule_text(BUILTIN_RULES_DIR / "story_similarity.csv"), [])
