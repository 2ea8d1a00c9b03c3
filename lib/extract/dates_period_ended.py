"""A reporting period named by its end: "the quarter ending June 30", "the three months ended June 30, 2024",
"the three-month period ending in June", "the six months ended 30 June 2022", 截至2024年6月30日止三个月,
截至二零二二年六月三十日止六個月, 截至2022年9月30日的季度, 截至6月底止中期业绩 (interim results: the half).

Three months ending at a quarter's end are that quarter; six months ending at June's or December's end are
that half; twelve months or a year ending at December's end are that calendar year ("the 12 months to the end of
2020", "the year to December", "the year ended December 31, 2020", 截至2020年12月31日止十二个月), and "to"
names the end as "ended" does; a fiscal year ending at December's end is the calendar year too ("the fiscal year
ended December 31, 2019", 截至2019年12月31日止年度). A bare "period" is the one the sentence's words tell
("quarterly revenue … for the period ended March 31" is the first quarter; ``results_periods.csv``), else its
end day. In "截至9月30日的第三季度" the quarter is named and the day stays a date of its
own (a reader annotates both); with 止 ("截至二零二五年九月三十日止第三季", the results statements' frame) or in English
("the third quarter ended September 30, 2019") the day only bounds the quarter it names: one period, in the
day's year, unless the number is a fiscal quarter's ("the fourth quarter ended March 31"); a quarter the words
call fiscal ("its financial second quarter ended September 30") is the calendar quarter the day closes. A quarter the
Chinese words mark fiscal after the end day (截至2020年6月30日的20/21财年第一财季, 截至9月底的2026财年第2季,
截至6月底止,2023/2024财年第一季, 截至…止第三财季) is the calendar quarter the day closes, one
period whatever its fiscal number: the readers annotate it so (zs3347, zt3262, zt3366), and the fiscal calendars
place those quarters there too. Two counts told
together before one end are two periods ("the three months and six months ended June 30, 2025" are the second
quarter and the first half, 截至2025年6月30日止三个月及六个月 likewise). Nine months stay
their end day: the data model has no nine-month period. A year the words call fiscal ("the fiscal year ended March
31", 截至2024年3月31日止财政年度, 止财年) ending at another month's end is placed as ``dates_fiscal`` places a fiscal
year, on the calendar year holding its first month (en3320, en3420 annotate it so); a year not called fiscal ("the
year ending in April", 止年度) keeps its end date, which the readers annotate (en2810).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from lib.chinese_numerals import chinese_number
from lib.extract.dates_en_bare import QUARTER_ORDINALS
from lib.extract.dates_match import Reading
from lib.extract.dates_spec import Candidate
from lib.extract.number_words_en import COUNTS, count_of
from lib.periods import Period, align
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, literal_alternation, words_by_kind

# The period as long as the months counted ("three", "3", 三 by the readers' own number words).
_PERIOD_OF_MONTHS = {3: "quarter", 6: "half", 12: "year"}
# Words before the end date: "the three months ended", "the three-month period ending in", "the quarter ending on",
# "interim results ended" (the half Hong Kong reports, as 截至6月底止中期业绩 below); "ended" in a relative clause too
# ("profit for the quarter that ended on September 30", AK en3541), as 截至9月30日止的季度 is.
_MONTHS_WORD = alternation(word for word, number in COUNTS.items() if number in _PERIOD_OF_MONTHS)  # three, six
# A count told together with another before one end ("the three and nine months ended September 30"): nine too.
_COUNTED_WORD = alternation(word for word, number in COUNTS.items() if number in (*_PERIOD_OF_MONTHS, 9))
_ENDED_BEFORE = re.compile(
    r"(?i:(?:(?<![A-Za-z])(?P<interim>interim)\s+results"
    rf"|(?:the|its|their)\s+(?:(?P<first_words>(?P<first>{_COUNTED_WORD}|3|6|9|12)(?:[- ]months?)?)\s+and\s+"
    rf"(?P<second>{_COUNTED_WORD}|3|6|9|12)[- ]months?(?:\s+periods?)?"
    rf"|(?P<months>{_MONTHS_WORD}|3|6|12)[- ]months?(?:\s+period)?"
    rf"|(?:(?P<fiscal_quarter>fiscal|financial)\s+)?(?:(?P<ordinal>{alternation(QUARTER_ORDINALS)})\s+)?"
    r"(?P<quarter>quarter)|(?P<half>half[- ]year)"
    r"|(?P<fiscal_words>(?:fiscal|financial)\s+)?(?P<year>year)|(?:reporting\s+)?(?P<period>period)))"
    r"\s+(?:(?:that|which)\s+end(?:ed|s)|end(?:ed|ing)|to)\s+(?:on\s+|in\s+)?)\Z")
# Words after it: 截至…止三个月, 截至…止六个月, and the quarter with no name of its own, 截至2022年9月30日的季度;
# 截至…止(的)中期业绩, the interim results Hong Kong reports of a half ("公布截至6月底止中期業績").
_ENDED_AFTER = re.compile(r"\s*止?\s*的?\s*(?:(?P<first_words>(?P<months>十二|12|[三六36])\s*个月)"
                          r"(?:\s*(?:及|和|与|以及)\s*(?P<second_words>(?P<second>十二|12|[三六九369])\s*个月))?"
                          r"|(?P<quarter>季度?)(?![节度]))"
                          r"|\s*止\s*第?\s*(?P<ordinal>[一二三四1-4])\s*(?P<named>季度?)(?![节度])"
                          r"|\s*止?\s*[,，]?\s*的?\s*(?P<fiscal_year>(?:(?:19|20)?[0-9]{2}\s*/\s*)?(?:(?:19|20)?[0-9]{2}\s*)?[财財]年度?)"
                          r"\s*(?:第\s*[一二三四1-4]|首)\s*[财財]?季度?(?![节度])"
                          r"|\s*止?\s*的?\s*第\s*[一二三四1-4]\s*(?P<fiscal>[财財]季)(?![节度])"
                          r"|\s*止\s*(?:(?P<year>(?P<fiscal_words>财政)?年度|财年)|(?P<period>期间))"
                          r"|\s*止\s*的?\s*(?P<interim>中期)(?=业绩|报告|财报|盈利|收入|股息|息)")
_UP_TO = ("截至", "截止")
# Words telling which period a bare "the period ended March 31" (截至3月31日止期间) is: "quarterly revenue", 中期.
_WORDS = words_by_kind(builtin_rules().results_periods)
_PERIOD_TOLD = {word: kind.removeprefix("period_told_") for kind, words in _WORDS.items()
                if kind.startswith("period_told_") for word in words}
_PERIOD_TOLD_WORD = re.compile(rf"(?<![A-Za-z-])(?i:{literal_alternation(w for w in _PERIOD_TOLD if w.isascii())})"
                               rf"(?![A-Za-z-])|{literal_alternation(w for w in _PERIOD_TOLD if not w.isascii())}")


def _period_of(months: str) -> str | None:
    """"three", "6", 三 months as the quarter or the half they span; None for a count spanning none (nine)."""
    return _PERIOD_OF_MONTHS.get(count_of(months) if months.isascii() else chinese_number(months))


def _period_told(text: str) -> str | None:
    """The one period ("quarter", "half", "year") the sentence's words tell a bare "period" is ("quarterly
    revenue for the period ended March 31"); None when they tell none, or more than one."""
    told = {_PERIOD_TOLD[word.lower()] for word in _PERIOD_TOLD_WORD.findall(text)}
    return told.pop() if len(told) == 1 else None


