"""dates_zh_grammar on its own: the numerals, patterns and qualifiers the Chinese date readers share."""

from __future__ import annotations

import re

import pytest

from lib.chinese_numerals import chinese_number
from lib.extract.dates_spec import WHOLE_YEAR, day_part, half_part, month_part, quarter_part, year_edge_part
from lib.extract.dates_zh_grammar import DAY, MID, MONTH, YEAR, YEAR_QUALIFIER, year_part


@pytest.mark.parametrize(("written", "value"), [
    ("12", 12), ("十二", 12), ("十", 10), ("二十", 20), ("二十一", 21), ("三十一", 31), ("两", 2), ("二〇二四", 2024),
    ("二○一九", 2019), ("二零二五", 2025),
])
def test_chinese_number(written, value):
    assert chinese_number(written) == value


@pytest.mark.parametrize(("text", "part", "qualifier"), [
    ("2024年3月5日", day_part(3, 5), ""),
    ("2024年三月", month_part(3), ""),
    ("2024年3月下旬", month_part(3), "late"),
    ("2024年底", year_edge_part("end"), "end"),
    ("2024年中", year_edge_part("mid"), "mid"),
    ("2024年下半年", half_part(2), ""),
    ("2024年第四季度", quarter_part(4), ""),
    ("2024年Q3", quarter_part(3), ""),
    ("2024年", WHOLE_YEAR, ""),
])
def test_year_part(text, part, qualifier):
    pattern = re.compile(rf"{YEAR}(?:\s*(?:{MONTH}(?:\s*(?:{DAY}|(?P<mq>下旬)))?|{YEAR_QUALIFIER}))?")
    assert year_part(pattern.fullmatch(text)) == (part, qualifier)


@pytest.mark.parametrize(("text", "mid"), [
    ("年中", True),  # nothing goes on from 中
    ("年中发布", True),  # a verb follows
    ("年中前完成", True),
    ("年中国市场", False),  # China
    ("年中美会谈", False),
])
def test_mid_only_where_no_word_goes_on_from_it(text, mid):
    assert (re.match(rf"年{MID}", text) is not None) is mid


@pytest.mark.parametrize(("text", "day"), [
    ("3月12日", "12"), ("3月12-14日", "12"), ("3月3、4日", "3"), ("3月3和4日", "3"),
])
def test_a_day_may_share_the_last_days_ri(text, day):
    assert re.match(rf"{MONTH}\s*{DAY}", text)["day"] == day
