"""Openings dated by their dateline: a wire or portal lead's first sentence as a report of that day.

    Rome, Jan. 30 (LaPresse) – The Garante … has ordered … the restriction of … DeepSeek …
    BEIJING, Jan 30 (Reuters) - DeepSeek released …
    新华社北京1月9日电 …    品玩6月20日讯，字节跳动发布了…

A wire story or a portal's news item is written from its dateline: the line names the day it was filed,
and the first sentence tells that day's happening, most often without naming the day again (the
dateline has said it). Extraction rightly makes no event of the dateline itself (its date is the
publication's, and on real news a dateline dates background as often as news), so such an opening
is no event and its article is missing from the story it reports. For stories only, the opening
sentence right after a dateline that states its day is taken as a report of that day when it names a
company, tells a happening (a trigger of ``lib/rules/event_triggers.csv``) and has no date of its
own. A feature's opening ("BEIJING, Aug. 6 (Xinhua) - As an electric piano softly rippled out…")
tells no happening, a lead about a market or a regulator alone names no company, and an article
without a dateline gets none. The dateline of an article with no publication date that states no year
("【香港中通社十五日電】", "BEIJING, Jan 30 (Reuters) -") is a year-less day, as a "15日" or "on January 30" in
its text is: the opening keeps no date, only its ``Event.MONTH_DAY`` ("---15", "01-30"), and its story may
place it (``lib.analyze.story_years``), as a reader places the dateline by the story it tells.

The rows have the events frame's columns, ``Event.QUALIFIER`` ``DATELINE_DAY``, and their date words
are the dateline's; they take part in grouping and in the stories' facts and evidence, never in the
events frame itself.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import date, timedelta

import pandas as pd

from lib.analyze.text_columns import text_column
from lib.extract.event_types import EventTyper
from lib.parse.datelines import Dateline, DatelineReader
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import builtin_rules
from lib.schema import COMPANY_SEPARATOR, DATELINE_DAY, DAY_OF_MONTH_MARK, Doc, Event, Mention, Sent

# A dateline opens the first paragraph, after a headline and a byline line or two.
OPENING_LINES = 6
# A page reposting a wire story may be dated up to a month after the day its dateline names.
FILED_WITHIN_DAYS = 31


def opening_reports(events: pd.DataFrame, documents: pd.DataFrame, mentions: pd.DataFrame | None,
                    sentences: pd.DataFrame | None, reader: DatelineReader | None = None,
                    typer: EventTyper | None = None) -> pd.DataFrame:
    """The openings of ``documents`` that report their dateline's day (``Event.COLUMNS``, one row
    each, index from 0), their sentences those of the corpus's ``sentences`` frame; none when ``mentions``
    or ``sentences`` is None (no way to tell which company they name, or where their first sentence is)."""
    if mentions is None or sentences is None or documents.empty or Doc.TEXT not in documents:
        return pd.DataFrame(columns=Event.COLUMNS)
    documents = documents[_may_open_with_a_dated_dateline(documents[Doc.TEXT])]
    if documents.empty:
        return pd.DataFrame(columns=Event.COLUMNS)
    reader = reader or DatelineReader(builtin_rules().dateline_cues)
    spans = sentence_spans(sentences, set(documents[Doc.DOC_ID]))
    openings = [(doc_id, text, found) for doc_id, text, published, precision in zip(
                    documents[Doc.DOC_ID], documents[Doc.TEXT].astype(str), text_column(documents, Doc.PUBLISHED),
                    text_column(documents, Doc.DATE_PRECISION), strict=True)
                if (found := _dated_opening(text, spans.get(doc_id, ()), publication_day(published, precision),
                                            reader, undated=not published)) is not None]
    own = events[events[Event.DOC_ID].isin([doc_id for doc_id, _, _ in openings])]
    dated = set(zip(own[Event.DOC_ID], own[Event.SENT_ID].astype(int), strict=True))
    openings = [(doc_id, text, found) for doc_id, text, found in openings if (doc_id, found[2][0]) not in dated]
    if not openings:
        return pd.DataFrame(columns=Event.COLUMNS)
    typer = typer or EventTyper(builtin_rules().triggers)
    companies = companies_by_sentence(mentions[mentions[Mention.DOC_ID].isin([doc_id for doc_id, _, _ in openings])])
    rows = [row for doc_id, text, found in openings
            if (row := _report(doc_id, text, found, companies.get((doc_id, found[2][0]), ()), typer)) is not None]
    return pd.DataFrame(rows, columns=Event.COLUMNS)


# What every dated dateline holds: a digit or a Chinese numeral right before 日 ("1月9日电", "9日電", "十五日電")
# or a digit before the bracket, slash or dash that closes an English one ("Jan 20 (Reuters) -", "Aug. 8, 2019
# /PRNewswire/", "July 15, 2025 –").
_DATELINE_DAY = r"(?m)^[^\n]{0,40}?(?:[\d〇○零一二三四五六七八九十廿卅]\s*日|\d\s*[(（/\-–—])"
# How far into an article its opening lines are looked for, in characters.
_OPENING_CHARACTERS = 1_000


def _may_open_with_a_dated_dateline(texts: pd.Series) -> pd.Series:
    """Whether each text's opening may hold a dated dateline: a cheap test for all, before the reader reads a few."""
    return texts.fillna("").astype(str).str.slice(0, _OPENING_CHARACTERS).str.contains(_DATELINE_DAY, regex=True)


