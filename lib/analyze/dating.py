"""Dates over whole columns: publication months, ISO text read as days, the day a period stops,
and the words that say how an event's date was read.

The column-wise side of ``lib.periods``. A document has a publication month only when its date is
at least as precise as a month (a week counts by its first day); a year, a quarter or a half year
says too little to put it in one month.
"""

from __future__ import annotations

import pandas as pd

from lib.periods import DAYS_IN_PRECISION, MONTHS_IN_PRECISION
from lib.schema import Doc, Event

# How a plan's date is told apart from a done thing's, wherever an event's date is described.
PLAN_NOTE = "plan: dated after its article's publication"

# Precisions whose period lies inside one calendar month (a week is placed by its first day).
MONTH_PRECISE = ("day", "week", "month")


def publication_month_starts(documents: pd.DataFrame) -> pd.Series:
    """Each document's publication month as the Timestamp of its first day; NaT when not dated to a month."""
    precise = documents[Doc.DATE_PRECISION].isin(MONTH_PRECISE)
    text = documents[Doc.PUBLISHED].fillna("").str.slice(0, 7).where(precise)
    return pd.to_datetime(text, format="%Y-%m", errors="coerce")


def publication_months(documents: pd.DataFrame) -> pd.Series:
    """Each document's publication month as ``YYYY-MM`` text; missing when not dated to a month."""
    return publication_month_starts(documents).dt.strftime("%Y-%m")


def to_day(values: pd.Series) -> pd.Series:
    """ISO dates of any precision ("2024", "2024-05", "2024-05-17") as Timestamps; NaT when blank or unreadable."""
    text = values.fillna("").astype(str)
    return pd.to_datetime(text.where(text != ""), errors="coerce", format="mixed")


def period_stop(start: pd.Series, precision: pd.Series) -> pd.Series:
    """The day after the last day of each period (``start`` Timestamps, ``precision`` names); NaT for
    an unknown precision."""
    stop = pd.Series(pd.NaT, index=start.index, dtype="datetime64[ns]")
    for name, months in MONTHS_IN_PRECISION.items():
        chosen = precision == name
        stop[chosen] = start[chosen] + pd.DateOffset(months=months)
    for name, days in DAYS_IN_PRECISION.items():
        chosen = precision == name
        stop[chosen] = start[chosen] + pd.Timedelta(days=days)
    return stop


def date_notes(events: pd.DataFrame) -> pd.Series:
    """What a reader must know of each event's date besides the date itself: its qualifier ("year
    from its story", "year unknown", "late" …) and whether it is a plan; "" when nothing."""
    notes = pd.Series("", index=events.index, dtype=object)
    if Event.QUALIFIER in events:
        notes = events[Event.QUALIFIER].fillna("").astype(str)
    if Event.PLANNED in events:
        planned = events[Event.PLANNED].map(lambda value: value is True or str(value).lower() == "true")
        notes = notes.where(~planned, (notes + "; ").where(notes != "", "") + PLAN_NOTE)
    return notes.astype(object)
