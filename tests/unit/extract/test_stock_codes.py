"""Stock codes told as codes name their listed company (``lib/extract/stock_codes.py``), in English,
simplified and traditional Chinese; a number that is a figure, or a code that labels the name just before
it, adds no company.

Sentences are written as the press writes them (listing-day copy, results releases, market wraps); none is
copied from a test set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.realnews import load_excerpts
from lib.extract.gazetteer import Gazetteer
from lib.extract.stock_codes import StockCodes
from lib.parse.script import to_simplified
from lib.rules import load_rules
from lib.rules.stock_codes import StockCode, StockCodeCue

RULES = load_rules()
GAZETTEER = Gazetteer(RULES.gazetteer)


def named(text: str) -> list[tuple[str, str]]:
    """(surface text, entity) of every company the gazetteer finds, in order."""
    return [(match.alias, match.entity) for match in GAZETTEER.find(text) if match.kind == "company"]


# (text, companies found): the code alone names the firm.
CODES = [
    # English
    ("Shares of the GPU maker (688795.SH) opened 468% above the offer price.", [("688795", "Moore Threads")]),
    ("The Hang Seng Tech index rose as 9988.HK gained 4% and 0700.HK added 2%.",
     [("9988", "Alibaba"), ("0700", "Tencent")]),
    ("The stock (HKG: 0700) closed at a three-year high.", [("0700", "Tencent")]),
    ("U.S.-listed shares (NASDAQ: BIDU) slipped 2% in premarket trading.", [("BIDU", "Baidu")]),
    ("The ADRs (NYSE:BABA) fell after the announcement.", [("BABA", "Alibaba")]),
    ("The carmaker, which trades under the ticker LI, delivered 50,000 cars.", [("LI", "Li Auto")]),
    ("BABA.N fell 3% while BIDU.O rose 1%.", [("BABA", "Alibaba"), ("BIDU", "Baidu")]),
    # A ticker right before what is traded of it (AL en3617: "BABA shares traded higher by 5% … Monday")
    ("- Price Action: BABA shares traded higher by 5% in the premarket session.", [("BABA", "Alibaba")]),
    ("BIDU stock fell 2% on Monday.", [("BIDU", "Baidu")]),
    # simplified Chinese
    ("该公司股票代码：688795，发行价为114.28元/股。", [("688795", "Moore Threads")]),
    ("港股代码09988当日收涨2.3%。", [("09988", "Alibaba")]),
    ("（00700.HK）股价收涨1.5%。", [("00700", "Tencent")]),
    ("12月5日，代码“688795”首次亮起。", [("688795", "Moore Threads")]),
    ("当日（02513.HK）开盘报120港元。", [("02513", "Zhipu AI")]),
    ("BABA股价周一盘前上涨5%。", [("BABA", "Alibaba")]),
    # traditional Chinese
    ("股票代碼：688795，於科創板掛牌。", [("688795", "Moore Threads")]),
    ("當日代碼「688795」首次亮起。", [("688795", "Moore Threads")]),
    ("港股代碼01810昨日收漲。", [("01810", "Xiaomi")]),
    ("BIDU股價週一下跌2%。", [("BIDU", "Baidu")]),
]


@pytest.mark.parametrize(("text", "expected"), CODES)
def test_a_code_told_as_a_code_names_its_company(text, expected):
    assert named(text) == expected


# Near misses: a figure, a code labelling the name before it, a code no row lists, an exchange as a label.
NOT_CODES = [
    ("The plant will make 688795 units a year.", []),
    ("募资总额为688795元。", []),
    ("该项目的源代码：2015年开源。", []),
    ("开源代码2015年发布。", []),
    ("当日摩尔线程（688795）涨425%。", [("摩尔线程", "Moore Threads")]),
    ("Baidu, Inc. (NASDAQ: BIDU and HKEX: 9888) today announced results.", [("Baidu", "Baidu")]),
    ("阿里巴巴(09988-HK)今日于港交所主板挂牌。",
     [("阿里巴巴", "Alibaba"), ("港交所", "Hong Kong Exchanges and Clearing")]),
    ("騰訊控股（00700.HK）昨日公佈業績。", [("騰訊", "Tencent")]),
    ("Shares of Zhihu (NYSE: ZH) fell.", [("Zhihu", "Zhihu")]),
    ("The index closed at 9988 points.", []),
    ("股票代码：600519，当日收涨。", []),
    # A number before "shares" is a count; capitals no row lists, or a code labelling its name, name nothing more.
    ("He bought 700 shares on Monday.", []),
    ("AI shares rallied while US stock futures slipped.", []),
    ("Alibaba's BABA shares rose 3%.", [("Alibaba", "Alibaba")]),
    ("买入700股票后，AI股价大涨。", []),
]


@pytest.mark.parametrize(("text", "expected"), NOT_CODES)
def test_a_figure_or_a_label_adds_no_company(text, expected):
    assert named(text) == expected


def test_hong_kong_codes_are_read_without_leading_zeros_and_exchanges_must_agree():
    codes = StockCodes([StockCode("Tencent", "HKEX", "0700"), StockCode("Baidu", "NASDAQ", "BIDU")],
                       [StockCodeCue("prefix", "HKG", "HKEX"), StockCodeCue("prefix", "NYSE", "NYSE"),
                        StockCodeCue("suffix", "HK", "HKEX")],
                       ["Tencent", "Baidu"])
    assert codes.mentions("(HKG: 700) and 00700.HK") == [(6, 9, "Tencent"), (15, 20, "Tencent")]
    assert codes.mentions("(NYSE: BIDU)") == []


def test_a_code_of_a_company_the_gazetteer_lacks_names_nothing():
    codes = StockCodes([StockCode("Moore Threads", "SSE", "688795")], [StockCodeCue("suffix", "SH", "SSE")], [])
    assert codes.mentions(to_simplified("(688795.SH)")) == []


def _texts() -> list[str]:
    """Every real-news excerpt, seed article and row above, simplified as the gazetteer reads them."""
    seeds = Path(__file__).resolve().parents[3] / "seeds"
    texts = [f"{e.title}\n{e.text}" for e in load_excerpts()]
    texts += [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    texts += [text for text, _ in CODES + NOT_CODES]
    return [to_simplified(text) for text in texts]


@pytest.mark.parametrize("kind", ["prefix", "suffix", "noun"])
def test_a_gate_lets_through_every_text_its_pattern_matches(kind):
    """A way of telling a code is tried only on texts its gate finds: the gate never passes over a told code."""
    texts = _texts()
    assert len(texts) > 500
    for told, pattern, gate in GAZETTEER._codes._patterns:
        if told == kind and gate is not None:
            assert [text for text in texts if pattern.search(text) and not gate.search(text)] == []
            assert any(pattern.search(text) for text in texts)  # the set does tell codes this way


def test_the_lookahead_for_first_characters_changes_no_match():
    """Each way of telling a code, opening on a lookahead for its first characters, matches what it matches
    as written, with the same groups, in every text of the real-news set."""
    import re

    from lib.extract.stock_codes import _told_patterns
    from lib.rules import builtin_rules

    texts = [to_simplified(f"{e.title}\n{e.text}") for e in load_excerpts()]
    for _, pattern, _ in _told_patterns(tuple(builtin_rules().stock_code_cues)):
        written = re.compile(pattern.pattern.removeprefix(pattern.pattern[:pattern.pattern.find(")(?:") + 4])[:-1]
                             if pattern.pattern.startswith("(?=") else pattern.pattern, pattern.flags)
        assert written.pattern != pattern.pattern or not pattern.pattern.startswith("(?=")
        assert [[(m.span(), m.groupdict()) for m in pattern.finditer(t)] for t in texts] == [
            [(m.span(), m.groupdict()) for m in written.finditer(t)] for t in texts]
