"""Year-less days and months an undated story tells after the latest date it reports: on or after that date.

News is told after what it reports, and a month or day named without a year is of the year the story is told
in: after "2025年12月28日，火山引擎宣佈…", "1月25日，騰訊宣佈" is January 2026 (AC zt2759); after "In July 2024,
Qichacha valued the company", "In January, the U.S. added Zhipu" is January 2025 (AC en2844). Only within half a
year of that date's end: further on it is as often a look back within the year.

Each row is a short passage written for the test, none copied from ``tests/data/realnews``.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_news_classes import _events

ROWS = [
    pytest.param(["ByteDance's Volcano Engine became the gala's cloud partner on December 28, 2025.",
                  "On January 25, Tencent announced a 1 billion yuan red-packet campaign."],
                 [("December 28, 2025", "2025-12-28", "day", "ByteDance", "text", False),
                  ("January 25", "2026-01-25", "day", "Tencent", "text", False)], id="day-next-year-en"),
    pytest.param(["2025年12月28日，字节跳动旗下火山引擎宣布成为春晚独家合作伙伴。",
                  "1月25日，腾讯宣布将在2月1日上线春节活动。"],
                 [("2025年12月28日", "2025-12-28", "day", "ByteDance", "text", False),
                  ("1月25日", "2026-01-25", "day", "Tencent", "text", False),
                  ("2月1日", "2026-02-01", "day", "Tencent", "text", False)], id="day-next-year-hans"),
    pytest.param(["2025年12月28日，字節跳動旗下火山引擎宣佈成為春晚獨家合作夥伴。",
                  "1月25日，騰訊宣佈將在2月1日上線春節活動。"],
                 [("2025年12月28日", "2025-12-28", "day", "ByteDance", "text", False),
                  ("1月25日", "2026-01-25", "day", "Tencent", "text", False),
                  ("2月1日", "2026-02-01", "day", "Tencent", "text", False)], id="day-next-year-hant"),
    pytest.param(["In July 2024, Qichacha valued Zhipu AI at 20 billion yuan.",
                  "In January, the U.S. Commerce Department added Zhipu AI to its entity list."],
                 [("July 2024", "2024-07-01", "month", "Qichacha;Zhipu AI", "text", False),
                  ("January", "2025-01-01", "month", "Zhipu AI", "text", False)], id="month-next-year-en"),
    # Near miss: a month that falls after the latest date in its own year stays in that year.
    pytest.param(["2025年3月，小米发布新车。", "9月，小米宣布交付量创新高。"],
                 [("2025年3月", "2025-03-01", "month", "Xiaomi", "text", False),
                  ("9月", "2025-09-01", "month", "Xiaomi", "text", False)], id="near-miss-after-hans"),
    # Near miss: more than half a year after the latest date, a month before it is a look back within its year.
    pytest.param(["2025年7月，小米發布新車。", "3月，小米宣佈交付量創新高。"],
                 [("2025年7月", "2025-07-01", "month", "Xiaomi", "text", False),
                  ("3月", "2025-03-01", "month", "Xiaomi", "text", False)], id="near-miss-far-hant"),
    # Near miss: a month told with its year keeps it.
    pytest.param(["Xiaomi launched a car in December 2025.", "Xiaomi had raised funds in January last year."],
                 [("December 2025", "2025-12-01", "month", "Xiaomi", "text", False),
                  ("January last year", "2024-01-01", "month", "Xiaomi", "text", False)], id="near-miss-year-words-en"),
]


@pytest.mark.parametrize(("sentences", "expected"), ROWS)
def test_year_less_days_told_after_the_latest_date_fall_after_it(sentences, expected):
    assert _events(sentences, None) == expected
