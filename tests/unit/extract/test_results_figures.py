"""A results report's figure sentence names no company: its figures are the article's company's.

"Additionally, cash and cash equivalents were RMB284.9 billion as of June 30, 2024", "As of June 30,
cash and short-term investments stood at …", "截至6月30日，现金储备…", "The New York-listed shares were
up 0.6% on Thursday": a figure word opens the sentence past a connective, a period or a source. A
market's or a country's figures ("Meanwhile, industry revenue grew", 行业整体营收, 中国外汇储备) are not.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_attribution import _events

_EN = ("Alibaba reported its results.", "Analysts were surprised.")
_ZH = ("阿里巴巴发布了财报。", "市场反应平淡。")
_ZT = ("阿里巴巴發佈了財報。", "市場反應平淡。")


@pytest.mark.parametrize(("sentences", "expected"), [
    # PDD's results (Futu, 2024-08-26, paraphrased): "Additionally, cash, cash equivalents and short-term
    # investments were RMB284.9 billion (US$39.2 billion) as of June 30, 2024"
    ([*_EN, "Additionally, cash, cash equivalents and short-term investments were RMB284.9 billion "
            "as of June 30, 2024."], [("June 30, 2024", "Alibaba", "context")]),
    ([*_EN, "As of June 30, 2024, cash and cash equivalents stood at RMB500 billion."],
     [("June 30, 2024", "Alibaba", "context")]),
    ([*_EN, "Meanwhile, free cash flow rose 10% in the fourth quarter of 2023."],
     [("the fourth quarter of 2023", "Alibaba", "context")]),
    ([*_EN, "Diluted earnings per share were $2.10 in the fourth quarter of 2023."],
     [("the fourth quarter of 2023", "Alibaba", "context")]),
    # Zhihu's Hong Kong debut (2022-04-22, paraphrased): "The New York-listed shares were up 0.6 per cent on Thursday"
    (["Kuaishou debuted in Hong Kong.", "The New York-listed shares were up 0.6 per cent on January 4, 2024."],
     [("January 4, 2024", "Kuaishou", "context")]),
    # Margins and losses are figures as profits are, also past what they leave out ("Excluding
    # share-based compensation charges, non-GAAP income from operations increased …", a results release).
    ([*_EN, "- Operating margin was 18% for the fourth quarter of 2023."],
     [("the fourth quarter of 2023", "Alibaba", "context")]),
    ([*_EN, "Excluding one-off items, net loss narrowed to RMB1.2 billion in the fourth quarter of 2023."],
     [("the fourth quarter of 2023", "Alibaba", "context")]),
    ([*_EN, "Excluding share-based compensation, income from operations rose 30% in the fourth quarter of 2023."],
     [("the fourth quarter of 2023", "Alibaba", "context")]),
    ([*_ZH, "剔除汇率影响，营业利润率于2023年第四季度升至18%。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZH, "净亏损于2023年第四季度收窄至12亿元。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZT, "剔除匯率影響，營業利益率於2023年第四季度升至18%。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZT, "稅後純益於2023年第四季度增長20%。"], [("2023年第四季度", "Alibaba", "context")]),
    # Capital expenditure told on the company's call (SCMP on Tencent's results, 2025-03-20: "Capital investment in
    # the fourth quarter nearly quadrupled year on year to 36.6 billion yuan …, the executive said"); not capital
    # spending summed over a market.
    ([*_EN, "Capital investment in the fourth quarter of 2024 nearly quadrupled year on year to 36.6 billion yuan."],
     [("the fourth quarter of 2024", "Alibaba", "context")]),
    ([*_EN, "Capex rose to $10.7 billion in 2024, from $3.4 billion a year earlier."],
     [("2024", "Alibaba", "context"), ("a year earlier", "Alibaba", "context")]),
    ([*_ZH, "资本开支于2024年第四季度同比增长近三倍。"], [("2024年第四季度", "Alibaba", "context")]),
    ([*_ZT, "資本支出於2024年第四季度按年增長近三倍。"], [("2024年第四季度", "Alibaba", "context")]),
    ([*_EN, "Capital spending by Chinese tech giants rose 40% in 2024."], []),
    ([*_ZH, "中国科技行业的资本开支于2024年增长四成。"], []),
    # ... not a market's figures past what they leave out, nor a margin a subject of its own owns.
    ([*_EN, "Excluding China, smartphone shipments fell 3% in the fourth quarter of 2023."], []),
    ([*_EN, "The industry's operating margin fell to 5% in 2023."], []),
    ([*_ZH, "剔除价格因素，全国社会消费品零售总额于2023年第四季度增长5%。"], []),
    ([*_ZT, "剔除價格因素，全國社會消費品零售總額於2023年第四季度增長5%。"], []),
    # A demonstrative takes up the figure of the sentence before (Li Auto's results, CnEVPost, 2023-05,
    # paraphrased: "That's up 96.55 percent from a year ago and up 6.46 percent from the fourth quarter"):
    # the company before's, and no event when the sentence before was about a market.
    (["Alibaba reported revenue of RMB200 billion for the fourth quarter of 2023.",
      "That's up 5% from the fourth quarter of 2022."],
     [("the fourth quarter of 2023", "Alibaba", "text"), ("the fourth quarter of 2022", "Alibaba", "context")]),
    (["Alibaba reported revenue of RMB200 billion for the fourth quarter of 2023.",
      "The figure was down 3% from the third quarter of 2023."],
     [("the fourth quarter of 2023", "Alibaba", "text"), ("the third quarter of 2023", "Alibaba", "context")]),
    (["阿里巴巴2023年第四季度营收2000亿元。", "这一数字较2022年第四季度增长5%。"],
     [("2023年第四季度", "Alibaba", "text"), ("2022年第四季度", "Alibaba", "context")]),
    (["阿里巴巴2023年第四季度營收創新高。", "這一數字較2022年第四季度增長5%。"],
     [("2023年第四季度", "Alibaba", "text"), ("2022年第四季度", "Alibaba", "context")]),
    ([_EN[0], "China's car sales rose to 2 million in March 2024.", "That's up 10% from March 2023."], []),
    ([_ZH[0], "2024年3月，中国汽车销量达200万辆。", "这一数字较2023年3月增长10%。"], []),
    ([_ZT[0], "2024年3月，中國汽車銷量達200萬輛。", "這一數字較2023年3月增長10%。"], []),
    # Per-share figures told as net income per ADS (JD.com's results, 2021-08, paraphrased: "Diluted net
    # income per ADS was 0.50 Chinese yuan compared to 10.47 Chinese yuan for the second quarter of 2020"),
    # and the Chinese for sales (SMIC's results, 2020-11: 期內銷售額增加主要由於需求強勁; 營業額 in Hong Kong).
    ([*_EN, "Diluted net income per ADS was RMB0.50, compared to RMB10.47 for the second quarter of 2023."],
     [("the second quarter of 2023", "Alibaba", "context")]),
    ([*_EN, "Basic earnings per share rose to $1.20 in the fourth quarter of 2023."],
     [("the fourth quarter of 2023", "Alibaba", "context")]),
    ([*_ZH, "销售额于2023年第四季度增长12%，主要由于需求强劲。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZH, "每股摊薄收益于2023年第四季度增长10%。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZT, "銷售額於2023年第四季度增加12%，主要由於平均售價上升。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZT, "營業額於2023年第四季度按年升8%。"], [("2023年第四季度", "Alibaba", "context")]),
    # ... only as the first words: a market's sales or per-share figures are its own.
    ([*_EN, "Industry-wide diluted net income fell 4% in 2023."], []),
    ([*_ZH, "2024年3月，全国汽车销售额增长5%。"], []),
    ([*_ZT, "2024年3月，全國汽車銷售額增長5%。"], []),
    # "这个数字", "that number": the figure before taken up, as 这一数字 is (Huawei, 2023-09, paraphrased:
    # "2020年它的消费者业务营收达到4830亿元的峰值，一年后这个数字锐减一半").
    (["Alibaba reported revenue of RMB200 billion for the fourth quarter of 2023.",
      "That number was up 5% from the fourth quarter of 2022."],
     [("the fourth quarter of 2023", "Alibaba", "text"), ("the fourth quarter of 2022", "Alibaba", "context")]),
    (["阿里巴巴2023年第四季度营收2000亿元。", "这个数字较2022年第四季度增长5%。"],
     [("2023年第四季度", "Alibaba", "text"), ("2022年第四季度", "Alibaba", "context")]),
    (["阿里巴巴2023年第四季度營收創新高。", "這個數字較2022年第四季度增長5%。"],
     [("2023年第四季度", "Alibaba", "text"), ("2022年第四季度", "Alibaba", "context")]),
    ([_EN[0], "China's car sales rose to 2 million in March 2024.", "That number was up 10% from March 2023."], []),
    ([_ZH[0], "2024年3月，中国汽车销量达200万辆。", "这个数字较2023年3月增长10%。"], []),
    ([_ZT[0], "2024年3月，中國汽車銷量達200萬輛。", "這個數字較2023年3月增長10%。"], []),
    # "This figure" takes up the figure before as "the figure" and 这一数字 do, also past a contrast that goes on
    # from it (XPeng's May deliveries, 2023-06, paraphrased: "XPeng reported delivering 7,506 EVs in May … However,
    # this figure represents a 25.9% decrease compared to May 2022"; 不过，本季度游戏业务毛利率…).
    (["Alibaba reported revenue of RMB200 billion for the fourth quarter of 2023.",
      "However, this figure represents a 5% decrease compared to the fourth quarter of 2022."],
     [("the fourth quarter of 2023", "Alibaba", "text"), ("the fourth quarter of 2022", "Alibaba", "context")]),
    (["Alibaba reported revenue of RMB200 billion for the fourth quarter of 2023.",
      "That figure was up 5% from the fourth quarter of 2022."],
     [("the fourth quarter of 2023", "Alibaba", "text"), ("the fourth quarter of 2022", "Alibaba", "context")]),
    (["阿里巴巴2023年第四季度营收2000亿元。", "不过，这一数字较2022年第四季度下降5%。"],
     [("2023年第四季度", "Alibaba", "text"), ("2022年第四季度", "Alibaba", "context")]),
    (["阿里巴巴2023年第四季度營收創新高。", "不過，這一數字較2022年第四季度下降5%。"],
     [("2023年第四季度", "Alibaba", "text"), ("2022年第四季度", "Alibaba", "context")]),
    # In an article about one company a definite noun takes it up already; about several, only the take-up does.
    (["Baidu reported 6,155 new subscribers in May 2023.", "Alibaba reported 7,506 new subscribers in May 2023.",
      "However, this figure represents a 25.9% decrease compared to May 2022."],
     [("May 2023", "Baidu", "text"), ("May 2023", "Alibaba", "text"), ("May 2022", "Alibaba", "context")]),
    (["Baidu reported 6,155 new subscribers in May 2023.", "Alibaba reported 7,506 new subscribers in May 2023.",
      "This figure was down 25.9% from May 2022."],
     [("May 2023", "Baidu", "text"), ("May 2023", "Alibaba", "text"), ("May 2022", "Alibaba", "context")]),
    # ... the company before's only: after a market's figure, none; and a figure word not first is no take-up.
    ([_EN[0], "China's car sales rose to 2 million in March 2024.",
      "However, this figure represents a 3% decrease compared to March 2023."], []),
    ([_EN[0], "China's car sales rose to 2 million in March 2024.", "Analysts called this figure weak in April 2024."],
     []),
    ([_ZH[0], "2024年3月，中国汽车销量达200万辆。", "不过，这一数字较2023年3月下降3%。"], []),
    ([_ZT[0], "2024年3月，中國汽車銷量達200萬輛。", "不過，這一數字較2023年3月下降3%。"], []),
    # A platform's user and buyer counts are a release's figures as its revenue is ("• Active buyers in the
    # twelve-month period ended December 31, 2020 were 788.4 million"); a count "of" a market is not.
    ([*_EN, "• Active buyers in the twelve-month period ended December 31, 2023 were 900 million."],
     [("the twelve-month period ended December 31, 2023", "Alibaba", "context")]),
    ([*_EN, "Monthly active users reached 950 million in December 2023."],
     [("December 2023", "Alibaba", "context")]),
    ([*_EN, "Monthly active users of China's shopping apps reached 950 million in December 2023."], []),
    ([*_ZH, "年活跃买家于2023年12月达到9亿。"], [("2023年12月", "Alibaba", "context")]),
    ([*_ZH, "月活跃用户于2023年12月达到9.5亿。"], [("2023年12月", "Alibaba", "context")]),
    ([*_ZT, "年活躍買家於2023年12月達到9億。"], [("2023年12月", "Alibaba", "context")]),
    ([*_ZT, "月活躍用戶於2023年12月達到9.5億。"], [("2023年12月", "Alibaba", "context")]),
    # Net revenue heads the figures of platforms' and travel agents' releases (Ctrip's results, 2019-09, paraphrased:
    # "Net revenue increased by 19% year-over-year to RMB8.7 billion in the second quarter of 2019"); not "of" a market.
    ([*_EN, "Net revenue increased by 19% to RMB8.7 billion in the fourth quarter of 2023."],
     [("the fourth quarter of 2023", "Alibaba", "context")]),
    ([*_EN, "- Total net revenues reached RMB2.6 billion in the fourth quarter of 2023."],
     [("the fourth quarter of 2023", "Alibaba", "context")]),
    ([*_EN, "Net revenues of the travel industry rose 5% in the fourth quarter of 2023."], []),
    # Sales "of" a kind of goods are a market's (CPCA data, 2024-07, paraphrased: "Sales of new energy vehicles … in
    # China accounted for 46.7 percent of total auto sales in May"); a company's sales open the sentence bare.
    ([*_EN, "Sales of new energy vehicles in China rose 5% in the fourth quarter of 2023."], []),
    ([*_EN, "Sales rose 5% in the fourth quarter of 2023."], [("the fourth quarter of 2023", "Alibaba", "context")]),
    ([*_ZH, "2023年第四季度，中国新能源汽车销售额增长5%。"], []),
    ([*_ZT, "2023年第四季度，中國新能源汽車銷售額增長5%。"], []),
    ([*_ZH, "净收入于2023年第四季度同比增长19%。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZT, "淨營收於2023年第四季度按年增長19%。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZH, "2023年第四季度，全国旅游业净收入增长5%。"], []),
    # A market's or a country's figures are not the company's.
    ([*_EN, "Additionally, China's GDP grew 5% in 2023."], []),
    ([*_EN, "Meanwhile, industry revenue grew 3% in the fourth quarter of 2023."], []),
    ([*_EN, "As of June 30, 2024, the country's foreign reserves stood at $3.2 trillion."], []),
    (["Kuaishou debuted in Hong Kong.", "The region's tech shares fell on January 4, 2024."], []),
    ([*_EN, "Cash-strapped local governments cut spending in 2023."], []),
    ([*_ZH, "截至2024年6月30日，现金储备为5000亿元。"], [("2024年6月30日", "Alibaba", "context")]),
    ([*_ZH, "此外，经营现金流于2023年第四季度增长20%。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZH, "每股收益于2023年第四季度增长10%。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZH, "此外，行业整体营收于2023年第四季度增长3%。"], []),
    ([*_ZH, "截至2024年6月30日，中国外汇储备为3.2万亿美元。"], []),
    ([*_ZT, "截至2024年6月30日，現金儲備為5000億元。"], [("2024年6月30日", "Alibaba", "context")]),
    ([*_ZT, "此外，經營現金流於2023年第四季度增長20%。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZT, "每股收益於2023年第四季度增長10%。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZT, "此外，行業整體營收於2023年第四季度增長3%。"], []),
    ([*_ZT, "截至2024年6月30日，中國外匯儲備為3.2萬億美元。"], []),
    # Two figures told together after "Both" (Bilibili's results, AJ en3406: "Both MAUs and DAUs reached record high in
    # the fourth quarter"): the first opens the sentence, as it does in Chinese (月活和日活均…); not a market's.
    ([*_EN, "Both MAUs and DAUs reached record highs in the fourth quarter of 2023."],
     [("the fourth quarter of 2023", "Alibaba", "context")]),
    ([*_EN, "Both China's and India's smartphone shipments grew in the fourth quarter of 2023."], []),
    ([*_ZH, "月活跃用户和日活跃用户均于2023年第四季度创新高。"], [("2023年第四季度", "Alibaba", "context")]),
    ([*_ZT, "月活躍用戶和日活躍用戶均於2023年第四季度創新高。"], [("2023年第四季度", "Alibaba", "context")]),
])
def test_a_figure_sentence_of_a_results_report_is_the_company_s(sentences, expected):
    assert _events(*sentences) == expected


_Q2 = "Alibaba's revenue rose in the second quarter of 2023."


@pytest.mark.parametrize(("sentences", "expected"), [
    # A figure told by the period in focus ("for the quarter", "the same period last year", "from a year
    # ago", 本季度, 去年同期) goes on with the results report, past a heading or a sentence naming nothing.
    ([_Q2, "Vehicle deliveries for the quarter were 23,520."],
     [("the second quarter of 2023", "Alibaba", "text"), ("the quarter", "Alibaba", "context")]),
    ([_Q2, "Operating margin was 21%, compared to 16% in the same period last year."],
     [("the second quarter of 2023", "Alibaba", "text"), ("the same period last year", "Alibaba", "context")]),
    ([_Q2, "That's up 96 percent from a year ago."],
     [("the second quarter of 2023", "Alibaba", "text"), ("a year ago", "Alibaba", "context")]),
    # No period in focus before, or a subject of its own (a country, an industry): not the report's.
    (["Alibaba reported its results.", "Vehicle deliveries for the quarter were 23,520."], []),
    ([_Q2, "China's car sales rose 5% from the same period last year."],
     [("the second quarter of 2023", "Alibaba", "text")]),
    ([_Q2, "Industry revenue for the quarter fell 3%."], [("the second quarter of 2023", "Alibaba", "text")]),
    # Class (issue 9, F en402, Y en2314): a stock index named by its kind or its name is a market's gauge.
    ([_Q2, "The A-share humanoid robot concept index has also climbed nearly 50% over the same period."],
     [("the second quarter of 2023", "Alibaba", "text")]),
    ([_Q2, "The Hang Seng Tech Index fell 5% from the same period last year."],
     [("the second quarter of 2023", "Alibaba", "text")]),
    ([_Q2, "Its shares fell 5% from the same period last year, lagging the Hang Seng Index."],
     [("the second quarter of 2023", "Alibaba", "text"), ("the same period last year", "Alibaba", "context")]),
    (["阿里巴巴发布2023年第二季度财报。", "恒生科技指数较去年同期下跌5%。"], [("2023年第二季度", "Alibaba", "text")]),
    (["阿里巴巴發佈2023年第二季度財報。", "恒生科技指數較去年同期下跌5%。"], [("2023年第二季度", "Alibaba", "text")]),
    (["阿里巴巴发布2023年第二季度财报。", "股价较去年同期跑输恒生指数5%。"],
     [("2023年第二季度", "Alibaba", "text"), ("去年同期", "Alibaba", "context")]),
    (["腾讯发布2023年第二季度财报。", "一、云与AI协同", "To B业务本季度收入549亿元。"],
     [("2023年第二季度", "Tencent", "text"), ("本季度", "Tencent", "context")]),
    (["腾讯发布2023年第二季度财报。", "一、云与AI协同", "To B业务收入较去年同期增长15%。"],
     [("2023年第二季度", "Tencent", "text"), ("去年同期", "Tencent", "context")]),
    (["腾讯发布2023年第二季度财报。", "一、行业概览", "行业整体收入较去年同期增长5%。"],
     [("2023年第二季度", "Tencent", "text")]),
    (["腾讯发布了财报。", "一、云与AI协同", "To B业务收入较去年同期增长15%。"], []),
    (["騰訊發佈2023年第二季度財報。", "一、雲與AI協同", "To B業務本季度收入549億元。"],
     [("2023年第二季度", "Tencent", "text"), ("本季度", "Tencent", "context")]),
    (["騰訊發佈2023年第二季度財報。", "一、雲與AI協同", "To B業務收入較去年同期增長15%。"],
     [("2023年第二季度", "Tencent", "text"), ("去年同期", "Tencent", "context")]),
    (["騰訊發佈2023年第二季度財報。", "一、行業概覽", "行業整體收入較去年同期增長5%。"],
     [("2023年第二季度", "Tencent", "text")]),
    (["騰訊發佈了財報。", "一、雲與AI協同", "To B業務收入較去年同期增長15%。"], []),
])
def test_a_figure_told_by_the_period_in_focus_is_the_report_s(sentences, expected):
    assert _events(*sentences) == expected
