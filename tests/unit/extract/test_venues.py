"""A venue is not the actor, in English, simplified and traditional Chinese: a stock exchange where a
firm files, announces or trades, and an app store where an app ranks, name the place of the other
firm's act (the ``venue`` and ``at_venue`` lines of lib/rules/clause_cues.csv, ``lib.extract.venues``).

Each row is a short passage as a reporter writes it (none copied from ``tests/data/realnews``), its
publication date, and every event a reader finds in it: (date words, companies, attribution). Rows
marked "stays" guard what the rule must not change: the exchange or the store's owner acting.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_company_classes import events

HKEX = "Hong Kong Exchanges and Clearing"
NYSE = "New York Stock Exchange"

ROWS = [
    # ---- an exchange where a firm files or announces -----------------------------------------
    pytest.param(["Tencent said in a filing to the Hong Kong stock exchange on Wednesday that it bought back shares."],
                 "2025-03-20", [("Wednesday", "Tencent", "text")], id="filing-en"),
    pytest.param(["Alibaba disclosed the sale on Friday in a filing with the NYSE."], "2024-06-10",
                 [("Friday", "Alibaba", "text")], id="filing-with-en"),
    pytest.param(["Shein filed a draft prospectus last week with Hong Kong's exchange."], "2025-06-02",
                 [("last week", "Shein", "text")], id="filed-with-possessive-en"),
    pytest.param(["Temu's owner PDD filed its results on Monday with Nasdaq."], "2025-05-28",
                 [("Monday", "Pinduoduo", "text")], id="filed-with-no-article-en"),
    pytest.param(["Nasdaq-listed Pinduoduo reported a profit for the quarter ended in June."], "2024-08-30",
                 [("the quarter ended in June", "Pinduoduo", "text")], id="listed-en"),
    pytest.param(["8月20日晚，小米集团在港交所发布二季度业绩公告。"], "2025-08-21",
                 [("8月20日", "Xiaomi", "text"), ("二季度", "Xiaomi", "text")], id="announce-hans"),
    pytest.param(["美团于3月26日向港交所提交年度业绩。"], "2025-03-27", [("3月26日", "Meituan", "text")],
                 id="file-to-hans"),
    pytest.param(["小米集團8月20日於港交所公告第二季業績。"], "2025-08-21",
                 [("8月20日", "Xiaomi", "text"), ("第二季", "Xiaomi", "text")], id="announce-hant"),
    pytest.param(["阿里巴巴每股定價較紐約證交所5月收市價折讓3%。"], "2019-11-20",
                 [("5月", "Alibaba", "text")], id="closing-price-hant"),
    pytest.param(["Alibaba Group (NYSE: BABA and HKEX: 9988) today announced results for the quarter."],
                 "2022-11-17", [("today", "Alibaba", "text")], id="ticker-labels-en"),
    pytest.param(["阿里巴巴集团(纽约证券交易所:BABA和香港交易所:9988)今天公布了季度业绩。"], "2022-11-17",
                 [("今天", "Alibaba", "text")], id="ticker-labels-hans"),
    pytest.param(["阿里巴巴集團(紐約證券交易所:BABA及香港交易所:9988)今天公佈了季度業績。"], "2022-11-17",
                 [("今天", "Alibaba", "text")], id="ticker-labels-hant"),
    # ---- an exchange named in a stock code label of an announcement's header ---------------------
    pytest.param(["腾讯控股有限公司(香港联交所股票编号:00700)今天公布截至二零二五年九月三十日止第三季业绩。"],
                 "2025-11-13", [("今天", "Tencent", "text"), ("二零二五年九月三十日止第三季", "Tencent", "text")],
                 id="stock-code-hans"),
    pytest.param(["騰訊控股有限公司（香港交易所股份代號：700）今天公佈第三季業績。"], "2025-11-13",
                 [("今天", "Tencent", "text"), ("第三季", "Tencent", "text")], id="stock-code-hant"),
    pytest.param(["Tencent Holdings (HKEX stock code: 700) today announced its third-quarter results."],
                 "2025-11-13", [("today", "Tencent", "text"), ("third-quarter", "Tencent", "text")],
                 id="stock-code-en"),
    # ---- a market's name between the place word and the exchange; the exchange's listing hearing -----
    pytest.param(["去年10月，知乎率先在美国纽交所挂牌交易。"], "2025-03-10", [("去年10月", "Zhihu", "text")],
                 id="market-before-exchange-hans"),
    pytest.param(["去年10月，知乎率先在美國紐交所掛牌交易。"], "2025-03-10", [("去年10月", "Zhihu", "text")],
                 id="market-before-exchange-hant"),
    pytest.param(["名創優品擬於下月在本港聯交所掛牌。"], "2025-03-10", [("下月", "Miniso", "text")],
                 id="this-port-hant"),
    # Class (AJ zs3450, AG zs3111, O zs1302, Z zs2401): the city before its exchange's short name, 香港联交所
    pytest.param(["商汤的B类股份预计将于12月30日在香港联交所主板开始买卖。"], "2021-12-20",
                 [("12月30日", "SenseTime", "text")], id="city-before-exchange-hans"),
    pytest.param(["商湯的B類股份預計將於12月30日在香港聯交所主板開始買賣。"], "2021-12-20",
                 [("12月30日", "SenseTime", "text")], id="city-before-exchange-hant"),
    pytest.param(["快手计划2月5日于香港联交所挂牌。"], "2021-01-26", [("2月5日", "Kuaishou", "text")],
                 id="city-before-exchange-listing-hans"),
    pytest.param(["香港联交所12月30日表示将修订上市规则。"], "2021-12-20", [("12月30日", HKEX, "text")],
                 id="stays-city-and-exchange-acting-hans"),
    pytest.param(["Last October, Zhihu listed on the U.S. NYSE."], "2025-03-10", [("Last October", "Zhihu", "text")],
                 id="market-before-exchange-en"),
    # Class (AQ en4055, AF en3041, X zt2401, AD zt2916): an exchange listed on in both markets, on in another
    # market, or left
    pytest.param(["Listed on both Nasdaq and the Hong Kong Stock Exchange, WeRide reported its results on Tuesday."],
                 "2025-11-20", [("Tuesday", "WeRide", "text")], id="listed-on-both-en"),
    pytest.param(["Baidu, which trades on both the Nasdaq and the Hong Kong Stock Exchange, said on Monday it "
                  "would buy back shares."],
                 "2025-11-20", [("Monday", "Baidu", "text")], id="trades-on-both-en"),
    pytest.param(["Sina quit the Nasdaq in 2021 after a buyout."], "2025-03-10", [("2021", "Sina", "text")],
                 id="quit-exchange-en"),
    pytest.param(["京东2014年5月登陆美国纳斯达克。"], "2025-03-10", [("2014年5月", "JD.com", "text")],
                 id="listed-in-market-hans"),
    pytest.param(["京東2014年5月登陸美國納斯達克。"], "2025-03-10", [("2014年5月", "JD.com", "text")],
                 id="listed-in-market-hant"),
    pytest.param(["滴滴于去年6月从纽交所退市。"], "2025-03-10", [("去年6月", "Didi", "text")], id="delisted-from-hans"),
    pytest.param(["滴滴於去年6月從紐交所退市。"], "2025-03-10", [("去年6月", "Didi", "text")], id="delisted-from-hant"),
    pytest.param(["3月5日，名创优品通过港交所上市聆讯。"], "2025-03-10", [("3月5日", "Miniso", "text")],
                 id="hearing-hans"),
    pytest.param(["3月5日，名創優品通過港交所聆訊。"], "2025-03-10", [("3月5日", "Miniso", "text")],
                 id="hearing-hant"),
    pytest.param(["美国纳斯达克周二表示将收紧上市规则。"], "2025-03-10", [("周二", "Nasdaq", "text")],
                 id="stays-market-and-exchange-acting-hans"),
    pytest.param(["港交所表示，股票编号制度将于明年1月更改。"], "2025-11-13", [("明年1月", HKEX, "text")],
                 id="stays-exchange-alone-hans"),
    pytest.param(["今年3月，英国监管机构批准了希音的伦交所IPO。"], "2025-05-28",
                 [("今年3月", "Shein", "text")], id="exchange-ipo-hans"),
    pytest.param(["今年3月，英國監管機構批准了希音的倫交所IPO。"], "2025-05-28",
                 [("今年3月", "Shein", "text")], id="exchange-ipo-hant"),
    pytest.param(["In March, the regulator approved a London Stock Exchange IPO for Shein."], "2025-05-28",
                 [("March", "Shein", "text")], id="exchange-ipo-en"),
    pytest.param(["The London Stock Exchange said on Monday it would cut listing fees."], "2025-05-28",
                 [("Monday", "LSEG", "text")], id="stays-other-exchange-acting-en"),
    pytest.param(["伦交所周一表示将下调上市费用。"], "2025-05-28",
                 [("周一", "LSEG", "text")], id="stays-other-exchange-acting-hans"),
    pytest.param(["HKEX said on Monday it had approved Zhipu's listing."], "2026-01-06",
                 [("Monday", f"{HKEX};Zhipu AI", "text")], id="stays-exchange-acting-en"),
    pytest.param(["港交所1月9日批准MiniMax的上市申请。"], "2026-01-10",
                 [("1月9日", f"{HKEX};MiniMax", "text")], id="stays-exchange-acting-hans"),
    pytest.param(["Nasdaq said on Tuesday it would delist Luckin Coffee."], "2020-05-20",
                 [("Tuesday", "Nasdaq;Luckin Coffee", "text")], id="stays-exchange-acting-listed-firm"),
    # ---- an exchange's index: the market where the listed firms trade, not the operator ---------
    pytest.param(["The tech-heavy Nasdaq Composite fell 3% on Monday, with Nvidia down 17%."], "2025-01-28",
                 [("Monday", "Nvidia", "text")], id="index-composite-en"),
    pytest.param(["科技股为主的纳斯达克指数周一下跌3%，其中英伟达跌17%。"], "2025-01-28",
                 [("周一", "Nvidia", "text")], id="index-hans"),
    pytest.param(["以科技股為主的納斯達克指數週一下跌3%，其中英偉達跌17%。"], "2025-01-28",
                 [("週一", "Nvidia", "text")], id="index-hant"),
    pytest.param(["Nasdaq said on Monday that its index business grew 10% in the quarter."], "2025-01-28",
                 [("Monday", "Nasdaq", "text"), ("the quarter", "Nasdaq", "text")], id="stays-operator-acting-en"),
    pytest.param(["纳斯达克周一表示，其指数业务收入增长10%。"], "2025-01-28",
                 [("周一", "Nasdaq", "text")], id="stays-operator-acting-hans"),
    # ---- only the venue named: the firm that lists is the one the story is about --------------
    pytest.param(["Didi Global is China's biggest ride-hailing firm.",
                  "Last week, the firm raised $4.4 billion in an IPO on the NYSE."], "2021-07-05",
                 [("Last week", "Didi", "context")], id="only-venue-en"),
    pytest.param(["Didi is China's biggest ride-hailing firm.",
                  "The platform listed on the New York Stock Exchange (NYSE) on 30 June."], "2021-07-05",
                 [("30 June", "Didi", "context")], id="only-venue-apposition-en"),
    pytest.param(["滴滴是中国最大的网约车平台。", "6月30日，该公司在纽交所上市。"], "2021-07-05",
                 [("6月30日", "Didi", "context")], id="only-venue-hans"),
    pytest.param(["滴滴是中國最大的網約車平台。", "6月30日，該公司在紐交所上市。"], "2021-07-05",
                 [("6月30日", "Didi", "context")], id="only-venue-hant"),
    pytest.param(["Didi is China's biggest ride-hailing firm.",
                  "The NYSE said on Monday it would halt trading in the shares."], "2021-07-05",
                 [("Monday", NYSE, "text")], id="stays-only-exchange-acting-en"),
    pytest.param(["滴滴是中國最大的網約車平台。", "紐交所周一表示暫停該股交易。"], "2021-07-05",
                 [("周一", NYSE, "text")], id="stays-only-exchange-acting-hant"),
    # ---- an app store where an app ranks ------------------------------------------------------
    pytest.param(["RedNote topped Apple's App Store in the United States on Monday."], "2025-01-15",
                 [("Monday", "Xiaohongshu", "text")], id="store-en"),
    pytest.param(["DeepSeek jumped to No. 1 on the U.S. App Store and Google Play on January 27."], "2025-01-28",
                 [("January 27", "DeepSeek", "text")], id="stores-en"),
    pytest.param(["1月27日，DeepSeek登顶美区苹果App Store免费榜。"], "2025-01-28",
                 [("1月27日", "DeepSeek", "text")], id="store-hans"),
    pytest.param(["1月27日，DeepSeek登頂美區蘋果App Store免費榜，並在Google Play排名第一。"], "2025-01-28",
                 [("1月27日", "DeepSeek", "text")], id="store-hant"),
    # ---- an owner and a market's name before the store -------------------------------------------
    pytest.param(["On Monday, Apple's U.S. App Store showed Doubao at the top of the free chart."], "2025-02-05",
                 [("Monday", "ByteDance", "text")], id="store-region-en"),
    pytest.param(["2月3日，苹果中国区应用商店免费榜显示，豆包排名第一。"], "2025-02-05",
                 [("2月3日", "ByteDance", "text")], id="store-region-hans"),
    pytest.param(["2月3日，蘋果美區App Store免費榜顯示，豆包排名第一。"], "2025-02-05",
                 [("2月3日", "ByteDance", "text")], id="store-region-hant"),
    pytest.param(["2月3日，苹果中国区负责人表示将扩大投资。"], "2025-02-05", [("2月3日", "Apple", "text")],
                 id="stays-owner-region-acting-hans"),
    pytest.param(["Apple removed the app from its App Store on Friday."], "2025-01-28",
                 [("Friday", "Apple", "text")], id="stays-store-owner-acting-en"),
    pytest.param(["苹果公司周五将该应用从App Store下架。"], "2025-01-28", [("周五", "Apple", "text")],
                 id="stays-store-owner-acting-hans"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_a_venue_is_not_the_actor(sentences, published, expected):
    assert events(sentences, published) == expected


@pytest.fixture(scope="module")
def venues():
    from lib.extract.venues import Venues
    from lib.rules import load_rules

    return Venues(load_rules().clause_cues)


@pytest.mark.parametrize(("text", "name", "is_place"), [
    ("in a filing to the Hong Kong stock exchange on Wednesday", "Hong Kong stock exchange", True),
    ("Nasdaq-listed Pinduoduo", "Nasdaq", True),
    ("小米集团在港交所发布二季度业绩", "港交所", True),
    ("DeepSeek topped Apple's App Store", "Apple", True),   # the owner names the place
    ("豆包登顶苹果中国区应用商店", "苹果", True),
    ("Doubao topped Apple's U.S. App Store", "Apple", True),
    ("苹果中国区负责人表示", "苹果", False),
    ("港交所批准了上市申请", "港交所", False),                  # the exchange acting
    ("文远知行在美国纳斯达克挂牌", "纳斯达克", True),            # a market's name between
    ("美国纳斯达克宣布新规", "纳斯达克", False),
    ("商汤在香港联交所主板开始买卖", "联交所", True),
    ("香港联交所宣布新规", "联交所", False),
    ("Apple removed the app", "Apple", False),
    ("Shein filed with Hong Kong's exchange last week", "Hong Kong's exchange", True),
    ("Shein filed with HKEX last week", "HKEX", True),
    ("HKEX approved Shein's listing", "HKEX", False),
    # a coordination's shared noun and a city's exchange are venues as the full names are
    ("SMIC trades on the Shanghai and Hong Kong stock exchanges", "Hong Kong stock exchanges", True),
    ("Alibaba filed with the New York exchange on Friday", "New York exchange", True),
    ("The New York exchange suspended trading", "New York exchange", False),
])
def test_a_name_is_a_place_only_with_a_venue_word(venues, text, name, is_place):
    start = text.index(name)
    assert venues.is_place(text, start, start + len(name)) is is_place
