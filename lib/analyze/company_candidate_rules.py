"""The rules that discover company names: patterns tried around their anchor words, and name words.

``lib/rules/company_patterns.csv`` holds the expressions that name an organisation (``X Inc``,
``X公司``), each with the anchor words it needs; ``lib/rules/company_name_words.csv`` the words
around a name (filler before it, places, legal suffixes, generic words). A bad line is reported in
``CandidateRules.problems`` and skipped.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, alternation, csv_rows, read_rule_text
from lib.text_script import HAN_CHARACTER as _HAN

PATTERNS_FILE = "company_patterns.csv"
WORDS_FILE = "company_name_words.csv"
LANGUAGES = ("en", "zh")
ROLES = ("before", "place", "suffix", "generic")
# How far a pattern looks around one of its anchors (characters before and after).
WINDOW_BEFORE, WINDOW_AFTER = 120, 40


@dataclass(frozen=True)
class Pattern:
    """One discovery pattern, tried only around its anchor words."""

    language: str
    anchors: tuple[str, ...]
    regex: re.Pattern

    def segments(self, text: str) -> list[tuple[int, int]]:
        """Merged ``(start, end)`` windows around the anchors found in ``text``."""
        hits = list(_automaton(self.anchors).iter(text))
        if len(hits) * (WINDOW_BEFORE + WINDOW_AFTER) >= len(text):
            return [(0, len(text))] if hits else []  # dense anchors: one pass over the whole text
        windows: list[tuple[int, int]] = []
        for last, length in hits:
            start = max(0, last + 1 - length - WINDOW_BEFORE)
            start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), 0) if start else 0
            end = min(len(text), last + 1 + WINDOW_AFTER)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            else:
                windows.append((start, end))
        return windows

    def finditer(self, text: str):
        for start, end in self.segments(text):
            yield from self.regex.finditer(text, start, end)


@dataclass(frozen=True)
class CandidateRules:
    """The discovery patterns and name words, as read from the rule files."""

    patterns: tuple[Pattern, ...]
    before_en: frozenset[str]
    before_zh: re.Pattern
    places: tuple[str, ...]
    suffixes: tuple[str, ...]
    generic: frozenset[str]
    version: str
    problems: tuple[str, ...] = ()


def load_candidate_rules(rules_dir: str | Path = BUILTIN_RULES_DIR,
                         stopwords_en: Iterable[str] = ()) -> CandidateRules:
    """The rules of ``rules_dir``; a bad line is reported in ``problems`` and skipped."""
    texts = [read_rule_text(Path(rules_dir) / name) for name in (PATTERNS_FILE, WORDS_FILE)]
    warnings: list[RuleWarning] = []
    problems: list[str] = []
    patterns = []
    for number, row in csv_rows(texts[0], PATTERNS_FILE, ("language", "anchors", "pattern"), warnings):
        try:
            pattern = re.compile(row["pattern"])
        except re.error as error:
            problems.append(f"{PATTERNS_FILE} line {number}: bad pattern: {error}")
            continue
        anchors = tuple(a for a in row["anchors"].split("|") if a)
        if row["language"] not in LANGUAGES or "name" not in pattern.groupindex or not anchors:
            problems.append(f"{PATTERNS_FILE} line {number}: needs language en or zh, anchors and a group named name")
            continue
        patterns.append(Pattern(row["language"], anchors, pattern))
    words: dict[str, list[str]] = {role: [] for role in ROLES}
    for number, row in csv_rows(texts[1], WORDS_FILE, ("role", "word"), warnings):
        if row["role"] in ROLES and row["word"]:
            words[row["role"]].append(row["word"])
        else:
            problems.append(f"{WORDS_FILE} line {number}: role must be one of {', '.join(ROLES)}")
    problems += [f"{warning.source} line {warning.line}: {warning.message}" for warning in warnings]
    digest = hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16]
    return CandidateRules(
        patterns=tuple(patterns),
        before_en=frozenset(w.casefold() for w in words["before"] if not _HAN.search(w))
        | frozenset(w.casefold() for w in stopwords_en),
        before_zh=re.compile(alternation(sorted({w for w in words["before"] if _HAN.search(w)}, key=len,
                                                reverse=True))),
        places=tuple(sorted(words["place"], key=len, reverse=True)),
        suffixes=tuple(sorted(words["suffix"], key=len, reverse=True)),
        generic=frozenset(w.casefold() for w in words["generic"]),
        version=digest,
        problems=tuple(problems),
    )


@functools.lru_cache(maxsize=32)
def _automaton(anchors: tuple[str, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for anchor in anchors:
        automaton.add_word(anchor, len(anchor))
    automaton.make_automaton()
    return automaton
