"""Read festival names ("春节", "2025年中秋", "去年双十一", "Lunar New Year") as days of their year.

The names and their days are data (``lib/rules/festivals.csv``); lunar days are converted with
the lunardate library, since they move every year and a hand-written table is wrong or expires.
The numbered days of the first lunar month ("大年初五", "年初五", "正月十五") are a grammar of
numbers and read here. A year before the name ("2025年", "今年", "去年", "2019年农历除夕", "the 2026 Lunar New
Year") is part of the date, and so is one after an English name ("Singles Day in 2016"). A name written in
digits ("618", "11.11") is read only when marked as the festival (``_marked``). A name that is the aim of
what is told ("for the Spring Festival", ``aimed_at``) is the festival nearer publication, and one told as a thing
made ("the inventor of Singles Day", ``told_as_made``) is no day at all (lib/rules/festival_cues.csv).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from lunardate import LunarDate

from lib.chinese_numerals import chinese_number
from lib.extract.attribution_cues import cue_alternation, ends_right_before
from lib.extract.dates_named_days import ByYears, LunarDay, MonthBefore, WeekdayOnOrAfter
from lib.extract.dates_spec import Candidate, DateSpec, InYear, YearPart, day_part, month_part
from lib.extract.dates_zh_grammar import CN_DIGIT
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.dates import Festival
from lib.rules.rule_file import literal_alternation

_RELATIVE_YEARS = {"前": -2, "去": -1, "今": 0, "明": 1, "后": 2}
# Looked for only right before a name found: a pattern opening on plain names lets the regex
# engine skip ahead on their first characters, which a leading optional year would prevent.
_YEAR_BEFORE = re.compile(
    r"(?:(?<![0-9])(?P<year>(?:19|20)[0-9]{2})(?:\s*年|\s+)|(?P<rel>去|今|明|(?<![之以此提])前|(?<![之以此然最其随])后)年)"
    r"\s*(?:[鼠牛虎兔龙蛇马羊猴鸡狗猪]年)?\s*(?:农历)?\s*的?[“\"'‘「『]?\Z"  # "2026年马年春节", "2019年农历除夕"
)
# English writes the year after the name too: "Singles Day in 2016", "Lunar New Year 2025" (not "Singles Day, 2016
# sales", a clause of its own).
_YEAR_AFTER_ENGLISH_NAME = re.compile(r"\s+(?:in\s+|of\s+)?(?P<year>(?:19|20)[0-9]{2})(?![0-9A-Za-z%])")
_LUNAR_DAY_NUMBER = r"初[一二三四五六七八九十]|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|三十"
# "年初五" is the fifth day of the lunar year; "年初" alone is the start of the year (dates_zh_year_less_parts). A bare
# "初五" is read only right after the New Year ("除夕到初五", see ``read_festival_dates``).
_FIRST_MONTH_DAY = (rf"(?:大年|正月)(?P<lunar>{_LUNAR_DAY_NUMBER})|年(?P<short>初[一二三四五六七八九十])"
                    r"|(?<![年月正最起当])(?P<bare>初[一二三四五六七八九十])(?![0-9一二三四五六七八九十步次衷心级期中创始])")
# The names of the New Year that let a bare "初五" after them in the sentence be its fifth day.
_NEW_YEAR_NAMES = re.compile("除夕|春节|大年|正月|过年|农历新年|年三十|春晚")
# A name right after a day counted from publication ("今日两会", today's session of the congresses) is that day's
# happening: the day word dates it, and the name is no second date (the words: date_words_zh.csv's publication rows).
# "春节前夕" (the eve of the Spring Festival) is the run-up to it, told as a month by readers: the month of the
# day before the festival (January for a festival on January 29 or February 1, February for one on February 17).
_EVE = re.compile(r"\s*前夕")
_DAY_WORD_BEFORE = re.compile("(?:{})\\s*\\Z".format("|".join(
    sorted((w.word for w in builtin_rules().date_words_zh if w.kind == "publication"), key=len, reverse=True))))


# The press sets a space between Chinese characters and digits ("双 11", as in "今年 11 月"); the names are
# written without it.
_SCRIPT_BOUNDARY = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9])(?=[\u4e00-\u9fff])")
_SPACE_AT_BOUNDARY = re.compile(r"(?<=[\u4e00-\u9fff])\s(?=[0-9])|(?<=[0-9])\s(?=[\u4e00-\u9fff])")


def _spaced(name: str) -> str:
    """The pattern of ``name`` with an optional space wherever Chinese meets a digit."""
    return r"\s?".join(re.escape(part) for part in _SCRIPT_BOUNDARY.split(name))


def _name_as_listed(words: str) -> str:
    """The festival name of ``words`` read by ``_spaced``, its space between Chinese and a digit gone."""
    return _SPACE_AT_BOUNDARY.sub("", words)


def _build(festivals: tuple[Festival, ...]) -> tuple[re.Pattern, dict[str, tuple[Festival, ...]], re.Pattern,
                                                     frozenset[str]]:
    # A name may have a row for each span of years its day's rule held in (the Super Bowl).
    by_name: dict[str, tuple[Festival, ...]] = {}
    for festival in festivals:
        for name in (name.removeprefix("+") for name in festival.names):
            by_name[name] = (*by_name.get(name, ()), festival)
    with_year_only = frozenset(name[1:] for festival in festivals for name in festival.names if name.startswith("+"))
    names = "|".join(_spaced(name) for name in sorted(by_name, key=len, reverse=True))
    # One search for any name (or 大年, 正月, 初) settles most sentences before the pattern runs.
    gate_words = sorted({*by_name, "大年", "正月", "初"}, key=len, reverse=True)
    gate = re.compile("|".join(_spaced(word) for word in gate_words))
    return re.compile(rf"(?P<name>{names or '(?!)'})|{_FIRST_MONTH_DAY}"), by_name, gate, with_year_only


# Names marked "+" in festivals.csv ("2015年春晚") are days only with their year.
_PATTERN, _BY_NAME, GATE, _WITH_YEAR_ONLY = _build(builtin_rules().festivals)
# A digit name ("618", "11.11") is the festival when a word of lib/rules/festival_marks.txt follows within a
# few characters that are neither digits nor clause marks ("“618十六周年庆”", "11.11京东全球好物节"),
# when an opening quote stands right before it, or when a year does (read by _YEAR_BEFORE).
_DIGIT_NAME = re.compile(r"[0-9.·・]+")
_MARK_AFTER = re.compile(
    r"[^0-9%.,;:!?，。；：！？、（）()]{0,6}?(?:"
    + literal_alternation(builtin_rules().festival_marks)
    + ")", re.IGNORECASE) if builtin_rules().festival_marks else None


def _cues(kind: str) -> re.Pattern | None:
    """The words of ``kind`` in lib/rules/festival_cues.csv as one pattern (an English word may be followed by
    "the"), for ``ends_right_before`` a name; None if there are none."""
    return cue_alternation((word for row_kind, word in builtin_rules().festival_cues if row_kind == kind),
                           articles=("the",))


_AIMED_BEFORE = _cues("aimed")
_MARK_BEFORE = _cues("mark")
_ORIGIN_BEFORE = _cues("origin")
_ORIGIN_AFTER = cue_alternation(word for kind, word in builtin_rules().festival_cues if kind == "origin_after")
# What may stand between an origin word and the name: "创造的节日，“双十一”", "the inventor of “618”".
_GAP_MARKS = " \t,，、“”\"'‘’「」『』"
# How far before a name its cue words are looked for; the longest fits ("in the lead-up to the ").
_CUE_REACH = 30
_OPENING_QUOTES = "“\"'‘「『《〈"
_QUOTE_PAIRS = ("“”", '""', "''", "‘’", "「」", "『』")


def read_festival_dates(text: str, after_new_year: bool = False) -> list[Candidate]:
    """Every festival date in ``text``, each with the year words before it.

    A bare day of the first lunar month ("初五") is read only after a name of the New Year earlier in
    the sentence ("除夕到初五") or, with ``after_new_year``, when the sentence before ended at the New Year.
    """
    candidates: list[Candidate] = []
    if GATE.search(text) is None:
        return candidates
    for match in _PATTERN.finditer(text):
        if not _stands_alone(match, text):
            continue
        if match["bare"] and not (after_new_year or _NEW_YEAR_NAMES.search(text, 0, match.start())):
            continue
        if _DAY_WORD_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            continue
        year = _YEAR_BEFORE.search(text, max(0, match.start() - 10), match.start())
        if _DIGIT_NAME.fullmatch(match[0]) and not (year or _marked(match, text)):
            continue
        if year is None and _name_as_listed(match["name"] or "") in _WITH_YEAR_ONLY:
            continue
        if year is None and told_as_made(text, match.start(), match.end()):
            continue  # "the inventor of Singles Day": the festival itself was made, no day of it
        start, end = year.start() if year else match.start(), match.end()
        if year is None and match["name"] and match["name"][:1].isascii() and match["name"][:1].isalpha():
            year = _YEAR_AFTER_ENGLISH_NAME.match(text, end)
            end = year.end() if year else end
        if text[start - 1 : start] + text[end : end + 1] in _QUOTE_PAIRS:
            start, end = start - 1, end + 1  # a quoted name ("“618”") is quoted whole
        elif text[end - len(match[0]) - 1 : end - len(match[0])] + text[end : end + 1] in _QUOTE_PAIRS:
            end += 1  # "今年“618”": the quote opened after the year closes after the name
        spec = _festival(match, year)
        if (eve := _EVE.match(text, end)) is not None and isinstance(spec, InYear):
            spec, end = replace(spec, part=MonthBefore(spec.part)), eve.end()  # "春节前夕": the run-up's month
        candidates.append(Candidate(start, end, spec))
    return candidates


@lru_cache(maxsize=1024)  # asked for every sentence with the date before it, mostly the same few
def in_new_year_days(period: Period | None) -> bool:
    """Whether ``period`` is a day from New Year's Eve to the 15th of the first lunar month."""
    if period is None or period.precision != "day":
        return False
    try:
        lunar = LunarDate.from_solar_date(period.start.year, period.start.month, period.start.day)
        eve = LunarDate.from_solar_date(*(period.start + timedelta(days=1)).timetuple()[:3])
    except (ValueError, OverflowError):
        return False  # outside the library's table
    return (lunar.month == 1 and lunar.day <= 15 and not lunar.is_leap_month) or (eve.month, eve.day) == (1, 1)


