"""The date readers' rules: future cues (``future_cues.csv``), festival days (``festivals.csv``) and the
words right before them (``festival_cues.csv``), English month and weekday names (``date_words_en.csv``),
number words (``number_words_en.csv``), days named from publication (``day_words_en.csv``) and the other
word lists around dates (seasons, a few weeks ago, workdays of a month, births, ordinal days). The Chinese
word lists are read by ``lib.rules.dates_zh``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, csv_rows, kinded_words, read_rule_text

FUTURE_CUE_SIDES = ("before", "after", "near", "start", "schedule", "cancel", "break", "break-after", "past",
                    "tenseless", "passive", "not-past", "base", "grant", "figure")
DATE_WORD_KINDS = {"month": 12, "month_abbreviation": 12, "weekday": 7, "tally": 1}


@dataclass(frozen=True)
class FutureCue:
    """Words that put a year-less date ahead when they stand next to it (``future_cues.csv``).

    ``side`` is one of ``FUTURE_CUE_SIDES``; ``reach`` how many words
    (English) or characters (Chinese) may stand between cue and date; ``day_only`` limits the cue to day dates,
    ``weekday_only`` to a bare weekday ("on Thursday").
    """

    side: str
    cue: str
    reach: int = 0
    day_only: bool = False
    weekday_only: bool = False


@dataclass(frozen=True)
class Festival:
    """A named day (``festivals.csv``): ``month``/``day`` of the lunar or solar calendar, plus ``shift`` days;
    ``day`` 0 names the whole solar month (a week-long holiday: 十一黄金周, "the October Golden Week").
    ``weekday`` (Monday = 0): the day is the first such weekday on or after the solar ``month``/``day``
    (Thanksgiving, the fourth Thursday of November, is the first Thursday on or after November 22).
    ``first_year``/``last_year``: the years the row holds in, None for an open end (the Super Bowl's day
    moved a week later from 2022 on: one row up to 2021, one from 2022)."""

    names: tuple[str, ...]
    lunar: bool
    month: int
    day: int
    shift: int = 0
    weekday: int | None = None
    first_year: int | None = None
    last_year: int | None = None


def parse_future_cues(text: str, warnings: list[RuleWarning]) -> list[FutureCue]:
    source = "lib/rules/future_cues.csv"
    cues = []
    for number, row in csv_rows(text, source, ["side", "reach", "dates", "cue"], warnings):
        side, reach = row["side"], row["reach"] or "0"
        if side not in FUTURE_CUE_SIDES:
            warnings.append(RuleWarning(source, number, f"side must be one of {', '.join(FUTURE_CUE_SIDES)}"))
        elif not reach.isdigit() or row["dates"] not in ("", "any", "day", "weekday"):
            warnings.append(RuleWarning(source, number, "reach must be a whole number and dates day, weekday or any"))
        elif row["cue"]:
            cues.append(FutureCue(side, row["cue"], int(reach), row["dates"] == "day", row["dates"] == "weekday"))
    return cues


# The years a festival row holds in: "2022-", "-2021", "2019-2021" or one year, "2020".
_FESTIVAL_YEARS = re.compile(r"(?P<first>[0-9]{4})?-(?P<last>[0-9]{4})?|(?P<only>[0-9]{4})")


def parse_festivals(text: str, warnings: list[RuleWarning]) -> list[Festival]:
    source = "lib/rules/festivals.csv"
    festivals = []
    weekdays = festival_weekdays()
    for number, row in csv_rows(text, source, ["names", "calendar", "month", "day", "shift"], warnings, ["years"]):
        names = tuple(name.strip() for name in row["names"].split("|") if name.strip())
        numbers = (row["month"], row["day"] or "0", row["shift"].lstrip("-") or "0")
        calendar = row["calendar"]
        if (not names or calendar not in ("lunar", "solar", *weekdays) or not all(n.isdigit() for n in numbers)
                or (not row["day"] and calendar != "solar")):
            warnings.append(RuleWarning(source, number, "expected names, lunar/solar/a weekday, month, day, shift"))
            continue
        try:
            years = _festival_years(row["years"])
        except ValueError:
            warnings.append(RuleWarning(source, number, "years must be empty, 2022-, -2021, 2019-2021 or 2020"))
            continue
        festivals.append(Festival(names, calendar == "lunar", int(row["month"]), int(row["day"] or 0),
                                  int(row["shift"] or 0), weekdays.get(calendar), *years))
    return festivals


def _festival_years(cell: str) -> tuple[int | None, int | None]:
    """The first and last year of a ``years`` cell, None for an open end (both for an empty cell); a
    ValueError when the cell is none of the forms or ends before it begins."""
    if not cell:
        return None, None
    match = _FESTIVAL_YEARS.fullmatch(cell.replace(" ", ""))
    if match is None or not any(match.groups()):
        raise ValueError(cell)
    if match["only"]:
        return int(match["only"]), int(match["only"])
    first, last = (int(match[end]) if match[end] else None for end in ("first", "last"))
    if (first or 0) > (last or 9999):
        raise ValueError(cell)
    return first, last


@lru_cache(maxsize=1)
def festival_weekdays() -> dict[str, int]:
    """A festival's calendar may be a weekday (the first one on or after its month and day): the weekday
    names of ``date_words_en.csv`` in lower case, Monday = 0, so the weekdays are named in one file."""
    text = read_rule_text(BUILTIN_RULES_DIR / "date_words_en.csv")
    return {word.lower(): number - 1 for kind, number, word in parse_date_words(text, []) if kind == "weekday"}


def parse_date_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, int, str]]:
    """The ``(kind, number, word)`` rows: months, their abbreviations and weekdays (1 = Monday)."""
    source = "lib/rules/date_words_en.csv"
    words = []
    for number, row in csv_rows(text, source, ["kind", "number", "word"], warnings):
        highest = DATE_WORD_KINDS.get(row["kind"], 0)
        if not (row["number"].isdigit() and 1 <= int(row["number"]) <= highest and row["word"].isalpha()):
            warnings.append(RuleWarning(source, number, f"expected a kind of {', '.join(DATE_WORD_KINDS)}, "
                                        "its number and a word of letters"))
            continue
        words.append((row["kind"], int(row["number"]), row["word"]))
    return words


WEEKDAY_WORD_KINDS = ("week", "day", "other_week")
_DAYS_IN_A_WEEK = 7


def parse_weekday_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, int, str]]:
    """The ``(kind, number, word)`` rows of ``weekday_words.csv``: Chinese week words (周, 星期), the day's
    character after one with its number (1 = Monday), and the words before a weekday that make it another week's
    or every week's (number 0 but for a day). A day is one character numbered 1 to 7; a Chinese other_week word
    is one character, an English one a word of letters."""
    source = "lib/rules/weekday_words.csv"
    words = []
    for number, row in csv_rows(text, source, ["kind", "number", "word"], warnings):
        kind, day, word = row["kind"], row["number"], row["word"]
        if kind == "day":
            fits = day.isdigit() and 1 <= int(day) <= _DAYS_IN_A_WEEK and len(word) == 1
        else:
            fits = (kind in WEEKDAY_WORD_KINDS and not day and bool(word)
                    and (kind == "week" or (word.isalpha() and (word.isascii() or len(word) == 1))))
        if not fits:
            warnings.append(RuleWarning(source, number, f"expected a kind of {', '.join(WEEKDAY_WORD_KINDS)}, a day's "
                                        "number 1-7 and one character, else no number and a word"))
            continue
        words.append((kind, int(day or 0), word))
    return words


def time_of_writing_phrases(publication_day_en, date_words_zh) -> frozenset[str]:
    """The date phrases that tell the time of writing ("as of press time", 截至发稿), lower case: the
    English phrases naming the publication day (``publication_day_en.txt``, all of them of this kind)
    and the Chinese words of kind "writing" (``date_words_zh.csv``)."""
    return frozenset(publication_day_en) | frozenset(w.word for w in date_words_zh if w.kind == "writing")


def parse_number_words(text: str, warnings: list[RuleWarning]) -> list[tuple[int, str]]:
    """The rows of ``number_words_en.csv``: the count (1 or more) an English word stands for, and the word."""
    source = "lib/rules/number_words_en.csv"
    words = []
    for number, row in csv_rows(text, source, ["number", "word"], warnings):
        if not (row["number"].isdigit() and int(row["number"]) >= 1 and row["word"].isalpha()):
            warnings.append(RuleWarning(source, number, "expected a whole number of 1 or more and a word of letters"))
            continue
        words.append((int(row["number"]), row["word"]))
    return words


DAY_WORD_KINDS = ("publication", "ahead")


def parse_day_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, int, str]]:
    """The rows of ``day_words_en.csv``: (kind, days on from publication, the words in lower case, one space
    apart)."""
    source = "lib/rules/day_words_en.csv"
    words = []
    for number, row in csv_rows(text, source, ["kind", "offset", "word"], warnings):
        if row["kind"] not in DAY_WORD_KINDS or not re.fullmatch(r"-?[0-9]+", row["offset"]) or not row["word"]:
            warnings.append(RuleWarning(source, number, f"expected a kind of {', '.join(DAY_WORD_KINDS)}, "
                                        "a whole number of days and the words"))
            continue
        words.append((row["kind"], int(row["offset"]), " ".join(row["word"].lower().split())))
    return words


def _lower_kinded_words(text: str, source: str, kinds: tuple[str, ...],
                        warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The (kind, word) rows of a two-column rule file, words in lower case with their inner spaces as one."""
    rows = kinded_words(text, source, kinds, warnings, columns=("kind", "word"))
    return [(kind, " ".join(word.lower().split())) for kind, word in rows]


