"""Read a season as the smallest period that holds all its months (``lib/rules/seasons.csv``): spring the
first half, summer the year, autumn or fall the second half, as the annotated set's settled convention says.

English: with its year ("summer 2025", "the spring of 2026", "the 2020 autumn event"), directed ("this
summer", "later this summer", "next spring"), or a definite season with no year ("launched in the spring",
"as we move into the summer months") or alone before a noun it dates ("their summer peak", "summer holiday
demand"), placed as a year-less month is. Chinese: with its year ("明年春天", "今年秋天", "2026年春季"), or
alone after 在/于, before a launch verb or a noun it dates ("员工在夏季报告", "秋天问世的Mate 40", "夏天旺季"),
or after 这个 ("這個夏天"); a season alone otherwise
(身处夏天) is no date. A season that is part of a named event's
name ("Spring Festival", 夏季达沃斯) or that recurs ("routinely … in the autumn", 每年) is left unread; one
in a launch event's name (春季发布会) is the event's season when the sentence dates the event no other way.
``dates_resolve`` places the readings as it places a half.
"""

from __future__ import annotations

import re

from lib.chinese_numerals import chinese_number
from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable
from lib.extract.dates_en_relative import RELATIVE_YEARS
from lib.extract.dates_spec import WHOLE_YEAR, Candidate, DateSpec, InYear, YearPart, half_part
from lib.extract.dates_zh_grammar import RELATIVE_YEAR, YEAR
from lib.extract.dates_zh_grammar import RELATIVE_YEARS as CHINESE_RELATIVE_YEARS
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

_WORDS = words_by_kind(builtin_rules().seasons)
_PARTS: dict[str, YearPart] = {"first_half": half_part(1), "year": WHOLE_YEAR, "second_half": half_part(2)}
_SEASONS = {word: _PARTS[kind] for kind in _PARTS for word in _WORDS[kind]}
_ENGLISH = [word for word in _SEASONS if word.isascii()]
_CHINESE = [word for word in _SEASONS if not word.isascii()]
# The season's capital is allowed ("Summer 2025"), the rest of the word as written.
_SEASON = "|".join(f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}" for word in _ENGLISH) or "(?!)"
_LOWER_SEASON = alternation(_ENGLISH) or "(?!)"
_YEAR_AFTER = r"(?P<year>(?:19|20)[0-9]{2})(?![A-Za-z0-9%]|[.,][0-9])"
_NAME_AFTER = re.compile(rf"\s*(?i:{alternation(_WORDS['name_after'])})(?![A-Za-z])") if _WORDS["name_after"] else None
_HABITS_EN = [word for word in _WORDS["habit"] if word.isascii()]
_HABITS_ZH = [word for word in _WORDS["habit"] if not word.isascii()]
_HABIT = re.compile("|".join(filter(None, [
    rf"\b(?i:{alternation(_HABITS_EN)})\b" if _HABITS_EN else "",
    alternation(_HABITS_ZH) if _HABITS_ZH else ""]))) if _WORDS["habit"] else None
_NOUNS_AFTER = alternation([word for word in _WORDS["noun_after"] if word.isascii()]) or "(?!)"
_NOUNS_AFTER_ZH = alternation([word for word in _WORDS["noun_after"] if not word.isascii()]) or "(?!)"
_THIS_ZH = alternation(_WORDS["this_zh"]) or "(?!)"
_CHINESE_SEASON = alternation(_CHINESE) or "(?!)"
_AFTER_LEAD_ZH = "(?:{})".format("|".join(f"(?<={re.escape(word)})" for word in _WORDS["lead_zh"]) or "(?!)")
_VERBS_AFTER = alternation(_WORDS["verb_after"]) or "(?!)"
_EVENTS_AFTER = alternation(_WORDS["event_after"]) or "(?!)"
# A Chinese season alone right before the rest of a launch event's name, not one counted or with its year
# (上个春季, 2025夏季): the season the event is held in.
_SEASON_OF_AN_EVENT = re.compile(rf"(?<![0-9个個每年的上下])(?P<season>{_CHINESE_SEASON})(?=\s*(?:{_EVENTS_AFTER}))")
# "fall" is a verb too ("shares fall 2025"? "fall 8%"): read only after a word that makes it a noun.
_FALL_NOUN_BEFORE = re.compile(r"(?i:\b(?:the|in|by|from|until|since|during|this|next)\s+)$")


def read_season_dates(text: str) -> list[Candidate]:
    """Every season ``text`` names as a date."""
    return READER(text)


def _season(match: re.Match, text: str) -> YearPart | None:
    """The period of the season ``match`` names, None when its words make it no date."""
    word = match["season"]
    if _NAME_AFTER is not None and _NAME_AFTER.match(text, match.end("season")):
        return None  # "Spring Festival", 春季发布会: a name
    if _HABIT is not None and _HABIT.search(text, 0, match.start()):
        return None  # "routinely … in the autumn", 每年: no one season
    if word.lower() == "fall" and not _FALL_NOUN_BEFORE.search(text, 0, match.start("season")):
        return None
    return _SEASONS[word.lower()]


def _season_of_year(match: re.Match, text: str) -> DateSpec | None:
    part = _season(match, text)
    return None if part is None else InYear(part, year=int(match["year"]))


def _directed_season(match: re.Match, text: str) -> DateSpec | None:
    part = _season(match, text)
    return None if part is None else InYear(part, offset=RELATIVE_YEARS[match["dir"].lower()])


