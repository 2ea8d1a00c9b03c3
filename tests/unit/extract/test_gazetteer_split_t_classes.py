"""The classes of firms split T annotated but the gazetteer did not find (lib/rules/gazetteer.csv, "Split T's
gaps by class"): a group's listed units named "<parent> <business>"; Hong Kong's property groups and
supermarket chains; a mainland firm's name as Taiwan's press writes it (資訊 for 信息); and a short name that
is an everyday word right before a noun of a firm's own parts (荣耀业务, 宝马经销商: lib/rules/firm_lists.csv).
In English, simplified and traditional Chinese where the class exists, and the everyday words they must not
take. Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (a group's listed units, "<parent> <business>", rolling up to the parent; T zt1807)
    ("JD Industrials filed for a Hong Kong listing, after JD Health and JD Logistics; JD Property may follow.",
     [co("JD Industrials", "JD Industrials", "JD.com"), co("JD Health", "JD Health", "JD.com"),
      co("JD Logistics", "JD Logistics", "JD.com"), co("JD Property", "JD Property", "JD.com")]),
    ("京东工业将在港上市，此前京东健康、京东物流已上市，顺丰同城亦为港股。",
     [co("京东工业", "JD Industrials", "JD.com"), co("京东健康", "JD Health", "JD.com"),
      co("京东物流", "JD Logistics", "JD.com"), co("顺丰同城", "SF Intra-city", "SF Express")]),
    ("京東工業將在港上市，此前京東健康、京東物流已上市，京東產發亦遞表。",
     [co("京東工業", "JD Industrials", "JD.com"), co("京東健康", "JD Health", "JD.com"),
      co("京東物流", "JD Logistics", "JD.com"), co("京東產發", "JD Property", "JD.com")]),
    # Class (Hong Kong's property groups selling or leasing offices to mainland platforms; T zt1807)
    ("Lai Sun Development and Lai Sun International sold the tower; Sun Hung Kai Properties and Henderson Land "
     "lease offices to Alibaba.",
     [co("Lai Sun Development", "Lai Sun Development"), co("Lai Sun International", "Lai Sun International"),
      co("Sun Hung Kai Properties", "Sun Hung Kai Properties"), co("Henderson Land", "Henderson Land"),
      co("Alibaba", "Alibaba")]),
    ("丽新发展与丽新国际出售写字楼，新鸿基地产、恒基地产及太古地产亦向腾讯出租办公室。",
     [co("丽新发展", "Lai Sun Development"), co("丽新国际", "Lai Sun International"),
      co("新鸿基地产", "Sun Hung Kai Properties"), co("恒基地产", "Henderson Land"),
      co("太古地产", "Swire Properties"), co("腾讯", "Tencent")]),
    ("麗新發展與麗新國際出售寫字樓，新世界發展、信和置業及恒隆地產亦向騰訊出租辦公室。",
     [co("麗新發展", "Lai Sun Development"), co("麗新國際", "Lai Sun International"),
      co("新世界發展", "New World Development"), co("信和置業", "Sino Land"),
      co("恒隆地產", "Hang Lung Properties"), co("騰訊", "Tencent")]),
    # Class (Hong Kong's supermarket chains bought or fought by mainland platforms; T zt1807)
    ("JD.com bought Kai Bo Food Supermarket to take on Wellcome Supermarket and PARKnSHOP.",
     [co("JD.com", "JD.com"), co("Kai Bo Food Supermarket", "Kai Bo Food Supermarket"),
      co("Wellcome Supermarket", "Wellcome"), co("PARKnSHOP", "PARKnSHOP")]),
    ("京东收购佳宝食品超级市场，与惠康超市、百佳超市竞争。",
     [co("京东", "JD.com"), co("佳宝食品超级市场", "Kai Bo Food Supermarket"), co("惠康超市", "Wellcome"),
      co("百佳超市", "PARKnSHOP")]),
    ("京東收購佳寶食品超級市場，與惠康超市、百佳超市競爭。",
     [co("京東", "JD.com"), co("佳寶食品超級市場", "Kai Bo Food Supermarket"), co("惠康超市", "Wellcome"),
      co("百佳超市", "PARKnSHOP")]),
    # Class (a mainland firm's name as Taiwan's press writes it: 資訊 for 信息; T zt1803)
    ("荣耀被深圳市智信新信息技术公司收购。",
     [co("深圳市智信新信息技术", "Shenzhen Zhixin New Information Technology")]),
    ("榮耀被深圳市智信新資訊技術公司收購。",
     [co("深圳市智信新資訊技術", "Shenzhen Zhixin New Information Technology")]),
    # Class (a short name that is an everyday word, right before a noun of a firm's own parts; T zt1802-03)
    ("华为决定出售荣耀业务，数十家荣耀代理商参与收购。",
     [co("华为", "Huawei"), co("荣耀", "Honor"), co("荣耀", "Honor")]),
    ("華為決定出售榮耀業務，數十家榮耀經銷商參與收購。",
     [co("華為", "Huawei"), co("榮耀", "Honor"), co("榮耀", "Honor")]),
    ("华为拟出售旗下手机品牌荣耀的业务。", [co("华为", "Huawei"), co("荣耀", "Honor")]),  # the part sold
    ("華為擬出售旗下手機品牌榮耀的業務。", [co("華為", "Huawei"), co("榮耀", "Honor")]),
    ("宝马经销商降价促销，理想门店增至五百家，平安股东大会今日召开。",
     [co("宝马", "BMW"), co("理想", "Li Auto"), co("平安", "Ping An")]),
    ("寶馬經銷商降價促銷，理想門店增至五百家，美的股價上漲。",
     [co("寶馬", "BMW"), co("理想", "Li Auto"), co("美的", "Midea")]),
    ("Huawei sold its Honor business to dealers; BMW dealers cut prices.",
     [co("Huawei", "Huawei"), co("Honor", "Honor"), co("BMW", "BMW")]),
]

# The everyday words before the same nouns, and the names these rows hold without naming a firm.
EVERYDAY = [
    "完美的业务体验，精美的门店设计，寻找理想的股东和理想的门店。",
    "完美的業務體驗，精美的門店設計，尋找理想的股東。",
    "中国银行业务转型加快，荣耀属于每一位队员，大众品牌受欢迎。",
    "中國銀行業務轉型加快，榮耀屬於每一位隊員。",
    "引领展会潮流，集中粮食收购，新世界的大门已打开。",
    "It was an honor to lead the business; a new world of property; sun and land.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
