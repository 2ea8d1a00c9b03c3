"""Read an English season named with its year as the quarter holding most of it: "summer 2025", "the
summer of 2025", "this summer", "later this summer", "next spring" (``lib/rules/seasons.csv``).

A season alone ("in summer", "a summer sale") names no year and is left unread: it may be any year's,
or a habit. Chinese seasons are left to the year before them ("明年春天" is read as 明年), as the
annotated set reads them. ``dates_resolve`` places the readings as it places a quarter.
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable, ascii_pattern
from lib.extract.dates_en_relative import RELATIVE_YEARS
from lib.extract.dates_spec import Candidate, DateSpec, InYear, YearPart, quarter_part
from lib.rules import builtin_rules

_SEASONS = {word: quarter for quarter, word in builtin_rules().seasons}
# The season's capital is allowed ("Summer 2025"), the rest of the word as written.
_SEASON = "|".join(f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}" for word in _SEASONS) or "(?!)"
_YEAR_AFTER = r"(?P<year>(?:19|20)[0-9]{2})(?![A-Za-z0-9%]|[.,][0-9])"


def read_season_dates(text: str) -> list[Candidate]:
    """Every season named with its year in ``text``."""
    return READER(text)


def _part_of(season: str) -> YearPart:
    return quarter_part(_SEASONS[season.lower()])


def _season_of_year(match: re.Match, text: str) -> DateSpec:
    return InYear(_part_of(match["season"]), year=int(match["year"]))


def _directed_season(match: re.Match, text: str) -> DateSpec:
    return InYear(_part_of(match["season"]), offset=RELATIVE_YEARS[match["dir"].lower()])


_CUES = CueTable(uncased=tuple(("season", word) for word in _SEASONS), requires=re.compile(r"[A-Za-z]"))
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    # "summer 2025", "the summer of 2025", "Summer, 2025".
    (ascii_pattern(rf"\b(?P<season>{_SEASON})(?:,?\s+|\s+of\s+){_YEAR_AFTER}"), _season_of_year, ("season",)),
    # "this summer", "later this summer", "next spring" ("last summer" is left: a reader may mean the latest).
    (ascii_pattern(rf"\b(?:(?i:later|earlier)\s+)?(?i:(?P<dir>this|next))\s+(?P<season>{_SEASON})\b"),
     _directed_season, ("season",)),
]
READER = CandidateReader(_PATTERNS, _CUES)
