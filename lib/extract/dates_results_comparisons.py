"""Which of a results sentence's dates compare with the period in focus, and so leave it where it was.

Results news sets the period it reports against another: "the previous quarter", "the same period last year",
去年同期, "up 20% from a year earlier" count from the period in focus to compare with it (``looks_back``), and
so does a stated month, quarter or half a figure is set against ("compared to 5.6 billion yuan for the second
quarter of 2020", 较2018年第一季度: ``stated_and_compared``, the comparison words being ``dates_comparisons``').
A comparison a year back counts from a year its own sentence told (``compares_a_year``); "全年", "the full year"
naming a year its sentence states in other words is that date told twice (``year_told_again``).
``dates_chain`` counts the dates and keeps the focus.
"""

from __future__ import annotations

import re

from lib.extract.dates_chain_count import FOCUS_PRECISIONS
from lib.extract.dates_comparisons import compared_in_chinese, period_compared_in_english
from lib.extract.dates_match import DateMatch, Reading
from lib.extract.dates_spec import Chained, DateSpec
from lib.periods import Period


def looks_back(spec: DateSpec) -> bool:
    """Whether ``spec`` counts from the period in focus to compare with it ("the previous quarter", 去年同期,
    "up 20% from a year earlier", "the same day of 2020", 去年同一时间): the focus stays where it was."""
    return isinstance(spec, Chained) and (spec.unit in ("quarter", "period", "full_year")
                                          or (spec.unit == "year" and spec.keep_month and spec.offset < 0)
                                          or (spec.unit == "same" and (spec.offset < 0 or spec.year is not None)))


def compares_a_year(spec: DateSpec) -> bool:
    """Whether ``spec`` compares with a period a year back ("the same period last year", 去年同期, "a year earlier")
    or in a year it states ("the same period of 2019", 2019年同期)."""
    return isinstance(spec, Chained) and ((spec.offset < 0 and (spec.unit == "period" or (
        spec.unit == "year" and spec.keep_month))) or (spec.unit == "period" and spec.year is not None))


def year_told_again(text: str, spec: DateSpec, period: Period, matches: list[DateMatch], later: list[Reading]) -> bool:
    """Whether ``spec`` is "全年", "the full year" for a year its sentence names in other words ("2020 年是最艰难的
    一年,全年都处于实体清单之下", "the full-year guidance for 2024"): one date told twice is one date. The year's
    first quarters or months so far (首3季, 前三季度, "the first nine months") name a part of it, not the year:
    "累計首3季交付新車逾26.5萬輛，本周將完成全年35萬輛的目標" tells two periods."""
    told = [m.period for m in matches if not _YEAR_SO_FAR.search(m.text)]
    told += [r.period for r in later if not _YEAR_SO_FAR.search(text, r.candidate.start, r.candidate.end)]
    return isinstance(spec, Chained) and spec.unit == "full_year" and period in told


# The first quarters or months of a year so far, which the data model holds as their year.
_YEAR_SO_FAR = re.compile(r"[前首头頭]\s*[0-9一二两兩三四五六七八九十]+\s*[个個]?\s*(?:季|月)"
                          r"|\bfirst\s+\w+\s+(?:quarters|months)\b", re.IGNORECASE)


def stated_and_compared(text: str, match: DateMatch) -> bool:
    """Whether ``match`` states a month, quarter or half that a figure is set against ("compared to 5.6
    billion yuan for the second quarter of 2020", "16% over the first quarter of 2018", 较2018年第一季度):
    a comparison, which leaves the period in focus as it was."""
    return match.period.precision in FOCUS_PRECISIONS and (
        period_compared_in_english(text, match.start, match.end) or compared_in_chinese(text, match.start, match.end))
