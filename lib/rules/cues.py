"""Words sorted by kind: event triggers (``event_triggers.csv``), the clause boundaries and list
words of attribution (``clause_cues.csv``), the news-agency dateline words (``datelines.csv``) and
the words that keep a stated year from its sentence's year-less dates (``stated_year_cues.csv``),
the words of a list of firms (``firm_lists.csv``), the channel words of a platform (``platform_channels.csv``)
the citing words of a news portal (``news_portals.csv``) and the words opening a sentence before its figures
(``figure_openings.csv``).

All are read by one parser (``kinded_words``); each file names its kinds.
"""

from __future__ import annotations

from lib.rules.rule_file import RuleWarning, kinded_words
from lib.schema import EVENT_TYPES

FIRM_LIST_KINDS = ("separator", "closing", "part", "deal", "word_separator", "inclusion", "count_measure", "quote",
                   "quote_hedge", "figure", "rank")
PLATFORM_CHANNEL_KINDS = ("platform", "before", "after", "title")
NEWS_PORTAL_KINDS = ("portal", "before", "says", "site")
CLAUSE_CUE_KINDS = ("boundary", "cause", "coordinator", "likeness", "channel", "adverbial", "venue", "at_venue",
                    "venue_region", "source", "source_title", "source_end", "source_after", "rival_title")
DATELINE_CUE_KINDS = ("agency", "reporter", "dispatch", "place", "report", "zone", "time_of_day",
                      "bracket_end", "self", "ahead", "history", "deadline", "glued")
FIGURE_OPENING_KINDS = ("connective", "label")
STATED_YEAR_CUE_KINDS = ("compared", "compared_after", "compared_figure", "since", "since_after", "span_from",
                         "span_to", "forecast", "forecast_after", "aside", "attribute_before", "attribute_noun",
                         "record", "record_after", "clause_opening", "back_after", "report_after")


def parse_triggers(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """``(event_type, trigger)`` rows."""
    return kinded_words(text, "lib/rules/event_triggers.csv", EVENT_TYPES, warnings, ("event_type", "trigger"))


def parse_clause_cues(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/clause_cues.csv", CLAUSE_CUE_KINDS, warnings)


def parse_dateline_cues(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/datelines.csv", DATELINE_CUE_KINDS, warnings)


def parse_stated_year_cues(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/stated_year_cues.csv", STATED_YEAR_CUE_KINDS, warnings)


def parse_firm_lists(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/firm_lists.csv", FIRM_LIST_KINDS, warnings, ("kind", "word"))


def parse_platform_channels(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/platform_channels.csv", PLATFORM_CHANNEL_KINDS, warnings, ("kind", "word"))


def parse_news_portals(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/news_portals.csv", NEWS_PORTAL_KINDS, warnings, ("kind", "word"))


def parse_figure_openings(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    return kinded_words(text, "lib/rules/figure_openings.csv", FIGURE_OPENING_KINDS, warnings, ("kind", "word"))
