"""The year of a year-less day, from the story it reports.

An article with no publication date leaves "1月20日" or "on July 11" without a year: extraction
keeps such an event with no date, only its ``Event.MONTH_DAY`` (qualifier ``YEAR_UNKNOWN``). Here
it takes the year of a story already dated by other articles when it reports that story: the story
names a company the event names, is dated to a short period (a day, a week, a month) that holds
the same month and day (agreeing with the story's reports as a dated report would:
``lib.analyze.story_periods``, the day of slack included), and the event's sentence says what the
story's sentences say (mean cosine at least the story threshold). When stories of different years
would fit, the year stays unknown: a year is never guessed, unless the article's other year-less dates were
placed in one of those years (an undated article's dates written without a year are all of the year it was
written in: "今年4月" beside a "7月14日" its story placed in 2025 is April 2025). When stories of one year fit, a story
whose own reports name the day beats one the day only reaches by the day of slack, however alike:
the slack is for one happening's reports dated a day apart, and a story of that very day is the
better reading ("智谱AI已于今日(1月8日)在香港上市" is Zhipu's listing of January 8, not MiniMax's of the
9th, though the sentence names MiniMax too). A placed event keeps
its ``month_day`` and gets the qualifier ``YEAR_FROM_STORY``; one that fits no story stays
unplaced, and is counted.

A bare weekday of such an article ("DeepSeek released the model on Monday": ``Event.WEEKDAY``, no date)
is placed the same way, on a day of a story whose own single-day reports fall on that weekday (a story
dated only by a week or a month names no weekday), and only when that story is the only one of its
company, on whatever days, that says alike (the same bar): a weekday recurs every week, so it names
the week only when its sentence leaves one story to report. Among the stories of that weekday alone,
a wrong week wins too often: an undated "On Tuesday, Nvidia announced charges of $5.5 billion after
H20 exports were restricted" (April 2025, reported by month elsewhere) says alike Nvidia's resumed
H20 sales of Tuesday, July 15. A weekday on the one single day every report of its story names takes
the same-day bar, as a month-day on that day does and as dated reports of one same day do ("Moore
Threads debuted on the Shanghai STAR Market on Friday" / the story of December 5, 2025, a Friday); the
other stories of its company still count at the general bar, so a second one saying alike keeps the
week unknown, unless it cannot be the weekday's (``lib.analyze.story_weekday_fits``: a story of another known
day, set aside for one on the weekday alike by its own words; a month one article tells; a story not naming the
product the weekday names), or it is another story of that very day, one of them alike at the general bar.

A bare day of month of such an article ("美国联邦法官当地时间12日就小米公司起诉…": ``Event.MONTH_DAY`` "---12",
its month open too) is placed as a weekday is: on a day of a story whose own single-day reports fall on that
day of month, never on another: the one single day all the reports of a story told by two articles or more
name (one article's day is too little to tell a month by), and only when no other such story of its company on
that day of month (another month's) says alike.

Stories are blocked by (company, month-day), and for weekdays by company, so the work grows with the
corpus (and with the stories of the companies that undated weekdays name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from lib.analyze.event_vectors import EventVectors, event_vectors, widened
from lib.analyze.story_days import (
    ANY_DAY,
    DatedStory,
    day_in,
    is_month,
    its_one_day,
    recurs,
    stories_by_company_and_day,
)
from lib.analyze.story_products import company_set
from lib.analyze.story_weekday_fits import weekday_fits
from lib.analyze.text_columns import text_column
from lib.periods import Period
from lib.schema import DAY_OF_MONTH_MARK, WEEKDAYS, YEAR_FROM_STORY, Event


@dataclass(frozen=True)
class Placement:
    """Year-less events placed by their story, and those left without a year."""

    story_id: pd.Series    # per placed event (index of the events frame): the story it joins
    date: pd.Series        # per placed event: its ISO day
    unplaced: int          # year-less events that fit no story, or stories of different years

    def dated(self, events: pd.DataFrame) -> pd.DataFrame:
        """``events`` with the placed ones' date, end and qualifier ``YEAR_FROM_STORY``."""
        placed = self.date.reindex(events.index).dropna()
        if placed.empty:
            return events
        events = with_placed_dates(events, placed)
        events.loc[placed.index, Event.QUALIFIER] = YEAR_FROM_STORY
        return events


def with_placed_dates(events: pd.DataFrame, placed: pd.Series) -> pd.DataFrame:
    """A copy of ``events`` with the ``placed`` ones (ISO first days, by index) dated: a day ends on itself, a
    month with no day ("--03") at the month's end."""
    events = events.copy()
    events.loc[placed.index, Event.DATE] = placed
    months = text_column(events.loc[placed.index], Event.MONTH_DAY).map(is_month)
    ends = [Period(date.fromisoformat(day), "month").end.isoformat() if month else day
            for day, month in zip(placed, months, strict=True)]
    events.loc[placed.index, Event.DATE_END] = ends
    return events


