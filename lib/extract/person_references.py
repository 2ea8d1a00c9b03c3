"""Later references to a person by one name: "Jensen Huang … Huang arrived in Beijing", "Jack Ma …
regulators summoned Ma".

English news names a person in full once, then by one name: the family name, which is the last word of
a Western-order name ("Jensen Huang" → Huang) and the first of a Chinese name in pinyin order ("Zhang
Yiming" → Zhang), so either end word of a full name the gazetteer matched counts. Such a word is the
person only after the full name in the same article, only capitalised as a name is ("Ma", not "MA" or
"ma"), and never where another match stands. A sentence naming the person is about the person's
company, as with the full name. Chinese writes the full name again (黄仁勋, 马云): no single-character
reference is read, as 马 or 黄 alone are everyday words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lib.extract.gazetteer import EntityMatch

# A word a name is made of: a capital, then lower-case letters ("Wu", "Zhang"; not "AI", "iPhone").
NAME_WORD = re.compile(r"[A-Z][a-z]+")
# Every capitalised word standing alone: a one-name reference is one of them. One fixed pattern,
# because compiling an alternation of each article's names cost two thirds of this stage. The capital
# comes first and the lookbehind after it (what stands before the capital), so the engine skips ahead
# to capitals; opening on the lookbehind, it was tried at every character (2.4 times the time).
_CAPITALISED_WORD = re.compile(r"[A-Z](?<![A-Za-z0-9'’-][A-Z])[a-z]+(?![A-Za-z0-9-])")


def with_person_references(text: str, matches: Sequence[EntityMatch],
                           not_names: Iterable[str] = ()) -> list[EntityMatch]:
    """``matches`` (in text order) plus every later one-name reference to a person matched in full.

    ``not_names`` are capitalised words that are never read as a name (month and weekday names: "Jun").
    """
    skipped = set(not_names)
    short: dict[str, EntityMatch] = {}
    first_seen: dict[str, int] = {}
    for match in matches:
        words = match.alias.split()
        if match.kind != "person" or len(words) < 2 or not match.alias.isascii():
            continue
        for word in (words[0], words[-1]):
            if NAME_WORD.fullmatch(word) and word not in skipped and word not in short:
                short[word], first_seen[word] = match, match.end
    if not short:
        return list(matches)
    taken = [(match.start, match.end) for match in matches]
    found = [EntityMatch(hit.start(), hit.end(), word, short[word].entity, "person", short[word].company)
             for hit in _CAPITALISED_WORD.finditer(text)
             if (word := hit.group()) in short and hit.start() >= first_seen[word]
             and all(hit.end() <= start or hit.start() >= end for start, end in taken)]
    return sorted([*matches, *found], key=lambda match: match.start)
