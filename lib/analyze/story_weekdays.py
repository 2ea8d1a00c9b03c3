"""Stories of bare weekdays that no dated story places: undated reports of one company's one weekday.

A bare weekday of an undated article ("Nvidia said on Tuesday", "周二…英伟达") joins a dated story only when
its sentence leaves one story of its company to report (``lib.analyze.story_years``). When none does, or
several do, the week stays unknown, but undated articles that tell one company's happening on one and the
same weekday may still tell one happening: three undated reports of Nvidia's $5.5 billion H20 charge,
"the company said Tuesday", "On Tuesday, Nvidia announced…", "In a filing on Tuesday…", all naming the H20,
score 0.41-0.76 with each other; two different happenings of one company on one weekday score lower
("DeepSeek released an experimental AI model Monday" / "周一其免费 AI 助手在美国蘋果应用商店中超越了…ChatGPT"
0.32), but not always: "Nvidia said on Tuesday it would invest $500 billion in AI supercomputers" scores
0.6 against the H20 charge, the shape of the sentence ("X said on Tuesday it would") weighing as much as
what it says. A weekday names no week, so the cosine is not enough: the reports must also name one product
(a gazetteer product, as dated reports of one short period join at a lower bar for it), the evidence an
analyst would take that the two Tuesdays are one.

So the unplaced weekday reports of one company and one weekday, in different articles, naming one product
every report of the group names, are grouped as dated reports are: average linkage at the general bar
(the mean over every pair of the two groups, so nothing chains), never two sentences of one article (one
article's two Tuesdays are no corroboration of each other). Such a story has no date: its reports keep
their weekday and an unknown year.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd

from lib.analyze.event_vectors import EventVectors, event_vectors, widened
from lib.analyze.story_blocks import story_id_after
from lib.analyze.story_products import company_set
from lib.schema import WEEKDAYS, Event


def weekday_stories(events: pd.DataFrame, vectors: np.ndarray | EventVectors, of_event: pd.Series, threshold: float,
                    products: pd.Series) -> pd.Series:
    """``of_event`` (the story of each event, "" for none) with the storyless undated weekday events of
    ``events`` (``Event.WEEKDAY``, no date) grouped: one company and one weekday, different articles, a
    product (``products``, per event) every report names, a mean cosine of at least ``threshold``
    (``vectors``: one unit row per event, in frame order, encoded here only for the events compared)."""
    if Event.WEEKDAY not in events:
        return of_event  # a frame from before the column
    weekday = events[Event.WEEKDAY].fillna("").astype(str)
    story = of_event.reindex(events.index).fillna("").astype(str)
    waiting = np.flatnonzero((weekday.isin(WEEKDAYS) & (events[Event.DATE].fillna("") == "")
                              & (story == "")).to_numpy())
    if len(waiting) < 2:
        return of_event
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    companies = events[Event.COMPANIES].fillna("").astype(str).to_numpy()
    for row in waiting:
        for name in company_set(companies[row]):
            blocks[(name, weekday.iat[row])].append(int(row))
    docs = (events[Event.DOC_ID] if Event.DOC_ID in events else pd.Series(events.index)).astype(str).to_numpy()
    ids = events[Event.EVENT_ID].astype(str).to_numpy() if Event.EVENT_ID in events else events.index.astype(str)
    compared = sorted({row for rows in blocks.values() if len(rows) > 1 for row in rows})
    if not compared:
        return of_event
    matrix = event_vectors(vectors)
    matrix.encode_rows(np.asarray(compared, dtype=np.int64))
    named = [p if isinstance(p, frozenset) else frozenset() for p in products.reindex(events.index)]
    joined: dict[int, str] = {}
    for rows in blocks.values():
        rows = [row for row in rows if row not in joined]
        for group in _groups(rows, matrix.matrix, docs, named, threshold):
            if len(group) > 1:
                joined.update(dict.fromkeys(group, story_id_after("weekday:" + min(ids[row] for row in group))))
    if not joined:
        return of_event
    out = of_event.copy()
    labels = events.index[list(joined)]
    out.loc[labels] = [joined[row] for row in joined]
    return out


def _groups(rows: list[int], vectors: np.ndarray, docs: np.ndarray, products: list[frozenset[str]],
            threshold: float) -> list[list[int]]:
    """Average-linkage groups of ``rows``: the closest two groups merge while the mean cosine over all their
    cross pairs is at least ``threshold``, no article is in both and one product is named by every member."""
    groups = [[row] for row in rows]
    while True:
        best, pair = threshold, None
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                if {docs[row] for row in groups[a]} & {docs[row] for row in groups[b]}:
                    continue
                if not frozenset.intersection(*(products[row] for row in groups[a] + groups[b])):
                    continue
                mean = float((widened(vectors[groups[a]]) @ widened(vectors[groups[b]]).T).mean())
                if mean >= best:
                    best, pair = mean, (a, b)
        if pair is None:
            return groups
        a, b = pair
        groups[a] = groups[a] + groups.pop(b)
