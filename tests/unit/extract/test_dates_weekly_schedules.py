"""Bare weekdays listed with the holidays are a weekly schedule's days, no one day (issue 9: zs2711 AC, the press
office's rule for minors' games quoted by many outlets, "仅可在周五、周六、周日和法定节假日每日20时至21时")."""

from datetime import date

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import load_rules

FUTURE_CUES = cue_patterns(load_rules().future_cues)
PUBLISHED = Period(date(2022, 1, 17), "day")

ROWS = [
    # the schedule: no weekday is a day of its own
    ("所有网络游戏仅可在周五、周六、周日和法定节假日每日20时至21时向未成年人提供1小时服务。", []),
    ("所有網絡遊戲僅可在周五、周六、周日和法定節假日每日20時至21時向未成年人提供1小時服務。", []),
    ("迷你世界未成年人仅可在周五、周六、周日、节假日的每日20:00-21:00进行游戏。", []),
    ("Online games may serve minors only on Friday, Saturday, Sunday and public holidays.", []),
    ("Tencent's games open to minors on Friday, Saturday and Sunday, and holidays, for one hour.", []),
    # near misses: weekdays listed without the holidays, a week named, the holidays apart from the list
    ("腾讯周五、周六和下周一将发布新游戏。",
     [("周五", "2022-01-14"), ("周六", "2022-01-22"), ("下周一", "2022-01-24")]),
    ("騰訊周五、周六發布新遊戲，節假日照常營業。", [("周五", "2022-01-14"), ("周六", "2022-01-15")]),
    ("腾讯上周五和节假日的流水创新高。", [("上周五", "2022-01-14")]),
    ("Tencent said on Friday and Saturday holiday sales rose.", [("Friday", "2022-01-14"), ("Saturday", "2022-01-15")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_weekdays_listed_with_the_holidays_are_no_day(text, expected):
    found = find_dates(to_simplified(text), PUBLISHED, FUTURE_CUES)
    assert [(m.text, m.period.start.isoformat()) for m in found] == expected
