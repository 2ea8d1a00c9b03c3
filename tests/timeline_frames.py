"""Hand-made timeline frames for the tests of the timeline's marks and figure: events and documents
given a row to a line, and every mark the timeline draws of them."""

from __future__ import annotations

import pandas as pd

from lib.analyze.timeline import EVENT_DATE, TimelineMarks, event_table, timeline_marks
from lib.schema import Doc, Event
from tests.frames import index_over


def make_events(*rows) -> pd.DataFrame:
    """rows: (doc_id, sent_id, date, date_end, precision, companies[, event_type, sentence])."""
    records = []
    for i, (doc_id, sent_id, date, date_end, precision, companies, *rest) in enumerate(rows):
        event_type, sentence = (rest + ["launch", f"Sentence {i}."][len(rest):])[:2]
        records.append({
            Event.EVENT_ID: f"{doc_id}#{sent_id}.{i}", Event.DOC_ID: doc_id, Event.SENT_ID: sent_id,
            Event.DATE: date, Event.PRECISION: precision, Event.DATE_TEXT: f"words {i}",
            Event.COMPANIES: companies, Event.EVENT_TYPE: event_type, Event.SENTENCE: sentence,
            Event.DATE_END: date_end, Event.QUALIFIER: "", Event.REGULATIONS: "", Event.START: 0, Event.END: 4,
            Event.ATTRIBUTION: "text", Event.PLANNED: False,
        })
    return pd.DataFrame(records, columns=Event.COLUMNS)


def make_documents(*rows) -> pd.DataFrame:
    """rows: (doc_id, title, source, published, date_precision)."""
    frame = pd.DataFrame(rows, columns=[Doc.DOC_ID, Doc.TITLE, Doc.SOURCE, Doc.PUBLISHED, Doc.DATE_PRECISION])
    frame[Doc.FILE] = frame[Doc.DOC_ID] + ".txt"
    return frame


DOCS = make_documents(
    ("d1", "First <b>title</b>", "Sina Technology", "2023-05", "month"),
    ("d2", "", "", "2025-01-16", "day"),
    ("d3", "Undated", "Babite", "", "day"),
)
EVERY = 10**9


def every_mark(events: pd.DataFrame, documents: pd.DataFrame = DOCS, basis: str = EVENT_DATE) -> TimelineMarks:
    """The marks of every lane, none cut: what the timeline draws of a small corpus of these frames."""
    return timeline_marks(events, documents, index_over(events=events, documents=documents), basis,
                          cap=EVERY, limit=EVERY)


def table_of(events: pd.DataFrame, documents: pd.DataFrame = DOCS) -> pd.DataFrame:
    return event_table(events, documents, index_over(events=events, documents=documents))
