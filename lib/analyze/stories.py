"""Stories: events from any mix of articles, outlets and languages that report one happening.

Two events can share a story only when they name the same companies and their periods agree: a
short period (a day, a week, a month) agrees with another it overlaps ("in March" and "March 16"),
and a longer one (a quarter, a half, a year) only with the very same period, because "in 2024"
overlaps every day of the year and would otherwise pull unrelated happenings together. Among the
events that agree, meaning decides: sentence vectors from a multilingual encoder, merged by
average linkage, so a story never grows by a chain of single close pairs. Candidates are blocked
by companies and month, so the work grows with the corpus, not with its square.

Everything here is a pure function of the events, the documents and the vectors of the events'
sentences (one row each, unit length, in the order of the events frame).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.schema import COMPANY_SEPARATOR, Doc, Event, Sent, Story

# Cosine of multilingual USE v3 vectors above which two agreeing events report one happening.
# Compared on event clauses without their dates: a report and its translation or rewording score
# about 0.45-0.8, different happenings of one company in one month about 0.2-0.35
# (benchmarks/story_quality.py measures the choice on real articles).
SAME_STORY_SIMILARITY = 0.4
# Periods longer than this join a story only with the identical period.
SHORT_PERIOD_DAYS = 31


# Clause boundaries inside a sentence, English and Chinese.
_CLAUSE_END = re.compile(r"[,;:\uff0c\uff1b\uff1a\u3001]\s*")
_WORD = re.compile(r"[A-Za-z0-9]+")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A clause shorter than this ("In March,") is widened to its neighbours until it says something.
_CLAUSE_MIN_WORDS = 8


def event_clauses(events: pd.DataFrame, sentences: pd.DataFrame) -> list[str]:
    """What each event says happened: the clause holding its date, widened to about eight words,
    with the date's own words taken out.

    A whole sentence often reports several things ("According to a May 6 report, X has assembled a
    team since March"); the clause around the date is what the date belongs to. The date words go
    because events compared for a story already agree on the period, and an encoder weighs shared
    dates and names so heavily that two happenings of one month would look alike.
    """
    starts = sentences.set_index([Sent.DOC_ID, Sent.SENT_ID])[Sent.START]
    keys = list(zip(events[Event.DOC_ID], events[Event.SENT_ID], strict=True))
    offsets = starts.reindex(keys).fillna(0).astype(int).to_numpy()
    return [
        _without(_clause(str(sentence), int(start) - offset), str(date_text))
        for sentence, start, offset, date_text in zip(
            events[Event.SENTENCE], events[Event.START], offsets, events[Event.DATE_TEXT], strict=True)
    ]


def _without(clause: str, words: str) -> str:
    return " ".join(clause.replace(words, " ").split()) if words else clause


def _clause(sentence: str, at: int) -> str:
    bounds = [0] + [m.end() for m in _CLAUSE_END.finditer(sentence)] + [len(sentence)]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    if not spans:
        return sentence
    low = high = next((i for i, (a, b) in enumerate(spans) if a <= at < b), len(spans) - 1)
    while _size(sentence[spans[low][0]:spans[high][1]]) < _CLAUSE_MIN_WORDS and (low, high) != (0, len(spans) - 1):
        if high < len(spans) - 1:
            high += 1
        else:
            low -= 1
    return sentence[spans[low][0]:spans[high][1]].strip()


def _size(text: str) -> int:
    """Words, counting two Chinese characters as one."""
    return len(_WORD.findall(text)) + len(_HAN.findall(text)) // 2


@dataclass(frozen=True)
class _Member:
    row: int
    start: str
    end: str
    long: bool


def story_ids(events: pd.DataFrame, vectors: np.ndarray,
              threshold: float = SAME_STORY_SIMILARITY) -> pd.Series:
    """The story of each event (index of ``events``); events with no company get none ("")."""
    ids = pd.Series("", index=events.index, dtype=object)
    if events.empty:
        return ids
    members = _members(events)
    for block in _blocks(events, members).values():
        for cluster in _clusters(block, vectors, threshold):
            rows = [m.row for m in cluster]
            story = _story_id(events[Event.EVENT_ID].iloc[rows])
            ids.iloc[rows] = story
    return ids


def _members(events: pd.DataFrame) -> list[_Member]:
    starts = pd.to_datetime(events[Event.DATE], errors="coerce")
    ends = pd.to_datetime(events[Event.DATE_END], errors="coerce").fillna(starts)
    spans = (ends - starts).dt.days.fillna(0).to_numpy()
    return [
        _Member(row, str(start), str(end), span >= SHORT_PERIOD_DAYS)
        for row, (start, end, span) in enumerate(zip(events[Event.DATE], events[Event.DATE_END], spans,
                                                     strict=True))
    ]


def _blocks(events: pd.DataFrame, members: Sequence[_Member]) -> dict[tuple, list[_Member]]:
    blocks: dict[tuple, list[_Member]] = defaultdict(list)
    for member, companies in zip(members, events[Event.COMPANIES], strict=True):
        key_companies = _company_key(companies)
        if not key_companies or not member.start[:4].isdigit():
            continue
        period = (member.start, member.end) if member.long else member.start[:7]
        blocks[(key_companies, period)].append(member)
    return blocks


def _company_key(companies) -> str:
    if not isinstance(companies, str):
        return ""
    return COMPANY_SEPARATOR.join(sorted({c for c in companies.split(COMPANY_SEPARATOR) if c}))


def _clusters(block: list[_Member], vectors: np.ndarray, threshold: float) -> list[list[_Member]]:
    """Average-linkage merging of agreeing members, closest pairs first."""
    if len(block) == 1:
        return [block]
    rows = [m.row for m in block]
    similarity = vectors[rows] @ vectors[rows].T
    clusters: dict[int, list[int]] = {i: [i] for i in range(len(block))}
    owner = list(range(len(block)))
    pairs = sorted(
        ((similarity[i, j], i, j) for i in range(len(block)) for j in range(i + 1, len(block))
         if similarity[i, j] >= threshold),
        reverse=True,
    )
    for _, i, j in pairs:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        left, right = clusters[a], clusters[b]
        if similarity[np.ix_(left, right)].mean() < threshold:
            continue
        if not _periods_agree([block[k] for k in left + right]):
            continue
        clusters[a] = left + right
        for k in right:
            owner[k] = a
        del clusters[b]
    return [[block[k] for k in sorted(members)] for members in clusters.values()]


def _periods_agree(members: Sequence[_Member]) -> bool:
    if any(m.long for m in members):
        return len({(m.start, m.end) for m in members}) == 1
    return max(m.start for m in members) <= min(m.end for m in members)


def _story_id(event_ids: pd.Series) -> str:
    """Stable across runs: named after the story's first event."""
    return "story-" + hashlib.sha1(min(event_ids).encode("utf-8")).hexdigest()[:10]


def story_table(events: pd.DataFrame, documents: pd.DataFrame, vectors: np.ndarray,
                language: str | None = None) -> pd.DataFrame:
    """One row per story (``Story.COLUMNS``), most corroborated first.

    ``events`` carries ``Event.STORY_ID``; ``vectors`` has one row per event. The title is the
    story's most central sentence, in ``language`` when a source is in it.
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
    return str(group[Event.SENTENCE].iloc[order[0]])
