"""One article's sentences as the event step reads them, with every alias of a name table found in them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from lib.extract.events import SentenceSpan
from lib.extract.gazetteer import EntityMatch


def article_sentences(companies: Mapping[str, str],
                      *texts: str) -> tuple[list[SentenceSpan], dict[int, list[EntityMatch]]]:
    """``texts`` as sentences joined by a space, and the mentions of every alias of ``companies`` (alias → company)."""
    aliases = re.compile("|".join(sorted(map(re.escape, companies), key=len, reverse=True)))
    sentences, mentions, start = [], {}, 0
    for number, text in enumerate(texts):
        sentences.append(SentenceSpan(number, start, start + len(text), text))
        found = [EntityMatch(start + m.start(), start + m.end(), companies[m.group()], m.group(), "company",
                             companies[m.group()]) for m in aliases.finditer(text)]
        if found:
            mentions[number] = found
        start += len(text) + 1
    return sentences, mentions
