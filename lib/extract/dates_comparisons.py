"""Whether "a year ago", 一年前 set a figure against an earlier one: "down 48% from a year ago", "from RMB
10.3 billion a year ago", 较一年前, 与一年前(的1%)相比, "A year ago, the figure was", 一年前这个数据是, "A year
earlier, PDD posted a net income of 8.1 billion renminbi" (opening a clause that tells a figure), a multiple of
the earlier figure ("almost double the figure a year ago", 是一年前的两倍), "62% more than a year ago" (a change
before "more than"; with none, "more than a year ago" is a span). In
results news that is the period in focus a year back (``dates_chain``); elsewhere ("a year ago, it launched",
一年前发布) the year before publication's.
A stated period may be set against too ("compared to 5.6 billion yuan for the second quarter of 2020",
较2018年第一季度): it is then a comparison, not the period in focus.

The comparison words are data (``lib/rules/comparison_words.csv``); this module only combines them.
"""

from __future__ import annotations

import re

from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

_WORDS = words_by_kind(builtin_rules().comparison_words)
# The earlier figure between the comparison word and the date: "RMB 10.29 billion", "$4.3bn", "16%",
# "1.6 billion yuan (US$235 million)", "52,584 vehicles", "revenue of 33.9 billion yuan", "a net loss of $2m",
# and a figure told with its noun and the verb that made it ("the 420,398 units sold", "the 54 million shipped").
EARLIER_FIGURE = (r"(?:(?:an?\s+)?(?:[a-z-]+\s+){1,2}of\s+)?(?:the\s+)?(?:(?:US|HK|RMB|CNY|USD)\s?)?[$€£¥]?\s?"
                  r"[0-9][0-9,.]*\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|trillion|bn|mn|m|k)\b)?"
                  r"(?:\s+(?:[A-Z][a-z]+\s+)?[a-z]+(?:\s+[a-z]+)?)?(?:\s*\([^()]{0,40}\))?\s+")
_BEFORE_EN = re.compile(rf"(?:\b(?P<previous>[A-Za-z]+)\s+)?(?<![A-Za-z])(?i:{alternation(_WORDS['before'])})\s+"
                        rf"(?:{EARLIER_FIGURE})?$")
# "rose more than 19% in the first three months of 2024" is an amount, not set against that period.
_NOT_A_SPAN = "".join(rf"(?<!\b{word}\s)(?<!\b{word.capitalize()}\s)" for word in _WORDS["not_before"])
# A change with its percent sign dropped ("43% year-over-year and 22 from the first quarter"): one or two digits,
# not a larger count nor a year.
_BARE_CHANGE = r"(?<![0-9.,])[0-9]{1,2}(?:\.[0-9]+)?"
# Before a stated period: "compared with", or a comparison word with the earlier figure and "for" or "in"
# between, or "than" right before "in" or "for" ("23% more than in the second quarter"), or a change in
# percent and "over".
_BEFORE_PERIOD_EN = re.compile(
    rf"(?:(?<![A-Za-z])(?i:{alternation(_WORDS['before_period'])})\s+"
    rf"|(?<![A-Za-z]){_NOT_A_SPAN}(?i:{alternation(_WORDS['before'])})\s+{EARLIER_FIGURE}(?i:for|in)\s+"
    rf"|(?<![A-Za-z])(?i:{alternation(_WORDS['than_in'])})\s+(?i:for|in)\s+"
    rf"|[0-9]\s*(?:%|(?i:percent|per\s+cent))\s+(?i:{alternation(_WORDS['over_figure'])})\s+)$")
# Before a stated month, quarter or half only: a change and "from" ("up 6.46 percent from the fourth quarter").
_FROM_PERIOD_EN = re.compile(rf"(?:[0-9]\s*(?:%|(?i:percent|per\s+cent))|{_BARE_CHANGE})\s+"
                             rf"(?i:{alternation(_WORDS['from_figure'])})\s+$")
