"""Story facts: one row per story, each article counted once, the first report, the title."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.story_facts import central_similarities, story_table
from lib.schema import Doc, Event, Story
from tests.unit.analyze.test_stories import _documents, _events


def test_story_facts_count_each_article_once_and_name_the_first_report():
    events = _events([
        ("wire", "2025-01-01", "2025-01-31", "month", "DeepSeek", "DeepSeek released R1 in January.", "January"),
        ("portal", "2025-01-20", "2025-01-20", "day", "DeepSeek", "深度求索1月20日发布R1。", "1月20日"),
        ("blog", "2025-01-20", "2025-01-20", "day", "DeepSeek", "DeepSeek shipped R1 on January 20.", "January 20"),
        ("portal-copy", "2025-01-20", "2025-01-20", "day", "DeepSeek", "深度求索1月20日发布R1。", "1月20日"),
    ])
    events[Event.STORY_ID] = "story-1"
    vectors = np.eye(4, dtype=np.float32)
    table = story_table(events, _documents(), vectors, language="zh")
    row = table.iloc[0]
    assert list(table.columns) == Story.COLUMNS
    assert (row[Story.DATE], row[Story.PRECISION]) == ("2025-01-20", "day")
    assert (row[Story.FIRST_PUBLISHED], row[Story.FIRST_OUTLET]) == ("2025-01-20", "新浪科技")
    assert (row[Story.N_ARTICLES], row[Story.N_OUTLETS], row[Story.N_EVENTS]) == (3, 2, 4)
    assert row[Story.LANGUAGES] == "en;zh"
    assert row[Story.TITLE] == "深度求索1月20日发布R1。"


def test_story_table_of_no_stories_is_empty_with_its_columns():
    events = _events([]).assign(**{Event.STORY_ID: []})
    assert list(story_table(events, _documents(), np.zeros((0, 3))).columns) == Story.COLUMNS


def test_a_corpus_of_single_reports_has_one_story_each_titled_by_its_sentence():
    events = _events([
        ("wire", "2025-01-20", "2025-01-20", "day", "DeepSeek", "DeepSeek released R1 on January 20.", "January 20"),
        ("blog", "2024-06-06", "2024-06-06", "day", "Kuaishou", "Kuaishou launched Kling on June 6.", "June 6"),
    ])
    events[Event.STORY_ID] = ["story-a", "story-b"]
    table = story_table(events, _documents(), np.eye(2, dtype=np.float32))
    assert sorted(table[Story.TITLE]) == sorted(events[Event.SENTENCE])
    assert table[Story.N_ARTICLES].tolist() == [1, 1]


@pytest.mark.parametrize(("snapshot", "writing", "happening", "told_on"), [
    ("Shares of Zhipu were at HK$117.4 as of press time.", "as of press time",
     "Zhipu AI listed in Hong Kong on January 8.", "January 8"),
    ("Zhipu traded at HK$130 at the time of writing.", "at the time of writing",
     "Zhipu made its Hong Kong debut on Thursday.", "Thursday"),
    ("截至发稿，智谱股价报117.4港元，总市值约516亿港元。", "截至发稿",
     "1月8日，智谱正式在港交所主板挂牌上市。", "1月8日"),
    ("截至發稿時，智譜股價報117.4港元。", "截至發稿時",
     "今日（2026年1月8日），智譜正式在港交所主板掛牌上市。", "今日"),
])
def test_a_title_is_not_a_sentence_dated_by_the_time_of_writing_when_the_story_has_another(
        snapshot, writing, happening, told_on):
    events = _events([
        ("wire", "2026-01-08", "2026-01-08", "day", "Zhipu AI", snapshot, writing),
        ("portal", "2026-01-08", "2026-01-08", "day", "Zhipu AI", happening, told_on),
        ("blog", "2026-01-08", "2026-01-08", "day", "Zhipu AI", snapshot, writing),
    ])
    events[Event.STORY_ID] = "story-1"
    # The snapshot is the most central sentence (two alike, the happening apart).
    vectors = np.array([[1, 0], [0.6, 0.8], [1, 0]], dtype=np.float32)
    assert story_table(events, _documents(), vectors)[Story.TITLE].tolist() == [happening]
    alone = events.iloc[[0]].assign(**{Event.STORY_ID: "story-2"})
    assert story_table(alone, _documents(), vectors[:1])[Story.TITLE].tolist() == [snapshot]


def _generated_stories(seed: int, n_events: int = 400, n_docs: int = 60, n_stories: int = 40):
    """Events in stories over documents with copies, unknown outlets and dates, two languages."""
    rng = np.random.default_rng(seed)
    doc_ids = [f"d{i}" for i in range(n_docs)]
    documents = pd.DataFrame({
        Doc.DOC_ID: doc_ids,
        Doc.SOURCE: rng.choice(["Reuters", "新浪科技", "", "36氪"], n_docs),
        Doc.PUBLISHED: rng.choice(["2025-01-20", "2025-01-21", "2025-02", "", "2024"], n_docs),
        Doc.LANGUAGE: rng.choice(["en", "zh", "mixed", ""], n_docs),
        Doc.DUPLICATE_OF: ["" if i % 7 else doc_ids[i - 1] if i else "" for i in range(n_docs)],
    })
    days = rng.integers(1, 28, n_events)
    long = rng.random(n_events) < 0.3
    events = pd.DataFrame({
        Event.EVENT_ID: [f"e{i}" for i in range(n_events)],
        Event.DOC_ID: rng.choice(doc_ids, n_events),
        Event.DATE: [f"2025-01-{d:02d}" if not lg else "2025-01-01" for d, lg in zip(days, long, strict=True)],
        Event.DATE_END: [f"2025-01-{d:02d}" if not lg else "2025-01-31" for d, lg in zip(days, long, strict=True)],
        Event.PRECISION: np.where(long, "month", "day"),
        Event.COMPANIES: rng.choice(["DeepSeek", "ByteDance;Alibaba", "Alibaba"], n_events),
        Event.SENTENCE: [f"sentence {i}" for i in range(n_events)],
        # A few dated by the time of writing, which a title avoids when its story has another sentence.
        Event.DATE_TEXT: rng.choice(["January 20", "1月20日", "as of press time", "截至發稿", "截至发稿时"], n_events,
                                    p=[0.5, 0.3, 0.1, 0.05, 0.05]),
        Event.STORY_ID: rng.choice([f"story-{k}" for k in range(n_stories)] + [""] * (n_stories // 4), n_events),
    })
    vectors = rng.normal(size=(n_events, 8)).astype(np.float32)
    return events, documents, vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("language", [None, "zh", "en"])
def test_story_table_agrees_with_the_story_by_story_oracle(seed, language):
    from tests.oracles.stories import story_table_by_group

    events, documents, vectors = _generated_stories(seed)
    before = (events.copy(), documents.copy())
    fast = story_table(events, documents, vectors, language)
    slow = story_table_by_group(events, documents, vectors, language)
    pd.testing.assert_frame_equal(fast.astype(str), slow.astype(str))
    pd.testing.assert_frame_equal(events, before[0])
    pd.testing.assert_frame_equal(documents, before[1])


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("language", [None, "zh"])
def test_titles_read_only_the_vectors_of_stories_of_several_reports_each_its_own(seed, language):
    # 600 stories over 400 events: most of one report, those of several scattered among them.
    events, documents, vectors = _generated_stories(seed, n_stories=600)
    sizes = events[Event.STORY_ID].map(events[Event.STORY_ID].value_counts())
    alone = ((events[Event.STORY_ID] == "") | (sizes == 1)).to_numpy()
    assert 50 < alone.sum() < len(events) - 50
    table = story_table(events, documents, vectors, language)
    scrambled = vectors.copy()
    scrambled[alone] = np.random.default_rng(seed + 7).normal(size=(int(alone.sum()), vectors.shape[1]))
    pd.testing.assert_frame_equal(story_table(events, documents, scrambled, language), table)
    # A story of several is titled by the row closest to its own mean, whatever the other stories hold.
    several = table[table[Story.N_EVENTS] > 1]
    for story, title in zip(several[Story.STORY_ID], several[Story.TITLE], strict=True):
        rows = np.flatnonzero((events[Event.STORY_ID] == story).to_numpy())
        centrality = np.round(vectors[rows] @ vectors[rows].astype(np.float64).mean(axis=0), 6)
        happening = ~events[Event.DATE_TEXT].iloc[rows].isin(["as of press time", "截至發稿", "截至发稿时"]).to_numpy()
        if happening.any():
            rows, centrality = rows[happening], centrality[happening]
        if language is None:
            assert title == events[Event.SENTENCE].iloc[rows[np.argmax(centrality)]]


@pytest.mark.parametrize("rows_at_once", [1, 3, 8, 10_000])
def test_central_similarities_are_each_rows_dot_with_its_stories_mean_however_many_rows_at_once(rows_at_once):
    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(40, 6)).astype(np.float32)
    codes = rng.choice([3, 9, 4, 11], 25)  # stories of several reports, interleaved
    positions = rng.permutation(40)[:25]
    got = central_similarities(codes, vectors, positions, rows_at_once)
    for code in np.unique(codes):
        mine = np.flatnonzero(codes == code)
        mean = vectors[positions[mine]].astype(np.float64).sum(axis=0) / len(mine)
        np.testing.assert_allclose(got[mine], np.round(vectors[positions[mine]] @ mean, 6), atol=2e-6)
    # Whole stories per chunk, each summed in order: the chunking changes no bit.
    np.testing.assert_array_equal(got, central_similarities(codes, vectors, positions, 10_000))
    assert central_similarities(codes[:0], vectors, positions[:0], rows_at_once).shape == (0,)
