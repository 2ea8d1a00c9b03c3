"""A story that opens with a year-less day and calls it today in the same sentence: the day of writing.

"1月8日,港股交易屏幕上,美团股价下跌3.35%……——就在今天下午,阿里宣布将坚定加大淘宝闪购投入" opens with the day
its lead tells and says, in the same sentence, that the happening is today's: the day is the publication's, as
a dateline's is ("1月8日消息,今日…"), and has no year, so the metadata reader dates it the way it dates a
year-less dateline (the latest month the article states, or the address's date). A day told later in the
sentence ("随着4月2日…公布,我们今天就来盘点"), a today in another sentence, or a day with its year are not read
here: the first is no opening, the second may be another day, the third is read as a full date.
"""

from __future__ import annotations

import re

from lib.parse.datelines import ENGLISH_MONTH_NAMES, month_day_of
from lib.parse.sentences import split_sentences
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

# The day of writing's words, the ``today`` rows of lib/rules/byline_cues.csv (今日, 今天, today).
_TODAY = re.compile(rf"(?<![a-z])(?:{alternation(words_by_kind(builtin_rules().byline_cues)['today'])})(?![a-z])",
                    re.I)
# A year-less day opening the line, then the comma that closes an opening adverbial ("1月8日,", "On Jan. 8,").
_OPENING_DAY = [re.compile(pattern, re.I) for pattern in (
    r"\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]\s*[,，]",
    rf"\s*(?:on\s+)?(?P<mon>{ENGLISH_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,(?!\s*\d)",
)]


def opening_day_told_as_today(simplified_line: str) -> tuple[int, int] | None:
    """(month, day) of the year-less day opening ``simplified_line`` when its first sentence calls the day's
    happening today's, else None."""
    match = next((found for pattern in _OPENING_DAY if (found := pattern.match(simplified_line))), None)
    if match is None:
        return None
    first = next(iter(split_sentences(simplified_line)), None)
    if first is None or not _TODAY.search(simplified_line, match.end(), first[1]):
        return None
    return month_day_of(match)
