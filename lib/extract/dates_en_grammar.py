"""Read the English date classes a reference grammar lists that the other English readers left out (issue 9).

Taken from Microsoft Recognizers-Text's English date grammar, each a class of expression, not a sentence:

- "the week of March 17", "the week starting March 17", "the week ending March 7" (its ``WeekOfRegex``):
  the week that holds the day, Monday first, not the day itself;
- "the week before last", "the month after next", "the year before last" (its ``AfterNextSuffixRegex``):
  two units from publication's, as 上上周, 下下个月 and 前年 are;
- "the 15th of last month", "the 3rd of next month" (its ``SpecialDate`` with a relative month): that day of
  the month before or after publication's, as 上月15日 and 下月3日 are ("the 5th of this month" is ``dates_en_days``);
- "by mid-year", "until midyear", "at mid-year" (its ``MidPrefixRegex`` before "year"): the year, qualifier
  "mid", as "the middle of the year" and "mid-2025" are. Only after a word that places something at it, or
  opening a clause before a comma ("Mid-year, Kuaishou added…"): "mid-year results", "a mid-year review" name a
  report or a sale, not when anything happened.

Left out: "year-to-date" (its ``OneWordPeriodRegex``). The press writes it of a figure ("shares are down 7%
year-to-date", "its year-to-date gain"), a span up to publication as a duration is; read as the year it added
two false events to the real set, which annotates none of its three occurrences.

Split from ``dates_en`` so each reader stays small; ``dates_resolve`` places them.
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ascii_pattern
from lib.extract.dates_en_bare import month_number
from lib.extract.dates_en_words import ANY_MONTH, DAY, STATED_YEAR
from lib.extract.dates_named_days import WeekHolding
from lib.extract.dates_spec import WHOLE_YEAR, Candidate, DateSpec, InYear, Shift, year_edge_part

_TWO_UNITS = {"before last": -2, "after next": 2}


def read_english_grammar_dates(text: str) -> list[Candidate]:
    """Every reading in ``text`` of the classes this module reads."""
    return READER(text)


def _week_holding(match: re.Match, text: str) -> DateSpec:
    part = WeekHolding(month_number(match["month"]), int(match["day"]))
    return InYear(part, year=int(match["year"])) if match["year"] else InYear(part)


def _two_units_away(match: re.Match, text: str) -> DateSpec:
    unit, offset = match["unit"].lower(), _TWO_UNITS[" ".join(match["side"].lower().split())]
    return InYear(WHOLE_YEAR, offset=offset) if unit == "year" else Shift(unit, offset)


def _day_of_a_month_away(match: re.Match, text: str) -> DateSpec:
    return Shift("month", -1 if match["dir"].lower() == "last" else 1, day=int(match["day"]))


def _mid_year(match: re.Match, text: str) -> DateSpec:
    if match["year"]:
        return InYear(year_edge_part("mid"), "mid", year=int(match["year"]))
    return InYear(year_edge_part("mid"), "mid", offset=0, of_the_year=True)


# Words after "mid-year" that leave it the time of what is told ("by mid-year, the firm…", "by mid-year to
# expand"), not the first word of a noun phrase it qualifies ("mid-year results").
_GOES_ON = (r"(?=\s*(?:[,.;:)!?]|$)|\s+(?i:to|and|or|as|when|if|with|but|for|in|on|at|the|a|an|after|before|while"
            r"|from|than|so)\b)")
_CUES = CueTable(
    uncased=tuple(
        (cue, word)
        for cue, words in {
            "week_of": ("week",),
            "two_units": ("before last", "after next"),
            "month_away": ("last month", "next month"),
            "mid_year": ("midyear", "mid-year", "mid year"),
        }.items()
        for word in words
    ),
    requires=re.compile(r"[A-Za-z]"),
)
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (ascii_pattern(rf"\b(?i:the\s+)?(?i:week)\s+(?i:of|(?:starting|beginning|commencing|ending)(?:\s+on)?)\s+"
                   rf"(?P<month>{ANY_MONTH})\s+{DAY}(?:,?\s+{STATED_YEAR})?"),
     _week_holding, ("week_of",)),
    (ascii_pattern(r"\b(?i:the\s+(?P<unit>week|month|quarter|year)\s+(?P<side>before\s+last|after\s+next))\b"),
     _two_units_away, ("two_units",)),
    (ascii_pattern(r"\b(?i:the\s+)(?P<day>3[01]|[12][0-9]|0?[1-9])(?i:st|nd|rd|th)\s+(?i:of\s+(?P<dir>last|next)\s+month)\b"),
     _day_of_a_month_away, ("month_away",)),
    (ascii_pattern(r"(?:(?<=\b[Bb]y )|(?<=\b[Uu]ntil )|(?<=\b[Tt]ill )|(?<=\b[Bb]efore )|(?<=\b[Aa]round )"
                   r"|(?<=\b[Ss]ince )|(?<=\b[Aa]fter )|(?<=\b[Aa]t )|(?<=\b[Ii]n ))"
                   r"(?:the\s+)?(?i:mid[\s-]?year)(?![A-Za-z-])"
                   rf"(?:(?:\s+|,\s*){STATED_YEAR}|{_GOES_ON})"),
     _mid_year, ("mid_year",)),
    # Opening a clause, set off by a comma ("Mid-year, Kuaishou added…"), as 年中 opening a clause is; "Mid-year
    # results…" goes on as a noun phrase.
    (ascii_pattern(rf"(?:^|(?<=[.;:!?] ))(?i:mid[\s-]?year)(?:\s+{STATED_YEAR})?(?=,)"), _mid_year, ("mid_year",)),
]
READER = CandidateReader(_PATTERNS, _CUES)
