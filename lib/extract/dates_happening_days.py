"""The day a listing, a sale or a launch was told to happen on: what 首日 (its first day) counts from.

"2月5日，快手在港交所挂牌交易。…前一日的暗盘…。截至4日18点30分，…。上市首日，快手的市值飙升" tells the
listing on February 5 and the grey market on the 4th after it: "the first day" is the listing's, not the last
day told. A day names the happening when a word for one (``relative_date_neighbours_zh.csv``'s
first_day_happening: 上市, 挂牌, 发布会, 开售, 交付…) stands in its clause after it; a day opening its
sentence ("1月9日，MiniMax正式挂牌上市") has the clause after it, and further on a happening told as done
正式 (officially), up to another date told in its sentence ("10月24日9点30分，余凯走向舞台中央，敲响了开市锣，
宣告地平线正式挂牌上市"). A word before the day ("快手上市的热情…从前一日的暗盘中看出") tells no happening on
that day. English tells a listing's first day by its own date
("soared on its market debut on Friday"): a day whose clause, before or after it, holds a word of
``first_day_happenings_en.txt`` ("listed", "debut") is the day "on its first day" counts from.
"""

from __future__ import annotations

import re

from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

_NEIGHBOURS = words_by_kind(builtin_rules().relative_date_neighbours_zh)
_HAPPENING = re.compile(alternation(_NEIGHBOURS["first_day_happening"]))
_NOT_HAPPENING = re.compile(alternation(_NEIGHBOURS["not_first_day_happening"]))
_OPENING_BRACKETS, _CLOSING_BRACKETS, _SENTENCE_ENDS = "(（", ")）", "。！？!?\n"
_CLAUSE_BREAK_OR_BRACKET = re.compile(r"[，,。；;！？!?\n()（）]")
# Not "Hong Kong-listed": a hyphen makes the word a listed company's, no happening.
_HAPPENING_EN = re.compile(rf"(?<![-‐A-Za-z])(?i:{alternation(builtin_rules().first_day_happenings_en)})(?![A-Za-z])")
# What may stand before a day opening an English sentence: "On", "By", nothing.
_OPENING_EN = re.compile(r"\s*(?:(?i:on|by)\s+)?")
# An English clause ends at a comma, a semicolon or a full stop (not one ending "Feb." before its day).
_CLAUSE_BREAK_EN = re.compile(r"[,;!?\n]|\.(?=\s+[A-Z])(?<![A-Z][a-z][a-z]\.)")
# A day with no more than a time of day before its clause's break opens its sentence ("1月9日，…",
# "2月5日上午消息，…"): what happened on it is told in the clause after.
_OPENING_REACH = 8
# What may stand before a day that opens its sentence: nothing, a bracket, "在".
_BEFORE_OPENING_DAY = re.compile(r"[\s(（“\"「]*在?")
# Further on than the clause after it, a day opening its sentence tells a happening told as its act: 正式
# (officially) before the word in its clause ("宣告地平线正式于港交所主板挂牌上市"), not one told aside
# ("该芯片此前因出口管制暂停交付", "允许生物科技公司赴港上市").
_OFFICIAL_HAPPENING = re.compile(rf"正式[^，,。；;！？!?\n]{{0,20}}?(?:{_HAPPENING.pattern})")
# Another day, month or year told later in the sentence: the happening after it is that date's, not the opening day's.
_LATER_DATE = re.compile(r"[0-9０-９]+\s*[年月日号號]|[今明昨次当當同翌前][天日]|[上下本][周週月]|[去今明][年]")


def names_a_happening(text: str, start: int, end: int) -> bool:
    """Whether the day read at ``text[start:end]`` is told as the day of a listing, a sale or a launch."""
    if text[start:end].isascii():
        return _HAPPENING_EN.search(_english_clause(text, start, end)) is not None
    stop = _clause_end(text, end)
    if stop - end <= _OPENING_REACH and stop < len(text):
        stop = _clause_end(text, stop + 1)
        if (told := _sentence_told(text, start, end)) is not None and _OFFICIAL_HAPPENING.search(text, stop, told):
            return True
    return _HAPPENING.search(_NOT_HAPPENING.sub("", text[end:stop])) is not None


def _sentence_told(text: str, start: int, end: int) -> int | None:
    """Where what a day opening its sentence may tell ends: the sentence's end, or the next date told in it
    ("10月24日9点30分，余凯走向舞台中央，敲响了开市锣，宣告地平线正式于港交所挂牌上市": the listing, three clauses on,
    is the day's); None for a day inside its sentence ("百度在3月16日下午，…"), whose clause after is all it tells."""
    opening = max(text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS) + 1
    if not _BEFORE_OPENING_DAY.fullmatch(text, opening, start):
        return None
    sentence_end = min((found for mark in _SENTENCE_ENDS if (found := text.find(mark, end)) >= 0), default=len(text))
    later = _LATER_DATE.search(text, end, sentence_end)
    return later.start() if later else sentence_end


def _clause_end(text: str, start: int) -> int:
    """Where the clause from ``start`` ends: a comma inside brackets is an aside's, not a break
    ("12月17日，沐曦集成电路（股票简称“沐曦股份”，股票代码“688802.SH”）正式挂牌上市": the listing is the day's)."""
    depth = 0
    for found in _CLAUSE_BREAK_OR_BRACKET.finditer(text, start):
        mark = found.group()
        if mark in _OPENING_BRACKETS:
            depth += 1
        elif mark in _CLOSING_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0 or mark in _SENTENCE_ENDS:
            return found.start()
    return len(text)


def _english_clause(text: str, start: int, end: int) -> str:
    """The English clause holding ``text[start:end]``: from the break before it to the break after it; a day
    opening its sentence ("On August 13, Tencent (HK00700, …) released its results") tells what the clause
    after it tells, its bracketed asides included."""
    before = [found.end() for found in _CLAUSE_BREAK_EN.finditer(text, 0, start)]
    opening = before[-1] if before else 0
    after = _CLAUSE_BREAK_EN.search(text, end)
    if after is not None and after.group() == "," and _OPENING_EN.fullmatch(text, opening, start):
        return text[opening : _english_break_outside_brackets(text, after.end())]
    return text[opening : after.start() if after else len(text)]


def _english_break_outside_brackets(text: str, start: int) -> int:
    """Where the English clause from ``start`` ends, a comma inside brackets being an aside's."""
    for found in _CLAUSE_BREAK_EN.finditer(text, start):
        if found.group() in ",;" and text.count("(", start, found.start()) > text.count(")", start, found.start()):
            continue
        return found.start()
    return len(text)