def _period_ended_on(end: Period, precision: str) -> Period | None:
    """The ``precision`` period that ``end`` closes; a fiscal year (財政年度, 财年) closed at another month's end is
    a fiscal year, placed as ``dates_fiscal`` places one: the calendar year holding its first month. None when
    ``end`` closes no such period."""
    if precision == "fiscal_year" and not _ends_a(end, "year") and _ends_a_month(end):
        return Period(date(end.start.year - 1, 1, 1), "year")
    precision = precision.removeprefix("fiscal_")
    return Period(align(end.start, precision), precision) if _ends_a(end, precision) else None


def _ends_a_month(period: Period) -> bool:
    """Whether ``period`` is a month, or its last day."""
    return period.precision == "month" or (
        period.precision == "day" and (period.start + timedelta(days=1)).month != period.start.month)


def _ends_a(period: Period, precision: str) -> bool:
    """Whether ``period`` is the last month, or its last day, of a quarter, a half or a year ("the end of 2020",
    the last quarter, ends a year too)."""
    if precision == "year" and period.precision == "quarter":
        return period.start.month == 10
    last_months = {"quarter": (3, 6, 9, 12), "half": (6, 12), "year": (12,)}[precision]
    if period.start.month not in last_months:
        return False
    return period.precision == "month" or (period.precision == "day" and period.start.day in (30, 31))


