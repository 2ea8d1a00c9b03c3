"""Read Chinese date expressions in a sentence as unresolved date specs.

Covers stated and relative years with their months, days and slices ("2023年5月6日", "去年7月",
"2024年下半年", "去年年底") and year-less months and days ("1月19日", "3月份"); numbers may be written in
Arabic or Chinese numerals. Weekdays ("上周三", "周三（5日）") are read by ``dates_zh_weekdays``, days without
their month ("14日", "3月5日至7日") by ``dates_zh_days``, and halves, quarters and edges of a year named
without it ("下半年", "第四季度", "年底前") by ``dates_zh_year_less_parts``, all in this reader's order; dates
counted from publication or from another date ("上个月", "昨天", "次日", "三个月后") by ``dates_zh_relative``,
festivals by ``dates_festivals``; traditional text is converted to simplified before it gets here.
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable
from lib.extract.dates_spec import (
    WHOLE_YEAR,
    Candidate,
    DateSpec,
    InYear,
    first_months_part,
    first_weeks_part,
    half_part,
    month_part,
    quarter_part,
    year_edge_part,
)
from lib.extract.dates_zh_days import DAY_PATTERNS
from lib.extract.dates_zh_grammar import (
    CN_DIGIT,
    DAY,
    MONTH,
    MONTH_QUALIFIER,
    PAIRED_MONTH,
    RELATIVE_YEAR,
    RELATIVE_YEARS,
    YEAR,
    YEAR_QUALIFIER,
    chinese_number,
    year_part,
)
from lib.extract.dates_zh_weekdays import WEEKDAY_PATTERNS
from lib.extract.dates_zh_year_less_parts import YEAR_LESS_PART_PATTERNS
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.text_script import HAN_CHARACTERS as _CJK

# "长达2000年" is two thousand years (lib/rules/amount_words.csv), not the year 2000; so is "达2000年之久", but
# "英伟达2024年" is Nvidia in 2024: a one-character amount word also ends names, and makes an amount only
# with a span word after the 年.
_AMOUNT_WORDS = words_by_kind(builtin_rules().amount_words)
_AMOUNT_BEFORE = re.compile(rf"(?:{alternation(_AMOUNT_WORDS['before_zh'])})\s*$")
_LOOSE_AMOUNT_BEFORE = re.compile(rf"(?:{alternation(_AMOUNT_WORDS['loose_zh'])})\s*$")
_SPAN_AFTER = re.compile(rf"\s*(?:{alternation(_AMOUNT_WORDS['span_zh'])})")


def read_chinese_dates(text: str) -> list[Candidate]:
    """Every Chinese date reading in ``text``, overlapping readings included."""
    return READER(text)


def _with_year(match: re.Match, text: str) -> DateSpec | None:
    part, qualifier = year_part(match)
    if match["stated"]:
        return InYear(part, qualifier, year=int(match["stated"]))
    if match["rel"]:
        return InYear(part, qualifier, offset=RELATIVE_YEARS[match["rel"]])
    if part is WHOLE_YEAR and _counts_years(match, text):
        return None
    return InYear(part, qualifier, year=chinese_number(match["year"]), fiscal=match["fiscal"] is not None)


def _counts_years(match: re.Match, text: str) -> bool:
    """Whether an amount word makes the year a count of years ("长达2000年", "达2000年之久")."""
    before = text[max(0, match.start() - 4) : match.start()]
    return _AMOUNT_BEFORE.search(before) is not None or (
        _LOOSE_AMOUNT_BEFORE.search(before) is not None and _SPAN_AFTER.match(text, match.end()) is not None)


def _two_digit_year(match: re.Match, text: str) -> DateSpec | None:
    """"24年3月", "25年底": portals drop the century when a month or an edge of the year follows."""
    yy = int(match["yy"])
    year = 2000 + yy if yy < 40 else 1900 + yy if yy >= 80 else None
    if year is None:
        return None
    part, qualifier = year_part(match)
    return InYear(part, qualifier, year=year)


def _year_less(match: re.Match, text: str) -> DateSpec | None:
    part, qualifier = year_part(match)
    if part.precision == "month" and not qualifier and text.startswith("天", match.end()):
        return None  # "五月天" is a band
    return InYear(part, qualifier)


def _year_digits_part(match: re.Match, text: str) -> DateSpec:
    """"2024上半年", "2024H1", "2024Q3": the press drops 年 between a year and its half or quarter."""
    if match["hn"]:
        return InYear(half_part(int(match["hn"])), year=int(match["year"]))
    return InYear(year_part(match)[0], year=int(match["year"]))


def _first_weeks(match: re.Match, text: str) -> DateSpec:
    """"今年前两周", "2024年前三周": the year's January, as "the first three weeks of 2024"; "今年前六周" its first
    quarter, the smallest period that holds them."""
    part = first_weeks_part(chinese_number(match["wk"]))
    if match["rel"] and not match["stated"]:
        return InYear(part, offset=RELATIVE_YEARS[match["rel"]])
    return InYear(part, year=int(match["stated"] or chinese_number(match["year"])))


def _first_months(match: re.Match, text: str) -> DateSpec:
    """"今年前三个月", "2024年头六个月": the year's first quarter or half, as "the first three months of the year";
    "2015年最后三个月" its last quarter, "去年最后六个月" its second half; "今年前两个月" the quarter that holds
    them, "今年首九个月" the year."""
    part = first_months_part(chinese_number(match["fm"].replace("两", "二")), last=match["last"] is not None)
    if match["rel"] and not match["stated"]:
        return InYear(part, offset=RELATIVE_YEARS[match["rel"]])
    return InYear(part, year=int(match["stated"] or chinese_number(match["year"])))


def _roc_year(match: re.Match, text: str) -> DateSpec:
    """"民国113年" (Taiwan's calendar counts from 1912): the year 2024, with its month and day."""
    part, qualifier = year_part(match)
    return InYear(part, qualifier, year=int(match["roc"]) + 1911)


def _month_before_its_pair(match: re.Match, text: str) -> DateSpec | None:
    """"1-2月", "3、4月份", "2025年1至3月": the first month shares the 月 of the one after it."""
    if match["year"] or match["rel"]:
        return _with_year(match, text)
    return InYear(month_part(chinese_number(match["month"])))


# Words every match of a pattern contains; a pattern runs only when the text has all it needs.
_CUES = CueTable(cased=(
    ("年", "年"), ("月", "月"), ("week", "星期"), ("week", "礼拜"), ("week", "周"),
    ("half", "半年"), ("quarter", "季"), ("year_edge", "年"), ("bare_day", "日"), ("bare_day_hao", "号"),
    ("roc", "民国"),
), patterns=(("year_digits",
               re.compile(r"(?:19|20)[0-9]{2}\s*(?:[上下]半年|[HhQq][1-4]|第|[一二三四1-4]\s*季|[底末])"
                          r"|[1-4][Qq]\s*(?:19|20)[0-9]{2}")),
             ("slash", re.compile(r"[0-9]/[0-9]"))),
    requires=re.compile(f"[{_CJK}]"))
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (
        # Spaces stand between Chinese and digits in Western-style typesetting ("2025 年 3 月 底", "第 3 季度");
        # the span ends at the last word read, never on a space.
        re.compile(rf"(?:{YEAR}|{RELATIVE_YEAR})(?:\s*(?:{MONTH}(?:\s*(?:{DAY}|{MONTH_QUALIFIER})|份)?"
                   rf"|{YEAR_QUALIFIER}))?"),
        _with_year,
        ("年",),
    ),
    (re.compile(rf"{MONTH}(?:\s*(?:{DAY}|{MONTH_QUALIFIER})|份)?"), _year_less, ("月",)),
    # A two-digit year only with a month or an edge after it: "26年" alone is more often 26 years, and so is
    # one counted back ("过去的23年中", "这23年中": in those 23 years).
    (re.compile(rf"(?<![0-9.第近约超逾达有满历共这])(?<!过去)(?<!过去的)(?P<yy>[0-9]{{2}})\s*年\s*"
                rf"(?:{MONTH}(?:\s*(?:{DAY}|{MONTH_QUALIFIER})|份)?"
                rf"|{YEAR_QUALIFIER})"), _two_digit_year, ("年",)),
    # A month sharing the 月 of the month after it: "1-2月", "3、4月份", "2025年1至3月" (the end is read above).
    (re.compile(rf"(?:(?:{YEAR}|{RELATIVE_YEAR})\s*)?{PAIRED_MONTH}"
                rf"(?=\s*(?:、|至|到|-|–|~|～|—)\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月)"),
     _month_before_its_pair, ("月",)),
    # A year sharing the 年 of the year after it: "二○二五至二○二七年", "2025-2027年", "2024/2025年" (the end is
    # read above).
    (re.compile(rf"(?<![0-9./{CN_DIGIT}])(?P<year>(?:19|20)[0-9]{{2}}|[一二][{CN_DIGIT}]{{3}})"
                rf"(?=\s*(?:至|到|-|–|~|～|—|/|／)\s*(?:(?:19|20)[0-9]{{2}}|[一二][{CN_DIGIT}]{{3}})\s*年)"),
     lambda match, text: InYear(WHOLE_YEAR, year=chinese_number(match["year"])), ("年",)),
    (re.compile(r"(?<![0-9.])(?P<year>(?:19|20)[0-9]{2})\s*(?:的?(?P<half>上|下)半年|[Hh](?P<hn>[12])(?![0-9])"
                r"|[Qq](?P<qd>[1-4])(?![0-9])|(?:第\s*)?(?P<qn>[一二三四1-4])\s*季度)"),
     _year_digits_part, ("year_digits",)),
    # The quarter's digit first, as Hong Kong filings and brokers' notes write it in Chinese too ("3Q2025", "4Q
    # 2020"), as dates_en reads it.
    (re.compile(r"(?<![0-9A-Za-z.])(?P<qd>[1-4])[Qq]\s*(?P<year>(?:19|20)[0-9]{2})(?![0-9])"),
     lambda match, text: InYear(quarter_part(int(match["qd"])), year=int(match["year"])), ("year_digits",)),
    # Only after a year: "上线前三个月" (the first three months after a launch), "最后三个月" (a rolling span) are no
    # quarter.
    (re.compile(rf"(?:{YEAR}|{RELATIVE_YEAR})\s*的?(?:[前头首]|(?P<last>最后))\s*"
                rf"(?P<fm>十[一二]?|[两二三四五六七八九]|1[0-2]|[2-9])\s*个月"), _first_months,
     ("年", "月")),
    # Two to four weeks from the year's start lie in January: "2024年前三周", "今年头两个星期" are that month;
    # five to twelve in its first quarter ("今年前六周").
    (re.compile(rf"(?:{YEAR}|{RELATIVE_YEAR})\s*的?[前头]\s*(?P<wk>十[一二]?|[两二三四五六七八九]|1[0-2]|[2-9])\s*"
                r"(?:个)?(?:周|星期|礼拜)(?!年)"),
     _first_weeks, ("年",)),
    # "2019底", "2020末": 年 dropped before the year's end too, its last quarter as "2019年底"; not 2000底薪 (a
    # base pay), 2019底部 (a chart's bottom), 2020末班车 (a last train).
    (re.compile(r"(?<![0-9.])(?P<year>(?:19|20)[0-9]{2})\s*(?:底(?![层部线座气色牌盘薪价仓])|末(?![尾端班位]))"),
     lambda match, text: InYear(year_edge_part("end"), "end", year=int(match["year"])), ("year_digits",)),
    (re.compile(rf"民国\s*(?P<roc>[0-9]{{2,3}})\s*年(?:\s*{MONTH}(?:\s*(?:{DAY}|{MONTH_QUALIFIER}))?)?"), _roc_year,
     ("roc",)),
    # Taiwan's press and offices drop 民国 before a month: "113年3月5日" is 2024-03-05 (years 100-119 only,
    # and only with a month: "成立113年" is 113 years).
    (re.compile(rf"(?<![0-9.])(?P<roc>1[01][0-9])\s*年\s*{MONTH}(?:\s*(?:{DAY}|{MONTH_QUALIFIER}))?"), _roc_year,
     ("年",)),
    *WEEKDAY_PATTERNS,
    *DAY_PATTERNS,
    *YEAR_LESS_PART_PATTERNS,
]
READER = CandidateReader(_PATTERNS, _CUES)
