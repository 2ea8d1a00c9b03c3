"""Read English date expressions in a sentence as unresolved date specs.

Each pattern finds the date's own words ("December last year", "the second half of 2024") and
its builder turns them into a spec from ``dates_spec``; context that decides whether the words
are a date at all ("in March" versus "March on", "in 2023" versus "2023 users", ``dates_en_bare``) is
checked around the match, never consumed, so spans hold only the date.

Parts of a year (halves, quarters, its first months and weeks, codes such as "3Q24") are read by
``dates_en_year_parts`` in this reader's order; the pattern pieces the English readers share (a month's
name, a day, a stated or relative year, ``year_of``) live in ``dates_en_words``.
"""

from __future__ import annotations

import re

from lib.extract import dates_en_chains, dates_en_relative
from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ReaderGroup, ascii_pattern
from lib.extract.dates_en_bare import (
    FULL_MONTH,
    MONTH_ABBREVIATIONS,
    MONTHS,
    bare_month,
    bare_year,
    month_number,
)
from lib.extract.dates_en_words import ANY_MONTH, ANY_YEAR, DAY, RELATIVE_YEAR, STATED_YEAR, year_of
from lib.extract.dates_en_year_parts import YEAR_PART_PATTERNS
from lib.extract.dates_spec import (
    Candidate,
    Chained,
    DateSpec,
    InYear,
    day_part,
    month_part,
    quarter_part,
    year_edge_part,
)

_EDGE_QUALIFIERS = {"beginning": "early", "start": "early", "middle": "mid", "end": "end"}

_YEAR_AFTER_MONTH = rf"(?:,?\s+(?:of\s+)?{STATED_YEAR}|\s+(?:of\s+)?{RELATIVE_YEAR})"


def read_english_dates(text: str) -> list[Candidate]:
    """Every English date reading in ``text``, overlapping readings included."""
    return _ENGLISH(text)


def _iso_date(match: re.Match, text: str) -> DateSpec:
    return year_of(match, day_part(int(match["month"]), int(match["day"])))


def _numeric_date(match: re.Match, text: str) -> DateSpec | None:
    first, second = int(match["a"]), int(match["b"])
    # Slashes in US order first; dashes and dots with the year last day first ("02-07-2021 18:01 IST" is
    # 2 July), as the metadata reader reads them (lib/parse/metadata_dates.py); a number above 12 is the day.
    if match.groupdict().get("sep") in ("-", "."):
        first, second = second, first
    month, day = (first, second) if first <= 12 else (second, first)
    if month > 12 or not 1 <= day <= 31:
        return None
    return year_of(match, day_part(month, day))


def _month_day(match: re.Match, text: str) -> DateSpec:
    return year_of(match, day_part(month_number(match["month"]), int(match["day"])))


def _month_year(match: re.Match, text: str) -> DateSpec:
    return year_of(match, month_part(month_number(match["month"])))


def _qualified_month(match: re.Match, text: str) -> DateSpec:
    qualifier = match["q"] or _EDGE_QUALIFIERS[match["edge"].lower()]
    return year_of(match, month_part(month_number(match["month"])), qualifier.lower().rstrip("-"))


def _directed_month(match: re.Match, text: str) -> DateSpec:
    """"last October", "next March", "this June"; with a day ("last October 7th") that day of it."""
    month = month_number(match["month"])
    part = day_part(month, int(match["day"])) if match["day"] else month_part(month)
    direction = match["dir"].lower()
    if direction == "this":
        return InYear(part, offset=0)
    return InYear(part, toward="before" if direction == "last" else "after")


def _qualified_year(match: re.Match, text: str) -> DateSpec:
    qualifier = (match["q"] or _EDGE_QUALIFIERS.get((match["edge"] or "").lower(), "end")).lower()
    return year_of(match, year_edge_part(qualifier), qualifier)


def _range_end(match: re.Match, text: str) -> DateSpec | None:
    """"Aug 9 to 11", "Jan. 28 or 29", "December 14 and 28": the end is its own date, counted from the
    start; "and" after "between", or "and" and "or" when the clause ends there."""
    first, last = int(match["d1"]), int(match["d2"])
    if last <= first:
        return None
    between = re.search(r"(?i:\bbetween)\s+$", text[max(0, match.start() - 10) : match.start()])
    clause_ends = re.match(r"\s*(?:[,.;:)]|$)", text[match.end():]) is not None
    if match["sep"].lower() in ("and", "or") and not (clause_ends or (between and match["sep"].lower() == "and")):
        return None  # "Jan. 28 or 29." names two days; "March 3 and 5 other firms" does not
    return Chained("day", last - first, same_sentence=True, range_end=True)


# The hyphen after the qualifier may be Unicode's hyphen or non-breaking hyphen, as some outlets write every
# hyphen ("mid\u2011March", "mid\u20112025").
_QUALIFIER = (r"(?i:(?P<q>early|mid|late|end)(?:\s+|[-\u2010\u2011]\s*)"
              r"|(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+)")
