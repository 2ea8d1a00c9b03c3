"""Read English dates counted from another date: the date before them in the text ("the next day",
"the same month", "a year later", "four months prior", "after 53 days", "at the time"), the period a
results article reports ("the previous quarter"; the words for the period reported or compared with,
"the same period last year", "for the quarter", "full-year", are in ``dates_en_results_periods`` and read
here, in this reader's order) or the day reported ("in 45 days").

Split from ``dates_en`` so each reader stays small; ``dates`` does the counting.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lib.extract import dates_en_chain_specs as specs
from lib.extract import dates_en_results_periods as results
from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ascii_pattern
from lib.extract.dates_comparisons import tells_a_figure
from lib.extract.dates_en_bare import FULL_MONTH
from lib.extract.dates_spec import Candidate, Chained
from lib.extract.number_words_en import COUNTS, NUMBER_WORD
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation


def read_english_chains(text: str) -> list[Candidate]:
    """Every counted English date reading in ``text``."""
    return READER(text)


# "two hours later" … "five hours later", "a few hours later" (lib/rules/few_words_en.txt) is the same day
# (not twelve: it may be the next).
_FEW_HOURS = alternation([*builtin_rules().few_words_en,
                          *(word for word, number in COUNTS.items() if 2 <= number <= 5)])


# "on launch day", "on the day of its Hong Kong listing": the day of the happening named
# (lib/rules/happening_days_en.txt), never the date before, which told another one. "On its first day of
# trading" is read below with "in the first day of trade": the listing's day, else the last day told.
_HAPPENING_NOUN = alternation(builtin_rules().happening_days_en)
_HAPPENING_DAY = (rf"\b(?i:on\s+(?:the\s+day\s+of\s+(?:its|the|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_HAPPENING_NOUN})\b"
                  rf"|(?:(?:its|the|their)\s+(?:[\w'’-]+\s+){{0,2}}?)?(?:{_HAPPENING_NOUN})\s+day))\b")


_CUES = CueTable(
    uncased=(*(("unit", word) for word in ("day", "week", "month", "quarter", "year", "time", "date", "period",
                                             "trimester")),
             *(("time_of_day", word) for word in ("morning", "afternoon", "evening", "night")),
             ("earlier_later", "earlier"), ("earlier_later", "later"), ("earlier_later", "prior"),
             ("earlier_later", "before"), ("earlier_later", "after"), ("trading", "trading"),
             ("trading", "business"), ("trading", "working")),
    requires=re.compile(r"[A-Za-z]"),
)
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (ascii_pattern(_HAPPENING_DAY), lambda match, text: Chained("day", 0, from_happening=True, happening_only=True),
     ("unit",)),
    # "the day before" counts from the date before it only when no noun follows ("the day after the launch").
    (
        ascii_pattern(r"\b(?i:that\s+(?:same\s+)?day|the\s+day\s+(?P<side>before|after|prior)(?=\s*(?:[,.;:)]|$)))"),
        specs.that_day,
        ("unit",),
    ),
    # "the week before", "the year after": the unit before or after the date before it, when no noun
    # follows ("the year before the launch" is no date of its own).
    (
        ascii_pattern(r"\b(?i:the\s+(?P<unit>week|month|year)\s+(?P<side>before|after)(?=\s*(?:[,.;:)]|$)))"),
        lambda match, text: Chained(match["unit"].lower(), -1 if match["side"].lower() == "before" else 1),
        ("unit",),
    ),
    # "that evening", "the next morning": a time of the day before it, or of the day after.
    (
        ascii_pattern(r"\b(?i:(?:the\s+(?P<which>next|following|same|previous)|that)\s+(?:morning|afternoon|evening|night))\b"),
        lambda match, text: Chained("day", {"next": 1, "following": 1, "previous": -1}.get(
            (match["which"] or "").lower(), 0)),
        ("time_of_day",),
    ),
    # "on the 9th of that month", "the 5th of the following month": a day of the month counted from the date
    # before, as 同月9日, 次月5日 are.
    (
        ascii_pattern(r"\b(?i:the\s+(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\s+of\s+(?:that(?:\s+same)?|the\s+"
                      r"(?P<which>same|next|following))\s+month)\b"),
        lambda match, text: Chained("month", 0 if (match["which"] or "same").lower() == "same" else 1,
                                    day=int(match["day"])),
        ("unit",),
    ),
    # "in May that year", "October 7 of the following year": the month or day in the year counted from the
    # date before (a "that year" read alone would count from the month itself). "September the year before"
    # (en3219: "down from 6.4 per cent in September the year before") is "September the previous year", as
    # 前一年9月 is; only where the clause ends on it: "the year before the launch" counts from a happening.
    (
        ascii_pattern(rf"\b(?P<month>{FULL_MONTH})(?:\s+(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?)?,?\s+"
                      r"(?:of\s+|in\s+)?(?i:(?:that(?:\s+same)?|the\s+(?P<which>same|next|following|previous|prior"
                      r"|preceding))\s+year\b(?!['’])|the\s+year\s+(?P<side>before|after)(?:hand)?(?=\s*(?:[.,;:)]|$)))"),
        specs.month_of_that_year,
        ("unit",),
    ),
    # "that was down on the 24 percent growth recorded in the previous three months": the quarter before the one
    # in focus, as "the previous quarter"; with none in focus no period (not publication's: "in the past three
    # months" is a span back from it).
    (ascii_pattern(r"\b(?i:the\s+(?:previous|prior|preceding)\s+(?:three|3)\s+months)\b"),
     lambda match, text: Chained("quarter", -1), ("unit",)),
    # "down 81% from the previous trading day's close", as 较前一交易日: a day counted over the market's weekdays; so
    # is "the next working day", "the next business day" (AK en3548), as 下一个工作日.
    (ascii_pattern(r"\b(?i:the\s+(?P<which>next|following|previous|prior|preceding)\s+"
                   r"(?:trading\s+(?:day|session)|(?:business|working)\s+day))\b"),
     lambda match, text: Chained("day", 1 if match["which"].lower() in ("next", "following") else -1,
                                 trading_days=True),
     ("trading",)),
    (
        ascii_pattern(r"\b(?i:(?:the\s+(?P<which>next|following|same|previous|prior|preceding)|that(?:\s+same)?)\s+"
                      r"(?P<unit>day|week|month|quarter|year|date))\b"),
        specs.chained,
        ("unit",),
    ),
    # An owner for "the" before a period counted back: "surpassed its previous month's delivery record", "their
    # prior quarter's revenue" (AH en3214) are "the previous month's", as 其上月 is 上月; the owner's figure is set
    # against its figure of the period in focus (the month reported), so that period counts first, as "during the
    # month" does. Not "its next quarter" (a plan of its own) nor "its last quarter" (its latest, "the last quarter").
    (
        ascii_pattern(r"\b(?i:(?:its|their)\s+(?P<which>previous|prior|preceding)\s+(?P<unit>month|quarter|year))\b"),
        lambda match, text: replace(specs.chained(match, text), focus_first=True),
        ("unit",),
    ),
    *results.COMPARED_PERIODS,
    # "earlier in the day", "later that day", "later that week": the unit of the date before them; "later in
    # the year" with none before it is the publication's year, as "later this year" is.
    (
        ascii_pattern(r"\b(?i:(?:earlier|later)\s+(?P<the>in\s+the|that|in\s+that)\s+(?P<unit>day|week|month|year))\b"
                      r"(?!\s+(?i:of|before|after)\b)"),
        lambda match, text: Chained(match["unit"].lower(), 0, or_published=match["the"].lower() == "in the"),
        ("unit", "earlier_later"),
    ),
    (ascii_pattern(r"\b(?i:at\s+(?:that|the)\s+time)\b(?!\s+of\b)"), lambda match, text: Chained("same", 0),
     ("unit",)),
    # "ending at HK$4.10 in the first day of trade", "on its first trading day", as 上市首日: the day a listing
    # was told on (``dates_happening_days``), else the last day told; never publication's. Not "since its first
    # day of trading" (a start long past), nor a bare "on its first day" (of what is not said; its reports
    # also pull a weekday's story apart: benchmarks.story_quality, s3).
    # "the first day's closing price" (a share price's, so a trading day's) is that day too.
    (ascii_pattern(r"(?:(?<=\b[Oo]n )|(?<=\b[Ii]n ))(?i:(?:its|their|the)\s+first\s+(?:trading\s+day|day"
                   r"\s+of\s+(?:trade|trading|dealings)))\b"
                   r"|\b(?i:(?:its|their|the)\s+first\s+day)(?=['’]s\s+(?i:closing|opening)\b)"),
     lambda match, text: Chained("day", 0, told_only=True, from_happening=True), ("unit",)),
    # "jumped 245% at the opening of SMIC's first day", "Zhipu's first day": a bare first day owned by a company
    # named ("SMIC's") in a sentence telling a price's move is its first trading day, read as above. Not "the first
    # day" (whose, not said: "whether the share jumped or dropped on the first day"), nor a bare "its first day"
    # (see the near misses of tests/unit/extract/test_dates_happening_days.py), nor a first day of office or
    # work, nor one telling no figure ("on Zhipu's first day, the app crashed").
    (ascii_pattern(r"(?:(?<=\b[Oo]n )|(?<=\b[Ii]n )|(?<=\bopening of ))"
                   r"[A-Z][A-Za-z&.-]*['’]s\s+first\s+day\b(?![-‐'’])"
                   r"(?!\s+(?:of|in\s+office|at\s+work|on\s+the\s+job)\b)"),
     lambda match, text: Chained("day", 0, told_only=True, from_happening=True) if tells_a_figure(text) else None,
     ("unit",)),
    # "At the same time, the SAMR issued…", "Around the same time, a16z listed Doubao…" opening a sentence:
    # the happening just told. "At" is its very moment, the last day told; "around" only near it, the last
    # date told at its own precision. Never publication's; inside a sentence ("cheap and at the same time
    # fast") or a quote ("“At the same time, we will grow,” he said") the words mean "also", no date.
    (ascii_pattern(r"^[\s(]*(?P<own>(?P<near>(?i:at\s+(?:about|around)|around|about))?(?(near)|(?i:at))"
                   r"\s+(?i:the\s+same\s+time))(?=\s*,)"),
     specs.same_time, ("unit",)),
    # "Hours later", "a few hours later": later the same day as the date before.
    (ascii_pattern(rf"\b(?i:(?:(?:{_FEW_HOURS}|[2-9])\s+)?hours\s+later)\b"),
     lambda match, text: Chained("day", 0), ("earlier_later",)),
    # "four months prior", "one day before." at the end of a clause: "before" or "after" a noun is
    # "two days before the launch", a date only when the day named follows (below); nor "12 days earlier than
    # planned", a difference from another date.
    (
        ascii_pattern(rf"\b(?i:(?P<n>{NUMBER_WORD}|[0-9]{{1,2}})\s+"
                      r"(?P<unit>day|week|month|quarter|year)s?\s+"
                      r"(?P<side>(?:later|earlier)(?!\s+than\b)|prior(?!\s+to\b)|(?:before|after)(?=(?:\s+(?:this|that))?\s*(?:[,.;:)]|$)))"
                      r"(?:\s+(?:this|that)(?=\s*(?:[,.;:)]|$)))?)\b"),
        specs.counted_later,
        ("unit", "earlier_later"),
    ),
    # "exceeded 10 million after 53 days" (not "after 53 days of talks", a span).
    (
        ascii_pattern(rf"\b(?i:after\s+(?P<n>{NUMBER_WORD}|[0-9]{{1,3}})\s+"
                      r"(?P<unit>day|week|month)s?)\b(?!\s+(?i:of)\b)"),
        specs.after_count,
        ("unit", "earlier_later"),
    ),
    *results.PERIODS_IN_FOCUS,
    (
        ascii_pattern(rf"\b(?i:(?P<n>{NUMBER_WORD}|[0-9]{{1,2}})\s+"
                      r"(?P<unit>day|week|month|year)s?\s+(?P<side>before|after|ahead\s+of|prior\s+to))\b"),
        specs.before_a_date,
        ("unit",),
    ),
    (
        ascii_pattern(rf"(?<![A-Za-z])(?i:in)\s+(?P<n>(?i:{NUMBER_WORD})|[0-9]{{1,3}})"
                 r"\s+(?i:days?)\b"),
        specs.in_days,
        ("unit",),
    ),
    # "starting 45 days from now" is "in 45 days": the writer's "now" is the day reported.
    (
        ascii_pattern(rf"\b(?P<n>(?i:{NUMBER_WORD})|[0-9]{{1,3}})"
                      r"\s+(?i:days?\s+from\s+(?:now|today))\b"),
        specs.in_days,
        ("unit",),
    ),
]
READER = CandidateReader(_PATTERNS, _CUES)
