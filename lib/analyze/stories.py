"""Stories: events from any mix of articles, outlets and languages that report one happening.

Two events can share a story only when they name a company in common and their periods agree: a
short period (a day, a week, a month) agrees with another it overlaps ("in March" and "March 16"),
two single days also a day apart (publication lag across outlets and time zones, kept when a
month-precise report joins too: ``lib.analyze.story_periods``), and a longer one (a quarter, a
half, a year) only with the very same period, because "in 2024" overlaps every day of the year
and would otherwise pull unrelated happenings together. Among the
events that agree, meaning decides: sentence vectors from a multilingual encoder, merged by
average linkage, so a story never grows by a chain of single close pairs. Candidates are blocked
by companies and month, so the work grows with the corpus, not with its square.

Everything here is a pure function of the events, the documents and the vectors of the events'
sentences (one row each, unit length, in the order of the events frame).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from lib.analyze.event_vectors import EventVectors, WithMoreRows, event_vectors, widened
from lib.analyze.story_article_days import article_days_joined
from lib.analyze.story_blocks import (
    SHORT_PERIOD_DAYS,
    Block,
    Members,
    joinable,
    story_blocks,
    story_id_after,
    story_members,
)
from lib.analyze.story_details import placed_details
from lib.analyze.story_facts import story_table
from lib.analyze.story_figures import placed_by_sums
from lib.analyze.story_happening_days import happening_day_reports
from lib.analyze.story_mentions import placed_alike_in_article
from lib.analyze.story_merges import merged_by_placed_reports
from lib.analyze.story_openings import opening_reports
from lib.analyze.story_periods import StoryPeriod, report_periods
from lib.analyze.story_products import (
    ProductSums,
    common_to,
    event_products,
    merged_product_sums,
    product_sums,
    regulator_sums,
    say_alike_of_a_product,
    share_a_product,
    share_a_product_of_a_kind,
    share_a_regulator,
    union_of,
)
from lib.analyze.story_today import placed_today, today_reports
from lib.analyze.story_weekdays import weekday_stories
from lib.analyze.story_years import Placement, year_less_placement
from lib.rules.story_similarity import builtin_story_similarity
from lib.schema import Event, Story

# The bars of sentence similarity (cosine of multilingual USE v3 vectors, date words taken out) above
# which events that already agree on a company and the period report one happening; each is argued in
# lib/rules/story_similarity.csv, the one place to tune them.
_BARS = builtin_story_similarity()
# The general bar.
SAME_STORY_SIMILARITY = _BARS["same_story"]
# Two events or stories that name one product (a gazetteer product), within a short period.
SAME_PRODUCT_SIMILARITY = _BARS["same_product"]
# Two events, or stories, each of one and the same single day.
SAME_DAY_SIMILARITY = _BARS.get("same_day", SAME_STORY_SIMILARITY)
# Two events, or stories, of one and the same single day telling one kind of happening of a product both name.
SAME_DAY_PRODUCT_SIMILARITY = _BARS.get("same_day_product", SAME_DAY_SIMILARITY)
# Two events, or stories, of one and the same single day telling a happening of a regulator both name.
SAME_DAY_REGULATOR_SIMILARITY = _BARS.get("same_day_regulator", SAME_DAY_SIMILARITY)


def event_texts(events: pd.DataFrame) -> list[str]:
    """What each event says happened: its sentence with the date's own words taken out.

    The date words go because events compared for a story already agree on the period, and an
    encoder weighs shared dates so heavily that two happenings of one month would look alike.
    """
    return [
        " ".join(str(sentence).replace(str(words), " ").split()) if words else str(sentence)
        for sentence, words in zip(events[Event.SENTENCE], events[Event.DATE_TEXT], strict=True)
    ]


def story_ids(events: pd.DataFrame, vectors: np.ndarray | EventVectors, threshold: float = SAME_STORY_SIMILARITY,
              products: pd.Series | None = None) -> pd.Series:
    """The story of each event (index of ``events``); events with no company get none ("").

    ``products`` (``event_products``) lets events naming one product join at ``SAME_PRODUCT_SIMILARITY``.
    Only events that agree with another on a company and the period are encoded (``EventVectors``).
    """
    ids = pd.Series("", index=events.index, dtype=object)
    members = story_members(events, products)
    if not len(members.rows):
        return ids
    vectors = event_vectors(vectors)
    blocks = story_blocks(members)
    vectors.encode_rows(members.rows[joinable(blocks)])
    _, group = np.unique(_clusters(members, vectors.matrix, threshold, blocks), return_inverse=True)
    # Groups stay numbers until each has its name: one string per story, shared by its events.
    firsts = events[Event.EVENT_ID].iloc[members.rows].groupby(group).min()
    names = np.array([story_id_after(event_id) for event_id in firsts], dtype=object)
    ids.iloc[members.rows] = names[group]
    return ids


def _candidate_pairs(members: Members, vectors: np.ndarray, threshold: float,
                     blocks: list[Block]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (first, second, similarity) of two articles of one block that agree on the period and say
    alike, closest first; a pair met in two blocks once. One article's sentences share its wording and
    background whatever they tell (a deal and "Earlier in December 2025, Meta had also acquired
    Limitless", 0.51): they join a story only through other articles' reports of it."""
    lefts, rights, values = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], [np.zeros(0)]
    for block in blocks:
        idx = block.members
        block_vectors = widened(vectors[members.rows[idx]])
        similarity = block_vectors @ block_vectors.T
        alike = similarity >= threshold
        if not block.long and any(members.products[i] for i in idx):
            alike |= (similarity >= SAME_PRODUCT_SIMILARITY) & share_a_product(members.products, list(idx))
        one_day = _one_day(members, idx)
        alike |= one_day & (similarity >= min(threshold, SAME_DAY_SIMILARITY))
        alike |= one_day & (similarity >= SAME_DAY_PRODUCT_SIMILARITY) & share_a_product_of_a_kind(
            members.products, members.kinds, list(idx))
        alike |= one_day & (similarity >= SAME_DAY_REGULATOR_SIMILARITY) & share_a_regulator(
            members.regulators, members.kinds, list(idx))
        articles = members.articles[idx]
        left, right = np.nonzero(np.triu(block.agree & alike & (articles[:, None] != articles[None, :]), 1))
        lefts.append(idx[left])
        rights.append(idx[right])
        values.append(similarity[left, right].astype(np.float64))
    first, second, value = np.concatenate(lefts), np.concatenate(rights), np.concatenate(values)
    # A pair met in several blocks keeps its last similarity (equal but for float noise).
    _, last = np.unique((first * len(members.rows) + second)[::-1], return_index=True)
    keep = len(first) - 1 - last
    first, second, value = first[keep], second[keep], value[keep]
    order = np.lexsort((second, first, -value))
    return first[order], second[order], value[order]


