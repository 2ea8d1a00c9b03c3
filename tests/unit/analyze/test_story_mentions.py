"""One article, one week: an undated article's other mentions of a placed weekday or month-day take its day."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analyze.story_mentions import placed_alike_in_article
from lib.analyze.story_years import Placement
from lib.schema import YEAR_FROM_STORY, YEAR_UNKNOWN, Event


def _frame(rows):
    """rows: (doc, start, date, companies, month_day, weekday, story); the first row is placed."""
    events = pd.DataFrame({
        Event.EVENT_ID: [f"e{i}" for i in range(len(rows))],
        Event.DOC_ID: [r[0] for r in rows], Event.START: [r[1] for r in rows],
        Event.DATE: [r[2] for r in rows], Event.DATE_END: [r[2] for r in rows],
        Event.COMPANIES: [r[3] for r in rows], Event.MONTH_DAY: [r[4] for r in rows],
        Event.WEEKDAY: [r[5] for r in rows],
        Event.QUALIFIER: [YEAR_UNKNOWN if r[4] or r[5] else "" for r in rows],
    }, index=pd.RangeIndex(10, 10 + len(rows)))
    stories = pd.Series([r[6] for r in rows], index=events.index, dtype=object)
    return events, stories


# A story of MiniMax's listing on Friday, January 9, 2026, reported by a dated article.
STORY = ("dated", 0, "2026-01-09", "MiniMax", "", "", "minimax")


def _placed(rows, placed_story="minimax", placed_day="2026-01-09"):
    """The year-less event at label 11 (rows[0]) placed on ``placed_day`` in ``placed_story``."""
    events, stories = _frame([STORY, *rows])
    placement = Placement(pd.Series({11: placed_story}, dtype=object), pd.Series({11: placed_day}, dtype=object),
                          len(rows))
    return events, placed_alike_in_article(events, placement, stories)


def _friday(start, companies="MiniMax", doc="s340"):
    return (doc, start, "", companies, "", "Friday", "")


def _month_day(start, month_day="01-09", companies="MiniMax", doc="s339"):
    return (doc, start, "", companies, month_day, "", "")


CASES = [
    # "MiniMax Group surged on their Hong Kong debut on Friday … at the company's trading debut … on Friday"
    pytest.param([_friday(500), _friday(10)], ("minimax", "2026-01-09"), id="en: a Friday before the placed one"),
    pytest.param([_friday(10), _friday(500)], ("minimax", "2026-01-09"), id="en: a Friday after the placed one"),
    # "稀宇科技(MiniMax)明日(1月9日)将登陆港交所 … 而MiniMax的股票定于1月9日正式挂牌交易"
    pytest.param([_month_day(10), _month_day(300)], ("minimax", "2026-01-09"), id="zh: the same month-day"),
    pytest.param([_month_day(10), _month_day(300, companies="Zhipu AI")], (None, "2026-01-09"),
                 id="zh: another company takes the day, not the story"),
    pytest.param([_friday(10), _friday(500, companies="Nasdaq")], (None, "2026-01-09"),
                 id="en: another company takes the day, not the story"),
    pytest.param([_friday(10), _friday(500, doc="other")], None, id="another article: its own week"),
    pytest.param([_friday(10), ("s340", 500, "", "MiniMax", "", "Thursday", "")], None,
                 id="another weekday: another day"),
    pytest.param([_month_day(10), _month_day(300, "01-08")], None, id="zh: another month-day"),
    # "… on Friday. … The index closed at a record on January 20. … on Friday": another week's Friday.
    pytest.param([_friday(10), ("s340", 200, "", "Nasdaq", "01-20", "", ""), _friday(500)], None,
                 id="en: a day a week away between them lets it go"),
    pytest.param([_friday(10), ("s340", 200, "2026-01-16", "Nasdaq", "", "", ""), _friday(500)], None,
                 id="en: a dated day a week away between them lets it go"),
    pytest.param([_friday(10), ("s340", 200, "", "MiniMax", "01-08", "", ""), _friday(500)],
                 ("minimax", "2026-01-09"), id="en: a day within the week keeps it"),
    pytest.param([_friday(10), _friday(500), ("s340", 800, "", "Nasdaq", "01-20", "", "")],
                 ("minimax", "2026-01-09"), id="en: a far day after both keeps it"),
    # "2025年1月9日 … 1月9日": the article moved to another year.
    pytest.param([_month_day(10), ("s339", 200, "2025-01-09", "MiniMax", "", "", ""), _month_day(300)], None,
                 id="zh: a day of another year between them lets it go"),
    pytest.param([_month_day(10), ("s339", 200, "", "MiniMax", "11-24", "", ""), _month_day(300)],
                 ("minimax", "2026-01-09"), id="zh: a month-day weeks away keeps a month-day"),
    # "今年1月 … 1月9日": a month alone ("--01") states no day, so no other year; nor does a day of month alone.
    pytest.param([_month_day(10), ("s339", 200, "", "MiniMax", "--01", "", ""), _month_day(300)],
                 ("minimax", "2026-01-09"), id="zh: a month alone between them keeps a month-day"),
    pytest.param([_friday(10), ("s340", 200, "", "MiniMax", "--12", "", ""), _friday(500)],
                 ("minimax", "2026-01-09"), id="en: a month alone between them keeps a weekday"),
]


@pytest.mark.parametrize(("rows", "expected"), CASES)
def test_an_articles_other_mentions_of_a_placed_day_take_its_day(rows, expected):
    events, placement = _placed(rows)
    others = events.loc[12:]
    last = others.index[~others[Event.START].isin([200, 800])][0]  # the mention that may take the day (not a filler)
    if expected is None:
        assert last not in placement.date.index
        assert placement.unplaced == len(rows)
        return
    story, day = expected
    assert placement.date[last] == day
    assert placement.story_id.get(last) == story
    assert placement.unplaced == len(rows) - 1
    dated = placement.dated(events)
    assert dated.loc[last, Event.QUALIFIER] == YEAR_FROM_STORY


def test_mentions_placed_on_different_days_give_the_others_none():
    events, stories = _frame([STORY, ("dated", 0, "2026-01-16", "MiniMax", "", "", "later"),
                              _friday(10), _friday(300), _friday(600)])
    placement = Placement(pd.Series({12: "minimax", 13: "later"}, dtype=object),
                          pd.Series({12: "2026-01-09", 13: "2026-01-16"}, dtype=object), 1)
    out = placed_alike_in_article(events, placement, stories)
    assert 14 not in out.date.index and out.unplaced == 1


def test_nothing_placed_leaves_the_placement_as_it_is():
    events, stories = _frame([STORY, _friday(10), _friday(500)])
    empty = Placement(pd.Series(dtype=object), pd.Series(dtype=object), 2)
    assert placed_alike_in_article(events, empty, stories) is empty
