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
    languages = (pd.DataFrame({"story": codes, "lang": docs[Doc.LANGUAGE].reindex(doc_ids).to_numpy()})
                 .dropna().query("lang != ''").drop_duplicates()
                 .sort_values(["story", "lang"]).groupby("story")["lang"].agg(COMPANY_SEPARATOR.join))
    titles = _titles(storied, codes, vectors[positions], docs[Doc.LANGUAGE].reindex(doc_ids).to_numpy(), language)
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
        Story.LANGUAGES: languages.reindex(range(n), fill_value="").to_numpy(dtype=object),
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


def _titles(storied: pd.DataFrame, codes: np.ndarray, vectors: np.ndarray, languages: np.ndarray,
            language: str | None) -> np.ndarray:
    """Per story, its most central sentence (closest to the others on average), in ``language``
    when one is; the first of equals. A row's mean similarity to its story's rows is its dot
    product with the story's mean vector."""
    n = int(codes.max()) + 1
    centroids = np.zeros((n, vectors.shape[1]), dtype=np.float64)
    np.add.at(centroids, codes, vectors)
    centroids /= np.bincount(codes, minlength=n)[:, None]
    # Rounded: two reports of one story are equally central, and float noise must not pick one.
    centrality = np.round(np.einsum("ij,ij->i", vectors, centroids[codes]), 6)
    preferred = (languages == language) if language else np.zeros(len(codes), dtype=bool)
    has_preferred = np.bincount(codes, weights=preferred, minlength=n) > 0
    eligible = preferred | ~has_preferred[codes]
    order = pd.DataFrame({"story": codes, "eligible": eligible, "centrality": centrality,
                          "row": np.arange(len(codes))}).sort_values(
        ["story", "eligible", "centrality", "row"], ascending=[True, False, False, True], kind="stable")
    best = order.drop_duplicates("story")["row"].to_numpy()
    return storied[Event.SENTENCE].astype(str).to_numpy(dtype=object)[best]


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
