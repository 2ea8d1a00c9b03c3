"""Why an annotated event was missed, told by the stage that lost it (counts only, no rule).

A gold event the pipeline did not match strictly is put in one of these causes, so that a score says
where the work lies (the date reader, or what the article around a date does to it) without anyone
reading the held-out sentences:

- ``no year to read``: the article gives no year anywhere (``year_out_of_reach``);
- ``date words not read``: the date reader, given the sentence alone and the article's annotated
  publication date, reads nothing on the date's words: the reader does not know the expression;
- ``publication date not read``: the words need the publication date (alone, without it, they read
  nothing or another period; with the annotated one, the annotated period) and the article's reading
  found none in its metadata, header or text: the year-less day waits for its story to place it, the
  relative date has nothing to count from ("Dec 21 (Reuters) -", "北京】8月3日报道" left unread);
- ``read alone, no event; a company named``: the reader knows the words, but the article's reading
  kept no event on them although the sentence names a company (an event filter, a lost anchor);
- ``read alone, no event; no company named``: the same, in a sentence that only refers to its
  company ("the company", "该公司"): the context did not give it one;
- ``read alone right, wrong in the article``: alone, with the publication date, the words read the
  annotated period; in the article they read another (publication date not read, anchor, context);
- ``read wrong alone``: even alone the reader gives another period (a rule of the reader).

A period found on the date's words but not the annotated one is also told by how it differs
(``period_difference``): only the year, only the precision, or more.
"""

from __future__ import annotations

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import CuePatterns
from lib.parse.script import to_simplified
from lib.periods import parse_iso_period

NO_YEAR = "no year to read"
NOT_READ = "date words not read"
NO_PUBLICATION = "publication date not read"
NO_EVENT_NAMED = "read alone, no event; a company named"
NO_EVENT_REFERRED = "read alone, no event; no company named"
WRONG_IN_ARTICLE = "read alone right, wrong in the article"
WRONG_ALONE = "read wrong alone"
CAUSES = (NO_YEAR, NOT_READ, NO_PUBLICATION, NO_EVENT_NAMED, NO_EVENT_REFERRED, WRONG_IN_ARTICLE, WRONG_ALONE)


def miss_cause(sentence: str, words: tuple[int, int] | None, gold_period: tuple[str, str], published: str,
               cues: CuePatterns, *, found_near: bool, company_named: bool, out_of_reach: bool,
               published_read: bool = True) -> str:
    """The cause of one miss. ``sentence`` is the annotated sentence as ingested, ``words`` the span
    of the date's words in it (None when they were not found in it), ``gold_period`` the annotated
    (date, precision), ``published`` the annotated publication date; ``found_near``: the article's
    reading has an event on the words (with another period); ``published_read``: the article's reading
    found a publication date."""
    if out_of_reach:
        return NO_YEAR
    alone = _read_on(sentence, words, parse_iso_period(published), cues)
    if not alone:
        return NOT_READ
    right_alone = _reads(alone, gold_period)
    if right_alone and not published_read and not _reads(_read_on(sentence, words, None, cues), gold_period):
        return NO_PUBLICATION
    if found_near:
        return WRONG_IN_ARTICLE if right_alone else WRONG_ALONE
    if not right_alone:
        return WRONG_ALONE
    return NO_EVENT_NAMED if company_named else NO_EVENT_REFERRED


def _reads(matches: list, gold_period: tuple[str, str]) -> bool:
    """Whether one of the dates ``matches`` names the annotated (date, precision)."""
    return any((m.period.start.isoformat(), m.period.precision) == gold_period for m in matches)


def _read_on(sentence: str, words: tuple[int, int] | None, published, cues: CuePatterns) -> list:
    """The dates read on ``words`` in ``sentence`` alone, as the pipeline reads (on the simplified copy, the
    same length, so the spans hold), with the publication period ``published`` (None: none known)."""
    if words is None:
        return []
    return [m for m in find_dates(to_simplified(sentence), published, cues)
            if m.start < words[1] and words[0] < m.end]


ANOTHER_YEAR = "the same day or month of another year"
ANOTHER_PRECISION = "the same start, another precision"
SAME_YEAR = "another period of the same year"
ANOTHER_PERIOD = "another period of another year"
DIFFERENCES = (ANOTHER_YEAR, ANOTHER_PRECISION, SAME_YEAR, ANOTHER_PERIOD)


def period_difference(gold: tuple[str, str], read: tuple[str, str]) -> str:
    """How a period read, ``(YYYY-MM-DD start, precision)``, differs from the annotated one."""
    (gold_start, gold_precision), (read_start, read_precision) = gold, read
    if gold_precision == read_precision and gold_start[4:] == read_start[4:]:
        return ANOTHER_YEAR
    if gold_start == read_start:
        return ANOTHER_PRECISION
    return SAME_YEAR if gold_start[:4] == read_start[:4] else ANOTHER_PERIOD
