"""The classes of firms split AA annotated but the gazetteer did not find (lib/rules/gazetteer.csv, "Split AA's
gaps by class", and the rows extended for it): a robotaxi maker's local partners (a city's taxi group, a
district's investment group); a studio the press names as a subsidiary (Team Jade, rolling up to Tencent);
a bank's full legal name (China International Capital Corporation); a firm's name that is an everyday phrase
in lower case (Butterfly Effect) or a bourse named by its city and "Exchange" (Hong Kong Exchange). In
English, simplified and traditional Chinese where the class exists, and the everyday words they must not
take. Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (a robotaxi maker's local partners in a pilot zone; AA en2509)
    ("WeRide runs the zone with Baiyun Taxi Group and SCI (Guangzhou) Group.",
     [co("WeRide", "WeRide"), co("Baiyun Taxi Group", "Baiyun Taxi Group"),
      co("SCI (Guangzhou) Group", "SCI (Guangzhou) Group")]),
    ("文远知行与白云出租汽车集团、科学城（广州）投资集团合资运营示范区。",
     [co("文远知行", "WeRide"), co("白云出租汽车集团", "Baiyun Taxi Group"),
      co("科学城（广州）投资集团", "SCI (Guangzhou) Group")]),
    ("文遠知行與白雲出租汽車集團、科學城（廣州）投資集團合資運營示範區。",
     [co("文遠知行", "WeRide"), co("白雲出租汽車集團", "Baiyun Taxi Group"),
      co("科學城（廣州）投資集團", "SCI (Guangzhou) Group")]),
    # Class (a game studio named as a subsidiary: a company row rolling up to its parent; AA en2514)
    ("The shooter was made by Team Jade, a Tencent subsidiary.",
     [co("Team Jade", "Team Jade", "Tencent"), co("Tencent", "Tencent")]),
    ("这款射击游戏由腾讯旗下琳琅天上工作室开发。",
     [co("腾讯", "Tencent"), co("琳琅天上工作室", "Team Jade", "Tencent")]),
    ("這款射擊遊戲由騰訊旗下琳琅天上工作室開發。",
     [co("騰訊", "Tencent"), co("琳琅天上工作室", "Team Jade", "Tencent")]),
    # Class (a bank's full legal name, "Corporation" spelt out; in Chinese only with its legal form, since
    # 中国国际金融 alone opens forums and societies; AA en2513, en2519)
    ("The firm hired China International Capital Corporation and UBS for the listing.",
     [co("China International Capital Corporation", "CICC"), co("UBS", "UBS")]),
    ("公司聘请中国国际金融股份有限公司担任保荐人。", [co("中国国际金融股份有限公司", "CICC")]),
    ("公司聘請中國國際金融股份有限公司擔任保薦人。", [co("中國國際金融股份有限公司", "CICC")]),
    # Class (a firm whose name is an everyday phrase in lower case: capitalised, it is the firm; AA en2511)
    ("Manus was built by start-up Butterfly Effect before it moved to Singapore.",
     [co("Manus", "Manus", "Butterfly Effect"), co("Butterfly Effect", "Butterfly Effect")]),
    # Class (a bourse named by its city and "Exchange"; AA en2507)
    ("Trading in the shares was suspended by Hong Kong Exchange.",
     [co("Hong Kong Exchange", "Hong Kong Exchanges and Clearing")]),
    # Class (a Hong Kong fintech firm whose site first reports a company's statement; AA zt2501)
    ("香港金融科技企業Fortune Insight報導稱，Oppo India已償還欠稅。",
     [co("Fortune Insight", "Fortune Insight"), co("Oppo", "Oppo")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "It is the butterfly effect: a small change in rules moves the whole market.",
    "The Hong Kong Exchange Fund and the Hong Kong exchange rate held steady.",
    "白云机场的出租车排起长队,科学城里新建了产业园。",
    "白雲機場的出租車排起長隊,科學城裡新建了產業園。",
    "国际金融市场波动加剧,中国国际金融论坛今日开幕。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
