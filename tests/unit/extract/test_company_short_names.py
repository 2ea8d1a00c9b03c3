"""A company's later short name, its full name without the tails (lib/extract/company_short_names.py):
read after the full name, capitalised and standing alone; never a name of more than one word ("Li Auto",
"China Mobile", "Hong Kong Exchanges and Clearing"), never beside another capitalised word, and never
in Chinese, which writes its short names as aliases of their own."""

from __future__ import annotations

from functools import lru_cache

import pytest

from lib.extract.company_short_names import short_name, with_company_short_names
from lib.extract.gazetteer import Gazetteer
from lib.rules import builtin_rules

TAILS = builtin_rules().short_name_tails


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer(builtin_rules().gazetteer)


def added(text: str) -> list[tuple[str, str]]:
    """(word, company) of every short reference added to the gazetteer's matches, in order."""
    matches = _gazetteer().names(text)
    return [(m.alias, m.entity) for m in with_company_short_names(text, matches, TAILS) if m not in matches]


@pytest.mark.parametrize(("alias", "expected"), [
    ("Trip.com Group", "Trip"),
    ("Trip.com", "Trip"),
    ("Ant Group", "Ant"),
    ("Snap Inc", "Snap"),
    ("Sea Limited", "Sea"),
    ("Li Auto", None),  # a line of business, no tail
    ("China Mobile", None),
    ("Hong Kong Exchanges and Clearing", None),
    ("Alibaba", None),  # nothing to leave off
    ("JD.com", None),  # not a capitalised word once shortened
])
def test_a_short_name_is_the_one_word_left_without_the_tails(alias, expected):
    assert short_name(alias, TAILS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trip.com Group said on Wednesday that bookings rose. Trip added that outbound travel had recovered.",
     [("Trip", "Trip.com")]),
    ("Nasdaq-listed Trip.com reported a profit. Trip has seen strong momentum in hotel bookings since October.",
     [("Trip", "Trip.com")]),
    ("Snap Inc reported revenue on Tuesday. Snap's daily users grew, and Snap said it would hire.",
     [("Snap", "Snap"), ("Snap", "Snap")]),
    ("Booking Holdings beat estimates in the third quarter. Booking expects travel demand to hold up.",
     [("Booking", "Booking Holdings")]),
    ("Sea Limited's Shopee gained share last year, and Sea raised its forecast.",
     [("Sea", "Sea")]),
])
def test_a_company_named_in_full_is_named_later_by_its_short_name(text, expected):
    assert added(text) == expected


@pytest.mark.parametrize("text", [
    "Trip shares rose 5% in early trading. Later, Trip.com Group said hotel bookings recovered.",  # before
    "Trip.com Group said bookings rose, as travellers booked a business trip for May.",  # not capitalised
    "Li Auto delivered more cars in May. Li said the company would expand its range.",
    "Hong Kong Exchanges and Clearing approved the listing. Hong shares were not traded.",
    "China Mobile added users in March. China said it would back the operators.",
    "Sea Limited's shares rose as tension in the South China Sea eased.",  # beside another name
    "Tsinghua Holdings sold its stake to alumni of Tsinghua University.",
    "携程集团周三公布业绩。携程表示出境游在十月持续恢复。",  # Chinese short names are aliases of their own
    "螞蟻集團暫緩上市。螞蟻表示將配合監管要求。",
    "蚂蚁集团暂缓上市后，散户像蚂蚁搬家一样撤离。",
])
def test_no_short_name_is_read_where_it_names_something_else_or_is_chinese(text):
    assert added(text) == []
