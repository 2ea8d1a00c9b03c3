"""The article's company in focus and the one company a reference word stands for."""

from __future__ import annotations

import pytest

from lib.extract.company_in_focus import company_in_focus, context_company, main_company


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
