"""Read how a results report names the period it reports on, and the period it compares with, when the
words state no date of their own: "3Q2025", "the third fiscal quarter", "the quarter ended September",
"a quarter ago", "during the past quarter", "in the latest quarter", "in the last three months" (with a results
figure), "2025年半年度报告", "中芯期内收入22.09亿美元", "主要系本期营业收入大幅增长所致"; and which half a report
named without a year is about ("寒武纪发布首份半年报。报告期内…", ``half_reported``).

The reported period is the one in focus (``dates_chain``): "the past quarter", "the latest quarter" and
期内 are that period, "a quarter ago" the quarter before it. With none in focus, a figure told for it is the
quarter last closed before publication, the one results come out for (as "profit for the quarter" is):
"中芯期内收入22.09亿美元" told on August 8 is the second quarter. "The same period last year" with no period in
focus is that quarter a year back only where a results release states the earlier figure for it ("net
income was 794 million yuan, compared to 16.4 billion yuan for the same period last year",
``dates_en_chains``); "rose 10% from the same period last year", 较去年同期增长10% and bare "the same
period" then name nothing. A half-year report named without a year ("首份半年报", "announced its interim
results") is no date a reader annotates, but it puts the half last closed before publication in focus.

Chosen for the class: "a year earlier" is the period in focus a year back only where a figure is set
against it ("net profit tripled from a year earlier", ``dates_en_chains``); told of a happening ("a year
earlier, it had listed in Hong Kong"), or with no period in focus, it stays the date before's month or
year a year back, as before. 期内 after a word ending in 期
("合同期内", "短期内", "贷款期内") is within that term, no date.

The words are data (``lib/rules/results_periods.csv``); this module only combines them.
"""

from __future__ import annotations

import re
from datetime import date

from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ascii_pattern
from lib.extract.dates_comparisons import tells_a_figure
from lib.extract.dates_en_bare import QUARTER_ORDINALS, month_number
from lib.extract.dates_spec import (
    LAST_CLOSED_QUARTER,
    Chained,
    DateSpec,
    InYear,
    Shift,
    half_part,
    quarter_part,
)
from lib.extract.number_words_en import NUMBER_WORD, count_of
from lib.extract.pattern_literals import WordGate
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.text_script import HAN_CHARACTERS

_WORDS = words_by_kind(builtin_rules().results_periods)
_HALF_REPORT = re.compile(rf"(?i:{alternation(_WORDS['half_report'])})")
_MAY_NAME_A_HALF_REPORT = WordGate(_HALF_REPORT)  # looked for in every sentence: one pass settles most
REPORTED_PERIOD_WORDS = frozenset(_WORDS["reported_period"])
_REPORTED_QUARTER = alternation(_WORDS["reported_quarter"])
# A results noun may stand a few words after the quarter ("first-quarter financial results", "fourth-quarter
# and full-year results") or characters ("一季度未经审计财报"), never across a clause mark.
_NOUN_GAP_WORDS = 3
_NOUN_GAP_CHARACTERS = 4
_RESULTS_NOUN = re.compile(
    rf"(?:[^\S\n]+[A-Za-z-]+){{0,{_NOUN_GAP_WORDS}}}?[^\S\n]+"
    rf"(?i:{alternation(w for w in _WORDS['results_noun'] if w.isascii())})\b"
    rf"|[^\s,;.:，。；：、]{{0,{_NOUN_GAP_CHARACTERS}}}?"
    rf"(?:{alternation(w for w in _WORDS['results_noun'] if not w.isascii())})")


def half_reported(text: str, published: Period | None, half_told: Period | None = None) -> Period | None:
    """The half a report named in ``text`` without its own date is about: the last closed before
    publication ("寒武纪发布上市后的首份半年报" told on August 27, 2020 is the first half of 2020); with the
    publication date unknown, the half the story last told ("2025年上半年实现营业收入…。寒武纪在半年报中表示")."""
    if not _MAY_NAME_A_HALF_REPORT.may_match(text) or _HALF_REPORT.search(text) is None:
        return None
    if published is None:
        return half_told
    start = published.start
    return Period(date(start.year, 1, 1), "half") if start.month > 6 else Period(date(start.year - 1, 7, 1), "half")


def reported_in_results(text: str, end: int, spec: DateSpec) -> bool:
    """Whether the year-less quarter or half ending at ``text[end]`` is the one a results report covers
    ("its first-quarter results", "一季度财报"): released after the period, so a cue ahead of it dates the
    release, and the period is the one begun by publication, not the next one."""
    return (isinstance(spec, InYear) and spec.part.precision in ("quarter", "half")
            and _RESULTS_NOUN.match(text, end) is not None)