def _clusters(members: Members, vectors: np.ndarray, threshold: float, blocks: list[Block]) -> np.ndarray:
    """The group of each member: average-linkage merging of agreeing members, closest pairs first.

    Two groups merge only when their members, all together, still name a company in common and
    agree on the period, and their mean similarity passes ``threshold``: no chaining. The mean
    of all cross-pair cosines is the dot product of the groups' vector sums over their sizes.
    """
    first, second, _ = _candidate_pairs(members, vectors, threshold, blocks)
    parent = np.arange(len(members.rows))
    size = np.ones(len(parent), dtype=np.int64)
    # The last pair each group is in: past it, its sums are never read again and are let go.
    last = np.full(len(parent), -1, dtype=np.int64)
    np.maximum.at(last, first, np.arange(len(first)))
    np.maximum.at(last, second, np.arange(len(second)))
    periods = report_periods(members.start, members.end)
    shared = list(members.companies)
    products = list(members.products)  # any member's
    named: dict[int, ProductSums] = {}  # per group naming a product: its product-naming members' sums
    acting: dict[int, ProductSums] = {}  # per group naming a regulator: its regulator-naming members' sums
    sums: dict[int, np.ndarray] = {}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def total(node: int) -> np.ndarray:
        return sums[node] if node in sums else widened(vectors[members.rows[node]])

    def naming(node: int) -> ProductSums:
        return named[node] if node in named else product_sums(members.products[node], members.kinds[node], total(node))

    def regulating(node: int) -> ProductSums:
        return acting[node] if node in acting else regulator_sums(members.regulators[node], members.kinds[node],
                                                                  total(node))

    def alike_by_name(a: int, b: int, same_day: bool, linkage_bar: float) -> bool:
        # Their members naming a product, or on one same day a regulator, in common say alike enough.
        return (not members.long[a] and say_alike_of_a_product(naming(a), naming(b), linkage_bar)) or (
            same_day and say_alike_of_a_product(regulating(a), regulating(b), SAME_DAY_REGULATOR_SIMILARITY))

    def joined_period(a: int, b: int) -> StoryPeriod | None:
        # The period of both groups when they may merge, None when they may not.
        if a == b or shared[a].isdisjoint(shared[b]) or members.long[a] != members.long[b]:
            return None
        period = periods[a].joined(periods[b])
        if period is None:
            return None
        mean = float(total(a) @ total(b)) / (size[a] * size[b])
        product_bar = (SAME_PRODUCT_SIMILARITY if not products[a].isdisjoint(products[b]) and not members.long[a]
                       else threshold)
        same_day = periods[a].one_day(periods[b])
        if same_day:
            product_bar = min(product_bar, threshold, SAME_DAY_SIMILARITY)
        linkage_bar = min(SAME_PRODUCT_SIMILARITY, SAME_DAY_PRODUCT_SIMILARITY) if same_day else SAME_PRODUCT_SIMILARITY
        return period if mean >= product_bar or alike_by_name(a, b, same_day, linkage_bar) else None

    def merge(a: int, b: int, period: StoryPeriod) -> None:
        _keep_if_any(acting, a, merged_product_sums(regulating(a), regulating(b)))
        _keep_if_any(named, a, merged_product_sums(naming(a), naming(b)))
        products[a] = union_of(products[a], products[b])
        sums[a] = total(a) + total(b)
        forget(b)
        parent[b] = a
        size[a] += size[b]
        last[a] = max(last[a], last[b])
        periods[a] = period
        shared[a] = common_to(shared[a], shared[b])

    def forget(node: int) -> None:
        for kept in (sums, named, acting):
            kept.pop(node, None)

    for pair, (i, j) in enumerate(_pairs_in_turn(first, second)):
        a, b = root(i), root(j)
        period = joined_period(a, b)
        if period is not None:
            merge(a, b, period)
        elif last[b] <= pair:
            forget(b)
        if last[a] <= pair:
            forget(a)
    return np.array([root(i) for i in range(len(parent))])


