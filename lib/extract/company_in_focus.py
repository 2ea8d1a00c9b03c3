"""The company an article is about, and the one a reference word ("the company", "it", 该公司, 其) stands for.

A sentence that refers to a company without naming it takes the company of the sentence before, else
the article's most mentioned company. "The company" is one company, so when the sentence before
names several, the article's main company is taken if it is among them, else the first named.

An article is focused on one company when that company holds most of its mentions (``FOCUS_SHARE``): a
figure it tells without a name ("This year's tally was 33% higher") is that company's; an article about
several firms alike ("ByteDance, Alibaba, Tencent and Baidu …") has no company in focus.

A product counts for its company ("Doubao" for ByteDance), but not again in a sentence that names the company
itself: "DeepSeek released its R1 model" tells of DeepSeek once, as "DeepSeek released a model" does, so an
article that names a firm's products beside it is not tallied as more about that firm than one that does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

# The share of an article's company mentions its main company must hold for the article to be about it:
# two of three leaves room for a rival named once or twice ("to rival Alibaba's Singles' Day").
FOCUS_SHARE = 2 / 3


def companies_told(mentions: Sequence) -> list[str]:
    """One sentence's mentions (``company`` and ``kind`` each) as the companies to tally: a product's company
    once, not again where the sentence names the company by its own name."""
    named = {mention.company for mention in mentions if mention.kind == "company"}
    return [mention.company for mention in mentions if mention.kind == "company" or mention.company not in named]


def main_company(companies_by_sentence: Iterable[Sequence[str]]) -> str:
    """The most mentioned company (one count per mention), the first named on a tie; "" if none."""
    return _most_mentioned(_mention_counts(companies_by_sentence))


def _mention_counts(companies_by_sentence: Iterable[Sequence[str]]) -> Counter:
    """Mentions per company, in the order the companies are first named."""
    return Counter(company for companies in companies_by_sentence for company in companies if company)


def _most_mentioned(counts: Counter) -> str:
    if not counts:
        return ""
    most = max(counts.values())
    return next(company for company in counts if counts[company] == most)


def leading_company(companies_by_sentence: Iterable[Sequence[str]]) -> str:
    """The main company when it is mentioned more often than any other; "" on a tie or when none is named."""
    counts = _mention_counts(companies_by_sentence).most_common(2)
    return counts[0][0] if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]) else ""


def company_in_focus(companies_by_sentence: Iterable[Sequence[str]]) -> str:
    """The main company when it holds at least ``FOCUS_SHARE`` of the mentions; "" when none does."""
    counts = _mention_counts(companies_by_sentence)
    main = _most_mentioned(counts)
    return main if main and counts[main] >= FOCUS_SHARE * sum(counts.values()) else ""


def context_company(previous: Sequence[str], main: str) -> list[str]:
    """The one company a reference word stands for, given the sentence before's companies."""
    if not previous:
        return [main] if main else []
    return [main] if main in previous else [previous[0]]
