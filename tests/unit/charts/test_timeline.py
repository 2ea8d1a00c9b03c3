"""Timeline marks of one lane that overlap are stacked apart: bars by more than their thickness."""

import pandas as pd
import pytest

from lib.analyze.timeline import BAR_START, BAR_STOP, COMPANY, PLACED_PRECISION
from lib.charts.timeline import BAR_THICKNESS, mark_positions


def _rows(precision: str, spans: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame({COMPANY: "Xiaohongshu", PLACED_PRECISION: precision,
                         BAR_START: [pd.Timestamp(a) for a, _ in spans], BAR_STOP: [pd.Timestamp(b) for _, b in spans]})


@pytest.mark.parametrize("count", [2, 3, 4])
def test_year_bars_of_one_year_are_separate_bars_not_a_band(count):
    rows = _rows("year", [("2024-01-01", "2024-12-31")] * count)
    y = sorted(mark_positions(rows, ["Xiaohongshu"]))
    assert all(b - a > BAR_THICKNESS for a, b in zip(y, y[1:], strict=False))
    assert max(y) - min(y) < 0.5  # they stay inside their lane


def test_days_far_apart_share_a_row_and_neighbouring_days_do_not():
    far = _rows("day", [("2023-01-05", "2023-01-05"), ("2023-09-05", "2023-09-05")])
    assert mark_positions(far, ["Xiaohongshu"]).nunique() == 1
    near = _rows("day", [("2023-01-05", "2023-01-05"), ("2023-01-06", "2023-01-06"), ("2023-09-05", "2023-09-05")])
    assert mark_positions(near, ["Xiaohongshu"]).nunique() == 2
