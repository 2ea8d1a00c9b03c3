"""The stories a year-less day may report: stories dated to a short period, by company and day.

A year-less month-day ("1月20日" of an undated article) is compared only with the stories of a company
it names dated to a period that can hold that month and day, a year-less month ("in March": "--03") with those
whose own days fall in that month; a weekday ("on Monday") or a day of month
("当地时间12日") with the short stories of a company it names, on whatever day (``ANY_DAY``). Each
story keeps the days a further single-day report of it may name (its period with the day of slack,
``lib.analyze.story_periods``) and the days its own reports name. Used by ``lib.analyze.story_years``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from lib.analyze.story_periods import DAY_SLACK, StoryPeriod
from lib.analyze.story_products import company_set
from lib.schema import COMPANY_SEPARATOR, DAY_OF_MONTH_MARK, MONTH_MARK, WEEKDAYS, Event

_EPOCH = date(1970, 1, 1)
ANY_DAY = "*"  # the block of a company's every short story: a weekday or a day of month may report any of them


@dataclass(frozen=True)
class DatedStory:
    """A story dated to a short period: the days it may take, its companies, products and reports."""

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


def recurs(key: str) -> bool:
    """Whether a year-less key names a day that recurs, a weekday ("Tuesday") or a day of month ("---12"),
    rather than a month-day ("01-20")."""
    return key in WEEKDAYS or key.startswith(DAY_OF_MONTH_MARK)


def is_month(key: str) -> bool:
    """Whether a year-less key names a month with no day ("--03")."""
    return key.startswith(MONTH_MARK) and not key.startswith(DAY_OF_MONTH_MARK)


def _names(key: str, day: date) -> bool:
    """Whether ``day`` is the weekday or the day of month ``key`` names."""
    return WEEKDAYS[day.weekday()] == key if key in WEEKDAYS else day.day == int(key[len(DAY_OF_MONTH_MARK):])


def its_one_day(story: DatedStory, day: date | None) -> bool:
    """Whether ``day`` is the one single day every report of the story names."""
    return day is not None and story.one_day and story.own_first == day


def day_in(story: DatedStory, month_day: str) -> date | None:
    """The day ``month_day`` names among the days the story can take, in whichever year (so across
    New Year too), or the day of its own single days that falls on the weekday it names; None when
    it is not among them. For a month ("--03"), the first day of that month in the year of the story's own days
    that fall in it."""
    if is_month(month_day):
        month = int(month_day[len(MONTH_MARK):])
        days = [story.own_first + timedelta(days=n) for n in range((story.own_last - story.own_first).days + 1)]
        return next((date(day.year, month, 1) for day in days if day.month == month), None)
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


def stories_by_company_and_day(events: pd.DataFrame, story_of_event: pd.Series, wanted: set[str],
                                short_period_days: int, products: pd.Series,
                                of_weekdays: set[str]) -> dict[tuple[str, str], list[DatedStory]]:
    """Every story dated to a short period that may hold a month-day of ``wanted``, under each
    (company, month-day) it could give a year to, and every short story naming a company of
    ``of_weekdays`` (those the year-less weekdays name) under each (company, ``ANY_DAY``)."""
    ids = story_of_event.reindex(events.index).fillna("").astype(str).to_numpy()
    rows = np.flatnonzero(ids != "")
    blocks: dict[tuple[str, str], list[DatedStory]] = defaultdict(list)
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
            blocks[(name, ANY_DAY)].append(story)
        day = story.first
        while day <= story.last:
            for name in story.companies:
                blocks[(name, f"{day.month:02d}-{day.day:02d}")].append(story)
            day += timedelta(days=1)
        for month in sorted({day.month for day in (story.own_first, story.own_last)}):
            for name in story.companies:
                blocks[(name, f"{MONTH_MARK}{month:02d}")].append(story)
    return blocks


def _naming(companies: pd.Series, names: set[str]) -> np.ndarray:
    """Whether each report's companies name one of ``names``."""
    if not names or companies.empty:
        return np.zeros(len(companies), dtype=bool)
    return companies.str.split(COMPANY_SEPARATOR).explode().isin(names).groupby(level=0).any().to_numpy()


def _near(start: pd.Series, end: pd.Series, wanted: set[str], short_period_days: int) -> np.ndarray:
    """Whether each short period, a day of slack wider on each side, holds a month-day of ``wanted``, or a day of
    a month of ``wanted`` ("--03"): most stories hold none and are never looked at."""
    valid = (start.notna() & ((end.fillna(start) - start).dt.days < short_period_days)).to_numpy()
    first = start.to_numpy().astype("datetime64[D]")[valid]
    last = end.fillna(start).to_numpy().astype("datetime64[D]")[valid]
    days = first[:, None] + np.arange(-DAY_SLACK, short_period_days + DAY_SLACK)
    index = pd.DatetimeIndex(days.ravel())
    hit = np.isin(index.strftime("%m-%d").to_numpy().reshape(days.shape), list(wanted))
    if any(is_month(key) for key in wanted):
        hit |= np.isin(index.strftime(f"{MONTH_MARK}%m").to_numpy().reshape(days.shape), list(wanted))
    hit &= days <= (last + DAY_SLACK)[:, None]
    near = np.zeros(len(start), dtype=bool)
    near[valid] = hit.any(axis=1)
    return near


def _dated_story(story_id: str, members: pd.DataFrame, short_period_days: int,
                 products: pd.Series) -> DatedStory | None:
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
    return DatedStory(story_id, *(_EPOCH + timedelta(days=day) for day in (*possible, *own)), period.has_days,
                       period.one_day(period), shared, named, member_rows, members["doc"].nunique())
