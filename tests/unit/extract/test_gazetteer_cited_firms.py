"""The firms business news about Chinese tech cites beside the platforms, in English, simplified and
traditional Chinese: brokers, research and data firms, enterprise software abroad, Foxconn's units
and Japan's parts makers, robotics start-ups by their pinyin names, state cloud and data firms; and
the everyday words that share characters with them (lib/rules/gazetteer.csv)."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

SECTORS = [
    # Brokers and investment banks: research notes and IPO sponsors
    ("Evercore ISI, Needham, Wedbush and Piper Sandler raised targets; KeyBanc and Raymond James held.",
     [co("Evercore ISI", "Evercore"), co("Needham", "Needham"), co("Wedbush", "Wedbush"),
      co("Piper Sandler", "Piper Sandler"), co("KeyBanc", "KeyBanc"), co("Raymond James", "Raymond James")]),
    ("CCB International and BOCOM International were joint sponsors with SMBC Nikko and Societe Generale.",
     [co("CCB International", "CCB International", "China Construction Bank"),
      co("BOCOM International", "BOCOM International", "Bank of Communications"), co("SMBC Nikko", "SMBC"),
      co("Societe Generale", "Societe Generale")]),
    ("中信里昂与建银国际、交银国际担任联席保荐人，浙商证券、国盛证券和华西证券发布研报。",
     [co("中信里昂", "CLSA"), co("建银国际", "CCB International", "China Construction Bank"),
      co("交银国际", "BOCOM International", "Bank of Communications"), co("浙商证券", "Zheshang Securities"),
      co("国盛证券", "Guosheng Securities"), co("华西证券", "Huaxi Securities")]),
    ("中信里昂與建銀國際看好騰訊，東北證券、國海證券和德邦證券上調評級。",
     [co("中信里昂", "CLSA"), co("建銀國際", "CCB International", "China Construction Bank"), co("騰訊", "Tencent"),
      co("東北證券", "Northeast Securities"), co("國海證券", "Sealand Securities"),
      co("德邦證券", "Tebon Securities")]),
    # Research and data firms cited for figures
    ("SensorTower, Appfigures and Newzoo tracked downloads; Euromonitor, Kantar and Niko Partners sized markets.",
     [co("SensorTower", "Sensor Tower"), co("Appfigures", "Appfigures"), co("Newzoo", "Newzoo"),
      co("Euromonitor", "Euromonitor"), co("Kantar", "Kantar"), co("Niko Partners", "Niko Partners")]),
    ("据科纳仕、国际数据公司和高德纳统计，伽马数据与欧睿国际的报告显示游戏收入增长。",
     [co("科纳仕", "Canalys"), co("国际数据公司", "IDC"), co("高德纳", "Gartner"), co("伽马数据", "Gamma Data"),
      co("欧睿国际", "Euromonitor")]),
    ("據科納仕與國際數據公司統計，凱度和伽馬數據的報告顯示增長。",
     [co("科納仕", "Canalys"), co("國際數據公司", "IDC"), co("凱度", "Kantar"), co("伽馬數據", "Gamma Data")]),
    # Enterprise software and cloud abroad
    ("Workday, VMware, Infosys, Capgemini, Atlassian, Intuit and Autodesk cut staff as Oracle hired.",
     [co("Workday", "Workday"), co("VMware", "VMware", "Broadcom"), co("Infosys", "Infosys"),
      co("Capgemini", "Capgemini"), co("Atlassian", "Atlassian"), co("Intuit", "Intuit"), co("Autodesk", "Autodesk"),
      co("Oracle", "Oracle")]),
    ("甲骨文与思爱普、国际商业机器竞争，欧特克和凯捷也在布局AI。",
     [co("甲骨文", "Oracle"), co("思爱普", "SAP"), co("国际商业机器", "IBM"), co("欧特克", "Autodesk"),
      co("凯捷", "Capgemini")]),
    ("甲骨文與思愛普競爭，歐特克和印孚瑟斯跟進。",
     [co("甲骨文", "Oracle"), co("思愛普", "SAP"), co("歐特克", "Autodesk"), co("印孚瑟斯", "Infosys")]),
    # Foxconn's units, and Japan's parts makers
    ("Foxtron, FIH Mobile and FIT Hon Teng are Foxconn units; Zhen Ding Tech, Nidec and Omron supply them.",
     [co("Foxtron", "Foxtron", "Foxconn"), co("FIH Mobile", "FIH Mobile", "Foxconn"),
      co("FIT Hon Teng", "Foxconn Interconnect", "Foxconn"), co("Foxconn", "Foxconn"),
      co("Zhen Ding Tech", "Zhen Ding"), co("Nidec", "Nidec"), co("Omron", "Omron")]),
    ("鸿华先进、富智康和鸿腾精密隶属鸿海，日本电产、欧姆龙与罗姆半导体供应零件。",
     [co("鸿华先进", "Foxtron", "Foxconn"), co("富智康", "FIH Mobile", "Foxconn"),
      co("鸿腾精密", "Foxconn Interconnect", "Foxconn"), co("鸿海", "Foxconn"), co("日本电产", "Nidec"),
      co("欧姆龙", "Omron"), co("罗姆半导体", "Rohm")]),
    ("鴻華先進與富智康隸屬鴻海，日本電產、尼得科與臻鼎科技供應零件。",
     [co("鴻華先進", "Foxtron", "Foxconn"), co("富智康", "FIH Mobile", "Foxconn"), co("鴻海", "Foxconn"),
      co("日本電產", "Nidec"), co("尼得科", "Nidec"), co("臻鼎科技", "Zhen Ding")]),
    # Robotics and embodied-AI start-ups, by their brands and their pinyin names
    ("Xinghaitu, Xingdong Jiyuan, Tashi Zhihang and Kuawei Intelligence raised funds, as did DexForce and Dexmal.",
     [co("Xinghaitu", "Galaxea"), co("Xingdong Jiyuan", "Robotera"), co("Tashi Zhihang", "TARS"),
      co("Kuawei Intelligence", "DexForce"), co("DexForce", "DexForce"), co("Dexmal", "Dexmal")]),
    ("星海图、星动纪元、它石智航、跨维智能和小雨智造完成融资，智元机器人入主上纬新材，开普勒机器人发布新品。",
     [co("星海图", "Galaxea"), co("星动纪元", "Robotera"), co("它石智航", "TARS"), co("跨维智能", "DexForce"),
      co("小雨智造", "Xiaoyu Zhizao"), co("智元机器人", "AgiBot"), co("上纬新材", "Swancor Advanced Materials"),
      co("开普勒机器人", "Kepler")]),
    ("星海圖、它石智航與帕西尼感知完成融資，原力靈機和智平方跟進，智元機器人入主上緯新材。",
     [co("星海圖", "Galaxea"), co("它石智航", "TARS"), co("帕西尼感知", "PaXini"), co("原力靈機", "Dexmal"),
      co("智平方", "AI2 Robotics"), co("智元機器人", "AgiBot"), co("上緯新材", "Swancor Advanced Materials")]),
    ("Meituan bought Light Years Beyond; Shangwei New Materials is controlled by AgiBot.",
     [co("Meituan", "Meituan"), co("Light Years Beyond", "Light Year", "Meituan"),
      co("Shangwei New Materials", "Swancor Advanced Materials"), co("AgiBot", "AgiBot")]),
    # State cloud and data firms
    ("Guizhou-Cloud Big Data runs iCloud in China; Shanghai Data Group and China Electronics Cloud expand.",
     [co("Guizhou-Cloud Big Data", "Guizhou-Cloud Big Data"), co("Shanghai Data Group", "Shanghai Data Group"),
      ("China Electronics Cloud", "China Electronics Cloud", "China Electronics Corporation")]),
    ("苹果在中国的数据由云上贵州运营，上海数据集团与联通云合作。",
     [co("苹果", "Apple"), co("云上贵州", "Guizhou-Cloud Big Data"), co("上海数据集团", "Shanghai Data Group"),
      ("联通云", "Unicom Cloud", "China Unicom")]),
    ("蘋果在中國的數據由雲上貴州營運，中國電子雲跟進。",
     [co("蘋果", "Apple"), co("雲上貴州", "Guizhou-Cloud Big Data"),
      ("中國電子雲", "China Electronics Cloud", "China Electronics Corporation")]),
    # Common short names the press uses alone
    ("Quanta and Wiwynn build Nvidia's servers.", [co("Quanta", "Quanta Computer"), co("Wiwynn", "Wiwynn"),
                                                   co("Nvidia", "Nvidia")]),
]

# Everyday words that share their letters or characters with these firms.
EVERYDAY = [
    "a typical workday; to intuit the answer; quanta of light; a cantor sang; Tyler Cowen wrote a blog post.",
    "The Kepler telescope, a TARS-like robot, and Alps skiing; the rhodium price rose.",
    "开普勒定律，东北地区的证券交易，国海之滨，小雨过后。",
    "開普勒定律，東北地區的證券交易，小雨過後。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(SECTORS, EVERYDAY)
