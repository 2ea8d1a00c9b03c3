"""dates_zh_days: Chinese days of month without their month, read by the Chinese reader in its order.

A bare day is a day of the publication month unless a word around it makes it a count of days; a range's
end is its own date counted from the start. Traditional rows are read through ``to_simplified``, as the
pipeline does, so their words are given simplified.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_spec import Chained, DayOfMonth
from lib.extract.dates_zh import read_chinese_dates
from lib.parse.script import to_simplified
from tests.date_readings import reads_as


@pytest.mark.parametrize(("text", "words", "spec"), [
    ("路透社14日援引消息", "14日", DayOfMonth(14)),
    ("快手3月5日至7日舉辦活動。", "7日", Chained("day", 2, same_sentence=True, range_end=True)),
    ("5-7日，展会在上海举行。", "7日", Chained("day", 2, same_sentence=True, range_end=True)),
    ("腾讯于20号上线了新功能。", "20号", DayOfMonth(20)),
    ("騰訊將於20號上線新功能。", "20号", DayOfMonth(20)),
    # a count of days, not a day of the month
    ("用户可在3日内申请退款。", None, None),
    ("股价跌破5日均线。", None, None),
    ("近7日销量增长。", None, None),
    ("腾讯总部位于20号。", None, None),
    ("乘坐3号线前往。", None, None),
])
def test_a_day_without_its_month(text, words, spec):
    assert reads_as(read_chinese_dates, to_simplified(text), words, spec)
