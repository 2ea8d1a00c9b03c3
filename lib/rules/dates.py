"""The date readers' rules: future cues (``future_cues.csv``), festival days (``festivals.csv``) and
English month and weekday names (``date_words_en.csv``)."""

from __future__ import annotations

from dataclasses import dataclass

from lib.rules.rule_file import RuleWarning, csv_rows

FUTURE_CUE_SIDES = ("before", "after", "near", "cancel", "break", "break-after", "past")
DATE_WORD_KINDS = {"month": 12, "month_abbreviation": 12, "weekday": 7}


@dataclass(frozen=True)
class FutureCue:
    """Words that put a year-less date ahead when they stand next to it (``future_cues.csv``).

    ``side`` is "before", "after", "near", "cancel", "break", "break-after" or "past"; ``reach`` how many words
    (English) or characters (Chinese) may stand between cue and date; ``day_only`` limits the cue to day dates.
    """

    side: str
    cue: str
    reach: int = 0
    day_only: bool = False


@dataclass(frozen=True)
class Festival:
    """A named day (``festivals.csv``): ``month``/``day`` of the lunar or solar calendar, plus ``shift`` days."""

    names: tuple[str, ...]
    lunar: bool
    month: int
    day: int
    shift: int = 0


def parse_future_cues(text: str, warnings: list[RuleWarning]) -> list[FutureCue]:
    source = "lib/rules/future_cues.csv"
    cues = []
    for number, row in csv_rows(text, source, ["side", "reach", "dates", "cue"], warnings):
        side, reach = row["side"], row["reach"] or "0"
        if side not in FUTURE_CUE_SIDES:
            warnings.append(RuleWarning(source, number, f"side must be one of {', '.join(FUTURE_CUE_SIDES)}"))
        elif not reach.isdigit() or row["dates"] not in ("", "any", "day"):
            warnings.append(RuleWarning(source, number, "reach must be a whole number and dates day or any"))
        elif row["cue"]:
            cues.append(FutureCue(side, row["cue"], int(reach), row["dates"] == "day"))
    return cues


def parse_festivals(text: str, warnings: list[RuleWarning]) -> list[Festival]:
    source = "lib/rules/festivals.csv"
    festivals = []
    for number, row in csv_rows(text, source, ["names", "calendar", "month", "day", "shift"], warnings):
        names = tuple(name.strip() for name in row["names"].split("|") if name.strip())
        numbers = (row["month"], row["day"], row["shift"].lstrip("-") or "0")
        if not names or row["calendar"] not in ("lunar", "solar") or not all(n.isdigit() for n in numbers):
            warnings.append(RuleWarning(source, number, "expected names, lunar/solar, month, day, shift"))
            continue
        festivals.append(Festival(names, row["calendar"] == "lunar", int(row["month"]), int(row["day"]),
                                  int(row["shift"] or 0)))
    return festivals


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