def year_less_placement(events: pd.DataFrame, vectors: np.ndarray | EventVectors, story_of_event: pd.Series,
                        threshold: float, short_period_days: int, products: pd.Series | None = None,
                        product_threshold: float | None = None, same_day_threshold: float | None = None) -> Placement:
    """Place each year-less event (``Event.MONTH_DAY`` or ``Event.WEEKDAY``, and no date) in the story
    that gives it a year.

    ``story_of_event`` is the story of each dated event ("" for none); ``vectors`` one unit row per
    event, in the order of ``events`` (encoded only for the events and stories compared: ``EventVectors``);
    a story gives a year only when its period is shorter than
    ``short_period_days`` and the event's mean cosine to its reports is at least ``threshold``, or
    ``product_threshold`` when the event names a product (``products``, per event) a report names, or
    ``same_day_threshold`` when its month-day (or its weekday's day) is the one single day every report of
    the story names (as between dated reports of one same day: ``lib.analyze.story_linkage.SAME_DAY_SIMILARITY``).

    Placed in rounds until none is left to place: a placed event is one of its story's reports, so the
    next round compares the events still year-less with it too (the mean over all the story's reports,
    as between dated reports: no chain of single close pairs).
    """
    placed = Placement(pd.Series(dtype=object), pd.Series(dtype=object), 0)
    year_less = None
    while True:
        stories = story_of_event.reindex(events.index).fillna("").astype(str)
        stories = stories.mask(stories.index.isin(placed.story_id.index), placed.story_id.reindex(stories.index))
        found = _placed_once(placed.dated(events), vectors, stories, threshold, short_period_days, products,
                             (product_threshold, same_day_threshold), placed_years_by_article(events, placed.date))
        year_less = found.unplaced + len(found.story_id) if year_less is None else year_less
        if found.story_id.empty:
            return Placement(placed.story_id, placed.date, year_less - len(placed.story_id))
        placed = Placement(pd.concat([placed.story_id, found.story_id]), pd.concat([placed.date, found.date]), 0)


def _placed_once(events: pd.DataFrame, vectors: np.ndarray | EventVectors, story_of_event: pd.Series,
                 threshold: float, short_period_days: int, products: pd.Series | None,
                 lower: tuple[float | None, float | None], article_years: dict[str, set[int]]) -> Placement:
    """One round of ``year_less_placement``: the year-less events of ``events`` placed in its dated stories
    (``article_years``: the years earlier rounds placed each article's year-less events in)."""
    month_days = year_less_keys(events)
    empty = pd.Series(dtype=object)
    year_less = np.flatnonzero(((month_days != "") & (events[Event.DATE].fillna("") == "")).to_numpy())
    if not len(year_less):
        return Placement(empty, empty, 0)
    given = products.reindex(events.index) if products is not None else [None] * len(events)
    named = pd.Series([p if isinstance(p, frozenset) else frozenset() for p in given], index=events.index,
                      dtype=object)
    companies = events[Event.COMPANIES].fillna("").astype(str).to_numpy()
    articles = text_column(events, Event.DOC_ID).to_numpy()
    of_weekdays = {name for row in year_less if recurs(month_days.iat[row]) for name in company_set(companies[row])}
    blocks = stories_by_company_and_day(events, story_of_event, set(month_days.iloc[year_less]), short_period_days,
                                         named, of_weekdays)
    candidates = {row: _candidates(month_days.iat[row], company_set(companies[row]), blocks) for row in year_less}
    sums = _vector_sums(event_vectors(vectors), candidates)
    placed_story, placed_date = {}, {}
    bars = (threshold, *(threshold if bar is None else min(bar, threshold) for bar in lower))
    for row in year_less:
        fits = _fitting(month_days.iat[row], candidates[row], sums, named.iat[row], bars, row)
        if month_days.iat[row] in WEEKDAYS:
            fits = weekday_fits(month_days.iat[row], fits, named.iat[row], bars[:2])
        if recurs(month_days.iat[row]) and len(fits) > 1 and not _one_day_alike(fits, threshold):
            continue  # a weekday or day of month two stories may report: which week or month is a guess
        fits = in_its_articles_year([fit for fit in fits if fit[1] is not None],
                                    article_years.get(articles[row], set()))
        if len({day.year for _, day, _ in fits}) == 1:
            best = max(fits, key=lambda fit: (fit[0].own_first <= fit[1] <= fit[0].own_last, fit[2],
                                              fit[0].story_id))
            placed_story[events.index[row]] = best[0].story_id
            placed_date[events.index[row]] = best[1].isoformat()
    return Placement(pd.Series(placed_story, dtype=object), pd.Series(placed_date, dtype=object),
                     len(year_less) - len(placed_story))


