"""Read English parts of a year: its halves and quarters ("the second half of 2024", "first-half 2025",
"2023's fourth quarter", "Q3 2025", "the December quarter", "the end of the first quarter"), its first or last
months and first weeks ("the first six months of 2024", "the first three weeks of the year"), and the codes
results tables write with a two-digit year ("3Q24", "1H24", "FY24", "25Q3", "July ’23").

Split from ``dates_en``, whose reader runs these patterns in its own order (``YEAR_PART_PATTERNS`` stands
where they stood) under its cue table's cues ("half", "quarter", "months", "first_months", "first_quarters",
"weeks", "h_half", "q_quarter", "short_year").
"""

from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.dates_candidate_reader import Builder, ascii_pattern
from lib.extract.dates_comparisons import tells_a_figure
from lib.extract.dates_en_bare import HALF_ORDINAL, QUARTER_ORDINAL, half_number, month_number, quarter_number
from lib.extract.dates_en_words import (
    ANY_MONTH,
    ANY_YEAR,
    COUNTED_YEAR,
    RELATIVE_YEAR,
    STATED_YEAR,
    THE_YEAR,
    year_of,
)
from lib.extract.dates_spec import (
    WHOLE_YEAR,
    Chained,
    DateSpec,
    InYear,
    first_months_part,
    first_weeks_part,
    half_part,
    month_part,
    quarter_part,
)
from lib.extract.number_words_en import COUNTS, count_of
from lib.rules.rule_file import alternation

# A count of the year's first weeks or months: two to twelve ("the first two months of the year").
_TWO_TO_TWELVE = alternation(word for word, number in COUNTS.items() if 2 <= number <= 12)
_YEAR_OWNS = r"(?P<year>(?:19|20)[0-9]{2})['’]s\s+"
# A stated year after a part named otherwise than by its number ("the December quarter of 2019"), in a group of
# its own: the pattern's "year" group holds one told before the part.
_YEAR_AFTER = STATED_YEAR.replace("<year>", "<year_after>")
# The end of a quarter or half is its last month ("as of the end of the first quarter of 2022" is March 2022).
_END_OF = r"(?:(?P<edge_of>(?i:(?:the\s+)?(?:end|close)\s+of\s+)))?"


def _half(match: re.Match, text: str) -> DateSpec:
    groups = match.groupdict()
    half = int(groups["hn"]) if groups.get("hn") else half_number(groups.get("h") or "")
    if groups.get("edge_of"):
        return year_of(match, month_part(6 * half), "end")  # "the end of the first half": its last month
    return year_of(match, half_part(half))


def _year_so_far(spec: DateSpec) -> DateSpec:
    """"the first three quarters" with no year sums the year's first nine months (``InYear.summed_months``)."""
    return replace(spec, summed_months=9) if isinstance(spec, InYear) else spec


def _first_months(match: re.Match, text: str) -> DateSpec:
    """"the first three months of the year" is its first quarter, "the first six months of 2024" its first half;
    "the last three months of 2023" its fourth quarter; "the first two months" the quarter that holds them,
    "the first nine months of 2024" the year."""
    return year_of(match, first_months_part(count_of(match["fm"]), last=match["end"].lower() in ("last", "final")))


def _first_months_of_the_year_told(match: re.Match, text: str) -> DateSpec | None:
    """"The total operating revenue in the first three months jumped 26.7 percent" after "the first quarter of
    this year": a results figure's first months with no year are those of the year of the date told before (in
    this sentence or the one before), else of the period the results report on (in focus); told
    of no figure ("free for the first three months"), or with no date before (a launch's first months, as
    "上线前三个月" are), they are no part of a year."""
    if not tells_a_figure(text):
        return None
    return Chained("year", 0, part=first_months_part(count_of(match["fm"])), told_only=True)


def _quarter(match: re.Match, text: str) -> DateSpec | None:
    groups = match.groupdict()
    if (groups.get("qn") or "").lower() == "last" and not (groups.get("year") or groups.get("rel")
                                                         or groups.get("current") or groups.get("counted")):
        return None  # "the last quarter" alone is the one before publication's (dates_en_relative)
    quarter = quarter_number(groups.get("qd"), groups.get("qn"))
    if groups.get("edge_of"):
        # "the end of Q3" is its last month, as "the end of June" is
        return year_of(match, month_part(3 * quarter), "end")
    return year_of(match, quarter_part(quarter))


