"""Names the gazetteer (lib/rules/gazetteer.csv) missed in sentences that refer to their company without naming it
in the way it knows: a company's head named alone (Meng Wanzhou, Huawei's chairwoman: splits G, M, S, T, AI, AJ),
a name set in full-width Latin (ＴｉｋＴｏｋ: splits E, I, AJ), and a short name that is an everyday
word after the article named its firm in full (联想集团 … 联想, 理想汽车 … 理想ONE: splits AI, AJ),
and the US Postal Service, a state body acting on parcels (splits M, Z).
In English, simplified and traditional Chinese where the class exists, and the everyday words they must not take.
Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (a company's head named alone: her events are Huawei's)
    ("Meng Wanzhou returned to Shenzhen on September 25, 2021.", [co("Meng Wanzhou", "Meng Wanzhou", "Huawei")]),
    ("孟晚舟30日发表新年致辞。", [co("孟晚舟", "Meng Wanzhou", "Huawei")]),
    ("孟晚舟30日發表新年致詞。", [co("孟晚舟", "Meng Wanzhou", "Huawei")]),
    # Class (full-width Latin)
    ("ＴｉｋＴｏｋ曾幫助特朗普爭取年輕選民。", [co("ＴｉｋＴｏｋ", "TikTok", "ByteDance")]),
    ("ＴｉｋＴｏｋ曾帮助特朗普争取年轻选民。", [co("ＴｉｋＴｏｋ", "TikTok", "ByteDance")]),
    # Class (a short name that opens the full name given before)
    ("联想集团公布了业绩。联想反而实现了增长。", [co("联想集团", "Lenovo"), co("联想", "Lenovo")]),
    ("聯想集團公布了業績。聯想反而實現了增長。", [co("聯想集團", "Lenovo"), co("聯想", "Lenovo")]),
    ("理想汽车公布了交付数据。理想ONE在4月交付5539辆。", [co("理想汽车", "Li Auto"), co("理想", "Li Auto")]),
    ("理想汽車公布了交付數據。理想ONE在4月交付5539輛。", [co("理想汽車", "Li Auto"), co("理想", "Li Auto")]),
    # near miss: beside 的 the word stays the adjective or noun it is
    ("理想汽车公布了交付数据。这是理想的结果。", [co("理想汽车", "Li Auto")]),
    # Class (a state body acting on parcels from China, as US Customs does: a regulator's act of no company)
    ("The United States Postal Service (USPS) halted inbound parcels from China on Feb. 4.",
     [("United States Postal Service", "USPS", ""), ("USPS", "USPS", "")]),  # a regulator rolls up to no company
    ("美国邮政署2月4日暂停接收来自中国的包裹。", [("美国邮政署", "USPS", "")]),
    ("美國郵政署2月4日暫停接收來自中國的包裹。", [("美國郵政署", "USPS", "")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "联想到去年的情况，他很担心。",
    "這是一個理想的結果。",
    "ＡＩ技術正加速與行業知識融合。",
    "A meng is not a name here.",
    "Parcels from China arrived by post on Feb. 4.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
