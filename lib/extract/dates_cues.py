"""Whether a future cue governs a date: stands right before or right after the date's own words.

A year-less date moves ahead of publication only when the date itself is what lies ahead ("the ban
takes effect on January 19", "将于9月20日生效", "9月20日起施行"), never because a future word stands
somewhere else in the sentence ("On February 24, the CEO said the company will invest …"). The cues,
how far each reaches and the words that end a reach are data: ``lib/rules/future_cues.csv``, compiled
by ``lib.extract.dates_cue_patterns``.
"""

from __future__ import annotations

import re

import rjieba

from lib.extract.dates_cue_patterns import CuePatterns
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

# How much text around a date the cues are looked for in; the widest reach fits well inside.
_WINDOW = 60
# A year-less date whose year a cue decides is looked back from this far: a modal word's reach of ten English words
# over a long object ("would complete internal testing of a ChatGPT-style project called … in March", "expect
# Tencent to report flat revenues or a small contraction on Wednesday") runs past sixty characters. A date with its
# year keeps the nearer window: a modal word a clause back ("could replace the H20 when it becomes available for
# purchase in the second half of 2025") would make an undated story's year a plan's aim.
YEAR_LESS_WINDOW = 120
# What a date leaves the cues to read (``_open_to_cues``): the text before it and a comparison word there.
_Opening = tuple[str, "re.Match | None", "re.Pattern | None"]  # before the date, its comparison word, cancel


# What ``ahead_cue`` finds before or after a date.
GOVERNS = "governs"
LEANS_AHEAD = "leans ahead"


def governs(text: str, start: int, end: int, day_precise: bool, patterns: CuePatterns) -> bool:
    """Whether a cue governs the date at ``text[start:end]``.

    A date right after a reporting verb ("said on Thursday it will …") dates the saying, not what
    will happen, whatever follows it.
    """
    opening = _open_to_cues(text, start, end, patterns)
    return opening is not None and _governs(text, end, day_precise, patterns, opening)


def leans_ahead(text: str, start: int, end: int, day_precise: bool, patterns: CuePatterns) -> bool:
    """Whether a modal future word ("could", "will", "拟") stands before the date in its clause, or a
    start after it ("3月16日起": from a day on, which may have just passed): the date lies ahead if
    that places it nearer publication than placing it back does. A start its clause tells as past
    ("9月起推送了测试版": 了 after it) opened a state that has begun, the one back.
    """
    opening = _open_to_cues(text, start, end, patterns)
    return opening is not None and _leans_ahead(text, end, day_precise, patterns, opening)


def ahead_cue(text: str, start: int, end: int, day_precise: bool, patterns: CuePatterns,
              weekday: bool = False, window: int = _WINDOW) -> str | None:
    """``GOVERNS`` when a cue governs the date, else ``LEANS_AHEAD`` when one leans it ahead, else None:
    ``governs`` then ``leans_ahead``, with what both first check about the date checked once. ``weekday``:
    the date is a bare weekday, which the weekday cancel rows reach too ("had announced plans to build a
    plant on Thursday": the announcement's Thursday, the one just past). ``window``: how many characters
    before the date a cue is looked for in (``YEAR_LESS_WINDOW`` for a date whose year the cue decides)."""
    opening = _open_to_cues(text, start, end, patterns, weekday, window)
    if opening is None:
        return None
    if _governs(text, end, day_precise, patterns, opening):
        return GOVERNS
    return LEANS_AHEAD if _leans_ahead(text, end, day_precise, patterns, opening) else None


def _governs(text: str, end: int, day_precise: bool, patterns: CuePatterns, opening: _Opening) -> bool:
    return _governed_by(text, end, day_precise, patterns.before, patterns.after, patterns, opening)


def _leans_ahead(text: str, end: int, day_precise: bool, patterns: CuePatterns, opening: _Opening) -> bool:
    return (_governed_by(text, end, day_precise, patterns.near, (), patterns, opening)
            or (_governed_by(text, end, day_precise, (), patterns.start, patterns, opening)
                and not any(pattern.match(text, end, end + _WINDOW) for pattern in patterns.past_after)))


def scheduled(text: str, start: int, end: int, day_precise: bool, patterns: CuePatterns) -> bool:
    """Whether a schedule word stands before the date ("originally set for Thursday", "原定周四"): told
    as past or not, the schedule names a day that may still lie ahead, the nearer one."""
    before = text[max(0, start - _WINDOW) : start]
    if patterns.reported is not None and patterns.reported.search(before):
        return False
    return any((day_precise or not day_only) and pattern.search(before) is not None
               for pattern, day_only in patterns.schedule)


