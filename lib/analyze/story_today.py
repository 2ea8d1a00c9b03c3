"""Today in an article with no date: a report of its own day, whose story only the company's stories can tell.

    【财华社讯】阿里巴巴(09988-HK)今日于港交所主板挂牌,首挂开报187港元 …   (no publication date anywhere)

A portal's lead or a market flash tells the happening of the day it is published on ("今日", "today"); when the
copy at hand keeps no publication date, extraction has no day to count from and makes no event, and the
article is missing from the story it reports. Such a sentence names its day no better than an undated "on
Tuesday" does: any day may be the one. So, for stories only, a sentence of an undated article that says today
(read by extraction's own date reader, as the very publication day against any publication day), names a
company, tells a happening (a trigger of ``lib/rules/event_triggers.csv``) and has no event of its own is a
report of an unknown day (qualifier ``TODAY_UNDATED``), and it joins a story only when exactly one story of its
company dated to a short period, told by two articles or more, with a report naming a single day, says alike at the
general bar: with two, the day is a guess. It keeps no date (the story's reports give theirs); like an opening
dated by its dateline it takes part in grouping and in the story's facts and evidence, never in the events frame.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd

from lib.analyze.event_vectors import EventVectors, event_vectors
from lib.analyze.story_days import ANY_DAY, DatedStory, stories_by_company_and_day
from lib.analyze.story_openings import publication_day, report_row, sentences_without_events
from lib.analyze.story_products import company_set
from lib.analyze.text_columns import text_column
from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import CuePatterns, cue_patterns
from lib.extract.event_types import EventTyper
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import builtin_rules
from lib.schema import HAPPENING_DAY_UNTOLD, TODAY_UNDATED, Doc, Event

# Two publication days a sentence is read against: words read as the very publication day both times say today
# ("今日", "today", "今16时"); a stated day or a bare day of month ("15日") cannot fall on both. A date told
# before it is given too, so words counted from another date ("當天", "首日", "that day") count from that one.
_STAND_INS = (Period(date(2001, 3, 14), "day"), Period(date(2002, 7, 23), "day"))
_TOLD_BEFORE = Period(date(2000, 5, 6), "day")
# What every word for today holds (今天, 今日, 今16时, 今晚, 截至发稿, 即日起, today, tonight, this morning; not 今年):
# an article or a sentence without any is never read, the reader costing about a millisecond a sentence.
_TODAY_HINTS_ZH = re.compile(r"今(?!年)|截[至止]|即日")
_TODAY_HINTS_EN = ("today", "tonight", "this morning", "this afternoon", "this evening")
# Reports of a day no date tells: an undated article's today, a happening's day named and not told
# (lib/analyze/story_happening_days.py).
_UNKNOWN_DAYS = (TODAY_UNDATED, HAPPENING_DAY_UNTOLD)
# A story one article tells is too little to give an unknown day its story.
_FEWEST_ARTICLES = 2


def today_reports(events: pd.DataFrame, documents: pd.DataFrame, mentions: pd.DataFrame | None,
                  sentences: pd.DataFrame | None, typer: EventTyper | None = None) -> pd.DataFrame:
    """The sentences (of the corpus's ``sentences`` frame) of undated ``documents`` that report their article's
    own day (``Event.COLUMNS``, one row each, index from 0); none when ``mentions`` or ``sentences`` is None
    (no way to tell which company they name, or where they are)."""
    if mentions is None or sentences is None or documents.empty or Doc.TEXT not in documents:
        return pd.DataFrame(columns=Event.COLUMNS)
    undated = documents[np.array([publication_day(published, precision) is None and _may_say_today(text)
                                  for published, precision, text in zip(
                                      text_column(documents, Doc.PUBLISHED), text_column(documents, Doc.DATE_PRECISION),
                                      text_column(documents, Doc.TEXT), strict=True)], dtype=bool)]
    typer = typer or EventTyper(builtin_rules().triggers)
    cues = cue_patterns(builtin_rules().future_cues)
    texts = dict(zip(undated[Doc.DOC_ID], undated[Doc.TEXT].astype(str), strict=True))
    rows = [row for doc_id, sent_id, span, names in sentences_without_events(events, mentions, sentences, list(texts))
            if (row := _report(doc_id, sent_id, texts[doc_id], span, names, typer, cues)) is not None]
    return pd.DataFrame(rows, columns=Event.COLUMNS)


def placed_today(reports: pd.DataFrame, vectors: np.ndarray | EventVectors, of_event: pd.Series, threshold: float,
                 short_period_days: int, products: pd.Series) -> pd.Series:
    """``of_event`` with each storyless ``TODAY_UNDATED`` or ``HAPPENING_DAY_UNTOLD`` report of ``reports`` in the
    one story of its company, dated to a short period and told by two articles or more, its sentence says alike
    (mean cosine at least ``threshold``; ``vectors`` one unit row per report, in frame order); none when two or
    none do. ``reports`` carry the dates their stories gave year-less ones (``Placement.dated``)."""
    story = of_event.reindex(reports.index).fillna("").astype(str)
    waiting = np.flatnonzero((reports[Event.QUALIFIER].isin(_UNKNOWN_DAYS) & (story == "")).to_numpy())
    if not len(waiting):
        return of_event
    companies = reports[Event.COMPANIES].fillna("").astype(str).to_numpy()
    names = {name for row in waiting for name in company_set(companies[row])}
    named = pd.Series([p if isinstance(p, frozenset) else frozenset() for p in products.reindex(reports.index)],
                      index=reports.index, dtype=object)
    blocks = stories_by_company_and_day(reports, story, set(), short_period_days, named, names)
    # An unknown day is a day: a story none of whose reports names a single day ("5月底", "in May") cannot give one.
    candidates = {row: [s for s in _candidates(company_set(companies[row]), blocks)
                        if s.articles >= _FEWEST_ARTICLES and s.has_days] for row in waiting}
    matrix = event_vectors(vectors)
    placed = {}
    for row, stories in candidates.items():
        if not stories:
            continue
        matrix.encode_rows(np.concatenate([[row]] + [s.rows for s in stories]))
        vector = matrix.of([row])[0]
        fits = [s.story_id for s in stories if float(matrix.of(s.rows).mean(axis=0) @ vector) >= threshold]
        if len(fits) == 1:
            placed[reports.index[row]] = fits[0]
    return of_event.mask(of_event.index.isin(placed.keys()), pd.Series(placed, dtype=object).reindex(of_event.index))


def _candidates(names: frozenset[str], blocks: dict[tuple[str, str], list[DatedStory]]) -> list[DatedStory]:
    """The short stories of the companies ``names``, each once."""
    return list({story.story_id: story for name in names for story in blocks.get((name, ANY_DAY), ())}.values())


def _report(doc_id: str, sent_id: int, text: str, span: tuple[int, int], companies: tuple[str, ...],
            typer: EventTyper, cues: CuePatterns) -> dict | None:
    """The row of the sentence at ``span`` when it says today and tells a happening, else None."""
    start, end = span
    simplified = to_simplified(text[start:end])  # the date words and triggers are read in simplified characters
    words = _today_words(simplified, cues) if _may_say_today(simplified) else None
    hits = typer.hits(simplified) if words is not None else []
    if not any(hits):
        return None
    return report_row(doc_id, sent_id, "today", text[start:end], text[start + words[0]:start + words[1]],
                      (start + words[0], start + words[1]), companies, typer.classify(simplified, words, hits),
                      TODAY_UNDATED)


def _may_say_today(text: str) -> bool:
    """Whether ``text`` holds a word any word for today holds."""
    lowered = text.lower()
    return bool(_TODAY_HINTS_ZH.search(text)) or any(hint in lowered for hint in _TODAY_HINTS_EN)


def _today_words(sentence: str, cues: CuePatterns) -> tuple[int, int] | None:
    """Where ``sentence`` first says today: words read as the publication day itself, whichever day that is."""
    spans = None
    for stand_in in _STAND_INS:
        found = {(m.start, m.end) for m in find_dates(sentence, stand_in, cues, anchor=_TOLD_BEFORE,
                                                      previous_sentence_date=_TOLD_BEFORE, last_told=_TOLD_BEFORE)
                 if m.period == stand_in}
        spans = found if spans is None else spans & found
    return min(spans) if spans else None
