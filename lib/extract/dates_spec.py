"""What a date expression says, before it is placed on the calendar.

The English and Chinese readers (``dates_en``, ``dates_zh``) turn words into these language-neutral
specs; ``dates`` resolves them against the publication period. A spec only records what the words
state: "August 15" is a day in a year the words leave open, "last month" a shift from publication.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import ahocorasick
from lunardate import LunarDate

from lib.periods import Period


@dataclass(frozen=True)
class YearPart:
    """A slice of some calendar year: the whole year, a half, a quarter, a month or a day."""

    precision: str
    month: int = 1
    day: int = 1

    def in_year(self, year: int) -> Period | None:
        """The slice in ``year``; None when it does not exist there (February 29, year 0)."""
        try:
            return Period(date(year, self.month, self.day), self.precision)
        except ValueError:
            return None


WHOLE_YEAR = YearPart("year")


@dataclass(frozen=True)
class LunarDay:
    """A day of the Chinese lunar calendar ("中秋" is the 15th of the 8th month), ``shift`` days on.

    In year ``y`` it is the day of lunar year ``y``: lunar months 1 to 11 begin inside Gregorian
    year ``y``, so a later year still means a later day, as resolving year-less dates assumes.
    """

    month: int
    day: int
    shift: int = 0
    precision: str = "day"

    def in_year(self, year: int) -> Period | None:
        try:
            solar = LunarDate(year, self.month, self.day).to_solar_date()
            return Period(solar + timedelta(days=self.shift), "day")
        except (ValueError, OverflowError):
            return None  # outside the library's table (1900-2099) or a day the month lacks


def month_part(month: int) -> YearPart:
    return YearPart("month", month)


def day_part(month: int, day: int) -> YearPart:
    return YearPart("day", month, day)


def quarter_part(quarter: int) -> YearPart:
    return YearPart("quarter", 3 * (quarter - 1) + 1)


def half_part(half: int) -> YearPart:
    return YearPart("half", 1 if half == 1 else 7)


def year_edge_part(qualifier: str) -> YearPart:
    """The slice of a year that "early/mid/late/end of <year>" points at.

    "mid" straddles both halves, so it stays a whole year with the qualifier carrying the nuance.
    """
    if qualifier == "early":
        return quarter_part(1)
    if qualifier in ("late", "end"):
        return quarter_part(4)
    return WHOLE_YEAR


@dataclass(frozen=True)
class InYear:
    """A part of one calendar year.

    The year is ``year`` when stated, else the publication year plus ``offset`` ("last year" is -1),
    else chosen by ``toward``: "nearest" for year-less dates ("August 15"), "before"/"after" for
    "last July"/"next July". ``ahead`` marks words that point past publication ("later this year").
    """

    part: YearPart | LunarDay
    qualifier: str = ""
    year: int | None = None
    offset: int | None = None
    toward: str = "nearest"
    ahead: bool = False


@dataclass(frozen=True)
class Shift:
    """A whole ``unit`` (day, week, month, quarter) ``offset`` units from the publication's one.

    ``ahead`` marks words that point past publication within the unit ("later this month");
    ``day`` a day of a shifted month ("上月28日": the 28th of the month before publication's).
    """

    unit: str
    offset: int
    ahead: bool = False
    day: int | None = None


@dataclass(frozen=True)
class OnWeekday:
    """A weekday (Monday = 0).

    With ``week_offset`` it lies in the week that many weeks from publication ("上周三"); otherwise
    ``toward`` picks the nearest one ("Wednesday"), the last before or the first after publication.
    ``day_of_month`` is a day the words also give ("周三（5日）"): the weekday that falls on it.
    """

    weekday: int
    toward: str = "nearest"
    week_offset: int | None = None
    day_of_month: int | None = None


@dataclass(frozen=True)
class DayOfMonth:
    """A day of month with no month ("12日早间", "路透社14日援引"): the latest such day on or before
    publication, so within the publication month or, for a later day, the month before it.
    """

    day: int


@dataclass(frozen=True)
class Chained:
    """A day, week, month or year counted from the previous date in the text ("the next day",
    "次年", "同月", "前一周"), or ``unit`` "same": that date as it stands ("当时", "at that time").

    A chained day with no day before it in the text counts from a day-precise publication date.
    ``keep_month``: "a year later" after "October 2022" is October 2023, not all of 2023.
    ``same_sentence``: counts only from a day in the same sentence, else from publication ("in 45
    days" after "orders issued on Thursday"): a plan's own date must not become the next's base.
    ``range_end``: "Aug 9 to 11", "3月5日至7日" count from the range's start, and from nothing else.
    ``before_date``: "one week before the Lunar New Year", "two days after Christmas" count from the
    day named right after them, and from nothing else.
    ``or_published``: with no date before it to count from, the publication's own week, month or year
    ("Tencent will launch it later in the year").
    ``unit`` "quarter" counts quarters from the period in focus, the last month or quarter the text
    reported ("the previous quarter", 上一季度, 当季); "period" is that period itself, a month, quarter
    or half, ``offset`` years on ("the same period last year", 去年同期). ``year``: the focus's part
    of that year ("the same quarter of 2023", 2023年同期).
    """

    unit: str
    offset: int
    keep_month: bool = False
    same_sentence: bool = False
    range_end: bool = False
    part: YearPart | None = None  # "次年3月": a month or day of the counted year
    before_date: bool = False  # "one week before the Lunar New Year": counted from the date after it
    or_published: bool = False
    year: int | None = None


DateSpec = InYear | Shift | OnWeekday | DayOfMonth | Chained


@dataclass(frozen=True)
class Candidate:
    """One reading of ``text[start:end]``; readings may overlap until ``dates`` picks among them."""

    start: int
    end: int
    spec: DateSpec



@dataclass(frozen=True)
class CueTable:
    """Cheap tests of which words a text holds, each naming a cue.

    The readers gate each date pattern on the cues its every match contains (a digit, a month
    name, "年"), so a sentence pays only for the patterns that could match it. ``ReaderGroup``
    runs the tests of several tables in one pass.
    """

    cased: tuple[tuple[str, str], ...] = ()  # (cue, word): the word occurs as written
    uncased: tuple[tuple[str, str], ...] = ()  # (cue, lower-case word): it occurs in any case
    patterns: tuple[tuple[str, re.Pattern], ...] = ()  # (cue, pattern): the pattern occurs
    # A character every cue needs (each word, each pattern's match holds one): a text without it,
    # say an English sentence for the Chinese table, holds none of the table's cues.
    requires: re.Pattern | None = None

    def __post_init__(self) -> None:
        if self.requires is not None:
            words = [word for _, word in self.cased] + [word for _, word in self.uncased]
            if not all(self.requires.search(word) for word in words):
                raise ValueError("every cue word must hold a character of `requires`")


Builder = Callable[[re.Match, str], "DateSpec | None"]


_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULL_WIDTH_DIGIT = re.compile("[０-９]")  # a search is cheaper than translating every sentence


def ascii_digits(text: str) -> str:
    """``text`` with full-width digits as ASCII, as every date reader reads it; lengths, hence
    offsets, stay."""
    return text.translate(_ASCII_DIGITS) if _FULL_WIDTH_DIGIT.search(text) else text


def ascii_pattern(pattern: str) -> re.Pattern:
    """``pattern`` compiled with ``re.ASCII``: the English readers' ``\\b``, ``\\s`` and ``(?i:)`` see ASCII only."""
    return re.compile(pattern, re.ASCII)


class CandidateReader:
    """The date ``patterns`` of one reader and the ``cues`` each needs; a pattern runs only when the
    words it needs are present. Reading goes through a ``ReaderGroup`` (alone, or with other readers)."""

    def __init__(self, patterns: Sequence[tuple[re.Pattern, Builder, tuple[str, ...]]], cues: CueTable) -> None:
        self.patterns = tuple(patterns)
        self.cues = cues
        self._alone: ReaderGroup | None = None

    def __call__(self, text: str) -> list[Candidate]:
        """Every candidate of the patterns in ``text``, overlaps included."""
        if self._alone is None:
            self._alone = ReaderGroup([self])
        return self._alone(text)


Runnable = tuple[tuple[re.Pattern, Builder, bool], ...]


class ReaderGroup:
    """Every candidate of several readers in a text, reader by reader, in their order.

    One pass of one automaton over the text finds every cue word of every reader (overlapping ones
    included: "半年后" holds 半年, 年, 年后), and each distinct cue pattern is searched once: a
    sentence holding no cue of any reader ("Tesla did not respond.") is settled by that pass. Which
    patterns a set of present cues lets run is worked out once per distinct set: there are few
    such sets, and testing every pattern's needs for every sentence cost more than the search.
    """

    def __init__(self, readers: Sequence[CandidateReader]) -> None:
        self.readers = tuple(readers)
        tables = [reader.cues for reader in self.readers]
        cased = [((i, cue), word) for i, table in enumerate(tables) for cue, word in table.cased]
        patterns = [((i, cue), pattern) for i, table in enumerate(tables) for cue, pattern in table.patterns]
        for key, pattern in list(patterns):  # "Jan|Feb|…": words, found in the same pass
            requires = tables[key[0]].requires
            if (words := _literal_words(pattern)) is not None and (
                    requires is None or all(requires.search(word) for word in words)):
                patterns.remove((key, pattern))
                cased += [(key, word) for word in words]
        self._cased = _word_automaton(cased)
        self._uncased = _word_automaton([((i, cue), word) for i, table in enumerate(tables)
                                         for cue, word in table.uncased])
        by_pattern: dict[re.Pattern, list[tuple[int, str]]] = {}
        for key, pattern in patterns:
            by_pattern.setdefault(pattern, []).append(key)
        self._patterns = tuple((pattern, tuple(keys)) for pattern, keys in by_pattern.items())
        self._requires = tuple(table.requires for table in tables)
        self._runnable: dict[frozenset[tuple[int, str]], Runnable] = {}

    def __call__(self, text: str) -> list[Candidate]:
        present = self.present(text)
        runnable = self._runnable.get(present)
        if runnable is None:
            runnable = self._runnable[present] = self._runnable_with(present)
        return [
            Candidate(*match.span("own"), spec) if own else Candidate(*match.span(), spec)
            for pattern, build, own in runnable
            for match in pattern.finditer(text)
            if (spec := build(match, text)) is not None
        ]

    def present(self, text: str) -> frozenset[tuple[int, str]]:
        """The (reader index, cue) pairs that hold for ``text``."""
        found: set[tuple[int, str]] = set()
        if self._cased is not None:
            for _, keys in self._cased.iter(text):
                found.update(keys)
        # A cased word's own characters satisfy its table's ``requires``; a lower-cased word's or a
        # pattern's are checked against the text itself.
        unchecked: set[tuple[int, str]] = set()
        if self._uncased is not None:
            for _, keys in self._uncased.iter(text.lower()):
                unchecked.update(keys)
        for pattern, keys in self._patterns:
            if pattern.search(text):
                unchecked.update(keys)
        if unchecked:
            holds: dict[int, bool] = {}
            for key in unchecked:
                reader = key[0]
                if reader not in holds:
                    requires = self._requires[reader]
                    holds[reader] = requires is None or requires.search(text) is not None
                if holds[reader]:
                    found.add(key)
        return frozenset(found)

    def _runnable_with(self, present: frozenset[tuple[int, str]]) -> Runnable:
        runnable = []
        for i, reader in enumerate(self.readers):
            cues = {cue for reader_index, cue in present if reader_index == i}
            # A group named "own" holds the date's own words when the rest is context ("Aug 9 to 11").
            runnable += [(pattern, build, "own" in pattern.groupindex) for pattern, build, needs in reader.patterns
                         if cues.issuperset(needs)]
        return tuple(runnable)


_LITERAL_WORD = re.compile(r"[A-Za-z0-9\u3000-\u9fff]+")


def _literal_words(pattern: re.Pattern) -> list[str] | None:
    """The words of a pattern that is nothing but an alternation of plain words, else None."""
    if pattern.flags & ~re.UNICODE:
        return None
    words = pattern.pattern.split("|")
    return words if all(_LITERAL_WORD.fullmatch(word) for word in words) else None


def _word_automaton(pairs: Sequence[tuple[tuple[int, str], str]]) -> ahocorasick.Automaton | None:
    """An automaton from each word of (key, word) ``pairs`` to the keys it names."""
    keys_of: dict[str, set[tuple[int, str]]] = {}
    for key, word in pairs:
        keys_of.setdefault(word, set()).add(key)
    if not keys_of:
        return None
    automaton = ahocorasick.Automaton()
    for word, keys in keys_of.items():
        automaton.add_word(word, tuple(sorted(keys)))
    automaton.make_automaton()
    return automaton
