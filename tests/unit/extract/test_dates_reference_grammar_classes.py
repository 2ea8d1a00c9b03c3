"""Date classes taken from reference grammars (Recognizers-Text's English and Chinese date grammars, jionlp's
time parser), not from a split's misses (issue 9): each in English, simplified and traditional Chinese, with
the period a careful reader resolves under tests/data/realnews/README.md's conventions.

Published Wednesday 2025-03-12 unless a row says otherwise. Reference days: Thanksgiving 2023-11-23,
2024-11-28, 2025-11-27. Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from tests.date_readings import found_dates

WEDNESDAY = "2025-03-12"

# ---- the start of the year up to now: the year, as 今年以来 and "so far this year" (jionlp's 从…起至今) ---------
YEAR_SO_FAR = [
    ("腾讯股价年初至今上涨30%。", [("年初至今", "2025-01-01", "year")]),
    ("腾讯股价自年初以来上涨30%。", [("年初以来", "2025-01-01", "year")]),
    ("腾讯股价今年年初至今上涨30%。", [("今年年初至今", "2025-01-01", "year")]),
    ("騰訊股價今年初以來上漲30%。", [("今年初以来", "2025-01-01", "year")]),
    ("Tencent shares have risen 30% so far this year.", [("this year", "2025-01-01", "year")]),
    # With its year stated it is a span from early that year, read as that year's start.
    ("腾讯股价2024年初以来上涨30%。", [("2024年初", "2024-01-01", "quarter")]),
]

# ---- named days fixed by a weekday or a day before a festival (Recognizers-Text's holiday lists) -------------
NAMED_DAYS = [
    ("Alibaba's sales rose on Christmas Eve.", [("Christmas Eve", "2024-12-24", "day")]),
    ("阿里巴巴平安夜的销量创下新高。", [("平安夜", "2024-12-24", "day")]),
    ("阿里巴巴聖誕夜的銷量創下新高。", [("圣诞夜", "2024-12-24", "day")]),
    ("Temu cut prices on Thanksgiving Day.", [("Thanksgiving Day", "2024-11-28", "day")]),
    ("Temu cut prices ahead of Thanksgiving 2023.", [("Thanksgiving 2023", "2023-11-23", "day")]),
    ("拼多多旗下Temu在2023年感恩节期间降价。", [("2023年感恩节", "2023-11-23", "day")]),
    ("Temu在去年感恩節期間降價。", [("去年感恩节", "2024-11-28", "day")]),
    ("Temu will cut prices for Thanksgiving this year.", [("Thanksgiving", "2025-11-27", "day"),
                                                          ("this year", "2025-01-01", "year")]),
    # The retail days counted from it are the yearly event compared with, no day (lib/rules/not_dates.txt).
    ("Alibaba's sale has eclipsed Black Friday and Cyber Monday.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), YEAR_SO_FAR + NAMED_DAYS)
def test_a_reference_grammar_class_reads_its_period(sentence, expected):
    assert found_dates(sentence, WEDNESDAY) == expected
