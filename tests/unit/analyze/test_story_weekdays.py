"""Undated reports of one company's one weekday that no dated story places: one story when they tell one
happening of one product, in English and Chinese alike."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from lib.analyze.stories import SAME_STORY_SIMILARITY, event_texts
from lib.analyze.story_weekdays import weekday_stories
from lib.extract.sentence_vectors import sentence_vectors
from lib.schema import Event

CHARGE_EN = ("wire", "Nvidia", "Tuesday", "H20",
             "Nvidia will take a $5.5 billion charge after U.S. authorities restricted exports of its H20 chip to "
             "China, the company said Tuesday.", "Tuesday")
CHARGE_EN2 = ("blog", "Nvidia", "Tuesday", "H20",
              "On Tuesday, Nvidia announced it would incur charges of $5.5 billion after the U.S. government "
              "restricted exports of its H20 AI chip to China.", "On Tuesday")
CHARGE_ZH = ("portal", "Nvidia", "Tuesday", "H20",
             "英伟达周二表示，由于美国政府限制H20芯片对华出口，公司将计提55亿美元费用。", "周二")
INVEST = ("paper", "Nvidia", "Tuesday", "",
          "Nvidia said on Tuesday it would invest $500 billion to build AI supercomputers in the United States.",
          "on Tuesday")
AMD = ("paper", "AMD", "Tuesday", "MI308",
       "AMD said on Tuesday it will take an $800 million charge after U.S. export restrictions on its MI308 chips "
       "to China.", "on Tuesday")
DEEPSEEK_MODEL = ("wire", "DeepSeek", "Monday", "DeepSeek",
                  "DeepSeek released an experimental AI model Monday that cuts its API prices by half.", "Monday")
DEEPSEEK_APP = ("hk", "DeepSeek", "Monday", "DeepSeek",
                "週一，DeepSeek的免費AI助手在美國蘋果應用商店下載量超越ChatGPT，引發科技股拋售。", "週一")


def _events(rows, dates=None):
    """rows: (doc_id, companies, weekday, product, sentence, date_text); all undated unless ``dates``."""
    frame = pd.DataFrame([r[:3] + r[4:] for r in rows],
                         columns=[Event.DOC_ID, Event.COMPANIES, Event.WEEKDAY, Event.SENTENCE, Event.DATE_TEXT])
    frame[Event.DATE] = dates or [""] * len(rows)
    frame[Event.EVENT_ID] = [f"{d}#{i}" for i, d in enumerate(frame[Event.DOC_ID])]
    frame[Event.START] = [s.find(t) for s, t in zip(frame[Event.SENTENCE], frame[Event.DATE_TEXT], strict=True)]
    frame.index = pd.RangeIndex(5, 5 + len(frame))  # not 0-based: positions and labels must not be confused
    products = pd.Series([frozenset({r[3]} - {""}) for r in rows], index=frame.index, dtype=object)
    return frame, products


def _grouped(rows, dates=None, stories=None):
    events, products = _events(rows, dates)
    of_event = pd.Series(stories or [""] * len(rows), index=events.index, dtype=object)
    out = weekday_stories(events, sentence_vectors(event_texts(events)), of_event, SAME_STORY_SIMILARITY, products)
    return out.tolist()


CASES = [
    pytest.param([CHARGE_EN, CHARGE_EN2, CHARGE_ZH], [0, 0, 0], id="one happening, on Tuesday / 周二"),
    pytest.param([CHARGE_EN, CHARGE_ZH], [0, 0], id="English and Chinese"),
    pytest.param([CHARGE_EN, CHARGE_EN2, INVEST], [0, 0, 2], id="another happening of the company on Tuesday"),
    pytest.param([CHARGE_EN, AMD], [0, 1], id="a Tuesday of another company"),
    pytest.param([DEEPSEEK_MODEL, DEEPSEEK_APP], [0, 1], id="two happenings of one company on Monday / 週一"),
]


@pytest.mark.parametrize(("rows", "together"), CASES)
def test_undated_weekday_reports_of_one_happening_share_a_story(rows, together):
    stories = _grouped(rows)
    for i, j in itertools.combinations(range(len(rows)), 2):
        same = together[i] == together[j]
        assert (stories[i] == stories[j] != "") == same, (i, j, stories)
    alone = [i for i in range(len(rows)) if together.count(together[i]) == 1]
    assert all(stories[i] == "" for i in alone)


def test_another_weekday_or_the_same_article_is_no_corroboration():
    monday = (CHARGE_EN2[0], *CHARGE_EN2[1:2], "Monday", *CHARGE_EN2[3:])
    assert _grouped([CHARGE_EN, monday]) == ["", ""]
    same_article = ("wire", *CHARGE_EN2[1:])
    assert _grouped([CHARGE_EN, same_article]) == ["", ""]


def test_dated_or_placed_reports_are_left_as_they_are():
    assert _grouped([CHARGE_EN, CHARGE_EN2], dates=["2025-04-15", ""]) == ["", ""]
    assert _grouped([CHARGE_EN, CHARGE_EN2], stories=["story-x", ""]) == ["story-x", ""]
