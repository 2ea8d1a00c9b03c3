"""Search across the corpus: sentences and titles found by meaning and by keyword, in any language.

Two ways to find a sentence, ranked together:

- **meaning**: the cosine between the query's vector and a sentence's (event sentences, whose
  vectors the stories already computed) or a title's, from the multilingual encoder, so
  "DeepSeek price cuts" finds "深度求索降价". A cosine of ``MIN_SIMILARITY`` or more counts, and
  so do the ``NEAREST`` closest texts of the view above ``FLOOR_SIMILARITY``: a short query
  scores lower against a long sentence than two sentences do, and its best answers can sit at
  0.2-0.3, still ranked above unrelated text (most of a corpus scores below 0.15);
- **keyword**: every word of the query occurs in the text, ignoring case and Chinese script
  (both sides are read in simplified characters), in any sentence of any article; a Latin word
  at the start of a word of the text ("ai" is not found in "said"), a Chinese one anywhere.

Score = the cosine (0 for a text without a vector) + ``KEYWORD_BONUS`` when the words occur, so a
sentence that has the words and means the query comes first, then close meanings and keyword
hits by how close they are; ties go to the newest publication. Everything here is pure: the
vectors come in from the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.parse.script import to_simplified
from lib.schema import Doc, Event, Hit, Sent

# Unrelated sentences score 0.0-0.3 with the multilingual encoder, a translation 0.5-0.6.
MIN_SIMILARITY = 0.3
# A short query against real articles: 90 % of event sentences score below 0.15, and the report
# of what was asked can score 0.19-0.29 ("Kuaishou launches Kling 2.0" against both reports).
FLOOR_SIMILARITY = 0.15
NEAREST = 10
# Enough to lift a sentence with the query's words above every meaning-only hit but the closest.
KEYWORD_BONUS = 0.5
BY_KEYWORD, BY_MEANING, BY_BOTH = "keyword", "meaning", "keyword and meaning"
IN_SENTENCE, IN_TITLE = "sentence", "title"
_LATIN_START = re.compile(r"[a-z0-9]")
_WORD_START = r"(?<![a-z0-9])"


def folded(texts: pd.Series) -> pd.Series:
    """Each text in simplified characters and lower case, as long as the text: offsets still hold."""
    texts = texts.fillna("").astype(str)
    simplified = texts.map(to_simplified)
    lowered = simplified.str.lower()
    changed = lowered.str.len() != simplified.str.len()
    if changed.any():
        lowered[changed] = simplified[changed].map(_lower_by_character)
    return lowered


def _lower_by_character(text: str) -> str:
    # "İ".lower() is two characters: such a letter is kept as it is, so offsets stay the text's.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def query_words(query: str) -> list[str]:
    """The query's words, folded like the texts, each once, in order."""
    return list(dict.fromkeys(folded(pd.Series([query])).iloc[0].split()))


def word_pattern(word: str) -> str:
    """A folded word as a regular expression: a word starting with a Latin letter or digit only at
    the start of a word ("ai" is not in "said", "price" is in "prices"); Chinese anywhere."""
    return (_WORD_START if _LATIN_START.match(word) else "") + re.escape(word)


def keyword_matches(folded_texts: pd.Series, words: list[str]) -> np.ndarray:
    """Whether each text contains every word (``word_pattern``; an empty query matches nothing)."""
    if not words:
        return np.zeros(len(folded_texts), dtype=bool)
    found = np.ones(len(folded_texts), dtype=bool)
    for word in words:
        found &= folded_texts.str.contains(word_pattern(word), regex=True).to_numpy(dtype=bool)
    return found


def marked_segments(text: str, words: list[str]) -> list[tuple[str, bool]]:
    """``text`` cut into pieces, each flagged when it is an occurrence of one of ``words``."""
    lowered = folded(pd.Series([text])).iloc[0]
    marked = np.zeros(len(text), dtype=bool)
    for word in words:
        for match in re.finditer(word_pattern(word), lowered):
            marked[match.start():match.end()] = True
    segments: list[tuple[str, bool]] = []
    start = 0
    for end in range(1, len(text) + 1):
        if end == len(text) or marked[end] != marked[start]:
            segments.append((text[start:end], bool(marked[start])))
            start = end
    return segments


@dataclass(frozen=True)
class SearchIndex:
    """What a search reads, built once per corpus: texts folded for keywords, vectors for meaning."""

    sentences: pd.DataFrame      # Sent.DOC_ID, Sent.SENT_ID, Sent.TEXT of every sentence
    folded_sentences: pd.Series  # ``folded`` texts, in the order of ``sentences``
    vector_rows: np.ndarray      # the row in ``sentences`` of each event vector
    event_vectors: np.ndarray    # unit rows, one per event (``Stories.vectors``)
    documents: pd.DataFrame      # Doc.DOC_ID, TITLE, SOURCE, PUBLISHED, LANGUAGE of every document
    folded_titles: pd.Series
    title_vectors: np.ndarray    # unit rows, one per document, in the order of ``documents``


