"""dates_zh_grammar on its own: the numerals, patterns and qualifiers the Chinese date readers share."""

from __future__ import annotations

import re
from datetime import date

import pytest

from lib.chinese_numerals import chinese_number
from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.dates_spec import WHOLE_YEAR, day_part, half_part, month_part, quarter_part, year_edge_part
from lib.extract.dates_zh_grammar import DAY, MID, MONTH, YEAR, YEAR_QUALIFIER, year_part
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import load_rules


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
    ("2024年年终", year_edge_part("end"), "end"),
    ("2019年期末", year_edge_part("end"), "end"),
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


# Class: the year's end written 年终/年終 ("在2025年年終之前完成IPO注冊申請", zt2509) or, of a reported year, 期末
# ("美元金额折算采用2019年期末汇率", zs603) after its year is that year's last quarter, as 年底 is; not the
# year-end bonus, a terminal, "finally", an end put to something, or a term's final exam.
_CUES = cue_patterns(load_rules().future_cues)
YEAR_END_ROWS = [
    ("市场普遍看好宇树科技在2025年年终之前完成IPO注册申请。", [("2025年年终", "2025-10-01", "quarter")]),
    ("市場普遍看好宇樹科技在2025年年終之前完成IPO注冊申請。", [("2025年年終", "2025-10-01", "quarter")]),
    ("美元金额折算采用2019年期末汇率。", [("2019年期末", "2019-10-01", "quarter")]),
    ("美元金額折算採用2019年期末匯率。", [("2019年期末", "2019-10-01", "quarter")]),
    ("华为去年年终发布了新品。", [("去年年终", "2024-10-01", "quarter")]),
    ("腾讯2024年年终奖人均超过10万元。", [("2024年", "2024-01-01", "year")]),
    ("騰訊2024年年終獎人均超過10萬元。", [("2024年", "2024-01-01", "year")]),
    ("小米2025年终端出货量增长。", [("2025年", "2025-01-01", "year")]),
    ("阿里2024年終於扭虧。", [("2024年", "2024-01-01", "year")]),
    ("公司2024年终止了该项目。", [("2024年", "2024-01-01", "year")]),
    ("學生2024年期末考試成績公布。", [("2024年", "2024-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_END_ROWS)
def test_the_years_end_written_nianzhong_or_qimo_after_its_year(text, expected):
    found = find_dates(to_simplified(text), Period(date(2025, 11, 20), "day"), _CUES)
    assert [(text[m.start:m.end], m.period.start.isoformat(), m.period.precision) for m in found] == expected


# Class: 年度 after a year names the year as 年 does before a part of it: "2021年度第二季度财报" (zs4069, zs4075) is
# one quarter, "2021年度上半年" one half, not the year and a bare quarter; 年度 before anything else (年度业绩,
# 年度报告) stays the year. Chinese only: English writes "the second quarter of 2021".
YEAR_DU_PART_ROWS = [
    ("腾讯今日发布2021年度第二季度财报。",
     [("今日", "2025-11-20", "day"), ("2021年度第二季度", "2021-04-01", "quarter")]),
    ("騰訊今日發布2021年度第二季度財報。",
     [("今日", "2025-11-20", "day"), ("2021年度第二季度", "2021-04-01", "quarter")]),
    ("小米2024年度上半年营收增长。", [("2024年度上半年", "2024-01-01", "half")]),
    ("小米2024年度上半年營收增長。", [("2024年度上半年", "2024-01-01", "half")]),
    ("京东2024年度第4季收入增长。", [("2024年度第4季", "2024-10-01", "quarter")]),
    ("腾讯发布2024年度业绩。", [("2024年", "2024-01-01", "year")]),
    ("騰訊發布2024年度業績。", [("2024年", "2024-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_DU_PART_ROWS)
def test_a_year_written_niandu_before_a_part_of_it_is_that_part(text, expected):
    found = find_dates(to_simplified(text), Period(date(2025, 11, 20), "day"), _CUES)
    assert [(text[m.start:m.end], m.period.start.isoformat(), m.period.precision) for m in found] == expected
