"""Ways a firm's name stands in text without naming the firm.

* A short name that is an everyday word (~理想 "ideal", ~荣耀 "glory": lib/rules/gazetteer.csv) names its
  firm before a noun of a firm's own parts only when the noun follows the name directly and the name is no
  adjective itself: 理想门店 is Li Auto's shops, 理想的业务 "an ideal business" and 我们的理想门店 "our ideal
  shop" are nobody's, unless the clause sells or buys the part (出售荣耀的业务; lib/rules/firm_lists.csv,
  ``part`` and ``deal``).

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
]

EVERYDAY = [
    # "ideal": an adjective before a noun a firm has, with 的 or after 的.
    "我们看好理想的业务模式，也在寻找理想的门店位置。",
    "我們看好理想的業務模式，也在尋找理想的門店位置。",
    "他心中的理想门店要有咖啡区，出售产品，理想的业务就会增长。",
    "他心中的理想門店要有咖啡區。",
    "The ideal store has a coffee corner; an ideal business grows.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
