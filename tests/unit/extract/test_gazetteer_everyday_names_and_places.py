"""Ways a firm's name stands in text without naming the firm.

* A short name that is an everyday word (~理想 "ideal", ~荣耀 "glory": lib/rules/gazetteer.csv) names its
  firm before a noun of a firm's own parts only when the noun follows the name directly and the name is no
  adjective itself: 理想门店 is Li Auto's shops, 理想的业务 "an ideal business" and 我们的理想门店 "our ideal
  shop" are nobody's, unless the clause sells or buys the part (出售荣耀的业务; lib/rules/firm_lists.csv,
  ``part`` and ``deal``).
* An article means one thing by a word: once it names the firm by its everyday-word name (地平线每股报收9.58港元,
  荣耀代理商), the same word elsewhere in it is the firm too (地平线在经历了低点后; zt2407 and the 荣耀 of zs1803,
  zt1803, zs2011, zs2502, zs2714), written the same way ("visa" is no Visa).
* A bank's name before a building's noun names the building, a place: 中国建设银行大厦, "Bank of China
  Tower", "HSBC Building" (lib/rules/building_nouns.txt). The bank acting next to it is still the bank.

In English, simplified and traditional Chinese where the class exists. Sentences are written here, none
copied from tests/data/realnews.
"""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # An everyday-word name right before a noun of its parts: the firm.
    ("理想门店增至五百家，荣耀代理商参与收购。", [co("理想", "Li Auto"), co("荣耀", "Honor")]),
    ("理想門店增至五百家，榮耀經銷商參與收購。", [co("理想", "Li Auto"), co("榮耀", "Honor")]),
    ("Li Auto opened its 500th store; Honor dealers joined the bid.", [co("Li Auto", "Li Auto"), co("Honor", "Honor")]),
    # With 的 between, a part the clause sells or buys.
    ("华为宣布出售荣耀的业务。", [co("华为", "Huawei"), co("荣耀", "Honor")]),
    ("華為宣佈出售榮耀的業務。", [co("華為", "Huawei"), co("榮耀", "Honor")]),
    # Named as the firm once, the same word is the firm elsewhere in the article.
    ("地平线在经历了去年的低点后创下新高。截至9月30日收盘，地平线每股报收9.58港元。",
     [co("地平线", "Horizon Robotics"), co("地平线", "Horizon Robotics")]),
    ("地平線在經歷了去年的低點後創下新高。截至9月30日收盤，地平線每股報收9.58港元。",
     [co("地平線", "Horizon Robotics"), co("地平線", "Horizon Robotics")]),
    ("荣耀代理商参与收购。荣耀于2020年从华为独立。",
     [co("荣耀", "Honor"), co("荣耀", "Honor"), co("华为", "Huawei")]),
    ("Cards from Visa, Mastercard and JCB work. Visa said volumes rose.",
     [co("Visa", "Visa"), co("Mastercard", "Mastercard"), co("JCB", "JCB"), co("Visa", "Visa")]),
    # A bank that acts, beside a tower named after a bank: the bank, once.
    ("中国建设银行宣布在中国银行大厦旁开设新网点。", [co("中国建设银行", "China Construction Bank")]),
    ("中國建設銀行宣佈遷出中國建設銀行大廈。", [co("中國建設銀行", "China Construction Bank")]),
    ("China Construction Bank said it would leave the China Construction Bank Tower.",
     [co("China Construction Bank", "China Construction Bank")]),
    ("汇丰银行总部位于汇丰银行大楼。", [co("汇丰银行", "HSBC")]),
    ("HSBC opened a branch in the Tencent Building.", [co("HSBC", "HSBC"), co("Tencent", "Tencent")]),
]

EVERYDAY = [
    # "ideal": an adjective before a noun a firm has, with 的 or after 的.
    "我们看好理想的业务模式，也在寻找理想的门店位置。",
    "我們看好理想的業務模式，也在尋找理想的門店位置。",
    "他心中的理想门店要有咖啡区，出售产品，理想的业务就会增长。",
    "他心中的理想門店要有咖啡區。",
    "The ideal store has a coffee corner; an ideal business grows.",
    # Never named as the firm in the text, or written otherwise: the everyday word.
    "地平线上升起了太阳，荣耀属于团队。",
    "地平線上升起了太陽，榮耀屬於團隊。",
    "Apply for a visa before you travel.",
    # A tower named after a bank: a place.
    "发布会在中国建设银行大厦举行，随后移至中国银行大楼。",
    "發布會在中國建設銀行大廈舉行，隨後移至中國銀行大樓。",
    "The launch was held at the Bank of China Tower, next to the HSBC Building.",
    "The launch was held in China Construction Bank Tower.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
