"""A missed event is put down to the stage that lost it."""

from __future__ import annotations

import pytest

from benchmarks.miss_causes import (
    ANOTHER_PERIOD,
    ANOTHER_PRECISION,
    ANOTHER_YEAR,
    NO_EVENT_NAMED,
    NO_EVENT_REFERRED,
    NO_PUBLICATION,
    NO_YEAR,
    NOT_READ,
    SAME_YEAR,
    WRONG_ALONE,
    WRONG_IN_ARTICLE,
    miss_cause,
    period_difference,
)
from lib.extract.dates_cue_patterns import cue_patterns
from lib.rules import load_rules

FUTURE_CUES = cue_patterns(load_rules().future_cues)


def _cause(sentence: str, date_words: str, gold: tuple[str, str], published: str, **flags) -> str:
    at = sentence.find(date_words)
    words = (at, at + len(date_words)) if at >= 0 else None
    flags = {"found_near": False, "company_named": True, "out_of_reach": False} | flags
    return miss_cause(sentence, words, gold, published, FUTURE_CUES, **flags)


@pytest.mark.parametrize(("sentence", "date_words", "gold", "published", "flags", "cause"), [
    # The reader knows the words and reads the annotated period alone: the article lost the event.
    ("Alibaba said on Monday it would spend more on cloud computing.", "on Monday",
     ("2025-02-24", "day"), "2025-02-26", {}, NO_EVENT_NAMED),
    ("该公司3月16日发布了新模型。", "3月16日", ("2025-03-16", "day"), "2025-04-02",
     {"company_named": False}, NO_EVENT_REFERRED),
    ("騰訊於週四公布財報。", "週四", ("2025-03-20", "day"), "2025-03-21", {}, NO_EVENT_NAMED),
    # Alone it reads right; in the article another period was read.
    ("The company released the model on March 16.", "March 16", ("2024-03-16", "day"), "2024-05-01",
     {"found_near": True}, WRONG_IN_ARTICLE),
    # Alone it reads another period than the annotation: a rule of the reader.
    ("Baidu launched Ernie Bot on March 16.", "March 16", ("2023-03-16", "day"), "2025-05-01",
     {"found_near": True}, WRONG_ALONE),
    ("百度3月16日发布文心一言。", "3月16日", ("2023-03-16", "day"), "2025-05-01", {}, WRONG_ALONE),
    # The article's reading found no publication date, and the words need one: a year-less day, a weekday, a
    # relative date read right alone only with the annotated publication date.
    ("Internationally, on September 1st, Tesla released its fourth Master Plan.", "September 1st",
     ("2025-09-01", "day"), "2025-09-02", {"published_read": False}, NO_PUBLICATION),
    ("MiniMax has passed a listing hearing, according to a stock exchange filing on Sunday.", "on Sunday",
     ("2025-12-21", "day"), "2025-12-21", {"published_read": False}, NO_PUBLICATION),
    ("8月3日,继安卓应用商店下架后,小红书在App Store也无法下载。", "8月3日", ("2019-08-03", "day"), "2019-08-03",
     {"published_read": False}, NO_PUBLICATION),
    ("該公司本月初在上海證券交易所科創板掛牌。", "本月初", ("2025-12-01", "month"), "2025-12-19",
     {"published_read": False, "company_named": False}, NO_PUBLICATION),
    ("The company released the model on March 16.", "March 16", ("2024-03-16", "day"), "2024-05-01",
     {"found_near": True, "published_read": False}, NO_PUBLICATION),
    # ... not when the words state their year, nor when the publication date was read, nor when they read
    # wrong even with it.
    ("快手发布 2025 年第二季度业绩。", "2025 年第二季度", ("2025-04-01", "quarter"), "2025-08-27",
     {"published_read": False}, NO_EVENT_NAMED),
    ("騰訊於2025年3月20日公布財報。", "2025年3月20日", ("2025-03-20", "day"), "2025-03-21",
     {"published_read": False}, NO_EVENT_NAMED),
    ("8月3日,小红书在App Store也无法下载。", "8月3日", ("2019-08-03", "day"), "2019-08-03", {}, NO_EVENT_NAMED),
    ("百度3月16日发布文心一言。", "3月16日", ("2023-03-16", "day"), "2025-05-01",
     {"published_read": False}, WRONG_ALONE),
    # Words no date reader reads.
    ("ByteDance grew quickly during the pandemic.", "during the pandemic", ("2020-01-01", "year"),
     "2021-06-01", {}, NOT_READ),
    # Words not found in the sentence as ingested.
    ("ByteDance grew quickly in 2020.", "in the year 2020", ("2020-01-01", "year"), "2021-06-01", {}, NOT_READ),
    # No year anywhere in the article: counted apart, whatever the reader does.
    ("字节跳动3月16日发布豆包。", "3月16日", ("2025-03-16", "day"), "2025-03-20",
     {"out_of_reach": True}, NO_YEAR),
])
def test_the_cause_of_a_miss(sentence, date_words, gold, published, flags, cause):
    assert _cause(sentence, date_words, gold, published, **flags) == cause


@pytest.mark.parametrize(("gold", "read", "difference"), [
    (("2025-01-25", "day"), ("2026-01-25", "day"), ANOTHER_YEAR),       # a year-less day moved ahead
    (("2024-03-01", "month"), ("2021-03-01", "month"), ANOTHER_YEAR),
    (("2022-03-01", "month"), ("2022-01-01", "quarter"), SAME_YEAR),     # the end of Q1 read as Q1
    (("2019-06-24", "week"), ("2019-06-24", "day"), ANOTHER_PRECISION),
    (("2024-01-01", "quarter"), ("2024-01-01", "year"), ANOTHER_PRECISION),
    (("2023-08-08", "day"), ("2023-08-11", "day"), SAME_YEAR),
    (("2026-01-01", "year"), ("2028-01-01", "year"), ANOTHER_YEAR),
    (("2025-12-01", "month"), ("2026-11-01", "month"), ANOTHER_PERIOD),
])
def test_a_wrong_period_is_told_by_how_it_differs(gold, read, difference):
    assert period_difference(gold, read) == difference
