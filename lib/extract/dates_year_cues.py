"""What the words around a date say of its year: whether it is no sentence year, only compared with
("compared to 2018", 较2018年), opening a span up to now ("since … in August 2022", 自2022年…以来) or when a
record now broken was set ("刷新苹果去年12月的纪录"); whether it is the period a forecast is given for ("guidance
for 2026", "2026年第1季业绩展望"); whether it opens a span a closing word carries on ("from 13.8% in the first quarter
of 2019 to …", 从…到); and whether it looks back from the date stated before it ("较12月中旬"). The cues are
``lib/rules/stated_year_cues.csv``'s; ``dates_stated_year`` places year-less dates by them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.extract.dates_comparisons import EARLIER_FIGURE
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

_CLAUSE_MARKS = ",;.:!?，。；：！？\n"
# How many words (English) or characters (Chinese) "since" / 以来 may stand from the date in its clause.
_SINCE_WORDS = 8
_SINCE_CHARACTERS = 12
# How far back before a date, in characters, a cue that opens a span or a comparison up to it is looked for
# ("rose from 13.8% in", "since the service was launched in", 从…的): the cue and the _SINCE_WORDS words the
# patterns let stand between it and the date, at about nine characters a word with its space, fill some 80.
# The patterns end at the date (\Z), so a wider search would only let longer words in, and cost more.
_CUE_REACH_BEFORE = 80


def _alternatives(words: Sequence[str]) -> tuple[str, str]:
    """The Latin and the Chinese words as two regex alternations, longest first (never matching when empty)."""
    longest_first = sorted(words, key=len, reverse=True)
    return (alternation(w for w in longest_first if w.isascii()),
            alternation(w for w in longest_first if not w.isascii()))


def _patterns(cues: dict[str, list[str]]) -> tuple[re.Pattern, re.Pattern]:
    """What ends right before a year that is no sentence year, and what starts right after one."""
    compared_latin, compared_chinese = _alternatives(cues["compared"])
    since_latin, since_chinese = _alternatives(cues["since"])
    _, since_after = _alternatives(cues["since_after"])
    _, compared_after = _alternatives(cues["compared_after"])
    compared_figure, _ = _alternatives(cues["compared_figure"])
    word = rf"[^\s{re.escape(_CLAUSE_MARKS)}]+"
    before = re.compile(
        rf"(?:(?<![A-Za-z])(?:{compared_latin})|(?:{compared_chinese})|(?:{since_chinese}))\s*\Z"
        rf"|(?<![A-Za-z])(?:{compared_figure})[^\S\n]+{EARLIER_FIGURE}(?:in|at|for)[^\S\n]+\Z"
        rf"|(?<![A-Za-z])(?:{since_latin})(?:[^\S\n]+{word}){{0,{_SINCE_WORDS}}}?[^\S\n]*\Z", re.IGNORECASE)
    clause = rf"[^{re.escape(_CLAUSE_MARKS)}]"
    after = re.compile(rf"\s*(?:{compared_after})|{clause}{{0,{_SINCE_CHARACTERS}}}?(?:{since_after})")
    return before, after


_NO_SENTENCE_YEAR_BEFORE, _NO_SENTENCE_YEAR_AFTER = _patterns(words_by_kind(builtin_rules().stated_year_cues))


def _forecast_patterns(cues: dict[str, list[str]]) -> tuple[re.Pattern, re.Pattern]:
    """What ends right before a period a forecast is given for, and what follows it, a little on, in its clause."""
    before_latin, before_chinese = _alternatives(cues["forecast"])
    after_latin, after_chinese = _alternatives(cues["forecast_after"])
    word = rf"[^\s{re.escape(_CLAUSE_MARKS)}]+"
    clause = rf"[^{re.escape(_CLAUSE_MARKS)}]"
    before = re.compile(rf"(?<![A-Za-z])(?:{before_latin})(?:[^\S\n]+the)?[^\S\n]*\Z|(?:{before_chinese})\s*\Z",
                        re.IGNORECASE)
    after = re.compile(rf"(?:[^\S\n]+{word}){{0,{_FORECAST_WORDS}}}?[^\S\n]+(?:{after_latin})(?![A-Za-z])"
                       rf"|{clause}{{0,{_FORECAST_CHARACTERS}}}?(?:{after_chinese})", re.IGNORECASE)
    return before, after


# How many words (English) or characters (Chinese) a forecast's noun may stand after its period: "2026
# revenue guidance", "2026年第1季业绩展望".
_FORECAST_WORDS = 1
_FORECAST_CHARACTERS = 2
# How far back before a period, in characters, a forecast's cue is looked for: the cue stands right before it, "the"
# at most between ("guidance for the first quarter"); the longest cue with "the" ("projections for the", 19) fits
# twice over, spaces and all.
_FORECAST_CUE_REACH = 40
_FORECAST_BEFORE, _FORECAST_AFTER = _forecast_patterns(words_by_kind(builtin_rules().stated_year_cues))


def names_a_forecasts_period(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the period a forecast, an outlook or a target is given for."""
    return (_FORECAST_BEFORE.search(text, max(0, start - _FORECAST_CUE_REACH), start) is not None
            or _FORECAST_AFTER.match(text, end) is not None)


