"""The firms splits AE to AO annotated but the gazetteer had no row for (lib/rules/gazetteer.csv): data and
research firms named as the source of a market figure (Syntun, WARC, US Tiger Research), investors named by their
fund's own name (Neom Investment Fund, Future Fund LLC), and firms by their registered names (Kuaidi Dache before
its merger into Didi, BYD's battery subsidiary FinDreams, Light Year's Beijing Lightyear Technology).
In English, simplified and traditional Chinese where the class exists, and the everyday words they must not
take. Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (data and research firms as the source of a figure; AO zt3932, en3913, AM en3708)
    ("Singles Day sales rose 10%, according to Syntun.", [co("Syntun", "Syntun")]),
    ("星图数据估计全网成交额增长。", [co("星图数据", "Syntun")]),
    ("星圖數據估計全網成交額增長。", [co("星圖數據", "Syntun")]),
    ("Online ads will take half of spending, WARC estimates.", [co("WARC", "WARC")]),
    ("WARC预计广告支出将增长。", [co("WARC", "WARC")]),
    ("US Tiger Research doubted the chipmaker's margins.", [co("US Tiger Research", "US Tiger Research")]),
    # Class (investors by their fund's own name; AD en2015, AF en3210)
    ("The Neom Investment Fund put $100 million into the start-up.",
     [co("Neom Investment Fund", "Neom Investment Fund")]),
    ("NEOM投资基金向该公司投资1亿美元。", [co("NEOM投资基金", "Neom Investment Fund")]),
    ("NEOM投資基金向該公司投資1億美元。", [co("NEOM投資基金", "Neom Investment Fund")]),
    ("A managing director of Future Fund LLC praised the rollout.", [co("Future Fund LLC", "Future Fund")]),
    # Class (firms by their registered names; AO en3902, zt3935, AN en3843)
    ("Didi Dache merged with Kuaidi Dache in 2015.", [co("Didi", "Didi"), co("Kuaidi Dache", "Kuaidi Dache")]),
    ("滴滴打车与快的打车合并。", [co("滴滴", "Didi"), co("快的打车", "Kuaidi Dache")]),
    ("滴滴打車與快的打車合併。", [co("滴滴", "Didi"), co("快的打車", "Kuaidi Dache")]),
    ("电池将来自比亚迪旗下的弗迪电池。", [co("比亚迪", "BYD"), co("弗迪电池", "FinDreams Battery", "BYD")]),
    ("電池將來自比亞迪旗下的弗迪電池。", [co("比亞迪", "BYD"), co("弗迪電池", "FinDreams Battery", "BYD")]),
    ("FinDreams Battery will supply the cells.", [co("FinDreams Battery", "FinDreams Battery", "BYD")]),
    ("He founded Beijing Lightyear Technology with $50 million.",
     [co("Beijing Lightyear Technology", "Light Year", "Meituan")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "The crawler saves pages as warc files.",
    "Australia's future fund grew last year.",
    "快的话明天就能到，打车很方便。",
    "天文台发布了新的星图，数据量很大。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
