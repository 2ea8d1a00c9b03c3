"""dates_seasons: an English season with its year is the quarter holding most of it (lib/rules/seasons.csv);
a season alone is no date, and Chinese seasons are left to the year before them, as the annotated set
reads "明年春天"."""

from __future__ import annotations

import pytest

from lib.extract.dates_seasons import read_season_dates
from lib.extract.dates_spec import InYear, quarter_part
from lib.rules.dates import parse_seasons
from lib.rules.rule_file import RuleWarning
from tests.date_readings import found_dates, reads_as

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WeRide rides will launch from summer 2025, pending approval.", [("summer 2025", "2025-07-01", "quarter")]),
        ("Xiaomi plans to ship the car in the spring of 2026.", [("spring of 2026", "2026-04-01", "quarter")]),
        ("Baidu will open the office later this summer.", [("later this summer", "2025-07-01", "quarter")]),
        ("Summer 2024 was quiet for Alibaba.", [("Summer 2024", "2024-07-01", "quarter")]),
        ("小米计划明年春天发布新车。", [("明年", "2026-01-01", "year")]),
        ("小米計劃2026年夏季推出新車。", [("2026年", "2026-01-01", "year")]),
        # near misses: no year with the season, or a festival's name
        ("Alibaba hires graduates every summer.", []),
        ("Tencent ran ads during the Spring Festival 2025 gala.",
         [("Spring Festival", "2025-01-29", "day"), ("2025", "2025-01-01", "year")]),
        ("美团每年夏天推出外卖优惠。", []),
        ("美團每年春季推出外賣優惠。", []),
    ],
)
def test_a_season_with_its_year_is_a_quarter(text, expected):
    assert found_dates(text, PUBLISHED) == expected


def test_the_reader_reads_the_season_of_the_rule_file():
    assert reads_as(read_season_dates, "It opens next spring.", "next spring", InYear(quarter_part(2), offset=1))
    assert reads_as(read_season_dates, "夏天到了。", None, None)


def test_season_rows_name_a_quarter():
    warnings: list[RuleWarning] = []
    rows = parse_seasons("quarter,word\n3,summer\n5,winter\n", warnings)
    assert rows == [(3, "summer")]
    assert [warning.line for warning in warnings] == [3]
