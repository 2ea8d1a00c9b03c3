"""dates_zh on its own: the Chinese candidate reader's readings, simplified and traditional (dates counted
from publication or from another date: test_dates_zh_relative).

Traditional rows are read through ``to_simplified``, as the pipeline does, so their words are given simplified.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_spec import (
    WHOLE_YEAR,
    Chained,
    DayOfMonth,
    InYear,
    OnWeekday,
    day_part,
    half_part,
    month_part,
    quarter_part,
)
from lib.extract.dates_zh import chinese_number, read_chinese_dates
from lib.parse.script import to_simplified
from tests.date_readings import reads_as

CASES = [
    ("2024年3月5日，阿里巴巴发布新模型。", "2024年3月5日", InYear(day_part(3, 5), year=2024)),
    ("2024年3月5日，阿里巴巴發佈新模型。", "2024年3月5日", InYear(day_part(3, 5), year=2024)),
    ("二〇二三年第四季度营收增长。", "二〇二三年第四季度", InYear(quarter_part(4), year=2023)),
    ("民国113年5月20日", "民国113年5月20日", InYear(day_part(5, 20), year=2024)),
    ("民國113年5月20日", "民国113年5月20日", InYear(day_part(5, 20), year=2024)),
    ("阿里巴巴2024上半年利潤上升。", "2024上半年", InYear(half_part(1), year=2024)),
    ("字节跳动去年8月推出豆包。", "去年8月", InYear(month_part(8), offset=-1)),
    ("字節跳動去年8月推出豆包。", "去年8月", InYear(month_part(8), offset=-1)),
    ("腾讯下半年将推出新产品。", "下半年", InYear(half_part(2), offset=0)),
    ("騰訊下半年將推出新產品。", "下半年", InYear(half_part(2), offset=0)),
    ("騰訊預計第四季度營收增長。", "第四季度", InYear(quarter_part(4))),  # named like a month: cues place it
    ("該公司年內上市。", "年内", InYear(WHOLE_YEAR, offset=0)),
    ("騰訊明年推出新遊戲。", "明年", InYear(WHOLE_YEAR, offset=1)),
    ("百度上周三宣布降价。", "上周三", OnWeekday(2, week_offset=-1)),
    ("百度上週三宣布降價。", "上周三", OnWeekday(2, week_offset=-1)),
    ("美團週三（5日）宣佈。", "周三（5日）", OnWeekday(2, day_of_month=5)),
    ("路透社14日援引消息", "14日", DayOfMonth(14)),
    ("快手3月5日至7日舉辦活動。", "7日", Chained("day", 2, same_sentence=True, range_end=True)),
    # nothing read
    ("阿里巴巴有3000名员工。", None, None),
    ("百度昨天宣布降价，次日腾讯跟进。", None, None),  # dates_zh_relative's
    ("阿里巴巴有3000名員工。", None, None),
    ("Alibaba reported results on March 5.", None, None),
]


@pytest.mark.parametrize(("text", "words", "spec"), CASES)
def test_read_chinese_dates(text, words, spec):
    assert reads_as(read_chinese_dates, to_simplified(text), words, spec)


@pytest.mark.parametrize(("written", "value"), [
    ("12", 12), ("十二", 12), ("十", 10), ("二十", 20), ("二十一", 21), ("两", 2), ("二〇二三", 2023),
])
def test_chinese_number(written, value):
    assert chinese_number(written) == value
