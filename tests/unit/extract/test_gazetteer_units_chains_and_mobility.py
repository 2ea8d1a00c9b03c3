"""The gaps of splits P and Q by class (lib/rules/gazetteer.csv, "Splits P and Q's gaps by class" and the
header's cloud-unit and chip-unit rules): cloud units named alone, a chip unit's fused and own names,
fast-food chains and their owners, ride-hailing firms and carmakers' mobility arms, ad-market
consultancies, universities' investment arms, and "Ant" for Ant Group; in English, simplified and
traditional Chinese, with the everyday words and the other readings they must leave alone."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # A cloud unit named alone is its company at work; one written after its company's name stays a product
    ("Volcano Engine cut Doubao's prices again; Volcengine's rivals Tianyi Cloud, Aliyun and Baidu Intelligent "
     "Cloud followed.",
     [co("Volcano Engine", "ByteDance"), co("Doubao", "Doubao", "ByteDance"), co("Volcengine", "ByteDance"),
      co("Tianyi Cloud", "China Telecom"), co("Aliyun", "Alibaba"),
      co("Baidu Intelligent Cloud", "Baidu AI Cloud", "Baidu")]),
    ("火山引擎在原动力大会上发布新模型，天翼云和阿里云随后降价。",
     [co("火山引擎", "ByteDance"), co("天翼云", "China Telecom"), co("阿里云", "Alibaba Cloud", "Alibaba")]),
    ("火山引擎與天翼雲爭奪政企客戶，百度智能雲也加入價格戰。",
     [co("火山引擎", "ByteDance"), co("天翼雲", "China Telecom"), co("百度智能雲", "Baidu AI Cloud", "Baidu")]),
    ("华为云和腾讯云也在争夺政企客户。",
     [co("华为云", "Huawei Cloud", "Huawei"), co("腾讯云", "Tencent Cloud", "Tencent")]),
    # A chip unit: its parent's name fused in front names the parent; its own firm name names the subsidiary
    ("华为海思总裁何庭波致信员工，称海思半导体多年打造的备胎芯片全部转正。",
     [co("华为海思", "Huawei"), co("海思半导体", "HiSilicon", "Huawei")]),
    ("台積電不能再替華為旗下的海思半導體代工，華為海思的麒麟晶片因此停產。",
     [co("台積電", "TSMC"), co("華為", "Huawei"), co("海思半導體", "HiSilicon", "Huawei"), co("華為海思", "Huawei")]),
    ("TSMC stopped shipping to HiSilicon, Huawei's chip unit, and Huawei HiSilicon's Kirin stock ran low.",
     [co("TSMC", "TSMC"), co("HiSilicon", "HiSilicon", "Huawei"), co("Huawei", "Huawei"),
      co("Huawei HiSilicon", "Huawei"), co("Kirin", "Kirin", "Huawei")]),
    # Fast-food chains, the brands of a group rolled up to it
    ("美团无人机为维小饭、老乡鸡和塔斯汀送餐，必胜客与肯德基也在试点。",
     [co("美团", "Meituan"), co("维小饭", "Weixiaofan"), co("老乡鸡", "Lao Xiang Ji"), co("塔斯汀", "Tastien"),
      co("必胜客", "Pizza Hut", "Yum China"), co("肯德基", "KFC", "Yum China")]),
    ("維小飯、華萊士快餐與德克士加入外賣平台，漢堡王和必勝客推出優惠。",
     [co("維小飯", "Weixiaofan"), co("華萊士快餐", "Wallace"), co("德克士", "Dicos"), co("漢堡王", "Burger King"),
      co("必勝客", "Pizza Hut", "Yum China")]),
    ("Yum China, which runs KFC, Pizza Hut and Taco Bell in China, competes with Burger King, Domino's Pizza "
     "and Tims China.",
     [co("Yum China", "Yum China"), co("KFC", "KFC", "Yum China"), co("Pizza Hut", "Pizza Hut", "Yum China"),
      co("Taco Bell", "Taco Bell", "Yum China"), co("Burger King", "Burger King"),
      co("Domino's Pizza", "Domino's"), co("Tims China", "Tims China")]),
    # Ride-hailing firms and the carmakers' mobility arms
    ("Lyft bought FREENOW from BMW and Mercedes-Benz Mobility, taking on Uber, Bolt Technology, Cabify and "
     "BlaBlaCar in Europe.",
     [co("Lyft", "Lyft"), co("FREENOW", "FREENOW"), co("BMW", "BMW"),
      co("Mercedes-Benz Mobility", "Mercedes-Benz Mobility", "Mercedes-Benz"), co("Uber", "Uber"),
      co("Bolt Technology", "Bolt"), co("Cabify", "Cabify"), co("BlaBlaCar", "BlaBlaCar")]),
    ("Mercedes-Benz sold fewer cars in China, while Free Now kept its taxis in Hamburg.",
     [co("Mercedes-Benz", "Mercedes-Benz"), co("Free Now", "FREENOW")]),
    ("如祺出行、享道出行与首汽约车加入聚合平台，曹操出行和滴滴出行降价。",
     [co("如祺出行", "Ruqi Mobility"), co("享道出行", "SAIC Mobility"), co("首汽约车", "Shouqi"),
      co("曹操出行", "Cao Cao Mobility", "Geely"), co("滴滴出行", "Didi")]),
    ("如祺出行與享道出行在廣州投放自動駕駛車輛，優步和來福車則在歐洲擴張。",
     [co("如祺出行", "Ruqi Mobility"), co("享道出行", "SAIC Mobility"), co("優步", "Uber"), co("來福車", "Lyft")]),
    # Marketing consultancies and advertising groups cited for ad-market figures
    ("ByteDance took 23 percent of digital media spend, according to R3, while GroupM, WPP and Publicis cut "
     "forecasts.",
     [co("ByteDance", "ByteDance"), co("R3", "R3"), co("GroupM", "GroupM"), co("WPP", "WPP"),
      co("Publicis", "Publicis")]),
    ("群邑和阳狮集团下调广告预测，电通集团与宏盟集团持平。",
     [co("群邑", "GroupM"), co("阳狮集团", "Publicis"), co("电通集团", "Dentsu"), co("宏盟集团", "Omnicom")]),
    ("群邑與陽獅集團下調廣告預測，電通集團則維持不變。",
     [co("群邑", "GroupM"), co("陽獅集團", "Publicis"), co("電通集團", "Dentsu")]),
    # Universities' and academies' investment arms
    ("智谱的天使轮由清华大学资管与中科创星投资，国科投资和联想之星随后跟投。",
     [co("智谱", "Zhipu AI"), co("清华大学资管", "Tsinghua University Asset Management"), co("中科创星", "Casstar"),
      co("国科投资", "CAS Investment Management"), co("联想之星", "Legend Star")]),
    ("智譜的天使輪由清華大學資管與中科創星投資，國科控股也曾入股。",
     [co("智譜", "Zhipu AI"), co("清華大學資管", "Tsinghua University Asset Management"), co("中科創星", "Casstar"),
      co("國科控股", "CAS Holdings")]),
    ("Zhipu's angel backers were Tsinghua University Asset Management and CAS Star, later joined by Legend Star.",
     [co("Zhipu", "Zhipu AI"), co("Tsinghua University Asset Management", "Tsinghua University Asset Management"),
      co("CAS Star", "Casstar"), co("Legend Star", "Legend Star")]),
    # "Ant", capitalised, as the press shortens Ant Group
    ("Investors fretted over the suspension of Ant's listing, and Alibaba affiliate Ant released a new model.",
     [co("Ant", "Ant Group"), co("Alibaba", "Alibaba"), co("Ant", "Ant Group")]),
]

EVERYDAY = [
    "海思员工收到了总裁的邮件。",  # 海思 alone is in 上海思考: neither HiSilicon nor Huawei
    "他练的是真功夫，不是花拳绣腿。",
    "华莱士与达尔文同时提出自然选择理论。",
    "Rides are free now for new users in Berlin.",
    "停电通知贴在楼下。",  # 电通 is Dentsu only as 电通集团
    "清华大学的实验室发布了论文。",  # a university is no company
    "An ant colony can hold millions of workers.",
    "The build uses Apache ANT and Maven.",
]

test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = class_table_tests(
    CLASSES, EVERYDAY)
