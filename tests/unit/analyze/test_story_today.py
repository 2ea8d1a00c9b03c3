"""Today in an article with no date: a report of an unknown day, joined to the one story of its company that
says alike."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.event_vectors import EventVectors
from lib.analyze.story_today import placed_today, today_reports
from lib.parse.sentences import split_sentences
from lib.schema import TODAY_UNDATED, Event, Sent
from tests.unit.analyze.test_story_openings import NO_EVENTS, _documents, _mentions, _sentences


@pytest.mark.parametrize(("text", "company", "words"), [
    # A portal's flash with no publication date kept: the listing of its own day.
    ("【财华社讯】阿里巴巴(09988-HK)今日于港交所主板挂牌,首挂开报187港元。", "Alibaba", "今日"),
    ("小米今日正式发布小米SU7。", "Xiaomi", "今日"),
    ("台積電今日宣布推出2奈米製程。", "TSMC", "今日"),
    # Hong Kong's and Taiwan's today before a clock time.
    ("市場監管總局今16時宣布對輝達實施進一步調查。", "Nvidia", "今"),
    ("Baidu today unveiled its Ernie Bot chatbot.", "Baidu", "today"),
])
def test_an_undated_articles_today_naming_a_company_and_a_happening_is_a_report(text, company, words):
    documents = _documents(("a", text, "", ""))
    reports = today_reports(NO_EVENTS, documents, _mentions(("a", 0, company, "company")), _sentences(documents))
    assert len(reports) == 1
    report = reports.iloc[0]
    assert (report[Event.DATE], report[Event.PRECISION], report[Event.COMPANIES]) == ("", "day", company)
    assert text[report[Event.START]:report[Event.END]] == report[Event.DATE_TEXT] == words
    assert report[Event.QUALIFIER] == TODAY_UNDATED and report[Event.SENTENCE] == text


@pytest.mark.parametrize(("text", "published", "mentions"), [
    # A dated article: extraction dates its today itself.
    ("小米今日正式发布小米SU7。", "2024-03-28", [("a", 0, "Xiaomi", "company")]),
    # Counted from a day told before, not from publication: that day, the first day.
    ("當天午後,百度突然宣佈旗下文心大模型全面免費。", "", [("a", 0, "Baidu", "company")]),
    ("摩尔线程上市首日高开468%。", "", [("a", 0, "Moore Threads", "company")]),
    ("Baidu unveiled its Ernie Bot chatbot that day.", "", [("a", 0, "Baidu", "company")]),
    # "To this day", "now": no day.
    ("阿里巴巴时至今日仍在港交所挂牌。", "", [("a", 0, "Alibaba", "company")]),
    ("如今阿里巴巴已在港交所挂牌。", "", [("a", 0, "Alibaba", "company")]),
    # Today, but no happening told.
    ("张勇今天心情非常激动。", "", [("a", 0, "Alibaba", "company")]),
    # Today and a happening, but no company named: a market or a regulator alone.
    ("港股今日高开,恒生指数上涨1%并发布新规。", "", [("a", 0, "", "regulation")]),
])
def test_a_dated_article_a_day_counted_from_another_no_happening_or_no_company_reports_nothing(text, published,
                                                                                                mentions):
    documents = _documents(("a", text, published, "day" if published else ""))
    assert today_reports(NO_EVENTS, documents, _mentions(*mentions), _sentences(documents)).empty


def test_a_sentence_with_an_event_of_its_own_is_left_to_it():
    text = "智谱AI已于今日(1月8日)在香港上市。"
    events = pd.DataFrame([{Event.DOC_ID: "a", Event.SENT_ID: 0}], columns=Event.COLUMNS)
    documents = _documents(("a", text, "", ""))
    assert today_reports(events, documents, _mentions(("a", 0, "Zhipu AI", "company")), _sentences(documents)).empty


@pytest.mark.parametrize(("text", "company", "today"), [
    ("Tencent shares rose as Alibaba today listed its new unit in Hong Kong.", "Alibaba", "Alibaba today listed"),
    ("腾讯股价上涨，阿里巴巴今日在香港挂牌新业务。", "Alibaba", "阿里巴巴今日在香港挂牌"),
    ("騰訊股價上漲，阿里巴巴今日在香港掛牌新業務。", "Alibaba", "阿里巴巴今日在香港掛牌"),
])
def test_the_sentences_read_are_those_of_the_sentences_frame(text, company, today):
    """A today is looked for in the sentences the frame holds, by their ids there: a frame's second sentence
    starting at the company's name (where splitting the text would not) is the one reported."""
    documents = _documents(("a", text, "", ""))
    start = text.index(today)
    sentences = pd.DataFrame([("a", 0, 0, start, text[:start]), ("a", 1, start, len(text), text[start:])],
                             columns=Sent.COLUMNS)
    assert len(split_sentences(text)) == 1
    reports = today_reports(NO_EVENTS, documents, _mentions(("a", 1, company, "company")), sentences)
    assert (reports[Event.SENT_ID].tolist(), reports[Event.SENTENCE].tolist()) == ([1], [text[start:]])
    assert today_reports(NO_EVENTS, documents, _mentions(("a", 1, company, "company")), None).empty


