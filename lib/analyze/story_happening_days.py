"""The day of a happening a sentence names and no sentence dates: a report whose story only the company's stories
can tell.

    4月1日，長城汽車董事長魏建軍…。就在小米SU7上市當天，魏建軍現身發布會現場…

"上市當天" is the day of the SU7's launch: extraction counts it from the day the article tells that launch to
happen on, never from the date before, which told another happening (``Chained.happening_only``); an article
telling no such day leaves it unread, and the sentence is missing from the launch story it reports. Like an
undated article's today (``lib/analyze/story_today.py``), for stories only, a sentence that names a company, tells
a happening and has no event of its own, whose day words extraction reads as the day of a happening once one is
told, is a report of an unknown day (qualifier ``HAPPENING_DAY_UNTOLD``); it is placed as today is, in the one
short story of its company told by two articles or more that says alike.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from lib.analyze.story_openings import report_row, sentences_without_events
from lib.analyze.text_columns import text_column
from lib.extract.dates import find_dates
from lib.extract.event_types import EventTyper
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.schema import HAPPENING_DAY_UNTOLD, Doc, Event

# A day read as a listing's or a launch's: words counted from it ("上市当天") read as it, and no other day.
_STAND_IN = Period(date(2001, 3, 14), "day")
# What such words hold (上市 and 当天, "launch" and "day"): a sentence holding none is never read, the reader costing
# about a millisecond a sentence.
_HAPPENING_WORDS = tuple(words_by_kind(builtin_rules().relative_date_neighbours_zh)["first_day_happening"])
_DAY_WORDS_ZH = tuple(w.word for w in builtin_rules().date_words_zh
                      if w.kind in ("chain", "chain_from_happening") and (w.unit, w.offset) == ("day", 0))
_HAPPENING_NOUNS_EN = re.compile(rf"(?i:\b(?:{alternation(builtin_rules().happening_days_en)})\b)")


def happening_day_reports(events: pd.DataFrame, documents: pd.DataFrame, mentions: pd.DataFrame | None,
                          sentences: pd.DataFrame | None, typer: EventTyper | None = None) -> pd.DataFrame:
    """The sentences of ``documents`` with no event that report the day of a happening they name, one row each
    (``Event.COLUMNS``, index from 0); none without ``mentions`` or ``sentences``."""
    if mentions is None or sentences is None or documents.empty or Doc.TEXT not in documents:
        return pd.DataFrame(columns=Event.COLUMNS)
    texts = dict(zip(text_column(documents, Doc.DOC_ID), text_column(documents, Doc.TEXT), strict=True))
    hinted = [doc_id for doc_id, text in texts.items() if _may_name_a_happening(to_simplified(text))]
    typer = typer or EventTyper(builtin_rules().triggers)
    rows = [row for doc_id, sent_id, span, names in sentences_without_events(events, mentions, sentences, hinted)
            if (row := _report(doc_id, sent_id, texts[doc_id], span, names, typer)) is not None]
    return pd.DataFrame(rows, columns=Event.COLUMNS)


def _report(doc_id: str, sent_id: int, text: str, span: tuple[int, int], companies: tuple[str, ...],
            typer: EventTyper) -> dict | None:
    """The row of the sentence at ``span`` when its day is a happening's it names and it tells a happening."""
    start, end = span
    simplified = to_simplified(text[start:end])
    if not _may_name_a_happening(simplified):
        return None
    told = {(m.start, m.end) for m in find_dates(simplified, None, happening_day=_STAND_IN) if m.period == _STAND_IN}
    hits = typer.hits(simplified) if told else []
    if not any(hits):
        return None
    words = min(told)
    return report_row(doc_id, sent_id, "happening", text[start:end], text[start + words[0]:start + words[1]],
                      (start + words[0], start + words[1]), companies, typer.classify(simplified, words, hits),
                      HAPPENING_DAY_UNTOLD)


def _may_name_a_happening(text: str) -> bool:
    """Whether ``text`` (simplified) holds a word for a listing, a sale or a launch and one for its day, Chinese or
    English."""
    if any(word in text for word in _HAPPENING_WORDS) and any(word in text for word in _DAY_WORDS_ZH):
        return True
    return "day" in text.lower() and _HAPPENING_NOUNS_EN.search(text) is not None
