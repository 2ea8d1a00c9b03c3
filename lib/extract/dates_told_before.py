"""A year-less date a cue put ahead that repeats a date its article told before as past is that date.

A year-less day, month or quarter is the latest one not after publication unless a cue governs it ("将", "计划",
"之前", "plans to"): then it is the next one (``dates_placed_ahead``). When the article has already told that very
day, month or quarter as past, the reader takes the words as that date told again, not as the same date a year on:
"徐直军表示 2019 年 5 月 16 日之后,华为的新手机无法预装 GMS。…但还有 5 月 16 日之前的快速增长阶段" (published April
2020) is May 16, 2019; "新协议的基本内容与四月时的版本一致。…四月协议计划将 TikTok 美国业务分拆" the April told before;
"哔哩哔哩第二季度总净营收达…。分析师此前平均预期哔哩哔哩第二季度营收将达…" the quarter reported.

A date told before with words that count its year back ("去年4月", "last April") names another year than the bare
words would: "去年4月发布A，将于4月发布B" is two Aprils, and is left as read. A date told before without any word of
its year was itself only placed, as the latest one not after publication; it is the date told again only when it
lies nearer publication than the cue's reading: a headline's "…begins in September" (read as the September before,
nine months back) does not pull "will no longer be allowed to export … starting in September" back a year.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from lib.extract.dates_match import DateMatch
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

# The precisions whose year-less words a cue may put ahead and an article may tell again.
_TOLD_AGAIN = ("day", "month", "quarter")
_WORDS = words_by_kind(builtin_rules().year_words)


def _year_words(kind: str) -> str:
    """An alternation of ``year_words.csv``'s words of ``kind``: English ones whole words, Chinese ones anywhere."""
    words = _WORDS[kind]
    english = [word for word in words if word.isascii()]
    return rf"{alternation(word for word in words if not word.isascii())}|\b(?:{alternation(english)})\b"


# Words of a year in a date's own words (four digits always are one): the date then says which year it is.
_YEAR_WORDS = re.compile(rf"\d{{4}}|{_year_words('names_year')}", re.IGNORECASE)
# Words that count a date's year back from publication's: the bare words would name another year.
_YEAR_BACK = re.compile(_year_words("counts_back"), re.IGNORECASE)

Key = tuple[str, int, int]
# A date told before: its period, and whether its words left its year open.
Told = tuple[Period, bool]


def _key(period: Period) -> Key:
    return period.precision, period.start.month, period.start.day


def told_past_after(matches: Sequence[DateMatch], told: Mapping[Key, Told], published: Period) -> dict[Key, Told]:
    """``told`` with the days, months and quarters of ``matches`` told as past (not ahead, ended by publication's
    end) and not counted back from publication by their own words: the latest telling of each."""
    past = {_key(m.period): (m.period, _bare(m)) for m in matches
            if m.period.precision in _TOLD_AGAIN and not m.ahead and not m.compared
            and m.period.end <= published.end and not _YEAR_BACK.search(m.text)}
    return {**told, **past}


def as_told_before(matches: Sequence[DateMatch], told: Mapping[Key, Told], published: Period) -> list[DateMatch]:
    """``matches`` with each year-less day, month or quarter put ahead that repeats one ``told`` (the article's past
    dates, ``told_past_after``) placed on that date instead."""
    return [_as_told(m, told, published) for m in matches]


def _bare(match: DateMatch) -> bool:
    """Whether ``match``'s words leave its year open ("四月", "5月16日", "第二季度", "in May")."""
    return match.relative and not _YEAR_WORDS.search(match.text)


def _as_told(match: DateMatch, told: Mapping[Key, Told], published: Period) -> DateMatch:
    if not (match.ahead and match.period.precision in _TOLD_AGAIN and _bare(match)):
        return match
    before, bare = told.get(_key(match.period), (None, False))
    if before is None or before.start >= match.period.start:
        return match
    if bare and (published.start - before.start) >= (match.period.start - published.end):
        return match  # a placed guess no nearer publication than the cue's reading
    return replace(match, period=before, ahead=False)
