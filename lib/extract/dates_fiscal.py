"""Fiscal labels: read "Q1 FY2026", "fiscal 2026 first quarter", "the first quarter of fiscal 2026", "FY2026",
and place them on the fiscal calendar of the company they are told of (``lib/rules/fiscal_years.csv``).

The reader marks its specs ``fiscal`` (the Chinese reader marks "2026财年第一季度", "2026会计年度第一季" so
too); ``dates_resolve`` places them as calendar periods, as they are for a company whose fiscal year is the
calendar year (PDD's "fiscal 2023 second quarter" is April-June 2023). For a company of the rule file,
``fiscal_period`` places them instead: Alibaba's fiscal year runs April to March and is numbered by the
year it ends in, so its "Q1 FY2026" is April-June 2025. A period starts where the data model's periods
start: a fiscal year or half is read as the calendar year or half holding its first month.

The press also names a quarter of the fiscal year under way without its year ("预期在第二财季", Hong Kong's
"今个财政年度首季", "本财年第二季度", "its fiscal second quarter"): read ``fiscal`` with no year, it is that
quarter of the fiscal year holding publication on its company's calendar (Alibaba's 第二财季 told on September 2,
2025 is July-September 2025), and on the calendar year for any other company.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from lib.chinese_numerals import chinese_number
from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ascii_pattern
from lib.extract.dates_en_bare import HALF_ORDINAL, QUARTER_ORDINAL, half_number, quarter_number
from lib.extract.dates_resolve import add_months
from lib.extract.dates_spec import (
    WHOLE_YEAR,
    Candidate,
    DateSpec,
    InYear,
    YearPart,
    half_part,
    quarter_part,
    year_edge_part,
)
from lib.first_characters import with_first_character_lookahead
from lib.periods import Period, align
from lib.rules import builtin_rules
from lib.rules.fiscal_years import FiscalYear

_CALENDARS = {calendar.company: calendar for calendar in builtin_rules().fiscal_years}
_ORDINAL = rf"(?P<qn>{QUARTER_ORDINAL})"
_HALF = rf"(?P<hn>{HALF_ORDINAL})"
# "fiscal 2026", "fiscal year 2026", "FY2026", "FY 2026", "FY26", "FY'26".
_FISCAL_YEAR = (r"(?:(?i:fiscal)(?:\s+(?i:year))?\s+(?P<year>(?:19|20)[0-9]{2})"
                r"|FY\s*['’‘]?(?:(?P<fy>(?:19|20)[0-9]{2})|(?P<yy>[0-9]{2})))(?![A-Za-z0-9%]|[.,][0-9])")


def read_fiscal_dates(text: str) -> list[Candidate]:
    """Every fiscal label in ``text``."""
    return READER(text)


def fiscal_year_of(companies: Iterable[str]) -> FiscalYear | None:
    """The one fiscal calendar the rule file gives ``companies``; None when none has one or they differ."""
    calendars = {_CALENDARS[company] for company in companies if company in _CALENDARS}
    return calendars.pop() if len(calendars) == 1 else None


def fiscal_period(spec: DateSpec, calendar: FiscalYear, published: Period | None = None) -> Period | None:
    """The period a fiscal ``spec`` names on ``calendar``; None for any other spec. A year-less one ("第二财季")
    is of the fiscal year holding ``published`` (None when it is unknown).

    A month or day told with a fiscal year ("2026财年3月") is left to the calendar: the press names months
    by the calendar whatever the year's numbering.
    """
    if not (isinstance(spec, InYear) and spec.fiscal and spec.part.precision in ("year", "half", "quarter")):
        return None
    if spec.year is not None:
        first_month = date(spec.year + calendar.year_shift, calendar.first_month, 1)
    elif published is not None and spec.offset == 0:  # "第二财季": the fiscal year under way
        first_month = date(published.start.year, calendar.first_month, 1)
        if first_month > published.start:
            first_month = date(published.start.year - 1, calendar.first_month, 1)
    else:
        return None
    # A part's month counts from the fiscal year's first month: its fourth quarter is its months 10-12.
    start = add_months(first_month, spec.part.month - 1)
    return Period(align(start, spec.part.precision), spec.part.precision)


# Words by which an article names a fiscal year: "the fiscal year ended March 31", "its 2025/26 fiscal year",
# "fiscal 2026", "FY26", 2023/2024財年, 第一财季. Either script: sentences keep the one they are written in.
_NAMES_A_FISCAL_YEAR = with_first_character_lookahead(re.compile(
    r"\b(?i:fiscal)[\s-]+(?i:year|quarter|(?:19|20)[0-9]{2}|first|second|third|fourth)\b"
    r"|\bFY\s*['’‘]?[0-9]{2}|(?<!理)[财財](?:年|季|政年度)|[会會]计年度|會計年度"))


def names_a_fiscal_year(texts: Iterable[str]) -> bool:
    """Whether any of an article's ``texts`` names a fiscal year ("the fiscal year ended March 31", 2023/2024財年)."""
    return any(_NAMES_A_FISCAL_YEAR.search(text) for text in texts)


