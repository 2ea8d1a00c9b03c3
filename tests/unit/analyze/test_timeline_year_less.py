"""Year-less days on the timeline: those a story dated become marks that say so, the others a list."""

from __future__ import annotations

import pandas as pd

from lib.analyze.story_years import Placement
from lib.analyze.timeline import BAR_START, BAR_STOP, COMPANY, OUTLET, TIMELINE_COLUMNS, TITLE, event_marks
from lib.analyze.timeline_year_less import (
    MONTH_DAY_LABEL,
    UNKNOWN_YEAR_COLUMNS,
    unknown_year_events,
    year_from_story_marks,
)
from lib.charts.timeline import YEAR_FROM_STORY_HOVER, YEAR_FROM_STORY_SYMBOL, timeline_figure
from lib.schema import YEAR_FROM_STORY, YEAR_UNKNOWN, Doc, Event


def _events() -> pd.DataFrame:
    rows = [  # doc, sent, date, month_day, companies, sentence, date words
        ("dated", 0, "2025-07-11", "", "Moonshot AI", "Moonshot AI released Kimi K2 on July 11, 2025.",
         "July 11, 2025"),
        ("undated", 1, "", "07-11", "Moonshot AI", "Moonshot AI released Kimi K2 on July 11.", "July 11"),
        ("undated", 2, "", "04-01", "Baidu;Tencent", "百度4月1日起免费开放<b>文心一言</b>。", "4月1日"),
        ("undated", 3, "", "03-14", "Baidu", "3月14日下午,百度开会讨论免费。", "3月14日"),
    ]
    frame = pd.DataFrame(rows, columns=[Event.DOC_ID, Event.SENT_ID, Event.DATE, Event.MONTH_DAY, Event.COMPANIES,
                                        Event.SENTENCE, Event.DATE_TEXT])
    frame[Event.EVENT_ID] = [f"e{i}" for i in range(len(frame))]
    frame[Event.DATE_END] = frame[Event.DATE]
    frame[Event.PRECISION] = "day"
    frame[Event.QUALIFIER] = [YEAR_UNKNOWN if md else "" for md in frame[Event.MONTH_DAY]]
    frame[Event.PLANNED] = False
    frame[Event.EVENT_TYPE] = "launch"
    frame.index = pd.RangeIndex(20, 20 + len(frame))  # labels are not positions
    return frame


def _documents() -> pd.DataFrame:
    return pd.DataFrame({Doc.DOC_ID: ["dated", "undated"], Doc.FILE: ["a.txt", "b.txt"], Doc.TITLE: ["K2", ""],
                         Doc.SOURCE: ["Reuters", "Blog"], Doc.PUBLISHED: ["2025-07-12", ""],
                         Doc.DATE_PRECISION: ["day", ""]})


PLACED = Placement(pd.Series({21: "story-k2"}, dtype=object), pd.Series({21: "2025-07-11"}, dtype=object), 2)


def test_a_year_less_day_its_story_dated_is_a_mark_that_says_whence_its_year():
    events = _events()
    before = events.copy()
    marks = year_from_story_marks(events, _documents(), PLACED)
    assert list(marks.columns) == TIMELINE_COLUMNS
    assert marks[[COMPANY, Event.DOC_ID, Event.SENT_ID, Event.QUALIFIER]].values.tolist() == [
        ["Moonshot AI", "undated", 1, YEAR_FROM_STORY]]
    assert (marks[BAR_START].iloc[0], marks[BAR_STOP].iloc[0]) == (pd.Timestamp("2025-07-11"),
                                                                   pd.Timestamp("2025-07-12"))
    assert marks[TITLE].iloc[0] == "b.txt"  # an untitled document is named by its file
    pd.testing.assert_frame_equal(events, before)


def test_without_stories_grouped_no_year_less_day_is_a_mark_and_every_one_is_listed():
    assert year_from_story_marks(_events(), _documents(), None).empty
    assert len(unknown_year_events(_events(), _documents(), None)) == 3


def test_the_year_less_days_no_story_dated_are_listed_by_month_and_day():
    table = unknown_year_events(_events(), _documents(), PLACED)
    assert list(table.columns) == UNKNOWN_YEAR_COLUMNS
    assert table[MONTH_DAY_LABEL].tolist() == ["Mar 14", "Apr 1"]
    assert table[Event.COMPANIES].tolist() == ["Baidu", "Baidu, Tencent"]
    assert table[OUTLET].tolist() == ["Blog", "Blog"]
    assert table[Event.SENT_ID].tolist() == [3, 2]


def test_events_without_month_days_have_no_year_less_days():
    events = _events().drop(columns=Event.MONTH_DAY).iloc[:1]
    assert unknown_year_events(events, _documents(), None).empty
    assert year_from_story_marks(events, _documents(), None).empty


