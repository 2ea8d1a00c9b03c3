"""The stories a page shows: those of a view, in the order asked, placed in company lanes, and the
sources of one story.

A story belongs to a view when one of its events is in the view's events; its facts (articles,
outlets, languages, first report) stay those of the whole corpus, since a story's corroboration
does not shrink because a filter hides some of its reports.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.analyze.dating import date_notes
from lib.analyze.filters import copies_of_others, outlet_labels
from lib.analyze.ranking import ranked_counts
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Story

SORT_COVERAGE, SORT_DATE = "coverage", "date"
SORTS = (SORT_COVERAGE, SORT_DATE)
# The chart's lanes: the companies with the most stories, unless the filters name some.
MAX_LANES = 12
# Marks drawn at most: Plotly stays quick to draw and to send on a rerun.
MAX_MARKS = 2000
LANE = "lane"
OUTLET = "outlet"
DATE_NOTE = "date_note"  # how a source's date was read: "year from its story", "year unknown", a plan


def stories_in_view(table: pd.DataFrame, of_event: pd.Series, events: pd.DataFrame) -> pd.DataFrame:
    """Rows of ``table`` (``Story.COLUMNS``) with an event among ``events``, in the table's order."""
    in_view = of_event.reindex(events.index).dropna()
    ids = set(in_view[in_view != ""])
    return table[table[Story.STORY_ID].isin(ids)].reset_index(drop=True)


def sorted_stories(stories: pd.DataFrame, sort: str) -> pd.DataFrame:
    """Most corroborated first (``SORT_COVERAGE``), or newest story date first (``SORT_DATE``)."""
    if sort == SORT_DATE:
        return stories.sort_values([Story.DATE, Story.N_ARTICLES, Story.STORY_ID], ascending=[False, False, True],
                                   kind="stable").reset_index(drop=True)
    return stories.sort_values([Story.N_ARTICLES, Story.N_OUTLETS, Story.DATE, Story.STORY_ID],
                               ascending=[False, False, False, True], kind="stable").reset_index(drop=True)


@dataclass(frozen=True)
class StoryMarks:
    rows: pd.DataFrame   # one row per story and lane (``LANE``): ``Story.COLUMNS`` and the lane
    lanes: list[str]     # top to bottom
    hidden_lanes: int    # companies with stories that get no lane
    not_drawn: int       # marks left out beyond ``max_marks``: the least corroborated, then the oldest


def story_marks(stories: pd.DataFrame, companies: tuple[str, ...] = (), max_lanes: int = MAX_LANES,
                max_marks: int = MAX_MARKS) -> StoryMarks:
    """One row per story and company it names, in lanes: ``companies`` (the filters') when given,
    else those with the most stories; at most ``max_marks``, the most corroborated first."""
    marks = stories.assign(**{LANE: stories[Story.COMPANIES].fillna("").str.split(COMPANY_SEPARATOR)})
    marks = marks.explode(LANE)
    marks = marks[marks[LANE].fillna("") != ""]
    ranked = list(ranked_counts(marks[LANE]).index)
    lanes = [name for name in companies if name in ranked] if companies else ranked[:max_lanes]
    marks = marks[marks[LANE].isin(lanes)]
    drawn = marks.sort_values([Story.N_ARTICLES, Story.DATE], ascending=[False, False], kind="stable").head(max_marks)
    return StoryMarks(drawn.reset_index(drop=True), lanes, len(ranked) - len(lanes), len(marks) - len(drawn))


def story_sources(story_id: str, events: pd.DataFrame, of_event: pd.Series,
                  documents: pd.DataFrame) -> pd.DataFrame:
    """Every sentence reporting the story, earliest publication first, one per sentence.

    Columns: the event's ``Event.DOC_ID``, ``SENT_ID``, ``SENTENCE``, ``DATE_TEXT``, ``DATE``,
    ``PRECISION`` (and ``WEEKDAY`` when the frame has it) and ``DATE_NOTE`` (``lib.analyze.dating.date_notes``:
    pass the events as their stories dated them, ``Stories.events_with_stories``, for "year from its story"), and its
    article's ``Doc.TITLE``, ``OUTLET``, ``Doc.PUBLISHED`` and ``Doc.LANGUAGE``. Sentences of a
    copy of another article are left out: the original reports the same words.
    """
    members = events[of_event.reindex(events.index).fillna("") == story_id]
    docs = documents.set_index(Doc.DOC_ID)
    kept = docs.index[(copies_of_others(documents) == "").to_numpy()]
    members = members[members[Event.DOC_ID].isin(kept)]
    facts = pd.DataFrame({
        Doc.TITLE: docs[Doc.TITLE].fillna("").astype(str),
        OUTLET: outlet_labels(documents).to_numpy(),
        Doc.PUBLISHED: docs[Doc.PUBLISHED].fillna("").astype(str),
        Doc.LANGUAGE: docs[Doc.LANGUAGE].fillna("").astype(str),
    }, index=docs.index)
    columns = [Event.DOC_ID, Event.SENT_ID, Event.SENTENCE, Event.DATE_TEXT, Event.DATE, Event.PRECISION,
               *([Event.WEEKDAY] if Event.WEEKDAY in members else [])]
    sources = members[columns].assign(**{DATE_NOTE: date_notes(members)}).join(facts, on=Event.DOC_ID)
    sources = sources.drop_duplicates([Event.DOC_ID, Event.SENT_ID])
    sources = sources.assign(_undated=sources[Doc.PUBLISHED] == "")
    sources = sources.sort_values(["_undated", Doc.PUBLISHED, Event.DOC_ID, Event.SENT_ID], kind="stable")
    return sources.drop(columns="_undated").reset_index(drop=True)


def most_corroborated(stories: pd.DataFrame, limit: int) -> pd.DataFrame:
    """The ``limit`` stories reported by the most articles, only those reported by two or more."""
    ranked = sorted_stories(stories, SORT_COVERAGE)
    return ranked[ranked[Story.N_ARTICLES] >= 2].head(limit).reset_index(drop=True)