def _definite_season(match: re.Match, text: str) -> DateSpec | None:
    """"in the spring": a season of the year the reader understands, as "in March" is."""
    if text.startswith(" of", match.end()):
        return None  # "in the fall of Evergrande", "the spring of discontent"
    part = _season(match, text)
    return None if part is None else InYear(part)


def _chinese_season(match: re.Match, text: str) -> DateSpec | None:
    part = _season(match, text)
    if part is None:
        return None
    if match["stated"]:
        return InYear(part, year=int(match["stated"]))
    if match["rel"]:
        return InYear(part, offset=CHINESE_RELATIVE_YEARS[match["rel"]])
    return InYear(part, year=chinese_number(match["year"]))


def _season_alone(match: re.Match, text: str) -> DateSpec | None:
    """"their summer peak", "在夏季", "秋天问世": a season of the year the reader understands, as "in the
    summer" is."""
    part = _season(match, text)
    return None if part is None else InYear(part)


def _season_of_an_event(match: re.Match, text: str) -> DateSpec | None:
    """"在小米春季新品发布会上": the event's season of the year the reader understands; no date when its sentence
    dates the event otherwise (``in_an_event_name``, which ``dates_no_happening`` asks)."""
    if _HABIT is not None and _HABIT.search(text, 0, match.start()):
        return None  # 每年春季发布会: every year's
    return InYear(_SEASONS[match["season"]])


def in_an_event_name(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a Chinese season read as the season of the launch event named right after it."""
    return (text[candidate.start:candidate.end] in _CHINESE
            and _SEASON_OF_AN_EVENT.match(text, candidate.start) is not None)


def _this_season(match: re.Match, text: str) -> DateSpec | None:
    """"這個夏天": the season of publication's year, as "this summer" is."""
    part = _season(match, text)
    return None if part is None else InYear(part, offset=0)


_CUES = CueTable(uncased=tuple(("season", word) for word in _SEASONS), requires=re.compile(r"[A-Za-z\u4e00-\u9fff]"))
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    # "summer 2025", "the summer of 2025", "Summer, 2025".
    (re.compile(rf"\b(?P<season>{_SEASON})(?:,?\s+|\s+of\s+){_YEAR_AFTER}", re.ASCII), _season_of_year, ("season",)),
    # "the 2020 autumn event", "a 2025 summer launch".
    (re.compile(rf"(?<![0-9.]){_YEAR_AFTER}\s+(?P<season>{_SEASON})\b", re.ASCII), _season_of_year, ("season",)),
    # "this summer", "later this summer", "next spring" ("last summer" is left: a reader may mean the latest).
    (re.compile(rf"\b(?:(?i:later|earlier)\s+)?(?i:(?P<dir>this|next))\s+(?P<season>{_SEASON})\b", re.ASCII),
     _directed_season, ("season",)),
    # "launched in the spring", "into the summer months": a definite season, lower case ("the Spring Festival").
    (re.compile(rf"(?:(?<=\b[Ii]n )|(?<=\b[Dd]uring )|(?<=\b[Bb]y )|(?<=\b[Uu]ntil )|(?<=\b[Tt]hrough )"
                rf"|(?<=\b[Ii]nto )|(?<=\b[Oo]ver ))the\s+(?P<season>{_LOWER_SEASON})(?:\s+months)?\b", re.ASCII),
     _definite_season, ("season",)),
    # "their summer peak", "driven by summer holiday demand": a season alone before a noun it dates, not one
    # counted ("last summer", "every summer": a reader may mean another) or of something ("the dog days of summer").
    (re.compile(rf"(?<![0-9])(?<!\b[Ll]ast )(?<!\b[Ee]very )(?<!\b[Ee]ach )(?<!\bof )(?<!\b[Tt]his )(?<!\b[Nn]ext )"
                rf"\b(?P<season>{_LOWER_SEASON})(?=\s+(?:{_NOUNS_AFTER})\b)", re.ASCII),
     _season_alone, ("season",)),
    # "較夏天旺季下降": a Chinese season alone before a noun it dates, not one counted (上个夏天, 每个夏天) nor
    # one the year reading takes (今年夏天旺季, 2025年的夏季高峰).
    (re.compile(rf"(?<![个個每年的上下])(?P<season>{_CHINESE_SEASON})(?={_NOUNS_AFTER_ZH})"),
     _season_alone, ("season",)),
    # "在小米春季新品发布会上": the season of the launch event its name holds.
    (_SEASON_OF_AN_EVENT, _season_of_an_event, ("season",)),
    # "這個夏天": this year's season, as "this summer" is.
    (re.compile(rf"(?:{_THIS_ZH})(?P<season>{_CHINESE_SEASON})"), _this_season, ("season",)),
    # "其後員工在夏季報告", "秋天問世的Mate 40系列": a Chinese season alone after 在 or before a launch verb.
    (re.compile(rf"{_AFTER_LEAD_ZH}(?P<season>{alternation(_CHINESE) or '(?!)'})"), _season_alone, ("season",)),
    (re.compile(rf"(?P<season>{alternation(_CHINESE) or '(?!)'})(?={_VERBS_AFTER})"), _season_alone, ("season",)),
    # "明年春天", "今年秋季", "2026年春季", "今（2026）年夏天".
    (re.compile(rf"(?:{YEAR}|{RELATIVE_YEAR})\s*的?(?P<season>{alternation(_CHINESE) or '(?!)'})"),
     _chinese_season, ("season",)),
]
READER = CandidateReader(_PATTERNS, _CUES)
