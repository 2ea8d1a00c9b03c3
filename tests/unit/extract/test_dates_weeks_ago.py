"""A count of weeks back from publication names a week, as "last week" does: "three weeks ago", "just over a
week ago", "两周前", "三个星期前", "上上周" are the week (starting on Monday) that holds the day seven times N
days before publication. "three days ago", "5天前" stay days; "weeks ago", "几周前" name no week (a month:
dates_few_weeks).

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import found_dates

WEDNESDAY = "2025-03-12"  # its week starts on Monday 2025-03-10

WEEKS_AGO_ROWS = [
    # https://technode.com (Meituan and Zhipu, 2023-07), paraphrased.
    ("Just three weeks ago, Meituan bought Light Years Beyond.", [("three weeks ago", "2025-02-17", "week")]),
    ("Two weeks ago, Baidu cut its prices.", [("Two weeks ago", "2025-02-24", "week")]),
    ("Just over a week ago, Ma criticized the regulators.", [("a week ago", "2025-03-03", "week")]),
    ("Alibaba launched the model three days ago.", [("three days ago", "2025-03-09", "day")]),
    ("For weeks, Tencent tested the app.", []),
    ("两周前，百度宣布文心一言免费。", [("两周前", "2025-02-24", "week")]),
    ("此举是为了落实三周前美国总统在大阪对华为做出的承诺。", [("三周前", "2025-02-17", "week")]),
    ("上上周，腾讯发布新模型。", [("上上周", "2025-02-24", "week")]),
    ("上上周三，腾讯发布新模型。", [("上上周三", "2025-02-26", "day")]),
    ("5天前，腾讯发布混元新模型。", [("5天前", "2025-03-07", "day")]),
    ("几周前，腾讯测试了新应用。", [("几周前", "2025-02-01", "month")]),
    ("兩週前，百度宣布文心一言免費。", [("两周前", "2025-02-24", "week")]),
    ("三個星期前，美團收購光年之外。", [("三个星期前", "2025-02-17", "week")]),
    ("上上週，騰訊發布新模型。", [("上上周", "2025-02-24", "week")]),
    ("數週前，騰訊測試了新應用。", [("数周前", "2025-02-01", "month")]),
]


@pytest.mark.parametrize(("sentence", "expected"), WEEKS_AGO_ROWS)
def test_weeks_ago_name_a_week(sentence, expected):
    assert found_dates(sentence, WEDNESDAY) == [(to_simplified(t), s, p) for t, s, p in expected]
