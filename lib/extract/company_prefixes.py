"""A product named with its company's own name in front: "DeepSeek-R1", "Xiaomi SU7", 小米SU7, 腾讯视频.

Such a name names two things, the company by its own name and its product, the way "Huawei Pura 70"
does in two words the gazetteer matches apart. A product named alone ("Doubao", 微信, "Kling") does not
name its company (``tests/data/realnews/README.md``), so only a product whose matched text begins with an
alias of its company's own row, ending at a word edge ("DeepSeek-R1", not "AliExpress" for "Ali"), is
told as the company's mention followed by the product's mention on the rest ("R1"). Read from the
gazetteer alone: a new such product needs no rule of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from lib.extract.alias_edges import is_word_char
from lib.parse.script import to_simplified
from lib.rules.gazetteer import GazetteerEntry

# A gazetteer match (lib.extract.gazetteer.EntityMatch, which builds on this module: not imported here).
Match = TypeVar("Match")

# What may stand between a company's name and its product's own part: "DeepSeek-R1", "Xiaomi SU7".
JOINERS = " -\u00a0"


class CompanyPrefixes:
    """Each product's company aliases (simplified, with whether case must match), read once from the entries."""

    def __init__(self, entries: Sequence[GazetteerEntry]) -> None:
        own = {entry.entity: entry for entry in entries if entry.kind == "company"}
        self._aliases: dict[str, tuple[GazetteerEntry, tuple[tuple[str, bool], ...]]] = {}
        for entry in entries:
            company = own.get(entry.company)
            if entry.kind == "product" and company is not None:
                aliases = tuple(readable_alias(alias) for alias in company.aliases if alias[:1] not in '"~')
                self._aliases[entry.entity] = (company, tuple(sorted(aliases, key=lambda a: -len(a[0]))))

    def split(self, text: str, matches: Sequence[Match], simplified: str | None = None) -> list[Match]:
        """``matches`` with each product that opens with its company's name told as the company and the product."""
        matched = to_simplified(text) if simplified is None else simplified
        result: list[Match] = []
        for match in matches:
            result.extend(self._parts(text, matched, match) if match.kind == "product" else (match,))
        return result

    def _parts(self, text: str, matched: str, match: Match) -> tuple[Match, ...]:
        """The company's mention and the product's on the rest, or the match alone."""
        company, aliases = self._aliases.get(match.entity, (None, ()))
        for alias, sensitive in aliases:
            end = match.start + len(alias)
            head = matched[match.start:end]
            if end >= match.end or (head != alias if sensitive else head.lower() != alias.lower()):
                continue
            if is_word_char(alias[-1]) and is_word_char(matched[end]) and alias[-1].isascii():
                continue  # "Ali" in "AliExpress": the name runs on
            rest = end
            while rest < match.end and matched[rest] in JOINERS:
                rest += 1
            if rest == match.end:
                continue
            return (replace(match, end=end, alias=text[match.start:end], entity=company.entity, kind=company.kind,
                            company=company.company),
                    replace(match, start=rest, alias=text[rest:match.end]))
        return (match,)


def readable_alias(alias: str) -> tuple[str, bool]:
    """An alias's text as matched (simplified, marker off) and whether its case must match."""
    return to_simplified(alias.removeprefix("=").strip()), alias.startswith("=")
