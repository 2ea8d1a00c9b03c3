"""Story facts: one row per story (``Story.COLUMNS``) from the events grouped into stories.

Per story: its date and precision (its event with the shortest period), its companies, a title
(its most central sentence, in the reader's language when a source is in it, not one dated only by the
time of writing when another is), the first report
(earliest publication and its outlet), and its corroboration (articles, outlets, languages), a
duplicate article counted once as the article it copies. Every story at once, by arrays.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.analyze.event_vectors import widened
from lib.parse.script import to_simplified
from lib.rules import builtin_rules
from lib.rules.dates import time_of_writing_phrases
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Story

# Rows of stories of several reports whose centrality is computed at once (a few MB of float64).
ROWS_AT_ONCE = 8192
# "截至发稿，股价报117.4港元" ("as of press time, the shares were at …") tells the state when the article
# went out, not the happening several reports share: a title only when the story has nothing else.
_TIME_OF_WRITING = time_of_writing_phrases(builtin_rules().publication_day_en, builtin_rules().date_words_zh)


def story_table(events: pd.DataFrame, documents: pd.DataFrame, vectors: np.ndarray,
                language: str | None = None) -> pd.DataFrame:
    """One row per story (``Story.COLUMNS``), most corroborated first.

    ``events`` carries ``Event.STORY_ID``; ``vectors`` has one row per event. The title is the
    story's most central sentence, in ``language`` when a source is in it. Every story at once:
    a pandas group per story cost two minutes per 2,000 articles.
    """
    positions = np.flatnonzero(events[Event.STORY_ID].astype(bool).to_numpy())
    if not len(positions):
        return pd.DataFrame(columns=Story.COLUMNS)
    storied = events.iloc[positions]
    codes, story_names = pd.factorize(storied[Event.STORY_ID])  # in order of first appearance
    docs = documents.drop_duplicates(Doc.DOC_ID).set_index(Doc.DOC_ID)
    doc_ids = storied[Event.DOC_ID].astype(str).to_numpy()
    canonical = pd.Series(doc_ids).map(_canonical_doc(docs)).fillna(pd.Series(doc_ids)).to_numpy()
    finest = _finest_events(storied, codes)
    articles = _first_reports(codes, canonical, docs)
    languages = _languages(codes, docs[Doc.LANGUAGE].reindex(doc_ids).fillna("").astype(str).to_numpy())
    titles = _titles(storied, codes, vectors, positions, docs[Doc.LANGUAGE].reindex(doc_ids).to_numpy(), language)
    n = len(story_names)
    table = pd.DataFrame({
        Story.STORY_ID: np.asarray(story_names, dtype=object),
        Story.DATE: storied[Event.DATE].to_numpy(dtype=object)[finest],
        Story.PRECISION: storied[Event.PRECISION].to_numpy(dtype=object)[finest],
        Story.COMPANIES: storied[Event.COMPANIES].to_numpy(dtype=object)[finest],
        Story.TITLE: titles,
        Story.FIRST_PUBLISHED: articles["first_published"].reindex(range(n), fill_value="").to_numpy(dtype=object),
        Story.FIRST_OUTLET: articles["first_outlet"].reindex(range(n), fill_value="").to_numpy(dtype=object),
        Story.N_ARTICLES: articles["n_articles"].reindex(range(n), fill_value=0).to_numpy(dtype=int),
        Story.N_OUTLETS: articles["n_outlets"].reindex(range(n), fill_value=0).to_numpy(dtype=int),
        Story.LANGUAGES: languages,
        Story.N_EVENTS: np.bincount(codes, minlength=n),
    }, columns=Story.COLUMNS)
    return table.sort_values([Story.N_ARTICLES, Story.N_OUTLETS, Story.DATE],
                             ascending=[False, False, True], kind="stable").reset_index(drop=True)


def _canonical_doc(docs: pd.DataFrame) -> pd.Series:
    kept = docs.index.to_series()
    if Doc.DUPLICATE_OF in docs.columns:
        duplicate_of = docs[Doc.DUPLICATE_OF].fillna("").astype(str)
        kept = kept.where(duplicate_of == "", duplicate_of)
    return kept


def _finest_events(storied: pd.DataFrame, codes: np.ndarray) -> np.ndarray:
    """Per story, the position of its event with the shortest period (the first of equals)."""
    span = (pd.to_datetime(storied[Event.DATE_END]) - pd.to_datetime(storied[Event.DATE])).to_numpy()
    order = pd.DataFrame({"story": codes, "span": span, "row": np.arange(len(codes))}).sort_values(
        ["story", "span", "row"], kind="stable", na_position="last")
    return order.drop_duplicates("story")["row"].to_numpy()


def _first_reports(codes: np.ndarray, canonical: np.ndarray, docs: pd.DataFrame) -> pd.DataFrame:
    """Per story code: articles and outlets counted once, and the earliest dated article's date and outlet."""
    articles = pd.DataFrame({"story": codes, "doc": canonical}).drop_duplicates()
    articles["published"] = docs[Doc.PUBLISHED].reindex(articles["doc"]).fillna("").astype(str).to_numpy()
    articles["outlet"] = docs[Doc.SOURCE].reindex(articles["doc"]).fillna("").astype(str).to_numpy()
    grouped = articles.groupby("story")
    out = pd.DataFrame({"n_articles": grouped.size()})
    out["n_outlets"] = articles[articles["outlet"] != ""].groupby("story")["outlet"].nunique()
    out["n_outlets"] = out["n_outlets"].fillna(0).astype(int)
    dated = articles[articles["published"] != ""].sort_values(["story", "published"], kind="stable")
    first = dated.drop_duplicates("story").set_index("story")
    out["first_published"] = first["published"]
    out["first_outlet"] = first["outlet"]
    return out.fillna({"first_published": "", "first_outlet": ""})


