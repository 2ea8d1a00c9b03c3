"""Bare weekdays listed with the holidays, a weekly schedule's days: no one day.

"所有网络游戏仅可在周五、周六、周日和法定节假日每日20时至21时向未成年人提供1小时服务", "games may serve minors only on
Friday, Saturday, Sunday and public holidays": the holidays that close the list are every such day, and so are the
weekdays listed with them, every Friday rather than the last one. Read alone, each weekday became the Friday,
Saturday and Sunday before publication. The closing words are ``lib/rules/weekly_schedule_words.txt``.

Not a schedule: weekdays listed without holidays ("周五、周六和下周一将发布"), a weekday with a week named
("上周五"), or holidays that do not follow the list right after its last weekday.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.extract.dates_spec import Candidate, OnWeekday
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation

# What stands between two items of a list: "、", ",", "和", "and", "or", a space.
_SEPARATOR = r"\s*(?:[、,，/&]|以及|和|及|与|或|(?i:and|or)\b)\s*"
_BETWEEN = re.compile(rf"(?:{_SEPARATOR})+|\s+")
_HOLIDAYS = alternation(sorted(builtin_rules().weekly_schedule_words, key=len, reverse=True))
_CLOSING = re.compile(rf"(?:{_SEPARATOR})+(?:各|all\s+)?(?i:{_HOLIDAYS})(?![A-Za-z])")


def _bare_weekday(candidate: Candidate) -> bool:
    spec = candidate.spec
    return isinstance(spec, OnWeekday) and spec.week_offset is None and spec.day_of_month is None


def weekly_schedule_days(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The bare weekdays of ``candidates`` listed together right before the holidays (a weekly schedule's days)."""
    weekdays = sorted((c for c in candidates if _bare_weekday(c)), key=lambda c: c.start)
    listed: list[Candidate] = []
    run: list[Candidate] = []
    for candidate in weekdays:
        if run and not _BETWEEN.fullmatch(text, run[-1].end, candidate.start):
            run = []
        run.append(candidate)
        if _CLOSING.match(text, candidate.end):
            listed += run
            run = []
    return listed
