"""The day of a happening a sentence names and no sentence dates: a report of an unknown day, placed as an undated
article's today is, in the one story of its company that says alike."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.event_vectors import EventVectors
from lib.analyze.story_happening_days import happening_day_reports
from lib.analyze.story_today import placed_today
from lib.schema import HAPPENING_DAY_UNTOLD, Event
from tests.unit.analyze.test_story_openings import NO_EVENTS, _documents, _mentions, _sentences


@pytest.mark.parametrize(("text", "company", "words"), [
    # s417's class: the launch's day named, the date before (April 1) another happening's.
    ("就在小米SU7上市當天，魏建軍現身發布會現場，並與雷軍互贈新車。", "Xiaomi", "當天"),
    ("就在小米SU7上市当天，魏建军现身发布会现场，并与雷军互赠新车。", "Xiaomi", "当天"),
    ("华为Mate 60发布会当日，华为同时推出了MatePad平板。", "Huawei", "当日"),
    ("摩尔线程上市首日高开468%，市值突破2800亿元。", "Moore Threads", "首日"),
    ("On launch day, Xiaomi took 50,000 orders for the SU7.", "Xiaomi", "On launch day"),
    ("On the day of its Hong Kong listing, Alibaba raised HK$88 billion.", "Alibaba",
     "On the day of its Hong Kong listing"),
    ("Moore Threads shares rose 425% on their first day of trading after the IPO.", "Moore Threads",
     "their first day of trading"),
])
def test_a_day_named_by_its_happening_with_a_company_and_a_happening_is_a_report(text, company, words):
    documents = _documents(("a", text, "2024-04-02", "day"))
    reports = happening_day_reports(NO_EVENTS, documents, _mentions(("a", 0, company, "company")),
                                    _sentences(documents))
    assert len(reports) == 1
    report = reports.iloc[0]
    assert (report[Event.DATE], report[Event.PRECISION], report[Event.COMPANIES]) == ("", "day", company)
    assert text[report[Event.START]:report[Event.END]] == report[Event.DATE_TEXT] == words
    assert report[Event.QUALIFIER] == HAPPENING_DAY_UNTOLD and report[Event.SENTENCE] == text


@pytest.mark.parametrize(("text", "mentions"), [
    # A day word after no happening, or after a listed company: counted from the date before, not this class.
    ("當天午後，百度宣佈文心大模型全面免費。", [("a", 0, "Baidu", "company")]),
    ("一家上市公司当天宣布增持快手。", [("a", 0, "Kuaishou", "company")]),
    ("That day, Xiaomi took 50,000 orders for the SU7.", [("a", 0, "Xiaomi", "company")]),
    # A happening word with no day word: no day named.
    ("小米SU7上市后，订单持续增长。", [("a", 0, "Xiaomi", "company")]),
    ("Xiaomi's launch drew 50,000 orders.", [("a", 0, "Xiaomi", "company")]),
    # The day named, but no company.
    ("上市当天，科创板成交额创新高。", [("a", 0, "", "regulation")]),
])
def test_no_day_named_by_its_happening_or_no_company_reports_nothing(text, mentions):
    documents = _documents(("a", text, "2024-04-02", "day"))
    assert happening_day_reports(NO_EVENTS, documents, _mentions(*mentions), _sentences(documents)).empty


def test_a_sentence_with_an_event_of_its_own_is_left_to_it():
    text = "3月28日晚，小米SU7上市当天，雷军现身发布会。"
    events = pd.DataFrame([{Event.DOC_ID: "a", Event.SENT_ID: 0}], columns=Event.COLUMNS)
    documents = _documents(("a", text, "2024-04-02", "day"))
    assert happening_day_reports(events, documents, _mentions(("a", 0, "Xiaomi", "company")),
                                 _sentences(documents)).empty


def _report(doc_id, day, companies, qualifier=""):
    return {Event.EVENT_ID: f"{doc_id}#0.0", Event.DOC_ID: doc_id, Event.SENT_ID: 0, Event.DATE: day,
            Event.DATE_END: day, Event.PRECISION: "day", Event.COMPANIES: companies, Event.QUALIFIER: qualifier}


LAUNCH = np.array([1.0, 0.0, 0.0])
OTHER = np.array([0.0, 1.0, 0.0])


@pytest.mark.parametrize(("rows", "stories", "vectors", "expected"), [
    # The one story of its company, told by two articles, that says alike: the launch.
    ([_report("a", "2024-03-28", "Xiaomi"), _report("b", "2024-03-28", "Xiaomi"),
      _report("c", "2024-04-01", "Xiaomi"), _report("d", "2024-04-01", "Xiaomi")],
     ["launch", "launch", "review", "review"], [LAUNCH, LAUNCH, OTHER, OTHER], "launch"),
    # Two stories of its company say alike: the day stays unknown.
    ([_report("a", "2024-03-28", "Xiaomi"), _report("b", "2024-03-28", "Xiaomi"),
      _report("c", "2024-05-31", "Xiaomi"), _report("d", "2024-05-31", "Xiaomi")],
     ["launch", "launch", "delivery", "delivery"], [LAUNCH] * 4, ""),
])
def test_such_a_report_joins_the_one_story_of_its_company_that_says_alike(rows, stories, vectors, expected):
    reports = pd.DataFrame([*rows, _report("e", "", "Xiaomi", HAPPENING_DAY_UNTOLD)], columns=Event.COLUMNS)
    of_event = pd.Series([*stories, ""], index=reports.index, dtype=object)
    placed = placed_today(reports, EventVectors.given(np.stack([*vectors, LAUNCH])), of_event, 0.35, 31,
                          pd.Series([frozenset()] * len(reports), index=reports.index))
    assert placed.tolist() == [*stories, expected]
