"""Where the words around an alias make it name no party: an exchange in a ticker, the head of
another firm's name, a word that holds the alias.

* A listing's ticker names its exchange as a label: "Baidu (NASDAQ: BIDU, HKEX: 9888)", "(NYSE:
  BABA)", "百度（纳斯达克：BIDU）", "（港交所代码：9888）". An alias followed by a colon and a ticker
  code names no company; the listing company is the one named (the exchange acting, "HKEX approved
  the listing", is named as any company is).
* "Nasdaq-listed Trip.com", "an NYSE-listed rival": an exchange made an adjective of the listed firm
  labels it as a ticker does; the exchange is named when it acts or is where a firm lists ("listed
  on the Nasdaq", 在纳斯达克上市).
* English press spells Chinese names in pinyin, and two firms share a syllable: "Zhipu Robotics" is a
  robot maker, not Zhipu AI. An English alias followed by a capitalised word that heads a firm's name
  in a line of business (``lib/rules/firm_heads.txt``) names another firm, unless the gazetteer knows
  the alias's company in that business (an alias of it or of its products or subsidiaries holds a
  word of the line: Unitree Robotics, 长城汽车), as it does for "Geely Motors".
* Chinese has no spaces, so a short alias stands inside the words around it: 南京东路 "Nanjing East
  Road" holds 京东, 三星期 "three weeks" holds 三星 (``lib/rules/not_names.txt``). An alias lying
  inside such a word names no firm.
* A bank's name before a building's noun names the building (中国银行大厦, "Bank of China Tower",
  ``lib/rules/building_nouns.txt``): a place, not the bank.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lib.extract.pattern_literals import BranchGate
from lib.parse.script import to_simplified
from lib.rules import builtin_rules
from lib.rules.gazetteer import GazetteerEntry
from lib.rules.rule_file import literal_alternation

# After the exchange: an optional word announcing a code (the code words of stock_code_cues.csv, or
# "code"), a colon, the ticker (letters or digits, maybe a market suffix: 9988.HK, 300750.SZ), then
# the next ticker, the bracket that closes the listing or one that opens a counter's name ("00700(港币柜台)").
_CODE_WORDS = literal_alternation([*(cue.word for cue in builtin_rules().stock_code_cues if cue.kind == "code_word"),
                                   "code"])
_TICKER_LABEL = re.compile(r"[^\S\n]*(?:(?i:" + _CODE_WORDS + r"))?[^\S\n]*[:：][^\S\n]*"
                           r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?[^\S\n]*(?:[,，;；、/()（）和及与]|and\b)")
# The exchange written as a ticker's suffix inside the listing's bracket, as ".HK" is: "滴滴(DIDI.NYSE)",
# "(BABA.NYSE, 9988.HK)".
_SUFFIX_BEFORE = re.compile(r"[(（][^\S\n]*[A-Z0-9]{1,6}\.\Z")
_SUFFIX_AFTER = re.compile(r"[^\S\n]*(?:[,，;；、/)）]|and\b)")
_LISTED_ADJECTIVE = re.compile(r"[-\u2010\u2011]listed(?![A-Za-z])", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_BANK_WORD = re.compile(r"(?<![A-Za-z])bank(?![A-Za-z])", re.IGNORECASE)


def is_ticker_label(text: str, start: int, end: int) -> bool:
    """Whether the alias at ``text[start:end]`` labels a ticker ("NASDAQ: BIDU)", "(DIDI.NYSE)") or a listed
    firm ("Nasdaq-listed"), naming no party."""
    return (_TICKER_LABEL.match(text, end) is not None or _LISTED_ADJECTIVE.match(text, end) is not None
            or (_SUFFIX_BEFORE.search(text, max(0, start - 10), start) is not None
                and _SUFFIX_AFTER.match(text, end) is not None))


class FirmHeads:
    """The heads of firms' names by line of business, and the lines each company is known in."""

    def __init__(self, entries: Iterable[GazetteerEntry], lines: Sequence[Sequence[str]]) -> None:
        self._heads = {word: number for number, words in enumerate(lines) for word in words if word.isascii()}
        self._known: dict[str, set[int]] = {}
        for entry in entries:
            for alias in entry.aliases:
                core = alias.strip().lstrip('="').rstrip('"')
                tokens = set(_LATIN_WORD.findall(core))
                for number, words in enumerate(lines):
                    if any(word in tokens if word.isascii() else word in core for word in words):
                        self._known.setdefault(entry.company, set()).add(number)
        heads = literal_alternation(self._heads)
        self._after = re.compile(rf"[^\S\n]+({heads})(?![A-Za-z0-9])") if heads else None

    def names_another_firm(self, text: str, end: int, alias: str, company: str) -> bool:
        """Whether the English ``alias`` of ``company`` ending at ``end`` heads another firm's name."""
        if self._after is None or not company or not alias[-1:].isascii() or not alias[-1:].isalnum():
            return False
        head = self._after.match(text, end)
        return head is not None and self._heads[head.group(1)] not in self._known.get(company, ())


class BankBuildings:
    """The banks among the gazetteer's companies and the nouns of a building named after one."""

    def __init__(self, entries: Iterable[GazetteerEntry], nouns: Iterable[str]) -> None:
        self._banks = frozenset(entry.entity for entry in entries
                                if entry.kind == "company" and any(map(_says_bank, entry.aliases)))
        chinese = [to_simplified(noun) for noun in nouns if not noun.isascii()]
        latin = [noun for noun in nouns if noun.isascii()]
        parts = ([literal_alternation(chinese)] if chinese else []) + (
            [rf"[^\S\n]+(?:{literal_alternation(latin)})(?![A-Za-z0-9])"] if latin else [])
        self._after = re.compile("|".join(f"(?:{part})" for part in parts)) if parts else None

    def names_a_building(self, text: str, end: int, entity: str) -> bool:
        """Whether the alias of ``entity`` ending at ``end`` is a bank's name heading a building's."""
        return self._after is not None and entity in self._banks and self._after.match(text, end) is not None


def _says_bank(alias: str) -> bool:
    """Whether an alias calls its company a bank: 汇丰银行, "Bank of China"."""
    return "银行" in to_simplified(alias) or _BANK_WORD.search(alias) is not None


class NotNames:
    """The words that hold a firm's alias and name no firm, found in a text."""

    def __init__(self, words: Iterable[str]) -> None:
        ordered = sorted({to_simplified(word) for word in words}, key=len, reverse=True)
        parts = [_whole_words(word) if word.isascii() else re.escape(word) for word in ordered]
        # The words' lookbehinds keep the engine from skipping ahead, and it tries every word at each
        # character: a text is searched for the words whose letters it holds (one pass), of the
        # alternation only theirs ("strategy" lets "Digital China strategy" run, not "land grab").
        self._words = BranchGate(parts, re.IGNORECASE) if parts else None

    def spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """Where the words stand in ``text`` (the simplified copy the aliases are matched on)."""
        pattern = self._words.pattern(text) if self._words is not None else None
        if pattern is None:
            return ()
        return tuple(found.span() for found in pattern.finditer(text))


def lies_inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the alias at ``start:end`` lies inside one of ``spans``."""
    return any(left <= start and end <= right for left, right in spans)


def _whole_words(phrase: str) -> str:
    """A Latin phrase as a pattern: whole words, any run of spaces between them."""
    words = r"\s+".join(map(re.escape, phrase.split()))
    return rf"(?<![A-Za-z0-9]){words}(?![A-Za-z0-9])"
