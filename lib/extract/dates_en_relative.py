"""Read English dates named from the publication day: "last week", "yesterday", "two days ago",
"the first half", "later this year", "next Wednesday".

Split from ``dates_en`` so each reader stays small; ``dates_resolve`` places them.
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ascii_pattern
from lib.extract.dates_comparisons import compared_in_english, opens_before_a_figure, takes_up_the_figure
from lib.extract.dates_spec import (
    MONTH_BEFORE_THE_MONTH_REPORTED,
    WHOLE_YEAR,
    Candidate,
    Chained,
    DateSpec,
    InYear,
    OnWeekday,
    Shift,
    half_part,
    month_part,
)
from lib.extract.number_words_en import NUMBER_WORD, count_of
from lib.parse.weekday_words import WEEKDAYS_EN
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation

WEEKDAYS = WEEKDAYS_EN  # the weekday names of lib/rules/date_words_en.csv, Monday = 0
RELATIVE_YEARS = {"last": -1, "this": 0, "current": 0, "next": 1}
_DURATION_BEFORE = re.compile(r"(?i:\b(?:the|past)\s+)$", re.ASCII)


def read_english_relative_dates(text: str) -> list[Candidate]:
    """Every English date reading in ``text`` that counts from the publication day."""
    return READER(text)


def _shift(match: re.Match, text: str) -> DateSpec | None:
    direction, unit = match["dir"].lower(), match["unit"].lower()
    if direction == "past" or (direction != "current"
                               and _DURATION_BEFORE.search(text[max(0, match.start() - 10) : match.start()])):
        return None  # "the last year", "over the past month" are spans; "the current quarter" is not
    if unit == "year":
        return InYear(WHOLE_YEAR, offset=RELATIVE_YEARS[direction])
    if unit == "quarter" and direction == "this":
        return None  # "this quarter" may be the quarter reported: dates_en_chains reads it
    if (unit, direction) == ("month", "last") and compared_in_english(text, match.start()):
        return MONTH_BEFORE_THE_MONTH_REPORTED  # "October deliveries … a slight dip from last month": September
    return Shift(unit, RELATIVE_YEARS[direction])


# Days named from the publication day: "today", "last night" (the evening before publication), "tomorrow"
# (lib/rules/day_words_en.csv), "as of publication" / "at press time" (the day the article went out:
# lib/rules/publication_day_en.txt).
_PUBLICATION_DAY = builtin_rules().publication_day_en
_DEICTIC_DAYS = {**dict.fromkeys(_PUBLICATION_DAY, 0),
                 **{words: offset for _, offset, words in builtin_rules().day_words_en}}
_AHEAD = frozenset(words for kind, _, words in builtin_rules().day_words_en if kind == "ahead")


# A happening a day's possessive owns ("Today's launch", "today's actions"): the nouns a company's or a measure's
# happening is taken up by ("the launch", "the move", "the ban": the "the <noun>" lines of company_references.txt).
_HAPPENING_NOUNS = [line.split()[1] for line in builtin_rules().company_references
                    if line.lower().startswith("the ") and len(line.split()) == 2 and line.split()[1].isascii()]
_HAPPENING_OWNED = re.compile(rf"['’]s\s+(?i:{alternation(_HAPPENING_NOUNS)})(?![\w-])")


def _day_shift(match: re.Match, text: str) -> DateSpec | None:
    words = " ".join(match[0].lower().split())
    before = text[max(0, match.start() - 8) : match.start()].rstrip(" \t")
    opens_a_quote = before[-1:] in ("\"", "“", "‘", "(")  # 'said, "Today's actions…"' opens a quoted sentence
    if match[0][0].isupper() and not opens_a_quote and before.rstrip("\"'“‘(")[-1:] not in ("", ".", "!", "?", ":"):
        return None  # capitalised inside a sentence, it is a name: "Capital Today", "USA Today"
    if (words == "today" and text.startswith(("'s", "’s"), match.end())
            and not _HAPPENING_OWNED.match(text, match.end())):
        return None  # "today's models" means the present; "Today's actions", "today's launch" the day's happening
    return Shift("day", _DEICTIC_DAYS[words], ahead=words in _AHEAD)


def _ago(match: re.Match, text: str) -> DateSpec | None:
    """"two days ago", "a week ago" (the week seven days before publication's), "three months ago", "two years ago",
    "a decade ago";
    "down 48% from a year ago" is the period in focus a year back, if any (``dates_comparisons``); "up from three
    years ago" is the year, as told alone."""
    count = count_of(match["n"])
    unit = match["unit"].lower()
    if unit == "week":
        return Shift("week", -count)  # "three weeks ago" names the week, as "last week" does
    if unit == "day":
        return Shift("day", -count)
    if unit == "month":
        return Shift("month", -count)
    if unit == "decade":
        return InYear(WHOLE_YEAR, offset=-10 * count)  # "a decade ago" is the year ten back, as 十年前 is
    if count == 1 and (compared_in_english(text, match.start()) or takes_up_the_figure(text, match.end())
                       or opens_before_a_figure(text, match.start(), match.end())):
        # a results article compares with a year back only: "doubling from three years ago" is a year
        return Chained("period", -count, otherwise=InYear(WHOLE_YEAR, offset=-count))
    return InYear(WHOLE_YEAR, offset=-count)


def _years_from_now(match: re.Match, text: str) -> DateSpec:
    """"five years from now", "a decade from now": the year so many after publication's, as 5年后 told with a
    future word and 再过五年 are."""
    count = count_of(match["n"]) * (10 if match["unit"].lower() == "decade" else 1)
    return InYear(WHOLE_YEAR, offset=count)


def _bare_half(match: re.Match, text: str) -> DateSpec:
    """"the first half", "the second half" with no year: a half of "the year", the one its sentence states
    before it ("In 2025, … in the first half"), else the publication year's, as 上半年 is; its end is its last
    month."""
    half = 1 if match["h"].lower() == "first" else 2
    if match["edge_of"]:
        return InYear(month_part(6 * half), "end", offset=0, of_the_year=True)
    return InYear(half_part(half), offset=0, of_the_year=True)


def _hyphened_half(match: re.Match, text: str) -> DateSpec | None:
    """"second-half shipment target", "first-half profit": a half of "the year", as "the second half" is; not
    after a count ("won 2,025 first-half points", "12 first-half goals": a game's half)."""
    if _COUNT_BEFORE.search(text, 0, match.start()):
        return None
    return InYear(half_part(1 if match["h"].lower() == "first" else 2), offset=0, of_the_year=True)


_COUNT_BEFORE = re.compile(r"[0-9]\s+\Z")


def _earlier_or_later(match: re.Match, text: str) -> DateSpec:
    """"earlier this month" is this month; "later this year" this year, with words pointing ahead."""
    unit, ahead = match["unit"].lower(), match["side"].lower() == "later"
    if unit == "year":
        return InYear(WHOLE_YEAR, offset=0, ahead=ahead)
    return Shift(unit, 0, ahead=ahead)


_WEEKEND_WEEKS = {"this": 0, "this coming": 0, "coming": 0, "next": 1}


def _weekend(match: re.Match, text: str) -> DateSpec:
    """"last weekend" lies in the week before publication's, as 上周末 does; "this weekend", "this coming
    weekend" in publication's week; "next weekend" in the week after, as 下周末 (a reference grammar's relative
    weekend, Recognizers-Text's ``OneWordPeriodRegex``). "over the weekend" is the weekend nearest publication
    and not after it, as a bare weekday is: told on a weekday the one just gone, in the week before; told on a
    Saturday or Sunday the one under way, in publication's week (weeks start on Monday). The period is the
    week."""
    which = " ".join((match["which"] or "").lower().split())
    return Shift("week", _WEEKEND_WEEKS.get(which, -1), weekend=not which)


_WEEK_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _weekday(match: re.Match, text: str) -> DateSpec:
    """"this Sunday" names the day in publication's week (weeks start on Monday), behind or ahead, as 本周日
    does; "next Sunday" the one in the week after, as 下周日; "last Wednesday" and "Thursday last week" the day of
    the week before publication's, as 上周三 and "last weekend" are: a Friday's "the company said last Wednesday"
    (en3210) is nine days back, the news naming a day of its own week by the weekday alone ("said Wednesday").
    Told on a Sunday, the week just past is the one before (``dates_resolve``). "this coming Sunday" is the
    first after."""
    direction = " ".join((match["dir"] or "").lower().split())
    if match["week"] and not direction:
        return OnWeekday(WEEKDAYS[match["wd"]], week_offset=_WEEK_OFFSETS[match["week"].lower()])
    if direction in ("last", "this", "next"):
        return OnWeekday(WEEKDAYS[match["wd"]], week_offset=_WEEK_OFFSETS[direction])
    toward = {"this coming": "after", "coming": "after"}.get(direction, "nearest")
    return OnWeekday(WEEKDAYS[match["wd"]], toward)



# Words every match of a pattern contains; a pattern runs only when the text has all it needs.
_CUES = CueTable(
    cased=(*(("weekday", word) for word in WEEKDAYS), ("half_code", "H")),
    uncased=tuple(
        (cue, word)
        for cue, words in {
            "half": ("half",),
            "ago": ("ago",),
            "from_now": ("from now",),
            "period": ("week", "month", "quarter", "year"),
            "direction": ("last", "this", "next", "past", "current"),
            # the longest word of each day's phrase ("yesterday", "night", "press", "writing")
            "day_shift": tuple(dict.fromkeys(max(phrase.split(), key=len) for phrase in _DEICTIC_DAYS)),
            "earlier_later": ("earlier", "later"),
            "weekend": ("weekend",),
            "within": ("within",),
        }.items()
        for word in words
    ),
    requires=re.compile(r"[0-9A-Za-z]"),
)
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    # "last month's agreement" is often printed without its apostrophe ("Building on last months agreement with
    # Uber"): before a noun, not before a verb or "of" ("the last months of 2024", "last months have been hard").
    (ascii_pattern(r"\b(?i:(?P<dir>last|this|next|past|current)\s+(?P<unit>week|month|quarter|year))"
                   r"(?:s(?=\s+[a-z])(?!\s+(?:of|and|or|to|in|have|has|had|were|are|was|is|saw|since|ago)\b))?\b"),
     _shift, ("period", "direction")),
    (
        ascii_pattern(rf"\b(?i:{alternation(_DEICTIC_DAYS)})\b"),
        _day_shift,
        ("day_shift",),
    ),
    (
        ascii_pattern(rf"\b(?i:(?P<n>{NUMBER_WORD}|[1-9][0-9]?)\s+"
                 r"(?P<unit>day|week|month|year|decade)s?\s+ago)\b"),
        _ago,
        ("ago",),
    ),
    (ascii_pattern(rf"\b(?i:(?P<n>{NUMBER_WORD}|[1-9][0-9]?)\s+(?P<unit>year|decade)s?\s+from\s+now)\b"),
     _years_from_now, ("from_now",)),
    (ascii_pattern(r"\b(?P<edge_of>(?i:the\s+)?(?i:end|close)\s+of\s+)?(?i:the\s+(?P<h>first|second)\s+half)\b"
                   r"(?!\s+(?i:of)\b)"), _bare_half, ("half",)),
    # Hyphened into one modifier it needs no "the", as "third-quarter revenue" does not: "its Mate60 series
    # second-half shipment target", "first-half profit" (not "first-half 2025": dates_en_year_parts).
    (ascii_pattern(r"\b(?i:(?P<h>first|second)-half)\b(?![-'’]|\s+(?i:of\b|(?:19|20)[0-9]{2}\b))"),
     _hyphened_half, ("half",)),
    # "in H2", "for 1H" with no year: the publication year's half, as "the second half" is (not "H20", "H2 2025").
    (ascii_pattern(r"(?:(?<=\bin )|(?<=\bfor )|(?<=\bby )|(?<=\bduring ))(?:H(?P<hn>[12])|(?P<nh>[12])H)\b"
                   r"(?!\s*[0-9'’])"),
     lambda match, text: InYear(half_part(int(match["hn"] or match["nh"])), offset=0), ("half_code",)),
    # "over the next year", "in the coming year": the year after the date before, as "the next year" is
    # (dates_en_chains), else after publication's, as the annotated set reads a plan's "over the next year";
    # not "in the next year" (a chain alone), nor "the next two years" (a span).
    (ascii_pattern(r"(?:(?:(?<=\b[Oo]ver )|(?<=\b[Dd]uring )|(?<=\b[Ww]ithin ))(?i:the\s+(?:next|coming)\s+year)"
                   r"|(?<=\b[Ii]n )(?i:the\s+coming\s+year))\b(?![-'’])"),
     lambda match, text: Chained("year", 1, or_published=True), ("period",)),
    # "in the new year", "for the new year": the year whose start lies nearest publication, as 新年 is
    # (dates_zh_year_less_parts); not "before the new year" (the old one's end), "the Lunar New Year"
    # (festivals.csv), "the new year's".
    (ascii_pattern(r"(?:(?<=\b[Ii]n )|(?<=\b[Ii]nto )|(?<=\b[Ff]or )|(?<=\b[Dd]uring ))"
                   r"(?i:the\s+new\s+year)\b(?![-'’])"),
     lambda match, text: InYear(WHOLE_YEAR, toward="new"), ("period",)),
    # "the end of the month", "the start of this quarter": the publication's month or quarter, as 月底 is.
    (ascii_pattern(r"\b(?i:the\s+(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+(?P<unit>week|month|quarter))\b"),
     lambda match, text: Shift(match["unit"].lower(), 0), ("period",)),
    (
        ascii_pattern(r"\b(?i:(?P<side>earlier|later)\s+this\s+(?P<unit>week|month|quarter|year))\b"),
        _earlier_or_later,
        ("earlier_later", "period"),
    ),
    # "aiming to go public within the year", "within this year": the publication year, as 年内 and 今年内 are (a plan
    # when still ahead); "the year" may take up a year told before it, as 年内 does. Not "within the year of its
    # launch", "within the year before" (a year counted from another happening), nor "within a year" (a span).
    (
        ascii_pattern(r"\b(?i:within\s+(?P<which>the|this)\s+year)\b(?![-'’])"
                      r"(?!\s+(?i:of|before|after|since|following|ended|ending|to)\b)"),
        lambda match, text: InYear(WHOLE_YEAR, offset=0, of_the_year=match["which"].lower() == "the"),
        ("within", "period"),
    ),
    # The span leaves "over" out as "in 2021" leaves "in". Not "every weekend", "the weekend before the
    # launch" (no date of its own), "weekends".
    (
        ascii_pattern(r"(?:\b(?i:(?P<which>last|this\s+past|past|this\s+coming|this|coming|next))\s+"
                      r"|(?:(?<=[Oo]ver )|(?<=[Dd]uring )|(?<=[Aa]t )|(?<=[Oo]n ))(?i:the)\s+)(?i:weekend)\b"
                      r"(?!\s+(?i:before|after|of)\b)"),
        _weekend,
        ("weekend",),
    ),
    (
        # "Thursday last week", "Friday of next week": the weekday of the week named, one day as 上周四 is.
        ascii_pattern(r"\b(?:(?i:early|late)\s+)?(?:(?i:(?P<dir>last|next|this\s+coming|this|coming))\s+)?(?P<wd>"
                 + "|".join(WEEKDAYS) + r")\b(?:\s+(?i:morning|afternoon|evening|night))?"
                 r"(?:\s+(?i:of\s+)?(?P<week>(?i:last|this|next))\s+(?i:week)\b(?![-'’]))?"),
        _weekday,
        ("weekday",),
    ),
]
READER = CandidateReader(_PATTERNS, _CUES)