SEASON_KINDS = (
    "first_half", "year", "second_half", "name_after", "event_after", "habit", "noun_after", "lead_zh", "verb_after",
    "this_zh")


def parse_seasons(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``seasons.csv``: (kind, word), the period a season is read as (first_half, year,
    second_half), the words around one that make it no date (name_after, habit), an event's date when its sentence
    gives no other (event_after), or that make a season alone a date (noun_after, lead_zh, verb_after) or this
    year's (this_zh);
    English in lower case, its inner spaces as one."""
    return _lower_kinded_words(text, "lib/rules/seasons.csv", SEASON_KINDS, warnings)


def parse_year_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``year_words.csv``: (kind, word), words that name a date's year in its own words (names_year)
    or count it back from publication's (counts_back); English in lower case, its inner spaces as one."""
    return _lower_kinded_words(text, "lib/rules/year_words.csv", ("names_year", "counts_back"), warnings)


def parse_weeks_ago_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``weeks_ago_words.csv``: (language, word) for "a few" before "weeks ago" or 周前;
    English words in lower case, their inner spaces as one."""
    return _lower_kinded_words(text, "lib/rules/weeks_ago_words.csv", ("en", "zh"), warnings)


def parse_workday_of_month(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``workday_of_month.csv``: (kind, word) for "the first workday of" a month or 的最后一个工作日
    after it; English words in lower case, their inner spaces as one."""
    return _lower_kinded_words(text, "lib/rules/workday_of_month.csv", ("first", "last", "day", "calendar_day"),
                               warnings)


FESTIVAL_CUE_KINDS = ("aimed", "mark", "origin", "origin_after")


def parse_festival_cues(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``festival_cues.csv``: (kind, word) of the words next to a festival name that make it the aim
    of what is told ("for the Spring Festival", "备战双11"), mark a name of digits ("during 618") or tell the
    festival's origin ("the inventor of Singles Day", "Singles Day was originally")."""
    rows = kinded_words(text, "lib/rules/festival_cues.csv", FESTIVAL_CUE_KINDS, warnings, ("kind", "word"))
    return [(kind, " ".join(word.split())) for kind, word in rows]


def parse_happening_counts_en(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``happening_counts_en.csv``: (kind, word) of the verbs and hedges before "two days after"
    that date another happening from the sentence's own, in lower case."""
    return _lower_kinded_words(text, "lib/rules/happening_counts_en.csv", ("verb", "hedge"), warnings)


def parse_birth_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``birth_words.csv``: (kind, word) of the words right ``before`` or ``after`` a date that make
    it a person's birth, an age told, in lower case."""
    return _lower_kinded_words(text, "lib/rules/birth_words.csv", ("before", "after"), warnings)


def parse_photo_words(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``photo_words.csv``: (kind, word) of the words right ``before`` or ``after`` a date that make
    it the day a photo was taken, a caption's date, in lower case."""
    return _lower_kinded_words(text, "lib/rules/photo_words.csv", ("before", "after"), warnings)


ORDINAL_DAY_KINDS = ("before", "after", "month")


def parse_ordinal_days_en(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``ordinal_days_en.csv``: (kind, word) of what makes "the 22nd" a day of month."""
    return kinded_words(text, "lib/rules/ordinal_days_en.csv", ORDINAL_DAY_KINDS, warnings, ("kind", "word"))
