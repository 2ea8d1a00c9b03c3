"""The weekday words of the rule files, read once for every stage that reads a weekday.

The English names are those of ``lib/rules/date_words_en.csv``, the Chinese weekday (a week word, 周 or 星期, and
the day's character: 周四, 星期天) is ``lib/rules/weekday_words.csv``'s, both by number, Monday = 0. A weekday is
bare when no word right before it makes it a day of another week or of every week ("last Monday", "every Friday",
上周五, 下个星期一, 每周一: that file's other_week words): the day a wire lead tells its news by
(``lib.parse.dateline_days``). The date readers (``lib.extract``) take the words from here and read the weekdays
with a grammar of their own (directions, a name beginning with 周, a count a week: ``weekdays_told.bare_weekdays``),
which the parse stage, below them, cannot call: ``bare_weekday_numbers`` is the quick reading a lead needs.
"""

from __future__ import annotations

import re

from lib.rules import builtin_rules

WEEKDAYS_EN = {word: number - 1 for kind, number, word in builtin_rules().date_words_en if kind == "weekday"}
_WORDS = builtin_rules().weekday_words
WEEKDAYS_ZH = {word: number - 1 for kind, number, word in _WORDS if kind == "day"}
WEEK_WORDS_ZH = tuple(word for kind, _, word in _WORDS if kind == "week")
_OTHER_WEEK = tuple(word for kind, _, word in _WORDS if kind == "other_week")
# The Chinese weekday as pattern pieces for the readers that build their own: "周|星期|礼拜" and "一二三四五六日天".
WEEK_WORD_ZH = "|".join(WEEK_WORDS_ZH)
DAY_CHARACTERS_ZH = "".join(WEEKDAYS_ZH)
# For a text read as written, not yet converted to simplified (a date line, a gloss, a quick check before the
# readers): the week words in either script (禮拜, 週 beside 礼拜, 周), and a weekday named by one or in English.
WEEK_WORD_ZH_AS_WRITTEN = f"{WEEK_WORD_ZH}|禮拜|週"
WEEKDAY_AS_WRITTEN = (rf"\b(?:{'|'.join(WEEKDAYS_EN)})\b"
                      rf"|(?:{WEEK_WORD_ZH_AS_WRITTEN})[{DAY_CHARACTERS_ZH}]")
# An English other-week word stands one space before the name, its first letter in either case ("Last Monday").
_BARE_WEEKDAY = re.compile(
    "".join(rf"(?<![{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])} )"
            for word in _OTHER_WEEK if word.isascii())
    + rf"\b(?P<en>{'|'.join(WEEKDAYS_EN)})\b"
    + rf"|(?<![{''.join(word for word in _OTHER_WEEK if not word.isascii())}])"
    + rf"(?:{WEEK_WORD_ZH})(?P<zh>[{DAY_CHARACTERS_ZH}])")


def bare_weekday_numbers(text: str) -> set[int]:
    """The weekdays (Monday = 0) ``text`` (Chinese in simplified form) names bare: "started on a trial basis Thursday",
    "周四在长沙开始试运营"; not "last Monday", "every Friday", 上周五, 下个星期一, 每周一."""
    return {WEEKDAYS_EN[m["en"]] if m["en"] else WEEKDAYS_ZH[m["zh"]] for m in _BARE_WEEKDAY.finditer(text)}
