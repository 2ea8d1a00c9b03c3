"""Stories dated to a short period, blocked by company and by the month-days they can give a year to."""
from datetime import date

import numpy as np
import pandas as pd
import pytest

from lib.analyze.story_days import ANY_DAY, day_in, recurs, stories_by_company_and_day
from lib.schema import Event


def _events(rows):
    """rows: (date, date_end, companies, doc); every one a report of some story."""
    return pd.DataFrame({Event.DATE: [r[0] for r in rows], Event.DATE_END: [r[1] for r in rows],
                         Event.COMPANIES: [r[2] for r in rows], Event.DOC_ID: [r[3] for r in rows]})


def _blocks(rows, stories, wanted, of_weekdays=frozenset()):
    events = _events(rows)
    products = pd.Series([frozenset()] * len(events), index=events.index, dtype=object)
    return stories_by_company_and_day(events, pd.Series(stories, index=events.index), set(wanted), 31, products,
                                      set(of_weekdays))


LISTING = [("2026-01-08", "2026-01-08", "Zhipu AI", "wire"), ("2026-01-08", "2026-01-08", "Zhipu AI", "daily")]


@pytest.mark.parametrize(("key", "expected"), [
    ("Tuesday", True), ("---12", True), ("01-20", False), ("12-31", False),
])
def test_weekdays_and_days_of_month_recur_month_days_do_not(key, expected):
    assert recurs(key) is expected


def test_a_one_day_story_is_blocked_under_its_company_and_its_month_days_within_the_slack():
    blocks = _blocks(LISTING, ["listing", "listing"], {"01-08", "01-09"})
    story = blocks[("Zhipu AI", "01-08")][0]
    assert story.story_id == "listing" and story.one_day and story.articles == 2
    assert ("Zhipu AI", "01-09") in blocks  # a report a day off is still this happening
    assert ("Zhipu AI", "01-12") not in blocks
    assert day_in(story, "01-08") == date(2026, 1, 8)
    assert day_in(story, "Thursday") == date(2026, 1, 8)  # January 8, 2026 was a Thursday
    assert day_in(story, "Friday") is None
    assert day_in(story, "---8") == date(2026, 1, 8) and day_in(story, "---9") is None


def test_the_stories_a_weekday_may_report_are_its_companys_under_any_day():
    blocks = _blocks(LISTING, ["listing", "listing"], {"Thursday"}, of_weekdays={"Zhipu AI"})
    assert [story.story_id for story in blocks[("Zhipu AI", ANY_DAY)]] == ["listing"]


@pytest.mark.parametrize(("rows", "stories"), [
    ([("2025-01-01", "2025-12-31", "Zhipu AI", "wire"), ("2025-01-01", "2025-12-31", "Zhipu AI", "daily")],
     ["year", "year"]),  # a year is no short period
    ([("2026-01-08", "2026-01-08", "Zhipu AI", "wire"), ("2026-01-08", "2026-01-08", "MiniMax", "daily")],
     ["mixed", "mixed"]),  # its reports share no company
    ([("", "", "Zhipu AI", "wire"), ("2026-01-08", "2026-01-08", "Zhipu AI", "daily")], ["undated", "undated"]),
])
def test_stories_that_cannot_give_a_year_are_not_blocked(rows, stories):
    assert not _blocks(rows, stories, {"01-08"}, of_weekdays={"Zhipu AI", "MiniMax"})


def test_the_events_are_not_changed():
    events = _events(LISTING)
    before = events.copy()
    stories_by_company_and_day(events, pd.Series(["listing", "listing"]), {"01-08"}, 31,
                               pd.Series([frozenset(), frozenset()], dtype=object), set())
    pd.testing.assert_frame_equal(events, before)
    assert np.array_equal(events.index, before.index)
