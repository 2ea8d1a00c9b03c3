"""How the cue lines of lib/rules (clause_cues.csv, company_references.txt, festival_cues.csv) become regexes.

A cue is literal text: a space in it matches any run of spaces, a Latin word at either edge matches
whole words only, and a standalone "*" between words stands for one to three words ("the * company").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lib.extract.pattern_literals import WordGate
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation

_LATIN = re.compile(r"[A-Za-z]")
# A day's possessive stands where "the" does before a happening: "Thursday's launch" is the launch, "Yesterday's
# crackdown" the crackdown (the weekdays of date_words_en.csv, the one-word days of day_words_en.csv).
_DAYS = [*(word for kind, _, word in builtin_rules().date_words_en if kind == "weekday"),
         *(word for _, _, word in builtin_rules().day_words_en if word.isalpha())]
_POSSESSIVE_DAY = re.compile(rf"(?<![A-Za-z])(?i:{alternation(_DAYS)})['’]s(?=\s)")


def cue_alternation(cues: Iterable[str], articles: Iterable[str] = (), footnoted: bool = False) -> re.Pattern | None:
    """One case-blind pattern for any of ``cues`` (blank ones skipped), longer ones tried first; None if none.

    A cue ending in a Latin word may be followed by one of ``articles`` ("for" with "the": "for", "for the").
    ``footnoted``: a cue ending in a Latin word may carry a results release's footnote mark, one digit glued to
    it ("GMV1 in the twelve-month period", "monthly active users3").
    """
    cues = [cue for cue in cues if cue.strip()]
    if not cues:
        return None
    words = sorted((_cue_regex(article) for article in articles if article.strip()), key=len, reverse=True)
    article = rf"(?:\s+(?:{'|'.join(words)}))?" if words else ""
    patterns = sorted({_cue_regex(cue, footnoted) + (article if _LATIN.search(cue.split()[-1][-1]) else "")
                       for cue in cues}, key=len, reverse=True)
    # A lookahead for the cues' first characters passes over most places at one test, where the
    # engine would try every cue (a case-blind alternation of words has no prefix it can skip to).
    firsts = "".join(sorted({re.escape(cue.split()[0][0]) for cue in cues}))
    return re.compile(f"(?=[{firsts}])(?:{'|'.join(patterns)})", re.IGNORECASE)


# A word a standalone "*" of a cue stands for: "the * company" is "the Beijing-based company", "the
# Chinese search giant", "the world's largest contract chipmaker" (one to three words).
_ANY_WORDS = r"\s+(?:[\w'’.&-]+\s+){1,3}"


def _cue_regex(cue: str, footnoted: bool = False) -> str:
    """A literal cue; a space matches any run of spaces, Latin edges match whole words only; a
    standalone "*" between words stands for one to three words; ``footnoted``: a footnote digit may end it."""
    parts = cue.split()
    body = re.escape(parts[0])
    for before, part in zip(parts, parts[1:], strict=False):
        if part == "*":
            body += _ANY_WORDS
            continue
        between = "" if before == "*" else r"\s+" if _LATIN.search(before[-1]) and _LATIN.match(part) else r"\s*"
        body += between + re.escape(part)
    # A whole Latin word, which a Chinese character may touch ("伦交所IPO"): \b would take Han as a letter.
    start = r"(?<![A-Za-z0-9_])" if _LATIN.match(parts[0]) else ""
    end = ((r"\d?" if footnoted else "") + r"(?![A-Za-z0-9_])") if _LATIN.search(parts[-1][-1]) else ""
    return start + body + end


def described(cues: re.Pattern | None, titles: re.Pattern | None, flags: int = re.IGNORECASE) -> re.Pattern | None:
    """``cues``, each optionally followed by a short description that ends with one of ``titles``:
    "according to app analytics platform" (a few words), 据应用数据研究公司 (a few characters, title
    nouns may chain: 咨询 + 公司), "overtook its American rival", 超越美国巨头."""
    if cues is None or titles is None:
        return cues
    description = (rf"(?:\s+(?:[\w'’.-]+\s+){{0,3}}(?:{titles.pattern})"
                   rf"|(?:[^\W\d_]{{0,8}}?(?:{titles.pattern}))+)?")
    return re.compile(f"(?:{cues.pattern}){description}", flags)


def ends_right_before(pattern: re.Pattern | None, text: str, start: int, reach: int,
                      words: WordGate | None = None) -> bool:
    """Whether a match of ``pattern`` starting at most ``reach`` characters back ends at ``start``,
    spaces before ``start`` aside (the words right before a name). ``words``: ``stretch_gate(pattern)``."""
    while start and text[start - 1].isspace():
        start -= 1
    begin = max(0, start - reach)
    # A search of a long cue alternation costs up to 50 µs even over 30 characters (most of its cues open on
    # common letters); a pass for the words each match holds, over the same characters, ≈ 1.5 µs.
    if pattern is None or (words is not None and not words.may_match(text[begin:start])):
        return False
    if pattern.search(text, begin, start) is None:
        return False  # one search settles most names (no cue before them) without a match iterator
    return any(match.end() == start for match in pattern.finditer(text, begin, start))


def stretch_gate(pattern: re.Pattern | None) -> WordGate | None:
    """A ``WordGate`` that ``ends_right_before`` may ask of the stretch it searches, or None.

    A match found between two offsets lies between them, and so do its lookaheads (the search ends there);
    only a lookbehind's words could stand before the stretch, so a pattern with one gets no gate."""
    return None if pattern is None or "(?<=" in pattern.pattern else WordGate(pattern)


def not_before_de(pattern: re.Pattern | None, modifiers: str = "的") -> re.Pattern | None:
    """``pattern`` but not right before 的: "无数用户的使用习惯" has 用户 modify a noun, no subject of its own
    (nor before the other ``modifiers``: 世界首款, 中国区)."""
    return None if pattern is None else re.compile(f"(?:{pattern.pattern})(?![{modifiers}])", pattern.flags)


def possessive_days_as_the(text: str) -> str:
    """``text`` with each day's possessive ("Thursday's", "Yesterday’s") written as "the", same length: the
    happening it owns is taken up as "the launch" is."""
    return _POSSESSIVE_DAY.sub(lambda match: " " * (len(match.group()) - 3) + "the", text)
