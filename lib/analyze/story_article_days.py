"""One article's account of a company's day, when no other dated article tells that day: one story, not several.

Two events of one article never pair when stories are grouped (``lib.analyze.stories``: one article's
sentences share its wording whatever they tell), so an article that tells several moments of one
happening leaves each a story of its own: the opening bell, the day's high and the close of a debut
("2025年12月5日9點30分…代碼“688795”首次亮起", "該股股價更是被瞬間推至全日最高點688元/股",
"全天漲幅收窄至425.26%"), the two sentences of one extended deadline ("extended the grace period to
December 16" twice). When another dated article tells that company's day, grouping has weighed the
moments against its reports, and what it kept apart stays apart (a listing and the internal letter
sent that day). When the article is the day's only dated account, its moments were weighed against
nothing: left apart, the year-less reports of other articles ("debuted on Friday", "12月5日,摩尔线程
正式…上市") are each placed in whichever moment they say most alike (``lib.analyze.story_years``), a
weekday that fits two of them is taken for a guess of the week, and one happening ends as several
stories of a few reports each. Taken as the one account they are, that article's stories of the day
naming a company in common are one story before the year-less reports are placed.
"""

from __future__ import annotations

import pandas as pd

from lib.analyze.story_products import company_set
from lib.analyze.text_columns import text_column
from lib.schema import Event


def article_days_joined(events: pd.DataFrame, of_event: pd.Series) -> pd.Series:
    """``of_event`` (the story of each event, "" for none) with the stories that one article alone tells, each of one
    and the same single day, joined into the first of them (smallest id) that names a company they name, when
    no other article has a report dated to that day naming a company they name."""
    reports = _reports(events, of_event)
    told = _stories_told(reports)
    alone = told[(told["articles"] == 1) & (told["day"] != "")]
    into: dict[str, str] = {}
    # The reports of those days, grouped once: a search of every report for each article's day grows with the square.
    reports_of_day = reports[reports["day"].isin(set(alone["day"]))].groupby("day")
    for (article, day), stories in alone.groupby(["article", "day"]):
        if len(stories) < 2 or _told_elsewhere(reports_of_day.get_group(day), article,
                                                frozenset().union(*stories["companies"])):
            continue
        into.update(_joined_by_company(stories["companies"]))
    return of_event.map(lambda story: into.get(story, story)) if into else of_event


def _joined_by_company(companies: pd.Series) -> dict[str, str]:
    """For each story (index of ``companies``) naming a company an earlier one (by id) names, that earlier one."""
    firsts: list[str] = []
    into = {}
    for story in sorted(companies.index):
        first = next((kept for kept in firsts if companies[kept] & companies[story]), None)
        if first is None:
            firsts.append(story)
        else:
            into[story] = first
    return into


def _reports(events: pd.DataFrame, of_event: pd.Series) -> pd.DataFrame:
    """Per event: its story, article, single day ("" for a longer period or none) and the companies it names."""
    day = text_column(events, Event.DATE)
    return pd.DataFrame({"story": of_event.reindex(events.index).fillna("").astype(str),
                         "article": text_column(events, Event.DOC_ID),
                         "day": day.where(day == text_column(events, Event.DATE_END), ""),
                         "companies": text_column(events, Event.COMPANIES).map(company_set)})


def _stories_told(reports: pd.DataFrame) -> pd.DataFrame:
    """Per story: how many articles tell it, its article (the first), its one single day ("" when its reports name
    another period or several days), and the companies every report names."""
    stories = reports[reports["story"] != ""].groupby("story")
    return pd.DataFrame({
        "articles": stories["article"].nunique(),
        "article": stories["article"].first(),
        "day": stories["day"].agg(lambda days: days.iloc[0] if days.nunique() == 1 else ""),
        "companies": stories["companies"].agg(lambda named: frozenset.intersection(*named)),
    })


def _told_elsewhere(reports_of_day: pd.DataFrame, article: str, names: frozenset[str]) -> bool:
    """Whether a report of another article than ``article`` among ``reports_of_day`` (those dated to one day)
    names one of ``names``."""
    others = reports_of_day[reports_of_day["article"] != article]
    return any(companies & names for companies in others["companies"])