_PLAN_NOUN = re.compile(rf"\s*(?:(?i:{alternation(w for w in _WORDS['plan_noun'] if w.isascii())})\b"
                        rf"|{alternation(w for w in _WORDS['plan_noun'] if not w.isascii())})")


def names_closed_results(text: str, end: int) -> bool:
    """Whether a results noun follows ``text[end]`` ("full-year results", 全年业绩) and no plan noun follows it
    ("full-year earnings guidance", 全年业绩目标): the results of a period closed before their release."""
    noun = _RESULTS_NOUN.match(text, end)
    return noun is not None and _PLAN_NOUN.match(text, noun.end()) is None


def period_otherwise(word: str, text: str) -> Shift | None:
    """What a Chinese word counted from the period in focus names with none in focus: 报告期, 期内 in a
    sentence telling a figure the last closed quarter; 去年同期 and the rest nothing."""
    return LAST_CLOSED_QUARTER if word in REPORTED_PERIOD_WORDS and tells_a_figure(text) else None


def _compact_label(match: re.Match, text: str) -> DateSpec:
    """"3Q2025", "1H2024": a quarter or half of the year written after it."""
    part = quarter_part if match["unit"] == "Q" else half_part
    return InYear(part(int(match["n"])), year=int(match["year"]))


def _fiscal_quarter(match: re.Match, text: str) -> DateSpec:
    """"the third fiscal quarter": the quarter as "the third quarter" reads it, its year left open."""
    return InYear(quarter_part(QUARTER_ORDINALS[match["qn"].lower()]))


