"""Coordinated parts of one year: "the second and third quarters of 2025", "Q2 and Q3 2024",
"the first half year of 2019", "2025年第二、三季度", "2024年一、二季度", "2025年第二、三季", and a results
release's quarter beside its full year ("Q4 and 2020 full year", "the fourth quarter and fiscal year 2019").

The year is written once, after the last part (English) or before the first (Chinese), and belongs to
every part: each quarter is its own period of that year, and the year alone is not a date of its own.
Read as separate words, the first quarter lost the year (or the pair was left unread and the year read
alone); each part is read here as a quarter of the stated year, with spans that do not overlap
("the second" … "third quarters of 2025"; "2025年第二" … "三季度") so both survive as events.
"""

from __future__ import annotations

import re

from lib.chinese_numerals import chinese_number
from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ascii_pattern
from lib.extract.dates_en_bare import HALF_ORDINAL, QUARTER_ORDINAL, half_number, quarter_number
from lib.extract.dates_en_words import RELATIVE_YEAR, STATED_YEAR, year_of
from lib.extract.dates_spec import Candidate, DateSpec, InYear, half_part, quarter_part

_ENGLISH_YEAR = rf"(?:{STATED_YEAR}|{RELATIVE_YEAR})"
# What joins two parts of one year: "second and third", "Q2 or Q3", "二、三", "二和三". Not a range ("Q1 to Q3",
# "一至三季度"): it spans the quarters between, which are no pair of periods.
_EN_JOIN = r"\s*(?:,|(?i:and|or)(?=\s)|&|/)\s*"
_ZH_JOIN = r"\s*[、,，和及与與或]\s*"
_ZH_QUARTER = r"[一二三四1-4]"
# A full year beside a quarter in a results release, and the end day that may name it ("the fiscal year ended
# December 31, 2019").
_WHOLE_YEAR = r"(?i:(?:full|fiscal|financial)[\s-]+year)"
_ENDED = r"(?i:ended\s+[a-z]+\.?\s+[0-9]{1,2},?\s+)"
_QUARTER_AND = (rf"\b(?P<own>(?i:the\s+)?(?i:(?P<qn>{QUARTER_ORDINAL})[\s-]+quarter)|Q(?P<qd>[1-4])){_EN_JOIN}"
                r"(?i:the\s+)?")
_ZH_YEAR = r"(?P<year>(?:19|20)[0-9]{2})\s*年\s*"


def read_coordinated_dates(text: str) -> list[Candidate]:
    """Every part of a coordinated pair of quarters (or a "half year") in ``text``."""
    return READER(text)


def _english_quarter(match: re.Match, text: str) -> DateSpec:
    return year_of(match, quarter_part(quarter_number(match.groupdict().get("qd"), match.groupdict().get("qn"))))


def _english_half(match: re.Match, text: str) -> DateSpec:
    return year_of(match, half_part(half_number(match["hn"])))


def _chinese_quarter(match: re.Match, text: str) -> DateSpec:
    return InYear(quarter_part(chinese_number(match["qn"])), year=int(match["year"]))


_CUES = CueTable(
    cased=(("q_code", "Q"), ("nian", "年")),
    uncased=(("quarters", "quarter"), ("half", "half"), ("year", "year")),
    patterns=(("zh_quarter", re.compile("季")),),
)
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    # The first of a pair: "the second and third quarters of 2025" (its own words: "the second"), "the second
    # quarter and first half year of 2019" (a results release's pair: the half is read on its own).
    (ascii_pattern(rf"\b(?P<own>(?i:(?:the\s+)?(?P<qn>{QUARTER_ORDINAL})(?:[\s-]+quarter)?))(?i:{_EN_JOIN}(?:the\s+)?"
                   rf"(?:(?:{QUARTER_ORDINAL})[\s-]+quarters?|(?:{HALF_ORDINAL})\s+half[\s-]year)\s+of\s+)"
                   rf"{_ENGLISH_YEAR}"), _english_quarter, ("quarters",)),
    # The last of a pair: "third quarters of 2025"; the plural is what says it ends a pair.
    (ascii_pattern(rf"\b(?i:(?P<qn>{QUARTER_ORDINAL})[\s-]+quarters\s+of\s+){_ENGLISH_YEAR}"), _english_quarter,
     ("quarters",)),
    # "Q2 and Q3 2024", "Q1-Q2 of 2025": the first code takes the year written after the second.
    (ascii_pattern(rf"\b(?P<own>Q(?P<qd>[1-4])){_EN_JOIN}Q[1-4]\s*(?:(?i:of)\s+)?{STATED_YEAR}"), _english_quarter,
     ("q_code",)),
    # A results release's quarter and its full year, the year written once after both: "Q4 and 2020 full year
    # earnings", "the fourth quarter and fiscal year 2019", "fourth-quarter and full-year 2020 results", "the
    # fourth quarter and the fiscal year ended December 31, 2019". The quarter is of that year (read alone, a
    # "Q4" told in March 2021 beside "2020" was taken for 2019's); the year is read on its own.
    (ascii_pattern(rf"{_QUARTER_AND}{STATED_YEAR}\s+{_WHOLE_YEAR}"), _english_quarter, ("year",)),
    (ascii_pattern(rf"{_QUARTER_AND}{_WHOLE_YEAR}\s+(?:{_ENDED}|(?i:of\s+))?{STATED_YEAR}"), _english_quarter,
     ("year",)),
    # "the first half year of 2019", "the second half-year of 2023": a half, not a year.
    (ascii_pattern(rf"\b(?i:(?:the\s+)?(?P<hn>{HALF_ORDINAL})\s+half[\s-]year\s+of\s+){_ENGLISH_YEAR}"),
     _english_half, ("half",)),
    # "2025年第二、三季度", "2024年一、二季", "2025年第二季度和第三季度" is read as two already.
    (re.compile(rf"(?P<own>{_ZH_YEAR}(?:第\s*)?(?P<qn>{_ZH_QUARTER})){_ZH_JOIN}(?:第\s*)?{_ZH_QUARTER}\s*季"),
     _chinese_quarter, ("nian", "zh_quarter")),
    (re.compile(rf"{_ZH_YEAR}(?:第\s*)?{_ZH_QUARTER}{_ZH_JOIN}(?P<own>(?:第\s*)?(?P<qn>{_ZH_QUARTER})\s*季度?)"),
     _chinese_quarter, ("nian", "zh_quarter")),
]
READER = CandidateReader(_PATTERNS, _CUES)
