"""A figure a company's report or sales event is told by, in a sentence that names no company.

An article about one company goes on with its figures without naming it again: "This year's tally was
33% higher than last year's", "the total GMV this year is almost double", "Q2 operating net cash flow at
8.5 billion yuan", 今年的成交额较去年增长三成. The figure words are the ``=`` lines of
``lib/rules/company_references.txt``; a scope makes the figure a market's wherever it stands (全国汽车销售额,
两市成交额, "retail sales": the ``=-`` lines), as a subject of its own does (``Attributor``).
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.extract.attribution_cues import cue_alternation


class FocusFigures:
    """The ``=`` figure words and ``=-`` market scopes of the references file, compiled once."""

    def __init__(self, references: Sequence[str]) -> None:
        # A results release marks its figures with footnotes ("GMV1 in the twelve-month period ended …").
        self._figure = cue_alternation((word[1:] for word in references if word.startswith("=") and word[1:2] != "-"),
                                       footnoted=True)
        self._market = cue_alternation(word[2:] for word in references if word.startswith("=-") and word[2:])

    def tells(self, text: str, amount_compared: bool = False) -> bool:
        """Whether ``text`` (simplified) holds a figure word, or with ``amount_compared`` (an amount set against a
        stated period: "to 147.8 million from 111.3 million in Q2 2018") any figure, and no market's scope."""
        if not amount_compared and (self._figure is None or self._figure.search(text) is None):
            return False
        return self._market is None or self._market.search(text) is None