def _span_patterns(cues: dict[str, list[str]]) -> tuple[re.Pattern, re.Pattern]:
    """What ends right before a date that opens a span ("from 13.8% in", 从), and what closes it after."""
    from_latin, from_chinese = _alternatives(cues["span_from"])
    to_latin, to_chinese = _alternatives(cues["span_to"])
    word = r"[^\s,;!?，。；：！？]+"  # a figure's decimal point is no clause mark: "from 13.8% in"
    opens = re.compile(rf"(?<![A-Za-z])(?:{from_latin})(?:[^\S\n]+{word}){{0,{_SINCE_WORDS}}}?[^\S\n]*\Z"
                       rf"|(?:{from_chinese})[^{re.escape(_CLAUSE_MARKS)}]{{0,{_SINCE_CHARACTERS}}}?\Z", re.IGNORECASE)
    closes = re.compile(rf"(?<![A-Za-z])(?:{to_latin})(?![A-Za-z])|(?:{to_chinese})", re.IGNORECASE)
    return opens, closes


_SPAN_OPENS, _SPAN_CLOSES = _span_patterns(words_by_kind(builtin_rules().stated_year_cues))
# A clause's close between two dates: a comma, a semicolon or a stop, not a figure's decimal point ("19.8%").
_CLAUSE_CLOSE = re.compile(r"[,;:!?，。；：！？\n]|\.(?!\d)")


def runs_on_to(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether the date at ``text[start:end]`` opens a span ("from Beta in June", 从6月的测试版) that a closing
    word carries on, in the same clause, to the date at ``next_start`` ("… to stable releases in September",
    到9月的正式版): the span's end, as a range's, comes on or after its start."""
    between = text[end:next_start]
    return (_SPAN_OPENS.search(text, max(0, start - _CUE_REACH_BEFORE), start) is not None
            and _SPAN_CLOSES.search(between) is not None and _CLAUSE_CLOSE.search(between) is None)


def opens_a_span(text: str, start: int) -> bool:
    """Whether a cue opening a span up to the date at ``start`` stands before it ("rose from 13.8% in", 从…的)."""
    return _SPAN_OPENS.search(text, max(0, start - _CUE_REACH_BEFORE), start) is not None


def closes_a_span(text: str, start: int, end: int) -> bool:
    """Whether a word closing a span ("to", 到, 至) stands in ``text[start:end]``."""
    return _SPAN_CLOSES.search(text, start, end) is not None


def a_clause_closes(text: str, start: int, end: int) -> bool:
    """Whether a clause closes in ``text[start:end]``: a comma, a semicolon or a stop, not a decimal point."""
    return _CLAUSE_CLOSE.search(text, start, end) is not None


def names_no_sentence_year(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is compared with or opens a span up to now ("自2020年3月16日以来",
    "since March 16, 2020"), or is when a record now broken was set ("刷新苹果去年12月的纪录"): the sentence tells of
    another time, and nothing happens on that date."""
    return (_NO_SENTENCE_YEAR_BEFORE.search(text, max(0, start - _CUE_REACH_BEFORE), start) is not None
            or _NO_SENTENCE_YEAR_AFTER.match(text, end) is not None or _sets_a_broken_record(text, start, end))


def _record_patterns(cues: dict[str, list[str]]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What stands before the day of a record now broken in English, and before and after it in Chinese."""
    latin, chinese = _alternatives(cues["record"])
    _, after = _alternatives(cues["record_after"])
    word = rf"[^\s{re.escape(_CLAUSE_MARKS)}]+"
    clause = rf"[^{re.escape(_CLAUSE_MARKS)}]"
    return (re.compile(rf"(?<![A-Za-z])(?:{latin})[^\S\n]+(?:(?:the|a|its|their)[^\S\n]+)?record"
                       rf"(?:[^\S\n]+{word}){{0,{_RECORD_WORDS}}}?[^\S\n]+set[^\S\n]+(?:in|on)[^\S\n]*\Z",
                       re.IGNORECASE),
            re.compile(rf"(?:{chinese}){clause}{{0,{_RECORD_CHARACTERS}}}\Z"),
            re.compile(rf"\s*的?\s*(?:{after})"))


# How many words (English) or characters (Chinese) may stand between a record's cue and its date: "the record
# set by Apple in December", "刷新苹果公司去年12月的纪录".
_RECORD_WORDS = 3
_RECORD_CHARACTERS = 8
_RECORD_EN, _RECORD_ZH, _RECORD_ZH_AFTER = _record_patterns(words_by_kind(builtin_rules().stated_year_cues))


def _sets_a_broken_record(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is when a record now broken was set ("topping the record Apple set in
    December", "刷新苹果去年12月的纪录")."""
    before = text[max(0, start - 60):start]
    return _RECORD_EN.search(before) is not None or (
        _RECORD_ZH.search(before) is not None and _RECORD_ZH_AFTER.match(text, end) is not None)


def looks_back_to(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is what a figure is compared with or a span runs from ("较12月中旬",
    "up 150% from mid-December"), or is told as before the stated date ("in May the year before"): the one nearest
    the stated date, not the next one on."""
    before = max(0, start - _CUE_REACH_BEFORE)
    return (_NO_SENTENCE_YEAR_BEFORE.search(text, before, start) is not None
            or _SPAN_OPENS.search(text, before, start) is not None or _BACK_AFTER.match(text, end) is not None)


_BACK_WORDS, _ = _alternatives(words_by_kind(builtin_rules().stated_year_cues)["back_after"])
_BACK_AFTER = re.compile(rf"[^\S\n]+(?:{_BACK_WORDS})(?![A-Za-z])", re.IGNORECASE)
