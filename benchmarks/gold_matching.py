"""Which extracted event row is a gold event's: the rows inside the annotated sentence that name its period,
one on the gold's own date words first; and where the annotated excerpt starts in the ingested text."""

from __future__ import annotations

from benchmarks.realnews import Excerpt, GoldEvent, sentence_span


def excerpt_start(text: str, excerpt: Excerpt) -> int:
    """Where the annotated excerpt starts in the ingested text (0 when its opening was changed)."""
    at = text.find(excerpt.text.strip()[:40])
    return max(at, 0)


def paired_rows(golds, spans, rows: list[dict]) -> dict[int, int]:
    """Which row each gold event is matched to (by position): a row of the gold's sentence and period, one on
    the gold's own words first. "hosted August 9 to 11 … on the first day" annotates two words of one day: the
    row read on "August 9" is that gold's, so that a miss falls on the words the pipeline did not read."""
    paired: dict[int, int] = {}
    for own_words_only in (True, False):
        for number, gold in enumerate(golds):
            region, words = spans[number]
            if number in paired or region is None:
                continue
            free = [i for i, row in enumerate(rows) if i not in paired.values() and inside(row, region)
                    and (row["date"], row["precision"]) == (gold.date, gold.precision)
                    and (overlaps(row, words) or not own_words_only)]
            if free:
                paired[number] = free[0]
    return paired


def gold_spans(text: str, gold: GoldEvent, start: int = 0) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Where the annotated sentence and its date words are in the ingested text, in the excerpt from ``start``
    (``excerpt_start``): a headline above it that repeats the sentence's words ("China grants publishing licenses
    for 70 online games in November" over "…approval of publishing licenses for 70 online games in November") is
    not annotated, and leaves the sentence found once."""
    if text.count(gold.sentence, start) != 1:
        return None, None
    region = sentence_span(text, gold.sentence, start)
    at = text.find(gold.date_text, region[0], region[1])
    return region, ((at, at + len(gold.date_text)) if at >= 0 else None)


def inside(row: dict, region: tuple[int, int] | None) -> bool:
    """Whether the event ``row`` lies in the gold's sentence ``region`` (None: the sentence was not found)."""
    return region is not None and region[0] <= int(row["start"]) and int(row["end"]) <= region[1]


def overlaps(row: dict, words: tuple[int, int] | None) -> bool:
    """Whether the event ``row`` shares a character with the gold's date ``words`` (None: not found)."""
    return words is not None and int(row["start"]) < words[1] and words[0] < int(row["end"])
