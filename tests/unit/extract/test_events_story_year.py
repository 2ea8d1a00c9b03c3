"""The year an undated story is told in: the latest year it reports, not the year it last looked back to.

An article with no publication date is read as a narrative (``lib.extract.events``): its year-less
months and "last year" / 去年 count from the year it is told in. A story that reports January 2026
and then looks back ("compared with December 2025", "在2025年12月被提前释放", "spun out in 2019") is
still told in 2026: its later "In January", 1月 and 去年12月 are January 2026 and December 2025.
(Seen in split Y: en2306, zs2304.) Each row is a short passage written for the test, none copied from
``tests/data/realnews``.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_news_classes import _events

ROWS = [
    pytest.param(["BYD sold 210,051 vehicles in January 2026.",
                  "The carmaker had delivered 420,398 units in December 2025.",
                  "In January, BYD's overseas sales rose 51%."],
                 [("January 2026", "2026-01-01", "month", "BYD", "text", False),
                  ("December 2025", "2025-12-01", "month", "BYD", "context", False),
                  ("January", "2026-01-01", "month", "BYD", "text", False)], id="month-en"),
    pytest.param(["Xpeng delivered 20,011 vehicles in January 2026.",
                  "Xpeng had set a delivery record in December 2025.",
                  "Xpeng's exports doubled last year."],
                 [("January 2026", "2026-01-01", "month", "Xpeng", "text", False),
                  ("December 2025", "2025-12-01", "month", "Xpeng", "text", False),
                  ("last year", "2025-01-01", "year", "Xpeng", "text", False)], id="last-year-en"),
    pytest.param(["2026年1月，比亚迪销量同比下滑30%。", "大量需求在2025年12月被提前释放。",
                  "1月比亚迪海外销量增长51%，较去年12月下滑。"],
                 [("2026年1月", "2026-01-01", "month", "BYD", "text", False),
                  ("2025年12月", "2025-12-01", "month", "BYD", "context", False),
                  ("1月", "2026-01-01", "month", "BYD", "text", False),
                  ("去年12月", "2025-12-01", "month", "BYD", "text", False)], id="month-last-year-hans"),
    pytest.param(["2026年1月，比亞迪銷量同比下滑30%。", "大量需求在2025年12月被提前釋放。",
                  "1月比亞迪海外銷量增長51%，較去年12月下滑。"],
                 [("2026年1月", "2026-01-01", "month", "BYD", "text", False),
                  ("2025年12月", "2025-12-01", "month", "BYD", "context", False),
                  ("1月", "2026-01-01", "month", "BYD", "text", False),
                  ("去年12月", "2025-12-01", "month", "BYD", "text", False)], id="month-last-year-hant"),
    # A look back years earlier (a founding) leaves the story in the year it reports.
    pytest.param(["Zhipu AI raised new funds in March 2025.",
                  "The company had been spun out of Tsinghua University in 2019.",
                  "In May, Zhipu AI released GLM-4."],
                 [("March 2025", "2025-03-01", "month", "Zhipu AI", "text", False),
                  ("2019", "2019-01-01", "year", "Zhipu AI", "context", False),
                  ("May", "2025-05-01", "month", "Zhipu AI", "text", False)], id="founding-en"),
    pytest.param(["2025年3月，智谱完成新一轮融资。", "该公司于2019年从清华大学孵化而来。", "5月，智谱发布GLM-4。"],
                 [("2025年3月", "2025-03-01", "month", "Zhipu AI", "text", False),
                  ("2019年", "2019-01-01", "year", "Zhipu AI", "context", False),
                  ("5月", "2025-05-01", "month", "Zhipu AI", "text", False)], id="founding-hans"),
    pytest.param(["2025年3月，智譜完成新一輪融資。", "該公司於2019年從清華大學孵化而來。", "5月，智譜發布GLM-4。"],
                 [("2025年3月", "2025-03-01", "month", "Zhipu AI", "text", False),
                  ("2019年", "2019-01-01", "year", "Zhipu AI", "context", False),
                  ("5月", "2025-05-01", "month", "Zhipu AI", "text", False)], id="founding-hant"),
]


@pytest.mark.parametrize(("sentences", "expected"), ROWS)
def test_an_undated_story_is_told_in_the_latest_year_it_reports(sentences, expected):
    assert _events(sentences, None) == expected
