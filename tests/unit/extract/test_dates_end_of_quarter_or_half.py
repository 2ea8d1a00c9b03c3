"""The end of a quarter or half is its last month, as "the end of June" is: "the end of the first quarter
of 2022", "the end of Q3", 一季度末, 第一季末, 上半年末. The end of a year stays its last quarter ("late 2024",
"the end of 2024", 年末), as the data model's conventions have it.

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import found_dates

WEDNESDAY = "2025-03-12"

QUARTER_END_ROWS = [
    # English. https://www.163.com (Tencent's first quarter, 2022-05), paraphrased.
    ("As of the end of the first quarter of 2022, WeChat had 1.29 billion users.", WEDNESDAY,
     [("the end of the first quarter of 2022", "2022-03-01", "month")]),
    ("By the end of Q3 2024, Xiaomi had delivered 100,000 cars.", WEDNESDAY,
     [("the end of Q3 2024", "2024-09-01", "month")]),
    ("At the end of the first half of 2024, Baidu held $20 billion in cash.", WEDNESDAY,
     [("the end of the first half of 2024", "2024-06-01", "month")]),
    ("Tencent will close the deal by the end of the second quarter.", WEDNESDAY,
     [("the end of the second quarter", "2025-06-01", "month")]),
    ("Tencent's revenue rose in the first quarter of 2022.", WEDNESDAY,
     [("the first quarter of 2022", "2022-01-01", "quarter")]),
    ("Alibaba plans to list the unit in late 2025.", WEDNESDAY, [("late 2025", "2025-10-01", "quarter")]),
    ("Baidu's shares rose at the end of 2024.", WEDNESDAY, [("the end of 2024", "2024-10-01", "quarter")]),
    # Simplified Chinese.
    ("截至2022年一季度末，微信月活达12.88亿。", WEDNESDAY, [("2022年一季度末", "2022-03-01", "month")]),
    ("截至三季度末，腾讯现金储备超过3000亿元。", "2025-11-13", [("三季度末", "2025-09-01", "month")]),
    ("上半年末，阿里巴巴员工总数为12万人。", "2025-08-20", [("上半年末", "2025-06-01", "month")]),
    ("第一季度末，小米交付量突破10万辆。", "2025-05-20", [("第一季度末", "2025-03-01", "month")]),
    ("2022年一季度，腾讯营收持平。", WEDNESDAY, [("2022年一季度", "2022-01-01", "quarter")]),
    ("腾讯计划年末完成交易。", WEDNESDAY, [("年末", "2025-10-01", "quarter")]),
    ("公司每季度末分红。", WEDNESDAY, []),
    # Traditional Chinese.
    ("截至第一季末，台積電現金達2兆元。", "2025-05-10", [("第一季末", "2025-03-01", "month")]),
    ("2024年第三季末，聯發科員工人數增加。", WEDNESDAY, [("2024年第三季末", "2024-09-01", "month")]),
    ("上半年末，鴻海存貨下降。", "2025-08-20", [("上半年末", "2025-06-01", "month")]),
    ("聯發科第三季營收創新高。", "2025-11-01", [("第三季", "2025-07-01", "quarter")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), QUARTER_END_ROWS)
def test_the_end_of_a_quarter_or_half_is_its_last_month(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]
