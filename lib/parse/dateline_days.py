"""Which day a dateline's date is in its article: the year of a year-less one, the day a story was filed on.

A dateline that states no year ("新华社北京1月9日电", "BEIJING, Jan 20 (Reuters) -") is dated by the latest
year the article states (``in_latest_stated_year``), else by the weekday its lead tells (``on_the_leads_weekday``);
one that states a day before a day-precise publication
is the day the story was filed on, its "today" (``report_day``). The datelines themselves are read by
``lib.parse.datelines``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from lib.chinese_numerals import chinese_number
from lib.parse.datelines import ENGLISH_MONTH_STEMS, ENGLISH_MONTHS, DatelineReader
from lib.parse.script import to_simplified
from lib.parse.sentences import split_sentences
from lib.parse.weekday_words import bare_weekday_numbers
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import WordsRightBefore

# A year stated with 年, a month, a quarter or a half ("2026年初", "2025年8月", "August 2023", "the first quarter of
# 2020"); 年代 is a decade. A month is
# a word opening with the first three letters of a month name of lib/rules/date_words_en.csv (ENGLISH_MONTH_STEMS).
_STATED_YEAR = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年(?!代)(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月"
    # a quarter or half after its year states it from the part's first month, as "the third quarter of 2025" does:
    # 2025年第三季(度), 2025年三季度, 2025 年 Q3, 2025年上半年, 2025年H1
    r"|\s*(?:第\s*)?(?P<zq>[一二三四1-4])\s*季度?|\s*(?P<zh>[上下])\s*半年|\s*(?P<zcode>Q[1-4]|H[12])(?![\w]))?"
    r"|\b(?P<mon>" + "|".join(ENGLISH_MONTH_STEMS) + r")[a-z]*\.?"
    r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(?P<en>(?:19|20)\d{2})\b"
    # a quarter or half of a year, as 2020年第一季度 states its year: "the first quarter of 2020", "Q4 2019"; its
    # "the" is matched so that a plan's "by" before it is seen ("by the first half of 2020")
    r"|\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<part>quarter|half)|(?P<code>Q[1-4]|H[12]))"
    r"\s+(?:of\s+)?(?P<py>(?:19|20)\d{2})\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _stated(match: re.Match) -> tuple[int, int]:
    """(year, month) of a stated year or month; a quarter or half of a year is its first month."""
    if match["py"]:
        code = match["code"]
        if code:
            return int(match["py"]), _code_first_month(code)
        return int(match["py"]), _first_month(_ORDINALS[match["ord"].lower()], match["part"].lower() == "half")
    if match["zcode"]:
        return int(match["y"]), _code_first_month(match["zcode"])
    if match["zq"]:
        return int(match["y"]), _first_month(chinese_number(match["zq"]), half=False)
    if match["zh"]:
        return int(match["y"]), _first_month(1 if match["zh"] == "上" else 2, half=True)
    return int(match["y"] or match["en"]), int(match["m"] or 0) or ENGLISH_MONTHS.get((match["mon"] or "").lower(), 0)


def _code_first_month(code: str) -> int:
    """The first month of the part a code names: Q3 → 7, H2 → 7."""
    return _first_month(int(code[1]), code[0].upper() == "H")


def _first_month(number: int, half: bool) -> int:
    """The first month of the ``number``-th quarter (or half) of a year."""
    return (6 if half else 3) * (number - 1) + 1


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
    return on_or_after_the_latest(month_day, latest_stated_month(raw_text, not_reported))


def on_or_after_the_latest(month_day: tuple[int, int] | None, latest: tuple[int, int] | None) -> Period | None:
    """``in_latest_stated_year`` for an article whose ``latest_stated_month`` is already read: the month-day on or
    after ``latest`` (year, month; month 0 for a year stated alone, read as its January)."""
    if month_day is None or latest is None:
        return None
    year, month = latest[0], latest[1] or 1
    try:
        return Period(date(year + (month_day[0] < month), *month_day), "day")
    except ValueError:
        return None  # February 29 in a common year


def latest_stated_month(raw_text: str, not_reported: WordsRightBefore | None = None) -> tuple[int, int] | None:
    """(year, month) of the latest year or month the article states as reported (``in_latest_stated_year``'s
    reading), the month 0 when that year is stated alone ("2021年的收入"); None when it states none."""
    text = to_simplified(raw_text)
    reported = _reported(text, not_reported)
    stated = [_stated(m) for m in _STATED_YEAR.finditer(text) if reported(m)]
    return max(stated) if stated else None


# The words right after a year (its 年 between) that make it a plan's deadline, no year reported ("2030年前",
# "2030年之前"): the deadline rows of lib/rules/datelines.csv.
_DEADLINE_WORDS = tuple(cue for kind, cue in builtin_rules().dateline_cues if kind == "deadline")
# How many characters after a year are read for one: white space, 年 and the word (之前, 以前).
_DEADLINE_REACH = 6


def _reported(text: str, not_reported: WordsRightBefore | None) -> Callable[[re.Match], bool]:
    """Whether a year found in ``text`` is a reported one: not right after a word of ``not_reported`` (a plan's
    aim, a company's past: "到2030年", "by 2030", "founded in 2014") nor before a deadline's word ("2030年前")."""

    def reported(match: re.Match) -> bool:
        start, end = match.span()
        if not_reported is not None and not_reported.before(text, start):
            return False
        after = text[end:end + _DEADLINE_REACH]
        if not match.group(0).endswith(("年", "月")):  # a year in digits alone: its 年, if any, follows
            after = re.sub(r"^\s*年", "", after)
        return not after.startswith(_DEADLINE_WORDS)

    return reported


# A year the article names, in any form ("in 2017", "2025年", "the first half of 2020"), not part of a longer
# number or an amount ("12,2019", "2019.5").
_NAMED_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d]|[.,]\d)")


def on_the_leads_weekday(month_day: tuple[int, int] | None, lead: str, raw_text: str,
                         not_reported: WordsRightBefore | None = None) -> Period | None:
    """A year-less dateline's day ("CHANGSHA, Sept. 26 (Xinhua) --") in the one year, within a year of the latest
    the article reports, in which it falls on the weekday its lead tells ("… started carrying passengers on a trial
    basis Thursday"); None when the lead tells no weekday or two, the article reports no year, or no one year of
    those three puts the day on that weekday. A wire lead tells its news by the weekday of its dateline's day, and
    a story is written in the latest year it reports, the year after it, or the year before a plan's year it names
    (``not_reported`` words before a year, as for ``in_latest_stated_year``, leave out "by 2030", "founded in 2014").

    For a dateline no stated year dates: read at the annotated day of every real-news excerpt outside split B whose
    year-less dateline's lead tells one weekday, it gives 9 right years and 1 wrong, a lead telling the day before
    its dateline's ("announced Tuesday" under "Sept 1"). Over all their dated datelines with such a lead, the lead
    tells the dateline's own weekday in 15 and a day or two before it in 6, of which the three years seldom hold
    a fit."""
    if month_day is None:
        return None
    # A weekday of another week or of every week ("last Monday", 上周五, 每周一) is not the dateline's day.
    told = bare_weekday_numbers(to_simplified(lead))
    text = to_simplified(raw_text)
    reported = _reported(text, not_reported)
    years = [int(m.group(0)) for m in _NAMED_YEAR.finditer(text) if reported(m)]
    if len(told) != 1 or not years:
        return None
    weekday = told.pop()
    fits = []
    for year in range(max(years) - 1, max(years) + 2):
        try:
            day = date(year, *month_day)
        except ValueError:
            continue  # February 29 in a common year
        if day.weekday() == weekday:
            fits.append(day)
    return Period(fits[0], "day") if len(fits) == 1 else None


def a_year_on_by_the_leads_weekday(stated: Period | None, lead: str, year_alone: bool = True) -> Period | None:
    """A year-less dateline's day placed in the latest year the article states (``in_latest_stated_year``),
    moved a year on when that year is stated alone (``year_alone``: no month of it) and its lead tells one
    weekday that the day falls on a year later and not in that year: "9月16日消息，当地时间周五，字节跳动…" in an
    article whose latest year is a past plan's ("2021年计划", "2021年的收入") is Friday 16 September 2022, not
    Thursday 16 September 2021. A story is written in the latest year it reports or after it; a year told alone
    says no more, a month told ("August 2023") dates the story close after it. Only the year after is taken, as
    a lead telling the day before its dateline's (the 6 of 21 such leads in the set) fits the year before."""
    if stated is None or stated.precision != "day" or not year_alone:
        return stated
    told = bare_weekday_numbers(to_simplified(lead))
    if len(told) != 1 or stated.start.weekday() in told:
        return stated
    try:
        later = stated.start.replace(year=stated.start.year + 1)
    except ValueError:
        return stated  # February 29
    return Period(later, "day") if later.weekday() in told else stated


def lead_of(lines: Sequence[str], number: int, opening: int) -> str:
    """The first sentence of the story a dateline opens on line ``number`` (``opening`` characters of it): the
    rest of its line, or the next line holding text when the dateline stands on a line of its own."""
    rest = lines[number][opening:]
    if not re.search(r"\w", rest):  # the dateline alone, or with the rest of its dashes ("(Xinhua) --")
        rest = next((line for line in lines[number + 1:] if line.strip()), "")
    first = next(iter(split_sentences(rest)), None)
    return rest[first[0]:first[1]] if first else ""


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
