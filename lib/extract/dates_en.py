"""Read English date expressions in a sentence as unresolved date specs.

Each pattern finds the date's own words ("December last year", "the second half of 2024") and
its builder turns them into a spec from ``dates_spec``; context that decides whether the words
are a date at all ("in March" versus "March on", "in 2023" versus "2023 users", ``dates_en_bare``) is
checked around the match, never consumed, so spans hold only the date.
"""

from __future__ import annotations

import re

from lib.extract import dates_en_chains, dates_en_relative
from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ReaderGroup, ascii_pattern
from lib.extract.dates_en_bare import (
    FULL_MONTH,
    HALF_ORDINAL,
    MONTH_ABBREVIATIONS,
    MONTHS,
    QUARTER_ORDINAL,
    bare_month,
    bare_year,
    half_number,
    month_number,
    quarter_number,
)
from lib.extract.dates_en_relative import RELATIVE_YEARS
from lib.extract.dates_spec import (
    WHOLE_YEAR,
    Candidate,
    Chained,
    DateSpec,
    InYear,
    YearPart,
    day_part,
    first_months_part,
    first_weeks_part,
    half_part,
    month_part,
    quarter_part,
    year_edge_part,
)
from lib.extract.number_words_en import COUNTS, count_of
from lib.rules.rule_file import alternation

_EDGE_QUALIFIERS = {"beginning": "early", "start": "early", "middle": "mid", "end": "end"}

ANY_MONTH = (r"(?:" + FULL_MONTH + r"|(?:" + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
              + r")\b\.?)")
# An ordinal suffix ends the day whatever follows ("June 7th: …"); a bare number not before a clock's colon.
DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?:(?:st|nd|rd|th)(?![A-Za-z0-9])|(?![A-Za-z0-9%:]|[.,][0-9]))"
STATED_YEAR = r"(?P<year>(?:19|20)[0-9]{2})(?![A-Za-z0-9%])"
RELATIVE_YEAR = r"(?i:(?P<rel>last|this|next)\s+year)\b"
_THE_YEAR = r"(?i:(?P<current>the\s+(?:current\s+)?year))\b"
_ANY_YEAR = rf"(?:{STATED_YEAR}|{RELATIVE_YEAR}|{_THE_YEAR})"
_YEAR_AFTER_MONTH = rf"(?:,?\s+(?:of\s+)?{STATED_YEAR}|\s+(?:of\s+)?{RELATIVE_YEAR})"


def read_english_dates(text: str) -> list[Candidate]:
    """Every English date reading in ``text``, overlapping readings included."""
    return _ENGLISH(text)


def year_of(match: re.Match, part: YearPart, qualifier: str = "") -> InYear:
    """``part`` in the year the match names (stated, relative, "the year") or, failing that, none."""
    groups = match.groupdict()
    if groups.get("year"):
        return InYear(part, qualifier, year=int(groups["year"]))
    if groups.get("rel"):
        return InYear(part, qualifier, offset=RELATIVE_YEARS[groups["rel"].lower()])
    if groups.get("current"):
        return InYear(part, qualifier, offset=0, of_the_year="current" not in groups["current"].lower())
    return InYear(part, qualifier)


def _iso_date(match: re.Match, text: str) -> DateSpec:
    return year_of(match, day_part(int(match["month"]), int(match["day"])))


def _numeric_date(match: re.Match, text: str) -> DateSpec | None:
    first, second = int(match["a"]), int(match["b"])
    # US order first; a first number above 12 can only be a day.
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


def _half(match: re.Match, text: str) -> DateSpec:
    groups = match.groupdict()
    half = int(groups["hn"]) if groups.get("hn") else half_number(groups.get("h") or "")
    if groups.get("edge_of"):
        return year_of(match, month_part(6 * half), "end")  # "the end of the first half": its last month
    return year_of(match, half_part(half))


def _first_months(match: re.Match, text: str) -> DateSpec:
    """"the first three months of the year" is its first quarter, "the first six months of 2024" its first half;
    "the last three months of 2023" its fourth quarter; "the first two months" the quarter that holds them,
    "the first nine months of 2024" the year."""
    return year_of(match, first_months_part(count_of(match["fm"]), last=match["end"].lower() in ("last", "final")))


def _quarter(match: re.Match, text: str) -> DateSpec | None:
    groups = match.groupdict()
    if (groups.get("qn") or "").lower() == "last" and not (groups.get("year") or groups.get("rel")
                                                         or groups.get("current")):
        return None  # "the last quarter" alone is the one before publication's (dates_en_relative)
    quarter = quarter_number(groups.get("qd"), groups.get("qn"))
    if groups.get("edge_of"):
        # "the end of Q3" is its last month, as "the end of June" is
        return year_of(match, month_part(3 * quarter), "end")
    return year_of(match, quarter_part(quarter))


