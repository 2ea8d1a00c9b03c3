"""Date words for the moment an article went to press ("as of press time", 截至发稿, 截至發稿時).

They tell a state when the text was written ("the stock was trading at HK$594", "尚未回应"), not a
happening of an organisation, as the publication dateline does not: read as the publication day, they
make no event. The words are those the date readers read as the time of writing
(``lib.rules.dates.time_of_writing_phrases``: ``publication_day_en.txt`` and the kind "writing" of
``date_words_zh.csv``), so a phrase added there is read and dropped alike.
"""

from __future__ import annotations

from lib.parse.script import to_simplified
from lib.rules import builtin_rules
from lib.rules.dates import time_of_writing_phrases

_PRESS_TIME = time_of_writing_phrases(builtin_rules().publication_day_en, builtin_rules().date_words_zh)


def told_at_press_time(words: str) -> bool:
    """Whether a date's own words are those for going to press, in any case, spacing or script."""
    return " ".join(to_simplified(words).lower().split()) in _PRESS_TIME