# "rose 20% from January to March": the period opens a span, not a figure's comparison; "from RMB1.4 billion for
# the third quarter of 2019 to RMB6.7 billion" goes on to the later figure, and stays one.
_SPAN_GOES_ON = re.compile(r"(?:\s+(?i:to|through|until|till)\b|\s*[-–—])"
                           r"(?!\s*(?:[$€£¥0-9]|(?:US|HK|RMB|CNY|USD)(?![A-Za-z])))")
_SPANS = frozenset(word.lower() for word in _WORDS["not_before"])
_BEFORE_ZH = re.compile(rf"(?:{alternation(_WORDS['before_zh'])})\s*$")
_WITH_ZH = re.compile(rf"(?:{alternation(_WORDS['with_zh'])})\s*$")
# "与1年前的1%相比": the earlier figure may stand between 一年前 and the word after it, with the verb that made it
# ("与2025年12月售出的42万辆相比").
_AFTER_ZH = re.compile(r"(?:\s*[^，。；、,;\s0-9的]{0,3}?的\s*[0-9][0-9.,]*\s*(?:%|％|[万亿]+)?"
                       r"[^，。；、,;\s0-9]{0,3}?)?\s*"
                       rf"(?:{alternation(_WORDS['after_zh'])})")
# "A year ago, the figure was 50 million", "一年前这个数据是5000万次": the figure just told, a year back.
_FIGURE_AFTER = re.compile(rf"[\s,，]*(?i:{alternation(_WORDS['figure_after'])})(?![A-Za-z])")
_CONTINUES_ZH = re.compile(rf"(?:{alternation(_WORDS['continues_zh'])})\s*$")
_QUARTER_ON_QUARTER_ZH = re.compile(rf"(?:{alternation(_WORDS['quarter_on_quarter_zh'])})[^。！？!?\n]*$")
_PAIRED_AFTER_ZH = re.compile(rf"\s*(?:{alternation(_WORDS['paired_after_zh'])})")
# A figure a results sentence tells: "$2.85", "48.9 billion yuan", "up 89.0%", "US$6.7 billion", "549亿元".
_A_FIGURE = re.compile(r"[$€£¥]\s?[0-9]|[0-9]\s*(?:%|[亿万]|(?i:percent|per\s+cent|million|billion|trillion|bn|mn)\b)")
_OPENING_COMMA = re.compile(r"\s*[,，]")
# "almost double the figure a year ago", "twice its sales a year earlier": a multiple of the earlier figure, its
# noun (a word to three) between.
_MULTIPLE_EN = re.compile(rf"(?<![A-Za-z])(?i:{alternation(_WORDS['multiple'])})\s+(?i:the|that|its|their)\s+"
                          r"(?:[A-Za-z-]+\s+){1,3}$")
# "是一年前的两倍", "仅为一年前的一半": the count before 倍 in digits or Chinese numerals.
_MULTIPLE_AFTER_ZH = re.compile(r"\s*的\s*(?:[0-9.]+|[一二两三四五六七八九十百几]+)?\s*"
                                rf"(?:{alternation(_WORDS['multiple_after_zh'])})")
# A change told before "more than" ("62% more than a year ago", "three times more than"): a comparison.
_CHANGE_BEFORE = re.compile(r"(?:[0-9]\s*(?:%|(?i:percent|per\s+cent))|(?i:times))\s+$")
# How far back the comparison word and the figure may stand.
_REACH = 80
# A year-on-year word right before a stated period ("同比2020年4月"), or before an English comparison word right before
# it ("year-on-year from April 2020", "year over year, compared with April 2020").
_YEAR_ON_YEAR = re.compile(
    rf"(?<![A-Za-z])(?i:{alternation(_WORDS['year_on_year'])})\s*"
    rf"(?:[,，]?\s*(?i:{alternation(_WORDS['before'] + _WORDS['before_period'])})\s+)?$")


