"""dates_en_results_periods: the words for the period a results article reports or compares with, read by
dates_en_chains in its order; the Chinese rows are the same class as the Chinese readers read it."""

from __future__ import annotations

import pytest

from lib.extract import dates_en_chains, dates_en_results_periods
from tests.date_readings import found_dates

ROWS = [
    # compared with: the period in focus a year back
    ("Baidu's revenue in the fourth quarter of 2024 fell 2% from the same period last year.", "2025-02-18",
     [("the fourth quarter of 2024", "2024-10-01", "quarter"), ("the same period last year", "2023-10-01", "quarter")]),
    ("百度2024年第四季度营收较去年同期下降2%。", "2025-02-18",
     [("2024年第四季度", "2024-10-01", "quarter"), ("去年同期", "2023-10-01", "quarter")]),
    ("Tencent's revenue in the second quarter of 2024 rose 8% from the year-ago quarter.", "2024-08-14",
     [("the second quarter of 2024", "2024-04-01", "quarter"), ("the year-ago quarter", "2023-04-01", "quarter")]),
    ("Pinduoduo's revenue in the third quarter of 2024 was 99.4 billion yuan, up from year-ago levels.", "2024-11-21",
     [("the third quarter of 2024", "2024-07-01", "quarter"), ("year-ago", "2023-07-01", "quarter")]),
    # in focus: the period told before
    ("XPeng delivered 10,146 vehicles in May 2024, and during the month it opened 12 stores.", "2024-06-01",
     [("May 2024", "2024-05-01", "month"), ("the month", "2024-05-01", "month")]),
    ("小鵬汽車2024年5月交付10146輛，當月新開12家門店。", "2024-06-01",
     [("2024年5月", "2024-05-01", "month"), ("当月", "2024-05-01", "month")]),
    ("In the third quarter of 2024, Meituan's revenue rose 22%; in the quarter, its delivery orders grew 15%.",
     "2024-11-29", [("the third quarter of 2024", "2024-07-01", "quarter"), ("the quarter", "2024-07-01", "quarter")]),
    ("Kuaishou's revenue rose 11% in the first quarter of 2024, and during the reporting period its users grew.",
     "2024-05-28",
     [("the first quarter of 2024", "2024-01-01", "quarter"), ("the reporting period", "2024-01-01", "quarter")]),
    ("快手2024年第一季度营收增长11%，报告期内用户增长。", "2024-05-28",
     [("2024年第一季度", "2024-01-01", "quarter"), ("报告期", "2024-01-01", "quarter")]),
    # none in focus: the publication's year; a quarter told as past is the last closed one
    ("JD.com expects full-year revenue to grow.", "2025-03-06", [("full-year", "2025-01-01", "year")]),
    ("京东预计全年营收增长。", "2025-03-06", [("全年", "2025-01-01", "year")]),
    ("Alibaba said its cloud revenue rose 13% this quarter.", "2025-02-20",
     [("this quarter", "2024-10-01", "quarter")]),
    ("The year's biggest IPO was Midea's in Hong Kong.", "2024-12-30", [("The year's", "2024-01-01", "year")]),
    # near misses: a quarter-point, a city's quarter
    ("The city's rate fell a quarter-point in the French Quarter.", "2025-02-20", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_results_periods_are_read(text, published, expected):
    assert found_dates(text, published) == expected


def test_the_chains_reader_runs_both_lists_in_its_order():
    patterns = [pattern for pattern, _, _ in dates_en_chains.READER.patterns]
    for group in (dates_en_results_periods.COMPARED_PERIODS, dates_en_results_periods.PERIODS_IN_FOCUS):
        first = patterns.index(group[0][0])
        assert patterns[first:first + len(group)] == [pattern for pattern, _, _ in group]
