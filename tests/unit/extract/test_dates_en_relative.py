"""dates_en_relative on its own: English dates named from the publication day."""

from __future__ import annotations

import pytest

from lib.extract.dates_en_relative import read_english_relative_dates
from lib.extract.dates_spec import WHOLE_YEAR, InYear, OnWeekday, Shift, half_part
from tests.date_readings import reads_as

CASES = [
    ("Baidu said yesterday it would cut prices.", "yesterday", Shift("day", -1)),
    ("As of press time, Alibaba had not replied.", "As of press time", Shift("day", 0)),
    ("Tencent raised prices last week.", "last week", Shift("week", -1)),
    ("Baidu reported results this quarter.", "this quarter", Shift("quarter", 0)),
    ("The current quarter looks weak.", "current quarter", Shift("quarter", 0)),
    ("Earlier this month, Tencent raised prices.", "Earlier this month", Shift("month", 0)),
    ("The chip arrives later this year.", "later this year", InYear(WHOLE_YEAR, offset=0, ahead=True)),
    ("Alibaba announced the deal two days ago.", "two days ago", Shift("day", -2)),
    ("Xiaomi shipped three months ago.", "three months ago", Shift("month", -3)),
    ("The firm listed two years ago.", "two years ago", InYear(WHOLE_YEAR, offset=-2)),
    ("Revenue in the first half grew.", "the first half", InYear(half_part(1), offset=0)),
    ("Baidu cut prices on Monday.", "Monday", OnWeekday(0)),
    ("The board meets next Wednesday.", "next Wednesday", OnWeekday(2, week_offset=1)),
    ("The board meets this Friday.", "this Friday", OnWeekday(4, week_offset=0)),
    # nothing read
    ("Shares of USA Today rose.", None, None),  # a name, capitalised inside the sentence
    ("Capital Today invested in Meituan.", None, None),
    ("Today's models are larger.", None, None),
    ("Over the past month, prices fell.", None, None),  # a span
    ("Over the last year, prices fell.", None, None),
    ("百度昨天宣布降价。", None, None),
]


@pytest.mark.parametrize(("text", "words", "spec"), CASES)
def test_read_english_relative_dates(text, words, spec):
    assert reads_as(read_english_relative_dates, text, words, spec)
