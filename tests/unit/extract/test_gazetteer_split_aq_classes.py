"""The firms split AQ annotated but the gazetteer had no row or no form for (lib/rules/gazetteer.csv): Hong Kong
papers' short names of listed firms with their code (中移動, 中國燃氣(0384)), an exchange named by its short
form (纽约交易所), a distributor (訊崴技術) and an investment firm
whose director is quoted (香頌資本). In English, simplified and traditional Chinese where the class exists, and the
everyday words they must not take. Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (Hong Kong short names of listed firms, with their code; AQ zt4135)
    ("中移动(941)股价创新高，中移动派息比率上升。", [co("中移动", "China Mobile"), co("中移动", "China Mobile")]),
    ("中移動(0941)及友邦(1299)今年均上升。", [co("中移動", "China Mobile"), co("友邦", "AIA")]),
    ("中国燃气(0384)宣布回购股份。", [co("中国燃气", "China Gas")]),
    ("中國燃氣(384)今年越跌越買。", [co("中國燃氣", "China Gas")]),
    ("China Gas Holdings bought back shares.", [co("China Gas Holdings", "China Gas")]),
    # Class (an exchange by its short form; AQ zs4170)
    ("该公司转赴纽约交易所上市。", [co("纽约交易所", "New York Stock Exchange")]),
    ("該公司轉赴紐約交易所上市。", [co("紐約交易所", "New York Stock Exchange")]),
    # Class (a distributor; AQ zt4131)
    ("讯崴技术宣布取消两款手机的上市计划。", [co("讯崴技术", "Xunwei Technology")]),
    ("訊崴技術宣布取消兩款手機的上市計畫。", [co("訊崴技術", "Xunwei Technology")]),
    ("Xunwei Technology cancelled the launch.", [co("Xunwei Technology", "Xunwei Technology")]),
    # Class (an investment firm whose director is quoted; AQ zt4133)
    ("香颂资本董事表示，这家公司的估值偏高。", [co("香颂资本", "Xiangsong Capital")]),
    ("香頌資本董事表示，這家公司的估值偏高。", [co("香頌資本", "Xiangsong Capital")]),
    ("Xiangsong Capital's director said the valuation was high.",
     [co("Xiangsong Capital", "Xiangsong Capital")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "中国燃气价格今年冬天上涨。",
    "中國燃氣需求持續增長。",
    "China gas prices rose this winter.",
    "其中移动端月活用户突破2亿。",
    "其中移動端用戶增長最快。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
