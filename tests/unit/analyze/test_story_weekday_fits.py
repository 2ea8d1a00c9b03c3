"""Which stories a bare weekday says alike may be its happening: days near it, periods told twice, its product."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from lib.analyze.story_days import DatedStory
from lib.analyze.story_weekday_fits import weekday_fits

BARS = (0.35, 0.25)  # the general bar, the product bar


def _story(story_id, first, last=None, has_days=True, products=(), articles=2):
    last = last or first
    return DatedStory(story_id, first, last, first, last, has_days, first == last, frozenset({"Xiaomi"}),
                      frozenset(products), np.array([0]), articles)


# 2024-03-28 and 2021-01-14 were Thursdays, 2024-04-01 a Monday, 2021-02-17 a Wednesday, 2021-05-11 a Tuesday.
LAUNCH = _story("su7 launch", date(2024, 3, 28), products=("Xiaomi SU7",))
LISTED = _story("pentagon list", date(2021, 1, 14), articles=1)
DELIVERY_MONDAY = _story("su7 monday", date(2024, 4, 1), products=("Xiaomi SU7",))
SETTLED = _story("settled", date(2021, 5, 11))
MOTION_WEDNESDAY = _story("motion", date(2021, 2, 17), articles=1)
RULING_FRIDAY = _story("ruling", date(2021, 3, 12), articles=4)
MAY_ONCE = _story("may once", date(2024, 5, 1), date(2024, 5, 31), False, ("Xiaomi SU7",), articles=1)
MAY_TWICE = _story("may twice", date(2024, 5, 1), date(2024, 5, 31), False, ("Xiaomi SU7",), articles=2)

CASES = [
    # "The Xiaomi SU7, which was launched on Thursday night" / "小米SU7于周四晚正式上市": the stories naming the SU7.
    pytest.param("Thursday", [(LAUNCH, date(2024, 3, 28), 0.33), (LISTED, date(2021, 1, 14), 0.47)],
                 {"Xiaomi SU7"}, ["su7 launch"], id="a product the weekday names: the stories naming it"),
    pytest.param("Thursday", [(LAUNCH, date(2024, 3, 28), 0.33), (LISTED, date(2021, 1, 14), 0.47)],
                 set(), ["su7 launch", "pentagon list"], id="near-miss: no product named, both Thursdays stay"),
    # A story of a Monday is no Thursday: set aside for a Thursday story alike by its own product.
    pytest.param("Thursday", [(LAUNCH, date(2024, 3, 28), 0.33), (DELIVERY_MONDAY, None, 0.28)],
                 {"Xiaomi SU7"}, ["su7 launch"], id="a story of single days off the weekday is another day"),
    pytest.param("Thursday", [(LAUNCH, date(2024, 3, 28), 0.24), (DELIVERY_MONDAY, None, 0.28)],
                 {"Xiaomi SU7"}, ["su7 launch", "su7 monday"],
                 id="near-miss: kept when the weekday's story fits only at the lower bar of its one day"),
    # "The Pentagon on Tuesday officially said Xiaomi will be taken off a blacklist" / "周二…小米…移出黑名单".
    pytest.param("Tuesday", [(SETTLED, date(2021, 5, 11), 0.40), (RULING_FRIDAY, None, 0.46)], set(), ["settled"],
                 id="a Friday story is not a Tuesday's"),
    pytest.param("Tuesday", [(SETTLED, date(2021, 5, 11), 0.40), (MOTION_WEDNESDAY, None, 0.36)], set(),
                 ["settled", "motion"], id="near-miss: a Wednesday story is a Tuesday's by the day of slack"),
    # "ChatGPT, launched in November 2022, is…" / "小米SU7于5月交付": a month one article tells is a background date.
    pytest.param("Thursday", [(LAUNCH, date(2024, 3, 28), 0.33), (MAY_ONCE, None, 0.36)], {"Xiaomi SU7"},
                 ["su7 launch"], id="a month one article tells is no other week"),
    pytest.param("Thursday", [(LAUNCH, date(2024, 3, 28), 0.33), (MAY_TWICE, None, 0.36)], {"Xiaomi SU7"},
                 ["su7 launch", "may twice"], id="near-miss: a month two articles tell may hold the weekday"),
]


@pytest.mark.parametrize(("weekday", "fits", "products", "expected"), CASES)
def test_the_stories_a_bare_weekday_may_report(weekday, fits, products, expected):
    before = list(fits)
    assert [fit[0].story_id for fit in weekday_fits(weekday, fits, frozenset(products), BARS)] == expected
    assert fits == before  # the input is never changed


def test_no_fits_none_kept():
    assert weekday_fits("Monday", [], frozenset({"DeepSeek-R1"}), BARS) == []
