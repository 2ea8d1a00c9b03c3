"""What a date reader (``read_english_dates``, ``read_chinese_dates``, …) makes of one text, for table tests."""

from __future__ import annotations

from collections.abc import Callable

from lib.extract.dates_spec import Candidate, DateSpec


def reads_as(read: Callable[[str], list[Candidate]], text: str, words: str | None, spec: DateSpec | None) -> bool:
    """Whether ``read`` reads ``words`` of ``text`` as ``spec`` (other readings may come too); with
    ``words`` None, whether it reads nothing at all in ``text``."""
    candidates = read(text)
    if words is None:
        return candidates == []
    return (words, spec) in {(text[candidate.start : candidate.end], candidate.spec) for candidate in candidates}
