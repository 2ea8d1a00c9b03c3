"""The article's company in focus and the one company a reference word stands for."""

from __future__ import annotations

import pytest

from lib.extract.company_in_focus import (
    companies_told,
    company_in_focus,
    context_company,
    leading_company,
    main_company,
)
from lib.extract.gazetteer import Gazetteer
from lib.rules import builtin_rules


@pytest.mark.parametrize(("previous", "main", "expected"), [
    (["ByteDance"], "Alibaba", ["ByteDance"]),
    (["OpenAI", "ByteDance"], "ByteDance", ["ByteDance"]),   # "the company" is one: the article's own
    (["OpenAI", "Google"], "ByteDance", ["OpenAI"]),         # else the first named
    ([], "ByteDance", ["ByteDance"]),
    ([], "", []),
])
def test_context_company(previous, main, expected):
    assert context_company(previous, main) == expected


def test_main_company_is_the_most_mentioned_and_the_first_on_a_tie():
    assert main_company([["Baidu", "Alibaba"], ["Alibaba"], [""]]) == "Alibaba"
    assert main_company([["Baidu", "Alibaba"]]) == "Baidu"
    assert main_company([]) == ""


@pytest.mark.parametrize(("companies_by_sentence", "expected"), [
    ([["JD.com"], ["JD.com"], ["JD.com", "Alibaba"]], "JD.com"),     # a rival named once: still about JD.com
    ([["Alibaba"]], "Alibaba"),
    ([["ByteDance", "Alibaba", "Tencent"], ["ByteDance"]], ""),      # several firms alike: none in focus
    ([["Baidu"], ["Alibaba"]], ""),
    ([[""], []], ""),
])
def test_company_in_focus_holds_most_mentions(companies_by_sentence, expected):
    assert company_in_focus(companies_by_sentence) == expected


@pytest.mark.parametrize(("companies_by_sentence", "expected"), [
    # Zhipu AI's funding (AD en2844): named in most sentences, the investor and rivals once or twice.
    ([["Zhipu AI", "Huafa Group"], ["Huafa Group", "Zhipu AI"], ["DeepSeek"], ["Zhipu AI"]], "Zhipu AI"),
    ([["Alibaba"]], "Alibaba"),
    ([["Huawei", "Nvidia"]], ""),                                     # a tie: no company leads
    ([["Baidu", "Alibaba"], ["Alibaba", "Baidu"]], ""),
    ([[""], []], ""),
])
def test_leading_company_is_mentioned_more_than_any_other(companies_by_sentence, expected):
    assert leading_company(companies_by_sentence) == expected


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(builtin_rules().gazetteer)


@pytest.mark.parametrize(("sentence", "expected"), [
    # A product beside its company's own name tells of the company once.
    ("DeepSeek released its R1 model on Friday.", ["DeepSeek"]),
    ("The ban hit Nvidia's H20 chips in April.", ["Nvidia"]),
    ("DeepSeek强调，V3的定价相较于R1要更低。", ["DeepSeek"]),
    ("英伟达H20晶片上月恢复对华销售。", ["Nvidia"]),
    ("英偉達H20晶片上月恢復對華銷售。", ["Nvidia"]),
    # A product alone still counts for its company; another firm's product beside a company counts for its own.
    ("Doubao topped the App Store charts on Monday.", ["ByteDance", "Apple"]),
    ("字节跳动的团队研发出一款性能可与英伟达H20相当的芯片。", ["ByteDance", "Nvidia"]),
    ("ByteDance wants to buy more H20 chips.", ["ByteDance", "Nvidia"]),
    ("字節跳動想採購更多H20晶片。", ["ByteDance", "Nvidia"]),
])
def test_a_product_beside_its_company_is_told_once(gazetteer, sentence, expected):
    assert companies_told(gazetteer.names(sentence)) == expected
