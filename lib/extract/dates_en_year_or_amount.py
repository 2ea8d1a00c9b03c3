"""Whether a bare four-digit number in English text is a year or an amount: the words around it decide.

"in 2023" is a year; "$2024", "RMB 2000", "more than 2000" and "2024 active users" are amounts and
counts (``lib/rules/money_words.csv``, ``amount_words.csv``, ``count_words.csv``), and so is "1987
employees": a year before 1990 counts only after a preposition of time ("founded in 1987"). Right after
an event's or product's name a bare year is part of the name ("CES 2026", "Windows 2000", "全连接大会 2025"),
and so it is right before a Chinese name that ends in an event word ("2024未来汽车先行者大会", "2025夏季达沃斯峰会"):
the event of that year, not a date the sentence tells of (with 年, "2025年世界人工智能大会", it stays a date);
an undated article still takes its year from it (``year_of_a_named_event``).
"""

from __future__ import annotations

import re

from lib.rules import builtin_rules
from lib.rules.money_words import money_words_by_kind
from lib.rules.rule_file import alternation, words_by_kind

# Prepositions that take a time, not an amount ("up to 1950 units", "a total of 1987"): for old years.
_TIME_PREPOSITION_BEFORE = re.compile(r"(?i:\b(?:in|since|from|until|till|before|after|during)\s+)$", re.ASCII)
_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|since|by|from|to|until|till|before|after|during|of|for|through|between)\s+)$",
    re.ASCII,
)
_AMOUNT_WORDS = words_by_kind(builtin_rules().amount_words)
_COUNT_WORDS = words_by_kind(builtin_rules().count_words)
_MONEY_SIGNS = list(money_words_by_kind(builtin_rules().money_words)["sign"])
# A sign, currency code or amount word before a number: "$2024", "RMB 2000", "US 2000", "more than 2000".
# A code, as written, must open a word; a sign need not ("US$2024").
_QUANTITY_BEFORE = re.compile(
    rf"(?:{alternation([*(sign for sign in _MONEY_SIGNS if not sign[0].isalpha()), *_AMOUNT_WORDS['sign']])}"
    rf"|\b(?:{alternation([*(sign for sign in _MONEY_SIGNS if sign[0].isalpha()), *_AMOUNT_WORDS['country']])})"
    rf"|(?i:\b(?:{alternation(_AMOUNT_WORDS['before'])})))\s*$",
    re.ASCII,
)
# An event or product name right before a bare year holds it: "CES 2026", "Windows 2000", "全连接大会 2025".
_NAME_BEFORE = re.compile(rf"(?:(?<![A-Za-z])(?:{alternation([*_AMOUNT_WORDS['name'], *_AMOUNT_WORDS['product']])})"
                          rf"|{alternation(_AMOUNT_WORDS['name_zh'])})\s*$")
# An event's name right before its bare year: the event of that year ("World Governments Summit 2025", "全连接大会
# 2025"), held in it; a product's ("Windows 2000") keeps its name for years and tells no year.
_EVENT_BEFORE = re.compile(rf"(?:(?<![A-Za-z])(?:{alternation(_AMOUNT_WORDS['name'])})"
                           rf"|{alternation(_AMOUNT_WORDS['name_zh'])})\s*$")
# A Chinese name ending in an event word right after a bare year holds it: "2025夏季达沃斯峰会",
# "2024冬季FORCE原动力大会" (a run of Chinese or Latin letters, no punctuation). English puts the year before the
# name as an attribute ("said at the 2021 ABC Summit": the summit of 2021), a date.
_NAME_AFTER = re.compile(rf"\s?(?!年)[\u4e00-\u9fffA-Za-z·]{{0,14}}?(?:{alternation(_AMOUNT_WORDS['name_zh'])})")
_BARE_YEAR = re.compile(r"(?<![\dA-Za-z])(?:19|20)\d\d(?![\d年])")
# A measure or a count noun after a number: "2025人", "2024 active users".
_COUNT_AFTER = re.compile(
    rf"\s*(?:{alternation(_COUNT_WORDS['measure_zh'])}|(?i:(?:\s+(?:{alternation(_COUNT_WORDS['modifier'])}))?\s+"
    rf"(?:{alternation(_COUNT_WORDS['noun'])})\b))",
    re.ASCII,
)


def reads_as_year(text: str, start: int, end: int, year: int) -> bool:
    """Whether the number ``year`` at ``text[start:end]`` is a year, not an amount or a count."""
    before = text[max(0, start - 20) : start]
    if _QUANTITY_BEFORE.search(before) or _NAME_BEFORE.search(before):
        return False
    if (_COUNT_AFTER.match(text, end) or _NAME_AFTER.match(text, end)) and not _PREPOSITION_BEFORE.search(before):
        return False
    if 1900 <= year < 1990:
        # an older year only after a preposition ("founded in 1987"): "1987 employees" is a count
        return _TIME_PREPOSITION_BEFORE.search(before) is not None
    return 1990 <= year <= 2039


def year_of_a_named_event(text: str) -> int | None:
    """The year an event's name in ``text`` holds ("2024未来汽车先行者大会", "World Governments Summit 2025",
    "全连接大会 2025": the event of that year, held in it), which tells an undated article's year though it is no
    date of its own; not a product's ("Windows 2000")."""
    for match in _BARE_YEAR.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()]
        if _EVENT_BEFORE.search(before) or (_NAME_AFTER.match(text, match.end())
                                            and not _PREPOSITION_BEFORE.search(before)):
            return int(match.group())
    return None
