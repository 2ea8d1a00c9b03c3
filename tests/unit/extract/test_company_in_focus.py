"""The article's company in focus and the one company a reference word stands for."""

from __future__ import annotations

import pytest

from lib.extract.company_in_focus import context_company, main_company


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