def plain_quarter_period(spec: DateSpec, calendar: FiscalYear, published: Period) -> Period | None:
    """The fiscal quarter a quarter told by its number alone names in an article that names its company's fiscal
    year ("Lenovo's revenue for the fiscal year ended March 31 … fourth-quarter revenue", 2023/2024財年第一季業績 …
    首季期內收入): the results the article reports are numbered on that calendar, so Lenovo's fourth quarter told in
    May 2024 is January-March 2024, the latest fourth quarter begun by publication, and 首季 ("this year's first
    quarter") the first of the fiscal year under way. A fiscal quarter still under way at publication has no
    results out: the writer numbers by the calendar (Alibaba's 第一季度 reported on May 13, 2021 is January-March,
    zs3964), so None. None for any other spec (a stated year, a shift, a part of a quarter), which stays a
    calendar period.
    """
    if not (isinstance(spec, InYear) and not spec.fiscal and spec.year is None and not spec.qualifier
            and isinstance(spec.part, YearPart) and spec.part.precision == "quarter"):
        return None
    if spec.offset == 0:  # 首季, 次季: of the year under way, the fiscal one
        return fiscal_period(replace(spec, fiscal=True), calendar, published)
    if spec.offset is not None or spec.toward != "nearest":
        return None
    fiscal = fiscal_period(replace(spec, offset=0, fiscal=True), calendar, published)
    if fiscal is not None and fiscal.start > published.start:  # not begun yet: the fiscal year before's
        return Period(add_months(fiscal.start, -12), "quarter")
    if fiscal is not None and add_months(fiscal.start, 3) > published.start:
        return None  # still under way (zs3964, zt3630)
    return fiscal


def _year(match: re.Match) -> int:
    groups = match.groupdict()
    if groups.get("yy"):
        return 2000 + int(groups["yy"])
    return int(groups.get("year") or groups["fy"])


def _quarter(match: re.Match, text: str) -> DateSpec:
    groups = match.groupdict()
    return InYear(quarter_part(quarter_number(groups.get("qd"), groups.get("qn"))), year=_year(match), fiscal=True)


def _half(match: re.Match, text: str) -> DateSpec:
    groups = match.groupdict()
    half = int(groups["hd"]) if groups.get("hd") else half_number(groups["hn"])
    return InYear(half_part(half), year=_year(match), fiscal=True)


def _year_end(match: re.Match, text: str) -> DateSpec:
    """"the end of FY2027" is its last quarter, as "the end of 2027" and 2027财年年底 are."""
    return InYear(year_edge_part("end"), "end", year=_year(match), fiscal=True)


def _whole_year(match: re.Match, text: str) -> DateSpec:
    return InYear(WHOLE_YEAR, year=_year(match), fiscal=True)


