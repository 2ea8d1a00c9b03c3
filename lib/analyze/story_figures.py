"""A sum of money names its happening: an undated weekday's story joins the dated story of that sum.

A bare weekday of an undated article names no week, and the encoder cannot always tell which: three undated
reports of Nvidia's H20 charge ("Nvidia will take a $5.5 billion financial hit … the company said Tuesday")
say as alike the April story that dates the charge by its month ("The H20 … had faced a $5.5 billion charge
in April", 0.48) as the July story of the H20's sales resumed on a Tuesday (0.48). A reader tells them by the
sum: one company's one sum of money, a charge, a price, a fine, an investment, is one happening's figure, and
a sum is written as a number with a scale (billion, 亿) and a currency (a sign before it, a word after it), in
either language alike ("$5.5 billion", "55億美元").

So a weekday left with no date (its story, ``lib.analyze.story_weekdays``, holds undated weekdays of one
weekday alone, or it has none) joins a dated story of its company when that story is short (a day, a week, a
month), holds a day of that weekday, names a sum one of its reports names, and says alike at the general
bar (the mean cosine over every pair of their reports), and when it is the only such story. Its reports keep
their weekday and no date: the story's month says which month, not which of its Tuesdays.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import numpy as np
import pandas as pd

from lib.analyze.event_vectors import EventVectors, event_vectors
from lib.analyze.story_products import company_set
from lib.rules import builtin_rules
from lib.rules.money_words import money_words_by_kind
from lib.rules.rule_file import literal_alternation
from lib.schema import WEEKDAYS, Event

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@dataclass(frozen=True)
class _MoneyReader:
    """The sum pattern and the value of each sign, currency word and scale (case-folded), built once."""

    pattern: re.Pattern[str]
    signs: dict[str, str]
    currencies: dict[str, str]
    scales: dict[str, float]


@lru_cache(maxsize=4)
def _money_reader(money_words: tuple[tuple[str, str, str], ...]) -> _MoneyReader:
    """The reader of ``money_words`` (the ``Rules.money_words`` rows), built once for equal rows."""
    words = money_words_by_kind(money_words)
    english = [word for word in words["scale"] if word.isascii()]
    chinese = "".join(re.escape(word) for word in words["scale"] if not word.isascii())
    pattern = re.compile(
        rf"(?:(?P<sign>{literal_alternation(words['sign'])})\s*)?(?<![\d.,])(?P<number>{_NUMBER})\s*"
        rf"(?P<scale>(?:{literal_alternation(english)})\b|[{chinese}]+)"
        rf"(?:\s*(?P<currency>{literal_alternation(words['currency'])})(?![A-Za-z]))?", re.IGNORECASE)
    return _MoneyReader(pattern,
                        {word.casefold(): value for word, value in words["sign"].items()},
                        {word.casefold(): value for word, value in words["currency"].items()},
                        {word.casefold(): float(value) for word, value in words["scale"].items()})


def sums_of_money(text: str, money_words: tuple[tuple[str, str, str], ...] | None = None
                  ) -> frozenset[tuple[str, float]]:
    """The sums of money ``text`` names, as (currency, amount) with three significant figures: a number with a
    scale and a currency ("$5.5 billion", "5.5bn dollars", "55億美元" are all ("USD", 5.5e9)). ``money_words``
    are the rules' (a corpus folder's own ``money_words.csv`` included); None: the built-in ones."""
    reader = _money_reader(builtin_rules().money_words if money_words is None else money_words)
    found = set()
    for match in reader.pattern.finditer(str(text)):
        sign, currency = match["sign"], match["currency"]
        if not sign and not currency:
            continue
        scale = match["scale"].casefold()
        scales = reader.scales
        multiplier = scales[scale] if scale in scales else float(np.prod([scales[char] for char in scale]))
        amount = float(match["number"].replace(",", "")) * multiplier
        found.add((reader.signs[sign.casefold()] if sign else reader.currencies[currency.casefold()],
                   float(f"{amount:.3g}")))
    return frozenset(found)


@dataclass(frozen=True)
class _DatedStory:
    rows: list[int]
    first: date
    last: date
    companies: frozenset[str]
    sums: frozenset[tuple[str, float]]

    def holds(self, weekday: str, short_period_days: int) -> bool:
        """Whether the story is short and one of its days falls on ``weekday``."""
        days = (self.last - self.first).days + 1
        if days > short_period_days:
            return False
        return any(WEEKDAYS[(self.first + timedelta(n)).weekday()] == weekday for n in range(min(days, 7)))


def placed_by_sums(events: pd.DataFrame, vectors: np.ndarray | EventVectors, of_event: pd.Series, threshold: float,
                   short_period_days: int, money_words: tuple[tuple[str, str, str], ...] | None = None) -> pd.Series:
    """``of_event`` (the story of each event, "" for none) with every undated weekday group of ``events`` (a story of
    undated reports of one weekday, or one storyless report) in the one short dated story of its company that
    holds that weekday, names a sum of money it names and says alike (mean cosine at least ``threshold``); the sums
    are read with ``money_words`` (``sums_of_money``)."""
    if Event.WEEKDAY not in events or not len(events):
        return of_event
    story = of_event.reindex(events.index).fillna("").astype(str).to_numpy()
    dated = (events[Event.DATE].fillna("") != "").to_numpy()
    weekday = events[Event.WEEKDAY].fillna("").astype(str).to_numpy()
    sums = [sums_of_money(text, money_words) for text in events[Event.SENTENCE].fillna("")]
    groups = _weekday_groups(story, dated, weekday, sums)
    if not groups:
        return of_event
    stories = _dated_stories(events, story, dated, sums)
    companies = events[Event.COMPANIES].fillna("").astype(str).to_numpy()
    matrix = event_vectors(vectors)
    out = of_event.copy()
    for rows in groups:
        names = frozenset().union(*(company_set(companies[row]) for row in rows))
        named = frozenset().union(*(sums[row] for row in rows))
        candidates = {story_id: found for story_id, found in stories.items()
                      if found.companies & names and found.sums & named
                      and found.holds(weekday[rows[0]], short_period_days)}
        if not candidates:
            continue
        compared = rows + [row for found in candidates.values() for row in found.rows]
        matrix.encode_rows(np.asarray(compared, dtype=np.int64))
        own = matrix.of(rows)
        alike = [story_id for story_id, found in candidates.items()
                 if float((own @ matrix.of(found.rows).T).mean()) >= threshold]
        if len(alike) == 1:
            out.loc[events.index[rows]] = alike[0]
    return out


def _weekday_groups(story: np.ndarray, dated: np.ndarray, weekday: np.ndarray, sums: list) -> list[list[int]]:
    """Rows of undated weekday reports, grouped by their story (one whose reports are all undated reports of one
    weekday) or alone when storyless; only groups that name a sum of money."""
    by_story: dict[str, list[int]] = defaultdict(list)
    for row in range(len(story)):
        if story[row]:
            by_story[story[row]].append(row)
    groups = []
    for row in np.flatnonzero(~dated & np.isin(weekday, WEEKDAYS)):
        if not story[row]:
            groups.append([int(row)])
        elif by_story[story[row]][0] == row and not dated[by_story[story[row]]].any() and len(
                set(weekday[by_story[story[row]]])) == 1:
            groups.append(by_story[story[row]])
    return [rows for rows in groups if any(sums[row] for row in rows)]


def _dated_stories(events: pd.DataFrame, story: np.ndarray, dated: np.ndarray, sums: list) -> dict[str, _DatedStory]:
    """Each story of dated reports: its rows (dated or not), its first and last day, companies and sums."""
    starts = events[Event.DATE].fillna("").astype(str).to_numpy()
    ends = events[Event.DATE_END].fillna("").astype(str).to_numpy()
    companies = events[Event.COMPANIES].fillna("").astype(str).to_numpy()
    rows_of: dict[str, list[int]] = defaultdict(list)
    for row in range(len(story)):
        if story[row]:
            rows_of[story[row]].append(row)
    stories = {}
    for story_id, rows in rows_of.items():
        days = [row for row in rows if dated[row]]
        if not days:
            continue
        stories[story_id] = _DatedStory(
            rows, min(date.fromisoformat(starts[row][:10]) for row in days),
            max(date.fromisoformat((ends[row] or starts[row])[:10]) for row in days),
            frozenset().union(*(company_set(companies[row]) for row in rows)),
            frozenset().union(*(sums[row] for row in rows)))
    return stories
