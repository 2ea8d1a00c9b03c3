"""A figure of a company's report or sales event, told in a sentence that names no company, is the company in focus's.

An article about one company's shopping festival or results goes on with its figures and drops the name:
"This year's tally was 33% higher than last year's", "the total GMV this year is almost double",
"shares worth HKD 1.9 billion have been repurchased within 2025", "As for the Q4 guidance, the forecast is
muted", 今年的成交额较去年增长三成. The figure
is the company's only when the article is about it (it holds most of the company mentions), never in an
article about several firms alike, nor when the figure is a market's or a country's ("China's online sales",
全国汽车销售额, 两市成交额, "Retail sales rose"). The second sentence of each row names nothing and tells no
figure, so the figure sentence follows no sentence about a company (Chinese would go on with the topic then).
"""

from __future__ import annotations

import pytest

from lib.extract.focus_figures import FocusFigures
from lib.rules import load_rules
from tests.unit.extract.test_attribution import _events

FIGURES = FocusFigures(load_rules().company_references)

_EN = ("Alibaba's annual shopping festival set a record.", "Shoppers were out in force.")
_ZH = ("阿里巴巴的年度购物节再创纪录。", "消费者热情高涨。")
_ZT = ("阿里巴巴的年度購物節再創紀錄。", "消費者熱情高漲。")
_SEVERAL_EN = ("Alibaba, Tencent and ByteDance all held sales events.", "Shoppers were out in force.")
_SEVERAL_ZH = ("阿里巴巴、腾讯和字节跳动都举办了促销活动。", "消费者热情高涨。")
_SEVERAL_ZT = ("阿里巴巴、騰訊和字節跳動都舉辦了促銷活動。", "消費者熱情高漲。")


