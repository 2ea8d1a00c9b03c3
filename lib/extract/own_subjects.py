"""Whether a sentence names a subject of its own, not the article's company, or drops its subject.

A subject of its own is another firm, a market, an industry or a country (the ``-`` lines of
``lib/rules/company_references.txt``: 行业, "the industry", "China's"), one opening the sentence (``-^``:
"2024年，中国…", "In February, the world learned …"), or a company noun a name owns ("Edison's company",
爱迪生的公司). A Chinese sentence that opens with its date and then a verb has dropped its subject ("3月，连跑
三地签下投资": who ran is the article's company).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import rjieba

from lib.extract.attribution_cues import cue_alternation, not_before_de
from lib.extract.sentence_openings import FRONTED_DATE as _FRONTED_DATE
from lib.extract.sentence_openings import LEADING_CONJUNCTION, LEADING_REPORT, full_width_commas
from lib.extract.sentence_openings import opening as _opening
from lib.parse.script import to_simplified
from lib.text_script import HAN_CHARACTER

# jieba's tags of a word that can be a subject: nouns, names, places, pronouns, English words,
# numbers with a measure ("两家公司"); a one-character "name" is jieba misreading a verb's first
# character (连跑 as 连/nr 跑/v), so only words of two or more characters count.
_SUBJECT_TAGS = ("n", "r", "s", "eng", "m")
# jieba's tags of a verb (not a verbal noun, "vn": 竞争, 分析): before a subject word in its clause, the word is in the
# predicate. Not a preposition's: its object may be the source or the scope of what the clause tells
# ("据市场研究机构统计", "在行业内"), which is a subject of its own.
_PREDICATE_TAGS = frozenset(("v", "vd", "vi", "vg"))
# What ends the clause a subject word stands in.
_CLAUSE_MARKS = "，,；;。！？!?：:"
# What opens a clause that breaks down the figure told before it into its parts (traditional text is read simplified).
_PARTS_OF_THE_FIGURE = "其中"


class OwnSubjects:
    """The ``-``, ``-^`` and ``-!`` lines of the references file, compiled; ``refers``: the pattern of its
    company reference words ("the company", 公司), which a name may own."""

    def __init__(self, references: Sequence[str], refers: re.Pattern | None) -> None:
        self._refers = refers
        own = [word[1:] for word in references if word.startswith("-") and word[1:] and not word.startswith("-!")]
        self.anywhere = not_before_de(
            cue_alternation(word.removeprefix("~") for word in own if not word.startswith("^")))
        # "-~": a field (a market, an industry, its users), a subject of its own only where it may be the subject.
        self._field = frozenset(word[1:] for word in own if word.startswith("~"))
        # "-!" phrases hold such a subject word but name no subject ("ahead of the market expectation", 超市场预期).
        self._not_own_subject = cue_alternation(word[2:] for word in references if word.startswith("-!") and word[2:])
        first = not_before_de(
            cue_alternation(word[1:] for word in own if word.startswith("^") and word[1:]), "的首第最级区版")
        # Nor before a possessive, English's 的: "The world's leading carmaker reported …" is the carmaker's.
        self._first = None if first is None else re.compile(rf"(?:{first.pattern})(?!['’]s\b)", first.flags)
        # "Edison's company", 爱迪生的公司: the nouns a name may own ("the company" → company).
        owned = [word.split()[1] for word in references if word.lower().startswith("the ") and len(word.split()) == 2]
        self._owned_en = re.compile(rf"\b[A-Z][a-z]+['’]s\s+(?:{'|'.join(map(re.escape, owned))})\b") if owned else None

    def named_in(self, sentence: str) -> bool:
        """Whether ``sentence`` names a subject other than the article's company: another firm, a market,
        an industry or a country (the ``-`` lines of the references file: 行业, "the industry", "China's"),
        one opening it, also after a date, a conjunction or a report's clause (``-^``: "2024年，中国…", "但中国…",
        "报道称，中国…"), or a company noun a name owns."""
        text = to_simplified(sentence)
        if self._not_own_subject is not None:
            text = self._not_own_subject.sub(lambda match: " " * len(match.group()), text)
        if self.anywhere is not None and any(
                match.group() not in self._field or _may_be_the_subject(text, match.start())
                for match in self.anywhere.finditer(text)):
            return True
        if self.owned_by_a_name(text):
            return True
        if self._first is None:
            return False
        text = full_width_commas(text)
        start = _opening(text)
        for leading in (LEADING_CONJUNCTION, LEADING_REPORT):  # "但中国…", "报道更称，中国2020年…"
            if found := leading.match(text, start):
                start = found.end()
        fronted = _FRONTED_DATE.match(text, start)
        return self._first.match(text, fronted.end() if fronted else start) is not None

    def stands_at(self, sentence: str, at: int) -> bool:
        """Whether a subject of its own (a ``-^`` word: "the world", 世界) stands at offset ``at`` of ``sentence``,
        where its subject starts (past a fronted date: "In February, the world learned …")."""
        return self._first is not None and self._first.match(to_simplified(sentence), at) is not None

    def owned_by_a_name(self, text: str) -> bool:
        """Whether a name owns a company noun in ``text`` (simplified): "Edison's company", 爱迪生的公司."""
        if self._owned_en is not None and self._owned_en.search(text):
            return True
        return self._refers is not None and any(
            match.start() > 1 and text[match.start() - 1] == "的" and _ends_with_a_name(text[:match.start() - 1])
            for match in self._refers.finditer(text))


def opens_without_subject(sentence: str) -> bool:
    """Whether a Chinese sentence opens with its date and then a verb before any noun: its
    subject is dropped ("3月，连跑三地签下投资" — who ran is the article's company), unlike
    "2024年，中国新能源汽车销量突破1000万辆" (the sales are the subject)."""
    text = full_width_commas(to_simplified(sentence))
    opening = _FRONTED_DATE.match(text)
    if opening is None:
        return False
    clause = re.split(r"[，；。！？,;]", text[opening.end():], maxsplit=1)[0]
    for word, tag in rjieba.tag(clause):
        if tag.startswith(("v", "d")):
            return True
        if tag.startswith(_SUBJECT_TAGS) and len(word) > 1:
            return False
    return False


def _may_be_the_subject(text: str, at: int) -> bool:
    """Whether the field word (``-~``) at ``at`` of ``text`` (simplified) may be its clause's subject: always in
    Latin text; in Chinese unless a verb stands before it in its clause, which leaves it in the predicate, an object
    or a modifier of one ("成为2025年全球自动驾驶行业规模最大IPO", "9.12亿人来自中国市场",
    "首次公布了青少年用户在游戏上的消费": the figures are still the company's). A verb that only says there is
    someone (有, 已有: "已有用户注意到") introduces the subject; a verbal noun may modify it ("市场分析人士指出").
    Nor in a clause opening with 其中 ("among them"): it breaks down the figure just told into its parts
    ("营收同比激增245%,其中海外市场贡献显著", "GMV达到200亿美元,其中美国市场贡献了近45%"), still the company's."""
    if not HAN_CHARACTER.match(text, at):  # a Chinese word: one starting with a Han character
        return True
    clause = text[max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1:at]
    if clause.lstrip().startswith(_PARTS_OF_THE_FIGURE):
        return False
    return not any(tag in _PREDICATE_TAGS and not word.endswith("有") for word, tag in rjieba.tag(clause))


def _ends_with_a_name(text: str) -> bool:
    """Whether ``text`` ends with a person's name, as jieba tags one (爱迪生, 乔布斯; not 他 or 这家总部位于上海)."""
    words = rjieba.tag(text[-8:])
    return bool(words) and words[-1][1].startswith("nr") and len(words[-1][0]) > 1
