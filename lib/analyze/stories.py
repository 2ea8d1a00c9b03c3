"""Stories: events from any mix of articles, outlets and languages that report one happening.

Two events can share a story only when they name a company in common and their periods agree: a
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
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from lib.schema import COMPANY_SEPARATOR, Doc, Event, Story

# Cosine of multilingual USE v3 vectors above which two agreeing events report one happening.
# Compared on sentences without their date words, among events that already agree on a company and
# the period: on the real story set, reports of one happening score 0.27-0.66 (10th-90th
# percentile, median 0.49), different happenings that agree 0.16-0.31 before the one-day tolerance
# (benchmarks/story_quality.py measures the choice).
SAME_STORY_SIMILARITY = 0.35
# Periods longer than this join a story only with the identical period.
SHORT_PERIOD_DAYS = 31


def event_texts(events: pd.DataFrame) -> list[str]:
    """What each event says happened: its sentence with the date's own words taken out.

    The date words go because events compared for a story already agree on the period, and an
    encoder weighs shared dates so heavily that two happenings of one month would look alike.
    """
    return [
        " ".join(str(sentence).replace(str(words), " ").split()) if words else str(sentence)
        for sentence, words in zip(events[Event.SENTENCE], events[Event.DATE_TEXT], strict=True)
    ]


@dataclass(frozen=True)
class _Member:
    row: int
    start: str
    end: str
    long: bool
    companies: frozenset[str]


def story_ids(events: pd.DataFrame, vectors: np.ndarray,
              threshold: float = SAME_STORY_SIMILARITY) -> pd.Series:
    """The story of each event (index of ``events``); events with no company get none ("")."""
    ids = pd.Series("", index=events.index, dtype=object)
    members = [m for m in _members(events) if m.companies and m.start[:4].isdigit()]
    for cluster in _clusters(members, vectors, threshold):
        rows = [m.row for m in cluster]
        ids.iloc[rows] = _story_id(events[Event.EVENT_ID].iloc[rows])
    return ids


def _members(events: pd.DataFrame) -> list[_Member]:
    starts = pd.to_datetime(events[Event.DATE], errors="coerce")
    ends = pd.to_datetime(events[Event.DATE_END], errors="coerce").fillna(starts)
    spans = (ends - starts).dt.days.fillna(0).to_numpy()
    return [
        _Member(row, str(start), str(end), span >= SHORT_PERIOD_DAYS, _company_set(companies))
        for row, (start, end, span, companies) in enumerate(zip(
            events[Event.DATE], events[Event.DATE_END], spans, events[Event.COMPANIES], strict=True))
    ]


def _company_set(companies) -> frozenset[str]:
    if not isinstance(companies, str):
        return frozenset()
    return frozenset(c for c in companies.split(COMPANY_SEPARATOR) if c)


def _candidate_pairs(members: Sequence[_Member], vectors: np.ndarray, threshold: float):
    """Pairs that name a company in common, agree on the period and say alike, closest first.

    Blocked by (company, month) for short periods and (company, period) for long ones, so only
    events that could share a story are ever compared.
    """
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for position, member in enumerate(members):
        period = (member.start, member.end) if member.long else member.start[:7]
        for company in member.companies:
            blocks[(company, period)].append(position)
    pairs: dict[tuple[int, int], float] = {}
    for block in blocks.values():
        if len(block) < 2:
            continue
        rows = [members[i].row for i in block]
        similarity = vectors[rows] @ vectors[rows].T
        for a, b in zip(*np.nonzero(np.triu(similarity >= threshold, 1)), strict=True):
            i, j = block[a], block[b]
            if _periods_agree([members[i], members[j]]):
                pairs[(i, j)] = float(similarity[a, b])
    return sorted(pairs.items(), key=lambda item: (-item[1], item[0]))


def _clusters(members: Sequence[_Member], vectors: np.ndarray, threshold: float) -> list[list[_Member]]:
    """Average-linkage merging of agreeing members, closest pairs first.

    Two groups merge only when their members, all together, still name a company in common and
    agree on the period, and their mean similarity passes ``threshold``: no chaining.
    """
    groups: dict[int, list[int]] = {i: [i] for i in range(len(members))}
    shared: dict[int, frozenset[str]] = {i: m.companies for i, m in enumerate(members)}
    owner = list(range(len(members)))
    for (i, j), _ in _candidate_pairs(members, vectors, threshold):
        a, b = owner[i], owner[j]
        if a == b or not shared[a] & shared[b]:
            continue
        left, right = groups[a], groups[b]
        rows_left = [members[k].row for k in left]
        rows_right = [members[k].row for k in right]
        if (vectors[rows_left] @ vectors[rows_right].T).mean() < threshold:
            continue
        if not _periods_agree([members[k] for k in left + right]):
            continue
        groups[a] = left + right
        shared[a] = shared[a] & shared[b]
        for k in right:
            owner[k] = a
        del groups[b], shared[b]
    return [[members[k] for k in sorted(group)] for group in groups.values()]


def _periods_agree(members: Sequence[_Member]) -> bool:
    """One long period shared by all, or short periods that overlap or lie a day apart.

    A day apart, because reports of one happening across time zones name neighbouring days
    ("on Monday" in New York is "周二" in Beijing).
    """
    if any(m.long for m in members):
        return len({(m.start, m.end) for m in members}) == 1
    latest_start = date.fromisoformat(max(m.start for m in members))
    earliest_end = date.fromisoformat(min(m.end for m in members))
    return latest_start <= earliest_end + timedelta(days=1)


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


@dataclass(frozen=True)
class Stories:
    """The stories of a corpus: the story of each event, and one row per story."""

    of_event: pd.Series  # Event.STORY_ID for each event, index of the events frame ("" for none)
    table: pd.DataFrame  # Story.COLUMNS, most corroborated first
    vectors: np.ndarray  # one unit-length row per event, in the order of the events frame

    def events_with_stories(self, events: pd.DataFrame) -> pd.DataFrame:
        """``events`` (the corpus's or a filtered subset) with their ``story_id``."""
        return events.assign(**{Event.STORY_ID: self.of_event.reindex(events.index).fillna("")})


def corpus_stories(events: pd.DataFrame, documents: pd.DataFrame, vectors: np.ndarray,
                   language: str | None = None) -> Stories:
    """Group ``events`` into stories; ``vectors`` are those of ``event_texts(events)``."""
    of_event = story_ids(events, vectors)
    table = story_table(events.assign(**{Event.STORY_ID: of_event}), documents, vectors, language)
    return Stories(of_event, table, vectors)
