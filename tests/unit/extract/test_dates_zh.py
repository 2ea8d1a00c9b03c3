"""dates_zh on its own: the Chinese candidate reader's readings, simplified and traditional (dates counted
from publication or from another date: test_dates_zh_relative).

Days without their month ("14日", "5日至7日"): test_dates_zh_days; weekdays ("上周三", "周三（5日）"):
test_dates_zh_weekdays; halves, quarters and edges of a year named without it ("下半年", "次季", "年内"):
test_dates_zh_year_less_parts. Traditional rows are read through
``to_simplified``, as the pipeline does, so their words are given simplified.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_spec import (
    WHOLE_YEAR,
    InYear,
    day_part,
    half_part,
    month_part,
    quarter_part,
)
from lib.extract.dates_zh import chinese_number, read_chinese_dates
from lib.parse.script import to_simplified
from tests.date_readings import found_dates, reads_as

CASES = [
    ("2024年3月5日，阿里巴巴发布新模型。", "2024年3月5日", InYear(day_part(3, 5), year=2024)),
    ("2024年3月5日，阿里巴巴發佈新模型。", "2024年3月5日", InYear(day_part(3, 5), year=2024)),
    ("二〇二三年第四季度营收增长。", "二〇二三年第四季度", InYear(quarter_part(4), year=2023)),
    ("民国113年5月20日", "民国113年5月20日", InYear(day_part(5, 20), year=2024)),
    ("民國113年5月20日", "民国113年5月20日", InYear(day_part(5, 20), year=2024)),
    ("阿里巴巴2024上半年利潤上升。", "2024上半年", InYear(half_part(1), year=2024)),
    ("字节跳动去年8月推出豆包。", "去年8月", InYear(month_part(8), offset=-1)),
    ("字節跳動去年8月推出豆包。", "去年8月", InYear(month_part(8), offset=-1)),
    ("騰訊明年推出新遊戲。", "明年", InYear(WHOLE_YEAR, offset=1)),
    # A list's last month after 和 / 及 / 以及 (each month carries its 月; English needs its serial comma read:
    # test_dates_en_bare).
    ("北京在4月、6月、7月和8月的审批中均未给予腾讯版号。", "8月", InYear(month_part(8))),
    ("北京在4月、6月、7月及8月的審批中均未給予騰訊版號。", "8月", InYear(month_part(8))),
    ("海光股價在8月、9月以及10月分別下跌。", "10月", InYear(month_part(10))),
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


# A one-character amount word (达 "reaching", 约 "about", 近 "nearly", 超 "over", 共) also ends names: 英伟达,
# 广达, 万达, 纽约, 中共. A year right after one is a year unless a span word after it (之久, 历史, 以上, 左右)
# makes it a count of years; a measuring word of two characters (长达, 历时) makes it one by itself. 超过 also
# sets a figure against a year's ("超过2019年的22亿"): a count of years only with a span word after it.
# English amount words ("about", "over") are words of their own, never the end of a name: a year after
# a name is read, after an amount word it is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("广达2004年与麻省理工学院合作研究人工智能。", [("2004年", "2004-01-01", "year")]),
        ("英伟达2024年营收增长逾一倍。", [("2024年", "2024-01-01", "year")]),
        ("万达2017年出售旗下文旅项目。", [("2017年", "2017-01-01", "year")]),
        ("纽约2024年起对外卖平台实施最低工资。", [("2024年", "2024-01-01", "year")]),
        ("字节跳动的市场规模预计达2023年的三倍。", [("2023年", "2023-01-01", "year")]),
        ("营收达2004亿元，同比增长12%。", []),
        ("这座古城的历史长达2000年。", []),
        ("这项技艺已流传达2000年之久。", []),
        ("该公司2020年的净亏损为40亿元，超过2019年的22亿元。", [("2020年", "2020-01-01", "year"),
                                                   ("2019年", "2019-01-01", "year")]),
        ("这座寺庙已有超过2000年的历史。", []),
        ("這座古城超過2000年歷史。", []),
        ("京東物流2020年虧損40億元，超過2019年的22億元。", [("2020年", "2020-01-01", "year"),
                                              ("2019年", "2019-01-01", "year")]),
        ("廣達2004年與麻省理工學院合作研究人工智慧。", [("2004年", "2004-01-01", "year")]),
        ("輝達2024年營收增長逾一倍。", [("2024年", "2024-01-01", "year")]),
        ("友達2023年虧損擴大。", [("2023年", "2023-01-01", "year")]),
        ("鴻海營收達2004億元。", []),
        ("這項工藝約2000年歷史。", []),
        ("Quanta went to MIT's AI lab in 2004.", [("2004", "2004-01-01", "year")]),
        ("Wanda sold its theme parks in 2017.", [("2017", "2017-01-01", "year")]),
        ("The craft has been practised for about 2000 years.", []),
        ("Foxconn's revenue rose to over 2004 billion yuan.", []),
        ("Its 2020 net loss of 4 billion yuan exceeded the 2.2 billion of 2019.", [("2020", "2020-01-01", "year"),
                                                                                 ("2019", "2019-01-01", "year")]),
        ("The temple has stood for over 2000 years.", []),
    ],
)
def test_a_year_after_a_name_ending_in_an_amount_word(text, expected):
    assert found_dates(text, "2025-06-10") == [(to_simplified(words), start, precision)
                                               for words, start, precision in expected]
