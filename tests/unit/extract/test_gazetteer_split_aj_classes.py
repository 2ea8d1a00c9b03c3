"""The firms split AJ annotated but the gazetteer did not find (lib/rules/gazetteer.csv): research, data and
advisory firms an article cites for a figure (Altive, Shanghai Mingliang Auto Service, 和众汇富), a broker by its
own spelling (D.A. Davidson), Hewlett Packard written without its hyphen, ByteDance's VR maker Pico, and Henan
Mine Crane, whose short name 河南矿山 ("Henan's mines") names the firm only before its own parts or in a list.
In English, simplified and traditional Chinese where the class exists, and the everyday words they must not
take. Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (firms cited for a figure or a finding; AJ en3408, en3410, zs3444)
    ("The deal valued the startup at $5 billion, according to data provider Altive.", [co("Altive", "Altive")]),
    ("Chen, chief executive of Shanghai Mingliang Auto Service, said sales were strong.",
     [co("Shanghai Mingliang Auto Service", "Shanghai Mingliang Auto Service")]),
    ("上海明良汽车服务公司总经理陈金柱表示，6月车市回暖。",
     [co("上海明良汽车服务", "Shanghai Mingliang Auto Service")]),
    ("上海明良汽車服務公司總經理陳金柱表示，6月車市回暖。",
     [co("上海明良汽車服務", "Shanghai Mingliang Auto Service")]),
    ("和众汇富研究发现，智谱的估值已翻倍。", [co("和众汇富", "Hezhong Huifu"), co("智谱", "Zhipu AI")]),
    ("和眾匯富研究發現，智譜的估值已翻倍。", [co("和眾匯富", "Hezhong Huifu"), co("智譜", "Zhipu AI")]),
    # Class (a broker by its own spelling and the misprint some pages carry; AJ zt3465, I zt709)
    ("D.A. Davidson analyst Gil Luria cut his target.", [co("D.A. Davidson", "D.A. Davidson")]),
    ("投资公司D.A. Davidson分析师表示，R1出乎市场意料。", [co("D.A. Davidson", "D.A. Davidson")]),
    ("投資公司D. A. Davison分析師表示，R1出乎市場意料。", [co("D. A. Davison", "D.A. Davidson")]),
    # Class (a firm's old name written without its hyphen; AJ en3420); HPE keeps its own row
    ("Lenovo ranks just behind Hewlett Packard Co in PC sales.",
     [co("Lenovo", "Lenovo"), co("Hewlett Packard", "HP")]),
    ("Hewlett Packard Enterprise sells servers.",
     [co("Hewlett Packard Enterprise", "Hewlett Packard Enterprise")]),
    # Class (a subsidiary bought and named as a firm; AJ zt3476): Pico rolls up to ByteDance
    ("ByteDance bought Pico in 2021 to make VR headsets.",
     [co("ByteDance", "ByteDance"), co("Pico", "Pico", "ByteDance")]),
    ("字节跳动2021年以90亿元收购PICO，主攻XR。", [co("字节跳动", "ByteDance"), co("PICO", "Pico", "ByteDance")]),
    ("字節跳動2021年以90億元收購小鳥看看。", [co("字節跳動", "ByteDance"), co("小鳥看看", "Pico", "ByteDance")]),
    # near miss: Meiya Pico, the longer name, keeps its row
    ("Xiamen Meiya Pico Information was put on the list.", [co("Meiya Pico", "Meiya Pico")]),
    # Class (a short name that is an everyday phrase, before the firm's own parts; AJ zs3448)
    ("河南矿山创始人崔培军在年会上发钱。", [co("河南矿山", "Henan Mine Crane")]),
    ("河南礦山創始人崔培軍在年會上發錢。", [co("河南礦山", "Henan Mine Crane")]),
    ("Henan Mine Crane's founder handed out cash at the annual party.", [co("Henan Mine Crane", "Henan Mine Crane")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "河南矿山安全检查本月开始。",
    "河南礦山資源豐富。",
    "The laser fires a pulse every pico second, a picosecond apart.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
