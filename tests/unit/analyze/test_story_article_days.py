"""One article's stories of a company's single day are one story when no other dated article tells that day."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analyze.story_article_days import article_days_joined
from lib.schema import Event

# Moments of one happening, as one article tells them: each left a story of its own by grouping.
_MOMENTS = {
    "en": ("Moore Threads", "2025-12-05", [
        "At 9:30 a.m. on December 5, 2025, the code 688795 lit up on the trading hall's screens.",
        "Within the first minute the stock was pushed to the day's high of 688 yuan, up more than 500%.",
        "Moore Threads closed at 600.50 yuan, its gain for the whole day narrowing to 425%.",
    ]),
    "zh-Hans": ("Moore Threads", "2025-12-05", [
        "2025年12月5日9点30分,科创板交易大厅的电子屏上,代码“688795”首次亮起。",
        "在随后的第1分钟,该股股价更是被瞬间推至全日最高点688元/股,涨幅突破500%。",
        "摩尔线程的股价全天在高位宽幅震荡,最终收于600.50元/股,全天涨幅收窄至425.26%。",
    ]),
    "zh-Hant": ("TikTok", "2025-09-16", [
        "白宮隨後發布川普簽署的行政命令，將TikTok寬限期再度延長至12月16日。",
        "在原先寬限期屆滿前夕，川普今天簽署一項行政命令，將TikTok寬限期再延長至12月16日。",
    ]),
}


def _article(language: str, company: str | None = None, day: str | None = None) -> pd.DataFrame:
    named, on, sentences = _MOMENTS[language]
    rows = [("a", sentence, day or on, company or named, f"story-a{n}") for n, sentence in enumerate(sentences)]
    frame = pd.DataFrame(rows, columns=[Event.DOC_ID, Event.SENTENCE, Event.DATE, Event.COMPANIES, "story"])
    frame[Event.DATE_END] = frame[Event.DATE]
    frame.index = range(20, 20 + len(frame))
    return frame


def _with(frame: pd.DataFrame, *rows: tuple[str, str, str, str, str, str]) -> pd.DataFrame:
    extra = pd.DataFrame(list(rows), columns=[Event.DOC_ID, Event.SENTENCE, Event.DATE, Event.DATE_END,
                                              Event.COMPANIES, "story"], index=range(40, 40 + len(rows)))
    return pd.concat([frame, extra])


@pytest.mark.parametrize("language", list(_MOMENTS))
def test_one_articles_moments_of_a_day_told_by_it_alone_are_one_story(language):
    events = _article(language)
    before = events.copy()
    joined = article_days_joined(events, events["story"])
    assert set(joined) == {"story-a0"}
    pd.testing.assert_frame_equal(events, before)


@pytest.mark.parametrize("language", list(_MOMENTS))
def test_a_year_less_report_of_another_article_leaves_the_day_to_the_article(language):
    # An undated article's "on Friday" has no date before its story places it: it tells no day yet.
    events = _with(_article(language), ("b", "Moore Threads debuted on the STAR Market on Friday.", "", "",
                                        _MOMENTS[language][0], ""))
    joined = article_days_joined(events, events["story"])
    assert set(joined[events[Event.DOC_ID] == "a"]) == {"story-a0"}
    assert joined[40] == ""


@pytest.mark.parametrize(("language", "other"), [
    # Another dated article tells the company's day: grouping weighed the moments against it, and kept them apart.
    ("en", ("b", "Moore Threads jumped 425% in its Shanghai trading debut on December 5.", "2025-12-05",
            "2025-12-05", "Moore Threads", "story-b")),
    ("zh-Hans", ("b", "12月5日,摩尔线程正式在上海证券交易所科创板挂牌上市。", "2025-12-05", "2025-12-05",
                 "Moore Threads", "story-a1")),
    ("zh-Hant", ("b", "川普9月16日再度延長TikTok的寬限期。", "2025-09-16", "2025-09-16", "TikTok", "story-b")),
])
def test_a_day_another_dated_article_tells_keeps_its_stories(language, other):
    events = _with(_article(language), other)
    joined = article_days_joined(events, events["story"])
    pd.testing.assert_series_equal(joined, events["story"])


@pytest.mark.parametrize(("language", "change"), [
    # Moments of other days, or of another company, are not the article's account of one company's day.
    ("en", {40: ("a", "Moore Threads was founded in October 2020.", "2020-10-01", "2020-10-01", "Moore Threads",
                 "story-old")}),
    ("zh-Hans", {40: ("a", "同日,寒武纪股价下跌5%。", "2025-12-05", "2025-12-05", "Cambricon", "story-other")}),
    ("zh-Hant", {40: ("a", "TikTok今年12月將完成交易。", "2025-12-01", "2025-12-31", "TikTok", "story-month")}),
])
def test_other_days_periods_and_companies_stay_apart(language, change):
    events = _with(_article(language), *change.values())
    joined = article_days_joined(events, events["story"])
    assert joined[40] == events.at[40, "story"]
    assert set(joined[events.index < 40]) == {"story-a0"}


def test_a_story_other_articles_tell_too_is_not_one_articles_account():
    # "story-a1" is told by article b too: only the moments the article tells alone join, and none joins b's story.
    events = _with(_article("zh-Hans"),
                   ("b", "摩尔线程上市首日高开468%。", "2025-12-06", "2025-12-06", "Moore Threads", "story-a1"))
    joined = article_days_joined(events, events["story"])
    assert joined.tolist() == ["story-a0", "story-a1", "story-a0", "story-a1"]


def test_stories_with_no_company_in_common_stay_apart():
    events = _article("en")
    events.loc[22, Event.COMPANIES] = "Cambricon"
    joined = article_days_joined(events, events["story"])
    assert joined.tolist() == ["story-a0", "story-a0", "story-a2"]


def test_a_first_story_of_another_company_leaves_the_others_to_join():
    events = _article("zh-Hans")
    events = _with(events, ("a", "同日,寒武纪股价下跌5%。", "2025-12-05", "2025-12-05", "Cambricon", "story-0"))
    joined = article_days_joined(events, events["story"])
    assert joined.tolist() == ["story-a0", "story-a0", "story-a0", "story-0"]