def periods_named_by_their_end(text: str, readings: list[Reading]) -> list[Reading]:
    """``readings`` with each end date of a reporting period read as the period, its words joined to it."""
    kept: list[Reading] = []
    for reading in readings:
        candidate, period = reading.candidate, reading.period
        if period is None or period.precision not in ("day", "month", "quarter"):
            kept.append(reading)
            continue
        before = _ENDED_BEFORE.search(text, max(0, candidate.start - 60), candidate.start)
        after = _ENDED_AFTER.match(text, candidate.end)
        if after is not None and (after["quarter"] or after["named"] or _fiscal(after)) and not text[
                : candidate.start].rstrip().endswith(_UP_TO):
            after = None  # "6月30日的季度会议" is a meeting; "截至6月30日的季度" the quarter it closes
        periods = _periods_told(text, candidate, before, after)
        joined = [replace(reading, candidate=replace(candidate, start=start, end=end), period=placed)
                  for precision, start, end, ordinal in periods
                  if precision is not None and _numbers_its_quarter(ordinal, period)
                  and (placed := _period_ended_on(period, precision)) is not None]
        # Of two counts told together, the one spanning no period ("the three and nine months ended September
        # 30") leaves the end day a date of its own, when its words lie outside the other's.
        if not joined or (len(periods) > len(joined) and before is not None):
            kept.append(reading)
        kept += joined
    return _outside_the_joined(readings, kept)


def _periods_told(text: str, candidate: Candidate, before: re.Match | None,
                  after: re.Match | None) -> list[tuple[str | None, int, int, str | None]]:
    """(precision, start, end, quarter number) of each period the words around the end date name: one, or two
    when two counts are told together ("the three and six months ended June 30", 截至6月30日止三个月及六个月);
    none when no period words stand there."""
    if before is not None and before["first"]:
        return [(_period_of(before["first"]), before.start("first_words"), before.end("first_words"), None),
                (_period_of(before["second"]), before.start("second"), candidate.end, None)]
    if before is not None:
        precision = ("quarter" if before["quarter"] else "half" if before["half"] or before["interim"]
                     else _year_named(before) if before["year"]
                     else _period_told(text) if before["period"] else _period_of(before["months"]))
        # "its fiscal second quarter ended September 30": a fiscal number need not be the calendar's; the
        # quarter is the one the day closes, as 截至9月底的2026财年第2季 is
        ordinal = None if before["fiscal_quarter"] else before["ordinal"]
        return [(precision, before.start(), candidate.end, ordinal)]
    if after is not None and after["second"]:
        return [(_period_of(after["months"]), candidate.start, after.end("first_words"), None),
                (_period_of(after["second"]), after.start("second_words"), after.end(), None)]
    if after is not None:
        precision = ("quarter" if after["quarter"] or after["named"] or _fiscal(after)
                     else _year_named(after) if after["year"] else "half" if after["interim"]
                     else _period_told(text) if after["period"] else _period_of(after["months"]))
        return [(precision, candidate.start, after.end(), after["ordinal"])]
    return []


def _year_named(words: re.Match) -> str:
    """"fiscal_year" for a year the words call fiscal ("the fiscal year ended", 止财政年度, 止财年), else "year": "the
    year ending in April" is annotated as its end month (en2810), "the year ended March 2020" at its fiscal start."""
    return "fiscal_year" if words["fiscal_words"] or words["year"] == "财年" else "year"


def _fiscal(after: re.Match) -> bool:
    """Whether the words after the end day name a fiscal quarter (第一财季, 2026财年第2季, 2023/2024财年首季)."""
    return bool(after["fiscal"] or after["fiscal_year"])


def _numbers_its_quarter(ordinal: str | None, period: Period) -> bool:
    """Whether a quarter's number ("third", 三, 3), if named, is the calendar quarter the end date closes: a
    fiscal quarter ("the fourth quarter ended March 31") keeps its end day."""
    if ordinal is None:
        return True
    number = QUARTER_ORDINALS.get(ordinal.lower()) or (int(ordinal) if ordinal.isdigit() else chinese_number(ordinal))
    return number == (period.start.month + 2) // 3


def _outside_the_joined(readings: list[Reading], kept: list[Reading]) -> list[Reading]:
    """``kept`` without the readings that lie inside a period joined to its end day ("the third quarter" in "the
    third quarter ended September 30", 第三季 in 截至9月30日止第三季): they name the same quarter."""
    joined = [(r.candidate.start, r.candidate.end) for r in kept if r not in readings]
    return sorted((r for r in kept if r not in readings
                   or not any(start <= r.candidate.start and r.candidate.end <= end for start, end in joined)),
                  key=lambda r: r.candidate.start)