# Words every match of a pattern contains; a pattern runs only when the text has all it needs.
_CUES = CueTable(
    cased=(("h_half", "H1"), ("h_half", "H2"), ("q_quarter", "Q1"), ("q_quarter", "Q2"), ("q_quarter", "Q3"),
           ("q_quarter", "Q4")),
    uncased=tuple(
        (cue, word)
        for cue, words in {
            "qualifier": ("early", "mid", "late", "end", "beginning", "start"),
            "year": ("year",),
            "half": ("half",),
            "quarter": ("quarter",),
            "months": ("months of", "months this year", "months last year", "months next year"),
            "first_months": ("first three months", "first six months", "first nine months", "first 3 months",
                             "first 6 months", "first 9 months"),
            "first_quarters": ("first three quarters",),
            "weeks": ("weeks of",),
        }.items()
        for word in words
    ),
    patterns=(
        ("digit", re.compile(r"[0-9]")),
        ("num_sep", re.compile(r"[0-9][-/.][0-9]")),
        ("short_year", re.compile(r"['’‘][0-9]{2}|[0-9][HQ][0-9]{2}|Q[1-4]\s*['’‘]?[0-9]{2}|FY\s*['’‘]?[0-9]{2}"
                                  r"|[12]H\s|[0-9][HQ][1-4]|[1-4]Q(?![0-9A-Za-z])|[1-4]Q\s+[12][0-9]")),
        # Every month word starts with three letters of this set (as the file's names do).
        ("month", re.compile("|".join(sorted({word[:3] for word in [*MONTHS, *MONTH_ABBREVIATIONS]})))),
    ),
    requires=re.compile(r"[0-9A-Za-z]"),
)
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (
        ascii_pattern(
            r"(?<![0-9./-])(?P<year>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<month>0?[1-9]|1[0-2])(?P=sep)"
            r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
        ),
        _iso_date,
        ("digit", "num_sep"),
    ),
    (
        ascii_pattern(rf"(?<![0-9./-])(?P<a>[0-9]{{1,2}})/(?P<b>[0-9]{{1,2}})(?:/|,?\s+){STATED_YEAR}"),
        _numeric_date,
        ("digit", "num_sep"),
    ),
    (
        ascii_pattern(rf"(?<![0-9./-])(?P<a>[0-9]{{1,2}})(?P<sep>[.-])(?P<b>[0-9]{{1,2}})(?P=sep){STATED_YEAR}"),
        _numeric_date,
        ("digit", "num_sep"),
    ),
    (ascii_pattern(rf"\b(?P<month>{ANY_MONTH})\s+{DAY}(?:,?\s+{STATED_YEAR}|\s+{RELATIVE_YEAR})?"), _month_day,
     ("month", "digit")),
    (
        ascii_pattern(rf"\b{ANY_MONTH}\s+(?P<d1>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s*"
                 r"(?P<sep>-|–|(?i:to|through|until|till|and|or)(?=\s))\s*"
                 r"(?P<own>(?P<d2>3[01]|[12][0-9]|0?[1-9])(?:(?:st|nd|rd|th)(?![A-Za-z0-9])|(?![A-Za-z0-9%:]|[.,][0-9])))"),
        _range_end,
        ("month", "digit"),
    ),
    (
        ascii_pattern(rf"(?<![0-9.,])\b(?:the\s+)?{DAY}\s+(?:of\s+)?(?P<month>{ANY_MONTH}){_YEAR_AFTER_MONTH}?"),
        _month_day,
        ("month", "digit"),
    ),
    (ascii_pattern(rf"\b(?P<month>{ANY_MONTH}){_YEAR_AFTER_MONTH}"), _month_year, ("month",)),
    (ascii_pattern(rf"\b{_QUALIFIER}(?P<month>{FULL_MONTH}){_YEAR_AFTER_MONTH}?"), _qualified_month, ("month",)),
    (ascii_pattern(rf"\b(?i:(?P<dir>last|next|this))\s+(?P<month>{FULL_MONTH})(?:\s+{DAY})?"), _directed_month,
     ("month",)),
    (ascii_pattern(rf"\b(?P<month>{FULL_MONTH})"), bare_month, ("month",)),
    # A slash next to a year makes it a date's part ("2024/05/12") or a share of something, except between two
    # years ("mass commercialization planned for 2024/2025"): either year, as "2024 or 2025" and "2024-2025" are.
    (
        ascii_pattern(r"(?:(?<![A-Za-z0-9_$€£¥.,/#])|(?<=(?<![A-Za-z0-9_$€£¥.,/#])(?:19|20)[0-9]{2}/))"
                      r"(?P<year>(?:19|20)[0-9]{2})"
                      r"(?![A-Za-z0-9_%年月]|/(?!(?:19|20)[0-9]{2}(?![A-Za-z0-9_%/年月]|[.,][0-9]))|[.,][0-9])"),
        bare_year,
        ("digit",),
    ),
    (ascii_pattern(rf"\b{_QUALIFIER}{ANY_YEAR}"), _qualified_year, ("qualifier",)),
    (ascii_pattern(r"\b(?i:year[\s-]end)\b"), lambda match, text: InYear(quarter_part(4), "end", offset=0), ("year",)),
    *YEAR_PART_PATTERNS,
]
READER = CandidateReader(_PATTERNS, _CUES)
_ENGLISH = ReaderGroup([READER, dates_en_relative.READER, dates_en_chains.READER])