def _pairs_in_turn(first: np.ndarray, second: np.ndarray, at_once: int = 8192) -> Iterator[tuple[int, int]]:
    """``zip(first, second)`` as Python ints, a few thousand at a time: all of them at once are ~40 MB of ints
    beside the grouping's sums at 10,000 articles."""
    for start in range(0, len(first), at_once):
        yield from zip(first[start:start + at_once].tolist(), second[start:start + at_once].tolist(), strict=True)


def _keep_if_any(kept: dict[int, ProductSums], node: int, sums: ProductSums) -> None:
    """``kept[node] = sums``, or none kept when ``sums`` is empty (the node's own reading is then empty too)."""
    if sums:
        kept[node] = sums
    else:
        kept.pop(node, None)


def _one_day(members: Members, idx: np.ndarray) -> np.ndarray:
    """Whether each two members of ``idx`` are each of one and the same single day."""
    single = members.single_day[idx]
    return np.equal.outer(members.start[idx], members.start[idx]) & np.logical_and.outer(single, single)


@dataclass(frozen=True)
class Stories:
    """The stories of a corpus: the story of each event, and one row per story."""

    of_event: pd.Series  # Event.STORY_ID for each event and opening report, by their index ("" for none)
    table: pd.DataFrame  # Story.COLUMNS, most corroborated first
    # One unit-length row per event, in the order of the events frame, then one per opening report; a zero
    # row for one whose sentence was not needed (``EventVectors``): it can join no other. Float16 as stored
    # (``widened`` where read).
    vectors: np.ndarray
    # Year-less events of undated articles that their story gave a year (lib/analyze/story_years.py).
    years: Placement = Placement(pd.Series(dtype=object), pd.Series(dtype=object), 0)
    # Reports for stories only, indexed after the events: openings dated by their dateline
    # (lib/analyze/story_openings.py), then sentences saying today in undated articles (lib/analyze/story_today.py),
    # then days of a happening named and not told (lib/analyze/story_happening_days.py).
    openings: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=Event.COLUMNS))

    def events_with_stories(self, events: pd.DataFrame) -> pd.DataFrame:
        """``events`` (the corpus's or a filtered subset) with their ``story_id``, and the year-less
        ones their story placed with its day (qualifier ``YEAR_FROM_STORY``)."""
        return self.years.dated(events).assign(**{Event.STORY_ID: self.of_event.reindex(events.index).fillna("")})

    def reports_with_stories(self, events: pd.DataFrame) -> pd.DataFrame:
        """``events_with_stories(events)`` followed by every report for stories only (qualifier ``DATELINE_DAY``,
        ``TODAY_UNDATED`` or ``HAPPENING_DAY_UNTOLD``): the reports a story's facts and evidence count. With the
        corpus's events, row for row with ``vectors``."""
        with_stories = self.events_with_stories(events)
        if not len(self.openings):
            return with_stories
        return pd.concat([with_stories, self.events_with_stories(self.openings)])


