"""Drop the date words that name no one period something happens in.

A name holding a date word is no date ("Black Friday", 黑色星期五: ``lib/rules/not_dates.txt``); words right
before or after a date can make it recur ("every year on May 10", 每年春节, "on May 10 each year":
``lib/rules/recurring_dates.txt``, ``recurring_dates_after.txt``), a second
name for what the sentence already named ("also known as Double 11", 又称双十一: ``lib/rules/alias_dates.txt``), or
a person's birth, an age told ("出生于1989年", "1989年出生": ``lib/rules/birth_words.csv``), or a photo's, a caption's
date ("攝於2025年9月11日的圖片", "(2014年8月26日摄)": ``lib/rules/photo_words.csv``); bare weekdays listed with the
holidays are a weekly schedule's days (``dates_weekly_schedules``). A year-like number alone in brackets right after a
Chinese name is the Hong Kong and Taiwan press's stock code of that firm, no year: 理想汽車（2015）, 安踏體育(2020),
中鋼 (2002-TW); a year aside in brackets goes on with 年 (今(2020)年). A date inside a title's marks
(《2019抖音数据报告》) names the work when the sentence dates its release otherwise
(1月6日，抖音发布《2019抖音数据报告》): the title alone dated is the release's year
(小红书发布的《2025十大搜索趋势报告》); so does a season in a launch event's name (25日舉行秋季全場景新品發布會;
在小米春季新品发布会上 alone dated is spring's: ``dates_seasons``). Every other candidate stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lib.extract.dates_seasons import in_an_event_name
from lib.extract.dates_spec import Candidate
from lib.extract.dates_weekly_schedules import weekly_schedule_days
from lib.extract.pattern_literals import word_automaton
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind


def _not_dates_pattern(names: Sequence[str]) -> re.Pattern | None:
    """Names holding a date word that are no date (``lib/rules/not_dates.txt``): "Black Friday", 黑色星期五."""
    alternatives = [rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])" if name.isascii() else re.escape(name)
                    for name in sorted(names, key=len, reverse=True)]
    return re.compile("|".join(alternatives)) if alternatives else None


_NOT_DATES = _not_dates_pattern(builtin_rules().not_dates)


def _right_before(words: Sequence[str]) -> Callable[[str, int], bool]:
    """Whether one of ``words`` (any case; a Latin one a whole word) ends right before ``start`` of a text, white
    space between: looked for only in the few characters before it."""
    pattern = re.compile(rf"(?i:(?<![A-Za-z])(?:{alternation(words)}))\s*$")
    reach = max(map(len, words), default=0) + 2
    return lambda text, start: pattern.search(text, max(0, start - reach), start) is not None


# Words right before a date that make it recur, no one period: 每年春节, "every year on May 10"
# (lib/rules/recurring_dates.txt).
_RECURS = _right_before(builtin_rules().recurring_dates)
# Words right after a date that make it recur, no one period: "on 11th November each year"
# (lib/rules/recurring_dates_after.txt).
_RECURS_AFTER = re.compile(rf"\s*(?i:{alternation(builtin_rules().recurring_dates_after)})(?![A-Za-z])")
# Words right before a date that make it another name for what the sentence already named, dated there: "also known
# as Double 11", 又称双十一 (lib/rules/alias_dates.txt).
_ALIAS = _right_before(builtin_rules().alias_dates)
# Words next to a date that make it a person's birth, an age told, no happening: "出生于1989年", "1989年出生"
# (lib/rules/birth_words.csv).
_BIRTH = words_by_kind(builtin_rules().birth_words)
_BORN_BEFORE = _right_before(_BIRTH["before"])
_BORN_AFTER = re.compile(rf"\s*(?:{alternation(_BIRTH['after'])})")
# Words next to a date that make it the day a photo was taken, a caption's date: "摄于2025年9月11日",
# "(2014年8月26日摄)", "in this illustration taken September 11, 2025" (lib/rules/photo_words.csv).
_PHOTO = words_by_kind(builtin_rules().photo_words)
_PHOTO_BEFORE = _right_before(_PHOTO["before"])
_PHOTO_AFTER = re.compile(rf"\s*(?:{alternation(_PHOTO['after'])})")


# A number alone in brackets right after a Chinese name (or its share-class mark, 理想汽車-W), with at most a market
# mark after it (2002-TW, 2015.HK), not followed by 年: a listed firm's code, as 友邦(1299) is (stock_codes).
_CODE_OPENING = re.compile(r"[\u4e00-\u9fff](?:-[A-Z]{1,2})?[^\S\n]*[(（﹙][^\S\n]*\Z")
_CODE_CLOSING = re.compile(r"(?:[.-][A-Z]{2})?[^\S\n]*[)）﹚](?![^\S\n]*年)")


# A title between book-title marks, on one line: 《2019春节大数据报告》, 〈2022中国大模型发展白皮书〉.
_TITLE = re.compile(r"《[^《》\n]*》|〈[^〈〉\n]*〉")


# Looked for as plain words first, all in one pass: the pattern's word-boundary checks keep the
# regex engine from skipping ahead.
_NOT_DATE_NAMES = word_automaton(builtin_rules().not_dates)


def happening_dates(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The ``candidates`` read in ``text`` (its digits ASCII) that may name a happening's period, in their order:
    none inside a name, none recurring, no birth date and none of a weekly schedule."""
    if (candidates and _NOT_DATE_NAMES is not None and next(_NOT_DATE_NAMES.iter(text), None) is not None
            and (names := [m.span() for m in _NOT_DATES.finditer(text)])):
        candidates = [c for c in candidates if all(c.end <= start or c.start >= end for start, end in names)]
    # a birth or a photo's day, and the dates inside one: "出生在1979年2月18日"
    born = [c for c in candidates if _born(text, c) or _photographed(text, c)]
    candidates = [c for c in candidates
                  if not _recurs(text, c) and not _ALIAS(text, c.start)
                  and not any(b.start <= c.start and c.end <= b.end for b in born) and not _stock_code(text, c)]
    if candidates and ("《" in text or "〈" in text):
        candidates = _outside_titles(text, candidates)
    if len(candidates) > 1 and (in_names := [c for c in candidates if in_an_event_name(text, c)]):
        # "25日舉行秋季全場景新品發布會": the day dates the event, the season is part of its name
        candidates = [c for c in candidates if c not in in_names] if len(in_names) < len(candidates) else candidates
    if candidates and (weekly := weekly_schedule_days(text, candidates)):
        candidates = [c for c in candidates if c not in weekly]  # "仅可在周五、周六、周日和法定节假日": every week's
    return candidates


