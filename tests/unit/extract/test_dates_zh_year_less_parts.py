"""dates_zh_year_less_parts: halves, quarters and edges of a year named without their year, as dates_zh's
reader reads them, simplified and traditional, with the English wording of the class where it has one.
Traditional rows are read through ``to_simplified``, as the pipeline does, so their words are given simplified.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_spec import WHOLE_YEAR, InYear, half_part, month_part, quarter_part, year_edge_part
from lib.extract.dates_zh import read_chinese_dates
from lib.parse.script import to_simplified
from tests.date_readings import found_dates, reads_as

READINGS = [
    ("腾讯下半年将推出新产品。", "下半年", InYear(half_part(2), offset=0, of_the_year=True)),
    ("騰訊下半年將推出新產品。", "下半年", InYear(half_part(2), offset=0, of_the_year=True)),
    ("騰訊預計第四季度營收增長。", "第四季度", InYear(quarter_part(4))),  # named like a month: cues place it
    ("該公司年內上市。", "年内", InYear(WHOLE_YEAR, offset=0, of_the_year=True)),
    ("腾讯第四季营收增长。", "第四季", InYear(quarter_part(4))),
    ("騰訊首季盈利增長。", "首季", InYear(quarter_part(1), offset=0)),
    ("小米二季报显示营收增长。", "二季", InYear(quarter_part(2))),
    ("阿里巴巴上半年末现金充裕。", "上半年末", InYear(month_part(6), "end", offset=0, of_the_year=True)),
    ("百度年底前推出新模型。", "年底", InYear(year_edge_part("end"), "end", offset=0, of_the_year=True)),
    ("騰訊年底前推出新遊戲。", "年底", InYear(year_edge_part("end"), "end", offset=0, of_the_year=True)),
    ("新年伊始，小米发布新车。", "新年伊始", InYear(year_edge_part("early"), "early", toward="new")),
    # nothing read: every year's end, a span of years, a show's season, the lunar new year, past years' ends
    ("小米每年年底发布新品。", None, None),
    ("腾讯两年内上市。", None, None),
    ("《乘风破浪》第四季开播。", None, None),
    ("農曆新年期間銷量上升。", None, None),
    ("往年年底銷量較高。", None, None),
    ("Tencent will launch the game in the second half.", None, None),
]


@pytest.mark.parametrize(("text", "words", "spec"), READINGS)
def test_read_chinese_year_less_parts(text, words, spec):
    assert reads_as(read_chinese_dates, to_simplified(text), words, spec)


# Class (split Q): Hong Kong's and Taiwan's press number a quarter with no 度 as 首季 and 次季 ("次季盈利急挫的
# 美團"): 次季 is the second quarter, as "the second quarter" is. Near misses: 次季度 (the next quarter), 这次季后赛
# (playoffs), 每次 before 季.
SECOND_QUARTER_ROWS = [
    ("Meituan, whose second-quarter profit plunged, rose 0.3%.", "2025-08-31",
     [("second-quarter", "2025-04-01", "quarter")]),
    ("腾讯次季收入增长15%。", "2025-08-31", [("次季", "2025-04-01", "quarter")]),
    ("小米次季营收创新高，净利增长。", "2024-08-31", [("次季", "2024-04-01", "quarter")]),
    ("美团次季度业绩将改善。", "2025-08-31", []),
    ("这次季后赛由腾讯转播。", "2025-08-31", []),
    ("次季盈利急挫的美團ADR回升0.3%。", "2025-08-31", [("次季", "2025-04-01", "quarter")]),
    ("京東次季淨利潤按年增長。", "2025-08-31", [("次季", "2025-04-01", "quarter")]),
    ("騰訊每次季度業績都超預期。", "2025-08-31", []),
    # 是次 is "this" (Hong Kong's written word, as 这次/此次): "this quarterly report" (zt3116, split AG), no second
    # quarter; English says "this quarterly report", which names no quarter either.
    ("阿里於是次季報中調整收入分部匯報方式。", "2025-08-30", []),
    ("阿里于是次季报中调整收入分部汇报方式。", "2025-08-30", []),
    ("In this quarterly report, Alibaba changed how it reports its segments.", "2025-08-30", []),
    ("公司在是次季度業績公告中預期。", "2025-09-01", []),
    ("阿里是次季報顯示，次季收入按年增2%。", "2025-08-30", [("次季", "2025-04-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SECOND_QUARTER_ROWS)
def test_the_second_quarter_without_its_du(text, published, expected):
    assert found_dates(text, published) == [(to_simplified(w), start, precision) for w, start, precision in expected]