def modal_before(text: str, start: int, patterns: CuePatterns) -> bool:
    """Whether a modal future word ("will", "expects to", 将) stands anywhere before ``start`` in ``text`` (a
    sentence): a plan's sentence, though the word may govern another of its words."""
    return patterns.modal is not None and patterns.modal.search(text, 0, start) is not None


def told_as_past(text: str, start: int, end: int, patterns: CuePatterns) -> bool:
    """Whether the date's clause tells it as past: a past auxiliary right before it ("were effective
    on", "已于"), or a past-tense or reporting word in its clause ("launched on March 30", "On March
    20, Baidu said", "1月19日，TikTok发布了声明")."""
    before = text[max(0, start - _WINDOW) : start]
    if ((patterns.cancel is not None and patterns.cancel.search(before))
            or (patterns.figure is not None and patterns.figure.match(text, end))):
        return True
    after = text[end : end + _WINDOW]
    if patterns.trailing_saying is not None and patterns.trailing_saying.match(after):
        after = ""  # ", the Wall Street Journal said.": the source's past, not the date's
    return (any(pattern.search(before) for pattern in patterns.past_before)
            or any(pattern.match(after) for pattern in patterns.past_after))


def _governed_by(text, end, day_precise, before_cues, after_cues, patterns: CuePatterns, opening: _Opening) -> bool:
    """Whether one of the cues governs the date, given what is before it (``_open_to_cues``; a past
    auxiliary there cancels a cue: "were effective on", "已于3月1日起施行": the effect is reported, not
    announced)."""
    before, base, cancel = opening
    for pattern, day_only in before_cues:
        if ((day_precise or not day_only) and (found := pattern.search(before)) is not None
                and (base is None or base.start() <= found.start())  # the date compared with, not the one ahead
                and (cancel is None or cancel.search(before[: found.start()]) is None)
                and not _told_as_past_by_its_verb(before, found.start(), patterns)
                and not _tenseless_told_as_past_after(text, end, before, found.start(), patterns)
                and not (_DISPOSAL_JIANG.match(found[0]) and _MODIFIES_A_NOUN.match(text, end))):
            return True
    after = text[end : end + _WINDOW]
    return any((found := pattern.match(after)) is not None and not _disposal(after, found.end())
               for pattern, day_only in after_cues if day_precise or not day_only)


def _open_to_cues(text: str, start: int, end: int, patterns: CuePatterns, weekday: bool = False,
                  window: int = _WINDOW) -> _Opening | None:
    """The text before the date and the comparison word in it, or None when no cue may govern the date.
    A past reporting word right after the date ("announced plans to build a plant and on Friday added
    that …") makes it the saying's day, as one right before it does ("said on Thursday it will …"): the
    future word is the plan's; a past auxiliary right before it tells it as past."""
    before = text[max(0, start - window) : start]
    if ((patterns.reported is not None and patterns.reported.search(before))
            or (patterns.said_on is not None and patterns.said_on.match(text, end))
            # right before the date: "was released on January 20", "since March 1", "已于3月1日"
            or (patterns.cancel is not None and patterns.cancel.search(before))
            # a figure the day has set: "4% higher from Wednesday's close" measures from it, opens nothing
            or (patterns.figure is not None and patterns.figure.match(text, end))):
        return None
    return (before, patterns.base.search(before) if patterns.base is not None else None,
            patterns.cancel_weekday if weekday else patterns.cancel)


def told_by_its_saying(text: str, start: int, end: int, patterns: CuePatterns) -> bool:
    """Whether the date at ``text[start:end]`` is a saying's: a reporting word, or one with its passive agent,
    stands right before it ("Bloomberg News reported in January", "a goal announced by Xiaomi Chief Executive Lei
    Jun in October"), or, in Chinese, right after it, closing the sentence ("，彭博社1月报道。")."""
    before = text[max(0, start - _WINDOW) : start]
    return ((patterns.reported is not None and patterns.reported.search(before) is not None)
            or _SAYING_CLOSES_THE_SENTENCE.match(text, end) is not None
            or _REPORT_NOUN_AFTER.match(text, end) is not None)


