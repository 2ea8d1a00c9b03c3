"""Dates over whole columns: publication months, ISO text read as days, the day a period stops.

The column-wise side of ``lib.periods``. A document has a publication month only when its date is
at least as precise as a month (a week counts by its first day); a year, a quarter or a half year
says too little to put it in one month.
"""

from __future__ import annotations

import pandas as pd

from lib.periods import MONTHS_IN_PRECISION
from lib.schema import Doc

# Precisions whose period lies inside one calendar month (a week is placed by its first day).
MONTH_PRECISE = ("day", "week", "month")
_DAYS_IN_PRECISION = {"day": 1, "week": 7}


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
    for name, days in _DAYS_IN_PRECISION.items():
        chosen = precision == name
        stop[chosen] = start[chosen] + pd.Timedelta(days=days)
    return stop