def _month_named_quarter(match: re.Match) -> DateSpec:
    """The calendar quarter the month closes, in the year told with it, if any."""
    part = quarter_part(month_number(match["month"]) // 3)
    if match["year_after"]:
        return InYear(part, year=int(match["year_after"]))
    return year_of(match, part)


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


YEAR_PART_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (
        ascii_pattern(rf"\b{_END_OF}(?i:(?:the\s+)?(?P<h>first|second|1st|2nd|latter)\s+half\s+)"
                      rf"(?:(?i:of\s+)(?:{STATED_YEAR}|{THE_YEAR}|{COUNTED_YEAR})|(?i:of\s+)?{RELATIVE_YEAR})"),
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
    # publication). A relative year may follow with no "of", as it does a quarter ("the first quarter this year"):
    # "the first three months this year" is one expression, as 今年前三个月 is.
    (ascii_pattern(rf"\b(?i:the\s+(?P<end>first|last|final)\s+)(?P<fm>{_TWO_TO_TWELVE}|[2-9]|1[0-2])"
                   rf"(?i:\s+months\s+(?:of\s+|(?=(?:last|this|next)\s+year\b))){ANY_YEAR}"),
     _first_months, ("months",)),
    # ... and with no year, in a results figure's sentence: see ``_first_months_of_the_year_told``; not "the first
    # three months of his tenure", "after launch", "since the listing".
    (ascii_pattern(r"\b(?i:the\s+first\s+)(?P<fm>three|six|nine|3|6|9)(?i:\s+months)\b"
                   r"(?!\s+(?i:of|after|since|following|from|in|at|on|under|with)\b)"),
     _first_months_of_the_year_told, ("first_months",)),
    # "the first three quarters" with no year is the year so far a results release reports (as 前三季度,
    # dates_zh_year_to_date); not "of the game" nor "after launch".
    # A relative year right after it is the year it is of: "in the first three quarters this year" (one expression,
    # as "the first quarter this year" and "Q1 this year" are).
    (ascii_pattern(rf"\b(?i:the\s+first\s+three\s+quarters)\b(?:\s+{RELATIVE_YEAR})?(?!\s+(?i:of|after|since|following)\b)"),
     lambda match, text: _year_so_far(year_of(match, WHOLE_YEAR)), ("first_quarters",)),
    # Two to four weeks from the year's start lie in January: "the first three weeks of 2024" is that month;
    # five to twelve in its first quarter ("the first six weeks of the year").
    (ascii_pattern(rf"\b(?i:the\s+first\s+(?P<wk>{_TWO_TO_TWELVE}|[2-9]|1[0-2])\s+weeks\s+of\s+){ANY_YEAR}"),
     lambda match, text: year_of(match, first_weeks_part(count_of(match["wk"]))), ("weeks",)),
    (ascii_pattern(rf"\bH(?P<hn>[12])\s*(?:of\s+)?{STATED_YEAR}"), _half, ("h_half",)),
    (ascii_pattern(rf"\b(?P<hn>[12])H\s+{STATED_YEAR}"), _half, ("short_year",)),
    # "the December quarter", "the March-ended quarter", "the June-ending quarter": the calendar quarter that
    # month closes (Apple's, Alibaba's reports); as a modifier with any determiner or none ("its impressive
    # December quarter performance", "Apple announced December quarter results"). Not the last month of a span
    # joined by a dash ("the April-June quarter"), which names the quarter by both its months (dates_month_spans).
    # A year told with it is that quarter's, before "quarter" or after it ("the December 2019 quarter", "the
    # December quarter of 2019", "the June quarter last year"), as "the fourth quarter of 2019" is one expression.
    (ascii_pattern(r"\b(?:(?i:the)\s+)?(?<![-–—])(?P<month>March|June|September|December)(?i:[- ]end(?:ed|ing))?"
                   rf"(?:\s+{STATED_YEAR})?\s+(?i:quarter)\b"
                   rf"(?(year)|(?:\s+(?i:of)\s+{_YEAR_AFTER}|\s+(?:(?i:of)\s+)?{RELATIVE_YEAR})?)"),
     lambda match, text: _month_named_quarter(match), ("quarter",)),
    # Hyphened into one modifier it needs no "the": "after reporting March-quarter revenue", "June-quarter sales".
    (ascii_pattern(r"\b(?P<month>March|June|September|December)(?i:-end(?:ed|ing))?-(?i:quarter)\b(?!-)"),
     lambda match, text: InYear(quarter_part(month_number(match["month"]) // 3)), ("quarter",)),
    (
        # The apostrophe is what makes "July ’23" a year: "July 23" is a day.
        re.compile(rf"\b(?:(?P<month>{ANY_MONTH})\s*['’‘]|(?P<hn>[12])H|(?P<qd>[1-4])Q|Q(?P<qe>[1-4])\s*['’‘]"
                   r"|FY\s*['’‘]?(?:20)?)(?P<yy>[0-9]{2})(?:E(?![0-9A-Za-z%]))?(?![0-9A-Za-z%]|[.,][0-9])"),
        _short_year,
        ("short_year",),
    ),
    # The quarter's digit first with the year in full, as results releases and brokers' notes write it ("its
    # unaudited 4Q 2020 results", 「3Q2025」 in a Hong Kong filing); with no year after it, the quarter alone ("the
    # firm's 4Q income"), as "Q4" alone is. Not inside a code or a figure ("A4Q", "1.4Q").
    (re.compile(rf"(?<![0-9A-Za-z.])(?P<qd>[1-4])Q(?:\s*{STATED_YEAR}|(?![0-9A-Za-z%'’‘-]))"), _quarter,
     ("short_year",)),
    # The year first, as brokers' notes and results tables write it: "25Q3" (the third quarter of 2025), "24H2",
    # "2025Q3"; not inside a code or a figure ("A25Q3", "3.25Q1").
    (re.compile(r"(?<![0-9A-Za-z.])(?:(?P<century>19|20)(?P<yyyy>[0-9]{2})|(?P<yy>[12][0-9]))"
                r"(?:H(?P<hn>[12])|Q(?P<qd>[1-4]))(?![0-9A-Za-z%]|[.,][0-9])"),
     _year_first_code, ("short_year",)),
    (
        ascii_pattern(
            rf"\b{_END_OF}"
            r"(?i:(?:the\s+)?(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+quarter)\b"
            rf"(?:\s+(?:of\s+)?{RELATIVE_YEAR}|\s+of\s+(?:{THE_YEAR}|{COUNTED_YEAR})"
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
