"""A weekday an article ties to its day once and names bare later is that day (lib/extract/weekdays_told.py)."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.attribution import Attributor
from lib.extract.dates import find_dates
from lib.extract.event_types import EventTyper
from lib.extract.events import SentenceSpan, sentence_events
from lib.extract.gazetteer import EntityMatch
from lib.extract.weekdays_told import ToldDay, bare_weekdays, read_as_told, weekday_ties, weekdays_told_after
from lib.extract.year_less_days import year_less_days
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import load_rules

RULES = load_rules()
TYPER = EventTyper(RULES.triggers)
ATTRIBUTOR = Attributor(RULES.clause_cues, RULES.company_references)
# Names as the gazetteer would find them (traditional text is read simplified: 輝達 is 辉达).
COMPANIES = {"Nvidia": "Nvidia", "Apple": "Apple", "DeepSeek": "DeepSeek", "英伟达": "Nvidia", "小米": "Xiaomi",
             "纳斯达克": "Nasdaq", "深度求索": "DeepSeek", "辉达": "Nvidia", "台积电": "TSMC", "那斯达克": "Nasdaq",
             "京东": "JD.com", "JD.com": "JD.com"}


def _rows(texts: list[str], published: Period | None = None, sent_id: int = -1) -> list[tuple[str, str, str]]:
    """(date words, date, month-day) of the events of sentence ``sent_id`` (the last by default) of an
    article of ``texts``, one sentence each."""
    sentences, mentions, offset = [], {}, 0
    for number, raw in enumerate(texts):
        text = to_simplified(raw)  # as the pipeline reads it
        sentences.append(SentenceSpan(number, offset, offset + len(text), text))
        for name, company in COMPANIES.items():
            if name in text:
                at = offset + text.index(name)
                mentions.setdefault(number, []).append(EntityMatch(at, at + len(name), name, name, "company", company))
        offset += len(text) + 1
    rows = sentence_events("d", sentences, mentions, published, TYPER, attributor=ATTRIBUTOR)
    wanted = sent_id % len(texts)
    return [(r["date_text"], r["date"], r["month_day"]) for r in rows if r["sent_id"] == wanted]


# (sentences, publication, the events of the last sentence): the class and its near-misses.
CASES = [
    pytest.param(["Investors dumped chip stocks on Monday (Jan. 27) after DeepSeek's release.",
                  "Nvidia fell 17% on Monday, its worst day on record."], None,
                 [("Monday", "", "01-27")], id="en undated, no year: the tied month-day"),
    pytest.param(["Apple said on Thursday, March 5, that it would open a store in Mumbai.",
                  "Apple shares rose 2% on Thursday."], None,
                 [("Thursday", "", "03-05")], id="en 'on Thursday, March 5,'"),
    pytest.param(["Chip stocks sank on Monday (Jan. 27, 2025) as DeepSeek rattled investors.",
                  "By Friday, Jan. 31, Nvidia had won back part of the loss.",
                  "Nvidia fell 17% on Monday, analysts recalled."], None,
                 [("Monday", "2025-01-27", "")], id="en undated with a year: the tied day, not the nearest Monday"),
    pytest.param(["受深度求索冲击，投资者星期一(1月27日)纷纷抛售全球科技股。",
                  "科技股占主导的美国纳斯达克指数星期一下跌3.1%。"], None,
                 [("星期一", "", "01-27")], id="zh-Hans undated, an index's day"),
    pytest.param(["小米于2024年3月1日发布新机。", "小米周五（3月15日）宣布扩产。", "3月20日，小米公布了销量。",
                  "小米股价周五上涨5%。"], None,
                 [("周五", "2024-03-15", "")], id="zh-Hans with a year, a nearer day between in the same week"),
    pytest.param(["輝達週一（1月27日）股價重挫。", "那斯達克指數週一下跌3.1%，市場震動。"], None,
                 [("周一", "", "01-27")], id="zh-Hant 週一（1月27日）"),
    pytest.param(["台積電1月15日（週四）召開法說會。", "台積電股價週四上漲4%。"], None,
                 [("周四", "", "01-15")], id="zh-Hant the weekday in brackets after its day"),
    # Published with only its month, an article has no day to count a bare weekday back from: the tie names it
    # (zt2604 "京東在週四 (11 日) 結束認購作業後 … 京東周四結束公開申購", published June 2020).
    pytest.param(["京东在周四 (11 日) 结束认购作业后，港交所宣布京东于6月18日挂牌。", "京东周四结束公开申购。"],
                 Period(date(2020, 6, 1), "month"), [("周四", "2020-06-11", "")],
                 id="zh-Hans month-dated: the tied day"),
    pytest.param(["京東在週四 (11 日) 結束認購作業後，港交所宣布京東於6月18日掛牌。", "京東週四結束公開申購。"],
                 Period(date(2020, 6, 1), "month"), [("周四", "2020-06-11", "")],
                 id="zh-Hant month-dated: the tied day"),
    pytest.param(["JD.com closed its book on Thursday (June 11), and will list on June 18.",
                  "JD.com priced its shares on Thursday."], Period(date(2020, 6, 1), "month"),
                 [("Thursday", "2020-06-11", "")], id="en month-dated: the tied day"),
    # Near-misses: nothing changes.
    pytest.param(["京东在周四 (11 日) 结束认购作业后，港交所宣布京东于6月18日挂牌。", "京东周四结束公开申购。"],
                 Period(date(2020, 6, 19), "day"), [("周四", "2020-06-18", "")],
                 id="day-dated: the latest Thursday, as before"),
    pytest.param(["Investors dumped chip stocks on Monday (Jan. 27) after DeepSeek's release.",
                  "Nvidia recovered 9% on Tuesday."], None, [("Tuesday", "", "")],
                 id="another weekday: not the tied day, its weekday alone"),
    pytest.param(["Nvidia said on Monday (Jan. 27) that demand stayed strong.",
                  "Nvidia's board meets every Monday."], None, [], id="every Monday"),
    pytest.param(["Nvidia said on Monday (Jan. 27) that demand stayed strong.",
                  "At Monday's meeting, Nvidia named a new director."], Period(date(2025, 1, 29), "day"),
                 [("Monday", "2025-01-27", "")], id="dated: Monday's meeting read as today"),
    pytest.param(["Investors dumped chip stocks on Monday (Jan. 27) after DeepSeek's release.",
                  "On Feb. 5, Nvidia reported record sales.", "Nvidia fell again on Monday."], None,
                 [("Monday", "", "")], id="a day a week later in between: the tie is let go, the weekday alone"),
    pytest.param(["Chip stocks sank on Monday (Jan. 27, 2025) as DeepSeek rattled investors.",
                  "On Feb. 5, Nvidia reported record sales.", "Nvidia fell again on Monday."], None,
                 [("Monday", "2025-02-03", "")], id="a day a week later, with a year: the nearest Monday as before"),
    pytest.param(["小米周五（3月15日）宣布扩产。", "小米每周五发布周报。"], None, [], id="zh every Friday: no date"),
]


@pytest.mark.parametrize(("texts", "published", "expected"), CASES)
def test_a_weekday_named_again_is_the_day_it_was_tied_to(texts, published, expected):
    assert _rows(texts, published) == expected


def test_the_sentence_tying_the_weekday_keeps_its_own_day():
    assert _rows(["Investors dumped chip stocks on Monday (Jan. 27) after DeepSeek's release."]) == [
        ("Jan. 27", "", "01-27")]


def test_a_recurring_weekday_is_no_bare_weekday():
    assert [c.start for c in bare_weekdays("Nvidia's board meets every Monday and reported on Monday.")] == [50]


def test_reading_as_told_leaves_its_inputs_alone():
    told = {0: ToldDay(1, 27, Period(date(2025, 1, 27), "day"))}
    matches = find_dates("Nvidia fell on Monday.", Period(date(2025, 2, 1), "day"))
    weekdays = bare_weekdays("Nvidia fell on Monday.")
    ties = weekday_ties("Nvidia fell on Monday.", weekdays, matches)
    read, year_less = read_as_told("Nvidia fell on Monday.", weekdays, ties, matches, told)
    assert told == {0: ToldDay(1, 27, Period(date(2025, 1, 27), "day"))} and year_less == []
    assert matches[0].period.start == date(2025, 1, 27) and [m.period.start for m in read] == [date(2025, 1, 27)]
    matches = find_dates("Nvidia fell on Monday.", Period(date(2025, 2, 5), "day"))
    ties = weekday_ties("Nvidia fell on Monday.", weekdays, matches)
    read, _ = read_as_told("Nvidia fell on Monday.", weekdays, ties, matches, told)
    assert [m.period.start for m in read] == [date(2025, 1, 27)]
    matches = find_dates("On Feb. 5, sales rose.", Period(date(2025, 1, 1), "year"))
    ties = weekday_ties("On Feb. 5, sales rose.", bare_weekdays("On Feb. 5, sales rose."), matches)
    assert weekdays_told_after(ties, matches, told) == {}


@pytest.mark.parametrize(("text", "tied"), [
    ("Apple said on Thursday, March 5, that it would open a store.", [("Thursday", "03-05")]),
    ("Investors dumped chip stocks on Monday (Jan. 27).", [("Monday", "01-27")]),
    ("Apple said on Thursday that sales rose on March 5.", []),
    ("小米周五（3月15日）宣布扩产。", [("周五", "03-15")]),
    ("台积电1月15日（周四）召开法说会。", [("周四", "01-15")]),
    ("小米周五宣布扩产，3月15日开始。", []),
])
def test_a_sentence_s_weekday_ties(text, tied):
    days = year_less_days(text)
    ties = weekday_ties(text, bare_weekdays(text), days)
    assert [(text[weekday.start : weekday.end], f"{day.month:02d}-{day.day:02d}") for weekday, day in ties] == tied


@pytest.mark.parametrize("text", ["恒生指数周一收跌2%。", "纳斯达克指数星期一下跌3.1%。"])
def test_an_index_s_weekday_is_read(text):
    assert [m.period.start for m in find_dates(text, Period(date(2025, 1, 29), "day"))] == [date(2025, 1, 27)]


def _weekday_rows(texts: list[str], published: Period | None = None) -> list[tuple[str, str, str, str]]:
    """(date words, date, weekday, qualifier) of every event of an article of ``texts``, one sentence each."""
    sentences, mentions, offset = [], {}, 0
    for sent_id, raw in enumerate(texts):
        text = to_simplified(raw)
        sentences.append(SentenceSpan(sent_id, offset, offset + len(text), text))
        for name, company in {**COMPANIES, "摩尔线程": "Moore Threads", "Moore Threads": "Moore Threads"}.items():
            if name in text:
                at = offset + text.index(name)
                mentions.setdefault(sent_id, []).append(EntityMatch(at, at + len(name), name, name, "company", company))
        offset += len(text) + 1
    rows = sentence_events("d", sentences, mentions, published, TYPER, attributor=ATTRIBUTOR)
    return [(r["date_text"], r["date"], r["weekday"], r["qualifier"]) for r in rows]


# (sentences, publication, events): a bare weekday of an article with no publication date and no year is an
# event with its weekday alone (year unknown), for its story to place; its near-misses keep today's reading.
ALONE_CASES = [
    pytest.param(["DeepSeek released an experimental AI model Monday that cuts API prices by half."], None,
                 [("Monday", "", "Monday", "year unknown")], id="en undated 'Monday'"),
    pytest.param(["On Tuesday, Nvidia announced it would incur charges totaling $5.5 billion."], None,
                 [("Tuesday", "", "Tuesday", "year unknown")], id="en 'On Tuesday,' opening"),
    pytest.param(["摩尔线程周五登陆科创板，首日大涨425%。"], None,
                 [("周五", "", "Friday", "year unknown")], id="zh-Hans 周五"),
    pytest.param(["小米星期二表示，将从黑名单中移除。"], None,
                 [("星期二", "", "Tuesday", "year unknown")], id="zh-Hans 星期二"),
    pytest.param(["輝達週四宣布恢復對中國銷售H20晶片。"], None,
                 [("周四", "", "Thursday", "year unknown")], id="zh-Hant 週四"),
    # Near-misses.
    pytest.param(["DeepSeek released an experimental AI model Monday."], Period(date(2025, 10, 1), "day"),
                 [("Monday", "2025-09-29", "", "")], id="dated article: the Monday before publication"),
    pytest.param(["DeepSeek said on Sept. 26, 2025 that a model was coming.",
                  "DeepSeek released the model on Monday."], None,
                 [("Sept. 26, 2025", "2025-09-26", "", ""), ("Monday", "2025-09-29", "", "")],
                 id="a stated day before: the nearest Monday to it"),
    pytest.param(["Nvidia's board meets every Monday."], None, [], id="en every Monday: no event"),
    pytest.param(["小米每周五发布周报。"], None, [], id="zh-Hans 每周五: no event"),
    pytest.param(["輝達每週四公布數據。"], None, [], id="zh-Hant 每週四: no event"),
    pytest.param(["Nvidia said on Tuesday, May 20, that it would appeal."], None,
                 [("May 20", "", "", "year unknown")], id="a weekday tied to its month-day: the day is the event"),
    pytest.param(["Shares rose on Monday."], None, [], id="no company: no event"),
]


@pytest.mark.parametrize(("texts", "published", "expected"), ALONE_CASES)
def test_a_bare_weekday_of_an_article_nothing_dates_is_kept_with_its_weekday(texts, published, expected):
    assert _weekday_rows(texts, published) == expected


# (sentences, the events of the first sentence): a year-less day an undated article tells with its weekday is in
# the year it falls on that weekday, the latest the story reports or one of the two after; near-misses stay open.
WEEKDAY_YEAR_CASES = [
    pytest.param(["On the evening of May 25th (Sunday), Apple suspended trading in its shares.",
                  "Apple reported 2024 revenue of $391 billion."],
                 [("May 25th", "2025-05-25", "")], id="en 'May 25th (Sunday)' beside 2024: 2025"),
    pytest.param(["Apple said on Thursday, March 5, that it would open a store in Mumbai.",
                  "Apple's sales in India doubled in 2019."],
                 [("March 5", "2020-03-05", "")], id="en 'on Thursday, March 5,' after 2019: 2020"),
    pytest.param(["中国当局周六(4月10日)宣布对小米罚款。", "罚款相当于小米2019年全年4%的营业额。"],
                 [("周六(4月10日)", "2021-04-10", "")], id="zh-Hans 周六(4月10日) beside 2019: 2021"),
    pytest.param(["台積電1月15日（週四）召開法說會。", "台積電2025年全年營收創新高。"],
                 [("1月15日", "2026-01-15", "")], id="zh-Hant 1月15日（週四） after 2025: 2026"),
    # Near-misses: the day keeps its year unknown.
    pytest.param(["小米周五（3月15日）宣布扩产。", "小米2021年营收增长。"],
                 [("周五（3月15日）", "", "03-15")], id="zh-Hans no year in reach falls on the weekday"),
    pytest.param(["4月10日，当局宣布对小米罚款。", "罚款相当于小米2019年全年4%的营业额。"],
                 [("4月10日", "", "04-10")], id="zh-Hans a day told without its weekday"),
    pytest.param(["Investors dumped Nvidia stock on Monday (Jan. 27) after DeepSeek's release."],
                 [("Jan. 27", "", "01-27")], id="en no year told"),
]


@pytest.mark.parametrize(("texts", "expected"), WEEKDAY_YEAR_CASES)
def test_a_day_told_with_its_weekday_is_in_the_year_it_falls_on_it(texts, expected):
    assert _rows(texts, None, sent_id=0) == expected