_CUES = CueTable(cased=(("label", "FY"),), uncased=(("label", "fiscal"),), requires=re.compile("[Ff]"))
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    # "Q1 FY2026", "Q1 fiscal 2026", "FY2026 Q1", "fiscal 2026 Q1".
    (ascii_pattern(rf"\bQ(?P<qd>[1-4])\s+(?:of\s+)?{_FISCAL_YEAR}"), _quarter, ("label",)),
    (ascii_pattern(rf"\b{_FISCAL_YEAR}\s+Q(?P<qd>[1-4])\b"), _quarter, ("label",)),
    # "fiscal 2026 first quarter", "FY2026 second-quarter", "the first quarter of fiscal 2026",
    # "the fiscal first quarter of 2026" (a year after a fiscal quarter is its fiscal year).
    (ascii_pattern(rf"\b{_FISCAL_YEAR}\s+(?i:{_ORDINAL}[\s-]+quarter)\b"), _quarter, ("label",)),
    (ascii_pattern(rf"\b(?i:(?:the\s+)?{_ORDINAL}\s+(?:fiscal\s+)?quarter\s+of\s+){_FISCAL_YEAR}"), _quarter,
     ("label",)),
    (ascii_pattern(rf"\b(?i:(?:the\s+)?fiscal\s+{_ORDINAL}\s+quarter\s+of\s+)(?P<year>(?:19|20)[0-9]{{2}})"
                   r"(?![A-Za-z0-9%]|[.,][0-9])"), _quarter, ("label",)),
    # "its fiscal second quarter", "Alibaba's fiscal first quarter": a quarter of the fiscal year under way, as
    # 第二财季 is (below); not "the fiscal first quarter of 2026", read above with its year, nor "its fiscal
    # first-quarter results", a results noun's quarter (dates_results_period).
    (ascii_pattern(rf"\b(?i:fiscal\s+{_ORDINAL}\s+quarter)\b(?![-‐])(?!\s+(?i:of)\b)"),
     lambda match, text: InYear(quarter_part(quarter_number(None, match["qn"])), offset=0, fiscal=True), ("label",)),
    # A results release's quarter beside its fiscal year, the year written once after both: "Q4 and FY2022", "the
    # fourth quarter and fiscal 2022" are "Q4 FY2022" and "FY2022" (read alone, the quarter lost the year, as in
    # dates_coordinated); the year is read on its own.
    (ascii_pattern(rf"\b(?P<own>Q(?P<qd>[1-4])|(?i:(?:the\s+)?{_ORDINAL}[\s-]+quarter))"
                   rf"\s*(?:(?i:and)\s|&)\s*(?i:the\s+)?{_FISCAL_YEAR}"), _quarter, ("label",)),
    # "H1 FY2026", "fiscal 2026 first half", "the first half of fiscal 2026".
    (ascii_pattern(rf"\bH(?P<hd>[12])\s+(?:of\s+)?{_FISCAL_YEAR}"), _half, ("label",)),
    (ascii_pattern(rf"\b{_FISCAL_YEAR}\s+(?i:{_HALF}[\s-]+half)\b"), _half, ("label",)),
    (ascii_pattern(rf"\b(?i:(?:the\s+)?{_HALF}\s+half\s+of\s+){_FISCAL_YEAR}"), _half, ("label",)),
    (ascii_pattern(rf"\b(?i:(?:the\s+)?(?:end|close)\s+of\s+){_FISCAL_YEAR}"), _year_end, ("label",)),
    (ascii_pattern(rf"\b{_FISCAL_YEAR}"), _whole_year, ("label",)),
]
READER = CandidateReader(_PATTERNS, _CUES)


def _quarter_under_way(match: re.Match, text: str) -> DateSpec:
    quarter = 1 if match["qn"] is None else _chinese_quarter(match["qn"])
    return InYear(quarter_part(quarter), offset=0, fiscal=True)


def _quarter_of_the_year_after(match: re.Match, text: str) -> DateSpec:
    return InYear(quarter_part(_chinese_quarter(match["qn"])), year=int(match["year"]), fiscal=True)


def _chinese_quarter(written: str) -> int:
    """The quarter a Chinese quarter's number names, in digits or Chinese numerals ("2", "二")."""
    return int(written) if written.isdigit() else chinese_number(written)


# "第二财季", "本财年第二季度", "今个财政年度首季" (Hong Kong), "本会计年度第一季": a quarter of the fiscal year under
# way. Simplified (traditional text is read as simplified). Not after a year ("2026财年第二财季" has its year) nor
# after an end day ("截至2024年12月31日止第三财季", "截至 4 月 27 日的第一财季": the quarter the day ends, whose fiscal
# year the day tells, not the one under way at publication; the day told is its date, test_dates_period_ended).
_NOT_AFTER_A_YEAR = r"(?<![0-9〇零一二三四五六七八九十年止])(?<!日的)(?<!日\s的)"
_ZH_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (re.compile(rf"{_NOT_AFTER_A_YEAR}第(?P<qn>[1-4一二三四])财季"), _quarter_under_way, ("quarter",)),
    (re.compile(r"(?:本|今个|这个)(?:财年|财政年度|会计年度)的?(?:第(?P<qn>[1-4一二三四])|首)季度?"),
     _quarter_under_way, ("year",)),
    # "第四季度及2022财年业绩": the quarter of the fiscal year written after it, as "Q4 and FY2022" (above).
    (re.compile(r"(?<![0-9年])(?P<own>第?\s*(?P<qn>[1-4一二三四])\s*季度?)\s*[及和与暨]\s*"
                r"(?P<year>(?:19|20)[0-9]{2})\s*(?:财年|财政年度|会计年度)"), _quarter_of_the_year_after, ("year",)),
]
ZH_READER = CandidateReader(_ZH_PATTERNS, CueTable(cased=(("quarter", "财季"), ("year", "财年"), ("year", "财政年度"),
                                                         ("year", "会计年度"))))
