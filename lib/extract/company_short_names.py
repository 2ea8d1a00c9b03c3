"""Later references to a company by its name without its tails: "Trip.com Group … Trip added", "Ant Group
Co. … Ant's listing was halted".

English news names a firm in full once, then by the one word its name is once the legal or group tails
(``lib/rules/short_name_tails.txt``: Group, Holdings, Inc, .com …) are off, as it names a person by the
family name (``lib.extract.person_references``). Such a word names the company only after the full name
in the same article, only capitalised as a name is ("Trip", not "trip"), never where another match
stands, and never beside another capitalised word, which makes it part of another name ("Hong Kong",
"the South China Sea", "Tsinghua University"). A name that is more than one word without its tails
gives none: "Li Auto", "China Mobile", "Hong Kong Exchanges and Clearing" are never "Li", "China" or
"Hong". Chinese writes the short name as an alias of its own (携程, 蚂蚁集团): nothing is read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lib.extract.gazetteer import EntityMatch
from lib.extract.person_references import NAME_WORD

# Every capitalised word standing alone, as in person_references: one fixed pattern for every article,
# its lookbehind after the capital (what stands before the capital) so the engine skips ahead to capitals.
_CAPITALISED_WORD = re.compile(r"[A-Z](?<![A-Za-z0-9'’.-][A-Z])[a-z]+(?![A-Za-z0-9-]|\.[a-z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.&'’-]*)[ \u00a0]$")
_NAME_AFTER = re.compile(r"[ \u00a0-][A-Z][a-z]")
_POSSESSIVE = ("'s", "’s")


def short_name(alias: str, tails: Iterable[str]) -> str | None:
    """The one capitalised word ``alias`` is without its tails ("Trip.com Group" → "Trip"), or None."""
    tails = tuple(tails)
    words = alias.split()
    while len(words) > 1 and words[-1] in tails:
        words.pop()
    if len(words) != 1:
        return None
    word = words[0]
    for tail in tails:
        if tail.startswith(".") and word.endswith(tail):
            word = word[: -len(tail)]
    return word if word != alias and NAME_WORD.fullmatch(word) else None


def with_company_short_names(text: str, matches: Sequence[EntityMatch], tails: Iterable[str]) -> list[EntityMatch]:
    """``matches`` (in text order) plus every later short reference to a company matched by its full name."""
    tails = tuple(tails)
    short: dict[str, EntityMatch] = {}
    for match in matches:
        if match.kind == "company" and match.alias.isascii():
            word = short_name(match.alias, tails)
            if word is not None and word not in short:
                short[word] = match
    if not short:
        return list(matches)
    taken = [(match.start, match.end) for match in matches]
    found = [EntityMatch(hit.start(), hit.end(), word, short[word].entity, short[word].kind, short[word].company)
             for hit in _CAPITALISED_WORD.finditer(text)
             if (word := hit.group()) in short and hit.start() >= short[word].end
             and not _beside_a_name(text, hit.start(), hit.end())
             and all(hit.end() <= start or hit.start() >= end for start, end in taken)]
    return sorted([*matches, *found], key=lambda match: match.start) if found else list(matches)


def _beside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before (not a possessive) or after the word at ``start:end``."""
    if _NAME_AFTER.match(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    return word[0].isupper() and word[-1].isalpha() and not word.endswith(_POSSESSIVE)
