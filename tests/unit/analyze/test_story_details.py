"""A sentence that tells no happening of its own, in an article reporting its company's day, is a detail of that
day's story."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analyze.story_details import placed_details
from lib.schema import Event

# Article "a" reports its company's day in its lead; article "b" reports the same happening: one story, "told".
_LEADS = {
    "Nvidia": ("China's market regulator opened an antitrust investigation into Nvidia on December 9.",
               "市场监管总局12月9日宣布对英伟达立案调查。", "2024-12-09"),
    "Moore Threads": ("Moore Threads debuted on the Shanghai STAR Market on December 5.",
                      "摩爾線程12月5日在科創板掛牌上市。", "2025-12-05"),
}


def _reports(company: str, detail: str, detail_type: str = "other", detail_day: str | None = None,
             detail_story: str = "alone", detail_company: str | None = None) -> pd.DataFrame:
    lead, other_report, day = _LEADS[company]
    rows = [("a", lead, day, company, "regulation", "told"),
            ("b", other_report, day, company, "regulation", "told"),
            ("a", detail, detail_day or day, detail_company or company, detail_type, detail_story)]
    frame = pd.DataFrame(rows, columns=[Event.DOC_ID, Event.SENTENCE, Event.DATE, Event.COMPANIES,
                                        Event.EVENT_TYPE, "story"])
    frame[Event.DATE_END] = frame[Event.DATE]
    frame.index = [10, 11, 12]
    return frame


@pytest.mark.parametrize(("company", "detail"), [
    # The share price on the day of the happening the article reports.
    ("Nvidia", "Nvidia's shares were down more than 2% by 11 p.m. on December 9."),
    ("Nvidia", "12月9日晚间,英伟达股价一度下跌超过2%。"),
    ("Nvidia", "至北京時間12月9日23時,輝達股價仍在下跌。"),
    # The scene of the listing its lead reports.
    ("Moore Threads", "At 9:30 a.m. on December 5, Moore Threads' code lit up on the trading hall's screens."),
    ("Moore Threads", "12月5日上午9点30分,交易大厅的屏幕上亮起了摩尔线程的代码。"),
    ("Moore Threads", "12月5日早上9點半,交易大廳的螢幕上亮起摩爾線程的代碼。"),
])
def test_a_sentence_of_no_happening_joins_its_articles_story_of_that_day(company, detail):
    reports = _reports(company, detail)
    before = reports.copy()
    placed = placed_details(reports, reports["story"])
    assert placed[12] == "told"
    assert placed[[10, 11]].tolist() == ["told", "told"]
    pd.testing.assert_frame_equal(reports, before)


@pytest.mark.parametrize(("company", "detail", "change"), [
    # A sentence telling a happening of its own is another happening, however close in the article.
    ("Moore Threads", "On its listing day, Moore Threads said its next GPU would launch within the year.",
     {"detail_type": "launch"}),
    ("Moore Threads", "上市当日,摩尔线程创始人发出内部信,宣布新一代芯片将于年内发布。", {"detail_type": "launch"}),
    ("Moore Threads", "上市當日,摩爾線程創始人發出內部信,宣佈新一代晶片將於年內發佈。", {"detail_type": "launch"}),
    # Another day is not the day the article reports.
    ("Nvidia", "Nvidia's shares fell 1% on December 10.", {"detail_day": "2024-12-10"}),
    ("Nvidia", "12月10日,英伟达股价下跌1%。", {"detail_day": "2024-12-10"}),
    # Another company's detail.
    ("Nvidia", "AMD's shares were flat on December 9.", {"detail_company": "AMD"}),
    ("Nvidia", "12月9日,超微半導體股價持平。", {"detail_company": "AMD"}),
    # Already in a story other articles tell: grouping weighed it.
    ("Moore Threads", "Moore Threads' shares closed 425% higher on December 5.", {"detail_story": "another"}),
])
def test_a_detail_stays_where_it_is(company, detail, change):
    reports = _reports(company, detail, **change)
    if change.get("detail_story") == "another":
        reports = pd.concat([reports, reports.loc[[12]].rename(index={12: 13}).assign(**{Event.DOC_ID: "c"})])
    placed = placed_details(reports, reports["story"])
    assert placed[12] == reports.at[12, "story"]


def test_a_detail_with_no_story_joins_too():
    reports = _reports("Nvidia", "12月9日晚间,英伟达股价一度下跌超过2%。", detail_story="")
    assert placed_details(reports, reports["story"])[12] == "told"


def test_two_stories_of_that_day_leave_the_detail_where_it_is():
    reports = _reports("Nvidia", "Nvidia's shares were down more than 2% by 11 p.m. on December 9.")
    second = pd.DataFrame([("a", "Nvidia said on December 9 it would cooperate.", "2024-12-09", "Nvidia", "people",
                            "second", "2024-12-09"),
                           ("c", "英伟达12月9日表示将配合调查。", "2024-12-09", "Nvidia", "people", "second",
                            "2024-12-09")], columns=reports.columns, index=[20, 21])
    reports = pd.concat([reports, second])
    assert placed_details(reports, reports["story"])[12] == "alone"


def test_a_story_of_its_article_alone_is_not_that_days_story():
    reports = _reports("Nvidia", "Nvidia's shares were down more than 2% by 11 p.m. on December 9.")
    reports.loc[[10], "story"] = "lead-only"
    assert placed_details(reports, reports["story"])[12] == "alone"
