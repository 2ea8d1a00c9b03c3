"""A Chinese firm name glossed by its English one in brackets, or glossing it: "超微(Super Micro)",
"Super Micro（超微）".

Chinese press writes a foreign firm's Chinese name and puts its own English name after it in brackets,
and English press does the reverse. A short Chinese name can stand for two firms (Taiwan's press calls
AMD 超微, and some write 超微 for Super Micro): the English name beside it says which one the writer
means, as a reader takes it. So where a Chinese company name and an English company name of another
entity gloss each other, the Chinese one is read as the English one's company. Where they agree
("超微（AMD）", "博通(Broadcom)") nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lib.extract.alias_edges import is_cjk
from lib.extract.gazetteer import EntityMatch

_OPENING, _CLOSING = "(（", ")）"


def with_glossed_names(text: str, matches: Sequence[EntityMatch]) -> list[EntityMatch]:
    """``matches`` with each Chinese company name read as the English company name glossing it."""
    result = list(matches)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if not _gloss_each_other(text, first, second) or first.entity == second.entity:
            continue
        if _is_chinese(first) and not _is_chinese(second):
            result[index] = _read_as(first, second)
        elif _is_chinese(second) and not _is_chinese(first):
            result[index + 1] = _read_as(second, first)
    return result


def _gloss_each_other(text: str, first: EntityMatch, second: EntityMatch) -> bool:
    """Whether ``second`` fills the brackets right after ``first``: "超微(Super Micro)"."""
    if first.kind != "company" or second.kind != "company":
        return False
    opening, closing = text[first.end:second.start].strip(), text[second.end:second.end + 1]
    return len(opening) == 1 and opening in _OPENING and len(closing) == 1 and closing in _CLOSING


def _is_chinese(match: EntityMatch) -> bool:
    return any(is_cjk(char) for char in match.alias)


def _read_as(match: EntityMatch, gloss: EntityMatch) -> EntityMatch:
    return replace(match, entity=gloss.entity, kind=gloss.kind, company=gloss.company)
