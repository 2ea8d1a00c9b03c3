"""A company speaking of itself says "we", "our", 我们: a dated sentence with that subject is the company's.

A results release or an executive's words ("In the first half of 2022, our Smart Auto and Smart Life
segments saw substantial growth", "With the digitalization of industries accelerating, our Smart City
segment recovered as of June", SenseTime's interim results) name no company: the first person is the
article's company. Only as the subject, also past a period or a leading adverbial: inside a sentence
"our lives", 我们的生活 are everyone's.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_attribution import _events

_EN = ("Baidu reported its interim results.", "Analysts were surprised.")
_ZH = ("百度发布了中期业绩。", "市场反应平淡。")
_ZT = ("百度發佈了中期業績。", "市場反應平淡。")


@pytest.mark.parametrize(("sentences", "expected"), [
    ([*_EN, "In the first half of 2023, our cloud segment grew 60%."],
     [("the first half of 2023", "Baidu", "context")]),
    ([*_EN, "We delivered 10,000 robotaxi rides in October 2023."], [("October 2023", "Baidu", "context")]),
    ([*_EN, "With demand recovering, our advertising and cloud businesses grew again in June 2023."],
     [("June 2023", "Baidu", "context")]),
    ([*_ZH, "2023年上半年，我们的智能云业务增长了60%。"], [("2023年上半年", "Baidu", "context")]),
    ([*_ZH, "随着需求回暖，我们的广告业务在2023年6月恢复增长。"], [("2023年6月", "Baidu", "context")]),
    ([*_ZT, "2023年上半年，我們的智慧雲業務增長了60%。"], [("2023年上半年", "Baidu", "context")]),
    ([*_ZT, "隨著需求回暖，我們的廣告業務在2023年6月恢復增長。"], [("2023年6月", "Baidu", "context")]),
    # Class (an executive's quote after its speaker: 'Chen added, "We believe … and improve our margins in the
    # second half of 2022."'; seen in G): the quote's first person is the company's.
    ([*_EN, 'Li added, "We expect our cloud margins to improve in the second half of 2024."'],
     [("the second half of 2024", "Baidu", "context")]),
    ([*_EN, 'The chief executive said: "Our robotaxi fleet doubled in October 2023."'],
     [("October 2023", "Baidu", "context")]),
    ([*_ZH, "李彦宏在电话会上表示：“我们的智能云业务在2023年第四季度实现了盈利。”"],
     [("2023年第四季度", "Baidu", "context")]),
    ([*_ZT, "李彥宏在電話會上表示：「我們的智慧雲業務在2023年第四季度實現了盈利。」"],
     [("2023年第四季度", "Baidu", "context")]),
    # ... not a first person inside the quote, nor a quote of someone's life.
    ([*_EN, 'An analyst added, "The pandemic changed our lives in 2020."'], []),
    ([*_ZH, "一位分析师表示：“2020年，疫情改变了我们的生活。”"], []),
    # Inside a sentence the first person is everyone's, not the company's.
    ([*_EN, "The pandemic changed our lives in 2020."], []),
    ([*_EN, "Prices rose faster than we feared in March 2020."], []),
    ([*_ZH, "2020年，疫情改变了我们的生活。"], []),
    ([*_ZT, "2020年，疫情改變了我們的生活。"], []),
    # A leading adverbial leaves the subject to the words after it: a market's figures stay no event.
    ([*_EN, "With demand recovering, smartphone shipments grew again in June 2023."], []),
    ([*_ZH, "随着需求回暖，全国手机出货量在2023年6月恢复增长。"], []),
])
def test_a_company_speaking_of_itself_is_the_article_s_company(sentences, expected):
    assert _events(*sentences) == expected
