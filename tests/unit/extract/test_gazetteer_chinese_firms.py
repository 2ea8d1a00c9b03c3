"""The Chinese tech firms a news reader meets, in English, simplified and traditional Chinese, and the
everyday words that share characters with them (lib/rules/gazetteer.csv, "Round 3" and "Round 4" sections)."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

SECTORS = [
    # Chips: AI accelerators, design, foundry, equipment
    ("瀚博半导体、登临科技与爱芯元智相继融资，中昊芯英和算能科技推出训练芯片。",
     [co("瀚博半导体", "Vastai Technologies"), co("登临科技", "Denglin Technology"), co("爱芯元智", "Axera"),
      co("中昊芯英", "Zhonghao Xinying"), co("算能科技", "Sophgo")]),
    ("晶合集成、华海清科、中科飞测和沪硅产业受益于国产替代，中际旭创与新易盛的光模块供不应求。",
     [co("晶合集成", "Nexchip"), co("华海清科", "Hwatsing"), co("中科飞测", "Skyverse"), co("沪硅产业", "NSIG"),
      co("中际旭创", "Innolight"), co("新易盛", "Eoptolink")]),
    ("聯詠、信驊與力成科技的營收創新高，群聯電子和慧榮科技看好AI伺服器需求，大立光持平。",
     [co("聯詠", "Novatek"), co("信驊", "ASPEED"), co("力成科技", "Powertech Technology"),
      co("群聯電子", "Phison"), co("慧榮科技", "Silicon Motion"), co("大立光", "Largan")]),
    ("奇鋐與雙鴻的水冷散熱模組打入輝達供應鏈，台光電子和欣興電子擴產。",
     [co("奇鋐", "Asia Vital Components"), co("雙鴻", "Auras"), co("輝達", "Nvidia"),
      co("台光電子", "Elite Material"), co("欣興電子", "Unimicron")]),
    ("Innolight and Eoptolink shipped 800G optics; ASPEED, KLA and Advantest raised guidance as "
     "Xilinx, now part of AMD, and Mellanox, now Nvidia's, were cited.",
     [co("Innolight", "Innolight"), co("Eoptolink", "Eoptolink"), co("ASPEED", "ASPEED"), co("KLA", "KLA"),
      co("Advantest", "Advantest"), co("Xilinx", "Xilinx", "AMD"), co("AMD", "AMD"),
      co("Mellanox", "Mellanox", "Nvidia"), co("Nvidia", "Nvidia")]),
    # Cloud, data centres, telecoms
    ("万国数据、世纪互联和秦淮数据加码智算中心，润泽科技与光环新网签下字节跳动的订单。",
     [co("万国数据", "GDS Holdings"), co("世纪互联", "VNET"), co("秦淮数据", "Chindata"),
      co("润泽科技", "Range Intelligent Computing"), co("光环新网", "Sinnet"), co("字节跳动", "ByteDance")]),
    ("GDS Holdings and VNET Group said Chindata, Equinix and Vertiv compete for the same power; State Grid "
     "approved the lines.",
     [co("GDS Holdings", "GDS Holdings"), co("VNET Group", "VNET"), co("Chindata", "Chindata"),
      co("Equinix", "Equinix"), co("Vertiv", "Vertiv"), co("State Grid", "State Grid")]),
    ("烽火通信、亨通光電與長飛光纖入圍中國移動集採，移遠通信和廣和通供應模組。",
     [co("烽火通信", "FiberHome"), co("亨通光電", "Hengtong"), co("長飛光纖", "YOFC"),
      co("中國移動", "China Mobile"), co("移遠通信", "Quectel"), co("廣和通", "Fibocom")]),
    # Internet, software, local services
    ("用友网络、深信服、奇安信与恒生电子接入DeepSeek，软通动力和中软国际跟进。",
     [co("用友网络", "Yonyou"), co("深信服", "Sangfor"), co("奇安信", "Qi An Xin"), co("恒生电子", "Hundsun"),
      co("DeepSeek", "DeepSeek"), co("软通动力", "iSoftStone"), co("中软国际", "Chinasoft International")]),
    ("京东物流、京东健康和阿里健康公布财报，搜狗并入腾讯，网易云音乐上涨。",
     [co("京东物流", "JD Logistics", "JD.com"), co("京东健康", "JD Health", "JD.com"),
      co("阿里健康", "Alibaba Health", "Alibaba"), co("搜狗", "Sogou", "Tencent"), co("腾讯", "Tencent"),
      co("网易云音乐", "NetEase Cloud Music", "NetEase")]),
    ("名創優品、華住集團與亞朵集團在港上市，永輝超市和高鑫零售轉型，曹操出行提交招股書。",
     [co("名創優品", "Miniso"), co("華住集團", "Huazhu"), co("亞朵集團", "Atour"), co("永輝超市", "Yonghui"),
      co("高鑫零售", "Sun Art Retail"), co("曹操出行", "Cao Cao Mobility", "Geely")]),
    ("Miniso, Huazhu and Atour reported results; Cao Cao Mobility, a Geely unit, listed in Hong Kong.",
     [co("Miniso", "Miniso"), co("Huazhu", "Huazhu"), co("Atour", "Atour"),
      co("Cao Cao Mobility", "Cao Cao Mobility", "Geely"), co("Geely", "Geely")]),
    # AI start-ups, robots
    ("逐际动力、云深处科技、乐聚机器人和众擎机器人亮相，千寻智能与星海图完成融资，魔法原子发布新品。",
     [co("逐际动力", "LimX Dynamics"), co("云深处科技", "Deep Robotics"), co("乐聚机器人", "Leju Robotics"),
      co("众擎机器人", "EngineAI"), co("千寻智能", "Spirit AI"), co("星海图", "Galaxea"),
      co("魔法原子", "MagicLab")]),
    ("LimX Dynamics, Deep Robotics, EngineAI and Galaxea joined Unitree at the half marathon; "
     "Dobot and Keenon Robotics showed arms.",
     [co("LimX Dynamics", "LimX Dynamics"), co("Deep Robotics", "Deep Robotics"), co("EngineAI", "EngineAI"),
      co("Galaxea", "Galaxea"), co("Unitree", "Unitree"), co("Dobot", "Dobot"),
      co("Keenon Robotics", "Keenon Robotics")]),
    ("深势科技、晶泰科技与格灵深瞳借大模型转型，潞晨科技开源训练框架。",
     [co("深势科技", "DP Technology"), co("晶泰科技", "XtalPi"), co("格灵深瞳", "DeepGlint"),
      co("潞晨科技", "HPC-AI Tech")]),
    # Cars, batteries, autonomous driving
    ("中国一汽的红旗汽车、江淮汽车与上汽通用五菱降价，极星汽车和路特斯隶属吉利。",
     [co("中国一汽", "FAW"), ("红旗汽车", "Hongqi", "FAW"), co("江淮汽车", "JAC Motors"),
      co("上汽通用五菱", "SAIC-GM-Wuling"), co("极星汽车", "Polestar", "Geely"),
      co("路特斯", "Lotus Technology", "Geely")]),
    ("輕舟智航、嬴徹科技與佑駕創新布局智駕，中創新航和欣旺達供應電池，贛鋒鋰業擴產。",
     [co("輕舟智航", "QCraft"), co("嬴徹科技", "Inceptio"), co("佑駕創新", "Minieye"), co("中創新航", "CALB"),
      co("欣旺達", "Sunwoda"), co("贛鋒鋰業", "Ganfeng Lithium")]),
    ("FAW, JAC Motors and SAIC-GM-Wuling cut prices while CALB, Sunwoda and Ganfeng Lithium expanded; "
     "QCraft and Desay SV supply the driving software.",
     [co("FAW", "FAW"), co("JAC Motors", "JAC Motors"), co("SAIC-GM-Wuling", "SAIC-GM-Wuling"),
      co("CALB", "CALB"), co("Sunwoda", "Sunwoda"), co("Ganfeng Lithium", "Ganfeng Lithium"),
      co("QCraft", "QCraft"), co("Desay SV", "Desay SV")]),
    # Consumer electronics, games
    ("舜宇光学、瑞声科技与维信诺进入华为供应链，努比亚隶属中兴，华星光电是TCL旗下面板厂。",
     [co("舜宇光学", "Sunny Optical"), co("瑞声科技", "AAC Technologies"), co("维信诺", "Visionox"),
      co("华为", "Huawei"), co("努比亚", "Nubia", "ZTE"), co("中兴", "ZTE"), co("华星光电", "CSOT", "TCL"),
      co("TCL", "TCL")]),
    ("世紀華通、遊族網絡與愷英網絡接入AI，沐瞳科技屬於字節跳動，拳頭遊戲屬於騰訊。",
     [co("世紀華通", "Century Huatong"), co("遊族網絡", "Yoozoo"), co("愷英網絡", "Kingnet"),
      co("沐瞳科技", "Moonton", "ByteDance"), co("字節跳動", "ByteDance"), co("拳頭遊戲", "Riot Games", "Tencent"),
      co("騰訊", "Tencent")]),
    # Investors, brokerages, banks
    ("本轮由中国国新、国投集团和合肥产投领投，云锋基金、蓝驰创投与线性资本跟投，华兴资本担任独家财务顾问。",
     [co("中国国新", "China Reform Holdings"), co("国投集团", "SDIC"), co("合肥产投", "Hefei Industry Investment"),
      co("云锋基金", "Yunfeng Capital"), co("蓝驰创投", "BlueRun Ventures"), co("线性资本", "Linear Capital"),
      co("华兴资本", "China Renaissance")]),
    ("本輪由弘毅投資領投，復星、達晨財智與奇績創壇跟投，中信建投和海通國際擔任保薦人。",
     [co("弘毅投資", "Hony Capital"), co("復星", "Fosun"), co("達晨財智", "Fortune Capital"),
      co("奇績創壇", "MiraclePlus"), co("中信建投", "China Securities"), co("海通國際", "Haitong Securities")]),
    ("Hony Capital, Yunfeng Capital and MiraclePlus joined; Thrive Capital, Coatue and Blackstone "
     "passed, and China Renaissance advised.",
     [co("Hony Capital", "Hony Capital"), co("Yunfeng Capital", "Yunfeng Capital"),
      co("MiraclePlus", "MiraclePlus"), co("Thrive Capital", "Thrive Capital"), co("Coatue", "Coatue"),
      co("Blackstone", "Blackstone"), co("China Renaissance", "China Renaissance")]),
    ("广发证券、招商证券与国泰海通给出买入评级，渣打银行和穆迪下调预期，招商银行与工商银行提供贷款。",
     [co("广发证券", "GF Securities"), co("招商证券", "China Merchants Securities"),
      co("国泰海通", "Guotai Haitong"), co("渣打银行", "Standard Chartered"), co("穆迪", "Moody's"),
      co("招商银行", "China Merchants Bank"), co("工商银行", "ICBC")]),
    ("Analysts at GF Securities, CLSA and Mizuho raised targets; ICBC and Bank of China lent, the "
     "People's Bank of China watched, and Moody's and Fitch kept ratings.",
     [co("GF Securities", "GF Securities"), co("CLSA", "CLSA"), co("Mizuho", "Mizuho"), co("ICBC", "ICBC"),
      co("Bank of China", "Bank of China"), ("People's Bank of China", "People's Bank of China", ""),
      co("Moody's", "Moody's"), co("Fitch", "Fitch")]),
    # Data firms cited for figures, consumer brands beside the platforms, A-share names that move on AI news
    ("据QuestMobile与Dealogic的数据，农夫山泉、格力和视觉中国的股价大涨，鸿博股份、和林微纳与中文在线涨停。",
     [co("QuestMobile", "QuestMobile"), co("Dealogic", "Dealogic"), co("农夫山泉", "Nongfu Spring"),
      co("格力", "Gree"), co("视觉中国", "Visual China Group"), co("鸿博股份", "Hongbo"),
      co("和林微纳", "UIGreen Micro & Nano"), co("中文在线", "COL Group")]),
    ("視覺中國與中文在線跌停，農夫山泉回落；中科創星、清華控股早年注資智譜。",
     [co("視覺中國", "Visual China Group"), co("中文在線", "COL Group"), co("農夫山泉", "Nongfu Spring"),
      co("中科創星", "Casstar"), co("清華控股", "Tsinghua Holdings"), co("智譜", "Zhipu AI")]),
    # State-owned carmakers and oil majors the market reports name beside the platforms (东风 alone is the east wind)
    ("东风汽车与中國石化、中石油同日公布业绩，东风吹来。",
     [co("东风汽车", "Dongfeng"), co("中國石化", "Sinopec"), co("中石油", "PetroChina")]),
    ("Dongfeng, PetroChina and Sinopec reported results.",
     [co("Dongfeng", "Dongfeng"), co("PetroChina", "PetroChina"), co("Sinopec", "Sinopec")]),
    # Product lines named alone roll up to their company; everyday words stay words ("my mate", "a pixel")
    ("The Pura 70 Ultra is on sale, while the Mate 70 and Pixel 9 ship later; my mate saw a pixel.",
     [co("Pura 70 Ultra", "Huawei Pura", "Huawei"), co("Mate 70", "Huawei Mate", "Huawei"),
      co("Pixel 9", "Pixel", "Google")]),
    ("华为Mate 70于11月发布，Qwen3与Seedance同日上线，英伟达Blackwell与H200供不应求。",
     [co("华为", "Huawei"), co("Mate 70", "Huawei Mate", "Huawei"), co("Qwen3", "Tongyi Qianwen", "Alibaba"),
      co("Seedance", "Seedance", "ByteDance"), co("英伟达", "Nvidia"), co("Blackwell", "Blackwell", "Nvidia"),
      co("H200", "H200", "Nvidia")]),
    ("小米YU7與Galaxy S25同月開賣，Veo 3生成影片。",
     [co("小米YU7", "Xiaomi YU7", "Xiaomi"), co("Galaxy S25", "Galaxy", "Samsung"), co("Veo 3", "Veo", "Google")]),
    # OpenAI's model generations, named alone, roll up to OpenAI
    ("2020年GPT-3橫空出世，GPT-5與GPT-3.5相隔數年。",
     [co("GPT-3", "GPT-3", "OpenAI"), co("GPT-5", "GPT-5", "OpenAI"), co("GPT-3.5", "GPT-3.5", "OpenAI")]),
    ("GPT3 came in 2020 and GPT-5 in 2025.", [co("GPT3", "GPT-3", "OpenAI"), co("GPT-5", "GPT-5", "OpenAI")]),
    # State security and police organs act as regulators do (a dated act, no company); the NSA is not China's
    ("杭州市國家安全局在4月25日依法採取措施，公安部與美國國家安全局另有表態。",
     [("國家安全局", "Chinese Ministry of State Security", ""), ("公安部", "Chinese Ministry of Public Security", ""),
      ("美國國家安全局", "US National Security Agency", "")]),
    ("The Ministry of State Security said on Monday; the National Security Agency did not comment.",
     [("Ministry of State Security", "Chinese Ministry of State Security", ""),
      ("National Security Agency", "US National Security Agency", "")]),
    # The mainland exchanges act as regulators of their listings; HKEX is a listed company
    ("上交所、深圳證券交易所暫緩上市，港交所照常；the Shanghai Stock Exchange said.",
     [("上交所", "Shanghai Stock Exchange", ""), ("深圳證券交易所", "Shenzhen Stock Exchange", ""),
      co("港交所", "Hong Kong Exchanges and Clearing"), ("Shanghai Stock Exchange", "Shanghai Stock Exchange", "")]),
    ("According to Dealogic and QuestMobile, Nongfu Spring, Gree, Visual China Group and Tsinghua Holdings "
     "beat Casstar's picks.",
     [co("Dealogic", "Dealogic"), co("QuestMobile", "QuestMobile"), co("Nongfu Spring", "Nongfu Spring"),
      co("Gree", "Gree"), co("Visual China Group", "Visual China Group"),
      co("Tsinghua Holdings", "Tsinghua Holdings"), co("Casstar", "Casstar")]),
    # Round 4, by index and sector: Hang Seng Tech and Golden Dragon names, listed subsidiaries (Youdao, Zeekr)
    ("比亚迪电子、ASM太平洋与东方甄选入选恒生科技指数，奇富科技、信也科技和乐信集团公布财报。",
     [co("比亚迪电子", "BYD Electronic", "BYD"), co("ASM太平洋", "ASMPT"), co("东方甄选", "East Buy"),
      co("奇富科技", "Qifu Technology"), co("信也科技", "FinVolution"), co("乐信集团", "Lexin")]),
    ("比亞迪電子、東方甄選與奇富科技的股價上漲，網易有道和極氪同日公布業績。",
     [co("比亞迪電子", "BYD Electronic", "BYD"), co("東方甄選", "East Buy"), co("奇富科技", "Qifu Technology"),
      co("網易有道", "Youdao", "NetEase"), co("極氪", "Zeekr", "Geely")]),
    ("BYD Electronic, ASMPT and East Buy joined the index; Qifu Technology, FinVolution and "
     "LexinFintech reported, as did NetEase Youdao and Zeekr.",
     [co("BYD Electronic", "BYD Electronic", "BYD"), co("ASMPT", "ASMPT"), co("East Buy", "East Buy"),
      co("Qifu Technology", "Qifu Technology"), co("FinVolution", "FinVolution"), co("LexinFintech", "Lexin"),
      co("NetEase Youdao", "Youdao", "NetEase"), co("Zeekr", "Zeekr", "Geely")]),
    # STAR-50 and ChiNext tech leaders, GPU and memory start-ups, the humanoid supply chain
    ("隆基绿能、通威股份、天合光能与阳光电源下调预期，汇川技术、广联达和中科创达接入DeepSeek。",
     [co("隆基绿能", "LONGi"), co("通威股份", "Tongwei"), co("天合光能", "Trina Solar"), co("阳光电源", "Sungrow"),
      co("汇川技术", "Inovance"), co("广联达", "Glodon"), co("中科创达", "Thundersoft"), co("DeepSeek", "DeepSeek")]),
    ("聯影醫療、邁瑞醫療與匯頂科技看好AI，賽昉科技、樂鑫科技和思特威推出新晶片。",
     [co("聯影醫療", "United Imaging"), co("邁瑞醫療", "Mindray"), co("匯頂科技", "Goodix"), co("賽昉科技", "StarFive"),
      co("樂鑫科技", "Espressif"), co("思特威", "SmartSens")]),
    ("LONGi, Tongwei, Trina Solar and Sungrow cut prices; Inovance, Glodon and Thundersoft adopted "
     "DeepSeek, while Goodix, Espressif and SmartSens shipped chips.",
     [co("LONGi", "LONGi"), co("Tongwei", "Tongwei"), co("Trina Solar", "Trina Solar"),
      co("Sungrow", "Sungrow"), co("Inovance", "Inovance"), co("Glodon", "Glodon"),
      co("Thundersoft", "Thundersoft"), co("DeepSeek", "DeepSeek"), co("Goodix", "Goodix"),
      co("Espressif", "Espressif"), co("SmartSens", "SmartSens")]),
    ("砺算科技、象帝先、芯华章与合见工软获得融资，福建晋华、鹏新旭和昇维旭扩产，芯联集成与佰维存储上涨。",
     [co("砺算科技", "Lisuan Technology"), co("象帝先", "Xiangdixian"), co("芯华章", "X-Epic"),
      co("合见工软", "UniVista"), co("福建晋华", "JHICC"), co("鹏新旭", "Pengxinxu"), co("昇维旭", "SwaySure"),
      co("芯联集成", "United Nova Technology"), co("佰维存储", "Biwin")]),
    ("三花智控、拓普集团与绿的谐波供应人形机器人，星尘智能、松延动力和强脑科技、群核科技完成融资。",
     [co("三花智控", "Sanhua"), co("拓普集团", "Tuopu"), co("绿的谐波", "Leaderdrive"), co("星尘智能", "Astribot"),
      co("松延动力", "Noetix"), co("强脑科技", "BrainCo"), co("群核科技", "Manycore Tech")]),
    ("Sanhua Intelligent Controls, Tuopu Group and Leaderdrive supply humanoid makers such as "
     "Astribot, Noetix and Agile Robots; BrainCo and Manycore Tech raised money.",
     [co("Sanhua Intelligent Controls", "Sanhua"), co("Tuopu Group", "Tuopu"),
      co("Leaderdrive", "Leaderdrive"), co("Astribot", "Astribot"), co("Noetix", "Noetix"),
      co("Agile Robots", "Agile Robots"), co("BrainCo", "BrainCo"), co("Manycore Tech", "Manycore Tech")]),
    # Chips and equipment abroad, and Taiwan's supply chain by its own names
    ("信越化學、矽品精密與矽力杰受惠，景碩、臻鼎科技、金像電子和川湖科技、健策精密創新高，國巨股份持平。",
     [co("信越化學", "Shin-Etsu"), co("矽品精密", "SPIL", "ASE"), co("矽力杰", "Silergy"), co("景碩", "Kinsus"),
      co("臻鼎科技", "Zhen Ding"), co("金像電子", "Gold Circuit Electronics"), co("川湖科技", "King Slide"),
      co("健策精密", "Jentech"), co("國巨股份", "Yageo")]),
    ("Shin-Etsu, SUMCO, Lasertec, Kokusai Electric and Screen Holdings rose; SanDisk, Astera Labs, "
     "Celestica and Jabil beat estimates, and Rapidus and Tower Semiconductor signed deals.",
     [co("Shin-Etsu", "Shin-Etsu"), co("SUMCO", "SUMCO"), co("Lasertec", "Lasertec"),
      co("Kokusai Electric", "Kokusai Electric"), co("Screen Holdings", "Screen Holdings"),
      co("SanDisk", "SanDisk"), co("Astera Labs", "Astera Labs"), co("Celestica", "Celestica"),
      co("Jabil", "Jabil"), co("Rapidus", "Rapidus"), co("Tower Semiconductor", "Tower Semiconductor")]),
    # Consulting, research and data firms cited for figures
    ("据艾瑞咨询、灼识咨询与弗若斯特沙利文的报告，企查查和天眼查显示，Wind数据显示，麦肯锡、普华永道和毕马威亦有统计。",
     [co("艾瑞咨询", "iResearch"), co("灼识咨询", "China Insights Consultancy"),
      co("弗若斯特沙利文", "Frost & Sullivan"), co("企查查", "Qichacha"), co("天眼查", "Tianyancha"),
      co("Wind数据", "Wind Information"), co("麦肯锡", "McKinsey"), co("普华永道", "PwC"), co("毕马威", "KPMG")]),
    ("據艾瑞諮詢與灼識諮詢，企查查和天眼查顯示，麥肯錫、普華永道與畢馬威亦有統計。",
     [co("艾瑞諮詢", "iResearch"), co("灼識諮詢", "China Insights Consultancy"), co("企查查", "Qichacha"),
      co("天眼查", "Tianyancha"), co("麥肯錫", "McKinsey"), co("普華永道", "PwC"), co("畢馬威", "KPMG")]),
    ("According to McKinsey, Boston Consulting Group, Deloitte, PwC, KPMG and Frost & Sullivan, with "
     "data from LSEG, PitchBook, Crunchbase and data.ai, spending rose.",
     [co("McKinsey", "McKinsey"), co("Boston Consulting Group", "Boston Consulting Group"),
      co("Deloitte", "Deloitte"), co("PwC", "PwC"), co("KPMG", "KPMG"),
      co("Frost & Sullivan", "Frost & Sullivan"), co("LSEG", "LSEG"), co("PitchBook", "PitchBook"),
      co("Crunchbase", "Crunchbase"), co("data.ai", "data.ai")]),
    # Investors named as actors
    ("SoftBank Vision Fund, Sequoia, Peak XV, Granite Asia and GL Ventures invested with Intel "
     "Capital, Menlo Ventures and Iconiq; CPP Investments and China Life passed.",
     [co("SoftBank Vision Fund", "SoftBank"), co("Sequoia", "Sequoia Capital"), co("Peak XV", "Peak XV"),
      co("Granite Asia", "Granite Asia"), co("GL Ventures", "GL Ventures", "Hillhouse"),
      co("Intel Capital", "Intel Capital", "Intel"), co("Menlo Ventures", "Menlo Ventures"),
      co("Iconiq", "Iconiq"), co("CPP Investments", "CPP Investments"), co("China Life", "China Life")]),
    ("軟銀願景基金、高瓴創投與英特爾資本跟投，招商局集團、中國人壽和科威特投資局亦有參與。",
     [co("軟銀願景基金", "SoftBank"), co("高瓴創投", "GL Ventures", "Hillhouse"),
      co("英特爾資本", "Intel Capital", "Intel"),
      co("招商局集團", "China Merchants Group"), co("中國人壽", "China Life"),
      co("科威特投資局", "Kuwait Investment Authority")]),
    # Carmakers abroad beside the Chinese EV makers
    ("Honda, Nissan, Kia Motors, Volvo Cars, Porsche, Audi and Renault lost share to BYD, as Zeekr, "
     "Voyah and HiPhi grew.",
     [co("Honda", "Honda"), co("Nissan", "Nissan"), co("Kia Motors", "Kia"),
      co("Volvo Cars", "Volvo Cars", "Geely"), co("Porsche", "Porsche", "Volkswagen"),
      co("Audi", "Audi", "Volkswagen"), co("Renault", "Renault"), co("BYD", "BYD"),
      co("Zeekr", "Zeekr", "Geely"), co("Voyah", "Voyah", "Dongfeng"), co("HiPhi", "HiPhi")]),
    ("本田汽车、日产汽车与起亚的销量下滑，沃尔沃、保时捷和奥迪降价，岚图与高合汽车上量。",
     [co("本田汽车", "Honda"), co("日产汽车", "Nissan"), co("起亚", "Kia"), co("沃尔沃", "Volvo Cars", "Geely"),
      co("保时捷", "Porsche", "Volkswagen"), co("奥迪", "Audi", "Volkswagen"), co("岚图", "Voyah", "Dongfeng"),
      co("高合汽车", "HiPhi")]),
    # 本田 alone is Honda (the auto press names it so: 日本第二大车企本田); 日产 alone is also "daily output", so it
    # names Nissan only as an item of a list of firms
    ("比亚迪超越本田，本田、日产等日系车企降价，亿咖通科技与首程控股上涨。",
     [co("比亚迪", "BYD"), co("本田", "Honda"), co("本田", "Honda"), co("日产", "Nissan"), co("亿咖通科技", "Ecarx"),
      co("首程控股", "Shoucheng Holdings")]),
    ("比亞迪超越本田，本田、日產等日系車企降價，億咖通科技與首程控股上漲。",
     [co("比亞迪", "BYD"), co("本田", "Honda"), co("本田", "Honda"), co("日產", "Nissan"), co("億咖通科技", "Ecarx"),
      co("首程控股", "Shoucheng Holdings")]),
    ("Ecarx and Shoucheng Holdings rose; Yiche ranked the cars, SNE Research the batteries, as Pop Mart passed "
     "Mattel and Sanrio.",
     [co("Ecarx", "Ecarx"), co("Shoucheng Holdings", "Shoucheng Holdings"), co("Yiche", "Bitauto"),
      co("SNE Research", "SNE Research"), co("Pop Mart", "Pop Mart"), co("Mattel", "Mattel"), co("Sanrio", "Sanrio")]),
    ("泡泡玛特市值超过美泰公司与三丽鸥。",
     [co("泡泡玛特", "Pop Mart"), co("美泰公司", "Mattel"), co("三丽鸥", "Sanrio")]),
    # Pop Mart's character lines named alone as the earner of its sales roll up to Pop Mart
    ("In the first half of 2025, The Monsters generated 4.81 billion yuan, driven by Labubu.",
     [co("The Monsters", "The Monsters", "Pop Mart"), co("Labubu", "Labubu", "Pop Mart")]),
    ("凭借其名为Labubu的潮玩，泡泡玛特上半年营收大增；拉布布一度断货。",
     [co("Labubu", "Labubu", "Pop Mart"), co("泡泡玛特", "Pop Mart"), co("拉布布", "Labubu", "Pop Mart")]),
    ("憑藉Labubu，泡泡瑪特上半年營收大增。",
     [co("Labubu", "Labubu", "Pop Mart"), co("泡泡瑪特", "Pop Mart")]),
    # Tesla's cars named alone in a sales ranking roll up to Tesla
    ("Model Y 去年 12 月仍為銷量最高車款，特斯拉Model 3居次，Cybertruck銷量下滑。",
     [co("Model Y", "Tesla Model Y", "Tesla"), co("特斯拉", "Tesla"), co("Model 3", "Tesla Model 3", "Tesla"),
      co("Cybertruck", "Cybertruck", "Tesla")]),
    # Firms on the export-control lists; platforms, payments and crypto; a product's company (TikTok 公司) is its owner
    ("中国航空工业集团、中国商飞、中国中车与同方威视、海能达、美亚柏科被列入清单，中广核和中海油亦在其中。",
     [co("中国航空工业集团", "AVIC"), co("中国商飞", "COMAC"), co("中国中车", "CRRC"), co("同方威视", "Nuctech"),
      co("海能达", "Hytera"), co("美亚柏科", "Meiya Pico"), co("中广核", "China General Nuclear"),
      co("中海油", "CNOOC")]),
    ("AVIC, COMAC, CRRC, Nuctech, Hytera and CNOOC were listed, while LY Corp, Prosus, Naspers, "
     "Binance and Coinbase were not.",
     [co("AVIC", "AVIC"), co("COMAC", "COMAC"), co("CRRC", "CRRC"), co("Nuctech", "Nuctech"),
      co("Hytera", "Hytera"), co("CNOOC", "CNOOC"), co("LY Corp", "LY Corporation"), co("Prosus", "Prosus"),
      co("Naspers", "Naspers"), co("Binance", "Binance"), co("Coinbase", "Coinbase")]),
    ("TikTok 公司和抖音公司回应，虎扑体育、映客与拉卡拉、中国银联跟进，币安和火币关闭。",
     [co("TikTok 公司", "ByteDance"), co("抖音公司", "ByteDance"), co("虎扑体育", "Hupu"), co("映客", "Inke"),
      co("拉卡拉", "Lakala"), co("中国银联", "UnionPay"), co("币安", "Binance"), co("火币", "Huobi")]),
    ("G42, Humain, Physical Intelligence, Skild AI, World Labs, HeyGen and Synthesia joined AI21 "
     "Labs; Windsurf lost Cursor's users.",
     [co("G42", "G42"), co("Humain", "Humain"), co("Physical Intelligence", "Physical Intelligence"),
      co("Skild AI", "Skild AI"), co("World Labs", "World Labs"), co("HeyGen", "HeyGen"),
      co("Synthesia", "Synthesia"), co("AI21 Labs", "AI21 Labs"), co("Windsurf", "Windsurf"),
      co("Cursor", "Cursor", "Anysphere")]),
    # Carriers abroad that buy or ban Huawei's gear; Japanese and Korean parts and robot makers (KUKA is Midea's)
    ("Vodafone, BT Group, Deutsche Telekom, Telefónica, Verizon, AT&T and T-Mobile dropped Huawei; NTT, KDDI "
     "and SK Telecom did not.",
     [co("Vodafone", "Vodafone"), co("BT Group", "BT Group"), co("Deutsche Telekom", "Deutsche Telekom"),
      co("Telefónica", "Telefonica"), co("Verizon", "Verizon"), co("AT&T", "AT&T"), co("T-Mobile", "T-Mobile"),
      co("Huawei", "Huawei"), co("NTT", "NTT"), co("KDDI", "KDDI"), co("SK Telecom", "SK Telecom")]),
    ("沃達豐、德國電信與西班牙電信棄用華為，思佳訊、村田製作所與京瓷、日本電裝、發那科和庫卡上漲。",
     [co("沃達豐", "Vodafone"), co("德國電信", "Deutsche Telekom"), co("西班牙電信", "Telefonica"),
      co("華為", "Huawei"), co("思佳訊", "Skyworks"), co("村田製作所", "Murata"), co("京瓷", "Kyocera"),
      co("日本電裝", "Denso"), co("發那科", "Fanuc"), co("庫卡", "KUKA", "Midea")]),
    ("Qorvo, NEC, TDK, Keyence, Mitsubishi Electric, MUFG, Yaskawa, ABB, KUKA and Doosan Robotics reported.",
     [co("Qorvo", "Qorvo"), co("NEC", "NEC"), co("TDK", "TDK"), co("Keyence", "Keyence"),
      co("Mitsubishi Electric", "Mitsubishi"), co("MUFG", "MUFG"), co("Yaskawa", "Yaskawa"), co("ABB", "ABB"),
      co("KUKA", "KUKA", "Midea"), co("Doosan Robotics", "Doosan")]),
]

# Everyday words that hold a short name left out of the gazetteer, or a name's characters.
EVERYDAY = [
    "使用友好的界面，广东软件园，中华住房，物美价廉，显微医学，健康佳品，平安途中，努力成为第一",
    "精神达到高峰，遥远传来歌声，平台光电产业，科研华人，智慧与勇气，施工行业，创建行业标准",
    "中国银行业协会，到达梦想，白云深处，计算能力，上海思考，新石器时代，前程无忧，吉比特以太网",
    "数码通讯，创意电子产品，有趣加上，畅游大海，加速进化，步步高升，迅雷不及掩耳，捅马蜂窝",
    "北极星指标，众擎易举，欢乐聚会，基石投资者",
    "使用友好的介面，廣東軟體園，物美價廉，健康佳品，努力成為第一，精神達到高峰，遙遠傳來歌聲",
    "北極星指標，眾擎易舉，歡樂聚會，白雲深處，新石器時代，步步高昇",
    "The S&P 500 rose as fidelity to the plan held; a silver lake, a citadel and a sharp fall.",
    # A Hong Kong page's time stamp is Hong Kong Time, not the telecom HKT; a green light is no Gree.
    "Published (HKT): 2020.11.03 23:28. Updated 09:15 HKT. The regulator gave a green light to agree.",
    # Short forms of round 4's firms that sit inside everyday phrases stay out of the gazetteer
    # (联影, 乐信, 中美晶, 国巨, 川湖, 健策, 贸联, 塔塔, 德勤, 沙利文, 招商局, 胜高, 趣店, 中车, 红米, 虎扑, 慧与,
    # 电装, 韩华).
    "关联影响很大，娱乐信息不断，中美晶片战升级，中国巨头纷纷出手，从四川湖南到外贸联盟，稳健策略",
    "决胜高地，康塔塔演出，王德勤先生，沙利文访华，市招商局局长，有趣店铺，停车场中车辆很多，饿虎扑食，红米粥",
    "關聯影響很大，中美晶片戰升級，中國巨頭紛紛出手，四川湖南，穩健策略，沙利文訪華，有趣店鋪，餓虎撲食",
    "机电装备行业，中韩华人交流；機電裝備行業，中韓華人交流",
    # 日产 "daily output", 日本田径 "Japanese athletics" (日本田 holds 本田), 线上汽车 "online car" (holds 上汽),
    # 美泰 of 美泰关系 "US-Thai relations" (Mattel only as 美泰公司)
    "工厂日产增加到400辆，日本田径队夺冠，由线上汽车销售平台公布，美泰关系升温",
    "工廠日產增加到400輛，日本田徑隊奪冠，由線上汽車銷售平台公布，美泰關係升溫",
    # ... and English words that are round 4's names only when capitalised or longer
    "The cursor moved; a discord among members; physical intelligence in robots; the line was long; Kia ora; "
    "a vision fund for schools; China life expectancy rose; a model 3 times larger; the Y model; "
    "the monsters under the bed.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(SECTORS, EVERYDAY)