# A report noun right after a date, a word or two on ("a May 13 Bloomberg report", "5月13日的报道", "5月13日彭博社的
# 报道"): the date is the report's. Not a verb's object ("on May 13 reported", read by the reporting words).
_REPORT_NOUNS = words_by_kind(builtin_rules().stated_year_cues)["report_after"]
_REPORT_NOUN_AFTER = re.compile(
    rf"(?:(?:[^\S\n]+[A-Z][^\s,;:.!?]*){{0,2}}[^\S\n]+(?i:{alternation(w for w in _REPORT_NOUNS if w.isascii())})"
    rf"(?![A-Za-z])"
    rf"|\s*[^，。；：！？,;:!?\s]{{0,4}}?的?\s*(?:{alternation(w for w in _REPORT_NOUNS if not w.isascii())}))")


# A Chinese reporting word right after a date, closing the sentence: "…，彭博社1月报道。", "…，路透社周五报道称。"
_SAYING_CLOSES_THE_SENTENCE = re.compile(r"\s*(?:报道|报导|称|表示|透露|指出|披露|证实)称?\s*(?:[。！？!?]|\Z)")


def _told_as_past_by_its_verb(before: str, cue_start: int, patterns: CuePatterns) -> bool:
    """Whether the cue at ``before[cue_start:]`` carries no tense and a past word of its clause gives it
    one: "took a sharp turn effective April 15", "had to wait until March"."""
    return (patterns.tenseless is not None and patterns.tenseless.match(before, cue_start) is not None
            and any(pattern.search(before, 0, cue_start) for pattern in patterns.past_verb)
            # "gave the company until Dec. 4": the giving is past, the time given may still run
            and not (patterns.grant is not None and patterns.grant.search(before, 0, cue_start)))


def _tenseless_told_as_past_after(text: str, end: int, before: str, cue_start: int, patterns: CuePatterns) -> bool:
    """Whether the cue at ``before[cue_start:]`` carries no tense and the verb after the date in its clause
    gives it a past one: "As early as Nov. 2, Ant tested the app" (published Nov. 5) is the Nov. 2 just past,
    as "tested the app as early as Nov. 2" is, and so is "最快11月2日已完成测试". English puts the verb after the
    date only when the date opens its clause ("will start to pay riders from March 1, the firm said" keeps
    its "will"); a saying is no past for it ("预计最快星期日宣布"); a future verb keeps the date ahead."""
    if patterns.tenseless is None or patterns.tenseless.match(before, cue_start) is None:
        return False
    if before[cue_start].isascii():
        if not _OPENS_CLAUSE.search(before, 0, cue_start):
            return False
        # The clause's subject comes first: a past form right after the date's comma is a participle
        # of it ("Beginning March 20, invited users can try the chatbot").
        subject = _SUBJECT_WORD.match(text, end)
        end = subject.end() if subject else end
    return any(pattern.match(text, end, end + _WINDOW) for pattern in patterns.past_verb_after)


_SUBJECT_WORD = re.compile(r"[^\S\n]*,[^\S\n]*[\w'’-]+")
# Only a clause mark, a quote or a bracket between the start of a clause and what follows.
_OPENS_CLAUSE = re.compile(r"(?:\A|[,;:.!?\n])[\s\"'“‘(]*\Z")


# A bare 将 before a date that modifies a noun ("将二季度开始的外卖大战称为…", "将3月的发布会推迟") marks that noun
# phrase as its object, as 把 does: no future for the date.
_MODIFIES_A_NOUN = re.compile(r"\s*(?:开始|起|以来|期间|之前|之后)?的")
# Only a bare 将 marks an object: with a preposition after it (将在, 将于) it is the future, and the date the time of
# what lies ahead, a noun after it or not ("将在8月份的版本赶上": it will catch up in the August version).
_DISPOSAL_JIANG = re.compile(r"将(?!\s*[在于])")
_DATE_NUMBER = re.compile(r"[0-9０-９]|[月日号天]$")


def _disposal(text: str, end: int) -> bool:
    """Whether the 将 ending at ``end`` marks an object, as 把 does ("5月15日，字节跳动将豆包降价99%":
    it cut Doubao's price), not the future ("将于", "将推出"): a noun or pronoun follows it."""
    if not text.endswith("将", 0, end) or text.endswith("即将", 0, end):
        return False
    following = rjieba.tag(text[end : end + 8])
    # A quantity or a distinguishing word may open the object: "将全年总目标上调至", "将三款新机推向市场",
    # "将所有产品"; not a date's number ("将3月上市", "将2025年推出").
    opening = 0
    while (opening < min(2, len(following) - 1) and following[opening][1].startswith(("m", "b"))
           and not _DATE_NUMBER.search(following[opening][0])):
        opening += 1
    return bool(following) and following[opening][1].startswith(("n", "r", "eng"))
