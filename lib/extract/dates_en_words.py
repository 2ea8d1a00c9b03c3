"""The pattern pieces English date readers share: a month's name, full or abbreviated ("September", "Sept."),
a day of the month ("7", "7th"), a year stated ("2024"), relative ("last year"), told as "the year" or counted
from the date before ("that year", "the following year"); and ``year_of``, the spec of a part of the year in the
year a match names.

Split from ``dates_en`` so the readers built on these pieces (``dates_en``, ``dates_en_year_parts``,
``dates_en_grammar``, ``dates_coordinated``) take them from here, not from one another.
"""

from __future__ import annotations

import re

from lib.extract.dates_en_bare import FULL_MONTH, MONTH_ABBREVIATIONS
from lib.extract.dates_en_relative import RELATIVE_YEARS
from lib.extract.dates_spec import Chained, InYear, YearPart

ANY_MONTH = (r"(?:" + FULL_MONTH + r"|(?:" + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
              + r")\b\.?)")
# An ordinal suffix ends the day whatever follows ("June 7th: …"); a bare number not before a clock's colon.
DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?:(?:st|nd|rd|th)(?![A-Za-z0-9])|(?![A-Za-z0-9%:]|[.,][0-9]))"
STATED_YEAR = r"(?P<year>(?:19|20)[0-9]{2})(?![A-Za-z0-9%])"
RELATIVE_YEAR = r"(?i:(?P<rel>last|this|next)\s+year)\b"
THE_YEAR = r"(?i:(?P<current>the\s+(?:current\s+)?year))\b"
# "the end of that year", "the first half of the following year": a part of the year counted from the date
# before, as 同年年底, 次年上半年 are. Not "the next year" (as often the coming year, counted from publication).
COUNTED_YEAR = r"(?i:(?P<counted>that(?:\s+same)?|the\s+(?:same|following|previous|prior|preceding))\s+year)\b"
_COUNTED_YEARS = {"that": 0, "same": 0, "following": 1, "previous": -1, "prior": -1, "preceding": -1}
ANY_YEAR = rf"(?:{STATED_YEAR}|{RELATIVE_YEAR}|{THE_YEAR}|{COUNTED_YEAR})"


def year_of(match: re.Match, part: YearPart, qualifier: str = "") -> InYear | Chained:
    """``part`` in the year the match names (stated, relative, "the year", counted from the date before) or,
    failing that, none."""
    groups = match.groupdict()
    if groups.get("counted"):
        return Chained("year", _COUNTED_YEARS[groups["counted"].split()[-1].lower()], part=part)
    if groups.get("year"):
        return InYear(part, qualifier, year=int(groups["year"]))
    if groups.get("rel"):
        return InYear(part, qualifier, offset=RELATIVE_YEARS[groups["rel"].lower()])
    if groups.get("current"):
        return InYear(part, qualifier, offset=0, of_the_year="current" not in groups["current"].lower())
    return InYear(part, qualifier)
