"""The future cues of ``lib/rules/future_cues.csv`` compiled into the patterns ``lib.extract.dates_cues``
reads around a date: before-cues that end where a date starts, after-cues that start where it ends, and
the words that cancel, break or compare.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from lib.first_characters import with_first_character_lookahead
from lib.rules.dates import FutureCue
from lib.rules.rule_file import literal_alternation

_BEFORE_CLAUSE_MARKS = ",;.!?:，。；：！？、"
_AFTER_CLAUSE_MARKS = ";.!?。；！？、"
# A cue given as a bare string (the old one-column file, tests) reaches over a few words before the date.
_DEFAULT_REACH = 5


@dataclass(frozen=True)
class CuePatterns:
    """The compiled cues: ``before`` must end where a date starts, ``after`` start where it ends."""

    before: tuple[tuple[re.Pattern, bool], ...]  # (pattern, day dates only)
    after: tuple[tuple[re.Pattern, bool], ...]
    reported: re.Pattern | None  # a break right before the date: "said Thursday it will …"
    near: tuple[tuple[re.Pattern, bool], ...] = ()  # before the date; ahead only if that is nearer
    cancel: re.Pattern | None = None  # ends where a cue or date starts: "were effective", "已于"
    past_before: tuple[re.Pattern, ...] = ()  # a past-tense or reporting word before the date in its clause
    past_after: tuple[re.Pattern, ...] = ()  # one after it: "On March 20, Baidu said"
    schedule: tuple[tuple[re.Pattern, bool], ...] = ()  # "was originally set for": ahead if nearer, never cancelled
    start: tuple[tuple[re.Pattern, bool], ...] = ()  # after the date, a start ("3月16日起"): ahead if nearer
    tenseless: re.Pattern | None = None  # a cue the clause's verb gives its tense: "effective", "from"
    past_verb: tuple[re.Pattern, ...] = ()  # a past word ending the text, no break between: "took a turn"
    said_on: re.Pattern | None = None  # a past reporting word right after the date: "on Friday added"
    base: re.Pattern | None = None  # a comparison word right before the date: "将较第3季持平"
    past_verb_after: tuple[re.Pattern, ...] = ()  # a past word after the date, no break between, no saying
    modal: re.Pattern | None = None  # a modal future word, wherever it stands: "will", "expects to", 将, 预计
    cancel_weekday: re.Pattern | None = None  # cancel with its weekday rows, for a bare weekday: "announced plans to"
    trailing_saying: re.Pattern | None = None  # a source closing the sentence after the date: ", the WSJ said."
    grant: re.Pattern | None = None  # a past giving of time before a tenseless cue: "gave the company until"
    figure: re.Pattern | None = None  # a figure the day has set, right after it: "Wednesday's close", 周三收盘价


def cue_patterns(cues: Sequence[FutureCue | str]) -> CuePatterns:
    """The patterns for ``cues``; a bare string is a before-cue reaching over a few words.

    Equal rows compile once (a cache keyed by the rows); the pipeline asks once, where its toolkit is built.
    """
    return _compiled(tuple(FutureCue("before", cue, _DEFAULT_REACH) if isinstance(cue, str) else cue
                           for cue in cues if (cue if isinstance(cue, str) else cue.cue).strip()))


# "春节前一个月" is a month before the festival, not "before the festival": a Chinese cue followed by a
# count and a unit measures a distance from the date and does not point ahead.
_NOT_A_MEASURE = r"(?!\s*[0-9一二两三四五六七八九十几数半]+\s*(?:个月|个|天|日|周|星期|年|季度|小时|分钟))"


# The agent of a passive reporting word: up to five words, no clause mark ("by the Trump Administration").
_AGENT = r"(?:[^\S\n]+[^\s,;:.!?()]+){1,5}?"


def _compiled_pattern(pattern: str, flags: int = 0) -> re.Pattern:
    """The pattern, opening on a lookahead for its first characters: most are searched for before a date
    (``\\Z``), and their openings (a lookbehind, a case-blind word) keep the engine from skipping ahead."""
    return with_first_character_lookahead(re.compile(pattern, flags))


@lru_cache(maxsize=32)
def _compiled(cues: tuple[FutureCue, ...]) -> CuePatterns:
    breaks = [cue.cue for cue in cues if cue.side == "break"]
    breaks_after = breaks + [cue.cue for cue in cues if cue.side == "break-after"]
    not_past = _not_past_words(cues)
    groups: dict[tuple[str, int, bool, bool], list[str]] = {}
    for cue in cues:
        if cue.side in ("before", "after", "near", "start", "schedule"):
            groups.setdefault((cue.side, cue.reach, cue.day_only, cue.cue.isascii()), []).append(cue.cue)
    before, after, near, schedule, start = [], [], [], [], []
    for (side, reach, day_only, latin), words in sorted(groups.items()):
        cue = _alternatives(words, latin)
        if side in ("before", "near", "schedule"):
            gap = _gap("before", reach, latin, breaks, not_past)
            over = rf"|{_WORDS}{{0,{reach}}}?{_cue_appositive(breaks, not_past)}{gap}" if latin else ""
            {"before": before, "near": near, "schedule": schedule}[side].append(
                (_compiled_pattern(rf"{cue}(?:{gap}{over})\Z", re.IGNORECASE), day_only))
        else:
            gap = _gap("after", reach, latin, breaks_after, not_past)
            measure = "" if latin else _NOT_A_MEASURE
            (after if side == "after" else start).append(
                (_compiled_pattern(rf"{gap}{cue}{measure}", re.IGNORECASE), day_only))
    latin_breaks = [_break_word(word) for word in breaks if word.isascii()]
    # A passive reporting word keeps its agent before the date: "originally announced by the Trump Administration
    # in September, some parts of TikTok will …" is the announcement's September.
    reported = (_compiled_pattern(rf"(?<![A-Za-z])(?:{'|'.join(latin_breaks)})(?:[^\S\n]+by{_AGENT})?"
                           rf"(?:\s+(?:on|in|at))?[^\S\n]+\Z", re.IGNORECASE) if latin_breaks else None)
    # A Chinese saying before the date opens what was said ("腾讯称在元旦假期期间，未成年用户只可…"): the
    # saying's own date stands before its verb (3月20日，百度表示), so it tells no past of a date after it.
    past_before = _past_patterns(_without_sayings(cues, [word for word in breaks if not word.isascii()]))[0]
    past_after = _past_patterns(cues)[1]
    past_rows = [_break_word(cue.cue) for cue in cues if cue.side == "past" and cue.cue.isascii()]
    # English only: a Chinese reporting verb after a date may be the plan's own ("计划周五宣布").
    said = [_break_word(word) for word in breaks if word.isascii()
            and any(re.fullmatch(row, word, re.IGNORECASE) for row in past_rows)]
    said_on = _compiled_pattern(rf"[^\S\n]+(?:{'|'.join(said)})(?![A-Za-z])", re.IGNORECASE) if said else None
    tenseless = [cue.cue for cue in cues if cue.side == "tenseless"]
    return CuePatterns(tuple(before), tuple(after), reported, tuple(near), _cancel_pattern(cues), past_before,
                       past_after, tuple(schedule), tuple(start),
                       _compiled_pattern(_alternatives(tenseless, True), re.IGNORECASE) if tenseless else None,
                       _past_patterns(cues, breaks_after)[0], said_on, _base_pattern(cues),
                       _past_patterns(_without_sayings(cues, breaks), breaks_after)[1], _modal_pattern(cues),
                       _cancel_pattern(cues, weekday=True), _trailing_saying(said), _grant_pattern(cues),
                       _figure_pattern(cues))


def _figure_pattern(cues: Sequence[FutureCue]) -> re.Pattern | None:
    """The "figure" rows: a figure a day sets, right after the day's possessive or 的 ("Wednesday's closing price",
    "周三的收盘价"), which exists only once the day is over."""
    latin = [cue.cue for cue in cues if cue.side == "figure" and cue.cue.isascii()]
    chinese = [cue.cue for cue in cues if cue.side == "figure" and not cue.cue.isascii()]
    parts = ([rf"['’]s[^\S\n]+{_alternatives(latin, True)}"] if latin else []) + (
        [rf"\s*的?\s*{_alternatives(chinese, False)}"] if chinese else [])
    return _compiled_pattern("|".join(parts), re.IGNORECASE) if parts else None


# The words a source may be named in before its saying verb closes the sentence: "the Wall Street Journal".
_SOURCE_WORDS = 6
# The words the outlet or audience told may be named in after the verb: "told Reuters", "informed The Verge".
_HEARER_WORDS = 3


def _trailing_saying(said: Sequence[str]) -> re.Pattern | None:
    """A source and its past saying after the date's comma, closing the sentence or followed by a comma ("…
    before the holiday in mid-February, the Wall Street Journal said, citing sources."): the saying tells when the
    words were said, not the date's tense, as a saying right before the date does not either."""
    if not said:
        return None
    # The outlet or the audience told may close it too: "…, people familiar with the plan told Reuters.", "…, insiders
    # informed The Verge.": they say who heard the words, still no tense of the date's.
    return _compiled_pattern(rf"[^\S\n]*,(?:[^\S\n]+[^\s,;:.!?]+){{1,{_SOURCE_WORDS}}}?[^\S\n]+(?:{'|'.join(said)})"
                      rf"(?![A-Za-z])(?:[^\S\n]+[^\s,;:.!?]+){{0,{_HEARER_WORDS}}}?[^\S\n]*(?:[,.;!?]|\Z)",
                      re.IGNORECASE)


