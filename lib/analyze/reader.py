"""One document for the Reader page: which one to open, its metadata, event badges and search hits.

Every function is pure: frames in, frames (or plain values) out, inputs never changed. The page
decides nothing itself; it asks these functions and renders what they return.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.schema import Doc, Event, Mention, Removed, Sent

# Columns of the frames built here.
HIT_START = "start"
HIT_END = "end"
BADGE = "badge"
FIELD = "field"
VALUE = "value"
HIT_COLUMNS = [HIT_START, HIT_END]
METADATA_COLUMNS = [FIELD, VALUE]
REMOVED_COLUMNS = [Removed.LABEL, Removed.LINE, Removed.TEXT]

# How a document's publication date was found, in words.
ORIGIN_WORDS = {
    "text": "read from the article text",
    "metadata": "from metadata: metadata.csv, page markup or web address",
    "inferred": "inferred — see metadata.csv note",
    "unknown": "origin unknown",
    "": "origin unknown",
}
# How many characters of the date each precision shows ("2023-04-01" at month precision → "2023-04").
DATE_CHARS = {"day": 10, "week": 10, "month": 7, "quarter": 7, "half": 7, "year": 4}
JUMP_LABEL_CHARS = 90


class Opening:
    """Why the reader opens the document it opens."""

    REQUESTED = "requested"          # the URL named a document that passes the filters
    OUTSIDE_FILTERS = "outside"      # the URL named a document that the sidebar filters leave out
    UNKNOWN = "unknown"              # the URL named a document that is not in the corpus
    DEFAULT = "default"              # no document named: the first one of the view
    NOTHING = "nothing"              # no document named and the filters leave nothing


@dataclass(frozen=True)
class DocumentChoice:
    doc_id: str | None
    opening: str
    choices: tuple[str, ...]         # what the picker offers, the opened document included


def choose_document(requested: str | None, view_ids: list[str], corpus_ids: list[str]) -> DocumentChoice:
    """The document to open for ``?doc=requested`` given the filtered and the whole corpus ids."""
    view = tuple(view_ids)
    if requested and requested in view:
        return DocumentChoice(requested, Opening.REQUESTED, view)
    if requested and requested in set(corpus_ids):
        return DocumentChoice(requested, Opening.OUTSIDE_FILTERS, (requested, *view))
    if not view:
        return DocumentChoice(None, Opening.UNKNOWN if requested else Opening.NOTHING, view)
    return DocumentChoice(view[0], Opening.UNKNOWN if requested else Opening.DEFAULT, view)


def rows_of(frame: pd.DataFrame, doc_id: str, column: str = Doc.DOC_ID) -> pd.DataFrame:
    """The rows of one document (any frame with a doc_id column)."""
    return frame[frame[column] == doc_id]


def publication_label(published: str, precision: str, origin: str) -> str:
    """E.g. "2023-05 (month precision, inferred — see metadata.csv note)"."""
    if not published:
        return "unknown"
    words = ORIGIN_WORDS.get(origin or "", origin)
    return f"{published} ({precision or 'unknown'} precision, {words})"


def document_metadata(document: pd.Series, n_mentions: int, n_events: int) -> pd.DataFrame:
    """Field/value rows describing one document (a row of ``Doc.COLUMNS``), for display as data."""
    def text(column: str) -> str:
        return str(document.get(column, "") or "")

    rows = [
        ("Title", text(Doc.TITLE) or "(no title)"),
        ("Outlet", text(Doc.SOURCE) or "unknown"),
        ("Author", text(Doc.AUTHOR) or "unknown"),
        ("URL", text(Doc.URL) or "none"),
        ("File", text(Doc.FILE)),
        ("Language", text(Doc.LANGUAGE) or "unknown"),
        ("Published", publication_label(text(Doc.PUBLISHED), text(Doc.DATE_PRECISION), text(Doc.DATE_ORIGIN))),
        ("Sentences", str(int(document.get(Doc.N_SENTENCES, 0) or 0))),
        ("Mentions", str(n_mentions)),
        ("Events", str(n_events)),
    ]
    if text(Doc.WARNINGS):
        rows.append(("Warnings", text(Doc.WARNINGS)))
    return pd.DataFrame(rows, columns=METADATA_COLUMNS)


def is_web_link(url: str) -> bool:
    """Only http(s) addresses become links; anything else (javascript:, data:, files) stays text."""
    return bool(re.match(r"https?://[^\s]+$", url.strip(), flags=re.IGNORECASE))


def event_date_labels(events: pd.DataFrame) -> pd.Series:
    """Per event row: "2023-04 · month" — the date cut to its precision, with the precision and
    its qualifier; a day whose year is unknown shows its month and day, or its weekday: "01-20 · day
    (year unknown)", "Tuesday · day (year unknown)"."""
    # Plain lists, not column steps: a document has tens of events, and each pandas step would cost
    # more than the work (the Reader labels its document's events on every rerun).
    if events.empty:
        return pd.Series([], dtype=object, index=events.index)
    dates = events[Event.DATE].fillna("").astype(str).tolist()
    if Event.MONTH_DAY in events:
        month_days = events[Event.MONTH_DAY].fillna("").astype(str).tolist()
        dates = [date or month_day for date, month_day in zip(dates, month_days, strict=True)]
    if Event.WEEKDAY in events:
        weekdays = events[Event.WEEKDAY].fillna("").astype(str).tolist()
        dates = [date or weekday for date, weekday in zip(dates, weekdays, strict=True)]
    precisions = events[Event.PRECISION].fillna("").astype(str).tolist()
    labels = [f"{date[:DATE_CHARS[precision]] if precision in DATE_CHARS else date} · {precision}"
              for date, precision in zip(dates, precisions, strict=True)]
    if Event.QUALIFIER in events:
        qualifiers = events[Event.QUALIFIER].fillna("").astype(str).tolist()
        labels = [f"{label} ({qualifier})" if qualifier else label
                  for label, qualifier in zip(labels, qualifiers, strict=True)]
    return pd.Series(labels, index=events.index, dtype="str")


