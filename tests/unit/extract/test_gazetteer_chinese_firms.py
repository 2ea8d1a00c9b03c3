"""The Chinese tech firms a news reader meets, in English, simplified and traditional Chinese, and the
everyday words that share characters with them (lib/rules/gazetteer.csv, "Round 3" section)."""

from __future__ import annotations

import pytest

from lib.extract.gazetteer import Gazetteer
from lib.rules.gazetteer import parse_gazetteer
from lib.rules.rule_file import BUILTIN_RULES_DIR


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    text = (BUILTIN_RULES_DIR / "gazetteer.csv").read_text(encoding="utf-8-sig")
    return Gazetteer(parse_gazetteer(text, "lib/rules/gazetteer.csv", []))


def found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str, str]]:
    """(surface text, entity, company it rolls up to) of every match, in order."""
    return [(m.alias, m.entity, m.company) for m in gazetteer.find(text)]


def co(alias: str, entity: str, parent: str | None = None) -> tuple[str, str, str]:
    return (alias, entity, parent or entity)


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
    ("京东物流、京东健康和阿里健康公布财报，搜狗输入法并入腾讯，网易云音乐上涨。",
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
      co("奇績創壇", "MiraclePlus"), co("中信建投", "CSC Financial"), co("海通國際", "Haitong Securities")]),
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
]


@pytest.mark.parametrize("text, expected", SECTORS)
def test_finds_the_chinese_tech_firms_in_each_script(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_are_not_these_firms(gazetteer, text):
    assert found(gazetteer, text) == []
