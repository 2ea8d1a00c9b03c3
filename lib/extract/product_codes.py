"""A product named by its short code alone where its maker is named too: "DeepSeek released R1", 深度求索推出了V3.

The gazetteer names a model line with its maker in front ("DeepSeek-R1", "DeepSeek V3"), and
``lib.extract.company_prefixes`` reads the rest ("R1") as the product. The press, once the maker is
named, drops it: "DeepSeek … released R1", "DeepSeek也强调，V3的定价相较于R1要更低". A short code (capitals
and digits: R1, V3, K2, M1) alone is ambiguous — R1 is also a Rabbit device and a rand figure (R1.24bn),
V3 a charger or an engine — so it is read as the product only inside a sentence that names the product's
company, and not where another firm's name stands right before it ("Rabbit's R1", "Tesla V3"), nor where a
figure runs on (R1.24bn). The codes come from the gazetteer's maker-prefixed product aliases: a new such
product needs no rule of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from lib.extract.alias_edges import is_word_char
from lib.extract.company_prefixes import JOINERS, readable_alias
from lib.rules import builtin_rules
from lib.rules.gazetteer import GazetteerEntry

# A gazetteer match (lib.extract.gazetteer.EntityMatch, which builds on this module: not imported here).
Match = TypeVar("Match")

# A model's code: one to three capitals, then digits (R1, V3, SU7, H100); no word, no version string.
_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}")
# What may stand between another firm's name and a code that is that firm's: "Tesla V3", "Rabbit's R1", 特斯拉的V3.
_OWNER_JOIN = re.compile(r"(?:['’]s)?[\s\-\u00a0]*|的")
# The Latin word right before a code, joined as a firm's name is: "Rabbit R1", "Rabbit's R1".
_STOPWORDS = builtin_rules().stopwords_en
_WORD_BEFORE = re.compile(r"\b([A-Za-z][\w.&]*)(?:['’]s)?[\s\-\u00a0]+$")


class ProductCodes:
    """Each short code of a maker-prefixed product alias, with the product and its company, read once."""

    def __init__(self, entries: Sequence[GazetteerEntry]) -> None:
        makers = {entry.entity: entry for entry in entries if entry.kind == "company"}
        self._products: dict[str, tuple[str, str]] = {}
        for entry in entries:
            maker = makers.get(entry.company)
            if entry.kind != "product" or maker is None:
                continue
            for code in _codes(entry, maker):
                self._products.setdefault(code, (entry.entity, maker.entity))
        codes = sorted(self._products, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, codes))) if codes else None

    def with_codes(self, text: str, matches: Sequence[Match], sentences: Sequence[tuple[int, int]]) -> list[Match]:
        """``matches`` with each bare code read as its product where its sentence names the product's company."""
        hits = list(self._pattern.finditer(text)) if self._pattern is not None else []
        starts = [start for start, _ in sentences]
        codes = []
        for hit in hits:
            index = bisect_right(starts, hit.start()) - 1
            if index < 0 or sentences[index][1] < hit.end():
                continue
            start, end = sentences[index]
            in_sentence = [match for match in matches if start <= match.start and match.end <= end]
            codes.extend(self._read(text, hit, in_sentence, start))
        return sorted([*matches, *codes], key=_start) if codes else list(matches)

    def _read(self, text: str, hit: re.Match, named: Sequence[Match], opening: int) -> tuple[Match, ...]:
        """The code ``hit`` read as its product, when its sentence (opening at ``opening``, naming ``named``) names
        the maker and nothing else claims it; else nothing."""
        product, company = self._products[hit.group()]
        makers = [match for match in named if match.kind == "company" and match.entity == company]
        if (not makers or not _stands_alone(text, hit.start(), hit.end())
                or any(match.start < hit.end() and hit.start() < match.end for match in named)
                or _owned_by_another(text, hit, named, company, opening)):
            return ()
        return (replace(makers[0], start=hit.start(), end=hit.end(), alias=hit.group(), entity=product,
                        kind="product", company=company),)


def _codes(product: GazetteerEntry, maker: GazetteerEntry) -> list[str]:
    """The short codes that follow the maker's name in the product's aliases: "R1" of "DeepSeek-R1"."""
    heads = [readable_alias(alias)[0] for alias in maker.aliases if alias[:1] not in '"~']
    codes = []
    for alias in product.aliases:
        text = readable_alias(alias)[0]
        for head in heads:
            if head and text.lower().startswith(head.lower()) and text[len(head):len(head) + 1] in JOINERS:
                rest = text[len(head):].lstrip(JOINERS)
                if _CODE.fullmatch(rest) and rest not in codes:
                    codes.append(rest)
    return codes


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the code is a word of its own, not part of a longer one or of a figure (R1.24bn, R1,200)."""
    if start > 0 and (is_word_char(text[start - 1]) or text[start - 1] in "-.$"):
        return False
    if end < len(text) and is_word_char(text[end]):
        return False
    return not (end + 1 < len(text) and text[end] in ".," and text[end + 1].isdigit())


def _owned_by_another(text: str, hit: re.Match, named: Sequence[Match], company: str, opening: int) -> bool:
    """Whether another firm's name stands right before the code: "Tesla V3", 特斯拉的V3, or a capitalised
    word that no gazetteer entry claims and is no stopword ("Rabbit's R1"; "Its R1" is the maker's)."""
    before = [match for match in named if match.end <= hit.start()]
    last = max(before, key=_end) if before else None
    if last is not None and _OWNER_JOIN.fullmatch(text, last.end, hit.start()):
        return last.company != company and last.entity != company
    word = _WORD_BEFORE.search(text, opening, hit.start())
    return word is not None and word.group(1)[0].isupper() and word.group(1).lower() not in _STOPWORDS


def _start(match: Match) -> int:
    return match.start


def _end(match: Match) -> int:
    return match.end
