"""The year of a year-less day, from the story it reports.

An article with no publication date leaves "1月20日" or "on July 11" without a year: extraction
keeps such an event with no date, only its ``Event.MONTH_DAY`` (qualifier ``YEAR_UNKNOWN``). Here
it takes the year of a story already dated by other articles when it reports that story: the story
names a company the event names, is dated to a short period (a day, a week, a month) that holds
the same month and day (agreeing with the story's reports as a dated report would:
``lib.analyze.story_periods``, the day of slack included), and the event's sentence says what the
story's sentences say (mean cosine at least the story threshold). When stories of different years
would fit, the year stays unknown: a year is never guessed. When stories of one year fit, a story
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
week unknown.

A bare day of month of such an article ("美国联邦法官当地时间12日就小米公司起诉…": ``Event.MONTH_DAY`` "---12",
its month open too) is placed as a weekday is: on a day of a story whose own single-day reports fall on that
day of month, never on another: the one single day all the reports of a story told by two articles or more
name (one article's day is too little to tell a month by), and only when no other such story of its company on
that day of month (another month's) says alike.

Stories are blocked by (company, month-day), and for weekdays by company, so the work grows with the
corpus (and with the stories of the companies that undated weekdays name).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from lib.analyze.event_vectors import EventVectors, event_vectors
from lib.analyze.story_periods import DAY_SLACK, StoryPeriod
from lib.analyze.story_products import company_set
from lib.schema import COMPANY_SEPARATOR, WEEKDAYS, YEAR_FROM_STORY, Event

_EPOCH = date(1970, 1, 1)
_ANY_DAY = "*"  # the block of a company's every short story: a weekday or a day of month may report any of them
DAY_OF_MONTH_MARK = "---"  # Event.MONTH_DAY "---12": the 12th of a month left open (ISO 8601's day of month)


@dataclass(frozen=True)
class _DatedStory:
    story_id: str
    first: date            # first and last day a further single-day report of it may name
    last: date
    own_first: date        # first and last day its own reports name (its single days, else its window)
    own_last: date
    has_days: bool         # some report names a single day: its own days are those, on their weekdays
    one_day: bool          # every report names one and the same single day (StoryPeriod.one_day)
    companies: frozenset[str]
    products: frozenset[str]   # any report's
    rows: np.ndarray           # its reports' positions in the events frame
    articles: int = 1          # how many articles report it


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
        events = events.copy()
        events.loc[placed.index, Event.DATE] = placed
        events.loc[placed.index, Event.DATE_END] = placed
        events.loc[placed.index, Event.QUALIFIER] = YEAR_FROM_STORY
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
    the story names (as between dated reports of one same day: ``lib.analyze.stories.SAME_DAY_SIMILARITY``).

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
                             (product_threshold, same_day_threshold))
        year_less = found.unplaced + len(found.story_id) if year_less is None else year_less
        if found.story_id.empty:
            return Placement(placed.story_id, placed.date, year_less - len(placed.story_id))
        placed = Placement(pd.concat([placed.story_id, found.story_id]), pd.concat([placed.date, found.date]), 0)


def _placed_once(events: pd.DataFrame, vectors: np.ndarray | EventVectors, story_of_event: pd.Series,
                 threshold: float, short_period_days: int, products: pd.Series | None,
                 lower: tuple[float | None, float | None]) -> Placement:
    """One round of ``year_less_placement``: the year-less events of ``events`` placed in its dated stories."""
    month_days = year_less_keys(events)
    empty = pd.Series(dtype=object)
    year_less = np.flatnonzero(((month_days != "") & (events[Event.DATE].fillna("") == "")).to_numpy())
    if not len(year_less):
        return Placement(empty, empty, 0)
    given = products.reindex(events.index) if products is not None else [None] * len(events)
    named = pd.Series([p if isinstance(p, frozenset) else frozenset() for p in given], index=events.index,
                      dtype=object)
    companies = events[Event.COMPANIES].fillna("").astype(str).to_numpy()
    of_weekdays = {name for row in year_less if recurs(month_days.iat[row]) for name in company_set(companies[row])}
    blocks = _stories_by_company_and_day(events, story_of_event, set(month_days.iloc[year_less]), short_period_days,
                                         named, of_weekdays)
    candidates = {row: _candidates(month_days.iat[row], company_set(companies[row]), blocks) for row in year_less}
    sums = _vector_sums(event_vectors(vectors), candidates)
    placed_story, placed_date = {}, {}
    bars = (threshold, *(threshold if bar is None else min(bar, threshold) for bar in lower))
    for row in year_less:
        fits = _fitting(month_days.iat[row], candidates[row], sums, named.iat[row], bars, row)
        if recurs(month_days.iat[row]) and len(fits) > 1:
            continue  # a weekday or day of month two stories may report: which week or month is a guess
        fits = [fit for fit in fits if fit[1] is not None]
        if len({day.year for _, day, _ in fits}) == 1:
            best = max(fits, key=lambda fit: (fit[0].own_first <= fit[1] <= fit[0].own_last, fit[2],
                                              fit[0].story_id))
            placed_story[events.index[row]] = best[0].story_id
            placed_date[events.index[row]] = best[1].isoformat()
    return Placement(pd.Series(placed_story, dtype=object), pd.Series(placed_date, dtype=object),
                     len(year_less) - len(placed_story))


def year_less_keys(events: pd.DataFrame) -> pd.Series:
    """What each year-less event names: its month-day ("01-20") or else its weekday ("Tuesday"); "" for others."""
    return _text(events, Event.MONTH_DAY).where(lambda days: days != "", _text(events, Event.WEEKDAY))


def _text(events: pd.DataFrame, column: str) -> pd.Series:
    """``column`` of ``events`` as text, "" where empty or absent (a frame from before the column)."""
    if column not in events:
        return pd.Series("", index=events.index, dtype=object)
    return events[column].fillna("").astype(str)


def _candidates(month_day: str, names: frozenset[str],
                blocks: dict[tuple[str, str], list[_DatedStory]]) -> list[_DatedStory]:
    """The dated stories a year-less event on ``month_day`` (or a weekday) naming ``names`` is compared with."""
    key = _ANY_DAY if recurs(month_day) else month_day
    return list({story.story_id: story for name in names for story in blocks.get((name, key), ())}.values())


def _vector_sums(vectors: EventVectors, candidates: dict[int, list[_DatedStory]]) -> tuple[np.ndarray, dict]:
    """The vectors of the year-less events with a candidate story and each candidate's vector sum,
    encoded in one call: the others are never compared."""
    compared = [row for row, stories in candidates.items() if stories]
    stories = {story.story_id: story for row in compared for story in candidates[row]}
    rows = np.concatenate([np.asarray(compared, dtype=np.int64)] + [story.rows for story in stories.values()])
    vectors.of(rows)
    return vectors.matrix, {story_id: vectors.matrix[story.rows].sum(axis=0) for story_id, story in stories.items()}


def _fitting(month_day: str, candidates: list[_DatedStory], sums: tuple[np.ndarray, dict], products: frozenset[str],
             bars: tuple[float, float, float], row: int) -> list[tuple]:
    """(story, the day it gives, similarity) of every candidate story the event at ``row`` fits: its
    mean cosine at least the first of ``bars``, the second when the story names one of its ``products``,
    the third when its month-day, or the day of its weekday, is the story's one single day (the lowest that holds).
    A weekday's story whose own days miss it fits with no day: it is another week the weekday may be."""
    matrix, story_sums = sums
    fits = []
    for story in candidates:
        similarity = float(matrix[row] @ story_sums[story.story_id]) / len(story.rows)
        day = _day_in(story, month_day)
        bar = bars[bool(products & story.products)]
        if _its_one_day(story, day):
            bar = min(bar, bars[2])
        if month_day.startswith(DAY_OF_MONTH_MARK) and not (_its_one_day(story, day) and story.articles > 1):
            continue  # a day of month joins only a story whose articles all name that one day
        if similarity >= bar and (day is not None or month_day in WEEKDAYS):
            fits.append((story, day, similarity))
    return fits


