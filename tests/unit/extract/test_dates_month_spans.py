"""A quarter or a half named by its first and last months joined by a dash is that period ("revenue rose
28.8% in July-September", "2024年7-9月", "1-6月"), and so in Chinese by 到/至 after a bare first number that
shares the last month's 月 ("2024年4到6月", "7至9月"); months joined by words ("from July to September",
"7月至9月"), by "or", and months spanning no quarter or half stay months of their own.

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import found_dates

AUGUST, NOVEMBER = "2024-08-20", "2024-11-20"

MONTH_SPAN_ROWS = [
    # English.
    ("Meituan said revenue rose 28.8% in July-September.", "2020-11-30",
     [("July-September", "2020-07-01", "quarter")]),
    ("Nio's sales in April-June 2024 rose 10%.", AUGUST, [("April-June 2024", "2024-04-01", "quarter")]),
    # Must not change: words or "or" between the months, three months that are no quarter.
    ("Sales from July to September rose.", NOVEMBER,
     [("July", "2024-07-01", "month"), ("September", "2024-09-01", "month")]),
    ("Sales in July or September rose.", NOVEMBER,
     [("July", "2024-07-01", "month"), ("September", "2024-09-01", "month")]),
    ("Sales in May-July rose.", AUGUST, [("May", "2024-05-01", "month"), ("July", "2024-07-01", "month")]),
    # A span after "for", a determiner or a possessive: no preposition of time before its first month.
    ("SMIC's revenue for the April-June period grew more than 43%.", AUGUST,
     [("April-June", "2024-04-01", "quarter")]),
    ("Baidu's July-September revenue beat forecasts, the company said.", NOVEMBER,
     [("July-September", "2024-07-01", "quarter")]),
    ("Xiaomi shipped fewer phones for January–June, Canalys said.", AUGUST,
     [("January–June", "2024-01-01", "half")]),
    ("Nio's deliveries for the May-July stretch rose.", AUGUST,
     [("May", "2024-05-01", "month"), ("July", "2024-07-01", "month")]),
    # Class (AI en3320 "In the January-March quarter, Lenovo's net profit surged by 118%", Reuters' and AFP's usual
    # wording): the span before "quarter" names it whole; its last month is no "March quarter" of its own, leaving the
    # first month a month apart. "The March quarter" and a span joined by words keep their readings.
    ("In the January-March quarter, Lenovo's net profit surged by 118%.", "2024-05-24",
     [("January-March", "2024-01-01", "quarter")]),
    ("Alibaba's revenue in the April–June quarter rose 2%.", AUGUST, [("April–June", "2024-04-01", "quarter")]),
    ("Revenue in the March quarter rose.", "2024-05-24", [("the March quarter", "2024-01-01", "quarter")]),
    ("In the January to March quarter, profit rose.", "2024-05-24", [("March quarter", "2024-01-01", "quarter")]),
    ("Sales in the May-June quarter rose.", AUGUST, [("May", "2024-05-01", "month"), ("June", "2024-06-01", "month")]),
    # Simplified Chinese.
    ("联想1-3月季度净利润大增118%。", "2024-05-24", [("1-3月", "2024-01-01", "quarter")]),
    ("阿里巴巴4-6月季度收入增长2%。", AUGUST, [("4-6月", "2024-04-01", "quarter")]),
    ("美团2024年7-9月收入增长。", NOVEMBER, [("2024年7-9月", "2024-07-01", "quarter")]),
    ("美团1-6月收入增长。", AUGUST, [("1-6月", "2024-01-01", "half")]),
    ("中信证券预计在今年10月至12月发布。", "2025-08-20",
     [("今年10月", "2025-10-01", "month"), ("12月", "2025-12-01", "month")]),
    ("美团7月至9月收入增长。", NOVEMBER, [("7月", "2024-07-01", "month"), ("9月", "2024-09-01", "month")]),
    ("中芯国际4-6月期间的营收同比增长43%。", AUGUST, [("4-6月", "2024-04-01", "quarter")]),
    ("小米7—9月的手机出货量下滑。", NOVEMBER, [("7—9月", "2024-07-01", "quarter")]),
    # 到/至 after a bare number: one compound with one 月, as the dash; with 月 on both numbers two months.
    ("华为2023年4到6月的手机出货量同比增长。", AUGUST, [("2023年4到6月", "2023-04-01", "quarter")]),
    ("小米在7至9月重回国内前三。", NOVEMBER, [("7至9月", "2024-07-01", "quarter")]),
    ("蔚来1到6月累计交付新车8万台。", AUGUST, [("1到6月", "2024-01-01", "half")]),
    ("美团7月到9月收入增长。", NOVEMBER, [("7月", "2024-07-01", "month"), ("9月", "2024-09-01", "month")]),
    ("订单量在4至5月受到影响。", AUGUST, [("4", "2024-04-01", "month"), ("5月", "2024-05-01", "month")]),
    ("理想汽车2024年5到7月的交付量下滑。", AUGUST,
     [("2024年5", "2024-05-01", "month"), ("7月", "2024-07-01", "month")]),
    # Traditional Chinese.
    ("聯想1-3月季度純利大增118%。", "2024-05-24", [("1-3月", "2024-01-01", "quarter")]),
    ("美團7-9月收入增長。", NOVEMBER, [("7-9月", "2024-07-01", "quarter")]),
    ("美團2024年7月至9月收入增長。", NOVEMBER,
     [("2024年7月", "2024-07-01", "month"), ("9月", "2024-09-01", "month")]),
    ("美團5-7月收入增長。", AUGUST, [("5", "2024-05-01", "month"), ("7月", "2024-07-01", "month")]),
    ("中芯國際4-6月期間的營收按年增長43%。", AUGUST, [("4-6月", "2024-04-01", "quarter")]),
    ("百度1-6月的廣告收入下滑。", AUGUST, [("1-6月", "2024-01-01", "half")]),
    ("蘋果手機2023年7到9月在中國的出貨量下降。", NOVEMBER, [("2023年7到9月", "2023-07-01", "quarter")]),
    ("華為直到4至6月才回到第一。", AUGUST, [("4至6月", "2024-04-01", "quarter")]),
    ("蘋果10月至12月在大中華區的銷售額下滑。", "2025-01-20",
     [("10月", "2024-10-01", "month"), ("12月", "2024-12-01", "month")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), MONTH_SPAN_ROWS)
def test_months_joined_by_a_dash_name_their_quarter_or_half(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]
