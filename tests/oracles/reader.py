"""Reference answers of ``lib.analyze.reader``: a document's event badges with whole-column pandas steps.

``event_date_labels`` cuts each date to its precision column by column; ``event_badges`` sorts,
drops repeated labels and joins each sentence's labels; ``jump_choices`` merges them with the
sentences. The Reader's versions do the same over
plain lists: a document has tens of events, where each pandas step costs more than the work.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.analyze.reader import BADGE, DATE_CHARS, JUMP_LABEL_CHARS
from lib.schema import Event, Sent


def event_date_labels(events: pd.DataFrame) -> pd.Series:
    if events.empty:
        return pd.Series([], dtype=object, index=events.index)
    dates = events[Event.DATE].fillna("").astype(str)
    precision = events[Event.PRECISION].fillna("").astype(str)
    shown = dates.copy()
    for name, chars in DATE_CHARS.items():
        chosen = precision == name
        shown[chosen] = dates[chosen].str.slice(0, chars)
    if Event.QUALIFIER not in events:
        return shown + " · " + precision
    qualifier = events[Event.QUALIFIER].fillna("").astype(str)
    label = shown + " · " + precision
    return label.where(qualifier == "", label + " (" + qualifier + ")")


def event_badges(events: pd.DataFrame) -> pd.DataFrame:
    if events.empty:
        return pd.DataFrame({Sent.SENT_ID: pd.Series([], dtype=int), BADGE: pd.Series([], dtype=object)})
    labelled = events.assign(**{BADGE: event_date_labels(events)}).sort_values([Event.SENT_ID, Event.DATE])
    labelled = labelled.drop_duplicates([Event.SENT_ID, BADGE])
    ids = labelled[Event.SENT_ID].to_numpy(dtype=np.int64)
    firsts = np.flatnonzero(np.concatenate([[True], ids[1:] != ids[:-1]]))
    joined = np.add.reduceat((" / " + labelled[BADGE].astype(str)).to_numpy(dtype=object), firsts)
    return pd.DataFrame({Sent.SENT_ID: ids[firsts], BADGE: [label[3:] for label in joined]})


def jump_choices(events: pd.DataFrame, sentences: pd.DataFrame) -> dict[int, str]:
    badges = event_badges(events)
    if badges.empty:
        return {}
    merged = badges.merge(sentences[[Sent.SENT_ID, Sent.TEXT]], on=Sent.SENT_ID, how="left")
    words = merged[Sent.TEXT].fillna("").str.replace(r"\s+", " ", regex=True).str.strip()
    words = words.where(words.str.len() <= JUMP_LABEL_CHARS, words.str.slice(0, JUMP_LABEL_CHARS - 1) + "…")
    labels = merged[Sent.SENT_ID].astype(str) + " · " + merged[BADGE] + " — " + words
    return dict(zip(merged[Sent.SENT_ID].astype(int), labels, strict=True))
