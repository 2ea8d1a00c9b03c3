"""How far a stated year reaches: to the close of the aside that holds it, or no further than its own words
when it names a thing.

A year stated in its sentence gives its year to the year-less dates after it (``dates_stated_year``), but not
one told in an aside about a name: "JD, which started the promotion in 2010, racked up … from June 1 to 18",
"JD.com, founded in 1998, said on March 3", "成立于1998年的京东3月3日表示", "京东（成立于1998年）3月3日表示" tell
of this June and this March 3; the aside describes the company, the rest of the sentence is news. Nor does a
year that names one thing of its year among others ("comply with a 2024 law, Trump announced April 4"): the
law is of 2024, the announcement of the publication's year; "its 2019 revenue target" is that year's own, and
the sentence tells of 2019. The words are ``lib/rules/stated_year_cues.csv``'s aside,
attribute_before and attribute_noun rows.

A year counted back or on from publication told inside a clause, after words of its own clause
("比亚迪在去年的销售增速为五年来最慢，1月份的销量连续第5个月下滑", "小米集团去年宣布造车，测试车8月亮相"),
reaches to the close of that clause: the next clause tells of publication's year. One that opens the sentence
("去年，…", "Last year, … on November 11", "5年前，全民双11狂欢") is the time of the whole sentence; one that opens a
later clause ("華為是台積電第2大客戶,去年貢獻台積電14%營收,美國政府於5月15日公布…") is that clause's only.
"""

from __future__ import annotations

import re

from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

_CUES = words_by_kind(builtin_rules().stated_year_cues)
# How far before the year an aside may open, in characters.
_ASIDE_REACH = 80
_OPENINGS, _CLOSINGS = "(（", ")）"
_LATIN_ASIDE = re.compile(
    rf",\s*(?:{alternation(w for w in _CUES['aside'] if w.isascii())})(?![A-Za-z])[^,;:.()（）\n]*\Z", re.IGNORECASE)
_CHINESE_ASIDE = re.compile(
    rf"(?:{alternation(w for w in _CUES['aside'] if not w.isascii())})[^，。；：！？,;:!?()（）\n]{{0,6}}\Z")
_ATTRIBUTE_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{alternation(_CUES['attribute_before'])})\s+\Z", re.IGNORECASE)
# A clause's close: a comma, a semicolon or a stop, not a figure's decimal point ("5.3%").
_CLAUSE_CLOSE = re.compile(r"[,;:!?，。；：！？\n]|\.(?!\d)")
# What may come before a year that opens its clause: nothing, or a preposition ("In", 在; clause_opening rows).
_FRONTED = re.compile(rf"\s*(?:(?:{alternation(w for w in _CUES['clause_opening'] if w.isascii())})\s+"
                      rf"|(?:{alternation(w for w in _CUES['clause_opening'] if not w.isascii())})\s*)?", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    rf"\s+(?!(?:{alternation(_CUES['attribute_noun'])})(?![A-Za-z]))[a-z][a-z-]*(?![A-Za-z0-9])")


def year_reach(text: str, start: int, end: int) -> int | None:
    """Where the reach of the year stated at ``text[start:end]`` ends: the close of the aside holding it,
    ``end`` when it names a thing, None when it stands in the sentence's own clause."""
    before = text[max(0, start - _ASIDE_REACH):start]
    if (close := _parenthesis_close(text, before, end)) is not None:
        return close
    if _LATIN_ASIDE.search(before):
        comma = text.find(",", end)
        return comma if comma >= 0 else None
    if _CHINESE_ASIDE.search(before) and text.startswith("的", end):
        return end
    if _ATTRIBUTE_BEFORE.search(before) and _NOUN_AFTER.match(text, end):
        return end
    return None


def told_aside(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is told in an aside a cue opens about a name ("ChatGPT,
    launched in November 2022, is not accessible", "成立于1998年的京东") or names a thing ("a 2024 law"): not
    the time its sentence tells of. A parenthesis alone is not enough: "周三(2025年10月29日)" tells the day."""
    before = text[max(0, start - _ASIDE_REACH):start]
    return _parenthesis_close(text, before, end) is None and year_reach(text, start, end) is not None


def _parenthesis_close(text: str, before: str, end: int) -> int | None:
    """The closing parenthesis after ``end`` when ``before`` leaves one open, else None."""
    opened = max(before.rfind(mark) for mark in _OPENINGS)
    if opened < 0 or any(mark in before[opened:] for mark in _CLOSINGS):
        return None
    closes = [found for mark in _CLOSINGS if (found := text.find(mark, end)) >= 0]
    return min(closes) if closes else None


def clause_reach(text: str, start: int, end: int) -> int | None:
    """Where the reach of a year counted back or on from publication ("去年", "last year") at ``text[start:end]``
    ends: the close of its clause when words come before it in the sentence; None when it opens the sentence."""
    if opens_the_sentence(text, start):
        return None
    close = _CLAUSE_CLOSE.search(text, end)
    return close.start() if close is not None else None


def opens_the_sentence(text: str, start: int) -> bool:
    """Whether the date at ``text[start:]`` opens the sentence ``text``, a preposition aside ("In 2019, …",
    "去年，…")."""
    return _CLAUSE_CLOSE.search(text, 0, start) is None and _FRONTED.fullmatch(text, 0, start) is not None
