"""Whether a sentence's subject is a line of business of a company it does not name.

Results articles go on from the company to its segments and drop the name: "增值服务业务2022年第二季的
收入717亿元", "雲端業務收入第三季增長", "The advertising segment grew 20% in the second quarter". A segment's
figures are its company's, so such a sentence refers to the company as one opening with "Revenue" does,
even when a later clause tells where a figure came from (…，其中国际游戏市场收入二季度下降1%).

A segment's name is a modifier (增值服务, 云, "cloud computing": a few Chinese characters or one to three
words) and a noun ending it: the ``%`` lines of ``lib/rules/company_references.txt`` (业务, 板块,
"segment"). It counts only as the sentence's first words (``Attributor``'s first-word openings). A
subject of its own (the ``-`` lines: 市场, 行业, "the industry") owning it or in the rest of its clause makes it
a market's segment ("the industry's cloud segment", "游戏业务市场规模"), not the company's; one inside the name
is the segment's (消费者业务, 国际市场业务).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# "the advertising segment", "its cloud computing division": up to three Latin words before the noun.
_WORDS = r"(?:[A-Za-z][\w'’&-]*\s+){1,3}"
# 增值服务, 云, AI云: up to eight letters with no space (Chinese characters, or Latin ones they touch);
# the shortest, so the first noun ends the name (增值服务业务2022年…: not past 业务).
_CHARACTERS = r"[^\W\d_]{1,8}?"
# Where the clause holding the segment ends: its own-subject words are looked for up to here.
_CLAUSE_END = re.compile(r"[,，;；。:：!?！？]")


def segment_pattern(nouns: re.Pattern | None) -> re.Pattern | None:
    """A segment's name: a modifier and one of ``nouns`` (``cue_alternation`` of the ``%`` lines); None without."""
    if nouns is None:
        return None
    return re.compile(rf"(?P<modifier>{_WORDS}|{_CHARACTERS})(?:{nouns.pattern})", nouns.flags)


def opens_with_segment(text: str, openings: Iterable[int], segment: re.Pattern | None,
                       own_subject: re.Pattern | None, adverbial: re.Pattern | None) -> bool:
    """Whether ``text`` (simplified) names a segment at one of its first-word ``openings``, not opened by an
    ``adverbial`` cue, with no subject of its own (``own_subject``) owning it or in the rest of its clause."""
    if segment is None:
        return False
    for at in openings:
        found = segment.match(text, at)
        if found is None:
            continue
        clause_end = _CLAUSE_END.search(text, found.end())
        rest = text[found.end():clause_end.start() if clause_end else len(text)]
        if adverbial is not None and adverbial.match(found.group("modifier")):
            continue  # "在主要业务方面，…", "与云业务相比": a phrase before the subject, not the subject
        if own_subject is None or not (own_subject.search(_owner(found.group("modifier"))) or own_subject.search(rest)):
            return True
    return False


# Where a modifier's owner ends: "the industry's cloud", 各家公司的云.
_OWNER_END = re.compile(r"(.*)(?:的|['’]s\b)", re.DOTALL)


def _owner(modifier: str) -> str:
    """The words of ``modifier`` that own the segment, before its 的 or "'s" ("the industry" of "the industry's
    cloud", 它 of 它的消费者; the own-subject words are not read before a 的):
    a market or a rival owning it is a subject of its own; the words after are the segment's name, which may
    hold one (消费者业务, 国际市场业务 are a company's lines)."""
    found = _OWNER_END.match(modifier)
    return found.group(1) if found else ""
