"""attribution_pairs: which of a clause's companies each date goes with (the clauses themselves and the
whole sentences: test_attribution)."""

from __future__ import annotations

import pytest

from lib.extract.attribution_pairs import Named, company_runs, nearest_with_companies, paired_companies


def _named(sentence: str, *companies: str) -> list[Named]:
    """Each company at its first place in ``sentence``."""
    return [Named(sentence.index(name), sentence.index(name) + len(name), name) for name in companies]


def _dates(sentence: str, *words: str) -> list[tuple[int, int]]:
    return [(sentence.index(word), sentence.index(word) + len(word)) for word in words]


def _joins(gap: str) -> bool:
    return gap.strip() in ("and", ",", "和", "、")


@pytest.mark.parametrize(("sentence", "companies", "dates", "expected"), [
    # coordinated lists of the same length pair respectively
    ("Baidu and Alibaba launched models in March and April", ("Baidu", "Alibaba"), ("March", "April"),
     ["Baidu", "Alibaba"]),
    ("百度和阿里巴巴分别于3月、4月发布模型", ("百度", "阿里巴巴"), ("3月", "4月"), ["百度", "阿里巴巴"]),
    # each date after its own company; the date before the first company pairs with nothing
    ("It said on Friday that WeChat from September 20 and TikTok from November 12 would be banned",
     ("WeChat", "TikTok"), ("Friday", "September 20", "November 12"), [None, "WeChat", "TikTok"]),
    # not lists: a gap that joins nothing
    ("Baidu, unlike Alibaba, launched models in March and April", ("Baidu", "Alibaba"), ("March", "April"), None),
    # one company, or as many dates as companies but not in lists
    ("Baidu launched models in March and April", ("Baidu",), ("March", "April"), None),
])
def test_paired_companies(sentence, companies, dates, expected):
    assert paired_companies(sentence, _dates(sentence, *dates), _named(sentence, *companies), _joins) == expected


def test_company_runs_merge_consecutive_mentions_of_one_company():
    named = [Named(0, 5, "Baidu"), Named(10, 15, "Baidu"), Named(20, 27, "Alibaba"), Named(30, 35, "Baidu")]
    assert company_runs(list(reversed(named))) == [("Baidu", 0, 15), ("Alibaba", 20, 27), ("Baidu", 30, 35)]


@pytest.mark.parametrize(("index", "later_first", "expected"), [
    (1, False, 1),  # its own clause
    (2, False, 1),  # the earlier on a tie
    (2, True, 3),  # a fronted date: the clause after it
    (0, False, 1),
])
def test_nearest_with_companies(index, later_first, expected):
    baidu = [Named(0, 5, "Baidu")]
    in_clause = [[], baidu, [], baidu]
    assert nearest_with_companies(index, in_clause, later_first=later_first) == expected


def test_no_clause_names_a_company():
    assert nearest_with_companies(0, [[], []]) is None