def recurs(key: str) -> bool:
    """Whether a year-less key names a day that recurs, a weekday ("Tuesday") or a day of month ("---12"),
    rather than a month-day ("01-20")."""
    return key in WEEKDAYS or key.startswith(DAY_OF_MONTH_MARK)


def _names(key: str, day: date) -> bool:
    """Whether ``day`` is the weekday or the day of month ``key`` names."""
    return WEEKDAYS[day.weekday()] == key if key in WEEKDAYS else day.day == int(key[len(DAY_OF_MONTH_MARK):])


def _its_one_day(story: _DatedStory, day: date | None) -> bool:
    """Whether ``day`` is the one single day every report of the story names."""
    return day is not None and story.one_day and story.own_first == day


def _day_in(story: _DatedStory, month_day: str) -> date | None:
    """The day ``month_day`` names among the days the story can take, in whichever year (so across
    New Year too), or the day of its own single days that falls on the weekday it names; None when
    it is not among them."""
    if recurs(month_day):
        days = [story.own_first + timedelta(days=n) for n in range((story.own_last - story.own_first).days + 1)]
        return next((day for day in days if story.has_days and _names(month_day, day)), None)
    month, day = (int(part) for part in month_day.split("-"))
    for year in range(story.first.year, story.last.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # February 29 in a common year
        if story.first <= candidate <= story.last:
            return candidate
    return None


def _stories_by_company_and_day(events: pd.DataFrame, story_of_event: pd.Series, wanted: set[str],
                                short_period_days: int, products: pd.Series,
                                of_weekdays: set[str]) -> dict[tuple[str, str], list[_DatedStory]]:
    """Every story dated to a short period that may hold a month-day of ``wanted``, under each
    (company, month-day) it could give a year to, and every short story naming a company of
    ``of_weekdays`` (those the year-less weekdays name) under each (company, ``_ANY_DAY``)."""
    ids = story_of_event.reindex(events.index).fillna("").astype(str).to_numpy()
    rows = np.flatnonzero(ids != "")
    blocks: dict[tuple[str, str], list[_DatedStory]] = defaultdict(list)
    frame = pd.DataFrame({
        "story": ids[rows],
        "start": pd.to_datetime(events[Event.DATE].to_numpy()[rows], errors="coerce", format="%Y-%m-%d"),
        "end": pd.to_datetime(events[Event.DATE_END].to_numpy()[rows], errors="coerce", format="%Y-%m-%d"),
        "companies": events[Event.COMPANIES].fillna("").astype(str).to_numpy()[rows],
        "row": rows,
        "doc": (events[Event.DOC_ID].to_numpy() if Event.DOC_ID in events else np.arange(len(events)))[rows],
    })
    near = _near(frame["start"], frame["end"], {key for key in wanted if not recurs(key)}, short_period_days) | _naming(
        frame["companies"], of_weekdays)
    frame = frame[frame["story"].isin(set(frame["story"][near]))]
    for story_id, members in frame.groupby("story", sort=True):
        story = _dated_story(str(story_id), members, short_period_days, products)
        if story is None:
            continue
        for name in story.companies & of_weekdays:
            blocks[(name, _ANY_DAY)].append(story)
        day = story.first
        while day <= story.last:
            for name in story.companies:
                blocks[(name, f"{day.month:02d}-{day.day:02d}")].append(story)
            day += timedelta(days=1)
    return blocks


def _naming(companies: pd.Series, names: set[str]) -> np.ndarray:
    """Whether each report's companies name one of ``names``."""
    if not names or companies.empty:
        return np.zeros(len(companies), dtype=bool)
    return companies.str.split(COMPANY_SEPARATOR).explode().isin(names).groupby(level=0).any().to_numpy()


def _near(start: pd.Series, end: pd.Series, wanted: set[str], short_period_days: int) -> np.ndarray:
    """Whether each short period, a day of slack wider on each side, holds a month-day of ``wanted``:
    most stories hold none and are never looked at."""
    valid = (start.notna() & ((end.fillna(start) - start).dt.days < short_period_days)).to_numpy()
    first = start.to_numpy().astype("datetime64[D]")[valid]
    last = end.fillna(start).to_numpy().astype("datetime64[D]")[valid]
    days = first[:, None] + np.arange(-DAY_SLACK, short_period_days + DAY_SLACK)
    month_days = pd.DatetimeIndex(days.ravel()).strftime("%m-%d").to_numpy().reshape(days.shape)
    hit = np.isin(month_days, list(wanted)) & (days <= (last + DAY_SLACK)[:, None])
    near = np.zeros(len(start), dtype=bool)
    near[valid] = hit.any(axis=1)
    return near


def _dated_story(story_id: str, members: pd.DataFrame, short_period_days: int,
                 products: pd.Series) -> _DatedStory | None:
    """The days the story can take and its shared companies; None when it is not dated to a short period."""
    if members["start"].isna().any():
        return None
    first = members["start"].to_numpy().astype("datetime64[D]").astype(np.int64)
    last = members["end"].fillna(members["start"]).to_numpy().astype("datetime64[D]").astype(np.int64)
    period: StoryPeriod | None = StoryPeriod()
    for a, b in zip(first, last, strict=True):
        period = period.joined(StoryPeriod.of_report(int(a), int(b))) if period else None
    if period is None or period.window_days() > short_period_days:
        return None
    shared = frozenset.intersection(*(company_set(text) for text in members["companies"]))
    if not shared:
        return None
    member_rows = members["row"].to_numpy()
    named = frozenset().union(*products.iloc[member_rows])
    possible = period.possible_days()
    own = (period.day_first, period.day_last) if period.has_days else possible
    return _DatedStory(story_id, *(_EPOCH + timedelta(days=day) for day in (*possible, *own)), period.has_days,
                       period.one_day(period), shared, named, member_rows, members["doc"].nunique())