@pytest.mark.parametrize(("sentences", "expected"), [
    # JD.com's 618 (CNBC-style report, 2020-06, paraphrased): "This year's tally was 33% higher than last year's"
    ([*_EN, "This year's tally was 12% higher than last year's."],
     [("This year", "Alibaba", "context"), ("last year", "Alibaba", "context")]),
    # Singles Day (a trade weekly, 2020-11, paraphrased): "the total GMV this year is almost double last year's"
    ([*_EN, "Online shopping has grown as the total GMV this year is almost double that of 2023."],
     [("this year", "Alibaba", "context"), ("2023", "Alibaba", "context")]),
    # A results call's minutes (2025-08, paraphrased): "… shares have been repurchased within 2025",
    # "Starting from Q1 2026, quarterly and annual GMV data will no longer be disclosed".
    (["Kuaishou held its results call.", "Investors listened closely.",
      "About HKD 1.9 billion worth of shares have been repurchased since January 2024."],
     [("January 2024", "Kuaishou", "context")]),
    (["Kuaishou held its results call.", "Investors listened closely.",
      "Starting from 2025, quarterly and annual GMV data will no longer be disclosed."],
     [("2025", "Kuaishou", "context")]),
    ([*_EN, "Gross merchandise volume reached a record in January 2024."], [("January 2024", "Alibaba", "context")]),
    # Class (a results release's footnote mark glued to its figure word, "GMV1 in the twelve-month period ended
    # December 31, 2019 was RMB1,006.6 billion"; seen in Q): the figure is still the company's.
    ([*_EN, "GMV1 in the twelve-month period ended December 31, 2023 was RMB2.1 trillion."],
     [("the twelve-month period ended December 31, 2023", "Alibaba", "context")]),
    ([*_ZH, "截至2023年12月31日止十二个月的GMV1为2.1万亿元。"], [("2023年12月31日止十二个月", "Alibaba", "context")]),
    ([*_ZH, "今年的成交额较2023年增长三成。"], [("今年", "Alibaba", "context"), ("2023年", "Alibaba", "context")]),
    ([*_ZH, "2024年1月的GMV几乎是2023年同期的两倍。"],
     [("2024年1月", "Alibaba", "context"), ("2023年同期", "Alibaba", "context")]),
    (["快手召开业绩会。", "市场反应平淡。", "2024年1月以来累计回购股份19亿港元。"],
     [("2024年1月", "Kuaishou", "context")]),
    ([*_ZT, "今年的成交額較2023年增長三成。"], [("今年", "Alibaba", "context"), ("2023年", "Alibaba", "context")]),
    ([*_ZT, "2024年1月的交易額幾乎是2023年同期的兩倍。"],
     [("2024年1月", "Alibaba", "context"), ("2023年同期", "Alibaba", "context")]),
    (["快手召開業績會。", "市場反應平淡。", "2024年1月以來累計回購股份19億港元。"],
     [("2024年1月", "Kuaishou", "context")]),
    # The sales event taken up by its edition (a daily's report on Double 11, 2022-11, paraphrased: "This year's
    # festival featured over 290,000 brands"): the event the article is about.
    ([*_EN, "This year's festival featured over 290,000 brands."], [("This year", "Alibaba", "context")]),
    ([*_EN, "Last year's edition ended on November 11, 2023."],
     [("Last year", "Alibaba", "context"), ("November 11, 2023", "Alibaba", "context")]),
    ([*_ZH, "今年的购物节吸引了29万个品牌参与。"], [("今年", "Alibaba", "context")]),
    # Class (the edition told by what the company runs in it: "Unlike previous years …, this year's activities
    # started from 1 November"; seen in N): the sales event the article is about.
    ([*_EN, "Unlike earlier editions, this year's activities started from 1 November."],
     [("this year", "Alibaba", "context"), ("1 November", "Alibaba", "context")]),
    ([*_EN, "Last year's campaign ran until November 11, 2023."],
     [("Last year", "Alibaba", "context"), ("November 11, 2023", "Alibaba", "context")]),
    ([*_ZH, "与往年不同，今年的促销活动从11月1日就开始了。"],
     [("今年", "Alibaba", "context"), ("11月1日", "Alibaba", "context")]),
    ([*_ZT, "與往年不同，今年的促銷活動從11月1日就開始了。"],
     [("今年", "Alibaba", "context"), ("11月1日", "Alibaba", "context")]),
    # ... never in an article about several firms alike.
    ([*_SEVERAL_EN, "Unlike earlier editions, this year's activities started from 1 November."], []),
    ([*_SEVERAL_ZH, "与往年不同，今年的促销活动从11月1日就开始了。"], []),
    ([*_ZT, "今年的購物節吸引了29萬個品牌參與。"], [("今年", "Alibaba", "context")]),
    # A company's forecast of its own figures, named by what it forecasts or the period it covers (a trade site on
    # SMIC's results, 2024-11, paraphrased: "As for the Q4 guidance, however, the forecast is relatively muted").
    (["Kuaishou reported record revenue.", "Investors cheered.",
      "As for the Q4 guidance, however, the forecast is muted."], [("Q4", "Kuaishou", "context")]),
    ([*_EN, "Meanwhile, the full-year guidance for 2024 was left unchanged."], [("2024", "Alibaba", "context")]),
    ([*_EN, "Analysts expect the revenue guidance to imply growth of 5% from January 2024."],
     [("January 2024", "Alibaba", "context")]),
    (["快手公布了季度业绩。", "市场反应平淡。", "对于2024年第一季度的业绩指引，预测相对保守。"],
     [("2024年第一季度", "Kuaishou", "context")]),
    ([*_ZH, "此外，2024年全年指引维持不变。"], [("2024年", "Alibaba", "context")]),
    (["快手公佈了季度業績。", "市場反應平淡。", "對於2024年第一季度的業績指引，預測相對保守。"],
     [("2024年第一季度", "Kuaishou", "context")]),
    ([*_ZT, "此外，2024年全年指引維持不變。"], [("2024年", "Alibaba", "context")]),
    # Class (the market as the audience a company's figures are told to or measured against, no subject of its
    # own: "GMV will still be disclosed for Q3, Q4, and the annual report of 2025, providing the market with an
    # adaptation period"; seen in N, and beside named companies in A, D, E, G, H, J, M): still the company's.
    ([*_EN, "GMV will still be disclosed for 2024, providing the market with a transition period."],
     [("2024", "Alibaba", "context")]),
    ([*_EN, "The tally for January 2024 was well ahead of the market expectation."],
     [("January 2024", "Alibaba", "context")]),
    (["百度发布了季度业绩。", "2024年第二季度广告收入同比增长15%，超市场预期。"],
     [("2024年第二季度", "Baidu", "context")]),
    (["百度發布了季度業績。", "2024年第二季度廣告收入同比增長15%，超市場預期。"],
     [("2024年第二季度", "Baidu", "context")]),
    # ... but the market as the subject is still a market's figure.
    ([*_EN, "In January 2024 the market's GMV grew 5%, providing retailers with a lift."], []),
    (["百度发布了季度业绩。", "2024年第二季度，广告市场规模同比增长15%。"], []),
    (["百度發布了季度業績。", "2024年第二季度，廣告市場規模同比增長15%。"], []),
    # ... not a regulator's guidance (its own act: no company), nor guidance in an article about several firms.
    ([*_EN, "The ministry issued new guidance on generative AI in March 2024."], []),
    ([*_SEVERAL_EN, "Meanwhile, the full-year guidance for 2024 was left unchanged."], []),
    ([*_ZH, "2024年3月，有关部门发布了生成式人工智能指引。"], [("2024年3月", "", "text")]),
    ([*_ZT, "2024年3月，有關部門發布了生成式人工智慧指引。"], [("2024年3月", "", "text")]),
    ([*_SEVERAL_ZH, "此外，2024年全年指引维持不变。"], []),
    # ... not a holiday of its own ("This year's Spring Festival" is the date, and nobody's event).
    ([*_EN, "This year's Spring Festival travel rush saw 9 billion trips."], []),
    # Class (split R): a maker's shipments abroad told as its export volume ("The export volume of new energy vehicle
    # was at 100,482 units for the month of January"), 出口量; not a country's.
    (["Xiaomi's car sales fell in January 2024.", "Dealers were cautious.",
      "The export volume was 100,482 units for the month of January 2024."],
     [("January 2024", "Xiaomi", "text"), ("January 2024", "Xiaomi", "context")]),
    (["小米汽车2024年1月销量下滑。", "经销商态度谨慎。", "2024年1月的出口量为10万辆。"],
     [("2024年1月", "Xiaomi", "text"), ("2024年1月", "Xiaomi", "context")]),
    (["小米2024年1月銷量下滑。", "經銷商態度謹慎。", "2024年1月的出口量為10萬輛。"],
     [("2024年1月", "Xiaomi", "text"), ("2024年1月", "Xiaomi", "context")]),
    (["Xiaomi's car sales fell in January 2024.", "Dealers were cautious.",
      "China's export volume of cars rose 5% in January 2024."], [("January 2024", "Xiaomi", "text")]),
    (["小米汽车2024年1月销量下滑。", "经销商态度谨慎。", "2024年1月，中国汽车出口量增长5%。"],
     [("2024年1月", "Xiaomi", "text")]),
    # Class (split S, a daily on JD's 618: "The turnover made on June 18 alone represented around a 30 percent
    # increase"): "turnover", the English of 成交额, is the sales event's figure as GMV is; market turnover is not.
    ([*_EN, "The turnover made on November 11, 2023 alone rose 30 percent."],
     [("November 11, 2023", "Alibaba", "context")]),
    ([*_ZH, "仅2023年11月11日的成交额就增长了三成。"], [("2023年11月11日", "Alibaba", "context")]),
    ([*_ZT, "僅2023年11月11日的成交額就增長了三成。"], [("2023年11月11日", "Alibaba", "context")]),
    ([*_EN, "Market turnover on November 11, 2023 hit HK$100 billion."], []),
    ([*_EN, "Turnover on the main board reached HK$100 billion on November 11, 2023."], []),
    # Class (an amount set against a stated period, whatever it counts, going on from a sentence about the company:
    # "Total orders increased by 33% year over year to 147.8 million from 111.3 million in Q2 2018", "202 million
    # average monthly active users in the fourth quarter of 2020, a 55 percent increase over the same period in
    # 2019"; seen in V and Y): the company in focus's figure.
    ([_EN[0], "Total orders rose 20% to 52 million from 43.3 million in Q2 2023."],
     [("Q2 2023", "Alibaba", "context")]),
    ([_EN[0], "Paying users reached 30 million in the fourth quarter of 2023, a 25 percent increase over the same "
              "period in 2022."],
     [("the fourth quarter of 2023", "Alibaba", "context"), ("the same period in 2022", "Alibaba", "context")]),
    ([_ZH[0], "订单量达到5200万单，较2023年第二季度增长20%。"], [("2023年第二季度", "Alibaba", "context")]),
    ([_ZT[0], "訂單量達到5200萬單，比2023年第二季度增長20%。"], [("2023年第二季度", "Alibaba", "context")]),
    # ... not going on from a sentence about no company (a daily on phone shipments in China: "非中國品牌的手機2024年11
    # 月在中國境內的出貨量為304萬台，比起2023年同期大幅減少47.4%" opening the article; seen in V), nor an amount the
    # sentence does not tell.
    ([*_EN, "Foreign brands shipped 2.1 million phones in May 2023, down 30% from 3 million in May 2022."], []),
    ([*_EN, "Total orders rose 20% to 52 million from 43.3 million in Q2 2023."], []),
    ([*_ZH, "外资品牌的手机出货量为300万台，较2023年第二季度减少20%。"], []),
    ([*_ZT, "外資品牌的手機出貨量為300萬台，比2023年第二季度減少20%。"], []),
    ([_EN[0], "Orders picked up compared with the second quarter of 2023."], []),
    # ... nor in an article about several firms alike.
    ([_SEVERAL_EN[0], "Total orders rose 20% to 52 million from 43.3 million in Q2 2023."], []),
    # ... not in an article about several firms alike: no company is in focus.
    ([*_SEVERAL_EN, "This year's tally was 12% higher than last year's."], []),
    ([*_SEVERAL_EN, "The turnover made on November 11, 2023 alone rose 30 percent."], []),
    ([*_SEVERAL_EN, "This year's festival featured over 290,000 brands."], []),
    ([*_SEVERAL_ZH, "今年的成交额较2023年增长三成。"], []),
    ([*_SEVERAL_ZT, "今年的成交額較2023年增長三成。"], []),
    # ... nor a market's or a country's figure, nor a dated sentence that tells no figure.
    ([*_EN, "China's online sales rose 8% in January 2024."], []),
    ([*_EN, "Retail sales rose 5% in January 2024, the statistics bureau said."], []),
    ([*_EN, "The weather in January 2024 was unusually cold."], []),
    ([*_ZH, "2024年1月，两市成交额明显放大。"], []),
    ([*_ZH, "2024年1月，全国网上商品成交额增长8%。"], []),
    ([*_ZH, "2024年1月，天气异常寒冷。"], []),
    ([*_ZT, "2024年1月，兩市成交額明顯放大。"], []),
    ([*_ZT, "2024年1月，全國網上商品成交額增長8%。"], []),
    # ... nor with no company named anywhere.
    (["Shoppers were out in force.", "This year's tally was 12% higher than last year's."], []),
    (["消费者热情高涨。", "今年的成交额较2023年增长三成。"], []),
])
def test_a_figure_of_the_company_in_focus_is_its(sentences, expected):
    assert _events(*sentences) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("This year's tally was 12% higher", True),
    ("the total GMV this year", True),
    ("今年的成交额较去年增长三成", True),
    ("全国汽车销售额增长5%", False),      # a market's scope
    ("两市成交额明显放大", False),
    ("Retail sales rose 5%", False),
    ("Revenue rose 5% in the quarter", False),   # a results word refers only as the first words ("^" lines)
    ("The weather was cold", False),
    ("The turnover made on June 18 alone", True),
    ("Market turnover hit HK$100 billion", False),   # a market's scope
    ("GMV1 in the twelve-month period", True),   # a footnote mark on the figure word
    ("GMV2024 was a code name", False),          # more than one digit is no footnote mark
    ("the GMVX platform", False),
    ("As for the Q4 guidance, the forecast is muted", True),
    ("第四季度业绩指引相对保守", True),
    ("The regulator issued guidance on AI", False),   # guidance alone: a regulator gives it too
])
def test_figure_words_and_market_scopes(text, expected):
    assert FIGURES.tells(text) is expected
