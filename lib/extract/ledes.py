"""An article's lede: an opening sentence that names no one sets the scene for the actors the next one names.

A story often opens on its happening told without its actors, and names them in the sentence after: "2025 年夏天,
外卖平台的补贴战火再度升级。淘宝闪购、美团、京东三大巨头相继推出…", "2025 年 5 月 25 日晚间,A 股半导体与算力板块迎来
重磅重组。海光信息…与…中科曙光同步公告…", "A total of 45 taxis … started carrying passengers on a trial basis Thursday …
These Apollo Robotaxis, co-produced by … Baidu …". The lede's date is then the event of the companies named by the
first clause of the next sentence that names any. Not a lede that names a subject of its own (a market, a field's
mood, users, another firm: ``Attributor.names_its_own_subject``) or anyone at all (a person, an outlet, a
regulator); nor one before a sentence naming a regulator, whose act the lede then tells; nor one set on a festival
or a shopping day, the season every firm shares ("Chinese customers spent billions … of Singles' Day",
"2026年的春节,注定因…被铭记"); nor a lead-in to a list ("2026年的1月份,国内的AI界发生了几件大事:"), whose items each
tell their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.extract.attribution import Attributor
from lib.extract.gazetteer import EntityMatch
from lib.extract.sentence_openings import FRONTED_DATE, full_width_commas, opening
from lib.extract.topic_chain import SENTENCE_CLOSE, Sentence, actors_of, named_in
from lib.parse.script import to_simplified
from lib.rules import builtin_rules
from lib.text_script import HAN_CHARACTER


def _festival_names() -> re.Pattern:
    """Every festival name of ``lib/rules/festivals.csv`` (its "+" names too): Chinese anywhere, Latin as words."""
    names = {name.removeprefix("+") for festival in builtin_rules().festivals for name in festival.names}
    words = [re.escape(name) if HAN_CHARACTER.match(name) else rf"\b{re.escape(name)}\b"
             for name in sorted(names, key=len, reverse=True)]
    return re.compile("|".join(words))


_FESTIVAL = _festival_names()
_LIST_LEAD_IN = re.compile(r"[:：]\s*$")
# A subject a demonstrative points back with ("这个问题", "this hashtag"): the sentence goes on from something told
# before it (the headline), so it is no scene set afresh. Not "这是"/"this is": a lede may present itself so
# ("这是今年最贵的一声锣。").
# Not a period the demonstrative names ("this week", 这个月): a date, not the subject.
_POINTS_BACK = re.compile(r"(?:(?:这个|这一|这些|这次|这场|该|此次)(?![年月周天日季])"
                          r"|(?<![A-Za-z])(?:this|these|that|those)\s+"
                          r"(?!(?:is|was|are|were|has|had|week|month|year|quarter|morning|day|time)\b))",
                          re.IGNORECASE)
# A phrase before the subject, up to its comma ("On January 13, ", "2025年夏天，").
_FRONTED_PHRASE = re.compile(r"[^,，。.;；]{1,40}[,，]\s*")


def lede_companies(lede: Sentence, lede_mentions: Sequence[EntityMatch], after: Sentence | None,
                   after_mentions: list[EntityMatch], attributor: Attributor) -> list[str]:
    """The companies an opening sentence naming no company is about: those of the first clause of ``after`` (the
    sentence after it) that names any, in order ("海光信息…与…中科曙光同步公告", not a rival measured further on:
    "DeepSeek-R1 没有…发布会,…它能以极低的成本匹配 OpenAI 顶级模型"); [] when it is no lede (module docstring)."""
    text = lede.text
    if (after is None or lede_mentions or not SENTENCE_CLOSE.search(text) or _LIST_LEAD_IN.search(text)
            or _FESTIVAL.search(to_simplified(text)) or _points_back(text) or attributor.names_its_own_subject(text)):
        return []
    if any(m.kind == "regulation" for m in after_mentions):
        # "The following day the US Bureau of Industry and Security added … Huawei to its Entity List": the lede
        # ("US President Donald Trump issued an Executive Order …") is a state's act on no company named.
        return []
    actors = actors_of(after, after_mentions, (), attributor)
    named = named_in(after, actors.mentions)
    for start, end in attributor.clauses(after.text):
        if found := [n.company for n in named if start <= n.start < end]:
            return list(dict.fromkeys(found))
    return actors.named


def _points_back(text: str) -> bool:
    """Whether ``text``'s subject opens with a demonstrative, past a fronted date ("2月24日，这个问题被问了570万次")
    or a fronted phrase ("On January 13, this hashtag had …", "2025年夏天，这场补贴战…")."""
    simplified = full_width_commas(to_simplified(text))
    start = opening(simplified)
    if fronted := FRONTED_DATE.match(simplified, start):
        start = fronted.end()
    elif comma := _FRONTED_PHRASE.match(simplified, start):
        start = comma.end()
    return _POINTS_BACK.match(simplified, start) is not None