def corpus_stories(events: pd.DataFrame, documents: pd.DataFrame, vectors: np.ndarray | EventVectors,
                   language: str | None = None, mentions: pd.DataFrame | None = None,
                   sentences: pd.DataFrame | None = None,
                   money_words: tuple[tuple[str, str, str], ...] | None = None) -> Stories:
    """Group ``events`` into stories; ``vectors`` are those of ``event_texts(events)`` (or encode
    them when asked: ``EventVectors``), ``mentions`` the corpus's (for the products each event
    names, and the companies of openings dated by their dateline, which join as reports), ``sentences``
    the corpus's (where those openings are: without both, no report joins). Year-less
    events of undated articles then join the story, dated by other articles, that gives them a year, and an
    undated article's today, or a happening's day named and told nowhere, the one story of its company that
    says alike (the year-less reports placed dated, so their story is one of a short period); a sentence of no
    happening joins its article's story of its company's day (``lib.analyze.story_details``). ``money_words`` are
    the corpus's rules' (``Rules.money_words``: its folder's own ``money_words.csv`` included), None for the
    built-in ones."""
    openings = _for_stories_only(opening_reports(events, documents, mentions, sentences),
                                 today_reports(events, documents, mentions, sentences),
                                 happening_day_reports(events, documents, mentions, sentences))
    openings.index = pd.RangeIndex(len(openings)) + (int(events.index.max()) + 1 if len(events) else 0)
    reports = pd.concat([events, openings]) if len(openings) else events
    vectors = WithMoreRows(event_vectors(vectors), event_texts(openings)) if len(openings) else event_vectors(vectors)
    products = event_products(reports, mentions)
    of_event = story_ids(reports, vectors, products=products)
    of_event = article_days_joined(reports, of_event)
    years = year_less_placement(reports, vectors, of_event, SAME_STORY_SIMILARITY, SHORT_PERIOD_DAYS,
                                products, SAME_PRODUCT_SIMILARITY, SAME_DAY_SIMILARITY)
    years = placed_alike_in_article(reports, years, of_event)
    of_event = of_event.mask(of_event.index.isin(years.story_id.index), years.story_id.reindex(of_event.index))
    of_event = merged_by_placed_reports(reports, years.date, of_event,
                                        lambda dated: story_ids(dated, vectors, products=products))
    of_event = weekday_stories(reports, vectors, of_event, SAME_STORY_SIMILARITY, products)
    of_event = placed_by_sums(reports, vectors, of_event, SAME_STORY_SIMILARITY, SHORT_PERIOD_DAYS, money_words)
    dated = years.dated(reports)
    of_event = placed_today(dated, vectors, of_event, SAME_STORY_SIMILARITY, SHORT_PERIOD_DAYS, products)
    of_event = placed_details(dated, of_event)
    stories = Stories(of_event, pd.DataFrame(columns=Story.COLUMNS), vectors.matrix, years, openings)
    table = story_table(stories.reports_with_stories(events), documents, vectors.matrix, language)
    return Stories(of_event, table, vectors.matrix, years, openings)


def _for_stories_only(openings: pd.DataFrame, *others: pd.DataFrame) -> pd.DataFrame:
    """The reports grouping counts that the events frame holds not: openings dated by their dateline, then
    sentences saying today in undated articles, then days of a happening named and not told."""
    frames = [frame for frame in (openings, *others) if len(frame)]
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else (frames[0] if frames else openings)