def _report(doc_id, day, companies, qualifier=""):
    return {Event.EVENT_ID: f"{doc_id}#0.0", Event.DOC_ID: doc_id, Event.SENT_ID: 0, Event.DATE: day,
            Event.DATE_END: day, Event.PRECISION: "day", Event.COMPANIES: companies, Event.QUALIFIER: qualifier}


LISTED = np.array([1.0, 0.0, 0.0])
OTHER = np.array([0.0, 1.0, 0.0])


def _placed(rows, stories, vectors):
    """The story placed_today gives the last row (a today report of Alibaba), from reports ``rows`` in ``stories``."""
    reports = pd.DataFrame([*rows, _report("flash", "", "Alibaba", TODAY_UNDATED)], columns=Event.COLUMNS)
    of_event = pd.Series([*stories, ""], index=reports.index, dtype=object)
    matrix = np.stack([*vectors, LISTED])
    placed = placed_today(reports, EventVectors.given(matrix), of_event, 0.35, 31,
                          pd.Series([frozenset()] * len(reports), index=reports.index))
    assert placed.iloc[:-1].tolist() == list(stories)  # the other reports keep their story
    return placed.iloc[-1]


def test_a_today_report_joins_the_one_story_of_its_company_that_says_alike():
    rows = [_report("a", "2019-11-26", "Alibaba"), _report("b", "2019-11-26", "Alibaba"),
            # near misses: the company's other happening that week, another company's listing that day
            _report("c", "2019-11-21", "Alibaba"), _report("d", "2019-11-21", "Alibaba"),
            _report("e", "2019-11-26", "Tencent"), _report("f", "2019-11-26", "Tencent")]
    stories = ["listing", "listing", "cloud", "cloud", "tencent", "tencent"]
    assert _placed(rows, stories, [LISTED, LISTED, OTHER, OTHER, LISTED, LISTED]) == "listing"


def test_two_stories_of_its_company_saying_alike_leave_the_day_unknown():
    rows = [_report("a", "2019-11-26", "Alibaba"), _report("b", "2019-11-26", "Alibaba"),
            _report("c", "2019-11-21", "Alibaba"), _report("d", "2019-11-21", "Alibaba")]
    assert _placed(rows, ["listing", "listing", "pricing", "pricing"], [LISTED] * 4) == ""


def test_a_story_one_article_tells_gives_no_story():
    rows = [_report("a", "2019-11-26", "Alibaba")]
    assert _placed(rows, ["listing"], [LISTED]) == ""


def test_a_story_of_another_company_gives_none():
    rows = [_report("e", "2019-11-26", "Tencent"), _report("f", "2019-11-26", "Tencent")]
    assert _placed(rows, ["tencent", "tencent"], [LISTED, LISTED]) == ""


def _month_report(doc_id, month_start, month_end, companies):
    return {**_report(doc_id, month_start, companies), Event.DATE_END: month_end, Event.PRECISION: "month"}


def test_a_story_no_report_of_which_names_a_day_gives_no_day():
    """An unknown day is a day: a story of its company told only by months ("5月底", "SU7五月交付", the story set's
    s416 and s418) is no candidate, so the one story that names a day still takes it."""
    rows = [_report("a", "2019-11-26", "Alibaba"), _report("b", "2019-11-26", "Alibaba"),
            _month_report("c", "2019-11-01", "2019-11-30", "Alibaba"),
            _month_report("d", "2019-11-01", "2019-11-30", "Alibaba")]
    assert _placed(rows, ["listing", "listing", "sales", "sales"], [LISTED] * 4) == "listing"
    assert _placed(rows[2:], ["sales", "sales"], [LISTED] * 2) == ""
