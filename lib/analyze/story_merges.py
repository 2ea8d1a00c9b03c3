"""Stories that one happening's year-less reports, once placed, show to be one.

Reports of undated articles ("China's Baidu on Thursday unveiled … Ernie Bot", "On Thursday (March 16)")
join a story only after the dated ones are grouped (``lib.analyze.story_years``), so a happening whose dated
reports split in two (English "today held a press conference for Ernie Bot" / Chinese "3月16日,百度正式发布
文心一言") stays two stories though the placed reports tell it alike both. Here the events are grouped once
more with the placed ones dated, and stories are merged only when a story of that second grouping holds
every report of each whole: a story is never split, and never joins another through a few of its reports
(no chain through a partial overlap).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from lib.analyze.story_products import company_set
from lib.analyze.story_years import with_placed_dates
from lib.schema import Event


def merged_by_placed_reports(events: pd.DataFrame, placed: pd.Series, of_event: pd.Series,
                             group: Callable[[pd.DataFrame], pd.Series]) -> pd.Series:
    """``of_event`` (the story of each event, placed ones included) with the stories merged that ``group``,
    run on ``events`` as placed (``placed``: the placed events' dates), the dated events naming no company a
    placed event names left out, puts whole in one story. Unchanged when nothing was placed."""
    if placed.empty:
        return of_event
    dated = with_placed_dates(events, placed)
    names = frozenset().union(*(company_set(c) for c in dated.loc[placed.index, Event.COMPANIES]))
    # Others take no part (no date, no story), but keep their rows: ``group`` reads vectors in frame order.
    far = [not company_set(c) & names for c in dated[Event.COMPANIES]]
    dated.loc[far, Event.DATE] = ""
    return whole_stories_merged(of_event, group(dated).reindex(of_event.index).fillna(""))


def whole_stories_merged(old: pd.Series, new: pd.Series) -> pd.Series:
    """``old`` story ids, where every old story whose events all share one non-empty ``new`` story takes the
    first (smallest) id among the old stories that story wholly holds."""
    frame = pd.DataFrame({"old": old, "new": new})
    frame = frame[frame["old"] != ""]
    if frame.empty:
        return old
    single = frame.groupby("old")["new"].agg(lambda ids: ids.iloc[0] if ids.nunique() == 1 else "")
    single = single[single != ""]
    target = pd.Series(single.index, index=single.index).groupby(single).transform("min")
    return old.map(lambda story: target.get(story, story) if story else story)
