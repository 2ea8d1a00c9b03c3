"""What English dates counted from another date stand for: the date specs the patterns of ``dates_en_chains``
build from their matches ("the next day", "the same period last year", "a year later", "after 53 days",
"one week before the Lunar New Year", "May that year", "in 45 days"); ``dates`` does the counting.
"""

from __future__ import annotations

import re

from lib.extract.dates_comparisons import (
    compared_in_english,
    opens_before_a_figure,
    period_compared_in_english,
    tells_a_figure,
)
from lib.extract.dates_en_bare import month_number
from lib.extract.dates_spec import (
    LAST_CLOSED_QUARTER,
    LAST_CLOSED_QUARTER_A_YEAR_BACK,
    WHOLE_YEAR,
    YEAR_BEFORE_PUBLICATION,
    Chained,
    DateSpec,
    InYear,
    day_part,
    month_part,
)
from lib.extract.number_words_en import count_of
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind


def chained(match: re.Match, text: str) -> DateSpec:
    which = (match["which"] or "that").lower()
    offset = {"next": 1, "following": 1, "same": 0, "that": 0, "previous": -1, "prior": -1, "preceding": -1}[which]
    unit = match["unit"].lower()
    if unit == "year" and offset < 0 and compared_in_english(text, match.start()):
        # "up 3 per cent from the previous year" sets a figure against it: the period in focus a year back
        # (a quarter reported is that quarter), as "a year earlier" set against a figure is (counted_later); with
        # no period in focus and no date told just before, the year before publication's ("orders surged to four
        # times the figures from the previous year").
        return Chained("year", offset, keep_month=True, focus_first=True, otherwise=YEAR_BEFORE_PUBLICATION)
    # "the previous quarter" with no quarter reported before it is the one before publication's; "that
    # quarter" is none.
    return Chained("day" if unit == "date" else unit, offset, or_published=unit == "quarter" and offset != 0)


def same_period(match: re.Match, text: str) -> DateSpec:
    """"the same period last year", "the year-ago quarter", "the same quarter of 2023": the period in
    focus, a year back or in the year stated; "the same month last year" is the month in focus's, else the
    month before's. With none
    in focus, an earlier figure stated for "the same period last year" (a results release's "compared to 5
    billion yuan for the same period last year") is the last closed quarter's a year back; "rose 10% from
    the same period last year" names no period."""
    unit = match["unit"].lower()
    if match.groupdict().get("year"):
        return Chained(unit, 0, year=int(match["year"]))
    back = bool(match["back"])
    if unit == "month":
        # "sold 114,943 in May, according to figures released today. … from 32,800 in the same month last year":
        # the month reported a year back, not the month of the day told last (AK en3501), as 去年同月 is.
        return Chained("month", -12, focus_first=True) if back else Chained("month", 0)
    # "compared to 5 billion yuan for the same period last year": a results release's earlier figure
    otherwise = LAST_CLOSED_QUARTER_A_YEAR_BACK if back and period_compared_in_english(text, match.start()) else None
    if unit == "quarter":
        return Chained("quarter", -4 if back else 0, otherwise=otherwise)
    return Chained("period", -1 if back else 0, otherwise=otherwise)


def same_moment(match: re.Match, text: str) -> DateSpec:
    """"the same day of 2020": the day told before, in 2020; "the same point last year": the period in focus
    (else the date told before) a year back. With nothing told before, the year the words name."""
    year = int(match["year"]) if match["year"] else None
    return Chained("same", 0 if year else -1, year=year, focus_first=match["unit"].lower() != "day",
                   otherwise=InYear(WHOLE_YEAR, year=year) if year else YEAR_BEFORE_PUBLICATION)


def counted_later(match: re.Match, text: str) -> DateSpec:
    """"a year later", "two days earlier", "four months prior", "a quarter earlier": counted from the
    date before (a quarter from the period in focus); a year keeps its month. A figure set against "a year
    earlier" ("net profit tripled from a year earlier") is the period in focus a year back, as "a year ago"."""
    unit = match["unit"].lower()
    offset = count_of(match["n"]) * (1 if match["side"].lower() in ("later", "after") else -1)
    if unit == "year" and offset < 0 and (compared_in_english(text, match.start())
                                          or opens_before_a_figure(text, match.start(), match.end())):
        return Chained("year", offset, keep_month=True, focus_first=True)
    return Chained(unit, offset, keep_month=unit == "year")


