"""dates_en_chains on its own: English dates counted from another date in the text."""

from __future__ import annotations

import pytest

from lib.extract.dates_en_chains import count_of, read_english_chains
from lib.extract.dates_spec import Chained
from tests.date_readings import reads_as

CASES = [
    ("DeepSeek released R1 on January 20; the next day, Nvidia shares fell.", "the next day", Chained("day", 1)),
    ("The previous week, Tencent had warned.", "The previous week", Chained("week", -1)),
    ("The month before, sales fell.", "The month before", Chained("month", -1)),
    ("Baidu cut prices; that evening, Alibaba followed.", "that evening", Chained("day", 0)),
    ("The lab opened in October 2022 and a year later it had 300 staff.", "a year later",
     Chained("year", 1, keep_month=True)),
    ("Two days earlier, Baidu had cut prices.", "Two days earlier", Chained("day", -2)),
    ("The rule takes effect in 45 days.", "in 45 days", Chained("day", 45, same_sentence=True)),
    ("Prices rose one week before the Lunar New Year.", "one week before", Chained("day", -7, before_date=True)),
    ("At that time, Baidu led the market.", "At that time", Chained("same", 0)),
    # nothing read
    ("The year before the launch was quiet.", None, None),  # a noun follows: no date of its own
    ("He was in good form at the time of the ruling.", None, None),
    ("Orders surged within 45 days.", None, None),  # a span, not a day
    ("百度次日宣布降价。", None, None),
]


@pytest.mark.parametrize(("text", "words", "spec"), CASES)
def test_read_english_chains(text, words, spec):
    assert reads_as(read_english_chains, text, words, spec)


@pytest.mark.parametrize(("word", "count"), [("a", 1), ("An", 1), ("two", 2), ("Ten", 10), ("45", 45)])
def test_count_of(word, count):
    assert count_of(word) == count