def _report(doc_id: str, text: str, found: tuple[Period, tuple[int, int], tuple[int, int, int]],
            companies: tuple[str, ...], typer: EventTyper) -> dict | None:
    """The opening's row when it names a company and tells a happening, else None."""
    day, (words_start, words_end), (sent_id, start, end) = found
    simplified = to_simplified(text[start:end])  # the triggers are written in simplified characters
    hits = typer.hits(simplified)
    if not companies or not any(hits):
        return None
    event_type = typer.classify(simplified, (words_start - start, words_end - start), hits)
    return report_row(doc_id, sent_id, "dateline", text[start:end], text[words_start:words_end],
                      (words_start, words_end), companies, event_type, DATELINE_DAY, day)


def companies_by_sentence(mentions: pd.DataFrame) -> dict[tuple[str, int], tuple[str, ...]]:
    """The companies each sentence names, in reading order."""
    named = mentions[(mentions[Mention.KIND] == "company") & (mentions[Mention.COMPANY].fillna("") != "")]
    out: dict[tuple[str, int], tuple[str, ...]] = {}
    for doc_id, sent_id, company in zip(named[Mention.DOC_ID], named[Mention.SENT_ID].astype(int),
                                        named[Mention.COMPANY], strict=True):
        key = (doc_id, sent_id)
        if company not in out.get(key, ()):
            out[key] = (*out.get(key, ()), company)
    return out


def sentences_without_events(events: pd.DataFrame, mentions: pd.DataFrame, sentences: pd.DataFrame,
                             doc_ids: Sequence[str]) -> Iterator[tuple[str, int, tuple[int, int], tuple[str, ...]]]:
    """Each sentence of the documents ``doc_ids`` (in their order, then reading order) that names a company and
    holds no event of its own: (doc id, sentence id, (start, end) in the article, the companies it names)."""
    companies = companies_by_sentence(mentions[mentions[Mention.DOC_ID].isin(set(doc_ids))])
    if not companies:
        return
    with_events = set(zip(events[Event.DOC_ID], events[Event.SENT_ID].astype(int), strict=True))
    spans = sentence_spans(sentences, {doc_id for doc_id, _ in companies})
    for doc_id in doc_ids:
        for sent_id, start, end in spans.get(doc_id, ()):
            names = companies.get((doc_id, sent_id), ())
            if names and (doc_id, sent_id) not in with_events:
                yield doc_id, sent_id, (start, end), names


