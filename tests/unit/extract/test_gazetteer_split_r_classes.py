"""The classes of firms split R annotated but the gazetteer did not find (lib/rules/gazetteer.csv): short
names that are everyday words labelled with their own listing code, as Hong Kong papers write them
(友邦(1299), 滙控(005): lib/rules/stock_codes.csv); in English, simplified and traditional Chinese where the
class exists, and the everyday words they must not take."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (a short name that is an everyday word, labelled with its firm's own code; R zt1602): the code
    # says the firm, as a list of firms does.
    ("美团市值已超越友邦(1299)、汇控(005)等蓝筹。",
     [co("美团", "Meituan"), co("友邦", "AIA"), co("汇控", "HSBC")]),
    ("美團市值已超越友邦(1299)、滙控（0005）等藍籌,平安（2318）亦落後。",
     [co("美團", "Meituan"), co("友邦", "AIA"), co("滙控", "HSBC"), co("平安", "Ping An")]),
    ("工行（1398）与中国银行（3988）股价回落，吉利(175)逆市上涨。",
     [co("工行", "ICBC"), co("中国银行", "Bank of China"), co("吉利", "Geely")]),
    ("工行（１３９８）與中國銀行(601988)股價回落。",
     [co("工行", "ICBC"), co("中國銀行", "Bank of China")]),
]

# The same short names as everyday words, before a year, an amount or another firm's code.
EVERYDAY = [
    "两国是友邦(2021年建交)，外汇控制趋严，平安(1299)夜。",
    "兩國是友邦（1999）,外匯控制趨嚴,大吉利(0005)是。",
    "美国与友邦(1288)一道施压，中国银行业(3988)承压。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
