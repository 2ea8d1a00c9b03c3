"""Load ``stock_codes.csv`` (the exchange codes of the listed companies the gazetteer holds) and
``stock_code_cues.csv`` (the words around a code that say it is one)."""

from __future__ import annotations

from dataclasses import dataclass

from lib.rules.rule_file import RuleWarning, csv_rows

_SOURCE = "lib/rules/stock_codes.csv"
_CUES_SOURCE = "lib/rules/stock_code_cues.csv"
CUE_KINDS = ("prefix", "suffix", "code_word", "noun")
EXCHANGES = ("HKEX", "SSE", "SZSE", "NASDAQ", "NYSE", "TWSE")


@dataclass(frozen=True)
class StockCode:
    """One listing: ``company`` trades as ``code`` on ``exchange``."""

    company: str
    exchange: str
    code: str


def parse_stock_codes(text: str, warnings: list[RuleWarning]) -> list[StockCode]:
    """The rows of ``stock_codes.csv``; a row with an unknown exchange or a code that is not capitals or
    digits is a warning naming its line."""
    codes = []
    for number, row in csv_rows(text, _SOURCE, ("company", "exchange", "code"), warnings):
        company, exchange, code = row["company"], row["exchange"], row["code"]
        if not company or exchange not in EXCHANGES or not _is_code(code):
            warnings.append(RuleWarning(_SOURCE, number, f"expected a company, an exchange of {', '.join(EXCHANGES)} "
                                        "and a code of capitals or digits"))
            continue
        codes.append(StockCode(company, exchange, code))
    return codes


def _is_code(code: str) -> bool:
    return code.isascii() and (code.isdigit() or (code.isalpha() and code.isupper()))


@dataclass(frozen=True)
class StockCodeCue:
    """A word that tells a code: an exchange before it (``prefix``) or after it (``suffix``), or a code word;
    ``exchange`` is the exchange it names, blank when it names none."""

    kind: str
    word: str
    exchange: str


def parse_stock_code_cues(text: str, warnings: list[RuleWarning]) -> list[StockCodeCue]:
    """The rows of ``stock_code_cues.csv``; an unknown kind or exchange, or an exchange word naming no
    exchange, is a warning naming its line."""
    cues = []
    for number, row in csv_rows(text, _CUES_SOURCE, ("kind", "word", "exchange"), warnings):
        kind, word, exchange = row["kind"], row["word"], row["exchange"]
        needs_exchange = kind not in ("code_word", "noun")
        if (kind not in CUE_KINDS or not word or (exchange and exchange not in EXCHANGES)
                or (needs_exchange and not exchange)):
            warnings.append(RuleWarning(_CUES_SOURCE, number, f"expected a kind of {', '.join(CUE_KINDS)}, a word "
                                        "and an exchange (blank only on a code word)"))
            continue
        cues.append(StockCodeCue(kind, word, exchange))
    return cues