def after_count(match: re.Match, text: str) -> DateSpec:
    """"exceeded 10 million after 53 days": counted on from the date before, as "53 days later" is."""
    unit = match["unit"].lower()
    count = count_of(match["n"])
    if unit == "month":
        return Chained("month", count)
    return Chained("day", count * (7 if unit == "week" else 1))


def in_days(match: re.Match, text: str) -> DateSpec:
    """"in 45 days" counts from the day reported ("issued orders on Thursday … starting in 45
    days"), else from publication; "within 45 days" is a span, not read."""
    return Chained("day", count_of(match["n"]), same_sentence=True)


# "came two days after Google unveiled…", "comes just a year after": lib/rules/happening_counts_en.csv.
_HAPPENING_WORDS = words_by_kind(builtin_rules().happening_counts_en)
_DATED_BY_ANOTHER = re.compile(rf"\b(?i:{alternation(_HAPPENING_WORDS['verb'])})\s+"
                               rf"(?:(?i:{alternation(_HAPPENING_WORDS['hedge'])})\s+)?$")


# "Two days after the IPO, …", "Just a week after its Hong Kong listing, …": the count opens the sentence (after a
# hedge of happening_counts_en.csv) and a noun of happening_days_en.txt follows, with up to three words between.
_OPENS_THE_SENTENCE = re.compile(rf"[\s\"“‘(]*(?:(?i:{alternation(_HAPPENING_WORDS['hedge'])})\s+)?$")
_HAPPENING_NAMED = re.compile(rf"\s+(?i:the|its|their)\s+(?:[\w'’.-]+\s+){{0,3}}?"
                              rf"(?i:{alternation(builtin_rules().happening_days_en)})(?![\w-])")


def before_a_date(match: re.Match, text: str) -> DateSpec | None:
    """"one week before the Lunar New Year": days counted from the day named right after the words. After
    "came" ("came two days after Google unveiled…", "came a year after Meituan launched KeeTa") the words
    date the other happening: counted back from the date told of the sentence's own. Opening the sentence
    before a listing's or a launch's noun ("Two days after the IPO, the regulator launched a probe") they date
    the sentence's happening: days counted from that happening's day, else from the last day told, as
    上市两天后 is."""
    unit, count = match["unit"].lower(), count_of(match["n"])
    sign = -1 if match["side"].lower() in ("before", "ahead of", "prior to") else 1
    if _DATED_BY_ANOTHER.search(text, max(0, match.start() - 40), match.start()):
        if unit in ("month", "year"):
            return Chained(unit, -sign * count, told_only=True)
        return Chained("day", -sign * count * (7 if unit == "week" else 1), told_only=True)
    if unit in ("day", "week") and _OPENS_THE_SENTENCE.match(text, 0, match.start()) and _HAPPENING_NAMED.match(
            text, match.end()):
        return Chained("day", sign * count * (7 if unit == "week" else 1), told_only=True, from_happening=True)
    if unit in ("month", "year"):
        return None  # "a year after the launch" names no date of its own
    return Chained("day", sign * count * (7 if unit == "week" else 1), before_date=True)


def month_of_that_year(match: re.Match, text: str) -> DateSpec:
    """"May that year", "October 7 of the following year", "September the year before": a month or day of
    the year counted from the date before, as 同年5月, 次年10月7日, 前一年9月 are."""
    month = month_number(match["month"])
    part = day_part(month, int(match["day"])) if match["day"] else month_part(month)
    which = match["which"] or match["side"] or ""  # side: "the year before", "the year after"
    offset = {"following": 1, "next": 1, "after": 1, "previous": -1, "prior": -1, "preceding": -1,
              "before": -1}.get(which.lower(), 0)
    return Chained("year", offset, part=part)


def same_time(match: re.Match, text: str) -> DateSpec:
    return Chained("same", 0, told_only=True) if match["near"] else Chained("day", 0, told_only=True)


def that_day(match: re.Match, text: str) -> DateSpec:
    return Chained("day", {"before": -1, "prior": -1, "after": 1}.get((match["side"] or "").lower(), 0))


def period_reported(match: re.Match, text: str) -> Chained:
    """"the reporting period", "in the period" in a results article: the period in focus. With none in focus, "the
    period" told of a figure ("It reported a loss of 4.85 billion yuan in the period versus …", the day of a
    quarterly report, AK en3511) is the quarter last closed before publication, the one results come out for, as
    "profit for the quarter" and 期内 with a figure are (``dates_results_period.period_otherwise``); "that period"
    points back to a period told, and names none when none was read."""
    if match.group().lower().startswith("that"):
        return Chained("period", 0)
    return Chained("period", 0, otherwise=LAST_CLOSED_QUARTER if tells_a_figure(text) else None)
