"""Stock codes that name their company: "(688795.SH)", "股票代码：688795", "(HKG: 0700)", "NASDAQ: BIDU".

A listed company's code, written where the text tells a code (``lib/rules/stock_code_cues.csv``: an exchange
and a colon before it, an exchange suffix after it, a code word such as 股票代码 or 港股代码, or, for a ticker in
capitals, what is traded of it right after it: "BABA shares", BABA股价), is a mention of that company
(``lib/rules/stock_codes.csv``). A number anywhere else ("688795 units", 688795元, 代码2015年, "700 shares") is a
figure. A code right after its company's own name ("Baidu (NASDAQ: BIDU)", 阿里巴巴(09988-HK))
labels a firm already named and adds no mention; the exchange in such a label stays no company
(``other_names.is_ticker_label``).

Text is read in simplified characters (代碼 is 代码); offsets are those of the text given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from lib.first_characters import with_first_character_lookahead
from lib.rules.rule_file import literal_alternation
from lib.rules.stock_codes import StockCode, StockCodeCue

# The stretch before a code in which its company's name makes the code a label of that name:
# "Alibaba Group Holding Ltd (NYSE: BABA, HKEX: 9988)".
LABEL_REACH = 40
_CODE = r"(?P<code>\d{3,6}|[A-Z]{1,5})"
_OPEN_QUOTE = "“\"「『‘'"
# A bare code in brackets right after a short name: 友邦(1299), 中國銀行（３９８８）.
_BRACKETED_CODE = re.compile(r"[^\S\n]*[(（][^\S\n]*(?P<code>\d{3,6})[^\S\n]*[)）]")
# A number followed by one of these is an amount, a date or a count, not a code: 代码2015年, 1024个.
_FIGURE_AFTER = "年月日号万亿千百元个次位行条%"


class StockCodes:
    """The codes of ``codes`` whose company the gazetteer names (``companies``), found where a code is told."""

    def __init__(self, codes: Iterable[StockCode], cues: Iterable[StockCodeCue], companies: Iterable[str]) -> None:
        known = set(companies)
        self._by_code: dict[tuple[str, str], str] = {
            (code.exchange, _normal(code.exchange, code.code)): code.company for code in codes if code.company in known}
        self._exchanges = sorted({exchange for exchange, _ in self._by_code})
        cues = tuple(cues)
        self._exchange_of = {(cue.kind, _key(cue.kind, cue.word)): cue.exchange for cue in cues}
        self._patterns = _told_patterns(cues) if self._by_code else ()

    def mentions(self, text: str, matches: Sequence = ()) -> list[tuple[int, int, str]]:
        """``(start, end, company)`` of each code in ``text`` that names a company, less the codes that overlap
        one of the gazetteer's ``matches`` (with ``start``, ``end``, ``entity`` and ``company``) or label one
        of its names just before them."""
        named = [(match.start, match.end, match.company or match.entity) for match in matches]
        found = {}
        for kind, pattern, gate in self._patterns:
            if gate is not None and gate.search(text) is None:
                continue  # most articles tell no code: a search for what every match holds settles them
            for told in pattern.finditer(text):
                company = self._company(kind, told)
                start, end = told.span("code")
                if company and not _overlaps(start, end, named) and not _labels(company, start, named):
                    found[start, end] = company
        return [(start, end, company) for (start, end), company in sorted(found.items())]

    def follows_with_its_code(self, text: str, end: int, company: str) -> bool:
        """Whether a listing code of ``company`` stands bare in brackets right after ``end``: 友邦(1299),
        滙控(005), the Hong Kong and mainland press's label of a listed firm's short name. A short name that
        is an everyday word (友邦 "friendly nation") names the firm when its own code labels it."""
        told = _BRACKETED_CODE.match(text, end)
        if told is None:
            return False
        code = unicodedata.normalize("NFKC", told.group("code"))
        return any(self._by_code.get((exchange, _normal(exchange, code))) == company for exchange in self._exchanges)

    def _company(self, kind: str, told: re.Match) -> str:
        """The company a told code names, or ``""``: the code listed on the exchange its cue names (on any
        exchange when a code word names none)."""
        code = told.group("code")
        if kind == "code_word" and code.isdigit() and _is_figure_at(told.string, told.end()):
            return ""
        exchange = self._exchange_of.get((kind, _key(kind, told.group("cue"))), "")
        exchanges = (exchange,) if exchange else sorted({listed for listed, _ in self._by_code})
        return next((self._by_code[each, _normal(each, code)] for each in exchanges
                     if (each, _normal(each, code)) in self._by_code), "")


def _told_patterns(cues: Sequence[StockCodeCue]) -> tuple[tuple[str, re.Pattern, re.Pattern | None], ...]:
    """``(kind, pattern, gate)`` for each way of telling a code that has cues, each pattern with a ``cue`` and a
    ``code`` group; ``gate`` (or None) is a cheap search for a part of every match."""
    # Each pattern opens on a lookbehind, so the engine tries it at every character of an article; its
    # gate is a part the engine skips to (the colon, the dot and suffix). A case-blind alternation of
    # words has no such start: the code words go ungated.
    shapes = {
        "prefix": (r"(?<![A-Za-z])(?i:(?P<cue>{words}))[^\S\n]*[:：][^\S\n]*" + _CODE + r"(?![A-Za-z0-9])",
                   r"[:：]"),
        "suffix": (r"(?<![A-Za-z0-9.])" + _CODE + r"[.\-](?P<cue>{words})(?![A-Za-z0-9])",
                   r"[.\-](?:{words})(?![A-Za-z0-9])"),
        "code_word": ((r"(?<![A-Za-z源])(?i:(?P<cue>{words}))[^\S\n]*[:：为是]?[^\S\n]*[" + _OPEN_QUOTE + "]?"
                       + _CODE + r"(?![A-Za-z0-9])"), None),
        # A ticker in capitals right before what is traded of it ("BABA shares traded higher", BABA股价); a number
        # there is a count ("700 shares"), never a code.
        "noun": (r"(?<![A-Za-z0-9.])(?P<code>[A-Z]{2,5})[^\S\n]*(?P<cue>{words})(?![A-Za-z])",
                 r"(?:{words})(?![A-Za-z])"),
    }
    patterns = []
    for kind, (shape, gate) in shapes.items():
        words = literal_alternation(cue.word for cue in cues if cue.kind == kind)
        if words:
            # A lookahead for the characters a match opens on (``lib.first_characters``) passes over most
            # places at one test: the code words, ungated, took ≈ 0.1 ms an article, the exchanges ≈ 0.2.
            patterns.append((kind, with_first_character_lookahead(re.compile(shape.replace("{words}", words))),
                             re.compile(gate.replace("{words}", words)) if gate else None))
    return tuple(patterns)


def _is_figure_at(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is followed by a unit that makes it a figure (2015年, 1024个)."""
    return end < len(text) and text[end] in _FIGURE_AFTER


def _key(kind: str, word: str) -> str:
    """A cue word as looked up: a suffix as written (capitals), any other word lower-cased."""
    return word if kind == "suffix" else word.lower()


def _normal(exchange: str, code: str) -> str:
    """A code as compared: a Hong Kong code without its leading zeros (0700, 00700 and 700 are one)."""
    return code.lstrip("0") or "0" if exchange == "HKEX" and code.isdigit() else code


def _overlaps(start: int, end: int, named: Sequence[tuple[int, int, str]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end, _ in named)


def _labels(company: str, start: int, named: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the code follows a name of its own company closely enough to be its label."""
    return any(name == company and start - LABEL_REACH <= name_end <= start for _, name_end, name in named)
