"""The dates a chart opens on: the span holding the dense mass of its marks, padded.

A folder of recent news still tells a few founding years (1998) and far plans (2030): an axis over
every mark gives the years holding almost all of them a fifth of the width. The rule, for marks on
a date axis (each a day or a period, anchored at its first day):

- the *core* runs from the mark at the ``TAIL_SHARE`` quantile to the one at ``1 - TAIL_SHARE``:
  at most that share of the marks lies beyond it on either side, so never more than twice it in all;
- marks within ``REACH_SHARE`` of the core's length (at least a year) of the core belong to the mass
  too: years near the mass, or a corpus spread evenly, stay in view; only far, sparse tails go;
- the trimmed span is used only when it is at most ``WORTH_SHARE`` of the span of every mark
  (hiding marks is worth a caption only when the mass gets half again as wide); else, and when the
  user chose the dates (``trim=False``), every mark is in view, as is any view of fewer than
  ``1 / TAIL_SHARE`` marks (its quantile marks are its first and last);
- the span is padded by ``PAD_SHARE`` of its length and at least ``MIN_PAD`` either side, so a mark at
  either end is not cut in half and the marks of one day span days, not hours.

The marks before and after are counted from the range itself: those lying wholly outside it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.markup import plural

TAIL_SHARE = 0.02
REACH_SHARE = 0.25
MIN_REACH = pd.Timedelta(days=366)
WORTH_SHARE = 2 / 3
PAD_SHARE = 0.03
MIN_PAD = pd.Timedelta(days=10)


@dataclass(frozen=True)
class DateRange:
    """The range a date axis opens on (``first`` to ``last``) and the marks lying wholly before and after it."""

    first: pd.Timestamp
    last: pd.Timestamp
    n_before: int = 0
    n_after: int = 0

    @property
    def n_outside(self) -> int:
        return self.n_before + self.n_after

    def axis_range(self) -> list[str]:
        """The range as Plotly's date axis takes it."""
        return [self.first.strftime("%Y-%m-%d"), self.last.strftime("%Y-%m-%d")]

    def outside_words(self, mark: str = "mark") -> str:
        """"shown: 2017-03 to 2027-01; 14 marks before and 3 after lie outside it", or "" when none does."""
        before, after = self.n_before, self.n_after
        if before and after:
            counted = f"{plural(before, mark)} before and {after:,} after"
        elif before or after:
            counted = f"{plural(before or after, mark)} {'before' if before else 'after'}"
        else:
            return ""
        verb = "lies" if self.n_outside == 1 else "lie"
        return f"shown: {self.first:%Y-%m} to {self.last:%Y-%m}; {counted} {verb} outside it"


def view_date_range(starts: pd.Series, stops: pd.Series | None = None, trim: bool = True) -> DateRange | None:
    """The range a chart of marks from ``starts`` to ``stops`` (exclusive; ``None``: points) opens on,
    by the module's rule; ``trim=False`` shows every mark. None when no mark has a date."""
    start = pd.to_datetime(pd.Series(starts), errors="coerce").reset_index(drop=True)
    stop = start if stops is None else pd.to_datetime(pd.Series(stops), errors="coerce").reset_index(drop=True)
    dated = start.notna() & stop.notna()
    start, stop = start[dated].to_numpy(), stop[dated].to_numpy()
    if not len(start):
        return None
    first, last = start.min(), stop.max()
    if trim:
        kept = _in_mass(start)
        if (stop[kept].max() - start[kept].min()) <= (last - first) * WORTH_SHARE:
            first, last = start[kept].min(), stop[kept].max()
    pad = max(pd.Timedelta(last - first) * PAD_SHARE, MIN_PAD)
    first, last = pd.Timestamp(first) - pad, pd.Timestamp(last) + pad
    return DateRange(first, last, int((stop <= first.to_datetime64()).sum()),
                     int((start >= last.to_datetime64()).sum()))


def _in_mass(start: np.ndarray) -> np.ndarray:
    """Which marks belong to the mass: within reach of the core between the tail quantiles."""
    ordered = np.sort(start)
    tail = int(len(ordered) * TAIL_SHARE)
    low, high = ordered[tail], ordered[len(ordered) - 1 - tail]
    reach = max(pd.Timedelta(high - low) * REACH_SHARE, MIN_REACH).to_timedelta64()
    return (start >= low - reach) & (start <= high + reach)
