"""Year-less days on the timeline: events of undated articles that name only a month and day, or a weekday.

An undated article's "3月5日" or "on July 11" has no year (qualifier ``YEAR_UNKNOWN``, only
``Event.MONTH_DAY``). When the story it reports, dated by other articles, gives it one
(``YEAR_FROM_STORY``, ``lib.analyze.story_years``), it is drawn like any dated event and marked
as inferred; the others cannot sit on a time axis, so they are listed with their month and day
(or their weekday alone, ``Event.WEEKDAY``: "Tuesday"), for a reader to judge.
"""

from __future__ import annotations

import pandas as pd

from lib.analyze.story_years import Placement
from lib.analyze.timeline import OUTLET, TITLE, document_details, event_marks
from lib.schema import COMPANY_SEPARATOR, DAY_OF_MONTH_MARK, MONTH_MARK, WEEKDAYS, YEAR_FROM_STORY, Event

MONTH_DAY_LABEL = "month_day_label"   # "Mar 5" (or "Mar", "Tuesday", "day 12"): what an unknown-year event names
UNKNOWN_YEAR_COLUMNS = [MONTH_DAY_LABEL, Event.DATE_TEXT, Event.COMPANIES, Event.SENTENCE, OUTLET, TITLE,
                        Event.DOC_ID, Event.SENT_ID, Event.MONTH_DAY, Event.WEEKDAY]


def year_less(events: pd.DataFrame) -> pd.DataFrame:
    """The events with a month and day, or a weekday, and no date."""
    named = pd.Series(False, index=events.index)
    for column in (Event.MONTH_DAY, Event.WEEKDAY):
        if column in events:
            named |= events[column].fillna("") != ""
    return events[named & (events[Event.DATE].fillna("") == "")]


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
    if Event.WEEKDAY not in table:
        table[Event.WEEKDAY] = ""
    table[Event.MONTH_DAY] = table[Event.MONTH_DAY].fillna("").astype(str)
    table[Event.WEEKDAY] = table[Event.WEEKDAY].fillna("").astype(str)
    days = pd.to_datetime("2000-" + table[Event.MONTH_DAY], format="%Y-%m-%d", errors="coerce")
    labels = days.dt.strftime("%b ") + days.dt.day.astype("Int64").astype(str)
    # "--03": a month alone of a year the article leaves open (lib.extract.year_less_days.months_alone).
    months = pd.to_datetime("2000" + table[Event.MONTH_DAY].str.removeprefix(MONTH_MARK).where(
        table[Event.MONTH_DAY].str.fullmatch(rf"{MONTH_MARK}\d\d"), "") + "-01", format="%Y%m-%d", errors="coerce")
    # "---12": the 12th of a month the article leaves open (lib.extract.year_less_days.days_alone).
    of_month = "day " + table[Event.MONTH_DAY].str.removeprefix(DAY_OF_MONTH_MARK).str.lstrip("0")
    named_day = table[Event.WEEKDAY].where(table[Event.WEEKDAY] != "", of_month)
    table[MONTH_DAY_LABEL] = labels.where(days.notna(), months.dt.strftime("%b").where(months.notna(), named_day))
    # Month-days in calendar order, then the months alone, the days of month alone, the weekdays alone, Monday first.
    table["_weekday"] = table[Event.WEEKDAY].map({name: n for n, name in enumerate(WEEKDAYS)}).fillna(-1)
    table["_no_day"] = table[Event.MONTH_DAY] == ""
    table["_no_month"] = table[Event.MONTH_DAY].str.startswith(DAY_OF_MONTH_MARK)
    table["_month_alone"] = months.notna()
    table = table.sort_values(["_no_day", "_no_month", "_month_alone", Event.MONTH_DAY, "_weekday", Event.DOC_ID,
                               Event.SENT_ID], kind="stable")
    return table[UNKNOWN_YEAR_COLUMNS].reset_index(drop=True)
