"""A frame's column as text: "" for missing values, and for every row when the frame has no such column."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analyze.text_columns import text_column


@pytest.mark.parametrize(("values", "expected"), [
    pytest.param(["2025-01-27", None, ""], ["2025-01-27", "", ""], id="missing and empty values are empty text"),
    pytest.param(["--03", "---15", None], ["--03", "---15", ""], id="year-less days kept as written"),
    pytest.param(["字节跳动", "字節跳動", None], ["字节跳动", "字節跳動", ""], id="Chinese text unchanged"),
])
def test_a_column_as_text(values, expected):
    frame = pd.DataFrame({"published": values}, index=[10, 11, 12])
    column = text_column(frame, "published")
    assert column.tolist() == expected
    assert column.index.tolist() == [10, 11, 12]


def test_a_frame_without_the_column_gives_empty_text_on_its_index():
    frame = pd.DataFrame({"doc_id": ["d1", "d2"]}, index=[3, 5])
    column = text_column(frame, "month_day")
    assert column.tolist() == ["", ""]
    assert column.index.tolist() == [3, 5]


def test_the_frame_is_not_changed():
    frame = pd.DataFrame({"published": ["2025-01-27", None]})
    before = frame.copy()
    text_column(frame, "published")
    pd.testing.assert_frame_equal(frame, before)
