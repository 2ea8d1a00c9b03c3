"""The firms split AH annotated but the gazetteer did not find (lib/rules/gazetteer.csv): Hang Seng names a Hong
Kong market wrap lists by their short stock names (石药, 申洲, 老铺黄金, Mixue as 蜜雪), cornerstone investors of
an AI listing (Aspex, Eastspring Investments, Alisoft China), Hong Kong listings of the robot and logistics class
(Bolaton, GoGoX), a carmaker's parts supplier (北汽模塑, which is no BAIC), the security-software firms of the
2006 "rogue software" fight (Kaspersky, Jiangmin as an item of a list of firms) and the 2000s portals (Oak Pacific
Interactive, now Renren, whose site 人人网 is its platform; Yahoo China, rolling up to Alibaba).
In English, simplified and traditional Chinese where the class exists, and the everyday words they must not
take. Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (Hang Seng names by their short stock names; AH zt3256)
    ("石药(01093.HK)、申洲(02313.HK)各跌约2%。",
     [co("石药", "CSPC Pharmaceutical"), co("申洲", "Shenzhou International")]),
    ("石藥(01093.HK)、申洲(02313.HK)各跌約2%。",
     [co("石藥", "CSPC Pharmaceutical"), co("申洲", "Shenzhou International")]),
    ("CSPC Pharmaceutical and Shenzhou International fell about 2%.",
     [co("CSPC Pharmaceutical", "CSPC Pharmaceutical"), co("Shenzhou International", "Shenzhou International")]),
    ("老铺黄金低开3.4%,蜜雪平开走低。", [co("老铺黄金", "Laopu Gold"), co("蜜雪", "Mixue")]),
    ("老鋪黃金低開3.4%,蜜雪平開走低。", [co("老鋪黃金", "Laopu Gold"), co("蜜雪", "Mixue")]),
    ("Laopu Gold and Mixue Group led the new consumption stocks lower.",
     [co("Laopu Gold", "Laopu Gold"), co("Mixue Group", "Mixue")]),
    # Class (cornerstone investors of a listing; AH zs3241)
    ("Cornerstone investors include Aspex Master Fund, Eastspring Investments and Alisoft China.",
     [co("Aspex Master Fund", "Aspex"), co("Eastspring Investments", "Eastspring Investments", "Prudential"),
      co("Alisoft China", "Alisoft China", "Alibaba")]),
    ("基石投资者包括瀚亚投资等14家机构。", [co("瀚亚投资", "Eastspring Investments", "Prudential")]),
    ("基石投資者包括瀚亞投資等14家機構。", [co("瀚亞投資", "Eastspring Investments", "Prudential")]),
    # Class (Hong Kong listings: a mining-robot maker, a van-hailing platform; AH zt3223, zt3260)
    ("矿山机器人博雷顿完成上市,快狗打车获批上市。", [co("博雷顿", "Bolaton"), co("快狗打车", "GoGoX")]),
    ("礦山機器人博雷頓完成上市,快狗打車獲批上市。", [co("博雷頓", "Bolaton"), co("快狗打車", "GoGoX")]),
    ("Bolaton and GoGoX listed in Hong Kong.", [co("Bolaton", "Bolaton"), co("GoGoX", "GoGoX")]),
    # Class (a carmaker's parts supplier, no BAIC; AH zt3225)
    ("小米与北汽模塑的合作细节外泄。", [co("小米", "Xiaomi"), co("北汽模塑", "Beiqi Moulding")]),
    ("小米與北汽模塑的合作細節外洩。", [co("小米", "Xiaomi"), co("北汽模塑", "Beiqi Moulding")]),
    # near miss: BAIC by its own name keeps its row
    ("北汽集团发布新车。", [co("北汽集团", "BAIC")]),
    # Class (security-software firms; AH zs3247)
    ("奇虎与卡巴斯基公司合作,江民等杀毒软件公司也参与进来。",
     [co("奇虎", "Qihoo 360"), co("卡巴斯基", "Kaspersky"), co("江民", "Jiangmin")]),
    ("奇虎與卡巴斯基公司合作,江民等殺毒軟件公司也參與進來。",
     [co("奇虎", "Qihoo 360"), co("卡巴斯基", "Kaspersky"), co("江民", "Jiangmin")]),
    ("Qihoo bundled Kaspersky's antivirus.", [co("Qihoo", "Qihoo 360"), co("Kaspersky", "Kaspersky")]),
    ("江民科技发布新版杀毒软件。", [co("江民科技", "Jiangmin")]),
    # Class (2000s portals; AH zs3247, and AB en2605's site named alone)
    ("百度、千橡和雅虎中国开发的插件在列。",
     [co("百度", "Baidu"), co("千橡", "Renren"), co("雅虎中国", "Yahoo China", "Alibaba")]),
    ("百度、千橡和雅虎中國開發的插件在列。",
     [co("百度", "Baidu"), co("千橡", "Renren"), co("雅虎中國", "Yahoo China", "Alibaba")]),
    ("Oak Pacific Interactive renamed itself Renren Inc.",
     [co("Oak Pacific Interactive", "Renren"), co("Renren Inc", "Renren")]),
    ("His resume includes the predecessor of renren.com.", [("renren.com", "Renren Network", "Renren")]),
    ("他曾创办人人网的前身。", [("人人网", "Renren Network", "Renren")]),
    # near miss: Yahoo by its own name keeps its row
    ("雅虎宣布关闭中国业务。", [co("雅虎", "Yahoo")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "李江民说,这款软件很好用。",
    "人人都在用这个应用。",
    "The renren of the village gathered.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
