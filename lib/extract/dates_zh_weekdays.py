"""Read Chinese weekdays: "上周三", "本周一", a bare "周三" where a date and not a name or a schedule begins,
and a weekday glossed by its day ("周三（5日）" the Wednesday on the 5th, "周三（3月5日）" March 5).

A bare weekday is no day when it recurs or counts ("每周三", "一周三次"), starts a name ("周一围"), restates
the days of a range before it ("1月29日-30日(周六、日)"), or opens a schedule's every week ("周一至周日").

Split from ``dates_zh``, whose reader runs these patterns in its own order (``WEEKDAY_PATTERNS`` stands
where they stood) under its cue table's "week" cue.
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import Builder
from lib.extract.dates_spec import DateSpec, InYear, OnWeekday, day_part
from lib.extract.dates_zh_days import in_listed_weekdays
from lib.extract.dates_zh_grammar import DAY_NUMBER, SHIFT_DIRECTIONS, WEEKDAYS, WORD_AFTER_WEEK, chinese_number
from lib.parse.weekday_words import DAY_CHARACTERS_ZH, WEEK_WORD_ZH
from lib.rules import builtin_rules
from lib.rules.rule_file import words_by_kind
from lib.text_script import HAN_CHARACTERS as _CJK

# "每周三", "数周三" (several weeks): what before a bare weekday makes it recurring or a count of weeks,
# not an index's day ("恒生指数周一收跌"): lib/rules/recurring_weekday_zh.csv; a numeral ("一周三次") too.
_RECURRING_WORDS = words_by_kind(builtin_rules().recurring_weekday_zh)
_RECURRING_BEFORE = re.compile("(?:[一两]|{})$".format("|".join(
    "".join(f"(?<!{re.escape(word[:-1])})" for word in _RECURRING_WORDS["not_word"] if word.endswith(character))
    + re.escape(character) for character in _RECURRING_WORDS["before"])))
# What makes a bare weekday a count ("一周三次"): lib/rules/weekday_counts_zh.txt.
_COUNT_AFTER_WEEKDAY = frozenset("".join(builtin_rules().weekday_counts_zh))
# What may follow a bare weekday rather than a given name: lib/rules/weekday_followers_zh.txt.
_AFTER_WEEKDAY = frozenset("".join(builtin_rules().weekday_followers_zh))
# A preposition before it makes it a day whatever follows ("继周二百度宣布"): recurring_weekday_zh.csv's dated rows.
_DATED_BEFORE_WEEKDAY = frozenset(_RECURRING_WORDS.get("dated", ()))


# "本周一定会解决", "上周一直在赶": a word beginning with 一 takes it from the week (week_words_after_zh.csv).
_WEEK_THEN_WORD = re.compile(WORD_AFTER_WEEK)
# "周一至周日10:00-16:00", "僅限周一至五": from Monday to the week's end, bare, is a schedule's days of every week.
_EVERY_WEEK = re.compile(r"(?<![上下本这這])[周週]一[至到](?:[周週]|星期)?[五六日天]")


def _weekday(match: re.Match, text: str) -> DateSpec | None:
    if in_listed_weekdays(text, match.start(), match.end()):
        return None  # "1月29日-30日(周六、日)": no day of its own, the gloss of the days before it
    if any(week.start() <= match.start() < week.end() for week in _EVERY_WEEK.finditer(text)):
        return None
    weekday = WEEKDAYS[match["wd"]]
    if match["dir"]:
        if match["wd"] == "一" and _WEEK_THEN_WORD.match(text, match.end() - 1):
            return None  # "本周一定会解决": this week, surely; the week is read as such
        return OnWeekday(weekday, week_offset=SHIFT_DIRECTIONS[match["dir"]])
    following = text[match.end() : match.end() + 1]
    if _RECURRING_BEFORE.search(text[max(0, match.start() - 2) : match.start()]) or following in _COUNT_AFTER_WEEKDAY:
        return None  # "每周三", "一周三次": every Wednesday, three times a week
    # A bare "周一" may start a name ("周一围"): a weekday is followed by a time of day, a verb or a
    # particle a reporter puts after a date ("周三决定", "周四抵达"); any other character is more likely
    # a given name.
    if (match["word"] == "周" and re.match(rf"[{_CJK}]", following) and following not in _AFTER_WEEKDAY
            and text[match.start() - 1 : match.start()] not in _DATED_BEFORE_WEEKDAY):
        return None
    return OnWeekday(weekday)


def _weekday_with_day(match: re.Match, text: str) -> DateSpec | None:
    """"周三（5日）" is the Wednesday that falls on the 5th; "周三（3月5日）" is March 5."""
    day = chinese_number(match["dd"])
    if match["dm"]:
        return InYear(day_part(chinese_number(match["dm"]), day)) if day <= 31 else None
    return OnWeekday(WEEKDAYS[match["wd"]], day_of_month=day) if day <= 31 else None


WEEKDAY_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (
        re.compile(rf"(?:(?P<dir>上上|下下|上|下|本|这)个?)?(?P<word>{WEEK_WORD_ZH})(?P<wd>[{DAY_CHARACTERS_ZH}])"),
        _weekday,
        ("week",),
    ),
    (
        re.compile(rf"(?:(?:上上|下下|上|下|本|这)个?)?(?:{WEEK_WORD_ZH})(?P<wd>[{DAY_CHARACTERS_ZH}])\s*[（(]\s*(?:(?P<dm>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月)?"
                   rf"\s*(?P<dd>{DAY_NUMBER})\s*[日号]\s*[）)]"),
        _weekday_with_day,
        ("week",),
    ),
]
