"""Whether an English month or year standing alone is a date, and the month names themselves.

A full month name alone is a date only where its context makes it one: after a preposition of time
("in March", "since May"), after a tally and "for" ("deliveries for March"), in a list of months
("March, April"), as the first month of a span joined by a dash ("for the April-June period", "its
July-September revenue": the compound is a date whatever stands before it), or between a determiner
and a noun ("before the August rally", "its June update"). A
four-digit number alone is a year unless a quantity word, sign or count noun makes it an amount ("$2024",
"2024 active users"; ``dates_en_year_or_amount``).
Split from ``dates_en``, whose patterns find the words; the checks here look around them and never
consume context.
"""

from __future__ import annotations

import re

from lib.extract.dates_en_year_or_amount import reads_as_year
from lib.extract.dates_spec import WHOLE_YEAR, DateSpec, InYear, month_part
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, literal_alternation

_DATE_WORDS = builtin_rules().date_words_en
MONTHS = {word: number for kind, number, word in _DATE_WORDS if kind == "month"}
MONTH_ABBREVIATIONS = {word: number for kind, number, word in _DATE_WORDS if kind == "month_abbreviation"}
# The quarter an ordinal numbers ("the third quarter", "the final quarter"), looked up lower-case.
QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                    "final": 4, "last": 4}
# The ordinals a pattern reads as the four quarters and the two halves ("the third quarter", "first-half");
# "final" and "last" only where a pattern reads them itself.
QUARTER_ORDINAL = "|".join(word for word in QUARTER_ORDINALS if word not in ("final", "last"))
HALF_ORDINAL = "first|second|1st|2nd"


def quarter_number(digit: str | None, ordinal: str | None) -> int:
    """The quarter a digit ("Q3") or else an ordinal ("the third quarter", any case) numbers."""
    return int(digit) if digit else QUARTER_ORDINALS[ordinal.lower()]


def half_number(ordinal: str) -> int:
    """The half an ordinal numbers: 1 for "first" or "1st" (any case), else 2 ("second", "2nd", "latter")."""
    return 1 if ordinal.lower() in ("first", "1st") else 2
# Month names are matched case-sensitively: a capital is what separates "May" from "may".
FULL_MONTH = r"(?:" + "|".join(MONTHS) + r")\b"
_TALLIES = [word for kind, _, word in _DATE_WORDS if kind == "tally"]

# Words before a bare month (full names only) that make it a date (lib/rules/bare_month_leads_en.txt); "May" and
# "March" need them most. A lead ending in a hyphen is joined to the month ("mid-August").
_LEADS = builtin_rules().bare_month_leads_en
_BEFORE_BARE_MONTH = re.compile(
    rf"(?i:\b(?:{alternation(lead for lead in _LEADS if not lead.endswith('-'))})\s+"
    rf"|{literal_alternation(lead for lead in _LEADS if lead.endswith('-')) or '(?!)'})$"
    rf"|{FULL_MONTH}\s*(?:,\s*(?:and|or)|,|and|or|to|through|-|–)\s*$"
    rf"|\b(?i:{'|'.join(_TALLIES)})\s+for\s+$",
    re.ASCII,
)
# A month naming what happened in it: "before the August rally", "its June update", "Apple's September event",
# "that February moment", an occasion's name after it ("its November Apollo Day event"); not "the March of Dimes",
# "the May government" (a prime minister's), "the May Fourth Movement" (no occasion's noun after the name), "the
# May 4th Movement" (read whole). The words before: lib/rules/bare_month_determiners_en.txt.
# A word placing the occasion ahead may stand between ("the upcoming October launch", "its planned March listing"):
# lib/rules/bare_month_ahead_words_en.txt.
_DETERMINER_BEFORE = re.compile(
    rf"(?:\b(?i:{alternation(builtin_rules().bare_month_determiners_en)})|[A-Za-z]['’]s)\s+"
    rf"(?:(?i:{alternation(builtin_rules().bare_month_ahead_words_en)})\s+)?$",
    re.ASCII)
_NOUN_AFTER_MONTH = re.compile(
    r"\s+(?!(?:of|on|to|and|or|for|in|at|by|with|from|as|is|was|are|were|has|had|will|would|could|may|might"
    r"|should|be|that|which|who|government|administration|cabinet)\b)[a-z][a-z-]*\b", re.ASCII)
# ... or an occasion's capitalised name and a noun ending it: lib/rules/event_nouns_en.txt.
_OCCASION_AFTER_MONTH = re.compile(
    rf"\s+(?:[A-Z][A-Za-z0-9-]*\s+){{1,3}}(?:{'|'.join(builtin_rules().event_nouns_en)})s?\b", re.ASCII)

# A month's possessive before a noun, as a weekday's ("improving June's result", as "Thursday's filing"); not a
# person's name ("Theresa May's government": a capitalised word before it).
_POSSESSIVE_AFTER_MONTH = re.compile(r"['’]s\s+[a-z]", re.ASCII)
_NAME_BEFORE_MONTH = re.compile(r"\b[A-Z][a-z]*\s+$", re.ASCII)

# A dash and a second month after a month: the first month of a span ("the April-June period").
_MONTH_SPAN_AFTER = re.compile(rf"[-–]\s*{FULL_MONTH}", re.ASCII)


def month_number(name: str) -> int:
    """The month (1-12) a full or abbreviated name ("Sept.") names."""
    name = name.rstrip(".")
    return MONTHS.get(name) or MONTH_ABBREVIATIONS[name]


def bare_month(match: re.Match, text: str) -> DateSpec | None:
    """A full month name alone (group ``month``), when its context makes it a date."""
    before = text[max(0, match.start() - 40) : match.start()]
    if not (_BEFORE_BARE_MONTH.search(before) or _MONTH_SPAN_AFTER.match(text, match.end())
            or (_POSSESSIVE_AFTER_MONTH.match(text, match.end()) and not _NAME_BEFORE_MONTH.search(before))
            or (_DETERMINER_BEFORE.search(before) and (_NOUN_AFTER_MONTH.match(text, match.end())
                                                       or _OCCASION_AFTER_MONTH.match(text, match.end())))):
        return None
    return InYear(month_part(month_number(match["month"])))


def bare_year(match: re.Match, text: str) -> DateSpec | None:
    """A four-digit year alone (group ``year``), unless it is an amount, a count or part of a name
    (``dates_en_year_or_amount``)."""
    year = int(match["year"])
    return InYear(WHOLE_YEAR, year=year) if reads_as_year(text, match.start(), match.end(), year) else None
