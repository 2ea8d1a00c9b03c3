"""A quarter or a half named by its months joined by a dash: "revenue rose 28.8% in July-September",
"April-June 2024", "2024年7-9月", "1-6月"; in Chinese also by 到 or 至 when the first month is a bare number
sharing the last one's 月 ("2024年4到6月", "7至9月").

A results sentence names a reporting period as one compound of its first and last months: three months
from a quarter's first month to its last are that quarter, six months from January or July the half.
The two month readings become one reading of the period, its words running from the first month to the
last. "7到9月" writes 月 once for both numbers: one compound, as "7-9月" is, with a word for the dash. A
window joined by words with each month named in full ("from October to December", "今年10月至12月",
"7月到9月") is a span of months, not a reported period, and stays two months; so do months that span no quarter or half
("May-July") and a range across two years.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.dates_match import Reading
from lib.periods import Period

# What joins a period's first month to its last into one compound: a dash, no words.
_SPAN_LINK = re.compile(r"[-–—]")
# A word for the dash, only between a bare month number and the month that ends the compound ("7到9月").
_SPAN_WORD = re.compile(r"[到至]")
# The period as long as the months spanned, by its first months.
_SPANS = {3: ("quarter", (1, 4, 7, 10)), 6: ("half", (1, 7))}


def periods_named_by_their_months(text: str, readings: list[Reading]) -> list[Reading]:
    """``readings`` (in text order) with each month range spanning a quarter or a half read as that period."""
    kept: list[Reading] = []
    index = 0
    while index < len(readings):
        reading = readings[index]
        after = readings[index + 1] if index + 1 < len(readings) else None
        spanned = _spanned(text, reading, after) if after is not None else None
        if spanned is None:
            kept.append(reading)
            index += 1
            continue
        kept.append(replace(reading, candidate=replace(reading.candidate, end=after.candidate.end), period=spanned))
        index += 2
    return kept


def _spanned(text: str, first: Reading, last: Reading) -> Period | None:
    """The quarter or half that ``first``'s month through ``last``'s month make up, or None."""
    start, end = first.period, last.period
    if start is None or end is None or start.precision != "month" or end.precision != "month":
        return None
    if start.start.year != end.start.year or not _joined_as_one(text, first, last):
        return None
    precision, first_months = _SPANS.get(end.start.month - start.start.month + 1, ("", ()))
    if start.start.month not in first_months:
        return None
    return Period(start.start, precision)


def _joined_as_one(text: str, first: Reading, last: Reading) -> bool:
    """Whether the two months are written as one compound: a dash between them, or 到/至 after a bare first
    number that shares the last month's 月 ("4到6月", not "4月到6月")."""
    link = text[first.candidate.end:last.candidate.start]
    if _SPAN_LINK.fullmatch(link):
        return True
    return bool(_SPAN_WORD.fullmatch(link)) and text[first.candidate.end - 1 : first.candidate.end].isdigit()
