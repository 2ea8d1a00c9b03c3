"""Read English dates counted from another date: the date before them in the text ("the next day",
"the same month", "a year later", "four months prior", "after 53 days", "at the time"), the period a
results article reports ("the same period last year", "the previous quarter", "in this quarter", "for
the quarter", "full-year") or the day reported ("in 45 days").

Split from ``dates_en`` so each reader stays small; ``dates`` does the counting.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lib.extract import dates_en_chain_specs as specs
from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ascii_pattern
from lib.extract.dates_comparisons import tells_a_figure
from lib.extract.dates_en_bare import FULL_MONTH
from lib.extract.dates_results_period import names_closed_results
from lib.extract.dates_spec import (
    LAST_CLOSED_QUARTER,
    Candidate,
    Chained,
)
from lib.extract.number_words_en import COUNTS, NUMBER_WORD
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation


def read_english_chains(text: str) -> list[Candidate]:
    """Every counted English date reading in ``text``."""
    return READER(text)


# A year back from the period compared: "last year", "a year earlier", "the year before(hand)", "the previous year".
_A_YEAR_BACK = (r"(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|ago|before(?:hand)?|prior)"
                r"|(?:(?:of|in)\s+)?the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before(?:hand)?")


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
# A figure right after "to": an amount or a count, not a year ("to 122,486", "to $4.3 billion", not "to 2025").
_FIGURE = r"(?:[$¥€£]|(?:US|HK|RMB|CN)\$|RMB|(?!(?:19|20)[0-9]{2}\b)[0-9])"
# "in", "during" or "for" right before "this quarter".
_IN_BEFORE = re.compile(r"(?<=\b[Ii]n )|(?<=\b[Dd]uring )|(?<=\b[Ff]or )")


def _this_quarter_spec(match: re.Match, text: str) -> Chained:
    """"In this quarter, revenues from …", "rose to RMB6.7 billion for this quarter" in a results release is the
    quarter reported; publication's when none was, or when a future cue governs it ("expects revenue for this
    quarter to …"). Told bare ("our advertising business has exhibited a stabilized trend this quarter") it is
    the quarter reported only in a clause told as past, and with none reported before it the last closed
    before publication, the one results come out for ("Revenue growth continued to slow this quarter," said
    the finance chief, on results day): a quarter told as past is one whose course is known; else
    publication's, figure or not ("Baidu expects growth this quarter", "after warning of losses this
    quarter")."""
    if _IN_BEFORE.match(text, match.start()):
        return Chained("quarter", 0, or_published=True,
                       otherwise=LAST_CLOSED_QUARTER if tells_a_figure(text) else None)
    return Chained("quarter", 0, or_published=True, past_only=True, otherwise=LAST_CLOSED_QUARTER)


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
    # The period a results article compares with: "the same period last year", "the same quarter a year
    # earlier", "the same quarter of 2023", "the same period" (the one in focus), "the year-ago quarter".
    (
        ascii_pattern(rf"\b(?i:the\s+(?:same|corresponding|comparable|comparative)\s+(?P<unit>period|quarter|month)"
                      rf"(?:\s+(?P<back>{_A_YEAR_BACK})|\s+(?:of|in)\s+(?P<year>(?:19|20)[0-9]{{2}})(?![0-9]))?)\b"),
        specs.same_period,
        ("unit",),
    ),
    # The moment a figure is set against, a year back: "compared with the same day of 2020" (the day told
    # before it), "up 25% from the same point last year", "at the same time a year ago" (the period in focus,
    # else the date told before). Bare "the same day" is read above; bare "at the same time" means "also".
    (
        ascii_pattern(rf"\b(?i:the\s+same\s+(?P<unit>day|time|point)\s+"
                      rf"(?:(?P<back>{_A_YEAR_BACK})|(?:of|in)\s+(?P<year>(?:19|20)[0-9]{{2}})(?![0-9])))\b"),
        specs.same_moment,
        ("unit",),
    ),
    (
        ascii_pattern(r"\b(?i:the\s+(?P<back>year[\s-]earlier|year[\s-]ago|prior[\s-]year|previous[\s-]year)\s+"
                      r"(?P<unit>period|quarter|month))\b"),
        specs.same_period,
        ("unit",),
    ),
    # ... and before a figure's noun: "compared with strong year-earlier sales", "from year-ago levels",
    # "quadruple the year-earlier number": the period in focus a year back, as "a year earlier" set against a
    # figure is, with or without "the" before it (Y en2306, AI en3317).
    (ascii_pattern(r"(?<![A-Za-z-])(?i:year-(?:earlier|ago))(?=\s+[a-z])"
                   r"(?!\s+(?:period|quarter|month)\b)"),
     lambda match, text: Chained("year", -1, keep_month=True, focus_first=True), ("unit",)),
    # "XPeng delivered 9,026 vehicles during the month", "the best-performing stock of the year", "we closed the
    # year on a high note" (after "2019 was a transformational year"): the month or year of the date before, as
    # 当月, 当年 are; not "the year before", "the year ended", "the month-long",
    # nor the year a count of days, weeks or months lies in ("the first two weeks of the year" is a month),
    # nor "the year" a number names ("a delivery target for the year 2024": one date, read on its number).
    # "The year to" is a span ("the year to March", "the year to date") unless a figure follows "to": then "to"
    # is the count's ("bringing total sales for the year to 122,486", AK en3557).
    (
        ascii_pattern(r"(?:(?<=\b[Dd]uring )|(?<=\b[Ii]n )|(?<=\b[Ff]or )|(?<=\b[Oo]f )|(?<=\b[Oo]ver )"
                      r"|(?<=\b[Tt]hroughout )|(?<=\bclosed )|(?<=\bended )|(?<=\bfinished )|(?<=\bstarted )"
                      r"|(?<=\bbegan ))(?<!days of )(?<!weeks of )(?<!months of )"
                      r"(?i:the\s+(?P<unit>month|year))\b(?![-‐'’])"
                      rf"(?!\s+(?i:before|after|earlier|ago|prior|end(?:ed|ing)?|to(?!\s+{_FIGURE})|through|thru|of|in|since)\b)"
                      r"(?!\s+(?:19|20)\d\d\b)"),
        lambda match, text: Chained(match["unit"].lower(), 0, focus_first=True),
        ("unit",),
    ),
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
    # "record revenue for the quarter", "a net profit of 1.6 billion yuan in the quarter": the quarter in
    # focus; with none, a figure told for it is the last quarter's closed (results come out after it), and
    # the words without one name nothing ("opened an office in the quarter"); "the trimester" is the word of
    # writers of Romance languages for it ("its revenues in the trimester rose 22%"). Not "the quarter ending June
    # 30", "the quarter-point cut", "the quarter of a century", "the French Quarter".
    (
        ascii_pattern(r"(?<![A-Za-z-])[Tt]he\s+(?:quarter|trimester)\b(?![-‐])"
                      r"(?!\s+(?i:end(?:ing|ed|s)?|to|through|thru|before|after|of|points?|percentage|finals?)\b)"),
        lambda match, text: Chained("quarter", 0, otherwise=LAST_CLOSED_QUARTER if tells_a_figure(text) else None),
        ("unit",),
    ),
    # "during the reporting period" in a results release is the half or quarter stated before it (报告期), and
    # so is "in that period" ("topping Meta's $42.3bn in that period", 同期, 该期间); nothing when none is.
    # So is "the period" after "in" ("revenue rose 77 percent in the period from a year earlier") or opening a
    # clause after "during" ("The report showed that during the period, Meituan …"); not a period the words
    # go on to bound ("in the period between April and June", "the period of", "in the period ended March
    # 31"), nor "for the period" ("Profit for the period was …", a results line's name) or "during the period"
    # inside a clause ("the fourth-largest seller during the period"). See ``specs.period_reported`` for none in focus.
    (
        ascii_pattern(r"(?<![A-Za-z-])(?:[Tt]he\s+reporting|(?:(?<=\b[Ii]n )|(?<=\b[Dd]uring )|(?<=\b[Oo]ver )"
                      r"|(?<=\b[Ff]or ))that)\s+period\b"
                      r"|(?:(?<=\b[Ii]n )|(?<=^[Dd]uring )|(?<=\bthat during )|(?<=, during ))the\s+period\b"
                      r"(?!\s+(?:between|of|since|when|ended|ending|to|through|under|before|after|from\s+[A-Z0-9])\b)"),
        specs.period_reported,
        ("unit",),
    ),
    # "this period" after in, during, over, for is "that period" told of a figure ("net income skyrocketed by
    # 397% to reach CNY 4.57 billion during this period", en3218); told of no figure it is as often a span of
    # the story's own ("During this period, the founder team's strategy …"), no period in focus.
    (
        ascii_pattern(r"(?:(?<=\b[Ii]n )|(?<=\b[Dd]uring )|(?<=\b[Oo]ver )|(?<=\b[Ff]or ))this\s+period\b"
                      r"(?!\s+(?:between|of|since|when|ended|ending|to|through|under|before|after)\b)"),
        lambda match, text: Chained("period", 0) if tells_a_figure(text) else None,
        ("unit",),
    ),
    # "full-year revenue", "for the full year", "expected full year revenue": the year of the period in focus
    # or told ("the full year 2024" is read as 2024; "a full year", "one full year in office" are spans, "its
    # first full-year profit" a kind of year). Not after its year ("its 2024 full-year level", "2020 full year
    # earnings"): one expression with it, as 2024年全年 is (the realnews README's settled conventions).
    (
        ascii_pattern(r"(?<![A-Za-z-])(?<!\b[Ff]irst )(?<![0-9]{4}\s)(?<![0-9]{4}-)"
                      r"(?:[Tt]he\s+full\s+year|(?i:full-year)"
                      r"|(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Oo]ne )(?<!\b[Aa]nother )(?i:full)\s+year(?=\s+[a-z])"
                      r"(?!\s+(?:of|in|on|at|to|for|from|since|ago|later|earlier|before|after|and|or)\b))\b"
                      r"(?![-‐])(?!\s*(?:of\s+)?(?:(?i:fy|fiscal)|[0-9]))"),
        lambda match, text: Chained("full_year", -1 if names_closed_results(text, match.end()) else 0,
                                    or_published=True),
        ("unit",),
    ),
    # "taking the year's capital influx to $1.3 billion", "the year's biggest IPO": the year the story is in, as
    # "full-year" and 年内 are (a year its sentence names is not told twice: "In 2019 … the year's largest").
    # Not after "of" ("the rest of the year's"), nor before a part of the year, which its own words date ("the
    # year's first quarter", "the year's end").
    (
        ascii_pattern(r"(?<![A-Za-z-])(?<!\bof )[Tt]he\s+year['’]s(?![A-Za-z])"
                      r"(?!\s+(?i:first|second|third|fourth|final|last|end|start|beginning|opening|close|remainder|rest)\b)"),
        lambda match, text: Chained("full_year", 0, or_published=True),
        ("unit",),
    ),
    # "this quarter" (dates_en_relative leaves it to this reader): see ``_this_quarter_spec``.
    (ascii_pattern(r"(?<![A-Za-z])(?i:this\s+quarter)\b"), _this_quarter_spec, ("unit",)),
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