def sentence_spans(sentences: pd.DataFrame, doc_ids: Collection[str]) -> dict[str, list[tuple[int, int, int]]]:
    """The sentences (id, start, end) of each document of ``doc_ids`` that has any, in reading order, from
    the ``sentences`` frame (``Sent.COLUMNS``)."""
    rows = sentences[sentences[Sent.DOC_ID].isin(doc_ids)].sort_values(Sent.SENT_ID, kind="stable")
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for doc_id, sent_id, start, end in zip(rows[Sent.DOC_ID].tolist(), rows[Sent.SENT_ID].tolist(),
                                           rows[Sent.START].tolist(), rows[Sent.END].tolist(), strict=True):
        spans.setdefault(doc_id, []).append((int(sent_id), int(start), int(end)))
    return spans


def publication_day(published: str, precision: str) -> date | None:
    """The publication day, or None when the article states no day."""
    if precision != "day" or not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _dated_opening(text: str, spans: Sequence[tuple[int, int, int]], published: date | None, reader: DatelineReader,
                   undated: bool = False) -> tuple[Period | str, tuple[int, int], tuple[int, int, int]] | None:
    """The day of the dateline opening ``text``, where its date words are, and the sentence of ``spans``
    (id, start, end) right after it; None without a dateline stating a day that a year can be given. In an
    ``undated`` article the day is its year-less key ("09-15", "---15": ``year_less_day``) for its story to place."""
    offset = 0
    for line in text.split("\n")[:OPENING_LINES]:
        words = reader.date_words(line) if line.strip() else None
        if words is not None:
            day = _dateline_day(reader, line, published) or (year_less_day(reader.read(line)) if undated else None)
            after = offset + reader.opening_length(to_simplified(line))
            sentence = next((span for span in spans if span[2] > after), None)  # the one holding it, or the next
            if day is None or sentence is None:
                return None
            return day, (offset + words[0], offset + words[1]), sentence
        offset += len(line) + 1
    return None


def _dateline_day(reader: DatelineReader, line: str, published: date | None) -> Period | None:
    """The dateline's day: its own when it states its year, else the latest day it names on or
    before publication, at most ``FILED_WITHIN_DAYS`` before it."""
    dateline = reader.read(line)
    if dateline is not None and dateline.published is not None:
        return dateline.published
    if published is None:
        return None
    if dateline is None:
        return None
    for back in range(FILED_WITHIN_DAYS + 1):
        day = published - timedelta(days=back)
        if day.day == dateline.day and (dateline.month_day is None or dateline.month_day[0] == day.month):
            return Period(day, "day")
    return None


def year_less_day(dateline: Dateline | None) -> str | None:
    """The month and day an undated article's dateline states without its year, as a year-less event keeps them
    (``Event.MONTH_DAY``): "09-15" of "9月15日电", "---15" of "【香港中通社十五日電】"; None when it states no day."""
    if dateline is None or dateline.day is None:
        return None
    if dateline.month_day is None:
        return f"{DAY_OF_MONTH_MARK}{dateline.day:02d}"
    return f"{dateline.month_day[0]:02d}-{dateline.month_day[1]:02d}"


def report_row(doc_id: str, sent_id: int, kind: str, sentence: str, words: str, span: tuple[int, int],
               companies: tuple[str, ...], event_type: str, qualifier: str, day: Period | str = "") -> dict:
    """A report for stories only, in the events frame's columns: ``kind`` ends its id ("s417#3.happening"),
    ``words`` stand at ``span`` of the article, ``day`` is its date; a year-less day (``year_less_day``) keeps no
    date, only its month-day, as a year-less event does, and "" (a day only its story can give) neither."""
    iso = day.start.isoformat() if isinstance(day, Period) else ""
    return {
        Event.EVENT_ID: f"{doc_id}#{sent_id}.{kind}", Event.DOC_ID: doc_id, Event.SENT_ID: sent_id,
        Event.DATE: iso, Event.PRECISION: "day", Event.DATE_TEXT: words,
        Event.COMPANIES: COMPANY_SEPARATOR.join(companies), Event.EVENT_TYPE: event_type,
        Event.SENTENCE: sentence, Event.DATE_END: iso, Event.QUALIFIER: qualifier, Event.REGULATIONS: "",
        Event.START: span[0], Event.END: span[1], Event.ATTRIBUTION: "text", Event.PLANNED: False,
        Event.MONTH_DAY: "" if isinstance(day, Period) else day, Event.WEEKDAY: "",
    }
