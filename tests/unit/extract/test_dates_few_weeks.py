"""dates_few_weeks: a few weeks back left uncounted ("just weeks ago", "a few weeks ago", 几周前, 數週前) is
the month of the day three weeks before publication (lib/rules/weeks_ago_words.csv); a stated count stays
the week (dates_en_relative, dates_zh_relative), weeks ahead and weeks before an event stay unread.

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_few_weeks import read_few_weeks_back
from lib.extract.dates_spec import Shift
from lib.parse.script import to_simplified
from lib.rules.dates import parse_weeks_ago_words
from lib.rules.rule_file import RuleWarning
from tests.date_readings import found_dates, reads_as

EARLY_IN_MONTH = "2025-03-12"  # three weeks back is February 19
LATE_IN_MONTH = "2025-03-27"  # three weeks back is March 6

FEW_WEEKS_ROWS = [
    (EARLY_IN_MONTH, "That is up from a $3 billion valuation just weeks ago, people familiar said.",
     [("just weeks ago", "2025-02-01", "month")]),
    (EARLY_IN_MONTH, "A few weeks ago, Baidu cut the price of its Ernie model.",
     [("A few weeks ago", "2025-02-01", "month")]),
    (EARLY_IN_MONTH, "Weeks ago, Tencent quietly pulled the app from stores.", [("Weeks ago", "2025-02-01", "month")]),
    (LATE_IN_MONTH, "Alibaba said several weeks ago that it would spin off the unit.",
     [("several weeks ago", "2025-03-01", "month")]),
    (EARLY_IN_MONTH, "几周前，字节跳动下调了豆包大模型的价格。", [("几周前", "2025-02-01", "month")]),
    (EARLY_IN_MONTH, "百度数周前已向监管部门报备此事。", [("数周前", "2025-02-01", "month")]),
    (LATE_IN_MONTH, "就在几个星期前，美团还否认了这一传闻。", [("几个星期前", "2025-03-01", "month")]),
    (EARLY_IN_MONTH, "台積電在幾周前已向美國商務部通報此事。", [("几周前", "2025-02-01", "month")]),
    (EARLY_IN_MONTH, "數週前，騰訊下架了這款應用。", [("数周前", "2025-02-01", "month")]),
    (LATE_IN_MONTH, "阿里巴巴幾個星期前宣佈分拆雲業務。", [("几个星期前", "2025-03-01", "month")]),
    # near misses: a stated count is the week; weeks ahead, a span and weeks before an event name no date
    (EARLY_IN_MONTH, "Three weeks ago, Meituan bought the start-up.", [("Three weeks ago", "2025-02-17", "week")]),
    (EARLY_IN_MONTH, "Two or three weeks ago, Baidu cut prices.", [("three weeks ago", "2025-02-17", "week")]),
    (EARLY_IN_MONTH, "Tencent will launch the app in a few weeks.", []),
    (EARLY_IN_MONTH, "For weeks, Alibaba tested the model.", []),
    (EARLY_IN_MONTH, "两周前，百度宣布文心一言免费。", [("两周前", "2025-02-24", "week")]),
    (EARLY_IN_MONTH, "十几周前，腾讯发布了新模型。", []),
    (EARLY_IN_MONTH, "几周后，腾讯将发布新模型。", []),
    (EARLY_IN_MONTH, "在发布会的几周前，小米就开始预热。", []),
    (EARLY_IN_MONTH, "幾週後，阿里巴巴將公布財報。", []),
    (EARLY_IN_MONTH, "過去幾週，騰訊股價持續上漲。", []),
]


@pytest.mark.parametrize(("published", "sentence", "expected"), FEW_WEEKS_ROWS)
def test_a_few_weeks_back_is_the_month_three_weeks_before_publication(published, sentence, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


def test_a_few_weeks_back_needs_a_day_precise_publication():
    assert found_dates("A few weeks ago, Baidu cut prices.", "2025-03") == []


def test_the_reader_reads_the_words_of_the_rule_file():
    assert reads_as(read_few_weeks_back, "It sold mere weeks ago.", "mere weeks ago",
                    Shift("day", -21, in_month=True))
    assert reads_as(read_few_weeks_back, "It sold three weeks ago.", None, None)


def test_weeks_ago_rows_name_a_language():
    warnings: list[RuleWarning] = []
    rows = parse_weeks_ago_words("kind,word\nen,A  Few\nzh,几\nfr,quelques\n", warnings)
    assert rows == [("en", "a few"), ("zh", "几")]
    assert [warning.line for warning in warnings] == [4]
