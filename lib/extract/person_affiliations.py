"""A person named beside a firm stands for that firm, not for the company the gazetteer rolls them up to.

The gazetteer rolls a person up to their company (Jack Ma to Alibaba, Elon Musk to xAI) so that a
sentence naming only the person still has an actor. When a date's companies also hold a firm the
sentence names by its own name, the person is there as that firm's controller, officer or guest
("蚂蚁集团实际控制人马云", "螞蟻集團實際控制人馬雲", "Tesla CEO Elon Musk", "Ant Group's founder Jack Ma"),
and their own company, which the sentence does not name, has no part in the date. Unless that company is
the one the article is about: there the person is its actor wherever they stand ("The company recently
hired Jiang Lu, who was a key contributor to Google's VideoPoet" is still about ByteDance).
"""

from __future__ import annotations

from collections.abc import Sequence

from lib.extract.gazetteer import EntityMatch


def without_persons_companies(companies: list[str], mentions: Sequence[EntityMatch], main: str) -> list[str]:
    """``companies`` (one date's) less those the sentence's ``mentions`` name only through a person, when
    another of them is named as a firm; unchanged when none is (the person is then the actor). The
    article's ``main`` company is always kept."""
    firms = {m.company for m in mentions if m.kind == "company"}
    if not firms.intersection(companies):
        return companies
    named = {m.company for m in mentions if m.kind != "person"} | {main}
    return [company for company in companies if company in named]
