"""The classes of firms split H annotated but the gazetteer did not know (lib/rules/gazetteer.csv,
"round 8"): Singapore's and Hong Kong's banks in research notes, US power utilities traded as AI's
power suppliers, e-commerce peers abroad, trackers of apps and chatbots, surgical robot makers, and a
full legal name as an alias of a known firm; in English, simplified and traditional Chinese, and the
everyday words they must not take."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Banks and brokers of Singapore and Hong Kong
    ("DBS and OCBC raised their targets, UOB Kay Hian cut its own, and Bank of East Asia joined Maybank.",
     [co("DBS", "DBS"), co("OCBC", "OCBC"), co("UOB Kay Hian", "UOB"), co("Bank of East Asia", "Bank of East Asia"),
      co("Maybank", "Maybank")]),
    ("星展银行与华侨银行上调快手目标价，大华银行和东亚银行维持评级。",
     [co("星展银行", "DBS"), co("华侨银行", "OCBC"), co("快手", "Kuaishou"), co("大华银行", "UOB"),
      co("东亚银行", "Bank of East Asia")]),
    ("星展銀行與華僑銀行上調快手目標價，大華繼顯和東亞銀行維持評級。",
     [co("星展銀行", "DBS"), co("華僑銀行", "OCBC"), co("快手", "Kuaishou"), co("大華繼顯", "UOB"),
      co("東亞銀行", "Bank of East Asia")]),
    # US power utilities
    ("Constellation Energy fell 21% and Vistra 29%, while NextEra Energy, Talen Energy and Duke Energy slid.",
     [co("Constellation Energy", "Constellation Energy"), co("Vistra", "Vistra"),
      co("NextEra Energy", "NextEra Energy"), co("Talen Energy", "Talen Energy"), co("Duke Energy", "Duke Energy")]),
    ("美国联合能源公司股价下跌21%，星座能源、新纪元能源和杜克能源跟跌。",
     [co("美国联合能源", "Constellation Energy"), co("星座能源", "Constellation Energy"),
      co("新纪元能源", "NextEra Energy"), co("杜克能源", "Duke Energy")]),
    ("美國聯合能源公司股價下跌21%，Vistra的股價下跌29%，塔倫能源和道明尼能源亦跌。",
     [co("美國聯合能源", "Constellation Energy"), co("Vistra", "Vistra"), co("塔倫能源", "Talen Energy"),
      co("道明尼能源", "Dominion Energy")]),
    # E-commerce peers abroad
    ("Temu does not look much different from Amazon, Wish or Wayfair; ContextLogic runs Wish.",
     [co("Temu", "Temu", "Pinduoduo"), co("Amazon", "Amazon"), co("Wish", "Wish"), co("Wayfair", "Wayfair"),
      co("ContextLogic", "Wish"), co("Wish", "Wish")]),
    # Trackers of apps and chatbots
    ("According to AICPB.com, Apptopia and Qimai Data, Doubao led; Aurora Mobile counted users.",
     [co("AICPB.com", "AICPB"), co("Apptopia", "Apptopia"), co("Qimai Data", "Qimai"),
      co("Doubao", "Doubao", "ByteDance"), co("Aurora Mobile", "Aurora Mobile")]),
    ("据AI产品榜和七麦数据统计，豆包日活破亿。", [co("AI产品榜", "AICPB"), co("七麦数据", "Qimai"),
                                   co("豆包", "Doubao", "ByteDance")]),
    ("據AI產品榜與極光大數據統計，豆包日活破億。", [co("AI產品榜", "AICPB"), co("極光大數據", "Aurora Mobile"),
                                    co("豆包", "Doubao", "ByteDance")]),
    # Surgical robot makers, and full legal names of known firms
    ("Shanghai Iluvatar CoreX rose, Shenzhen Edge Medical jumped; MicroPort MedBot and Intuitive Surgical fell.",
     [co("Shanghai Iluvatar CoreX", "Iluvatar CoreX"), co("Shenzhen Edge Medical", "Edge Medical"),
      co("MicroPort MedBot", "MicroPort MedBot"), co("Intuitive Surgical", "Intuitive Surgical")]),
    ("上海天数智芯与精锋医疗同日上市，微创机器人和直觉外科下跌。",
     [co("上海天数智芯", "Iluvatar CoreX"), co("精锋医疗", "Edge Medical"), co("微创机器人", "MicroPort MedBot"),
      co("直觉外科", "Intuitive Surgical")]),
    ("上海天數智芯與精鋒醫療同日上市，微創機器人下跌。",
     [co("上海天數智芯", "Iluvatar CoreX"), co("精鋒醫療", "Edge Medical"), co("微創機器人", "MicroPort MedBot")]),
]

# Everyday words that share their letters or characters with these firms.
EVERYDAY = [
    "I wish them well; we all wish for a deal. The constellation of stars, a dominion over markets.",
    "明星展示新款手机，卫星展览开幕；大华地区的东亚市场，联合能源研究。",
    "明星展示新款手機，衛星展覽開幕；東亞市場。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
