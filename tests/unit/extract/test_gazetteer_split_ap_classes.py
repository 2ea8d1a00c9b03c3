"""The firms split AP annotated but the gazetteer had no row or no form for (lib/rules/gazetteer.csv): consumer
brands ranked in a shopping festival's sales (Adidas; Estee Lauder and Dyson, named after their founders, so the
bare name is a firm only as an item of a list of firms), a carmaker's subsidiary by its own firm name (GAC Aion),
investors (Tiantu Capital, Yuansheng Capital, CEB International) and a research firm's name written without its
space (CINNOResearch). In English, simplified and traditional Chinese where the class exists, and the everyday
words and people's names they must not take. Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (consumer brands in a festival's sales; AP en4017)
    ("Brands such as Nike, Dyson and Estee Lauder topped the sales chart.",
     [co("Nike", "Nike"), co("Dyson", "Dyson"), co("Estee Lauder", "Estee Lauder")]),
    ("Adidas and Nike cut prices on Tmall.",
     [co("Adidas", "Adidas"), co("Nike", "Nike"), co("Tmall", "Tmall", "Alibaba")]),
    ("The Estée Lauder Companies reported lower sales in China.", [co("Estée Lauder Companies", "Estee Lauder")]),
    ("阿迪达斯、耐克和雅诗兰黛的成交额均超过1亿元。",
     [co("阿迪达斯", "Adidas"), co("耐克", "Nike"), co("雅诗兰黛", "Estee Lauder")]),
    ("愛迪達、耐克與雅詩蘭黛的成交額均超過1億元。",
     [co("愛迪達", "Adidas"), co("耐克", "Nike"), co("雅詩蘭黛", "Estee Lauder")]),
    ("戴森、耐克等品牌销量领先。", [co("戴森", "Dyson"), co("耐克", "Nike")]),
    # Class (a carmaker's subsidiary by its own firm name; AP en4055)
    ("The cars are made with GAC Aion.", [co("GAC Aion", "GAC Aion", "GAC")]),
    ("车辆由广汽埃安代工。", [co("广汽埃安", "GAC Aion", "GAC")]),
    ("車輛由廣汽埃安代工。", [co("廣汽埃安", "GAC Aion", "GAC")]),
    # Class (investors following a round; AP zs4065, zt4040)
    ("Tiantu Capital and Yuansheng Capital joined the round.",
     [co("Tiantu Capital", "Tiantu Capital"), co("Yuansheng Capital", "Yuansheng Capital")]),
    ("天图投资、元生资本等老股东跟投。", [co("天图投资", "Tiantu Capital"), co("元生资本", "Yuansheng Capital")]),
    ("天圖投資、元生資本等老股東跟投。", [co("天圖投資", "Tiantu Capital"), co("元生資本", "Yuansheng Capital")]),
    ("光银国际分析师表示，该股很快会纳入港股通。",
     [co("光银国际", "CEB International", "China Everbright Bank")]),
    ("光銀國際分析師表示，該股很快會納入港股通。",
     [co("光銀國際", "CEB International", "China Everbright Bank")]),
    ("CEB International expects the stock to join the index.",
     [co("CEB International", "CEB International", "China Everbright Bank")]),
    # Class (a research firm's name written without its space; AP zs4076)
    ("市场调查机构CINNOResearch公布了榜单。", [co("CINNOResearch", "CINNO Research")]),
]

# Everyday words and people's names near these names: no firm.
EVERYDAY = [
    "Freeman Dyson wrote about the physics of the far future.",
    "Estee Lauder founded her company in 1946.",
    "他喜欢登山，去过喜马拉雅和阿尔卑斯。",
    "The aion is a Gnostic idea of an age.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
