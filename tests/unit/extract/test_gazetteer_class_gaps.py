"""The gaps found by checking the gazetteer class by class (lib/rules/gazetteer.csv, "Round 5"): AI
software and chips, robots and space, platforms and consumer brands, delivery and travel platforms
abroad, short sellers, Taiwan's carmakers and supply chain, pinyin names in machine-translated
English, in English, simplified and traditional Chinese, and the everyday words they must not take."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # AI software, chips and the hardware supply chain
    ("竹间智能、明略科技与九章云极发布智能体，清微智能、曦智科技和奕斯伟获得融资，盛合晶微与芯联集成扩产。",
     [co("竹间智能", "Emotibot"), co("明略科技", "Mininglamp"), co("九章云极", "Alaya NeW"),
      co("清微智能", "Tsingmicro"), co("曦智科技", "Lightelligence"), co("奕斯伟", "ESWIN"),
      co("盛合晶微", "SJ Semiconductor"), co("芯联集成", "United Nova Technology")]),
    ("歐菲光、領益智造與江波龍上漲，華峰測控和長川科技受惠，藥明康德回落，啟明星辰接入大模型。",
     [co("歐菲光", "O-film"), co("領益智造", "Lingyi iTech"), co("江波龍", "Longsys"),
      co("華峰測控", "Huafeng Test"), co("長川科技", "Changchuan Technology"), co("藥明康德", "WuXi AppTec"),
      co("啟明星辰", "Venustech")]),
    ("Emotibot, Mininglamp and Tsingmicro raised money; O-film, Longsys and Nettrix supply servers, "
     "while WuXi AppTec and United Nova fell.",
     [co("Emotibot", "Emotibot"), co("Mininglamp", "Mininglamp"), co("Tsingmicro", "Tsingmicro"),
      co("O-film", "O-film"), co("Longsys", "Longsys"), co("Nettrix", "Nettrix"),
      co("WuXi AppTec", "WuXi AppTec"), co("United Nova", "United Nova Technology")]),
    # Taiwan's own words: 矽 for silicon, 超微電腦 for Supermicro (not AMD's 超微), 華擎, 群聯電子
    ("矽基流動與超微電腦合作，中美矽晶、矽品和華擎跟進，超微則推出新GPU。",
     [co("矽基流動", "SiliconFlow"), co("超微電腦", "Supermicro"), co("中美矽晶", "Sino-American Silicon"),
      co("矽品", "SPIL", "ASE"), co("華擎", "ASRock"), co("超微", "AMD")]),
    ("硅基流动与中美硅晶的订单增加，美超微和超微电脑是同一家公司。",
     [co("硅基流动", "SiliconFlow"), co("中美硅晶", "Sino-American Silicon"), co("美超微", "Supermicro"),
      co("超微电脑", "Supermicro")]),
    # Robots, drones, flying cars and space
    ("快仓智能、斯坦德机器人、非夕科技与珞石机器人亮相，遨博智能和帕西尼获得融资，傅利叶发布新品。",
     [co("快仓智能", "Quicktron"), co("斯坦德机器人", "Standard Robots"), co("非夕科技", "Flexiv"),
      co("珞石机器人", "Rokae"), co("遨博智能", "Aubo Robotics"), co("帕西尼", "PaXini"), co("傅利叶", "Fourier")]),
    ("藍箭航天、星河動力與天兵科技試射火箭，銀河航天、長光衛星和垣信衛星發射衛星，小鵬匯天試飛。",
     [co("藍箭航天", "LandSpace"), co("星河動力", "Galactic Energy"), co("天兵科技", "Space Pioneer"),
      co("銀河航天", "Galaxy Space"), co("長光衛星", "Chang Guang Satellite"), co("垣信衛星", "Spacesail"),
      co("小鵬匯天", "Aridge", "Xpeng")]),
    ("LandSpace, Galactic Energy and iSpace launched; Flexiv, Rokae, JAKA and DeepRobotics showed arms, "
     "and Xpeng AeroHT and EcoFlow raised money.",
     [co("LandSpace", "LandSpace"), co("Galactic Energy", "Galactic Energy"), co("iSpace", "iSpace"),
      co("Flexiv", "Flexiv"), co("Rokae", "Rokae"), co("JAKA", "JAKA Robotics"),
      co("DeepRobotics", "Deep Robotics"), co("Xpeng AeroHT", "Aridge", "Xpeng"), co("EcoFlow", "EcoFlow")]),
    # Platforms, reading, mobility, consumer brands the platform news cites
    ("网龙网络与掌阅科技接入AI，哈啰集团、申通快递和满帮集团公布业绩，蒙牛、娃哈哈与花西子在直播间降价。",
     [co("网龙网络", "NetDragon"), co("掌阅科技", "Zhangyue"), co("哈啰集团", "Hello Inc"),
      co("申通快递", "STO Express"), co("满帮集团", "Full Truck Alliance"), co("蒙牛", "Mengniu"),
      co("娃哈哈", "Wahaha"), co("花西子", "Florasis")]),
    ("貴州茅台、伊利股份與波司登入駐，奈雪的茶和庫迪咖啡開店，完美日記隸屬逸仙電商。",
     [co("貴州茅台", "Kweichow Moutai"), co("伊利股份", "Yili"), co("波司登", "Bosideng"),
      co("奈雪的茶", "Nayuki"), co("庫迪咖啡", "Cotti Coffee"), co("完美日記", "Perfect Diary", "Yatsen"),
      co("逸仙電商", "Yatsen")]),
    ("NetDragon, Zhangyue and Hellobike reported; Moutai, Mengniu and Florasis sold on Douyin, and Futu's "
     "Moomoo app grew.",
     [co("NetDragon", "NetDragon"), co("Zhangyue", "Zhangyue"), co("Hellobike", "Hello Inc"),
      co("Moutai", "Kweichow Moutai"), co("Mengniu", "Mengniu"), co("Florasis", "Florasis"),
      co("Douyin", "Douyin", "ByteDance"), co("Futu", "Futu"), co("Moomoo", "Moomoo", "Futu")]),
    # Delivery and travel platforms abroad beside Keeta and Trip.com; a brand rolls up to its owner
    ("Keeta took on Talabat, Deliveroo, Foodpanda and Careem, as Just Eat and Delivery Hero watched "
     "Zomato, Swiggy and iFood; Skyscanner, Agoda and Expedia sold tickets.",
     [co("Keeta", "Keeta", "Meituan"), co("Talabat", "Talabat", "Delivery Hero"), co("Deliveroo", "Deliveroo"),
      co("Foodpanda", "Foodpanda", "Delivery Hero"), co("Careem", "Careem"),
      co("Just Eat", "Just Eat Takeaway"), co("Delivery Hero", "Delivery Hero"), co("Zomato", "Zomato"),
      co("Swiggy", "Swiggy"), co("iFood", "iFood"), co("Skyscanner", "Skyscanner", "Trip.com"),
      co("Agoda", "Agoda", "Booking Holdings"), co("Expedia", "Expedia")]),
    ("美团的Keeta进军中东，与Talabat和Deliveroo竞争；携程旗下的天巡与缤客、猫途鹰争夺用户。",
     [co("美团", "Meituan"), co("Keeta", "Keeta", "Meituan"), co("Talabat", "Talabat", "Delivery Hero"),
      co("Deliveroo", "Deliveroo"), co("携程", "Trip.com"), co("天巡", "Skyscanner", "Trip.com"),
      co("缤客", "Booking Holdings"), co("猫途鹰", "Tripadvisor")]),
    ("Foodpanda與Deliveroo在香港面對Keeta，熊貓外送退出台灣的傳聞再起。",
     [co("Foodpanda", "Foodpanda", "Delivery Hero"), co("Deliveroo", "Deliveroo"), co("Keeta", "Keeta", "Meituan"),
      co("熊貓外送", "Foodpanda", "Delivery Hero")]),
    # Short sellers and the data firms cited for figures
    ("Grizzly Research, Muddy Waters and Hindenburg Research shorted the stock; Blue Orca and Culper "
     "Research followed, citing Measurable AI and Comscore data.",
     [co("Grizzly Research", "Grizzly Research"), co("Muddy Waters", "Muddy Waters"),
      co("Hindenburg Research", "Hindenburg Research"), co("Blue Orca", "Blue Orca"),
      co("Culper Research", "Culper Research"), co("Measurable AI", "Measurable AI"), co("Comscore", "Comscore")]),
    ("浑水研究与香橼研究发布做空报告，兴登堡研究随后跟进。",
     [co("浑水研究", "Muddy Waters"), co("香橼研究", "Citron Research"), co("兴登堡研究", "Hindenburg Research")]),
    # Taiwan's carmakers, scooters and bicycles
    ("裕隆與鴻海合資的鴻華先進推出新車，納智捷隸屬裕隆，和泰汽車、光陽機車與巨大機械公布營收。",
     [co("裕隆", "Yulon"), co("鴻海", "Foxconn"), co("鴻華先進", "Foxtron", "Foxconn"),
      co("納智捷", "Luxgen", "Yulon"), co("裕隆", "Yulon"), co("和泰汽車", "Hotai Motor"),
      co("光陽機車", "Kymco"), co("巨大機械", "Giant Manufacturing")]),
    ("Yulon, Luxgen, Hotai Motor, Gogoro and Kymco cut prices; Giant Manufacturing and Merida Industry did not.",
     [co("Yulon", "Yulon"), co("Luxgen", "Luxgen", "Yulon"), co("Hotai Motor", "Hotai Motor"),
      co("Gogoro", "Gogoro"), co("Kymco", "Kymco"), co("Giant Manufacturing", "Giant Manufacturing"),
      co("Merida Industry", "Merida")]),
    # Firms abroad in AI, fintech, planes and cars
    ("Anyscale, Weights & Biases, Modal Labs and Wayve raised money; Klarna, Revolut, Robinhood and "
     "Mastercard added AI agents, and Airbus beat Boeing.",
     [co("Anyscale", "Anyscale"), co("Weights & Biases", "Weights & Biases"), co("Modal Labs", "Modal Labs"),
      co("Wayve", "Wayve"), co("Klarna", "Klarna"), co("Revolut", "Revolut"), co("Robinhood", "Robinhood"),
      co("Mastercard", "Mastercard"), co("Airbus", "Airbus"), co("Boeing", "Boeing")]),
    ("空客與波音爭奪中國訂單，萬事達卡和康卡斯特接入ChatGPT，采埃孚供應底盤。",
     [co("空客", "Airbus"), co("波音", "Boeing"), co("萬事達卡", "Mastercard"), co("康卡斯特", "Comcast"),
      co("ChatGPT", "ChatGPT", "OpenAI"), co("采埃孚", "ZF")]),
    # Investors' short names
    ("老虎环球、银湖投资与鼎晖领投，中信资本和龙珠资本跟投。",
     [co("老虎环球", "Tiger Global"), co("银湖投资", "Silver Lake"), co("鼎晖", "CDH Investments"),
      co("中信资本", "CITIC Capital"), co("龙珠资本", "Meituan Dragonball", "Meituan")]),
    ("Primavera, CITIC Capital, Benchmark Capital and Meituan Dragonball joined the round.",
     [co("Primavera", "Primavera Capital"), co("CITIC Capital", "CITIC Capital"),
      co("Benchmark Capital", "Benchmark Capital"), co("Meituan Dragonball", "Meituan Dragonball", "Meituan")]),
]

# Machine-translated English spells Chinese firms in pinyin; whole names of two words or more are found.
PINYIN = [
    ("Yushu Technology and Youbixuan led the humanoid race, ahead of Yinhe Tongyong and Zhuji Dongli.",
     [co("Yushu Technology", "Unitree"), co("Youbixuan", "UBTech"), co("Yinhe Tongyong", "Galbot"),
      co("Zhuji Dongli", "LimX Dynamics")]),
    ("Yuezhi Anmian, Jieyue Xingchen, Lingyi Wanwu and Mianbi Intelligence released models; Shendu "
     "Qiusuo's rise hit Kuangshi Technology, Shangtang Technology and Keda Xunfei.",
     [co("Yuezhi Anmian", "Moonshot AI"), co("Jieyue Xingchen", "StepFun"), co("Lingyi Wanwu", "01.AI"),
      co("Mianbi Intelligence", "ModelBest"), co("Shendu Qiusuo", "DeepSeek"),
      co("Kuangshi Technology", "Megvii"), co("Shangtang Technology", "SenseTime"),
      co("Keda Xunfei", "iFlytek")]),
    ("Hanwuji, Moer Xiancheng, Haiguang Information and Changxin Cunchu listed, as Zhongxin Guoji and "
     "Beifang Huachuang expanded; Biyadi, Sailisi and Ningde Shidai supplied Lixiang Qiche.",
     [co("Hanwuji", "Cambricon"), co("Moer Xiancheng", "Moore Threads"),
      co("Haiguang Information", "Hygon"), co("Changxin Cunchu", "CXMT"), co("Zhongxin Guoji", "SMIC"),
      co("Beifang Huachuang", "Naura"), co("Biyadi", "BYD"), co("Sailisi", "Seres"),
      co("Ningde Shidai", "CATL"), co("Lixiang Qiche", "Li Auto")]),
]

# Everyday phrases holding a short name left out, and English words that are names only when longer
# or capitalised (a person's given name, a phrase, a place).
EVERYDAY = [
    "互联网龙头企业，重申通过谈判解决，社群联动，春节卡通形象，旅客路线，家家户户送温暖",
    "充满帮助的朋友，积极越过难关，智慧与科技结合，两岸大陆集团化经营，你跟谁学的",
    "伊利诺伊州的工厂，哈啰大家好，安宁畅快，审阅文件，复旦微电子学院招生，一片红杉林，银湖公园",
    "互聯網龍頭企業，重申通過談判，社群聯動，春節卡通，旅客路線，家家戶戶送溫暖，智慧與科技",
    "Wang Qiming, Li Boyu, Chen Gaorong and Zhang Shunwei joined; the Yili prefecture grew; just eat "
    "early, said a delivery hero.",
    "An ideal auto loan, a stripe of paint, an allegro tempo and the ozone layer; muddy waters ahead.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES + PINYIN, EVERYDAY)
