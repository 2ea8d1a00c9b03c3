"""A sentence that tells no happening of its own, in an article reporting its company's day: a detail of that day.

An article about a company's day tells its happening in one sentence and dresses it in others: the screen of the
trading hall ("2025年12月5日9點30分,科創板交易大廳的電子屏上,代碼“688795”首次亮起", the day of the listing its lead
reports), the share price at the opening bell ("至北京時間12月9日23時,英偉達開盤跌超2%", beside the regulator's probe of
that day). Such a sentence names the company and the day but no happening word (its event type is ``other``), so the
encoder finds it unlike every report of the happening and it is left a story of its article alone. A reader takes it
as part of what the article reports on that day: it joins the story of the article's own report of that company and
day, when that report's story is told by other articles too and it is the only such story of the day.

A sentence that tells a happening of its own is another happening, however close in the article: "上市當日，…唐傑也
發出內部信指出，今年智譜將聚焦新一代模型GLM-5" (a letter on the listing day) keeps its own story. A story of several
articles keeps its reports; grouping already weighed them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.analyze.story_products import UNTYPED, company_set
from lib.analyze.text_columns import text_column
from lib.schema import Event


def placed_details(reports: pd.DataFrame, story_of_event: pd.Series) -> pd.Series:
    """``story_of_event`` (per report of ``reports``, "" for none) with each single-day report that tells no
    happening (an untyped event) and is in no story of another article moved into the story of its article's
    other reports of that day and a company it names, when exactly one such story is told by two articles or
    more. ``reports`` carry the dates their stories gave year-less ones (``Placement.dated``)."""
    story = story_of_event.reindex(reports.index).fillna("").astype(str)
    if reports.empty:
        return story_of_event
    articles = text_column(reports, Event.DOC_ID)
    day = text_column(reports, Event.DATE)
    single = (day != "") & (day == text_column(reports, Event.DATE_END))
    told_by = articles.groupby(story).nunique()
    shared = story.map(told_by).fillna(0).astype(int).where(story != "", 0) > 1
    waiting = single & ~shared & text_column(reports, Event.EVENT_TYPE).isin(UNTYPED)
    if not waiting.any():
        return story_of_event
    key = articles + "\x00" + day  # one article's day
    reporting = single & shared & key.isin(set(key[waiting]))
    companies, stories, keys = text_column(reports, Event.COMPANIES).to_numpy(), story.to_numpy(), key.to_numpy()
    reported: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for row in np.flatnonzero(reporting.to_numpy()):
        reported.setdefault(keys[row], []).append((stories[row], company_set(companies[row])))
    moved = {}
    for row in np.flatnonzero(waiting.to_numpy()):
        names = company_set(companies[row])
        fits = {other for other, named in reported.get(keys[row], ()) if named & names}
        if len(fits) == 1:
            moved[reports.index[row]] = fits.pop()
    if not moved:
        return story_of_event
    return story_of_event.mask(story_of_event.index.isin(moved.keys()),
                               pd.Series(moved, dtype=object).reindex(story_of_event.index))
