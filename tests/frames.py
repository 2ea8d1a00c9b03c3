"""A ``CorpusIndex`` or DuckDB tables over hand-made frames, so unit tests call the answers the pages call.

``index_over(mentions=…, documents=…)`` stands the frames given in for a corpus (the others empty);
the answers take rows of those frames, as a page takes rows of the corpus through a ``View``.
``tables_over(…)`` does the same for the answers asked as queries, every column the schema
names and a frame lacks added blank (integers 0), as the pipeline would have written them.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.corpus_sql import SQL_FRAMES, frames_tables
from lib.schema import FRAME_TYPES, Doc, Event, Mention, Sent, Term

_COLUMNS = {"documents": Doc.COLUMNS, "sentences": Sent.COLUMNS, "mentions": Mention.COLUMNS,
            "events": Event.COLUMNS, "terms": Term.COLUMNS, "removed": [Doc.DOC_ID]}


def index_over(**frames: pd.DataFrame) -> CorpusIndex:
    """An index of a corpus made of ``frames`` (documents, sentences, mentions, events, terms, removed)."""
    unknown = set(frames) - set(_COLUMNS)
    if unknown:
        raise TypeError(f"not a corpus frame: {sorted(unknown)}")
    return CorpusIndex(SimpleNamespace(**{name: frames.get(name, pd.DataFrame(columns=columns))
                                          for name, columns in _COLUMNS.items()}))


def tables_over(**frames: pd.DataFrame):
    """``lib.analyze.corpus_sql`` tables of ``frames`` (documents, mentions, events), completed; without
    documents, one undated document for each doc id the mentions and events name."""
    unknown = set(frames) - set(SQL_FRAMES)
    if unknown:
        raise TypeError(f"not a frame the queries read: {sorted(unknown)}")
    completed = {name: _completed(frames.get(name), FRAME_TYPES[name]) for name in SQL_FRAMES}
    if "documents" not in frames:       # a document for each id the other frames name, so the view keeps them
        ids = pd.concat([completed["mentions"][Mention.DOC_ID], completed["events"][Event.DOC_ID]]).drop_duplicates()
        completed["documents"] = _completed(pd.DataFrame({Doc.DOC_ID: ids.to_numpy()}), FRAME_TYPES["documents"])
    return frames_tables(completed)


def _completed(frame: pd.DataFrame | None, types: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(index=range(0)) if frame is None else frame
    blank = {"int64": 0, "bool": False, "string": ""}
    missing = {column: pd.Series(blank[kind], index=frame.index, dtype="str" if kind == "string" else kind)
               for column, kind in types.items() if column not in frame.columns}
    return frame.assign(**missing)
