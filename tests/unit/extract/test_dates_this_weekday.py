""""This <weekday>" names that day of publication's week (weeks start on Monday), behind or ahead of
publication: "this Sunday" in a paper of Wednesday 2025-01-15 is Sunday 2025-01-19, "this Monday" Monday
2025-01-13; 本周日, 这周一, 本週日 likewise. "Next Sunday", 下周日 are the day in the week after; a bare
"Sunday" and "this coming Sunday" keep their readings (nearest before, first after).

"Last Wednesday", like 上周三 and "Wednesday last week", is the day of the week before publication's: told on a
Friday it is nine days back, not two (en3210: "the company said last Wednesday" of a Friday, 2025-08-29, is
2025-08-20); told on a Sunday, the week just past is the one before (the press's weeks start on Sunday).

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import found_dates

WEDNESDAY = "2025-01-15"

THIS_WEEKDAY_ROWS = [
    # English.
    ("The threat of a ban on TikTok this Sunday sent users to Xiaohongshu.", WEDNESDAY,
     [("this Sunday", "2025-01-19", "day")]),
    ("Baidu said this Monday that it would cut prices.", WEDNESDAY, [("this Monday", "2025-01-13", "day")]),
    ("Nio will unveil the car this Friday in Shanghai.", WEDNESDAY, [("this Friday", "2025-01-17", "day")]),
    ("Alibaba will hold its investor day next Sunday.", WEDNESDAY, [("next Sunday", "2025-01-26", "day")]),
    ("Alibaba will hold its investor day next Monday.", WEDNESDAY, [("next Monday", "2025-01-20", "day")]),
    # Must not change: a bare weekday, "last", "this coming".
    ("Baidu cut prices on Sunday.", WEDNESDAY, [("Sunday", "2025-01-12", "day")]),
    ("Tencent said last Sunday it would invest more.", WEDNESDAY, [("last Sunday", "2025-01-12", "day")]),
    ("Xiaomi will launch the phone this coming Sunday.", WEDNESDAY, [("this coming Sunday", "2025-01-19", "day")]),
    ("Tencent reported results this week.", WEDNESDAY, [("this week", "2025-01-13", "week")]),
    # Simplified Chinese.
    ("TikTok禁令本周日生效，用户涌向小红书。", WEDNESDAY, [("本周日", "2025-01-19", "day")]),
    ("百度这周一宣布降价。", WEDNESDAY, [("这周一", "2025-01-13", "day")]),
    ("阿里巴巴下周日举行投资者日。", WEDNESDAY, [("下周日", "2025-01-26", "day")]),
    ("腾讯上周日宣布投资。", WEDNESDAY, [("上周日", "2025-01-12", "day")]),
    ("腾讯每周日发布更新。", WEDNESDAY, []),
    # Traditional Chinese.
    ("台積電本週日舉行運動會。", WEDNESDAY, [("本週日", "2025-01-19", "day")]),
    ("鴻海這週一公布營收。", WEDNESDAY, [("這週一", "2025-01-13", "day")]),
    ("聯發科下週五召開法說會。", WEDNESDAY, [("下週五", "2025-01-24", "day")]),
    ("鴻海每週一公布營收。", WEDNESDAY, []),
]


FRIDAY = "2025-08-29"
SUNDAY = "2025-08-31"

LAST_WEEKDAY_ROWS = [
    # English: a day earlier in publication's week, "last" puts it in the week before.
    ("Baidu's board approved the plan, the company said last Wednesday.", FRIDAY,
     [("last Wednesday", "2025-08-20", "day")]),
    ("Nio cut prices last Monday, its filing shows.", FRIDAY, [("last Monday", "2025-08-18", "day")]),
    ("At last Wednesday's meeting, Xiaomi raised its target.", FRIDAY, [("last Wednesday", "2025-08-20", "day")]),
    # Must not change: a day later in the week or the same day (a week back either way), a bare weekday, a
    # Sunday paper's week just past, "Wednesday last week".
    ("Tencent said last Saturday it would invest more.", FRIDAY, [("last Saturday", "2025-08-23", "day")]),
    ("Tencent said last Friday it would invest more.", FRIDAY, [("last Friday", "2025-08-22", "day")]),
    ("Baidu cut prices on Wednesday.", FRIDAY, [("Wednesday", "2025-08-27", "day")]),
    ("Baidu said last Wednesday it would cut prices.", SUNDAY, [("last Wednesday", "2025-08-27", "day")]),
    ("Baidu cut prices on Wednesday last week.", FRIDAY, [("Wednesday last week", "2025-08-20", "day")]),
    # Simplified Chinese.
    ("百度上周三宣布降价。", FRIDAY, [("上周三", "2025-08-20", "day")]),
    ("百度周三宣布降价。", FRIDAY, [("周三", "2025-08-27", "day")]),
    ("百度上周三宣布降价。", SUNDAY, [("上周三", "2025-08-27", "day")]),
    # Traditional Chinese.
    ("鴻海上週一公布營收。", FRIDAY, [("上週一", "2025-08-18", "day")]),
    ("鴻海週一公布營收。", FRIDAY, [("週一", "2025-08-25", "day")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), LAST_WEEKDAY_ROWS)
def test_last_weekday_is_in_the_week_before(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize(("sentence", "published", "expected"), THIS_WEEKDAY_ROWS)
def test_this_weekday_is_in_publications_week(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]
