"""The classes of firms split R annotated but the gazetteer did not find (lib/rules/gazetteer.csv, "Split R's
gaps by class"): short names that are everyday words labelled with their own listing code, as Hong Kong
papers write them (友邦(1299), 滙控(005): lib/rules/stock_codes.csv); Hong Kong's brokers and the Hong Kong
arms of mainland lenders; mainland banks and insurers; state-owned holding groups and their listed arms;
beverage, brewing and dairy groups; social-commerce data firms; Honor's buyers; a group's licence-holding
subsidiary. In English, simplified and traditional Chinese where the class exists, and the everyday words
they must not take."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (a short name that is an everyday word, labelled with its firm's own code; R zt1602): the code
    # says the firm, as a list of firms does.
    ("美团市值已超越友邦(1299)、汇控(005)等蓝筹。",
     [co("美团", "Meituan"), co("友邦", "AIA"), co("汇控", "HSBC")]),
    ("美團市值已超越友邦(1299)、滙控（0005）等藍籌,平安（2318）亦落後。",
     [co("美團", "Meituan"), co("友邦", "AIA"), co("滙控", "HSBC"), co("平安", "Ping An")]),
    ("工行（1398）与中国银行（3988）股价回落，吉利(175)逆市上涨。",
     [co("工行", "ICBC"), co("中国银行", "Bank of China"), co("吉利", "Geely")]),
    ("工行（１３９８）與中國銀行(601988)股價回落。",
     [co("工行", "ICBC"), co("中國銀行", "Bank of China")]),
    # Class (Hong Kong brokers quoted on a stock, and mainland lenders' Hong Kong arms; R zt1602)
    ("China Tonghai Securities and Bright Smart Securities see upside; Phillip Securities and ICBC International "
     "disagree.",
     [co("China Tonghai Securities", "China Tonghai Securities"),
      co("Bright Smart Securities", "Bright Smart Securities"),
      co("Phillip Securities", "Phillip Securities"), co("ICBC International", "ICBC International", "ICBC")]),
    ("中国通海证券策略师指出，耀才证券与辉立证券看法相近，农银国际则下调目标价。",
     [co("中国通海证券", "China Tonghai Securities"), co("耀才证券", "Bright Smart Securities"),
      co("辉立证券", "Phillip Securities"), co("农银国际", "ABCI", "Agricultural Bank of China")]),
    ("中國通海證券策略師指出，耀才證券與輝立證券看法相近，凱基證券、工銀國際則下調目標價。",
     [co("中國通海證券", "China Tonghai Securities"), co("耀才證券", "Bright Smart Securities"),
      co("輝立證券", "Phillip Securities"), co("凱基證券", "KGI Securities"),
      co("工銀國際", "ICBC International", "ICBC")]),
    # Class (mainland banks and insurers beyond the big four, in a league table or a lending story)
    ("SPD Bank, China Everbright Bank and China Development Bank lent to the chipmaker; New China Life invested.",
     [co("SPD Bank", "SPD Bank"), co("China Everbright Bank", "China Everbright Bank"),
      co("China Development Bank", "China Development Bank"), co("New China Life", "New China Life")]),
    ("浦发银行、光大银行与国开行提供贷款，新华保险和泰康人寿参与投资。",
     [co("浦发银行", "SPD Bank"), co("光大银行", "China Everbright Bank"), co("国开行", "China Development Bank"),
      co("新华保险", "New China Life"), co("泰康人寿", "Taikang")]),
    ("浦發銀行、光大銀行與國開行提供貸款，新華保險參與投資。",
     [co("浦發銀行", "SPD Bank"), co("光大銀行", "China Everbright Bank"), co("國開行", "China Development Bank"),
      co("新華保險", "New China Life")]),
    # Class (state-owned holding groups and their listed arms; R en1615)
    ("Horizon Robotics' debut eclipsed China Resources Beverage, while China Resources Land and COFCO Group fell.",
     [co("Horizon Robotics", "Horizon Robotics"), co("China Resources Beverage", "China Resources Beverage"),
      co("China Resources Land", "China Resources Land"), co("COFCO Group", "COFCO")]),
    ("地平线机器人的上市首日表现盖过华润饮料，华润置地与中粮集团下跌。",
     [co("地平线机器人", "Horizon Robotics"), co("华润饮料", "China Resources Beverage"),
      co("华润置地", "China Resources Land"), co("中粮集团", "COFCO")]),
    ("華潤飲料完成新股發行，華潤啤酒與華潤電力下跌。",
     [co("華潤飲料", "China Resources Beverage"), co("華潤啤酒", "China Resources Beer"),
      co("華潤電力", "China Resources Power")]),
    # Class (beverage, brewing and dairy groups beside the tech firms)
    ("Nongfu Spring, Master Kong, Tsingtao Brewery and Coca-Cola raised prices as Genki Forest gained share.",
     [co("Nongfu Spring", "Nongfu Spring"), co("Master Kong", "Tingyi"), co("Tsingtao Brewery", "Tsingtao Brewery"),
      co("Coca-Cola", "Coca-Cola"), co("Genki Forest", "Genki Forest")]),
    ("农夫山泉、康师傅、青岛啤酒和可口可乐提价，元气森林与东鹏饮料抢占份额。",
     [co("农夫山泉", "Nongfu Spring"), co("康师傅", "Tingyi"), co("青岛啤酒", "Tsingtao Brewery"),
      co("可口可乐", "Coca-Cola"), co("元气森林", "Genki Forest"), co("东鹏饮料", "Eastroc Beverage")]),
    ("農夫山泉、康師傅、青島啤酒和統一企業提價，元氣森林與五糧液搶佔份額。",
     [co("農夫山泉", "Nongfu Spring"), co("康師傅", "Tingyi"), co("青島啤酒", "Tsingtao Brewery"),
      co("統一企業", "Uni-President China"), co("元氣森林", "Genki Forest"), co("五糧液", "Wuliangye")]),
    # Class (social-commerce data firms cited for a figure; R en1616)
    ("The app has 300 million users, according to research firm Qian Gua; Chanmama and Newrank agree.",
     [co("Qian Gua", "Qian Gua"), co("Chanmama", "Chanmama"), co("Newrank", "Newrank")]),
    ("据千瓜数据统计，小红书月活用户超3亿，蝉妈妈与飞瓜数据的数字相近。",
     [co("千瓜数据", "Qian Gua"), co("小红书", "Xiaohongshu"), co("蝉妈妈", "Chanmama"),
      co("飞瓜数据", "Feigua Data")]),
    ("據千瓜數據統計，小紅書月活用戶超3億，艾媒諮詢的數字相近。",
     [co("千瓜數據", "Qian Gua"), co("小紅書", "Xiaohongshu"), co("艾媒諮詢", "iiMedia Research")]),
    # Class (Honor's buyers: the Shenzhen consortium and the phone distributors in it; R en1604)
    ("Honor was bought by distributor Digital China and Shenzhen Zhixin New Information Technology Co.",
     [co("Honor", "Honor"), co("Digital China", "Digital China"),
      co("Shenzhen Zhixin New Information Technology", "Shenzhen Zhixin New Information Technology")]),
    ("荣耀终端被深圳市智信新信息技术有限公司收购，神州数码与爱施德参与其中。",
     [co("荣耀终端", "Honor"), co("深圳市智信新信息技术", "Shenzhen Zhixin New Information Technology"),
      co("神州数码", "Digital China"), co("爱施德", "Aisidi")]),
    ("榮耀終端被深圳市智信新信息技術有限公司收購，神州數碼與天音控股參與其中。",
     [co("榮耀終端", "Honor"), co("深圳市智信新信息技術", "Shenzhen Zhixin New Information Technology"),
      co("神州數碼", "Digital China"), co("天音控股", "Telling Telecom")]),
    # Class (a group's licence-holding subsidiary, named in a licence list; R en1609)
    ("Nanjing Wangdian Technology, a subsidiary of Tencent, received a licence.",
     [co("Nanjing Wangdian Technology", "Nanjing Wangdian Technology", "Tencent"), co("Tencent", "Tencent")]),
    ("腾讯旗下南京网典科技获得版号。",
     [co("腾讯", "Tencent"), co("南京网典科技", "Nanjing Wangdian Technology", "Tencent")]),
    ("騰訊旗下南京網典科技獲得版號。",
     [co("騰訊", "Tencent"), co("南京網典科技", "Nanjing Wangdian Technology", "Tencent")]),
]

# The same short names as everyday words, before a year, an amount or another firm's code.
EVERYDAY = [
    "两国是友邦(2021年建交)，外汇控制趋严，平安(1299)夜。",
    "兩國是友邦（1999）,外匯控制趨嚴,大吉利(0005)是。",
    "美国与友邦(1288)一道施压，中国银行业(3988)承压。",
    "三千瓜农丰收，新榜单公布，精华润肤露热销，集中粮食收购，通海县的光明前景，百事顺利，统一行动。",
    "三千瓜農豐收，新榜單公佈，精華潤膚露熱銷，集中糧食收購，通海縣的光明前景，百事順利，統一行動。",
    "The Digital China Summit opened in Fuzhou; officials spoke of building a Digital China.",
    "A bright smart phone from a first Shanghai shop; a new China life for expats; the coca leaf.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
