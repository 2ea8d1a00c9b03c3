"""A frame's column read as text, whether or not the frame has it (frames from before a column was added)."""

from __future__ import annotations

import pandas as pd


def text_column(frame: pd.DataFrame, column: str) -> pd.Series:
    """``column`` of ``frame`` as text, "" where empty or where the frame has no such column."""
    if column not in frame:
        return pd.Series("", index=frame.index, dtype=object)
    return frame[column].fillna("").astype(str)
