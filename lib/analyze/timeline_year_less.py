"""Year-less days on the timeline: events of undated articles that name only a month and day.

An undated article's "3月5日" or "on July 11" has no year (qualifier ``YEAR_UNKNOWN``, only
``Event.MONTH_DAY``). When the story it reports, dated by other articles, gives it one
(``YEAR_FROM_STORY``, ``lib.analyze.story_years``), it is drawn like any dated event and marked
as inferred; the others cannot sit on a time axis, so they are listed with their month and day,
for a reader to judge.
"""

from __future__ import annotations

import pandas as pd

from lib.analyze.story_years import Placement
from lib.analyze.timeline import OUTLET, TITLE, document_details, event_marks
from lib.schema import COMPANY_SEPARATOR, YEAR_FROM_STORY, Event

MONTH_DAY_LABEL = "month_day_label"   # "Mar 5": the month and day an unknown-year event names
UNKNOWN_YEAR_COLUMNS = [MONTH_DAY_LABEL, Event.DATE_TEXT, Event.COMPANIES, Event.SENTENCE, OUTLET, TITLE,
                        Event.DOC_ID, Event.SENT_ID, Event.MONTH_DAY]


def year_less(events: pd.DataFrame) -> pd.DataFrame:
    """The events with a month and day and no date."""
    if Event.MONTH_DAY not in events:
        return events.iloc[0:0]
    return events[(events[Event.MONTH_DAY].fillna("") != "") & (events[Event.DATE].fillna("") == "")]


def year_from_story_marks(events: pd.DataFrame, documents: pd.DataFrame, placement: Placement | None) -> pd.DataFrame:
    """The timeline marks (``TIMELINE_COLUMNS``) of the year-less ``events`` their story placed,
    qualifier ``YEAR_FROM_STORY``; none without a ``placement``."""
    undated = year_less(events)
    if placement is not None and len(placement.date):
        undated = placement.dated(undated)
    return event_marks(undated[undated[Event.QUALIFIER] == YEAR_FROM_STORY], documents)


def unknown_year_events(events: pd.DataFrame, documents: pd.DataFrame, placement: Placement | None) -> pd.DataFrame:
    """The year-less ``events`` no story placed (``UNKNOWN_YEAR_COLUMNS``), by month and day, then
    article and sentence."""
    undated = year_less(events)
    if placement is not None:
        undated = undated[~undated.index.isin(placement.date.index)]
    if undated.empty:
        return pd.DataFrame(columns=UNKNOWN_YEAR_COLUMNS)
    details = document_details(documents).drop_duplicates(Event.DOC_ID).set_index(Event.DOC_ID)
    table = undated.join(details[[OUTLET, TITLE]], on=Event.DOC_ID)
    table[OUTLET] = table[OUTLET].fillna("")
    table[TITLE] = table[TITLE].fillna("")
    table[Event.COMPANIES] = table[Event.COMPANIES].fillna("").str.replace(COMPANY_SEPARATOR, ", ", regex=False)
    days = pd.to_datetime("2000-" + table[Event.MONTH_DAY].astype(str), format="%Y-%m-%d", errors="coerce")
    table[MONTH_DAY_LABEL] = days.dt.strftime("%b ") + days.dt.day.astype("Int64").astype(str)
    table = table.sort_values([Event.MONTH_DAY, Event.DOC_ID, Event.SENT_ID], kind="stable")
    return table[UNKNOWN_YEAR_COLUMNS].reset_index(drop=True)
