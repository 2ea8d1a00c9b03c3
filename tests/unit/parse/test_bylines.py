"""The outlet and author read from byline lines: labelled lines in English, simplified and traditional
Chinese, "By …" lines, and lines that name no outlet or author."""

from __future__ import annotations

import pytest

from lib.parse.bylines import source_and_author

# (line, label it was cut with or None) -> (source, author)
BYLINE_LINES = [
    ("Source: Sina Technology (ID: techsina), author | Zhou Wenmeng", None, ("Sina Technology", "Zhou Wenmeng")),
    ("Written by | Lan Dong Business, Zhao Weiwei", "byline", ("Lan Dong Business", "Zhao Weiwei")),
    ("By Jane Doe, Staff Writer | Tech Ledger", "byline", ("Tech Ledger", "Jane Doe")),
    ("By Staff Reporter | TechNode | January 22, 2025", "byline", ("TechNode", "Staff Reporter")),
    ("来源：36氪 作者：张三 编辑：李四", None, ("36氪", "张三")),
    ("文 | 王五", None, ("", "王五")),
    ("本文来源：钛媒体", "byline", ("钛媒体", "")),
    ("來源：鉅亨網 作者：陳冠宇", None, ("鉅亨網", "陳冠宇")),  # traditional labels; values keep their script
    ("作者：張三（實習生）", None, ("", "張三")),  # a parenthesis dropped
    # No byline: a "By …" line that was not cut as one, a sentence, a label without its separator, a long line.
    ("By Jane Doe", None, ("", "")),
    ("Sales rose by 20% in the quarter.", None, ("", "")),
    ("来源于网络的消息称字节跳动将发布新模型。", None, ("", "")),
    ("消息來源指出，台積電將於明年擴產。", None, ("", "")),
    ("作者：" + "张" * 200, None, ("", "")),
]


@pytest.mark.parametrize(("line", "cut_as", "found"), BYLINE_LINES)
def test_a_byline_line_gives_its_source_and_author(line, cut_as, found):
    assert source_and_author([(line, cut_as)]) == found


def test_the_first_source_and_the_first_author_of_the_lines_win():
    lines = [("来源：36氪", None), ("Source: Reuters", None), ("作者：张三", None), ("By Jane Doe", "byline")]
    assert source_and_author(lines) == ("36氪", "张三")
    assert source_and_author([]) == ("", "")