def test_event_marks_put_each_company_of_a_dated_event_in_its_lane():
    events = _events().iloc[[0]].assign(**{Event.COMPANIES: "Moonshot AI;Alibaba"})
    marks = event_marks(events, _documents())
    assert marks[COMPANY].tolist() == ["Alibaba", "Moonshot AI"]
    assert marks[OUTLET].tolist() == ["Reuters", "Reuters"]


def test_the_figure_stars_a_day_whose_year_came_from_its_story_and_escapes_its_text():
    events = _events()
    placed = year_from_story_marks(events, _documents(), PLACED)
    stated = event_marks(events.iloc[[0]], _documents())
    figure = timeline_figure(pd.concat([stated, placed], ignore_index=True), ["Moonshot AI"], {}, "t").to_dict()
    drawn = [trace for trace in figure["data"] if trace.get("customdata") is not None]
    symbols = {trace["marker"]["symbol"]: trace for trace in drawn}
    assert set(symbols) == {"diamond", YEAR_FROM_STORY_SYMBOL}
    assert YEAR_FROM_STORY_HOVER in symbols[YEAR_FROM_STORY_SYMBOL]["hovertext"][0]
    assert YEAR_FROM_STORY_HOVER not in symbols["diamond"]["hovertext"][0]
    other = events.iloc[[2]].assign(**{Event.DATE: "2025-04-01", Event.DATE_END: "2025-04-01"})
    baidu = timeline_figure(event_marks(other, _documents()), ["Baidu"], {}, "t").to_dict()
    hover = next(trace for trace in baidu["data"] if trace.get("customdata") is not None)["hovertext"][0]
    assert "&lt;b&gt;" in hover and "<b>文心" not in hover
    assert "qualifier: year unknown" in hover


def test_reader_links_of_listed_sentences_search_nothing_when_no_term_is_given():
    from ui.params import reader_links

    table = unknown_year_events(_events(), _documents(), PLACED)
    assert reader_links(table, "", {"company": ["Baidu"]}).tolist() == [
        "reader?doc=undated&sent=3&company=Baidu", "reader?doc=undated&sent=2&company=Baidu"]
    assert reader_links(table, " 百度 ", {}).iloc[0] == "reader?doc=undated&sent=3&q=%E7%99%BE%E5%BA%A6"


def test_a_bare_weekday_no_story_dated_is_listed_by_its_weekday_after_the_month_days():
    events = _events()
    weekday = events.iloc[[-1]].assign(**{Event.SENT_ID: 4, Event.MONTH_DAY: "", Event.DATE_TEXT: "周五",
                                           Event.SENTENCE: "百度周五宣布免费。", Event.EVENT_ID: "e9"})
    events = pd.concat([events, weekday.set_axis([30])]).assign(**{Event.WEEKDAY: ["", "", "", "", "Friday"]})
    table = unknown_year_events(events, _documents(), PLACED)
    assert table[MONTH_DAY_LABEL].tolist() == ["Mar 14", "Apr 1", "Friday"]
    assert table[Event.WEEKDAY].tolist() == ["", "", "Friday"]
    assert len(unknown_year_events(events.drop(columns=Event.WEEKDAY), _documents(), PLACED)) == 2


def test_a_bare_day_of_month_no_story_dated_is_listed_by_its_day_after_the_month_days():
    events = _events()
    of_month = events.iloc[[-1]].assign(**{Event.SENT_ID: 4, Event.MONTH_DAY: "---05", Event.DATE_TEXT: "5日",
                                           Event.SENTENCE: "百度5日宣布免费。", Event.EVENT_ID: "e9"})
    events = pd.concat([events, of_month.set_axis([30])])
    table = unknown_year_events(events, _documents(), PLACED)
    assert table[MONTH_DAY_LABEL].tolist() == ["Mar 14", "Apr 1", "day 5"]


def test_a_month_alone_no_story_dated_is_listed_by_its_month_after_the_month_days():
    events = _events()
    month = events.iloc[[-1]].assign(**{Event.SENT_ID: 4, Event.MONTH_DAY: "--02", Event.DATE_TEXT: "今年2月",
                                        Event.SENTENCE: "百度今年2月宣布免费。", Event.EVENT_ID: "e9",
                                        Event.PRECISION: "month"})
    of_month = events.iloc[[-1]].assign(**{Event.SENT_ID: 5, Event.MONTH_DAY: "---05", Event.DATE_TEXT: "5日",
                                           Event.SENTENCE: "百度5日宣布免费。", Event.EVENT_ID: "e10"})
    events = pd.concat([events, month.set_axis([30]), of_month.set_axis([31])])
    table = unknown_year_events(events, _documents(), PLACED)
    assert table[MONTH_DAY_LABEL].tolist() == ["Mar 14", "Apr 1", "Feb", "day 5"]
