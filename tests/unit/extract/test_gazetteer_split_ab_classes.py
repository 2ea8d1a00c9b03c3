"""The classes of firms split AB annotated but the gazetteer did not find (lib/rules/gazetteer.csv, "Split AB's
gaps by class", and the rows extended for it): game publishers a licence batch names (iDreamSky, Zqgame, 37Games
as 37 Interactive's brand, G-bits by its full English name); a firm's subsidiary under its own name (JD Digits,
Alibaba's international business group, Dada by its brand); a listed firm by its stock name (京沪高铁); a deals
site written in Latin letters in Chinese text (Groupon); the Hong Kong press's names for a bank and a research
firm (摩通, 晨星); a rebranded ride-hailing app's new spelling (Freenow). In English, simplified and traditional
Chinese where the class exists, and the everyday words they must not take. Sentences are written here, none
copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (game publishers in a licence batch; AB en2610)
    ("Titles from iDreamSky, 37Games and Shenzhen Zqgame were on the list.",
     [co("iDreamSky", "iDreamSky"), co("37Games", "37 Interactive"), co("Shenzhen Zqgame", "Zqgame")]),
    ("The studio belongs to G-bits Network Technology Xiamen.",
     [co("G-bits Network Technology Xiamen", "G-bits")]),
    ("获批名单中有创梦天地、三七互娱和中青宝的游戏。",
     [co("创梦天地", "iDreamSky"), co("三七互娱", "37 Interactive"), co("中青宝", "Zqgame")]),
    ("獲批名單中有創夢天地、三七互娛和中青寶的遊戲,廈門吉比特亦在列。",
     [co("創夢天地", "iDreamSky"), co("三七互娛", "37 Interactive"), co("中青寶", "Zqgame"),
      co("廈門吉比特", "G-bits")]),
    # Class (a subsidiary that is a business under its own name, rolling up to its parent; AB zs2602, zs2605)
    ("JD Digits withdrew its listing plan; Dada said JD raised its stake.",
     [co("JD Digits", "JD Technology", "JD.com"), co("Dada", "Dada Nexus", "JD.com"), co("JD", "JD.com")]),
    ("京东撤回京东数科的上市申请,达达是一家配送公司。",
     [co("京东", "JD.com"), co("京东数科", "JD Technology", "JD.com"), co("达达", "Dada Nexus", "JD.com")]),
    ("京東撤回京東數科的上市申請,達達是一家配送公司。",
     [co("京東", "JD.com"), co("京東數科", "JD Technology", "JD.com"), co("達達", "Dada Nexus", "JD.com")]),
    ("阿里国际数字商业集团启动外部融资。",
     [co("阿里国际数字商业集团", "Alibaba International", "Alibaba")]),
    ("阿里國際數字商業集團啟動外部融資。",
     [co("阿里國際數字商業集團", "Alibaba International", "Alibaba")]),
    ("Alibaba International Digital Commerce Group will seek outside funding.",
     [co("Alibaba International Digital Commerce Group", "Alibaba International", "Alibaba")]),
    # ... but its platform named alone is a product, no firm named
    ("商家入驻阿里国际站开拓海外市场。", [co("阿里国际站", "Alibaba.com", "Alibaba")]),
    # Class (a listed firm by its stock name; AB zt2604)
    ("京沪高铁年初创下A股最大IPO。", [co("京沪高铁", "Beijing-Shanghai High-Speed Railway")]),
    ("京滬高鐵年初創下A股最大IPO。", [co("京滬高鐵", "Beijing-Shanghai High-Speed Railway")]),
    ("Beijing-Shanghai High-Speed Railway raised $4.4 billion.",
     [co("Beijing-Shanghai High-Speed Railway", "Beijing-Shanghai High-Speed Railway")]),
    # Class (a deals site written in Latin letters in any script; AB en2605)
    ("Meituan began as a Groupon clone.", [co("Meituan", "Meituan"), co("Groupon", "Groupon")]),
    ("美团起家时模仿Groupon。", [co("美团", "Meituan"), co("Groupon", "Groupon")]),
    # Class (the Hong Kong press's names for a bank and a research firm; AB zt2608)
    ("摩通在10月發表報告,晨星則維持評級。", [co("摩通", "JPMorgan"), co("晨星", "Morningstar")]),
    ("摩通在10月发表报告,晨星则维持评级。", [co("摩通", "JPMorgan"), co("晨星", "Morningstar")]),
    # Class (a rebranded app's new spelling; AB en2613)
    ("Lyft bought the German taxi app Freenow.", [co("Lyft", "Lyft"), co("Freenow", "FREENOW")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "代表团抵达达沃斯,会议达成共识;电机的马达达到额定转速。",
    "代表團抵達達沃斯,會議達成共識。",
    "达达主义影响了现代艺术。",
    "这样的人才寥若晨星;晨星半导体曾是一家芯片设计公司。",
    "The train runs on the Beijing-Shanghai high-speed railway.",
    "A free now, pay later offer.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
