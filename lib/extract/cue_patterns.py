"""Cues of the rule files as regular expressions: literal words, any case, spaces and "*" wildcards."""

from __future__ import annotations

import re
from collections.abc import Iterable

_LATIN = re.compile(r"[A-Za-z]")


def alternation(cues: Iterable[str]) -> re.Pattern | None:
    cues = [cue for cue in cues if cue.strip()]
    if not cues:
        return None
    patterns = sorted({cue_regex(cue) for cue in cues}, key=len, reverse=True)
    # A lookahead for the cues' first characters passes over most places at one test, where the
    # engine would try every cue (a case-blind alternation of words has no prefix it can skip to).
    firsts = "".join(sorted({re.escape(cue.split()[0][0]) for cue in cues}))
    return re.compile(f"(?=[{firsts}])(?:{'|'.join(patterns)})", re.IGNORECASE)


# A word a standalone "*" of a cue stands for: "the * company" is "the Beijing-based company", "the
# Chinese search giant", "the world's largest contract chipmaker" (one to three words).
_ANY_WORDS = r"\s+(?:[\w'’.&-]+\s+){1,3}"


def cue_regex(cue: str) -> str:
    """A literal cue; a space matches any run of spaces, Latin edges match whole words only; a
    standalone "*" between words stands for one to three words."""
    parts = cue.split()
    body = re.escape(parts[0])
    for before, part in zip(parts, parts[1:], strict=False):
        if part == "*":
            body += _ANY_WORDS
            continue
        between = "" if before == "*" else r"\s+" if _LATIN.search(before[-1]) and _LATIN.match(part) else r"\s*"
        body += between + re.escape(part)
    start = r"\b" if _LATIN.match(parts[0]) else ""
    end = r"\b" if _LATIN.search(parts[-1][-1]) else ""
    return start + body + end
