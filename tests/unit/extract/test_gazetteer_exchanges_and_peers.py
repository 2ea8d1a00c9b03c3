"""Companies named by class, checked in English, simplified and traditional Chinese (split I's first
reading): stock exchanges by their own names, and the peers of firms the gazetteer lacked. Rows are
written for the class, none copied from tests/data/realnews; the EVERYDAY rows must find nothing."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

HKEX = "Hong Kong Exchanges and Clearing"
LSE = "London Stock Exchange"

CLASSES = [
    # Exchanges: the listed ones are companies; the mainland ones regulators (the header's convention)
    ("Shein filed to list on the London Stock Exchange, then looked at the Singapore Exchange and the "
     "Tokyo Stock Exchange.",
     [co("Shein", "Shein"), co("London Stock Exchange", LSE, "LSEG"), co("Singapore Exchange", "Singapore Exchange"),
      co("Tokyo Stock Exchange", "Japan Exchange Group")]),
    ("希音转战伦交所，也考虑伦敦证交所以外的新交所和东京证券交易所，并向香港证交所递表。",
     [co("希音", "Shein"), co("伦交所", LSE, "LSEG"), co("伦敦证交所", LSE, "LSEG"), co("新交所", "Singapore Exchange"),
      co("东京证券交易所", "Japan Exchange Group"), co("香港证交所", HKEX)]),
    ("希音轉戰倫交所，並向香港證交所及倫敦證券交易所遞表，北交所與深交所亦有新股。",
     [co("希音", "Shein"), co("倫交所", LSE, "LSEG"), co("香港證交所", HKEX), co("倫敦證券交易所", LSE, "LSEG"),
      ("北交所", "Beijing Stock Exchange", ""), ("深交所", "Shenzhen Stock Exchange", "")]),
    # Hong Kong's exchange by its full name with "&" or its possessive, and its full Chinese name
    ("The IPO is a coup for Hong Kong's stock exchange; Hong Kong Exchanges & Clearing welcomed it.",
     [co("Hong Kong's stock exchange", HKEX), co("Hong Kong Exchanges & Clearing", HKEX)]),
    ("香港交易及结算所表示，新上市制度明年生效。", [co("香港交易及结算所", HKEX)]),
    ("香港交易及結算所表示，新上市制度明年生效。", [co("香港交易及結算所", HKEX)]),
    # Brokers' analysts, app-market firms, ride-hailing peers, game studios, state shipbuilders
    ("D. A. Davison and Oppenheimer & Co cut targets; AppInChina and AppMagic track app stores; Lyft "
     "and Uber cut fares; 24 Entertainment and Quantic Dream ship games; COSCO Shipping orders ships.",
     [co("D. A. Davison", "D.A. Davidson"), co("Oppenheimer & Co", "Oppenheimer"),
      co("AppInChina", "AppInChina"), co("AppMagic", "AppMagic"), co("Lyft", "Lyft"), co("Uber", "Uber"),
      co("24 Entertainment", "24 Entertainment", "NetEase"),
      co("Quantic Dream", "Quantic Dream", "NetEase"), co("COSCO Shipping", "COSCO Shipping")]),
    ("网易旗下24 Entertainment工作室、来福车与优步，中国船舶集团，中远海运订造新船。",
     [co("网易", "NetEase"), co("24 Entertainment", "24 Entertainment", "NetEase"), co("来福车", "Lyft"),
      co("优步", "Uber"),
      co("中国船舶集团", "China State Shipbuilding Corporation"), co("中远海运", "COSCO Shipping")]),
    ("網易旗下24 Entertainment工作室，中船集團，中遠海運訂造新船。",
     [co("網易", "NetEase"), co("24 Entertainment", "24 Entertainment", "NetEase"),
      co("中船集團", "China State Shipbuilding Corporation"), co("中遠海運", "COSCO Shipping")]),
    # Exchanges named by a coordination's shared noun or by their city alone, and a firm's Chinese name
    # written out in English (China Music Group for 中国音乐集团)
    ("SMIC trades on the Shanghai and Hong Kong stock exchanges, having quit the New York exchange.",
     [co("SMIC", "SMIC"), co("Hong Kong stock exchanges", HKEX), co("New York exchange", "New York Stock Exchange")]),
    ("Regulators looked at Tencent's purchase of China Music Group in 2016.",
     [co("Tencent", "Tencent"), co("China Music Group", "China Music Corporation")]),
    # Deliveroo by its Hong Kong and Taiwan name, 戶戶送
    ("外卖平台户户送宣布撤出香港市场，foodpanda收购其部分资产。",
     [co("户户送", "Deliveroo"), co("foodpanda", "Foodpanda", "Delivery Hero")]),
    ("外賣平台戶戶送宣布撤出香港市場。", [co("戶戶送", "Deliveroo")]),
    ("Deliveroo, known as 戶戶送 in Hong Kong, left the city.",
     [co("Deliveroo", "Deliveroo"), co("戶戶送", "Deliveroo")]),
    ("London Stock Exchange Group sells Refinitiv data.",
     [co("London Stock Exchange Group", "LSEG"), co("Refinitiv", "LSEG")]),
]

EVERYDAY = [
    "The lse of the word, sgx in lower case, and jpx as a file name.",
    "最新交易所数据显示成交量上升。",
    "Chinese firms listed on New York exchanges and on Hong Kong's markets.",
    "春节前，年货由快递员家家户户送上门。",
    "春節前，年貨由快遞員家家戶戶送上門。",
    "中国船舶行业订单大增，中国船舶工业协会发布数据。",
    "中國船舶業今年接單量創新高。",
    "A lyft of the gate, baird and truist in lower case, a cosco table, and 24 entertainment venues.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
