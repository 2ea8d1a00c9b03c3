"""What a date reader (``read_english_dates``, ``read_chinese_dates``, …) or ``find_dates`` makes of one text,
for table tests."""

from __future__ import annotations

from collections.abc import Callable

from lib.extract.dates import find_dates
from lib.extract.dates_carried_forward import anchor_after, happening_day_after, in_focus
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.dates_results_period import half_reported
from lib.extract.dates_spec import Candidate, DateSpec
from lib.parse.script import to_simplified
from lib.parse.sentences import split_sentences
from lib.periods import parse_iso_period
from lib.rules import builtin_rules

FUTURE_CUES = cue_patterns(builtin_rules().future_cues)


def reads_as(read: Callable[[str], list[Candidate]], text: str, words: str | None, spec: DateSpec | None) -> bool:
    """Whether ``read`` reads ``words`` of ``text`` as ``spec`` (other readings may come too); with
    ``words`` None, whether it reads nothing at all in ``text``."""
    candidates = read(text)
    if words is None:
        return candidates == []
    return (words, spec) in {(text[candidate.start : candidate.end], candidate.spec) for candidate in candidates}


def found_dates(sentence: str, published_iso: str) -> list[tuple[str, str, str]]:
    """(words, ISO start, precision) of every date ``find_dates`` finds in ``sentence`` (read as simplified,
    as the pipeline does) with the built-in future cues."""
    return [(m.text, m.period.start.isoformat(), m.period.precision)
            for m in find_dates(to_simplified(sentence), parse_iso_period(published_iso), FUTURE_CUES)]


def read_in_order(text: str, published_iso: str) -> list[tuple[str, str, str]]:
    """(words, ISO start, precision) of every date in ``text`` (read as simplified), sentence by sentence, each
    sentence handed what the pipeline hands it: the last day, the date of the sentence before, the period
    in focus (a half-year report named without its year included) and the last listing's or launch's day."""
    found, previous, anchor, focus, happening = [], None, None, None, None
    simplified = to_simplified(text)
    for start, end in split_sentences(simplified):
        matches = find_dates(simplified[start:end], parse_iso_period(published_iso), FUTURE_CUES,
                             anchor=anchor, previous_sentence_date=previous, focus=focus, happening_day=happening)
        found += [(m.text, m.period.start.isoformat(), m.period.precision) for m in matches]
        previous = matches[-1].period if matches else None
        anchor = anchor_after(matches, anchor)
        happening = happening_day_after(simplified[start:end], matches, happening)
        focus = in_focus(matches, half_reported(simplified[start:end], parse_iso_period(published_iso)) or focus,
                         simplified[start:end])
    return found



def told_in_order(sentences: list[str], published_iso: str) -> list[tuple[str, str, str]]:
    """(words, ISO start, precision) of every date in ``sentences`` (read as simplified), each sentence handed
    the last day, the date of the sentence before and the last date told however far back (``last_told``),
    as events do."""
    found, previous, anchor, last_told = [], None, None, None
    for sentence in map(to_simplified, sentences):
        matches = find_dates(sentence, parse_iso_period(published_iso), FUTURE_CUES,
                             anchor=anchor, previous_sentence_date=previous, last_told=last_told)
        found += [(m.text, m.period.start.isoformat(), m.period.precision) for m in matches]
        previous = matches[-1].period if matches else None
        anchor = anchor_after(matches, anchor)
        last_told = previous or last_told
    return found
