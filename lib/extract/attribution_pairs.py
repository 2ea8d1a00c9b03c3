"""Which of a sentence's named companies each date goes with, once the sentence is cut into clauses
(``attribution``): a clause listing as many companies as dates pairs them respectively ("Baidu and
Alibaba … in March and April"), as does one where each date follows its own company ("WeChat from
September 20 and TikTok from November 12"); a date whose clause names none takes the nearest clause
that does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Named:
    """A company named in a sentence: its mention's offsets in the sentence."""

    start: int
    end: int
    company: str


def paired_companies(sentence: str, dates: Sequence[tuple[int, int]], named: Sequence[Named],
                     coordinates: Callable[[str], bool]) -> list[str | None] | None:
    """One company per date when both are coordinated lists of the same length (``coordinates``: whether
    the gap between two items joins them), or when each date after the first company follows its own
    company ("said on Friday that … WeChat from September 20 and TikTok from November 12": None for
    Friday, which pairs with nothing); else None."""
    runs = company_runs(named)
    if len(runs) < 2 or len({company for company, _, _ in runs}) != len(runs):
        return None
    leading = [d for d in dates if d[0] < runs[0][2]]
    following = list(dates[len(leading):])
    if len(following) == len(runs) and all(
            run[2] <= date[0] and (later is None or date[1] <= later[1])
            for run, date, later in zip(runs, following, [*runs[1:], None], strict=True)):
        return [None] * len(leading) + [company for company, _, _ in runs]
    if len(dates) < 2 or len(runs) != len(dates):
        return None
    date_gaps = [sentence[a[1]:b[0]] for a, b in zip(dates, dates[1:], strict=False)]
    name_gaps = [sentence[a[2]:b[1]] for a, b in zip(runs, runs[1:], strict=False)]
    if all(coordinates(gap) for gap in date_gaps + name_gaps):
        return [company for company, _, _ in runs]
    return None


def company_runs(named: Sequence[Named]) -> list[tuple[str, int, int]]:
    """Consecutive mentions of one company merged: ``(company, first start, last end)``."""
    runs: list[tuple[str, int, int]] = []
    for n in sorted(named, key=lambda n: n.start):
        if runs and runs[-1][0] == n.company:
            runs[-1] = (n.company, runs[-1][1], n.end)
        else:
            runs.append((n.company, n.start, n.end))
    return runs


def nearest_with_companies(index: int, in_clause: Sequence[Sequence[Named]], later_first: bool = False) -> int | None:
    """The nearest clause naming a company: the earlier on a tie (a subject usually comes first),
    the later for a fronted date ("10月，华为手机销量…": the date opens the clause after it)."""
    for distance in range(len(in_clause)):
        order = (index + distance, index - distance) if later_first else (index - distance, index + distance)
        for candidate in order:
            if 0 <= candidate < len(in_clause) and in_clause[candidate]:
                return candidate
    return None
