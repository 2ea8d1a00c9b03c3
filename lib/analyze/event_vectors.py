"""The sentence vectors of a frame's events, encoded only for the events a step asks about.

Encoding is what grouping stories costs (a few milliseconds of CPU per sentence, against well
under a millisecond per event for everything else), and most events cannot join any other: alone
in their company and period, their story is themselves whatever they say. So the grouping asks
for the vectors of the events that could join another, the placement of year-less days for those
it compares, and no others are encoded. An event not asked for keeps a zero row.

Rows are kept in float16, as the vector cache stores them (a cached row is float16 already, a new one
is rounded as the cache will give it back), and widened to float32 where they are read, a block at a
time (``widened``): the matrix of 200,000 events of 10,000 articles takes 200 MB, not 400, and every
similarity is the float32 one of the cached rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

import numpy as np

from lib.extract.sentence_vectors import (
    DIMENSIONS,
    ENCODER_NAME,
    Progress,
    sentence_vector_batches,
    sentence_vectors,
)
from lib.store.vector_cache import VectorCache, as_stored

Encoder = Callable[[Sequence[str]], np.ndarray]
# How a row is kept: as the vector cache stores it (its one rounding rule gives the type; lib/store is
# parsing code by the parse cache's reckoning, so the type is read from it rather than added to it).
STORED_DTYPE = as_stored(np.zeros(0, dtype=np.float32)).dtype
# Writes the vector of ``texts[i]`` into ``matrix[rows[i]]`` (``lib.store.vector_cache.VectorCache.fill``).
Filler = Callable[[Sequence[str], np.ndarray, np.ndarray], None]


class EventVectors:
    """One unit-length row per event (``texts`` in the order of the events frame), each encoded on
    the first ``of`` that asks for it, all of one call's new texts in one call of ``encode`` (or of
    ``fill``, which writes them into the matrix itself: no second array of them beside it)."""

    def __init__(self, texts: Sequence[str], encode: Encoder | None, dimensions: int,
                 fill: Filler | None = None) -> None:
        self.texts = texts
        self.encode = encode
        self.fill = fill
        self.matrix = np.zeros((len(texts), dimensions), dtype=STORED_DTYPE)  # zero rows: not encoded
        self.encoded = np.zeros(len(texts), dtype=bool)

    @classmethod
    def given(cls, vectors: np.ndarray) -> EventVectors:
        """Vectors already computed for every event (kept in their own dtype)."""
        vectors = np.asarray(vectors)
        out = cls([""] * len(vectors), None, vectors.shape[1] if vectors.ndim == 2 else 0)
        out.matrix, out.encoded[:] = vectors, True
        return out

    def of(self, rows: np.ndarray) -> np.ndarray:
        """The vectors of the events at positions ``rows`` (encoding those not encoded yet), ``widened``."""
        self.encode_rows(rows)
        return widened(self.matrix[np.asarray(rows, dtype=np.int64)])

    def encode_rows(self, rows: np.ndarray) -> None:
        """Encode the events at positions ``rows`` not encoded yet: ``of`` without the copy of their rows."""
        rows = np.asarray(rows, dtype=np.int64)
        missing = np.unique(rows[~self.encoded[rows]])
        if len(missing):
            if self.encode is None:
                raise ValueError("no encoder for events without a vector")
            if self.fill is not None:
                self.fill([self.texts[i] for i in missing], self.matrix, missing)
            else:  # rounded into the matrix's float16 as the cache would round them
                self.matrix[missing] = np.asarray(self.encode([self.texts[i] for i in missing]),
                                                  dtype=self.matrix.dtype)
            self.encoded[missing] = True


def widened(rows: np.ndarray) -> np.ndarray:
    """Rows read from an ``EventVectors`` matrix, ready for arithmetic: stored (float16) rows as float32, which
    holds them exactly; rows of another float type as they are."""
    return rows.astype(np.float32) if rows.dtype == STORED_DTYPE else rows


def cached_event_vectors(texts: Sequence[str], cache_dir: str | None, progress: Progress | None = None) -> EventVectors:
    """The sentence encoder's vectors of ``texts``, read from the vector cache in ``cache_dir`` (None: no
    cache) or encoded a batch at a time and stored there, each written straight into the matrix;
    ``progress`` is told of each encoding's batches (``sentence_vectors.Progress``)."""
    cache = VectorCache(cache_dir, partial(sentence_vectors, progress=progress), ENCODER_NAME,
                        partial(sentence_vector_batches, progress=progress))
    return EventVectors(texts, cache.vectors, DIMENSIONS, cache.fill)


def event_vectors(vectors: np.ndarray | EventVectors) -> EventVectors:
    """``vectors`` as ``EventVectors``: a matrix holds every event's vector already."""
    return vectors if isinstance(vectors, EventVectors) else EventVectors.given(vectors)


class WithMoreRows(EventVectors):
    """``base``'s rows followed by rows of further ``texts`` (reports the story stage adds after the
    events): a row of ``base`` is asked of ``base``, which keeps what it encodes; without an encoder the
    further rows are zero (they can join no other).

    Both parts live in one matrix, ``base``'s rows a view of its top (its values unchanged): ``matrix``
    is then that matrix, not a stack of the two built on each read (400 MB at 10,000 articles, read
    once per story compared by some stages).
    """

    def __init__(self, base: EventVectors, texts: Sequence[str]) -> None:
        self.base = base
        n, dimensions = base.matrix.shape[0], base.matrix.shape[1]
        self.more = EventVectors(texts, base.encode or (lambda new: np.zeros((len(new), dimensions))), dimensions,
                                 base.fill)
        self.matrix = np.zeros((n + len(texts), dimensions), dtype=base.matrix.dtype)
        self.matrix[:n][base.encoded] = base.matrix[base.encoded]  # zero rows stay unwritten (unallocated)
        base.matrix, self.more.matrix = self.matrix[:n], self.matrix[n:]

    @property
    def texts(self) -> list[str]:
        return [*self.base.texts, *self.more.texts]

    @property
    def encoded(self) -> np.ndarray:
        return np.concatenate([self.base.encoded, self.more.encoded])

    def encode_rows(self, rows: np.ndarray) -> None:
        rows = np.asarray(rows, dtype=np.int64)
        n = len(self.base.encoded)
        own = rows < n
        self.base.encode_rows(rows[own])
        self.more.encode_rows(rows[~own] - n)