def compared_in_english(text: str, start: int) -> bool:
    """Whether the words starting at ``start`` ("a year ago") are what a figure is set against."""
    before = text[max(0, start - _REACH) : start]
    found = _BEFORE_EN.search(before)
    if found is None:
        return _MULTIPLE_EN.search(before) is not None
    # not "more than a year ago", unless a change stands before it: "62% more than a year ago"
    return ((found["previous"] or "").lower() not in _SPANS
            or _CHANGE_BEFORE.search(before, 0, found.start()) is not None)


def takes_up_the_figure(text: str, end: int) -> bool:
    """Whether the words ending at ``end`` ("A year ago", 一年前) are followed by words taking up the figure just
    told ("the figure was", 这个数据是): its value a year back, set against it."""
    return _FIGURE_AFTER.match(text, end) is not None


def opens_before_a_figure(text: str, start: int, end: int) -> bool:
    """Whether the words at ``text[start:end]`` ("A year earlier", 一年前) open the sentence, a comma after them,
    and the clause they open tells a figure: "A year earlier, PDD posted a net income of 8.1 billion renminbi"
    (en1716) sets that figure against the one just told, as "A year ago, the figure was" does."""
    return (not text[:start].strip(" \t\n\"“‘(") and _OPENING_COMMA.match(text, end) is not None
            and tells_a_figure(text[end:]))


def tells_a_figure(text: str) -> bool:
    """Whether ``text`` tells an amount or a change in percent: "revenue of $23.05 billion for the quarter",
    "本季度收入549亿元". Anyone's amount ("shares fell 20%" too): whether it is a company's figure, told by a figure
    word and no subject of its own, is ``Attributor.tells_a_figure``'s question; whether a results measure is named,
    ``dates_results_period``'s."""
    return _A_FIGURE.search(text) is not None


def period_compared_in_english(text: str, start: int, end: int | None = None) -> bool:
    """Whether the stated period at ``text[start:end]`` ("the second quarter of 2020") is what a figure is set
    against: "compared to 5.6 billion yuan for the second quarter of 2020", "16% over the first quarter"; given
    its ``end``, "up 6.46 percent from the fourth quarter" too, unless it opens a span ("20% from January to
    March")."""
    before = text[max(0, start - _REACH) : start]
    if _BEFORE_PERIOD_EN.search(before) is not None:
        return True
    return end is not None and _FROM_PERIOD_EN.search(before) is not None and not _SPAN_GOES_ON.match(text, end)


def compared_in_chinese(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (一年前) is what a figure is set against: 较一年前, 与一年前相比, 是一年前的两倍."""
    before = text[max(0, start - 4) : start]
    return _BEFORE_ZH.search(before) is not None or _MULTIPLE_AFTER_ZH.match(text, end) is not None or (
        _WITH_ZH.search(before) is not None and _AFTER_ZH.match(text, end) is not None)


def set_against_a_year_before(text: str, start: int) -> bool:
    """Whether the stated period at ``start`` is set against year on year (``year_on_year`` words right before it,
    or before a comparison word right before it: "同比2020年4月增长", "up 111% year-on-year from April 2020"): the
    figure told is of the same period a year later."""
    before = text[max(0, start - _REACH) : start]
    return _YEAR_ON_YEAR.search(before) is not None


def quarter_before_the_reported_in_chinese(text: str, start: int, end: int | None = None) -> bool:
    """Whether 上季 / 上一季度 at ``text[start:end]`` is the quarter before the one reported, by the words
    before it: carried on from (延续上一季度的增长) or set against quarter on quarter (按季下降主要由于上一季度); given
    its ``end``, by the words after it too: paired with the year-ago period as a figure's two earlier values
    (上一季度和去年同期分别为…)."""
    before = text[max(0, start - _REACH) : start]
    return (_CONTINUES_ZH.search(before) is not None or _QUARTER_ON_QUARTER_ZH.search(before) is not None
            or (end is not None and _PAIRED_AFTER_ZH.match(text, end) is not None))