def _outside_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` but those inside a title's marks when another candidate lies outside every title: the year in
    《2019抖音数据报告》 names the report, the sentence's own date its release; a title alone dated keeps its year."""
    titles = [m.span() for m in _TITLE.finditer(text)]
    inside = [c for c in candidates if any(start < c.start and c.end < end for start, end in titles)]
    return [c for c in candidates if c not in inside] if len(inside) < len(candidates) else candidates


def _recurs(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` recurs every year, no one period: 每年春节, "on 11th November each year"."""
    return _RECURS(text, candidate.start) or _RECURS_AFTER.match(text, candidate.end) is not None


def _born(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a person's birth date: an age told, no one's happening."""
    return _BORN_BEFORE(text, candidate.start) or _BORN_AFTER.match(text, candidate.end) is not None


def _photographed(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` is the day a photo was taken: a caption's date, no organisation's happening."""
    return _PHOTO_BEFORE(text, candidate.start) or _PHOTO_AFTER.match(text, candidate.end) is not None


def _stock_code(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a number alone in brackets after a Chinese name: a listed firm's code, no year."""
    return (text[candidate.start:candidate.end].isdigit()
            and _CODE_OPENING.search(text, max(0, candidate.start - 8), candidate.start) is not None
            and _CODE_CLOSING.match(text, candidate.end) is not None)
