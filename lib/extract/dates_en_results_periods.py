"""Read the English words for the period a results article reports or compares with: "the same period last
year", "the year-ago quarter", "during the month", "for the quarter", "the reporting period", "full-year",
"the year's", "this quarter". Counted from the period in focus (the one reported), else from the date before.

Split from ``dates_en_chains``, which reads them in its own order (its ``_PATTERNS``).
"""

from __future__ import annotations

import re

from lib.extract import dates_en_chain_specs as specs
from lib.extract.dates_candidate_reader import Builder, ascii_pattern
from lib.extract.dates_comparisons import tells_a_figure
from lib.extract.dates_results_period import names_closed_results
from lib.extract.dates_spec import LAST_CLOSED_QUARTER, Chained

# A year back from the period compared: "last year", "a year earlier", "the year before(hand)", "the previous year".
_A_YEAR_BACK = (r"(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|ago|before(?:hand)?|prior)"
                r"|(?:(?:of|in)\s+)?the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before(?:hand)?")



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



COMPARED_PERIODS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
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
]

PERIODS_IN_FOCUS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
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
]
