"""Reference answer of ``lib.analyze.story_facts.story_table``: one pandas group at a time.

The kept answer computes the same facts for every story at once (it took two minutes per 2,000
synthetic articles this way); the unit tests compare the two on generated stories.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.rules import builtin_rules
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Story

_RULES = builtin_rules()
# Written out here from the rule files' own rows, not through lib's ``time_of_writing_phrases``.
_TIME_OF_WRITING = {phrase.lower() for phrase in _RULES.publication_day_en} | {
    word.word for word in _RULES.date_words_zh if word.kind == "writing"}


def story_table_by_group(events: pd.DataFrame, documents: pd.DataFrame, vectors: np.ndarray,
                language: str | None = None) -> pd.DataFrame:
    """One row per story (``Story.COLUMNS``), most corroborated first.

    ``events`` carries ``Event.STORY_ID``; ``vectors`` has one row per event. The title is the
    story's most central sentence, in ``language`` when a source is in it, not one dated only by
    the time of writing ("as of press time", 截至发稿) when another is.
    """
    storied = events[events[Event.STORY_ID].astype(bool)]
    if storied.empty:
        return pd.DataFrame(columns=Story.COLUMNS)
    docs = documents.set_index(Doc.DOC_ID)
    canonical = _canonical_doc(docs)
    positions = pd.Series(np.arange(len(events)), index=events.index)
    rows = [
        _story_row(story, group, docs, canonical, vectors[positions[group.index].to_numpy()], language)
        for story, group in storied.groupby(Event.STORY_ID, sort=False)
    ]
    table = pd.DataFrame(rows, columns=Story.COLUMNS)
    return table.sort_values([Story.N_ARTICLES, Story.N_OUTLETS, Story.DATE],
                             ascending=[False, False, True], kind="stable").reset_index(drop=True)


def _canonical_doc(docs: pd.DataFrame) -> pd.Series:
    kept = docs.index.to_series()
    if Doc.DUPLICATE_OF in docs.columns:
        duplicate_of = docs[Doc.DUPLICATE_OF].fillna("").astype(str)
        kept = kept.where(duplicate_of == "", duplicate_of)
    return kept


def _story_row(story: str, group: pd.DataFrame, docs: pd.DataFrame, canonical: pd.Series,
               vectors: np.ndarray, language: str | None) -> dict:
    finest = group.assign(_span=pd.to_datetime(group[Event.DATE_END]) - pd.to_datetime(group[Event.DATE]))
    finest = finest.sort_values("_span", kind="stable").iloc[0]
    doc_ids = group[Event.DOC_ID].map(canonical).fillna(group[Event.DOC_ID]).unique()
    sources = docs.reindex(doc_ids)
    published = sources[Doc.PUBLISHED].fillna("").astype(str)
    dated = published[published != ""]
    first = dated.sort_values(kind="stable").index[0] if not dated.empty else None
    languages = sorted({lang for lang in docs.reindex(group[Event.DOC_ID])[Doc.LANGUAGE].dropna() if lang})
    outlets = {o for o in sources[Doc.SOURCE].fillna("").astype(str) if o}
    return {
        Story.STORY_ID: story,
        Story.DATE: finest[Event.DATE],
        Story.PRECISION: finest[Event.PRECISION],
        Story.COMPANIES: finest[Event.COMPANIES],
        Story.TITLE: _title(group, vectors, docs, language),
        Story.FIRST_PUBLISHED: published[first] if first is not None else "",
        Story.FIRST_OUTLET: (sources.loc[first, Doc.SOURCE] or "") if first is not None else "",
        Story.N_ARTICLES: len(doc_ids),
        Story.N_OUTLETS: len(outlets),
        Story.LANGUAGES: COMPANY_SEPARATOR.join(languages),
        Story.N_EVENTS: len(group),
    }


def _title(group: pd.DataFrame, vectors: np.ndarray, docs: pd.DataFrame, language: str | None) -> str:
    centrality = (vectors @ vectors.T).mean(axis=1)
    order = np.argsort(-centrality, kind="stable")
    if language:
        in_language = docs.reindex(group[Event.DOC_ID])[Doc.LANGUAGE].to_numpy() == language
        preferred = [i for i in order if in_language[i]]
        order = preferred or list(order)
    writing = [_normal(text) in _TIME_OF_WRITING for text in group[Event.DATE_TEXT].fillna("")]
    order = [i for i in order if not writing[i]] or list(order)
    return str(group[Event.SENTENCE].iloc[order[0]])


def _normal(date_text: str) -> str:
    from lib.parse.script import to_simplified

    return " ".join(to_simplified(str(date_text)).lower().split())
