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

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from lib.analyze.event_vectors import EventVectors, WithMoreRows, event_vectors
from lib.analyze.story_article_days import article_days_joined
from lib.analyze.story_blocks import SHORT_PERIOD_DAYS, joinable, story_blocks, story_id_after, story_members
from lib.analyze.story_details import placed_details
from lib.analyze.story_facts import story_table
from lib.analyze.story_figures import placed_by_sums
from lib.analyze.story_happening_days import happening_day_reports
from lib.analyze.story_linkage import (
    SAME_DAY_SIMILARITY,
    SAME_PRODUCT_SIMILARITY,
    SAME_STORY_SIMILARITY,
    linked_groups,
)
from lib.analyze.story_mentions import placed_alike_in_article
from lib.analyze.story_merges import merged_by_placed_reports
from lib.analyze.story_openings import opening_reports
from lib.analyze.story_products import event_products
from lib.analyze.story_today import placed_today, today_reports
from lib.analyze.story_weekdays import weekday_stories
from lib.analyze.story_years import Placement, year_less_placement
from lib.schema import Event, Story


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
    _, group = np.unique(linked_groups(members, vectors.matrix, threshold, blocks), return_inverse=True)
    # Groups stay numbers until each has its name: one string per story, shared by its events.
    firsts = events[Event.EVENT_ID].iloc[members.rows].groupby(group).min()
    names = np.array([story_id_after(event_id) for event_id in firsts], dtype=object)
    ids.iloc[members.rows] = names[group]
    return ids


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