def has_year_less_days(events: pd.DataFrame) -> bool:
    """Whether some event is a month and day, or a weekday, whose year its article left open
    (``Event.MONTH_DAY``, ``Event.WEEKDAY``)."""
    return any(column in events and bool((events[column].fillna("") != "").any())
               for column in (Event.MONTH_DAY, Event.WEEKDAY))


def event_badges(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event sentence: ``sent_id`` and ``badge`` (its dates, " / "-joined, in date order)."""
    if events.empty:
        return pd.DataFrame({Sent.SENT_ID: pd.Series([], dtype=int), BADGE: pd.Series([], dtype=object)})
    sent_ids = events[Event.SENT_ID].to_numpy(dtype=np.int64).tolist()
    dates = events[Event.DATE].tolist()
    labels = event_date_labels(events).tolist()
    # By sentence, then date (a missing date last), ties in row order, as a stable sort of both columns.
    order = sorted(range(len(sent_ids)), key=lambda row: (sent_ids[row], pd.isna(dates[row]),
                                                          "" if pd.isna(dates[row]) else dates[row]))
    badges: dict[int, list[str]] = {}
    for row in order:
        shown = badges.setdefault(sent_ids[row], [])
        if labels[row] not in shown:
            shown.append(labels[row])
    return pd.DataFrame({Sent.SENT_ID: np.fromiter(badges, dtype=np.int64, count=len(badges)),
                         BADGE: [" / ".join(shown) for shown in badges.values()]})


def jump_choices(events: pd.DataFrame, sentences: pd.DataFrame) -> dict[int, str]:
    """Event sentences of one document for a "Jump to" picker: sent_id → "12 · 2023-04 · month — text…"."""
    badges = event_badges(events)
    if badges.empty:
        return {}
    ids = badges[Sent.SENT_ID].tolist()
    text_of = dict(zip(sentences[Sent.SENT_ID].astype(int).tolist(), sentences[Sent.TEXT].tolist(), strict=True))
    texts = pd.Series([text_of.get(sent_id) for sent_id in ids], dtype=sentences[Sent.TEXT].dtype)
    words = texts.fillna("").str.replace(r"\s+", " ", regex=True).str.strip()
    words = words.where(words.str.len() <= JUMP_LABEL_CHARS, words.str.slice(0, JUMP_LABEL_CHARS - 1) + "…")
    return {sent_id: f"{sent_id} · {badge} — {shown}"
            for sent_id, badge, shown in zip(ids, badges[BADGE].tolist(), words.tolist(), strict=True)}


def parse_sentence_id(raw: str | None, sentences: pd.DataFrame) -> int | None:
    """The sent_id named by a URL value, or None when it is missing, not a number or not in ``sentences``."""
    if raw is None or not str(raw).strip().lstrip("-").isdigit():
        return None
    sent_id = int(str(raw).strip())
    return sent_id if bool((sentences[Sent.SENT_ID] == sent_id).any()) else None


def search_hits(text: str, query: str) -> pd.DataFrame:
    """Case-insensitive, non-overlapping occurrences of ``query`` in ``text`` (offsets into ``text``)."""
    if not query or not text:
        return pd.DataFrame({HIT_START: pd.Series([], dtype=int), HIT_END: pd.Series([], dtype=int)})
    spans = np.array([m.span() for m in re.finditer(re.escape(query), text, flags=re.IGNORECASE)],
                     dtype=np.int64).reshape(-1, 2)
    return pd.DataFrame(spans, columns=HIT_COLUMNS)


def hit_count_label(n_hits: int) -> str:
    if n_hits == 0:
        return "No hits in this document."
    return "1 hit" if n_hits == 1 else f"{n_hits:,} hits"


def removed_blocks(removed: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    """What was cut from one document as not-the-article: label, line, text, in line order."""
    return rows_of(removed, doc_id)[REMOVED_COLUMNS].sort_values(Removed.LINE, kind="stable")


def companies_named(mentions: pd.DataFrame, colors: dict[str, str]) -> dict[str, str]:
    """The colours of the companies one document's mentions belong to, in the corpus-wide colour order."""
    present = set(mentions[Mention.COMPANY].dropna())
    return {company: color for company, color in colors.items() if company in present}


def sentence_with_badge(sentences: pd.DataFrame, events: pd.DataFrame, sent_id: int) -> tuple[str, str | None]:
    """One sentence's text and its event-date badge (None when it has no event)."""
    text = sentences.loc[sentences[Sent.SENT_ID] == sent_id, Sent.TEXT]
    badges = event_badges(events)
    badge = badges.loc[badges[Sent.SENT_ID] == sent_id, BADGE]
    return (str(text.iloc[0]) if len(text) else ""), (str(badge.iloc[0]) if len(badge) else None)