def placed_years_by_article(events: pd.DataFrame, placed_dates: pd.Series) -> dict[str, set[int]]:
    """The years ``placed_dates`` (ISO days, by index of ``events``) gave each article's year-less events (none
    for events of no known article)."""
    articles = text_column(events, Event.DOC_ID)
    years: dict[str, set[int]] = {}
    for index, day in placed_dates.items():
        if articles.at[index]:
            years.setdefault(articles.at[index], set()).add(int(day[:4]))
    return years


def in_its_articles_year(fits: list[tuple], article_years: set[int]) -> list[tuple]:
    """The ``fits`` (story, day, similarity) of the one year the article's other year-less dates were placed in,
    when they span several years and one is that year: an undated article's dates written with no year (read before
    any year it states: "今年4月", "7月14日", "in April") are all of the year it was written in, so once its story
    places one of them ("时至7月14日，英伟达宣布…恢复销售H20" in July 2025), "今年4月" is April 2025, not an April of
    another year that a story of the company also tells. Otherwise ``fits`` as they are."""
    if len(article_years) != 1 or len({day.year for _, day, _ in fits}) < 2:
        return fits
    return [fit for fit in fits if fit[1].year in article_years] or fits


def _one_day_alike(fits: list[tuple], threshold: float) -> bool:
    """Whether the stories ``fits`` holds are all of one and the same day, one of them saying alike at the general
    ``threshold``: the others are that day's reports grouping kept apart, not another week or month the recurring
    day may be ("On Tuesday, OpenAI blocked API access" / two stories of Tuesday, July 9, 2024). Two stories of one
    day alike only at the lower bar of a story's one day are two weak hints, and stay a guess."""
    return len({day for _, day, _ in fits}) == 1 and None not in {day for _, day, _ in fits} and max(
        similarity for _, _, similarity in fits) >= threshold


def year_less_keys(events: pd.DataFrame) -> pd.Series:
    """What each year-less event names: its month-day ("01-20") or else its weekday ("Tuesday"); "" for others."""
    return text_column(events, Event.MONTH_DAY).where(lambda days: days != "", text_column(events, Event.WEEKDAY))


def _candidates(month_day: str, names: frozenset[str],
                blocks: dict[tuple[str, str], list[DatedStory]]) -> list[DatedStory]:
    """The dated stories a year-less event on ``month_day`` (or a weekday) naming ``names`` is compared with."""
    key = ANY_DAY if recurs(month_day) else month_day
    return list({story.story_id: story for name in names for story in blocks.get((name, key), ())}.values())


def _vector_sums(vectors: EventVectors, candidates: dict[int, list[DatedStory]]) -> tuple[np.ndarray, dict]:
    """The vectors of the year-less events with a candidate story and each candidate's vector sum,
    encoded in one call: the others are never compared."""
    compared = [row for row, stories in candidates.items() if stories]
    stories = {story.story_id: story for row in compared for story in candidates[row]}
    rows = np.concatenate([np.asarray(compared, dtype=np.int64)] + [story.rows for story in stories.values()])
    vectors.encode_rows(rows)
    return vectors.matrix, {story_id: vectors.of(story.rows).sum(axis=0) for story_id, story in stories.items()}


def _fitting(month_day: str, candidates: list[DatedStory], sums: tuple[np.ndarray, dict], products: frozenset[str],
             bars: tuple[float, float, float], row: int) -> list[tuple]:
    """(story, the day it gives, similarity) of every candidate story the event at ``row`` fits: its
    mean cosine at least the first of ``bars``, the second when the story names one of its ``products``,
    the third when its month-day, or the day of its weekday, is the story's one single day (the lowest that holds).
    A weekday's story whose own days miss it fits with no day: it is another week the weekday may be."""
    matrix, story_sums = sums
    fits = []
    for story in candidates:
        similarity = float(widened(matrix[row]) @ story_sums[story.story_id]) / len(story.rows)
        day = day_in(story, month_day)
        bar = bars[bool(products & story.products)]
        if its_one_day(story, day) and not is_month(month_day):
            bar = min(bar, bars[2])
        if month_day.startswith(DAY_OF_MONTH_MARK) and not (its_one_day(story, day) and story.articles > 1):
            continue  # a day of month joins only a story whose articles all name that one day
        if similarity >= bar and (day is not None or month_day in WEEKDAYS):
            fits.append((story, day, similarity))
    return fits