def search_index(sentences: pd.DataFrame, events: pd.DataFrame, event_vectors: np.ndarray,
                 documents: pd.DataFrame, title_vectors: np.ndarray) -> SearchIndex:
    """The index of a corpus; ``event_vectors`` has one row per event, ``title_vectors`` per document."""
    sentences = sentences[[Sent.DOC_ID, Sent.SENT_ID, Sent.TEXT]].reset_index(drop=True)
    position = pd.Series(np.arange(len(sentences)),
                         index=pd.MultiIndex.from_frame(sentences[[Sent.DOC_ID, Sent.SENT_ID]]))
    keys = pd.MultiIndex.from_arrays([events[Event.DOC_ID], events[Event.SENT_ID]])
    rows = position.reindex(keys).to_numpy(dtype=float)
    found = ~np.isnan(rows)
    documents = documents[[Doc.DOC_ID, Doc.TITLE, Doc.SOURCE, Doc.PUBLISHED, Doc.LANGUAGE]].reset_index(drop=True)
    return SearchIndex(
        sentences=sentences, folded_sentences=folded(sentences[Sent.TEXT]),
        vector_rows=rows[found].astype(int), event_vectors=np.asarray(event_vectors)[found],
        documents=documents, folded_titles=folded(documents[Doc.TITLE]),
        title_vectors=np.asarray(title_vectors),
    )


def search_hits(index: SearchIndex, query: str, query_vector: np.ndarray | None) -> pd.DataFrame:
    """Every sentence and title of the corpus that may answer ``query`` (``Hit.COLUMNS``), best
    first: those with its words or a cosine of ``FLOOR_SIMILARITY`` or more. ``hits_in`` picks the
    hits of a view among them.

    ``query_vector``: the query's unit vector from the encoder of the index's vectors (None: by
    keyword only).
    """
    words = query_words(query)
    if not words:
        return pd.DataFrame(columns=Hit.COLUMNS)
    sentence_keyword = keyword_matches(index.folded_sentences, words)
    sentence_similarity = np.full(len(index.sentences), np.nan)
    title_similarity = np.full(len(index.documents), np.nan)
    if query_vector is not None and len(index.event_vectors):
        per_event = index.event_vectors @ query_vector
        sentence_similarity[index.vector_rows] = -np.inf
        np.maximum.at(sentence_similarity, index.vector_rows, per_event)
    if query_vector is not None and len(index.title_vectors):
        title_similarity = index.title_vectors @ query_vector
    sentences = _hits(index.sentences, sentence_keyword, sentence_similarity, IN_SENTENCE)
    titles = _hits(index.documents.assign(**{Sent.SENT_ID: pd.NA, Sent.TEXT: index.documents[Doc.TITLE]}),
                   keyword_matches(index.folded_titles, words), title_similarity, IN_TITLE)
    found = pd.concat([frame for frame in (sentences, titles) if not frame.empty] or [sentences])
    if found.empty:
        return pd.DataFrame(columns=Hit.COLUMNS)
    docs = index.documents.set_index(Doc.DOC_ID)
    found = found.join(docs[[Doc.TITLE, Doc.SOURCE, Doc.PUBLISHED, Doc.LANGUAGE]], on=Hit.DOC_ID)
    found = found.rename(columns={Doc.SOURCE: Hit.OUTLET})
    found[Hit.PUBLISHED] = found[Hit.PUBLISHED].fillna("").astype(str)
    found = found.sort_values([Hit.SCORE, Hit.PUBLISHED, Hit.DOC_ID, Hit.FOUND_IN],
                              ascending=[False, False, True, False], kind="stable")
    return found[Hit.COLUMNS].reset_index(drop=True)


def _hits(rows: pd.DataFrame, keyword: np.ndarray, similarity: np.ndarray, found_in: str) -> pd.DataFrame:
    close = np.nan_to_num(similarity, nan=0.0) >= FLOOR_SIMILARITY
    keep = keyword | close
    picked = rows.loc[keep, [Sent.DOC_ID, Sent.SENT_ID, Sent.TEXT]].reset_index(drop=True)
    sim = similarity[keep]
    kw = keyword[keep]
    means = np.nan_to_num(sim, nan=0.0) >= MIN_SIMILARITY
    by = np.where(kw & means, BY_BOTH, np.where(kw, BY_KEYWORD, BY_MEANING))
    return picked.rename(columns={Sent.DOC_ID: Hit.DOC_ID, Sent.SENT_ID: Hit.SENT_ID, Sent.TEXT: Hit.TEXT}).assign(**{
        Hit.FOUND_IN: found_in, Hit.BY: by, Hit.SIMILARITY: np.round(sim, 3),
        Hit.SCORE: np.round(np.nan_to_num(sim, nan=0.0) + KEYWORD_BONUS * kw, 3),
    })


def hits_in(hits: pd.DataFrame, doc_ids, nearest: int = NEAREST) -> pd.DataFrame:
    """The hits of ``search_hits`` in the documents ``doc_ids`` (a view's), best first: those with
    the query's words, those of ``MIN_SIMILARITY`` or more, and the ``nearest`` closest others."""
    hits = hits[hits[Hit.DOC_ID].isin(pd.Index(doc_ids).unique())]
    sure = (hits[Hit.BY] != BY_MEANING) | (hits[Hit.SIMILARITY] >= MIN_SIMILARITY)
    closest = hits[~sure].nlargest(nearest, Hit.SIMILARITY).index
    return hits[sure | hits.index.isin(closest)].reset_index(drop=True)
