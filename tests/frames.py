"""A ``CorpusIndex`` over hand-made frames, so unit tests call the answers the pages call.

``index_over(mentions=…, documents=…)`` stands the frames given in for a corpus (the others empty);
the answers take rows of those frames, as a page takes rows of the corpus through a ``View``.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from lib.analyze.corpus_index import CorpusIndex
from lib.schema import Doc, Event, Mention, Sent, Term

_COLUMNS = {"documents": Doc.COLUMNS, "sentences": Sent.COLUMNS, "mentions": Mention.COLUMNS,
            "events": Event.COLUMNS, "terms": Term.COLUMNS, "removed": [Doc.DOC_ID]}


def index_over(**frames: pd.DataFrame) -> CorpusIndex:
    """An index of a corpus made of ``frames`` (documents, sentences, mentions, events, terms, removed)."""
    unknown = set(frames) - set(_COLUMNS)
    if unknown:
        raise TypeError(f"not a corpus frame: {sorted(unknown)}")
    return CorpusIndex(SimpleNamespace(**{name: frames.get(name, pd.DataFrame(columns=columns))
                                          for name, columns in _COLUMNS.items()}))