# Near rows reaching this many words or fewer stand next to the date ("by", "starting"): no modal word.
_NEXT_TO_THE_DATE = 2


def _modal_pattern(cues: tuple[FutureCue, ...]) -> re.Pattern | None:
    """The modal future words: the near rows for any date that reach over a clause ("will", "plans to", 将)."""
    words = [cue.cue for cue in cues if cue.side == "near" and not cue.day_only and cue.reach > _NEXT_TO_THE_DATE]
    parts = [_alternatives(group, latin) for latin in (True, False)
             if (group := [word for word in words if word.isascii() == latin])]
    return _compiled_pattern("|".join(parts), re.IGNORECASE) if parts else None


def _grant_pattern(cues: tuple[FutureCue, ...]) -> re.Pattern | None:
    """The grant rows ("gave", "granted") and the words they reach over to the end of the text, where a tenseless cue
    starts: "gave the company until"."""
    grants = [cue for cue in cues if cue.side == "grant" and cue.cue.isascii()]
    if not grants:
        return None
    reach = max(cue.reach for cue in grants)
    words = rf"(?:[^\S\n]+[^\s{re.escape(_BEFORE_CLAUSE_MARKS)}]+){{0,{reach}}}?"
    return _compiled_pattern(rf"(?<![A-Za-z])(?:{_alternatives([cue.cue for cue in grants], True)})"
                             rf"(?![A-Za-z]){words}[^\S\n]*\Z", re.IGNORECASE)


