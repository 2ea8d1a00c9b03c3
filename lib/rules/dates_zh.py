"""The Chinese date readers' rules: words counted from another date (``date_words_zh.csv``), what may
follow 昨, 今, 明 (``one_character_days.csv``), the words next to a counted date that change its reading
(``relative_date_neighbours_zh.csv``), those before a bare weekday (``recurring_weekday_zh.csv``) or after
the week (``week_words_after_zh.csv``), those that make "前11月" the year so far (``year_to_date_zh.csv``)
and those that make a bare day a count (``bare_day_neighbours_zh.csv``)."""

from __future__ import annotations

from dataclasses import dataclass

from lib.rules.rule_file import RuleWarning, csv_rows, kinded_words

CHINESE_DATE_WORD_KINDS = ("chain", "chain_from_happening", "chain_or_publication", "publication", "writing",
                           "tonight")
CHINESE_DATE_WORD_UNITS = ("day", "trading_day", "week", "month", "quarter", "year", "same", "period", "full_year",
                           "plan")


@dataclass(frozen=True)
class CountedWord:
    """A Chinese word naming a period counted from another date (``date_words_zh.csv``): ``kind`` "chain"
    counts from the date before it in the text ("chain_or_publication" from publication when there is
    none, "chain_from_happening" from the day a listing or launch is told to happen on before that),
    "publication", "writing" (the time of writing: 截至发稿) and "tonight" from the publication day."""

    kind: str
    unit: str
    offset: int
    word: str


def parse_chinese_date_words(text: str, warnings: list[RuleWarning]) -> list[CountedWord]:
    """The rows of ``date_words_zh.csv``: kind, unit, offset (a whole number, maybe negative) and word."""
    source = "lib/rules/date_words_zh.csv"
    words = []
    for number, row in csv_rows(text, source, ["kind", "unit", "offset", "word"], warnings):
        if (row["kind"] not in CHINESE_DATE_WORD_KINDS or row["unit"] not in CHINESE_DATE_WORD_UNITS
                or not row["offset"].lstrip("-").isdigit() or not row["word"]):
            warnings.append(RuleWarning(source, number, f"expected a kind of {', '.join(CHINESE_DATE_WORD_KINDS)}, "
                                        f"a unit of {', '.join(CHINESE_DATE_WORD_UNITS)}, a whole number and a word"))
            continue
        words.append(CountedWord(row["kind"], row["unit"], int(row["offset"]), row["word"]))
    return words


ONE_CHARACTER_DAY_KINDS = ("scheduled", "reported", "adverb", "time", "place", "market_today", "not_market_today",
                           "now_before", "now_before_time", "word_before")
ONE_CHARACTER_BEFORE_KINDS = ("now_before", "now_before_time", "word_before")  # one character each (a lookbehind)


def parse_one_character_days(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``one_character_days.csv``: (kind, word) of what may follow 昨, 今, 明, and the single
    characters that may not come before them."""
    source = "lib/rules/one_character_days.csv"
    rows = []
    for number, row in csv_rows(text, source, ("kind", "word"), warnings):
        kind, word = row["kind"], row["word"]
        if kind not in ONE_CHARACTER_DAY_KINDS:
            warnings.append(RuleWarning(source, number,
                                        f"kind {kind!r} is not one of {', '.join(ONE_CHARACTER_DAY_KINDS)}"))
        elif kind in ONE_CHARACTER_BEFORE_KINDS and len(word) != 1:
            warnings.append(RuleWarning(source, number, f"a {kind} row holds one character"))
        elif word:
            rows.append((kind, word))
    return rows


RELATIVE_DATE_NEIGHBOUR_KINDS = ("not_after_chain", "not_before_chain", "before_happening_day", "not_before_full_year",
                                 "not_after_full_year",
                                 "not_after_first_day", "first_day_happening", "not_first_day_happening",
                                 "schedule_before", "opening_a_clause_only", "future_in_years_later_clause",
                                 "then_before_count", "then_before_months", "only_before_count", "only_before_months",
                                 "about_before_count", "after_overnight", "after_whole_day", "after_whole_quarter",
                                 "not_before_this_week",
                                 "not_after_this_week", "not_before_this_year", "not_after_this_year",
                                 "listing_after_overnight", "same_opening_a_clause")


def parse_relative_date_neighbours(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``relative_date_neighbours_zh.csv``: (kind, word) of what changes the reading of a
    Chinese date counted from another date when it stands next to it."""
    return kinded_words(text, "lib/rules/relative_date_neighbours_zh.csv", RELATIVE_DATE_NEIGHBOUR_KINDS, warnings,
                        ("kind", "word"))


def parse_recurring_weekday_zh(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``recurring_weekday_zh.csv``: (kind, word) of what before a bare Chinese weekday makes it
    no day (a ``before`` row is one character, a ``not_word`` two at most) or a day whatever follows (``dated``,
    one character)."""
    source = "lib/rules/recurring_weekday_zh.csv"
    rows = []
    for number, row in csv_rows(text, source, ("kind", "word"), warnings):
        kind, word = row["kind"], row["word"]
        if kind not in ("before", "not_word", "dated") or not 1 <= len(word) <= (2 if kind == "not_word" else 1):
            warnings.append(RuleWarning(source, number, "expected a before or dated character or a not_word of two "
                                                        "at most"))
        else:
            rows.append((kind, word))
    return rows


WEEK_WORD_KINDS = ("word", "not_word")


def parse_week_words_after_zh(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``week_words_after_zh.csv``: (kind, word) of the words beginning with 一 that make 本周一定 the
    week and an adverb (``word``), and the longer forms in which the Monday stands all the same (``not_word``)."""
    return kinded_words(text, "lib/rules/week_words_after_zh.csv", WEEK_WORD_KINDS, warnings, ("kind", "word"))


BARE_DAY_NEIGHBOUR_KINDS = ("before", "after", "list", "hao_lead", "hao_noun")
YEAR_TO_DATE_KINDS = ("before", "sum_after", "not_after", "show_before")


def parse_year_to_date_zh(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``year_to_date_zh.csv``: (kind, word) of what makes "前11月" the year so far, or not."""
    return kinded_words(text, "lib/rules/year_to_date_zh.csv", YEAR_TO_DATE_KINDS, warnings, ("kind", "word"))


def parse_bare_day_neighbours(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The rows of ``bare_day_neighbours_zh.csv``: (kind, word) of what makes a bare "14日" a count of days."""
    return kinded_words(text, "lib/rules/bare_day_neighbours_zh.csv", BARE_DAY_NEIGHBOUR_KINDS, warnings,
                        ("kind", "word"))