def _languages(codes: np.ndarray, languages: np.ndarray) -> np.ndarray:
    """Per story code, its sources' languages in alphabetical order ("en;zh"). Most stories have
    one: only their further languages are joined one by one (a join per story took 0.7 s for
    16,000 stories)."""
    names, language_codes = np.unique(languages, return_inverse=True)
    present = names[language_codes] != ""
    pairs = np.unique(np.stack([codes[present], language_codes[present]], axis=1).reshape(-1, 2), axis=0)
    story, language = pairs[:, 0], pairs[:, 1]   # by story, then language
    labels = np.full(int(codes.max()) + 1, "", dtype=object)
    first = np.r_[True, story[1:] != story[:-1]] if len(story) else np.zeros(0, dtype=bool)
    labels[story[first]] = names[language[first]]
    for row in np.flatnonzero(~first):
        labels[story[row]] += COMPANY_SEPARATOR + str(names[language[row]])
    return labels


def central_similarities(codes: np.ndarray, vectors: np.ndarray, positions: np.ndarray,
                         rows_at_once: int = ROWS_AT_ONCE) -> np.ndarray:
    """Per row (of story ``codes[i]``, vector ``vectors[positions[i]]``), its dot product with its story's
    mean vector (float64), rounded to 6 places: two reports of one story equally central must not be told
    apart by float noise. A story's rows are summed in their order, whole stories about ``rows_at_once``
    rows at a time: every story's float64 centroid at once took ~1 GB at 10,000 articles."""
    out = np.zeros(len(codes))
    if not len(codes):
        return out
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    starts = np.flatnonzero(np.r_[True, sorted_codes[1:] != sorted_codes[:-1]])
    # Each chunk starts where the story holding its first row starts: a story is never split.
    holding = np.searchsorted(starts, np.arange(0, len(codes), rows_at_once), side="right") - 1
    bounds = np.unique(np.r_[starts[holding], len(codes)])
    for first, last in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        rows = widened(vectors[positions[order[first:last]]])
        story_starts = starts[(starts >= first) & (starts < last)] - first
        sizes = np.diff(np.r_[story_starts, last - first])
        centroids = np.add.reduceat(rows.astype(np.float64), story_starts, axis=0) / sizes[:, None]
        out[order[first:last]] = np.round(np.einsum("ij,ij->i", rows, np.repeat(centroids, sizes, axis=0)), 6)
    return out


def _titles(storied: pd.DataFrame, codes: np.ndarray, vectors: np.ndarray, positions: np.ndarray,
            languages: np.ndarray, language: str | None) -> np.ndarray:
    """Per story, its most central sentence (closest to the others on average), in ``language``
    when one is, not dated only by the time of writing when another is; the first of equals. A row's
    mean similarity to its story's rows is its dot product with the story's mean vector. ``storied``
    row ``i`` has the vector ``vectors[positions[i]]``."""
    n = int(codes.max()) + 1
    sizes = np.bincount(codes, minlength=n)
    # A story of one report has it for its title: only stories of several need their centroid.
    several = np.flatnonzero(sizes[codes] > 1)
    centrality = np.zeros(len(codes))
    centrality[several] = central_similarities(codes[several], vectors, positions[several])
    preferred = (languages == language) if language else np.zeros(len(codes), dtype=bool)
    has_preferred = np.bincount(codes, weights=preferred, minlength=n) > 0
    eligible = preferred | ~has_preferred[codes]
    order = pd.DataFrame({"story": codes, "eligible": eligible, "happening": ~dated_by_time_of_writing(storied),
                          "centrality": centrality, "row": np.arange(len(codes))}).sort_values(
        ["story", "eligible", "happening", "centrality", "row"], ascending=[True, False, False, False, True],
        kind="stable")
    best = order.drop_duplicates("story")["row"].to_numpy()
    return storied[Event.SENTENCE].astype(str).to_numpy(dtype=object)[best]


def dated_by_time_of_writing(events: pd.DataFrame) -> np.ndarray:
    """Per event, whether its date is the time of writing ("as of press time", 截至发稿, 截至發稿時)."""
    texts = events[Event.DATE_TEXT].fillna("").astype(str)
    # Each distinct date text is read once: a corpus repeats a few thousand of them over millions of events.
    distinct = texts.drop_duplicates()
    writing = distinct[distinct.map(lambda text: " ".join(to_simplified(text).lower().split())).isin(_TIME_OF_WRITING)]
    return texts.isin(writing).to_numpy()