def _stands_alone(match: re.Match, text: str) -> bool:
    """A Latin name is a whole word, a name of digits no part of a longer number ("6180"), and
    "年初五" not the end of a written year ("二〇二五年初五")."""
    before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
    first, last = match[0][:1], match[0][-1:]
    if first.isascii() and first.isalpha() and before.isascii() and before.isalpha():
        return False
    if last.isascii() and last.isalpha() and after.isascii() and after.isalpha():
        return False
    if first.isdigit() and before.isdigit() or last.isdigit() and after.isdigit():
        return False
    return not (match["short"] and before and before in f"0123456789十{CN_DIGIT}")


def aimed_at(text: str, start: int) -> bool:
    """Whether the festival name at ``start`` is the aim of what is told ("a campaign for the Spring Festival",
    "备战双11"): then it is the festival nearer publication, ahead or back, whatever the verb's tense."""
    return ends_right_before(_AIMED_BEFORE, text, start, _CUE_REACH)


def told_as_made(text: str, start: int, end: int) -> bool:
    """Whether the festival name at ``start``-``end`` is told as a thing made, the custom or the sales event as
    something invented ("Alibaba, the inventor of Singles Day", "阿里巴巴创造的节日，“双十一”", "Singles Day was
    originally a holiday"), no day of it (lib/rules/festival_cues.csv's origin words)."""
    while start and text[start - 1] in _GAP_MARKS:
        start -= 1
    if ends_right_before(_ORIGIN_BEFORE, text, start, _CUE_REACH):
        return True
    while end < len(text) and text[end] in _GAP_MARKS:
        end += 1
    return _ORIGIN_AFTER is not None and _ORIGIN_AFTER.match(text, end) is not None