def _short_year(match: re.Match, text: str) -> DateSpec | None:
    """Years written with two digits: "July ’23", "3Q24", "1H24", "Q3 '24", "FY24" (this century)."""
    year = 2000 + int(match["yy"])
    if match["month"]:
        return InYear(month_part(month_number(match["month"])), year=year)
    if match["hn"]:
        return InYear(half_part(int(match["hn"])), year=year)
    if match["qd"] or match["qe"]:
        return InYear(quarter_part(int(match["qd"] or match["qe"])), year=year)
    return InYear(WHOLE_YEAR, year=year)


def _year_first_code(match: re.Match, text: str) -> DateSpec:
    """A half or quarter code after its year: "25Q3", "24H2" (two digits: this century), "2025Q3"."""
    year = int(match["century"] + match["yyyy"]) if match["century"] else 2000 + int(match["yy"])
    if match["hn"]:
        return InYear(half_part(int(match["hn"])), year=year)
    return InYear(quarter_part(int(match["qd"])), year=year)


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


# A count of the year's first weeks or months: two to twelve ("the first two months of the year").
_TWO_TO_TWELVE = alternation(word for word, number in COUNTS.items() if 2 <= number <= 12)
_QUALIFIER = r"(?i:(?P<q>early|mid|late|end)(?:\s+|-\s*)|(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+)"
# The end of a quarter or half is its last month ("as of the end of the first quarter of 2022" is March 2022).
_YEAR_OWNS = r"(?P<year>(?:19|20)[0-9]{2})['’]s\s+"
_END_OF = r"(?:(?P<edge_of>(?i:(?:the\s+)?(?:end|close)\s+of\s+)))?"
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
            "months": ("months of",),
            "first_quarters": ("first three quarters",),
            "weeks": ("weeks of",),
        }.items()
        for word in words
    ),
    patterns=(
        ("digit", re.compile(r"[0-9]")),
        ("num_sep", re.compile(r"[0-9][-/.][0-9]")),
        ("short_year", re.compile(r"['’‘][0-9]{2}|[0-9][HQ][0-9]{2}|Q[1-4]\s*['’‘]?[0-9]{2}|FY\s*['’‘]?[0-9]{2}"
                                  r"|[12]H\s|[0-9][HQ][1-4]")),
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
    (
        ascii_pattern(r"(?<![A-Za-z0-9_$€£¥.,/#])(?P<year>(?:19|20)[0-9]{2})(?![A-Za-z0-9_%/年月]|[.,][0-9])"),
        bare_year,
        ("digit",),
    ),
    (ascii_pattern(rf"\b{_QUALIFIER}{_ANY_YEAR}"), _qualified_year, ("qualifier",)),
    (ascii_pattern(r"\b(?i:year[\s-]end)\b"), lambda match, text: InYear(quarter_part(4), "end", offset=0), ("year",)),
    (
        ascii_pattern(rf"\b{_END_OF}(?i:(?:the\s+)?(?P<h>first|second|1st|2nd|latter)\s+half\s+of\s+){_ANY_YEAR}"),
        _half,
        ("half",),
    ),
    # The half and its year side by side, as results headlines write them: "2025 first-half revenue",
    # "first-half 2025 profit", "second half 2024".
    (ascii_pattern(rf"\b{STATED_YEAR}\s+(?i:(?P<h>{HALF_ORDINAL})[\s-]half)\b"), _half, ("half",)),
    (ascii_pattern(rf"\b(?i:(?P<h>{HALF_ORDINAL})[\s-]half)\s+{STATED_YEAR}"), _half, ("half",)),
    # The year as the owner of its part: "2020's first half", "2023’s fourth quarter", as "of 2020" after it.
    (ascii_pattern(rf"\b{_YEAR_OWNS}(?i:(?P<h>{HALF_ORDINAL})[\s-]half)\b"), _half, ("half",)),
    (ascii_pattern(rf"\b{_YEAR_OWNS}(?i:(?P<qn>{QUARTER_ORDINAL})[\s-]quarter)\b"), _quarter, ("quarter",)),
    # Not "the first three months after launch" nor "the last three months" with no year (a span back from
    # publication).
    (ascii_pattern(rf"\b(?i:the\s+(?P<end>first|last|final)\s+)(?P<fm>{_TWO_TO_TWELVE}|[2-9]|1[0-2])"
                   rf"(?i:\s+months\s+of\s+){_ANY_YEAR}"),
     _first_months, ("months",)),
    # "the first three quarters" with no year is the year so far a results release reports (as 前三季度,
    # dates_zh_year_to_date); not "of the game" nor "after launch".
    (ascii_pattern(r"\b(?i:the\s+first\s+three\s+quarters)\b(?!\s+(?i:of|after|since|following)\b)"),
     lambda match, text: InYear(WHOLE_YEAR), ("first_quarters",)),
    # Two to four weeks from the year's start lie in January: "the first three weeks of 2024" is that month;
    # five to twelve in its first quarter ("the first six weeks of the year").
    (ascii_pattern(rf"\b(?i:the\s+first\s+(?P<wk>{_TWO_TO_TWELVE}|[2-9]|1[0-2])\s+weeks\s+of\s+){_ANY_YEAR}"),
     lambda match, text: year_of(match, first_weeks_part(count_of(match["wk"]))), ("weeks",)),
    (ascii_pattern(rf"\bH(?P<hn>[12])\s*(?:of\s+)?{STATED_YEAR}"), _half, ("h_half",)),
    (ascii_pattern(rf"\b(?P<hn>[12])H\s+{STATED_YEAR}"), _half, ("short_year",)),
    # "the December quarter", "the March-ended quarter", "the June-ending quarter": the calendar quarter that
    # month closes (Apple's, Alibaba's reports); as a modifier with any determiner or none ("its impressive
    # December quarter performance", "Apple announced December quarter results").
    (ascii_pattern(r"\b(?:(?i:the)\s+)?(?P<month>March|June|September|December)(?i:[- ]end(?:ed|ing))?"
                   r"\s+(?i:quarter)\b"),
     lambda match, text: InYear(quarter_part(month_number(match["month"]) // 3)), ("quarter",)),
    # Hyphened into one modifier it needs no "the": "after reporting March-quarter revenue", "June-quarter sales".
    (ascii_pattern(r"\b(?P<month>March|June|September|December)(?i:-end(?:ed|ing))?-(?i:quarter)\b(?!-)"),
     lambda match, text: InYear(quarter_part(month_number(match["month"]) // 3)), ("quarter",)),
    (
        # The apostrophe is what makes "July ’23" a year: "July 23" is a day.
        re.compile(rf"\b(?:(?P<month>{ANY_MONTH})\s*['’‘]|(?P<hn>[12])H|(?P<qd>[1-4])Q|Q(?P<qe>[1-4])\s*['’‘]"
                   r"|FY\s*['’‘]?(?:20)?)(?P<yy>[0-9]{2})(?![0-9A-Za-z%]|[.,][0-9])"),
        _short_year,
        ("short_year",),
    ),
    # The year first, as brokers' notes and results tables write it: "25Q3" (the third quarter of 2025), "24H2",
    # "2025Q3"; not inside a code or a figure ("A25Q3", "3.25Q1").
    (re.compile(r"(?<![0-9A-Za-z.])(?:(?P<century>19|20)(?P<yyyy>[0-9]{2})|(?P<yy>[12][0-9]))"
                r"(?:H(?P<hn>[12])|Q(?P<qd>[1-4]))(?![0-9A-Za-z%]|[.,][0-9])"),
     _year_first_code, ("short_year",)),
    (
        ascii_pattern(
            rf"\b{_END_OF}"
            r"(?i:(?:the\s+)?(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+quarter)\b"
            rf"(?:\s+of\s+(?:{RELATIVE_YEAR}|{_THE_YEAR})"
            rf"|(?:,|\s+of|(?:\s+[A-Za-z-]+){{1,3}}?\s+(?i:in|of|for))?\s+{STATED_YEAR})?"
        ),
        _quarter,
        ("quarter",),
    ),
    (ascii_pattern(rf"(?:\b{_END_OF})?\bQ(?P<qd>[1-4])\b(?:\s*(?:of\s+)?{STATED_YEAR}|\s+{RELATIVE_YEAR})?"), _quarter,
     ("q_quarter",)),
    # The year before its code is one expression, as "Q4 2021" and 2021年Q4 are: "its 2021 Q4 financial report".
    (ascii_pattern(rf"\b{STATED_YEAR}\s+Q(?P<qd>[1-4])\b"), _quarter, ("q_quarter",)),
    (ascii_pattern(rf"\b{STATED_YEAR}\s+H(?P<hn>[12])\b"), _half, ("h_half",)),
]
READER = CandidateReader(_PATTERNS, _CUES)
_ENGLISH = ReaderGroup([READER, dates_en_relative.READER, dates_en_chains.READER])