def _quarter_ended(match: re.Match, text: str) -> DateSpec:
    """"the quarter ended September": the calendar quarter that month closes, its year left open."""
    return InYear(quarter_part(month_number(match["month"]) // 3))


def _quarters_ago(match: re.Match, text: str) -> DateSpec:
    """"a quarter ago": the quarter before the one in focus, else before publication's."""
    return Chained("quarter", -count_of(match["n"]), or_published=True)


def _past_quarter(match: re.Match, text: str) -> DateSpec:
    """"during the past quarter", "in the recent quarter": the quarter in focus, else the last closed before
    publication, and never a quarter in focus older than that one (``Chained.latest``)."""
    return Chained("quarter", 0, otherwise=LAST_CLOSED_QUARTER, latest=True)


# A word naming a results report's measure ("revenues", "profit": results_periods.csv's results_measure rows): in a
# sentence holding one, "the past three months" is the quarter reported, not a window ending now. Not
# ``dates_comparisons.tells_a_figure`` (an amount or a change in percent), which "shares fell 20% in the past three
# months" passes too: the measure named, not the figure, makes the months a report's.
_NAMES_A_RESULTS_MEASURE = re.compile(rf"\b(?i:{alternation(_WORDS['results_measure'])})\b")


def _past_three_months(match: re.Match, text: str) -> DateSpec | None:
    """"Revenues rose 3% in the last three months, according to results published today": the quarter in focus,
    else the last closed before publication, as "the past quarter" is; only in a sentence naming a results
    measure ("shares fell 20% in the past three months" is a window ending now, no quarter)."""
    return _past_quarter(match, text) if _NAMES_A_RESULTS_MEASURE.search(text) else None


def _previous_three_months(match: re.Match, text: str) -> DateSpec:
    """"the 24 percent growth recorded in the previous three months": the quarter before the one in focus, else
    before publication's, as "the previous quarter" is."""
    return Chained("quarter", -1, or_published=True)


def _end_of_quarter_before(match: re.Match, text: str) -> DateSpec:
    """"上个季度末", "the end of the previous quarter": the last month of the quarter before the one in focus,
    else before publication's, as "the end of the first quarter" is its last month."""
    return Chained("quarter", -1, or_published=True, quarter_end=True)


def _half_report_of_year(match: re.Match, text: str) -> DateSpec:
    """"2025年半年度报告": the first half of the year stated."""
    return InYear(half_part(1), year=int(match["year"]))


def _period_after_a_name(match: re.Match, text: str) -> DateSpec | None:
    """"中芯期内收入22.09亿美元": 期内 after the reporting company's name, before a figure's noun."""
    if text[: match.start()].endswith(tuple(_WORDS["term_before"])):
        return None
    return _period_reported(match, text)


def _period_reported(match: re.Match, text: str) -> DateSpec:
    """期内 after a name, or 本期 (this period: "主要系本期营业收入大幅增长所致", the reason an A-share report gives
    for a change), before a figure's noun: the period in focus, else as ``period_otherwise`` reads 期内."""
    return Chained("period", 0, otherwise=period_otherwise("期内", text))


_CUES = CueTable(
    cased=(("label", "Q"), ("label", "H"), ("in_period", "期内"), ("this_period", "本期"),
           ("quarter_end_zh", "季"),
           *(("half_report", word) for word in _WORDS["half_report"] if not word.isascii())),
    uncased=(("fiscal", "fiscal"), ("ended", "ended"), ("ended", "ending"), ("ago", "ago"),
             *(("past", word.split()[0]) for word in _WORDS["reported_quarter"]),
             ("quarter_end", "quarter"), ("months", "months")),
)
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    # Not a label defined in brackets and quotes ("the six months ended 30 June 2022 (“1H2022”)"): the short
    # name of the period just stated, no date of its own.
    (re.compile(r"(?<![0-9A-Za-z])(?<![(（][“\"「‘'])(?P<n>[1-4])(?P<unit>Q|H)(?P<year>(?:19|20)[0-9]{2})"
                r"(?![0-9A-Za-z])"),
     _compact_label, ("label",)),
    # "the third fiscal quarter" (en607), "its first fiscal quarter" (en3311), as "its fiscal first quarter" is.
    (ascii_pattern(r"\b(?i:(?:the|its|their)\s+(?P<qn>first|second|third|fourth)\s+fiscal\s+quarter)\b"
                   r"(?!\s+(?i:of)\b)"),
     _fiscal_quarter, ("fiscal",)),
    (ascii_pattern(r"\b(?i:the\s+quarter\s+end(?:ed|ing)\s+(?:in\s+)?)(?P<month>March|June|September|December)\b"
                   r"(?![\s,]*[0-9])"), _quarter_ended, ("ended",)),
    (ascii_pattern(rf"\b(?i:(?P<n>{NUMBER_WORD}|[1-4])\s+quarters?\s+ago)\b"), _quarters_ago, ("ago",)),
    (ascii_pattern(r"(?:(?<=\b[Dd]uring )|(?<=\b[Ii]n )|(?<=\b[Oo]ver )|(?<=\b[Ff]or ))"
                   rf"(?i:(?:the|its)\s+(?:{_REPORTED_QUARTER})\s+quarter|their\s+(?:{_REPORTED_QUARTER})\s+quarters?)\b"
                   r"(?![-‐])(?!\s+(?i:of|century)\b)"),
     _past_quarter, ("past",)),
    # "in the last three months", "during the past three months" (a quarter's months told as a span), and
    # "the previous three months": not "the last three months of 2023", a quarter with its year (dates_en).
    (ascii_pattern(r"(?:(?<=\b[Dd]uring )|(?<=\b[Ii]n )|(?<=\b[Ff]or ))"
                   rf"(?i:the\s+(?:{_REPORTED_QUARTER}|last)\s+(?:three|3)\s+months)\b(?!\s+(?i:of|ended|ending)\b)"),
     _past_three_months, ("months",)),
    (ascii_pattern(r"\b(?i:the\s+(?:previous|prior|preceding)\s+(?:three|3)\s+months)\b(?!\s+(?i:of|ended|ending)\b)"),
     _previous_three_months, ("months",)),
    (ascii_pattern(r"\b(?i:the\s+end\s+of\s+(?:the\s+(?:previous|prior|preceding)\s+quarter|last\s+quarter))\b"),
     _end_of_quarter_before, ("quarter_end",)),
    (re.compile(r"上一?个?季度?末"), _end_of_quarter_before, ("quarter_end_zh",)),
    (re.compile(rf"(?<![0-9])(?P<year>(?:19|20)[0-9]{{2}})\s*年\s*"
                rf"(?:{alternation(w for w in _WORDS['half_report'] if not w.isascii())})"),
     _half_report_of_year, ("half_report",)),
    (re.compile(rf"(?<=[{HAN_CHARACTERS}])期内(?=(?:{alternation(_WORDS['figure_after'])}))"),
     _period_after_a_name, ("in_period",)),
    # Not 本期间 (read by no rule) nor 本期节目, 日本期货: only before a figure's noun.
    (re.compile(rf"本期(?=(?:{alternation(_WORDS['figure_after'])}))"), _period_reported, ("this_period",)),
]
READER = CandidateReader(_PATTERNS, _CUES)
