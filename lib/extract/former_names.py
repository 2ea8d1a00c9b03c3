"""A product named in an article published while its name was its company's own (``lib/rules/former_names.csv``).

"Facebook" in 2019 and 推特 in 2020 named the firms Facebook, Inc. and Twitter, Inc.; since their renaming
they name a platform of Meta and of X Corp. The gazetteer keeps one row for such a name, a product rolling
up to today's company; an article published before the renaming day tells it as a company mention, like a
subsidiary's (the entity keeps its name, its events and counts still roll up to the company).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from lib.extract.gazetteer import EntityMatch
from lib.periods import Period
from lib.rules.former_names import FormerName


def with_former_company_names(matches: Sequence[EntityMatch], published: Period | None,
                              former: Iterable[FormerName]) -> list[EntityMatch]:
    """``matches`` with each product that was its company's name all through ``published`` told as a company.

    An undated article, or one whose publication period reaches the renaming day, keeps the product.
    """
    if published is None:
        return list(matches)
    companies_then = {name.entity for name in former if published.end < name.until}
    if not companies_then:
        return list(matches)
    return [replace(match, kind="company") if match.kind == "product" and match.entity in companies_then else match
            for match in matches]
