"""The firms and regulators split AE annotated but the gazetteer did not find (lib/rules/gazetteer.csv): more
publishers of the NPPA's licence batches (Kingame, Dazzle Interactive), firms an article quotes or cites for
figures (CTOL Digital Solutions, Ying An Asset Management, Bloomberg's Second Measure), shares a launch moved
(Shanghai Film, by its firm name), an AI video start-up (Rabbitpre, 兔展智能), the courier 闪送 (Shansong) as
an item of a list of firms, Zqgame by its pinyin (Zhongqingbao); Sogou's input method as Tencent's product, no
Sogou firm; US Customs and Border Protection (美国海关) and China's commerce ministry (商务部) as regulators; the NPPA
by the name five English outlets give it ("National Press and Public Administration") and by 出版署.
In English, simplified and traditional Chinese where the class exists, and the everyday words they must not
take. Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CUSTOMS = "US Customs and Border Protection"
MOFCOM = "MOFCOM"

CLASSES = [
    # Class (licence-batch publishers; AE en2908, zt2920)
    ("The NPPA approved titles from iDreamSky, Kingame and Dazzle Interactive Network Technology.",
     [("NPPA", "NPPA", ""), co("iDreamSky", "iDreamSky"), co("Kingame", "Kingame"),
      co("Dazzle Interactive Network Technology", "Dazzle Interactive Network Technology")]),
    ("Zhongqingbao and XD Inc won licences.", [co("Zhongqingbao", "Zqgame"), co("XD Inc", "XD Inc")]),
    ("中青宝和心动公司获得版号。", [co("中青宝", "Zqgame"), co("心动公司", "XD Inc")]),
    ("中青寶(深:300052)獲批。", [co("中青寶", "Zqgame")]),
    # Class (firms quoted or cited for figures; AE en2942, en2943, zs2912)
    ("Consultancy CTOL Digital Solutions called it the most advanced model.",
     [co("CTOL Digital Solutions", "CTOL Digital Solutions")]),
    ("said the chief investment officer of Ying An Asset Management Co.",
     [co("Ying An Asset Management", "Ying An Asset Management")]),
    ("根据彭博社数据分析公司Second Measure的数据,Shein的销售额下降。",
     [("彭博社", "Bloomberg", ""), co("Second Measure", "Second Measure"), co("Shein", "Shein")]),
    # Class (shares a launch moved, a start-up; AE en2942, en2948)
    ("Shares of Shanghai Film Co rose 10 percent.", [co("Shanghai Film Co", "Shanghai Film")]),
    ("上海电影股份涨停。", [co("上海电影股份", "Shanghai Film")]),
    ("Peking University and Rabbitpre announced a text-to-video project.", [co("Rabbitpre", "Rabbitpre")]),
    ("北京大学与兔展智能发布文生视频项目。", [co("兔展智能", "Rabbitpre")]),
    ("北京大學與兔展智能發布文生視頻項目。", [co("兔展智能", "Rabbitpre")]),
    # Class (an everyday-word courier in a list of firms; AE zs2914)
    ("骑手可以跑闪送、顺丰等其他即时配送平台。", [co("闪送", "Shansong"), co("顺丰", "SF Express")]),
    ("騎手可以跑閃送、順豐等其他即時配送平台。", [co("閃送", "Shansong"), co("順豐", "SF Express")]),
    # Class (a product named by its former firm's name; C en112, AE zt2960)
    ("Tencent moved QQ Browser and Sogou Input Method to its cloud group.",
     [co("Tencent", "Tencent"), ("QQ", "QQ", "Tencent"), co("Sogou Input Method", "Sogou Input Method", "Tencent")]),
    ("腾讯将搜狗输入法转入CSIG。", [co("腾讯", "Tencent"), co("搜狗输入法", "Sogou Input Method", "Tencent")]),
    ("騰訊將搜狗輸入法轉入CSIG。", [co("騰訊", "Tencent"), co("搜狗輸入法", "Sogou Input Method", "Tencent")]),
    ("搜狗并入腾讯。", [co("搜狗", "Sogou", "Tencent"), co("腾讯", "Tencent")]),
    # Class (the US customs agency as a regulator; AE en2901, zt2919)
    ("In 2024 alone, US Customs processed 1.3 billion parcels.", [("US Customs", CUSTOMS, "")]),
    ("The move overwhelmed U.S. Customs and Border Protection (CBP).",
     [("U.S. Customs", CUSTOMS, ""), ("CBP", CUSTOMS, "")]),
    ("Customs and Border Protection halted parcels from China.", [("Customs and Border Protection", CUSTOMS, "")]),
    ("美国海关于5月1日发布最新公告。", [("美国海关", CUSTOMS, "")]),
    ("美國海關於5月1日發布最新公告。", [("美國海關", CUSTOMS, "")]),
    # Class (China's commerce ministry by its lower-case English name, as the wires write it; AE en2908)
    ("On July 21, the commerce ministry and 26 other departments released a document.",
     [("commerce ministry", MOFCOM, "")]),
    ("He visited China's Ministry of Commerce on Thursday.", [("Ministry of Commerce", MOFCOM, "")]),
    ("商务部等27部门联合印发文件。", [("商务部", MOFCOM, "")]),
    ("商務部等27部門聯合印發文件。", [("商務部", MOFCOM, "")]),
    # Class (the NPPA by its common English variant and its short Chinese name; en1609, en2406, en2407, en2610,
    # en2906, zs2911)
    ("On September 13, China's National Press and Public Administration released a new list of licenses.",
     [("National Press and Public Administration", "NPPA", "")]),
    ("出版署单月发放网游版号数再次过百。", [("出版署", "NPPA", "")]),
    ("出版署單月發放網遊版號數再次過百。", [("出版署", "NPPA", "")]),
    ("国家新闻出版署公布了版号名单。", [("国家新闻出版署", "NPPA", "")]),
    # near miss: the US department keeps its own row
    ("美国商务部周五发布新规。", [("美国商务部", "US Commerce Department", "")]),
    ("The Commerce Department said on Friday.", [("Commerce Department", "US Commerce Department", "")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "A second measure will follow next year.",
    "The Shanghai Film Festival opens in June.",
    "上海电影节6月开幕。",
    "闪送服务三十分钟送达。",
    "us customs officers and their families",
    "The national press and public broadcasters covered the launch.",
    "出版社出版了这本书。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
