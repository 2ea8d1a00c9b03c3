"""What one sentence's dates leave for the sentences after it: the period in focus, the day "the next day"
counts from, and the day a later 首日 counts from.

An article is read a sentence at a time (``lib.extract.events``); after each, these fold the sentence's
``DateMatch``es into what ``dates_chain.chain_readings`` counts the next sentence's chained dates from.
"""

from __future__ import annotations

from lib.extract.dates_chain_count import can_be_in_focus
from lib.extract.dates_happening_days import names_a_happening
from lib.extract.dates_match import DateMatch
from lib.extract.dates_ranges import span_held
from lib.periods import Period


# The periods a results article reports on, and so what "the same period last year" refers to.
def in_focus(matches: list[DateMatch], focus: Period | None, text: str = "") -> Period | None:
    """The period in focus after ``matches`` (read in ``text``): the last month, quarter or half read that was no
    comparison, not ahead, opened no span up to now and was no period's end (``can_be_in_focus``), or the period
    holding the last span read (``dates_ranges.span_held``).
    A forecast's quarter ("预计…在第四季的经营亏损趋势将延续") is not the one whose figures follow: results
    report a period told as past. Nor is a span's start ("因自2023年第二季起調整了…", "adjusted since the second
    quarter of 2023"): a cause told in passing, as ``anchor_after`` leaves such a day."""
    for index in range(len(matches) - 1, -1, -1):
        match = matches[index]
        if match.compared or match.ahead or match.since:
            continue
        held = span_held(text, matches[index - 1], match) if index else None
        if held is not None:
            return held
        if can_be_in_focus(match.period, match.qualifier):
            return match.period
    return focus


def anchor_after(matches: list[DateMatch], anchor: Period | None) -> Period | None:
    """The day that anchors "the next day" in a later sentence after ``matches``: the last day they read,
    else ``anchor``. The story goes on from the days it reports: a plan's day named beside one ("On
    December 31 it opened its offering, to list on January 9") anchors only when no reported day does, and a
    plan's day counted from the anchor ("The orders take effect in 45 days") never: a later "after 45 days"
    restates the same deadline, counted from the same day."""
    days = [m for m in matches if m.period.precision == "day" and not m.since]
    told = [m for m in days if not m.ahead] or [m for m in days if m.stated]
    return told[-1].period if told else anchor


def happening_day_after(text: str, matches: list[DateMatch], day: Period | None) -> Period | None:
    """The day a later 首日 counts from after ``matches`` of ``text``: the last of them told as a listing's,
    a sale's or a launch's day (``dates_happening_days``), else ``day``."""
    told = [m for m in matches if m.period.precision == "day" and not m.since
            and names_a_happening(text, m.start, m.end)]
    return told[-1].period if told else day
