"""stock_codes.csv and stock_code_cues.csv: each row a company, a known exchange and a code of capitals or
digits; each cue a known kind, a word and the exchange it names; anything else is a warning naming the line."""

from __future__ import annotations

from lib.rules import builtin_rules
from lib.rules.rule_file import RuleWarning
from lib.rules.stock_codes import StockCode, StockCodeCue, parse_stock_code_cues, parse_stock_codes


def test_code_rows_need_a_known_exchange_and_a_code():
    warnings: list[RuleWarning] = []
    text = ("company,exchange,code\nBaidu,NASDAQ,BIDU\nBaidu,LSE,BIDU\nBaidu,NASDAQ,bidu\n,HKEX,9888\n"
            "Tencent,HKEX,07-00\n")
    assert parse_stock_codes(text, warnings) == [StockCode("Baidu", "NASDAQ", "BIDU")]
    assert [warning.line for warning in warnings] == [3, 4, 5, 6]


def test_cue_rows_need_a_known_kind_and_an_exchange_unless_a_code_word():
    warnings: list[RuleWarning] = []
    text = "kind,word,exchange\nprefix,NYSE,NYSE\ncode_word,股票代码,\nprefix,NYSE,\nsuffix,HK,HKG\nlabel,HK,HKEX\n"
    assert parse_stock_code_cues(text, warnings) == [StockCodeCue("prefix", "NYSE", "NYSE"),
                                                     StockCodeCue("code_word", "股票代码", "")]
    assert [warning.line for warning in warnings] == [4, 5, 6]


def test_the_built_in_files_name_gazetteer_companies_once_per_listing():
    companies = {entry.entity for entry in builtin_rules().gazetteer if entry.kind == "company"}
    codes = builtin_rules().stock_codes
    assert StockCode("Moore Threads", "SSE", "688795") in codes
    assert {code.company for code in codes} <= companies
    assert len({(code.exchange, code.code) for code in codes}) == len(codes)
    assert not [warning for warning in builtin_rules().warnings if "stock_code" in warning.source]
