"""The time of writing ("as of press time", "as of publication", 截至发稿) is read as a date, and makes no event.

Market reports close on the state when the article went out: a share price, a company that has
not replied yet. The words name the publication moment, which the set's annotation conventions
leave out as they leave out the dateline; the other dates of the same sentence stay events. Passages
written the way wire and portal reports put it (never copied from ``tests/data/realnews``).
"""

from __future__ import annotations

import pytest

from lib.extract.press_time import told_at_press_time
from lib.rules import load_rules
from lib.rules.dates import time_of_writing_phrases
from tests.unit.extract.test_events_news_classes import _events

RULES = load_rules()

# (sentences, published, [(words, start, precision, companies, attribution, planned)])
ROWS = [
    # ---- the time of writing: no event --------------------------------------------------------------
    pytest.param(["Xiaomi shares rose 4% on Tuesday.", "As of press time, the stock was trading at HK$52.3."],
                 "2025-06-24", [("Tuesday", "2025-06-24", "day", "Xiaomi", "text", False)], id="en-as-of-press-time"),
    pytest.param(["Baidu did not respond to a request for comment at press time."], "2025-03-12", [],
                 id="en-at-press-time-no-reply"),
    pytest.param(["美团周三公布财报后，股价高开逾5%。", "截至发稿，美团报132.5港元，总市值约8100亿港元。"],
                 "2025-05-28",
                 [("周三", "2025-05-28", "day", "Meituan", "text", False)], id="zh-hans-jiezhi-fagao"),
    pytest.param(["截止发稿时，字节跳动尚未回应此事。"], "2025-03-12", [], id="zh-hans-jiezhi-fagao-shi"),
    pytest.param(["截至记者发稿，百度股价下跌2.1%。"], "2025-03-12", [], id="zh-hans-jizhe-fagao"),
    pytest.param(["騰訊股價今日一度急跌8%。", "截至發稿時，騰訊暫報432.6港元。"], "2021-08-03",
                 [("今日", "2021-08-03", "day", "Tencent", "text", False)], id="zh-hant-jiezhi-fagao-shi"),
    pytest.param(["截止發稿，阿里巴巴未回覆置評請求。"], "2025-03-12", [], id="zh-hant-jiezhi-fagao"),
    pytest.param(["Moonshot hasn't commented publicly as of publication."], "2026-01-19", [],
                 id="en-as-of-publication"),
    pytest.param(["Kuaishou said on Monday it would appeal.", "At the time of writing, its shares were down 3%."],
                 "2025-04-15", [("Monday", "2025-04-14", "day", "Kuaishou", "text", False)],
                 id="en-at-the-time-of-writing"),
    # ---- near misses: another date in the same words stays an event --------------------------------
    pytest.param(["As of March 31, Alibaba had repurchased 1.2 billion shares."], "2025-05-15",
                 [("March 31", "2025-03-31", "day", "Alibaba", "text", False)], id="en-as-of-a-day"),
    pytest.param(["截至3月31日，阿里巴巴已回购12亿股。"], "2025-05-15",
                 [("3月31日", "2025-03-31", "day", "Alibaba", "text", False)], id="zh-hans-jiezhi-a-day"),
    pytest.param(["截至今日收盤，小米股價報52.3港元。"], "2025-06-24",
                 [("今日", "2025-06-24", "day", "Xiaomi", "text", False)], id="zh-hant-jiezhi-today"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_the_time_of_writing_makes_no_event(sentences, published, expected):
    assert _events(sentences, published) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("As of press time", True), ("at  press time", True), ("截至发稿", True), ("截至發稿時", True),
    ("截止發稿", True), ("as of publication", True), ("At the time of writing", True),
    ("March 31", False), ("截至今日", False),
])
def test_press_time_words_are_told_in_any_case_spacing_or_script(words, expected):
    assert told_at_press_time(words) is expected


def test_every_phrase_read_as_the_time_of_writing_makes_no_event():
    phrases = time_of_writing_phrases(RULES.publication_day_en, RULES.date_words_zh)
    assert {"as of press time", "as of publication", "截至发稿"} <= phrases
    assert all(told_at_press_time(phrase) for phrase in phrases)