def _without_sayings(cues: tuple[FutureCue, ...], breaks: Sequence[str]) -> tuple[FutureCue, ...]:
    """``cues`` but the past rows that are also breaks (said, 宣布): a saying after a date may be the plan's own
    ("预计最快星期日宣布")."""
    return tuple(cue for cue in cues if not (cue.side == "past" and cue.cue in breaks))


# A noun phrase set off by commas after the verb's object names it again and leaves the verb's clause
# open: "It released its first sedan, the ET7, in January" is told as past as "released it in January" is.
_WORDS = rf"(?:[^\S\n]+[^\s{re.escape(_BEFORE_CLAUSE_MARKS)}]+)"
# A comma and a relative word right after the date open a clause about the noun before it, not the date's
# clause: "is closing the loophole on May 2, which allowed retailers …" tells the loophole's past, not May 2's.
_NO_RELATIVE_CLAUSE = r"(?![^\S\n]*,[^\S\n]+(?:which|who|whose)(?![A-Za-z]))"
_APPOSITIVE = rf",[^\S\n]+(?:the|a|an)[^\S\n]+[^\s{re.escape(_BEFORE_CLAUSE_MARKS)}]+{_WORDS}{{0,3}},"


def _cue_appositive(breaks: Sequence[str], not_past: Sequence[str]) -> str:
    """A noun phrase set off by commas after the object of a future cue's verb, naming it again ("will
    open-source its model, Ernie, as of June 30", "will unveil its flagship, the ET7, in January"): it leaves
    the cue's clause open, as ``_APPOSITIVE`` leaves a past verb's. A name opens with a capital or a figure
    (case matters here, as in a name); no word of it is a break ("…, Reuters reported, on Thursday": the
    date is the report's)."""
    words = [_break_word(word, not_past) for word in breaks if word.isascii()]
    not_break = rf"(?!(?:{'|'.join(words)})(?![A-Za-z']))" if words else ""
    word = rf"[^\s{re.escape(_BEFORE_CLAUSE_MARKS)}]+"
    opening = rf"(?:(?:the|a|an)[^\S\n]+{word}|(?-i:[A-Z0-9]){word})"
    return rf",[^\S\n]+{not_break}{opening}(?:[^\S\n]+{not_break}{word}){{0,3}},"


