"""One article, one week: an undated article's other mentions of a placed weekday or month-day.

Within one article with no date, every bare "Friday" names the same day, and so does every "1月9日":
"MiniMax surged on their Hong Kong debut on Friday … MiniMax executives … at the company's trading
debut … on Friday". Once ``lib.analyze.story_years`` places one of them (a weekday on its story's day,
a month-day in its story's year), the article's other mentions of that weekday or month-day left
unplaced take the same day: the same story when they name one of the story's companies, else the day
alone (qualifier ``YEAR_FROM_STORY``), their company's story unknown.

The tie is let go as ``lib.extract.weekdays_told`` lets a told weekday go: a weekday whose article states,
between the two mentions, a day a week or more away from the placed one (``moved_week``: the story has
moved to another week, where "Friday" is another Friday), and a month-day whose article states between
them a single day of another year. Mentions of one weekday placed on different days give the others none.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from lib.analyze.story_products import company_set
from lib.analyze.story_years import Placement, year_less_keys
from lib.extract.weekdays_told import ToldDay, moved_week
from lib.periods import Period
from lib.schema import MONTH_MARK, WEEKDAYS, Event


def placed_alike_in_article(events: pd.DataFrame, placement: Placement, story_of_event: pd.Series) -> Placement:
    """``placement`` with the unplaced year-less mentions of a placed weekday or month-day of one article
    placed on its day (and in its story when they name a company the story's reports all name)."""
    if placement.date.empty:
        return placement
    keys = year_less_keys(events)
    undated = events[Event.DATE].fillna("") == ""
    placed = events.index.isin(placement.date.index)
    sources = events[placed & (keys != "")]
    waiting = events[~placed & undated & (keys != "") & events[Event.DOC_ID].isin(set(sources[Event.DOC_ID]))]
    if waiting.empty:
        return placement
    story_companies = _story_companies(events, story_of_event, placement)
    # Each waiting mention looks only at its own article: split once, not a scan of the corpus per mention.
    articles = dict(tuple(events[events[Event.DOC_ID].isin(set(waiting[Event.DOC_ID]))].groupby(Event.DOC_ID)))
    new_story, new_date = {}, {}
    for label, event in waiting.iterrows():
        alike = sources[(sources[Event.DOC_ID] == event[Event.DOC_ID]) & (keys[sources.index] == keys[label])]
        doc = articles[event[Event.DOC_ID]]
        days = {placement.date[source] for source in alike.index
                if not _let_go(doc, keys[label], placement.date[source], event, alike.loc[source])}
        if len(days) != 1:
            continue  # none holds, or the article's mentions were placed on different days: no guess
        day = days.pop()
        new_date[label] = day
        stories = {placement.story_id.get(source) for source in alike.index if placement.date[source] == day}
        stories.discard(None)
        names = company_set(event[Event.COMPANIES])
        joined = [story for story in stories if names & story_companies.get(story, frozenset())]
        if len(joined) == 1:
            new_story[label] = joined[0]
    if not new_date:
        return placement
    return Placement(pd.concat([placement.story_id, pd.Series(new_story, dtype=object)]),
                     pd.concat([placement.date, pd.Series(new_date, dtype=object)]),
                     placement.unplaced - len(new_date))


def _story_companies(events: pd.DataFrame, story_of_event: pd.Series, placement: Placement) -> dict[str, frozenset]:
    """The companies every report of each story the placement joined names, its placed reports too."""
    stories = story_of_event.reindex(events.index).fillna("").astype(str)
    stories = stories.mask(stories.index.isin(placement.story_id.index), placement.story_id.reindex(stories.index))
    wanted = stories[stories.isin(set(placement.story_id))]
    return {story: frozenset.intersection(*(company_set(text) for text in events.loc[members.index, Event.COMPANIES]))
            for story, members in wanted.groupby(wanted)}


def _let_go(doc: pd.DataFrame, key: str, day: str, event: pd.Series, source: pd.Series) -> bool:
    """Whether the article (``doc``, its events) states, between ``source`` (placed on ``day``) and ``event``,
    a day that lets their tie go: a week or more from ``day`` for a weekday, of another year for a month-day."""
    first, last = sorted((int(source[Event.START]), int(event[Event.START])))
    between = doc[(doc[Event.START] > first) & (doc[Event.START] < last)]
    placed = date.fromisoformat(day)
    if key in WEEKDAYS:
        stated = [told for _, other in between.iterrows() if (told := _stated(other)) is not None]
        return moved_week(ToldDay(placed.month, placed.day, Period(placed, "day")), stated)
    single = between[between[Event.DATE].fillna("").ne("") & between[Event.DATE].eq(between[Event.DATE_END])]
    return bool({str(text)[:4] for text in single[Event.DATE]} - {day[:4]})


def _stated(event: pd.Series) -> ToldDay | None:
    """The day an event states: its single dated day, or its year-less month-day; None for any other (a day of
    month alone, "---12", states no month; a month alone, "--03", no day)."""
    month_day = str(event.get(Event.MONTH_DAY) or "")
    if month_day.startswith(MONTH_MARK):  # DAY_OF_MONTH_MARK starts so too
        return None
    if month_day:
        month, day = (int(part) for part in month_day.split("-"))
        return ToldDay(month, day)
    if str(event[Event.DATE] or "") not in ("", "nan") and event[Event.DATE] == event[Event.DATE_END]:
        start = date.fromisoformat(str(event[Event.DATE]))
        return ToldDay(start.month, start.day, Period(start, "day"))
    return None
