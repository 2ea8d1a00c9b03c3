"""Which day a dateline's date is in its article: the year of a year-less one, the day a story was filed on.

A dateline that states no year ("新华社北京1月9日电", "BEIJING, Jan 20 (Reuters) -") is dated by the latest
year the article states (``in_latest_stated_year``); one that states a day before a day-precise publication
is the day the story was filed on, its "today" (``report_day``). The datelines themselves are read by
``lib.parse.datelines``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from lib.parse.datelines import ENGLISH_MONTHS, DatelineReader
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules.rule_file import WordsRightBefore

# A year stated with 年 or a month ("2026年初", "2025年8月", "August 2023"); 年代 is a decade. A month is
# a word opening with the first three letters of a month name of lib/rules/date_words_en.csv.
_STATED_YEAR = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年(?!代)(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月)?"
    r"|\b(?P<mon>" + "|".join(dict.fromkeys(name[:3] for name in ENGLISH_MONTHS)) + r")[a-z]*\.?"
    r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(?P<en>(?:19|20)\d{2})\b", re.I)


def in_latest_stated_year(month_day: tuple[int, int] | None, raw_text: str,
                          not_reported: WordsRightBefore | None = None) -> Period | None:
    """A year-less dateline's day ("1月9日电") on or after the latest month the article states.

    A wire story names the current year ("2026年初") or recent months ("August 2023"); it is
    published after what it reports, so "1月9日电" after "August 2023" is January 2024. A year a
    plan aims at or a company's past names is no report: one right after a word of ``not_reported``
    ("到2030年", "by 2030", "成立于2020年10月", "founded in 2014") or before 前 ("2030年前") is left out.

    Only a dateline (or a glossed "today") asks: any article's text names its current year far less surely. Read
    at the annotated day of every real-news excerpt outside split B, the latest year gives 227 right and 136 wrong
    years, mostly look-backs ("In October 2022, the Commerce Department…" a year before, "June 18, 1998" an
    anniversary), and a plan's year where none is reported ("plans to add 200 robotaxis in 2023" filed on Dec 27,
    2022) 12 right and 25 wrong: neither dates a line of another kind.
    """
    if month_day is None:
        return None
    text = to_simplified(raw_text)
    stated = [(int(m["y"] or m["en"]), int(m["m"] or 0) or ENGLISH_MONTHS.get((m["mon"] or "").lower(), 1))
              for m in _STATED_YEAR.finditer(text)
              if not (not_reported is not None and not_reported.before(text, m.start()))
              and not text.startswith(("前", "之前", "以前"), m.end())]
    if not stated:
        return None
    year, month = max(stated)
    try:
        return Period(date(year + (month_day[0] < month), *month_day), "day")
    except ValueError:
        return None  # February 29 in a common year


# A story's dateline opens its first paragraph, after a headline and a byline line or two.
_OPENING_LINES = 6


def report_day(published: Period | None, text: str, reader: DatelineReader) -> Period | None:
    """The day a story was filed on when its opening dateline states a day before a day-precise
    publication: "（中央社華盛頓17日綜合外電報導）兩名知情人士今天告訴路透社" published in Taipei on the
    18th reports what Washington heard on the 17th, and its 今天 is the 17th ("WASHINGTON, Dec 17 (Reuters)
    - … today" likewise). A dateline that names its month ("11月15日消息，今天珠海航展开幕", "BEIJING,
    Nov 15 (Reuters)") is the filing day up to a month before publication, as a page reposting the
    story carries a later date; one naming only its day of month must be the day before. None when the
    dateline states publication's own day, or no day.
    """
    if published is None or published.precision != "day":
        return None
    lines = [line for line in text.split("\n")[:_OPENING_LINES] if line.strip()]
    dateline = next((found for line in lines if (found := reader.read(line)) is not None and found.day is not None),
                    None)
    if dateline is None:
        return None
    if dateline.month_day is not None:
        filed = dateline.published or _latest_on_or_before(dateline.month_day, published.start)
        if filed is None or not 0 < (published.start - filed.start).days <= _REPOSTED_WITHIN_DAYS:
            return None
        return filed
    before = published.start - timedelta(days=1)
    return Period(before, "day") if dateline.day == before.day else None


# How long after a story was filed a page reposting it may be dated and still tell its days from the filing.
_REPOSTED_WITHIN_DAYS = 31


def _latest_on_or_before(month_day: tuple[int, int], day: date) -> Period | None:
    """``month_day`` in the latest year that puts it on or before ``day``."""
    for year in (day.year, day.year - 1):
        try:
            found = date(year, *month_day)
        except ValueError:
            continue  # February 29 in a common year
        if found <= day:
            return Period(found, "day")
    return None