def _past_patterns(cues: tuple[FutureCue, ...],
                   breaks: Sequence[str] = ()) -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    """The "past" rows: a word ``reach`` words (characters) before the date, or after it in its clause;
    no word of ``breaks`` between."""
    groups: dict[tuple[int, bool], list[str]] = {}
    passives = [cue.cue for cue in cues if cue.side == "passive"]
    not_past = _not_past_words(cues)
    for cue in cues:
        if cue.side == "past":
            groups.setdefault((cue.reach, cue.cue.isascii()), []).append(cue.cue)
    before, after = [], []
    for (reach, latin), words in sorted(groups.items()):
        body = "|".join(_past_word(word, passives, not_past) if latin else re.escape(word)
                        for word in sorted(words, key=len, reverse=True))
        word = rf"(?<![A-Za-z'])(?:{body})(?![A-Za-z])" if latin else f"(?:{body})"
        gap = _gap("before", reach, latin, list(breaks), not_past)
        appositive = rf"|{word}{_WORDS}{{0,{reach}}}?{_APPOSITIVE}{gap}" if latin and not breaks else ""
        before.append(_compiled_pattern(rf"(?:{word}{gap}{appositive})\Z", re.IGNORECASE))
        gap_after = _gap("after", reach, latin, list(breaks), not_past)
        after.append(_compiled_pattern(rf"{_NO_RELATIVE_CLAUSE}{gap_after}{word}", re.IGNORECASE))
    return tuple(before), tuple(after)


def _cancel_pattern(cues: tuple[FutureCue, ...], weekday: bool = False) -> re.Pattern | None:
    """Past auxiliaries that must end right before a cue or date, ``reach`` words/characters off; the
    weekday rows too when ``weekday``."""
    alternatives = []
    # A weekday row is an active past verb: "will be announced as early as Sunday" is a passive, still ahead.
    passives = "".join(rf"(?<!{re.escape(cue.cue)}\s)" for cue in cues if cue.side == "passive" and cue.cue.isascii())
    for cue in cues:
        if cue.side == "cancel" and (weekday or not cue.weekday_only):
            word = re.escape(cue.cue).replace(r"\ ", r"\s+")
            if cue.cue.isascii():
                active = passives if cue.weekday_only else ""
                # a preposition may end it before a date: "was released on January 20"
                alternatives.append(rf"(?<![A-Za-z]){active}{word}(?:\s+[A-Za-z]+){{0,{cue.reach}}}\s+"
                                    r"(?:(?:on|in|at|by|from|until)\s+)?")
            else:
                alternatives.append(rf"{word}[^{re.escape(_BEFORE_CLAUSE_MARKS)}]{{0,{cue.reach}}}\s*")
    return _compiled_pattern(rf"(?:{'|'.join(alternatives)})\Z", re.IGNORECASE) if alternatives else None


