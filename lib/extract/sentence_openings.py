"""Where a sentence's words start: past bullets and quotes, a fronted date, a source, a speaker, a period."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.first_characters import with_first_character_lookahead
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.text_script import HAN_CHARACTER, HAN_CHARACTERS

_LETTERS = re.compile(r"[\W_\d]+")

# A Chinese sentence that opens with a year, month or day and its comma ("3月，", "2月24日，", "去年，").
FRONTED_DATE = re.compile(r"\s*(?:(?:\d{4}|今|去)\s*年(?:\s*\d{1,2}\s*月)?|\d{1,2}\s*月)(?:\s*\d{1,2}\s*[日号])?"
                          r"[初中底末]?\s*[，,]\s*")

# A conjunction that opens a Chinese sentence against the one before ("但中国去年10月至12月的手机销量…"): the subject
# comes after it, as after a fronted date.
LEADING_CONJUNCTION = re.compile(r"(?:但是|但|不过|然而|可是|而)\s*[，,]?\s*")
# A report's or data's clause that opens a Chinese sentence ("报道更称，中国2020年超过一半的儿童…", "数据显示，"): what
# it reports comes after it, its subject with it.
LEADING_REPORT = re.compile(r"(?:报道|报导|报告|数据|调查|研究)[^，,。:：]{0,4}?(?:称|显示|指出|认为|表明)"
                            r"\s*[，,:：]\s*")

# A half-width comma written in Chinese (reprint sites and converters often do: "12日早间,华为"):
# one with a Chinese character on either side, spaces aside, or after a half-width bracket closing
# Chinese words ("数据称(不包括中国的应用商店),1月26日,DeepSeek"). A comma between digits or in Latin
# text is not one ("1,000亿元", "Baidu, Alibaba", "(NASDAQ: BIDU), the company").
_CHINESE_COMMA = with_first_character_lookahead(re.compile(
    rf"(?<=[{HAN_CHARACTERS}\uff09\u300d\u201d]) *,|(?<=[{HAN_CHARACTERS}]\)) *,|,(?= *[{HAN_CHARACTERS}])"))

# A source the figures are quoted from, before them: "According to LSEG data, ", "据彭博综合市场预测数据显示，".
_LEADING_SOURCE = re.compile(r"(?:according to [^,，]{1,60}|据[^，,。]{0,40})[,，]\s*", re.IGNORECASE)
# What the figures after it leave out, before them: "Excluding share-based compensation, operating income …",
# "剔除汇率影响，营收…": the figures are still the report's.
_LEADING_QUALIFIER = re.compile(r"(?:excluding|not including|剔除|扣除|除去|不计)[^,，。]{1,60}[,，]\s*", re.IGNORECASE)
# A connective that goes on from the sentence before ("Additionally, ", "Meanwhile, ", "此外，"; a contrast too:
# "However, this figure represents a 25.9% decrease", "不过，本季度游戏业务毛利率…") and a heading word closing with a
# colon before the figures it heads ("Outlook: CapEx is set to rise sharply YoY in 2026", Tencent's, AP en4044;
# 展望：资本开支…): the figures after them are still the report's. The words: lib/rules/figure_openings.csv.
_OPENING_WORDS = words_by_kind(builtin_rules().figure_openings)
_LEADING_CONNECTIVE = re.compile(rf"(?:{alternation(_OPENING_WORDS.get('connective', ()))})[,，]\s*", re.IGNORECASE)
_LEADING_LABEL = re.compile(rf"(?:{alternation(_OPENING_WORDS.get('label', ()))})\s*[:：]\s*", re.IGNORECASE)
# "Both" before two figures told together ("Both MAUs and DAUs reached record high in the fourth quarter"): the first
# figure opens the sentence, as 月活和日活均… opens with it in Chinese.
_LEADING_BOTH = re.compile(r"both\s+", re.IGNORECASE)
# The definite article before the figure ("The total revenue reached RMB 37.3 billion", "The cumulative revenue for
# the first three quarters"): the figure is the one the report gives, as bare "Total revenue" is; Chinese has no
# article and opens with the figure itself (总收入…).
_LEADING_ARTICLE = re.compile(r"the\s+", re.IGNORECASE)
# Who speaks, before a quote that opens with the speaker's words: 'Chen added, "We believe …', 'He said: "Our …',
# 他表示：“我们…”. A few words, a verb of saying, a comma or colon and an opening quote mark.
_LEADING_SPEAKER = re.compile(r"(?:[^\W\d][\w.'’-]*\s+){1,4}(?:said|says|added|adds|noted|notes|explained|explains|"
                              r"continued|stated|states|wrote|writes)\s*[,:]\s*[\"“]\s*"
                              r"|[^，。！？\W\d]\w{0,11}?(?:表示|称|说|指出|透露|强调|坦言|介绍)[:：]\s*[“「\"]\s*",
                              re.IGNORECASE)
_QUOTE_MARKS = ('"', "“", "「")
# Who speaks, after the words spoken, closing the sentence: "…, CEO Li Xiang said during an earnings call.",
# "…，CEO雷军表示。": a few words, a verb of saying and what follows it up to the end, no comma. Not a bare "he" or
# 他: it may stand for a person the sentence names itself ("prompted Luo to enter the field, he said", AA en2201).
_CLOSING_SPEAKER = re.compile(r"[,，]\s*(?!(?:he|she)\b|他|她)(?=(?:[^\W\d][\w.'’-]*\s+){1,4}"
                              r"(?:said|says|added|adds|noted|notes|told|explained)\b[^,，]*$"
                              r"|[^，,。\W\d]\w{0,11}?(?:表示|说|称|指出|补充说|补充道)[。！]?\s*$)",
                              re.IGNORECASE)
# Before a leading period, a word of at most this many Latin letters ("In", "For", "During") or Chinese
# characters (在, 于, 截至); "Industry-wide Q2 revenue", 行业整体第二季度营收 have a subject of their own.
_MAX_LATIN_BEFORE_PERIOD = 6
_MAX_HAN_BEFORE_PERIOD = 2
_AFTER_PERIOD = re.compile(r"[\s,，:：]*")
# A period's possessive ("Last year’s sales", "the quarter's revenue") owns the figure after it, as "Q2 revenue"'s
# period does: the figure's words are still the sentence's first words.
_AFTER_POSSESSIVE_PERIOD = re.compile(r"(?:['’]s(?!\w)|的)?[\s,，:：]*")
_FIRST_COMMA = re.compile(r"[,，]")


def figure_openings(text: str, dates: Sequence[tuple[int, int]]) -> set[int]:
    """Where a sentence's first words may start: its opening, past a leading connective or heading word, a source,
    what the figures leave out, a speaker before a quote, a period."""
    starts = {opening(text)}
    if connective := _LEADING_CONNECTIVE.match(text, opening(text)):
        starts.add(connective.end())
    if label := _LEADING_LABEL.match(text, opening(text)):
        starts.add(label.end())
    starts |= {both.end() for start in tuple(starts) if (both := _LEADING_BOTH.match(text, start))}
    starts |= {article.end() for start in tuple(starts) if (article := _LEADING_ARTICLE.match(text, start))}
    for leading in (_LEADING_SOURCE, _LEADING_QUALIFIER):
        starts |= {found.end() for start in starts if (found := leading.match(text, start))}
    if any(mark in text for mark in _QUOTE_MARKS) and (speaker := _LEADING_SPEAKER.match(text, opening(text))):
        starts.add(speaker.end())
    return starts | {_AFTER_POSSESSIVE_PERIOD.match(text, end).end() for at in starts for start, end in dates
                     if start >= at and _a_short_word(text[at:start])}


def closing_speaker(text: str) -> int | None:
    """Where the speaker closing ``text`` starts, after the words spoken ("…, he added."); None without one."""
    found = _CLOSING_SPEAKER.search(text)
    return found.end() if found else None


def _a_short_word(text: str) -> bool:
    letters = _LETTERS.sub("", text)
    han = len(HAN_CHARACTER.findall(letters))
    return han <= _MAX_HAN_BEFORE_PERIOD and len(letters) - han <= _MAX_LATIN_BEFORE_PERIOD


def past_leading_adverbial(text: str, adverbial: re.Pattern | None) -> int | None:
    """Where the words after a leading adverbial phrase start ("With demand recovering, our segments …",
    "与特斯拉相比，比亚迪…": the ``adverbial`` cue opens it, the first comma closes it); None without one."""
    start = opening(text)
    if adverbial is not None and adverbial.match(text, start) and (comma := _FIRST_COMMA.search(text, start)):
        return _AFTER_PERIOD.match(text, comma.end()).end()
    return None


def opening(text: str) -> int:
    """Where a sentence's first word starts, past bullets, quotes and spaces ("• Shares rose …")."""
    return len(text) - len(text.lstrip(" \t\n\"'“‘「『•·*-–—()（）"))


def full_width_commas(text: str) -> str:
    """``text`` with the half-width commas of Chinese prose written full-width (same length, so
    offsets hold): a Chinese clause boundary reads the same whichever width it was typed in."""
    if "," not in text:  # every match holds one: a test in C spares the pattern's lookbehinds at every character
        return text
    return _CHINESE_COMMA.sub(lambda match: match.group().replace(",", "，"), text)
