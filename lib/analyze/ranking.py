"""The one order of every "most first" list: companies by mentions, lanes by events, outlets by documents.

Most first, ties by name, so that the order never depends on the order of the rows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def ranked_counts(values: pd.Series) -> pd.Series:
    """How often each value occurs (missing values left out), most first; ties by value."""
    return ranked(values.value_counts())


def ranked(counts: pd.Series) -> pd.Series:
    """``counts`` (a count per value, in the index) most first; ties by value."""
    return counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")


def ranked_codes(counts: np.ndarray) -> np.ndarray:
    """The codes (positions of ``counts``) with a count, most first; ties in code order.

    Codes of ``corpus_index.sorted_codes`` are in name order, so ties come by name.
    """
    present = np.flatnonzero(counts)
    return present[np.argsort(-counts[present], kind="stable")]
