"""Which of the stories a bare weekday says alike may be its happening, and which only seem to.

A bare weekday of an undated article ("OpenAI blocked API access … On Tuesday", "小米SU7…周四晚上市") names no
week, so ``lib.analyze.story_years`` places it only when one story of its company says alike: a second one that
does, on whatever days, keeps the week unknown. Not every story that says alike is a week the weekday may be:

- a story whose reports name single days, none of them on that weekday or a day either side (the day of slack
  of publication lag, ``lib.analyze.story_periods``), is a happening of another known day: "Xiaomi was listed
  by the Pentagon on Thursday, January 14" is no Tuesday, however alike its words. Its saying alike still tells
  that the company has alike happenings on other days, so it is set aside only for a story on the weekday that
  says alike by its own words too (the general bar, or the product bar when it names the report's product), not
  for one that fits only by the lower bar of a story's one day ("意大利數據保護機構周二表示…DeepSeek" is near a
  DeepSeek outage of that Tuesday at 0.27 and the Garante's ban of Thursday at 0.42);
- a story dated only by a week or a month names no day, so a weekday may lie in it, but told by one article it is
  most often a background date ("ChatGPT, launched in November 2022, is not accessible in China", "the court
  ruled in March"): it takes two articles reporting that week or month to stand as another week the weekday may
  be, as an unknown day takes two to be given its story (``lib.analyze.story_today``);
- a weekday that names a product (a gazetteer product: "the Xiaomi SU7, which was launched on Thursday night")
  reports a happening of that product when one of the stories it may be names it, as reports naming one product
  join at a lower bar: "Xiaomi was put on a Pentagon list" on another Thursday, naming none, is not its week.

A month-day or a day of month is left as it was: it names its day, the rivals being the same day of other years
or months.
"""

from __future__ import annotations

from datetime import date, timedelta

from lib.analyze.story_days import DatedStory
from lib.analyze.story_periods import DAY_SLACK
from lib.schema import WEEKDAYS

# A story of a week or a month told by fewer articles is a background date, not another week a weekday may be.
FEWEST_ARTICLES_OF_A_PERIOD = 2


def weekday_fits(weekday: str, fits: list[tuple], products: frozenset[str], bars: tuple[float, float]) -> list[tuple]:
    """The ``(story, day, similarity)`` of ``fits`` (every story a bare ``weekday`` report says alike, ``day``
    None when the weekday is not among the story's own days) that may be its happening: a story of single days
    near the weekday (any, when no story on the weekday says alike at ``bars``: the general bar, or the product
    bar for a story naming one of the report's ``products``) or of a period told by two articles or more; only
    those naming one of the report's ``products`` when any does."""
    general, product = bars
    alike = any(day is not None and similarity >= (product if products & story.products else general)
                for story, day, similarity in fits)
    possible = [fit for fit in fits if fit[1] is not None or _may_hold(fit[0], weekday, alike)]
    naming = [fit for fit in possible if products & fit[0].products]
    return naming or possible


def _may_hold(story: DatedStory, weekday: str, set_aside: bool) -> bool:
    """Whether ``weekday`` may be a day of ``story`` its own days do not fall on: any day of a week or month told by
    two articles or more; for a story of single days, any week unless ``set_aside``, else a day either side."""
    if not story.has_days:
        return story.articles >= FEWEST_ARTICLES_OF_A_PERIOD
    if not set_aside:
        return True
    days = (story.own_first + timedelta(days=n)
            for n in range(-DAY_SLACK, (story.own_last - story.own_first).days + DAY_SLACK + 1))
    return any(_weekday_of(day) == weekday for day in days)


def _weekday_of(day: date) -> str:
    return WEEKDAYS[day.weekday()]
