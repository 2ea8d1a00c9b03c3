"""The year-less end of a range takes the start's year, in English and Chinese."""

from datetime import date

import pytest

from lib.extract.dates import find_dates
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import load_rules

FUTURE_CUES = load_rules().future_cues

PUBLISHED = Period(date(2025, 8, 28), "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美团2024年3月至5月试点骑手社保。", [("2024年3月", "2024-03-01"), ("5月", "2024-05-01")]),
        ("美團2024年3月至5月試點騎手社保。", [("2024年3月", "2024-03-01"), ("5月", "2024-05-01")]),
        ("百度2024年3月到6月测试文心4.0。", [("2024年3月", "2024-03-01"), ("6月", "2024-06-01")]),
        # an end before its start is in the following year
        ("京东2024年11月至2月开展年货节。", [("2024年11月", "2024-11-01"), ("2月", "2025-02-01")]),
        ("Meituan tested the scheme from March 2024 to May.", [("March 2024", "2024-03-01"), ("May", "2024-05-01")]),
        ("Baidu ran the trial from November 2023 through February.",
         [("November 2023", "2023-11-01"), ("February", "2024-02-01")]),
        # not a range: a comma and other words stand between, so the later month keeps the usual rule
        ("阿里2024年3月发布模型，5月后降价。", [("2024年3月", "2024-03-01"), ("5月", "2025-05-01")]),
        # a year-less start places its end: a cue before the start puts the whole range ahead
        ("2025年华为开发者大会将于北京时间9 月 10 日至 9 月 12 日在东莞松山湖举行。",
         [("2025年", "2025-01-01"), ("9 月 10 日", "2025-09-10"), ("9 月 12 日", "2025-09-12")]),
        ("華為開發者大會將於9月10日至9月12日在東莞舉行。", [("9月10日", "2025-09-10"), ("9月12日", "2025-09-12")]),
        ("Huawei's developer conference will run from September 10 to September 12.",
         [("September 10", "2025-09-10"), ("September 12", "2025-09-12")]),
        ("Xiaomi tested the car between August 20 and September 2.",
         [("August 20", "2025-08-20"), ("September 2", "2025-09-02")]),
        # both ends state their years
        ("腾讯2018至2020年投入云计算。", [("2018", "2018-01-01"), ("2020年", "2020-01-01")]),
    ],
)
def test_a_range_end_takes_its_starts_year(text, expected):
    found = find_dates(to_simplified(text), PUBLISHED, FUTURE_CUES)
    assert [(text[m.start:m.end], m.period.start.isoformat()) for m in found] == expected