def _marked(match: re.Match, text: str) -> bool:
    """Whether an opening quote or a mark word ("during") stands right before a digit name or a festival word
    follows it."""
    if text[match.start() - 1 : match.start()] in _OPENING_QUOTES and match.start() > 0:
        return True
    if ends_right_before(_MARK_BEFORE, text, match.start(), _CUE_REACH):
        return True
    return _MARK_AFTER is not None and _MARK_AFTER.match(text, match.end()) is not None


def _day_of(festival: Festival) -> YearPart | LunarDay | WeekdayOnOrAfter:
    """The day (or month) a festival row names, in any year."""
    return (LunarDay(festival.month, festival.day, festival.shift) if festival.lunar
            else WeekdayOnOrAfter(festival.month, festival.day, festival.weekday, festival.shift)
            if festival.weekday is not None
            else day_part(festival.month, festival.day) if festival.day else month_part(festival.month))


def _festival(match: re.Match, year: re.Match | None) -> DateSpec:
    if match["name"]:
        # English names are case-sensitive; the pattern is, so look the name up as written.
        rows = _BY_NAME[_name_as_listed(match["name"])]
        every_year = len(rows) == 1 and rows[0].first_year is None and rows[0].last_year is None
        part = _day_of(rows[0]) if every_year else ByYears(
            tuple((row.first_year, row.last_year, _day_of(row)) for row in rows), _day_of(rows[0]).precision)
    else:
        day = chinese_number((match["lunar"] or match["short"] or match["bare"]).removeprefix("初"))
        part = LunarDay(1, day)
    if year and year["year"]:
        return InYear(part, year=int(year["year"]))
    if year:
        return InYear(part, offset=_RELATIVE_YEARS[year["rel"]])
    return InYear(part)