def _alternatives(words: list[str], latin: bool) -> str:
    body = literal_alternation(words)
    return rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])" if latin else f"(?:{body})"


def _gap(side: str, reach: int, latin: bool, breaks: list[str], not_past: Sequence[str] = ()) -> str:
    """Up to ``reach`` words (Latin cue) or characters (Chinese cue) between cue and date.

    No gap word is a break and no gap crosses a clause mark, except one comma right after the date:
    a fronted date ("On January 19, the ban will …", "1月19日，禁令将生效") governs its clause, but a
    future word after a second comma belongs to another ("3月5日，阿里发布新模型，将…").
    """
    marks = re.escape(_BEFORE_CLAUSE_MARKS if side == "before" else _AFTER_CLAUSE_MARKS + ",，")
    topic_comma = r"(?:\s*[,，])?" if side == "after" else ""
    if latin:
        words = [_break_word(word, not_past) for word in breaks if word.isascii()]
        not_break = rf"(?!(?:{'|'.join(words)})(?![A-Za-z']))" if words else ""
        separator = r"[^\S\n]+"
        # A figure's thousands separator is no clause mark: "aims to deliver over 10,000 units in June".
        word = rf"(?:[^\s{marks}]|(?<=[0-9])[,.](?=[0-9]))+"
        return rf"{topic_comma}(?:{separator}{not_break}{word}){{0,{reach}}}?{separator}"
    words = [re.escape(word) for word in breaks if not word.isascii()]
    not_break = rf"(?!{'|'.join(words)})" if words else ""
    # A Chinese time phrase may close with a postposition before its comma: "中秋节前，小米将…".
    postposition = r"(?:前后|之前|以前|之后|以后|期间|前|后)?" if side == "after" else ""
    return rf"{postposition}{topic_comma}\s*(?:{not_break}[^{marks}]){{0,{reach}}}?\s*"


def _past_word(word: str, passives: Sequence[str], not_past: Sequence[str]) -> str:
    """A past row as a pattern: right after a passive "be" it is a participle, no past tense ("is
    divested", "to be rolled out", "must be sold")."""
    not_passive = "".join(rf"(?<!\b{re.escape(passive)}\s)" for passive in passives)
    return not_passive + _break_word(word, not_past)


def _break_word(word: str, not_past: Sequence[str] = ()) -> str:
    """A break word as a pattern; a leading ``*`` matches any letters before the rest ("*ed"), but no
    word of ``not_past`` ("need", "exceed": no past tense for all their ending) nor one ending a hyphened
    modifier."""
    if word.startswith("*"):
        unless = rf"(?!(?:{literal_alternation(not_past)})(?![A-Za-z]))" if not_past else ""
        # Not the end of a hyphened modifier ("its much-awaited GPT-5 model", "a long-delayed IPO"): an adjective.
        return rf"(?<![-\u2010\u2011]){unless}[A-Za-z]+{re.escape(word[1:])}"
    return re.escape(word)


def _not_past_words(cues: Sequence[FutureCue]) -> tuple[str, ...]:
    return tuple(cue.cue for cue in cues if cue.side == "not-past")


def _base_pattern(cues: Sequence[FutureCue]) -> re.Pattern | None:
    """The "base" rows: a comparison word standing ``reach`` words (characters) before the date, which is
    then what is compared with ("will be flat compared with the third quarter", "将较第3季持平")."""
    alternatives = [rf"{_alternatives([cue.cue], cue.cue.isascii())}{_gap('before', cue.reach, cue.cue.isascii(), [])}"
                    for cue in cues if cue.side == "base"]
    return _compiled_pattern(rf"(?:{'|'.join(alternatives)})\Z", re.IGNORECASE) if alternatives else None
