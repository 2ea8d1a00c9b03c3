"""An English day of month without its month ("On the 22nd, Lei Jun revealed …") is a day of the publication
month, as Chinese "22日" is (class: year-less dates in dated articles, day-of-month ordinals); an ordinal that
counts something ("the 22nd floor", "its 5th anniversary") is no date.

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_en_days import READER
from lib.parse.script import to_simplified
from tests.date_readings import found_dates

APRIL = "2024-04-23"

DAY_OF_MONTH_ROWS = [
    # English.
    ("On the 22nd, Lei Jun revealed on Weibo the production status of Xiaomi SU7 orders.", APRIL,
     [("the 22nd", "2024-04-22", "day")]),
    ("Xiaomi said on the 5th that pre-orders had topped 70,000.", APRIL, [("the 5th", "2024-04-05", "day")]),
    ("Nio cut prices again on the 18th, the company said.", APRIL, [("the 18th", "2024-04-18", "day")]),
    ("BYD has sold 10,000 cars since the 1st of this month.", APRIL, [("the 1st of this month", "2024-04-01", "day")]),
    ("Xiaomi will begin deliveries on the 24th.", APRIL, [("the 24th", "2024-04-24", "day")]),
    # Simplified Chinese: the bare day the English ordinal matches.
    ("22日，雷军在微博公布了小米SU7订单的生产情况。", APRIL, [("22日", "2024-04-22", "day")]),
    ("小米5日表示，预订量已突破7万台。", APRIL, [("5日", "2024-04-05", "day")]),
    # Traditional Chinese.
    ("22日，雷軍在微博公布了小米SU7訂單的生產情況。", APRIL, [("22日", "2024-04-22", "day")]),
    ("蔚來18日再度降價。", APRIL, [("18日", "2024-04-18", "day")]),
    # Class (split R; 22日（北京时间…） is read in Chinese): a bracketed gloss after the day, its time elsewhere
    ("Keeta went live in Al Kharj at 11 a.m. local time on the 9th (4 p.m. Beijing time).", APRIL,
     [("the 9th", "2024-04-09", "day")]),
    ("Keeta went live in Al Kharj on the 9th (local time).", APRIL, [("the 9th", "2024-04-09", "day")]),
    ("Keeta于当地时间9日（北京时间下午4点）在阿尔哈尔季上线。", APRIL, [("9日", "2024-04-09", "day")]),
    ("Keeta於當地時間9日（北京時間下午4點）在阿爾哈爾季上線。", APRIL, [("9日", "2024-04-09", "day")]),
    ("Xiaomi moved its office to the 22nd (top) floor.", APRIL, []),
    # Must not change: ordinals that count, a day with its month (read whole), no preposition of time.
    ("Xiaomi opened a flagship store on the 22nd floor of the mall.", APRIL, []),
    ("Huawei celebrated its 5th anniversary on the 6th of April.", APRIL, [("the 6th of April", "2024-04-06", "day")]),
    ("The app ranked 3rd on the chart, and the 2nd was Taobao.", APRIL, []),
    ("雷军在22层的办公室接受了采访。", APRIL, []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), DAY_OF_MONTH_ROWS)
def test_an_english_ordinal_day_is_a_day_of_the_publication_month(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize(("text", "words"), [
    ("On the 22nd, Lei Jun said.", "the 22nd"),
    ("said on the 3rd that", "the 3rd"),
    ("on the 22nd floor", None),
    ("the 22nd, he said", None),  # no preposition of time before it
])
def test_the_reader_spans_the_ordinal_not_the_preposition(text, words):
    assert [text[c.start:c.end] for c in READER(text)] == ([words] if words else [])
