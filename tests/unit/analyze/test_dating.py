"""Dates over whole columns: publication months only for month-precise dates, ISO text of any
precision read as days, and the day after a period of each precision ends."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analyze.dating import (
    PLAN_NOTE,
    date_notes,
    period_stop,
    publication_month_starts,
    publication_months,
    to_day,
)
from lib.schema import YEAR_FROM_STORY, YEAR_UNKNOWN, Doc, Event


def _documents(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=[Doc.PUBLISHED, Doc.DATE_PRECISION])


@pytest.mark.parametrize("published, precision, month", [
    pytest.param("2024-05-17", "day", "2024-05", id="a day is in its month"),
    pytest.param("2024-04-29", "week", "2024-04", id="a week is placed by its first day"),
    pytest.param("2024-05", "month", "2024-05", id="a month"),
    pytest.param("2024-04", "quarter", None, id="a quarter spans three months"),
    pytest.param("2024-07", "half", None, id="a half year spans six"),
    pytest.param("2024", "year", None, id="a year says too little"),
    pytest.param("", "", None, id="undated"),
    pytest.param(None, "day", None, id="missing published"),
    pytest.param("2024-13-01", "day", None, id="unreadable month"),
])
def test_publication_month_only_when_the_date_lies_in_one_month(published, precision, month):
    documents = _documents([(published, precision)])
    got = publication_months(documents).iloc[0]
    assert pd.isna(got) if month is None else got == month
    start = publication_month_starts(documents).iloc[0]
    assert pd.isna(start) if month is None else start == pd.Timestamp(f"{month}-01")


def test_publication_months_keep_the_documents_index():
    documents = _documents([("2023-01-09", "day"), ("2023", "year"), ("2025-12", "month")])
    documents.index = [7, 3, 5]
    months = publication_months(documents)
    assert months.index.tolist() == [7, 3, 5]
    assert months[7] == "2023-01" and pd.isna(months[3]) and months[5] == "2025-12"


@pytest.mark.parametrize("text, day", [
    ("2024", "2024-01-01"),
    ("2024-05", "2024-05-01"),
    ("2024-05-17", "2024-05-17"),
    ("", None),
    (None, None),
    ("last spring", None),
    ("2024-02-30", None),
])
def test_to_day_reads_iso_text_of_any_precision(text, day):
    got = to_day(pd.Series([text], dtype=object)).iloc[0]
    assert pd.isna(got) if day is None else got == pd.Timestamp(day)


def test_period_stop_over_a_mixed_column_keeps_each_row_in_place():
    # Each precision alone is in test_timeline.py; here one column mixes them, with an unknown one.
    rows = {  # index: (start, precision, the day after the period)
        2: ("2024-02-01", "month", "2024-03-01"),  # a leap February
        0: ("2024-12-30", "week", "2025-01-06"),  # a week across the new year
        5: ("2024-07-01", "half", "2025-01-01"),
        3: ("2023-01-01", "year", "2024-01-01"),
        1: ("2024-01-01", "decade", None),
        4: ("2024-01-01", "", None),
    }
    start = pd.Series({i: pd.Timestamp(row[0]) for i, row in rows.items()})
    precision = pd.Series({i: row[1] for i, row in rows.items()})
    stop = period_stop(start, precision)
    assert stop.index.tolist() == list(rows)
    assert {i: (None if pd.isna(day) else day.strftime("%Y-%m-%d")) for i, day in stop.items()} == {
        i: row[2] for i, row in rows.items()}


@pytest.mark.parametrize(("qualifier", "planned", "note"), [
    ("", False, ""),
    (YEAR_FROM_STORY, False, YEAR_FROM_STORY),
    (YEAR_UNKNOWN, False, YEAR_UNKNOWN),
    ("late", False, "late"),
    ("", True, PLAN_NOTE),
    ("early", "True", f"early; {PLAN_NOTE}"),   # a plan read back from a CSV as text
    (None, None, ""),
])
def test_date_notes_say_how_a_date_was_read(qualifier, planned, note):
    events = pd.DataFrame({Event.QUALIFIER: [qualifier], Event.PLANNED: [planned]}, index=[7])
    assert date_notes(events).tolist() == [note]


def test_date_notes_of_events_without_those_columns_are_empty():
    assert date_notes(pd.DataFrame({Event.DATE: ["2025-01-20"]})).tolist() == [""]
