"""The dates a chart opens on: the dense mass of its marks, far sparse tails left out and counted."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.view_range import TAIL_SHARE, DateRange, view_date_range


def days(*spans: tuple[str, str, int]) -> pd.Series:
    """``n`` days evenly from ``first`` to ``last`` for each ``(first, last, n)``."""
    return pd.Series(np.concatenate([pd.date_range(first, last, periods=n).to_numpy() for first, last, n in spans]))


def years(*values: int) -> tuple[str, str, int]:
    return tuple((f"{year}-06-01", f"{year}-06-01", 1) for year in values)


MASS = ("2019-01-01", "2026-06-30", 1000)

# (case, marks, opens within (first, last) or None when every mark shows, before, after)
CASES = [
    ("founding years and far plans around a recent mass",
     days(MASS, *years(1987, 1998, 2004, 2005), *years(2031, 2033)), ("2018-01-01", "2027-12-31"), 4, 2),
    ("dates spread evenly over decades", days(("1990-01-01", "2026-12-31", 400)), None, 0, 0),
    ("a sparse tail next to the mass stays, a far one goes", days(MASS, ("2017-06-01", "2018-12-31", 15),
                                                                  *years(1990)), ("2017-01-01", "2027-12-31"), 1, 0),
    ("a short burst keeps the year around it", days(("2025-01-01", "2025-06-30", 300), ("2024-03-01", "2024-10-31", 5),
                                                    *years(2012)), ("2024-01-01", "2025-12-31"), 1, 0),
    ("plans in the future, a few percent of the marks", days(MASS, *years(2030) * 5),
     ("2018-06-01", "2027-12-31"), 0, 5),
    ("plans in the future, more than a few percent", days(MASS, ("2030-01-01", "2030-12-31", 60)), None, 0, 0),
    ("few marks, one of them far", days(("2024-01-01", "2025-12-31", 20), *years(1995)), None, 0, 0),
    ("hiding the tail would not widen the mass much", days(MASS, *years(2016)), None, 0, 0),
]


@pytest.mark.parametrize(("case", "marks", "opens_within", "before", "after"), CASES, ids=[c[0] for c in CASES])
def test_a_chart_opens_on_the_dense_mass_and_counts_what_lies_outside(case, marks, opens_within, before, after):
    opened = view_date_range(marks)
    assert (opened.n_before, opened.n_after) == (before, after)
    if opens_within is None:
        assert opened.first < marks.min() and opened.last > marks.max()
    else:
        assert pd.Timestamp(opens_within[0]) <= opened.first < marks[marks > pd.Timestamp(opens_within[0])].min()
        assert marks[marks < pd.Timestamp(opens_within[1])].max() < opened.last <= pd.Timestamp(opens_within[1])
    # What it says lies outside is exactly what lies outside.
    assert before == int((marks < opened.first).sum()) and after == int((marks > opened.last).sum())


def test_the_user_s_choice_shows_every_mark():
    marks = days(MASS, *years(1987, 2033))
    whole = view_date_range(marks, trim=False)
    assert (whole.n_before, whole.n_after) == (0, 0)
    assert whole.first < pd.Timestamp("1987-06-01") and whole.last > pd.Timestamp("2033-06-01")


@pytest.mark.parametrize("seed", range(8))
def test_never_more_than_a_small_share_of_the_marks_is_left_out(seed):
    rng = np.random.default_rng(seed)
    mass = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.normal(0, 300, 600), unit="D")
    tails = pd.Timestamp("2000-01-01") + pd.to_timedelta(rng.uniform(0, 40 * 365, int(rng.integers(0, 80))), unit="D")
    marks = pd.Series(mass.append(tails))
    opened = view_date_range(marks)
    assert opened.n_outside <= 2 * TAIL_SHARE * len(marks)


def test_periods_are_in_view_to_their_last_day_and_outside_only_when_wholly_outside():
    # A year bar of 2026 ends on 2027-01-01; one of 2017 starts before the mass's reach and ends inside the view.
    starts = days(MASS, ("2017-06-01", "2017-06-01", 1), *years(1990))
    stops = starts + pd.Timedelta(days=1)
    bar_starts = pd.Series(pd.to_datetime(["2026-01-01", "2017-01-01"]))
    bar_stops = pd.Series(pd.to_datetime(["2027-01-01", "2018-01-01"]))
    opened = view_date_range(pd.concat([starts, bar_starts]), pd.concat([stops, bar_stops]))
    assert opened.last > pd.Timestamp("2027-01-01")
    assert pd.Timestamp("2017-01-01") < opened.first < pd.Timestamp("2017-06-01")
    assert (opened.n_before, opened.n_after) == (1, 0)


@pytest.mark.parametrize("marks", [days(("2025-07-11", "2025-07-11", 3)), days(("2025-07-11", "2025-07-11", 300))])
def test_marks_of_one_day_open_on_days_not_hours(marks):
    assert view_date_range(marks).axis_range() == ["2025-07-01", "2025-07-21"]


@pytest.mark.parametrize("marks", [pd.Series([], dtype="datetime64[ns]"), pd.Series(["", None]),
                                   pd.Series([pd.NaT, pd.NaT])])
def test_no_dated_mark_no_range(marks):
    assert view_date_range(marks) is None


def test_dates_as_text_are_read_and_blanks_skipped():
    assert view_date_range(pd.Series(["2020-01-01", "", "2025-01-01"])).axis_range()[0] < "2020-01-01"


@pytest.mark.parametrize(("before", "after", "words"), [
    (3, 2, "shown: 2018-11 to 2027-02; 3 marks before and 2 after lie outside it"),
    (1, 0, "shown: 2018-11 to 2027-02; 1 mark before lies outside it"),
    (0, 1_204, "shown: 2018-11 to 2027-02; 1,204 marks after lie outside it"),
    (0, 0, ""),
])
def test_the_words_say_the_range_and_the_counts(before, after, words):
    opened = DateRange(pd.Timestamp("2018-11-20"), pd.Timestamp("2027-02-03"), before, after)
    assert opened.outside_words() == words
