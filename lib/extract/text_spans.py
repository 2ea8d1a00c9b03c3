"""Where the words a reader found lie in their sentence: whether a span of text overlaps others.

A date, a year-less day or a weekday read in one pass is left alone by a later pass where an earlier one
already read words of it; the readers ask ``clear_of``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class TextSpan(Protocol):
    """Anything that covers ``text[start:end]`` of its sentence: a date match, a candidate, a year-less day."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def clear_of(span: TextSpan, others: Iterable[TextSpan]) -> bool:
    """Whether ``span`` shares no character with any of ``others`` (touching ends do not overlap)."""
    return all(span.end <= other.start or span.start >= other.end for other in others)
