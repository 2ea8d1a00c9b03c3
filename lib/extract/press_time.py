"""Date words for the moment an article went to press ("as of press time", 截至发稿, 截至發稿時).

They tell a state when the text was written ("the stock was trading at HK$594", "尚未回应"), not a
happening of an organisation, as the publication dateline does not: read as the publication day, they
make no event. The words are ``lib/rules/press_time_words.txt``.
"""

from __future__ import annotations

from lib.parse.script import to_simplified
from lib.rules import builtin_rules

_PRESS_TIME = frozenset(builtin_rules().press_time_words)


def told_at_press_time(words: str) -> bool:
    """Whether a date's own words are those for going to press, in any case, spacing or script."""
    return " ".join(to_simplified(words).lower().split()) in _PRESS_TIME
