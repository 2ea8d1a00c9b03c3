"""The stories a page shows: those of a view, their order, their lanes and one story's sources."""

from __future__ import annotations

import pandas as pd

from lib.analyze.dating import PLAN_NOTE
from lib.analyze.story_views import (
    DATE_NOTE,
    LANE,
    OUTLET,
    SORT_COVERAGE,
    SORT_DATE,
    most_corroborated,
    sorted_stories,
    stories_in_view,
    story_marks,
    story_sources,
)
from lib.schema import YEAR_FROM_STORY, Doc, Event, Story


def _table():
    rows = [
        ("s1", "2025-01-20", "day", "DeepSeek", "R1 released", "2025-01-20", "Reuters", 3, 3, "en;zh", 4),
        ("s2", "2024-05-15", "day", "ByteDance;Alibaba", "Price war", "2024-05-15", "36氪", 2, 2, "zh", 2),
        ("s3", "2025-03-01", "month", "ByteDance", "Doubao 1.5", "2025-03-02", "SCMP", 1, 1, "en", 1),
        ("s4", "2024-06-01", "month", "Alibaba", "Qwen 2", "2024-06-02", "SCMP", 2, 1, "en", 2),
    ]
    return pd.DataFrame(rows, columns=Story.COLUMNS)


def test_stories_in_view_keep_stories_with_an_event_in_it_in_the_table_order():
    of_event = pd.Series(["s1", "s1", "s2", "", "s3"], index=[0, 1, 2, 3, 4])
    events = pd.DataFrame(index=[1, 3, 4])
    assert stories_in_view(_table(), of_event, events)[Story.STORY_ID].tolist() == ["s1", "s3"]
    assert stories_in_view(_table(), of_event, pd.DataFrame(index=[3])).empty


def test_sorted_by_coverage_then_by_date():
    assert sorted_stories(_table(), SORT_COVERAGE)[Story.STORY_ID].tolist() == ["s1", "s2", "s4", "s3"]
    assert sorted_stories(_table(), SORT_DATE)[Story.STORY_ID].tolist() == ["s3", "s1", "s4", "s2"]


def test_most_corroborated_leaves_out_single_reports():
    assert most_corroborated(_table(), 2)[Story.STORY_ID].tolist() == ["s1", "s2"]
    assert most_corroborated(_table(), 10)[Story.STORY_ID].tolist() == ["s1", "s2", "s4"]


def test_a_story_naming_two_companies_sits_in_both_lanes():
    marks = story_marks(_table())
    assert marks.lanes == ["Alibaba", "ByteDance", "DeepSeek"]
    assert (marks.hidden_lanes, marks.not_drawn) == (0, 0)
    assert sorted(marks.rows.loc[marks.rows[Story.STORY_ID] == "s2", LANE]) == ["Alibaba", "ByteDance"]
    one_lane = story_marks(_table(), max_lanes=1)
    assert one_lane.lanes == ["Alibaba"] and one_lane.hidden_lanes == 2 and set(one_lane.rows[LANE]) == {"Alibaba"}
    chosen = story_marks(_table(), companies=("DeepSeek", "Tencent"))
    assert chosen.lanes == ["DeepSeek"] and chosen.rows[Story.STORY_ID].tolist() == ["s1"]


def test_beyond_the_mark_limit_the_most_corroborated_stories_are_drawn():
    marks = story_marks(_table(), max_marks=2)
    # s1 (3 articles), then the newest of the 2-article stories: s4 (June 2024) over s2 (May 2024).
    assert marks.rows[Story.STORY_ID].tolist() == ["s1", "s4"]
    assert marks.not_drawn == 3


def test_sources_are_the_story_sentences_earliest_first_without_copies():
    events = pd.DataFrame({
        Event.DOC_ID: ["b", "a", "copy", "a", "c"],
        Event.SENT_ID: [2, 0, 0, 0, 1],
        Event.SENTENCE: ["深度求索发布R1。", "DeepSeek released R1.", "DeepSeek released R1.", "DeepSeek released R1.",
                         "Other."],
        Event.DATE_TEXT: ["1月20日", "January 20", "January 20", "January 20", "May"],
        Event.DATE: ["2025-01-20"] * 4 + ["2025-05-01"],
        Event.PRECISION: ["day"] * 4 + ["month"],
        Event.QUALIFIER: [YEAR_FROM_STORY, "", "", "", ""],
        Event.PLANNED: [False] * 4 + [True],
    }, index=[10, 11, 12, 13, 14])
    of_event = pd.Series(["s1", "s1", "s1", "s1", "s2"], index=events.index)
    documents = pd.DataFrame({
        Doc.DOC_ID: ["a", "b", "copy", "c"], Doc.TITLE: ["A", "B", "A again", "C"],
        Doc.SOURCE: ["Reuters", "", "Reuters", "SCMP"], Doc.PUBLISHED: ["2025-01-21", "2025-01-20", "2025-01-22", ""],
        Doc.LANGUAGE: ["en", "zh", "en", "en"], Doc.DUPLICATE_OF: ["", "", "a", ""],
    })
    sources = story_sources("s1", events, of_event, documents)
    assert sources[[Event.DOC_ID, Event.SENT_ID]].values.tolist() == [["b", 2], ["a", 0]]
    assert sources[OUTLET].tolist() == ["(outlet unknown)", "Reuters"]
    assert sources[Doc.LANGUAGE].tolist() == ["zh", "en"]
    assert sources[DATE_NOTE].tolist() == [YEAR_FROM_STORY, ""]
    assert story_sources("s2", events, of_event, documents)[DATE_NOTE].tolist() == [PLAN_NOTE]
    assert story_sources("none", events, of_event, documents).empty
