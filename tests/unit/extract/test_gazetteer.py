"""Entity mention matching over the shipped gazetteer: positives, negatives, Chinese, markers."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from lib.extract.gazetteer import EntityMatch, Gazetteer
from lib.rules.gazetteer import GazetteerEntry, parse_gazetteer
from lib.rules.rule_file import BUILTIN_RULES_DIR

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    text = (BUILTIN_RULES_DIR / "gazetteer.csv").read_text(encoding="utf-8-sig")
    return Gazetteer(parse_gazetteer(text, "lib/rules/gazetteer.csv", []))


def summary(matches: list[EntityMatch]) -> list[tuple[str, str, str, str]]:
    return [(m.alias, m.entity, m.kind, m.company) for m in matches]


XHS = ("Xiaohongshu", "company", "Xiaohongshu")
BYTEDANCE = ("ByteDance", "company", "ByteDance")

POSITIVE = [
    ("According to a May 6 report by 36Kr, Xiaohongshu, a Chinese lifestyle sharing platform",
     [("36Kr", "36Kr", "outlet", ""), ("Xiaohongshu", *XHS)]),
    ("Zhang Debing, who leads Xiaohongshu’s large language model team",
     [("Zhang Debing", "Zhang Debing", "person", "Xiaohongshu"), ("Xiaohongshu", *XHS)]),
    ('"Swing" Little Red Book, "Ambiguous" model', [("Little Red Book", *XHS)]),
    ("RedNote and RED are the same app as 小红书.",
     [("RedNote", *XHS), ("RED", *XHS), ("小红书", *XHS)]),
    ("Zhou Hongyi, chairman of 360, used one word to describe the popularity of ChatGPT",
     [("Zhou Hongyi", "Zhou Hongyi", "person", "Qihoo 360"), ("360", "Qihoo 360", "company", "Qihoo 360"),
      ("ChatGPT", "ChatGPT", "product", "OpenAI")]),
    ("leading Internet companies such as Ali, Baidu, Tencent, 360, and ByteDance",
     [("Ali", "Alibaba", "company", "Alibaba"), ("Baidu", "Baidu", "company", "Baidu"),
      ("Tencent", "Tencent", "company", "Tencent"), ("360", "Qihoo 360", "company", "Qihoo 360"),
      ("ByteDance", *BYTEDANCE)]),
    ("Xiaohongshu COO Conan said in an interview",
     [("Xiaohongshu", *XHS), ("Conan", "Conan", "person", "Xiaohongshu")]),
    ("the company launched an AI creation app called “Trik,” which centers around AI-powered painting.",
     [("Trik", "Trik", "product", "Xiaohongshu")]),
    ("users used Xiaohongshu's official AI tool Trik AI to generate images",
     [("Xiaohongshu", *XHS), ("Trik AI", "Trik", "product", "Xiaohongshu")]),
    ('In July, Xiaohongshu launched graffiti and the "Now" function.',
     [("Xiaohongshu", *XHS), ("Now", "Now", "product", "Xiaohongshu")]),
    ("小红书推出了“Now”功能", [("小红书", *XHS), ("Now", "Now", "product", "Xiaohongshu")]),
    ("AI conversation product \"Davinic\" (Da Vinci)", [("Davinic", "Davinic", "product", "Xiaohongshu")]),
    ('Taking "DianDian" as an example, and the in-app search Sousoushu',
     [("DianDian", "DianDian", "product", "Xiaohongshu"),
      ("Sousoushu", "Sousoushu", "product", "Xiaohongshu")]),
    ("the run by Kelly Zhang Nan, a former CEO of the Douyin unit",
     [("Kelly Zhang Nan", "Kelly Zhang Nan", "person", "ByteDance"),
      ("Douyin", "Douyin", "product", "ByteDance")]),
    ("In early February, executive Kelly Zhang stepped down",
     [("Kelly Zhang", "Kelly Zhang Nan", "person", "ByteDance")]),
    ("On Instagram, users can already create AI avatars with Meta AI.",
     [("Instagram", "Instagram", "product", "Meta"), ("Meta AI", "Meta AI", "product", "Meta")]),
    ("During Meta's third-quarter earnings call in 2024, Zuckerberg also mentioned",
     [("Meta", "Meta", "company", "Meta"), ("Zuckerberg", "Mark Zuckerberg", "person", "Meta")]),
    ("after rivals Baidu and Alibaba Group Holding had already launched their services",
     [("Baidu", "Baidu", "company", "Baidu"), ("Alibaba Group Holding", "Alibaba", "company", "Alibaba")]),
    ("Apple CEO Tim Cook said Wednesday", [("Apple", "Apple", "company", "Apple"),
                                           ("Tim Cook", "Tim Cook", "person", "Apple")]),
    ("Now that Instagram has sounded the clarion call", [("Instagram", "Instagram", "product", "Meta")]),
    ("TikTok-style feeds and TikTok's users", [("TikTok", "TikTok", "product", "ByteDance")] * 2),
    ("Whether it's Douyin's overseas version TikTok, or Pinduoduo's overseas version Temu",
     [("Douyin", "Douyin", "product", "ByteDance"), ("TikTok", "TikTok", "product", "ByteDance"),
      ("Pinduoduo", "Pinduoduo", "company", "Pinduoduo"), ("Temu", "Temu", "product", "Pinduoduo")]),
    ("Similar products like Doubao and Kimi have already achieved long text capabilities.",
     [("Doubao", "Doubao", "product", "ByteDance"), ("Kimi", "Kimi", "product", "Moonshot AI")]),
    ("a key contributor to Google’s VideoPoet", [("Google", "Google", "company", "Google"),
                                                 ("VideoPoet", "VideoPoet", "product", "Google")]),
    ("foreign artists sued Stability AI, DeviantArt, and Midjourney",
     [("Stability AI", "Stability AI", "company", "Stability AI"),
      ("DeviantArt", "DeviantArt", "company", "DeviantArt"),
      ("Midjourney", "Midjourney", "company", "Midjourney")]),
    ('inconsistent with the "Interim Measures for the Administration of Generative Artificial '
     'Intelligence Services" that took effect',
     [("Interim Measures for the Administration of Generative Artificial Intelligence Services",
       "Interim Measures for the Administration of Generative AI Services", "regulation", "")]),
    ('January 19th is the final effective date of the US TikTok "sell or ban" order.',
     [("TikTok", "TikTok", "product", "ByteDance"),
      ("sell or ban", "TikTok divest-or-ban law", "regulation", "")]),
    ("The Wall Street Journal revealed it; Sensor Tower data; investor Zhu Xiaohu",
     [("The Wall Street Journal", "The Wall Street Journal", "outlet", ""),
      ("Sensor Tower", "Sensor Tower", "company", "Sensor Tower"),
      ("Zhu Xiaohu", "Zhu Xiaohu", "person", "GSR Ventures")]),
    ("The CAC approved Ernie Bot.", [("CAC", "CAC", "regulation", ""),
                                     ("Ernie Bot", "Ernie Bot", "product", "Baidu")]),
    ("Weibo user \"RedMatcha\" had their work used", [("Weibo", "Weibo", "product", "Weibo")]),
    ("Baidu and 360 won approval; 360人工智能研究院成立",
     [("Baidu", "Baidu", "company", "Baidu"), ("360", "Qihoo 360", "company", "Qihoo 360"),
      ("360", "Qihoo 360", "company", "Qihoo 360")]),
    ('He said "Now is the time" and "Now."', [("Now", "Now", "product", "Xiaohongshu")]),
    ("Before Xbox 360 there was nothing", [("Xbox 360", "Xbox", "product", "Microsoft")]),
    ("TENCENT and tencent are both Tencent", [("TENCENT", "Tencent", "company", "Tencent"),
                                              ("tencent", "Tencent", "company", "Tencent"),
                                              ("Tencent", "Tencent", "company", "Tencent")]),
    # Chinese: no word boundaries, longest wins (阿里巴巴 over 阿里).
    ("字节跳动旗下的抖音和小红书都在布局大模型。",
     [("字节跳动", *BYTEDANCE), ("抖音", "Douyin", "product", "ByteDance"), ("小红书", *XHS)]),
    ("阿里巴巴的通义千问与百度的文心一言",
     [("阿里巴巴", "Alibaba", "company", "Alibaba"), ("通义千问", "Tongyi Qianwen", "product", "Alibaba"),
      ("百度", "Baidu", "company", "Baidu"), ("文心一言", "Ernie Bot", "product", "Baidu")]),
    ("腾讯的混元和微信，360集团的周鸿祎", [
        ("腾讯", "Tencent", "company", "Tencent"), ("混元", "Hunyuan", "product", "Tencent"),
        ("微信", "WeChat", "product", "Tencent"), ("360集团", "Qihoo 360", "company", "Qihoo 360"),
        ("周鸿祎", "Zhou Hongyi", "person", "Qihoo 360")]),
    ("月之暗面推出Kimi智能助手", [("月之暗面", "Moonshot AI", "company", "Moonshot AI"),
                               ("Kimi", "Kimi", "product", "Moonshot AI")]),
    ("在Xiaohongshu上发帖", [("Xiaohongshu", *XHS)]),
    ("据36氪报道，国家网信办发布《生成式人工智能服务管理暂行办法》",
     [("36氪", "36Kr", "outlet", ""), ("国家网信办", "CAC", "regulation", ""),
      ("生成式人工智能服务管理暂行办法", "Interim Measures for the Administration of Generative AI Services",
       "regulation", "")]),
    ("“点点”上线了", [("点点", "DianDian", "product", "Xiaohongshu")]),
]

NEGATIVE = [
    "She walked the red carpet in a red dress.",
    "The metadata of every file was stripped.",
    "A meta-analysis of forty studies.",
    "He ate an apple pie and an apple.",
    "Now that the platform has sounded the clarion call",
    "Up to now, at least more than 30 AI large-scale models have appeared",
    "right now, and for now",
    "A 360-degree view of the customer.",
    "A 360 degree turn, a 360° panorama",
    "The platform has 360 million users and 360 thousand creators.",
    "It cost $360, or ¥360, or US$ 360, or RMB 360, or 1,360 yuan, or 3.360 points.",
    "It grew 360% in 360 days; 360 people joined.",
    "营收达到360亿元，用户超过360万，旋转360度",
    "The sora was cold and kimi was lowercase",
    "a conan novel and a gemini sign",
    "一点点进步",
    "The Trikes were parked in Trikala.",
    "Metaverse and Metaplanet",
    "Alibi and Alice and Aliyah",
]


def co(alias: str, entity: str) -> tuple[str, str, str, str]:
    return (alias, entity, "company", entity)


def pr(alias: str, entity: str, company: str) -> tuple[str, str, str, str]:
    return (alias, entity, "product", company)


# One row per sector and script (English, simplified, traditional) for the companies added for
# real news: chips, internet and devices, cars and robots, AI labs, products rolled up.
SECTORS = [
    # chips and equipment
    ("Nvidia and AMD shares fell after TSMC and SMIC said demand for H20 chips had slowed.",
     [co("Nvidia", "Nvidia"), co("AMD", "AMD"), co("TSMC", "TSMC"), co("SMIC", "SMIC"),
      pr("H20", "H20", "Nvidia")]),
    ("ASML, Applied Materials, Lam Research and Tokyo Electron supply SK Hynix and Micron Technology.",
     [co("ASML", "ASML"), co("Applied Materials", "Applied Materials"), co("Lam Research", "Lam Research"),
      co("Tokyo Electron", "Tokyo Electron"), co("SK Hynix", "SK Hynix"), co("Micron Technology", "Micron")]),
    ("寒武纪、海光信息和摩尔线程的股价上涨，长江存储与长鑫存储扩产，壁仞科技递交招股书。",
     [co("寒武纪", "Cambricon"), co("海光信息", "Hygon"), co("摩尔线程", "Moore Threads"),
      co("长江存储", "YMTC"), co("长鑫存储", "CXMT"), co("壁仞科技", "Biren")]),
    ("輝達與超微的晶片受限，台積電、聯發科和高通則受惠。",
     [co("輝達", "Nvidia"), co("超微", "AMD"), co("台積電", "TSMC"), co("聯發科", "MediaTek"),
      co("高通", "Qualcomm")]),
    ("美超微的伺服器用超微的晶片", [co("美超微", "Supermicro"), co("超微", "AMD")]),
    ("艾司摩爾、科林研發與東京威力科創的設備；英特爾和華虹半導體",
     [co("艾司摩爾", "ASML"), co("科林研發", "Lam Research"), co("東京威力科創", "Tokyo Electron"),
      co("英特爾", "Intel"), co("華虹半導體", "Hua Hong")]),
    # internet, devices and AI vision
    ("iQiyi, Kingsoft, Trip.com, Shein, Lenovo and ZTE reported results; Megvii and 4Paradigm listed.",
     [co("iQiyi", "iQiyi"), co("Kingsoft", "Kingsoft"), co("Trip.com", "Trip.com"), co("Shein", "Shein"),
      co("Lenovo", "Lenovo"), co("ZTE", "ZTE"), co("Megvii", "Megvii"), co("4Paradigm", "4Paradigm")]),
    ("OPPO、vivo和荣耀终端的新机，搭载地平线机器人的芯片；浪潮信息与中兴通讯",
     [co("OPPO", "Oppo"), co("vivo", "Vivo"), co("荣耀终端", "Honor"), co("地平线机器人", "Horizon Robotics"),
      co("浪潮信息", "Inspur"), co("中兴通讯", "ZTE")]),
    ("愛奇藝、攜程與聯想集團公布財報，曠視科技、雲從科技和依圖科技",
     [co("愛奇藝", "iQiyi"), co("攜程", "Trip.com"), co("聯想集團", "Lenovo"), co("曠視科技", "Megvii"),
      co("雲從科技", "CloudWalk"), co("依圖科技", "Yitu")]),
    # cars and robots
    ("BYD outsold Tesla while NIO, Xpeng and Li Auto cut prices; Unitree, UBTech and AgiBot showed robots.",
     [co("BYD", "BYD"), co("Tesla", "Tesla"), co("NIO", "NIO"), co("Xpeng", "Xpeng"), co("Li Auto", "Li Auto"),
      co("Unitree", "Unitree"), co("UBTech", "UBTech"), co("AgiBot", "AgiBot")]),
    ("比亚迪、蔚来、小鹏汽车和理想汽车，吉利汽车与赛力斯；宇树科技、优必选和智元机器人",
     [co("比亚迪", "BYD"), co("蔚来", "NIO"), co("小鹏汽车", "Xpeng"), co("理想汽车", "Li Auto"),
      co("吉利汽车", "Geely"), co("赛力斯", "Seres"), co("宇树科技", "Unitree"), co("优必选", "UBTech"),
      co("智元机器人", "AgiBot")]),
    ("比亞迪與特斯拉競爭，蔚來、小鵬汽車和理想汽車跟進；宇樹科技的機器人",
     [co("比亞迪", "BYD"), co("特斯拉", "Tesla"), co("蔚來", "NIO"), co("小鵬汽車", "Xpeng"),
      co("理想汽車", "Li Auto"), co("宇樹科技", "Unitree")]),
    # AI labs
    ("Perplexity, Cohere, Character.AI, Hugging Face, Scale AI and Databricks raised money; so did Manus.",
     [co("Perplexity", "Perplexity"), co("Cohere", "Cohere"), co("Character.AI", "Character.AI"),
      co("Hugging Face", "Hugging Face"), co("Scale AI", "Scale AI"), co("Databricks", "Databricks"),
      pr("Manus", "Manus", "Butterfly Effect")]),
    ("深度求索、月之暗面、稀宇科技、智谱、百川智能、零一万物、阶跃星辰、无问芯穹和面壁智能",
     [co("深度求索", "DeepSeek"), co("月之暗面", "Moonshot AI"), co("稀宇科技", "MiniMax"), co("智谱", "Zhipu AI"),
      co("百川智能", "Baichuan"), co("零一万物", "01.AI"), co("阶跃星辰", "StepFun"),
      co("无问芯穹", "Infinigence"), co("面壁智能", "ModelBest")]),
    ("深度求索與月之暗面、百川智能、零一萬物、階躍星辰和面壁智能競爭",
     [co("深度求索", "DeepSeek"), co("月之暗面", "Moonshot AI"), co("百川智能", "Baichuan"),
      co("零一萬物", "01.AI"), co("階躍星辰", "StepFun"), co("面壁智能", "ModelBest")]),
    # products roll up to their company
    ("Ele.me, DingTalk and Xianyu belong to Alibaba; Lark and Trae to ByteDance; Ascend chips to Huawei.",
     [pr("Ele.me", "Ele.me", "Alibaba"), pr("DingTalk", "DingTalk", "Alibaba"), pr("Xianyu", "Xianyu", "Alibaba"),
      co("Alibaba", "Alibaba"), pr("Lark", "Feishu", "ByteDance"), pr("Trae", "Trae", "ByteDance"),
      co("ByteDance", "ByteDance"),
      pr("Ascend", "Ascend", "Huawei"), co("Huawei", "Huawei")]),
    ("饿了么、钉钉、闲鱼和夸克，华为的昇腾与麒麟芯片，腾讯云和百度智能云",
     [pr("饿了么", "Ele.me", "Alibaba"), pr("钉钉", "DingTalk", "Alibaba"), pr("闲鱼", "Xianyu", "Alibaba"),
      pr("夸克", "Quark", "Alibaba"), co("华为", "Huawei"), pr("昇腾", "Ascend", "Huawei"),
      pr("麒麟芯片", "Kirin", "Huawei"), pr("腾讯云", "Tencent Cloud", "Tencent"),
      pr("百度智能云", "Baidu AI Cloud", "Baidu")]),
    ("餓了麼、釘釘和閒魚，華為的昇騰與鴻蒙，抖音、剪映、飛書和豆包，推特",
     [pr("餓了麼", "Ele.me", "Alibaba"), pr("釘釘", "DingTalk", "Alibaba"), pr("閒魚", "Xianyu", "Alibaba"),
      co("華為", "Huawei"), pr("昇騰", "Ascend", "Huawei"), pr("鴻蒙", "HarmonyOS", "Huawei"),
      pr("抖音", "Douyin", "ByteDance"), pr("剪映", "CapCut", "ByteDance"), pr("飛書", "Feishu", "ByteDance"),
      pr("豆包", "Doubao", "ByteDance"), pr("推特", "Twitter", "X Corp")]),
    # Tencent's business groups roll up to it, by name and by acronym (AG en3143); "ieg" in lower case is no group,
    # and PCG is none by its acronym (also PG&E's ticker, and content made by professionals: the seed 000).
    ("Layoffs hit IEG, the Platform and Content Group and the Cloud and Smart Industries Group; the Interactive "
     "Entertainment Group cut most, WXG none, the ieg file said.",
     [pr("IEG", "Tencent Interactive Entertainment Group", "Tencent"),
      pr("Platform and Content Group", "Tencent Platform and Content Group", "Tencent"),
      pr("Cloud and Smart Industries Group", "Tencent Cloud and Smart Industries Group", "Tencent"),
      pr("Interactive Entertainment Group", "Tencent Interactive Entertainment Group", "Tencent"),
      pr("WXG", "Tencent WeiXin Group", "Tencent")]),
    ("In the age of PCG and UCG, most content companies rely on AI; PCG shares fell.", []),
    ("腾讯互动娱乐事业群、平台与内容事业群和云与智慧产业事业群裁员，微信事业群未受影响",
     [co("腾讯", "Tencent"), pr("互动娱乐事业群", "Tencent Interactive Entertainment Group", "Tencent"),
      pr("平台与内容事业群", "Tencent Platform and Content Group", "Tencent"),
      pr("云与智慧产业事业群", "Tencent Cloud and Smart Industries Group", "Tencent"),
      pr("微信事业群", "Tencent WeiXin Group", "Tencent")]),
    ("騰訊互動娛樂事業群與雲與智慧產業事業群裁員",
     [co("騰訊", "Tencent"), pr("互動娛樂事業群", "Tencent Interactive Entertainment Group", "Tencent"),
      pr("雲與智慧產業事業群", "Tencent Cloud and Smart Industries Group", "Tencent")]),
    # Investors, exchanges and research firms act in funding, listing and market-share news.
    ("HongShan and 5Y Capital led the round; Moonshot listed on HKEX, Counterpoint said.",
     [co("HongShan", "HongShan"), co("5Y Capital", "5Y Capital"), co("Moonshot", "Moonshot AI"),
      co("HKEX", "Hong Kong Exchanges and Clearing"), co("Counterpoint", "Counterpoint Research")]),
    ("红杉中国与五源资本领投，智谱在港交所上市，腾讯、字节、阿里跟进",
     [co("红杉中国", "HongShan"), co("五源资本", "5Y Capital"), co("智谱", "Zhipu AI"),
      co("港交所", "Hong Kong Exchanges and Clearing"), co("腾讯", "Tencent"), co("字节", "ByteDance"),
      co("阿里", "Alibaba")]),
    ("紅杉中國與高瓴領投，集邦科技稱，軟銀跟進",
     [co("紅杉中國", "HongShan"), co("高瓴", "Hillhouse"), co("集邦科技", "TrendForce"), co("軟銀", "SoftBank")]),
]


def sub(alias: str, entity: str, parent: str) -> tuple[str, str, str, str]:
    """A subsidiary: a company named in its own right that rolls up to its parent."""
    return (alias, entity, "company", parent)


# The companies of the field that real news names beyond the platforms: investors and state
# funds, banks, e-commerce abroad, consumer chains in the delivery wars, games, chip fabs, AI
# startups; short names the press uses alone; subsidiaries; outlets owned by tracked companies.
FIELD = [
    ("Fortera Capital, a private-equity firm under the Shanghai State-owned Capital Investment Co, led "
     "the round, joined by Northern Light Venture Capital, Gaorong Capital and ZhenFund.",
     [co("Fortera Capital", "Fortera Capital"),
      co("Shanghai State-owned Capital Investment Co", "Shanghai State-owned Capital Investment Co"),
      co("Northern Light Venture Capital", "Northern Light Venture Capital"),
      co("Gaorong Capital", "Gaorong Capital"), co("ZhenFund", "ZhenFund")]),
    ("Representatives of Moonshot, Alibaba and 5Y didn't respond; IDG, Goldman Sachs and CICC declined to comment.",
     [co("Moonshot", "Moonshot AI"), co("Alibaba", "Alibaba"), co("5Y", "5Y Capital"), co("IDG", "IDG Capital"),
      co("Goldman Sachs", "Goldman Sachs"), co("CICC", "CICC")]),
    ("本轮融资由高瓴领投，五源、IDG、北极光创投、高榕资本和嘉御基金跟投，浦东创投集团与张江集团参与。",
     [co("高瓴", "Hillhouse"), co("五源", "5Y Capital"), co("IDG", "IDG Capital"),
      co("北极光创投", "Northern Light Venture Capital"), co("高榕资本", "Gaorong Capital"),
      co("嘉御基金", "Jiayu Fund"), co("浦东创投集团", "Pudong Venture Capital Group"),
      co("张江集团", "Zhangjiang Group")]),
    ("本輪由高榕資本領投，北極光創投、經緯創投和真格基金跟投，高盛與摩根士丹利擔任聯席保薦人。",
     [co("高榕資本", "Gaorong Capital"), co("北極光創投", "Northern Light Venture Capital"),
      co("經緯創投", "Matrix Partners China"), co("真格基金", "ZhenFund"), co("高盛", "Goldman Sachs"),
      co("摩根士丹利", "Morgan Stanley")]),
    ("TikTok's deal with GoTo pits Tokopedia against Shopee and Lazada, while Grab and Coupang watch.",
     [pr("TikTok", "TikTok", "ByteDance"), co("GoTo", "GoTo"), sub("Tokopedia", "Tokopedia", "GoTo"),
      sub("Shopee", "Shopee", "Sea"), sub("Lazada", "Lazada", "Alibaba"), co("Grab", "Grab"),
      co("Coupang", "Coupang")]),
    ("JD.com offered zero commissions to high-end chains like Haidilao, Starbucks and Luckin Coffee.",
     [co("JD.com", "JD.com"), co("Haidilao", "Haidilao"), co("Starbucks", "Starbucks"),
      co("Luckin Coffee", "Luckin Coffee")]),
    ("京东外卖吸引海底捞、星巴克和瑞幸咖啡入驻，蜜雪冰城与霸王茶姬也在美团上架。",
     [co("京东", "JD.com"), co("海底捞", "Haidilao"), co("星巴克", "Starbucks"), co("瑞幸咖啡", "Luckin Coffee"),
      co("蜜雪冰城", "Mixue"), co("霸王茶姬", "Chagee"), co("美团", "Meituan")]),
    ("京東外賣引入海底撈、星巴克與肯德基，蝦皮購物和來贊達在東南亞競爭。",
     [co("京東", "JD.com"), co("海底撈", "Haidilao"), co("星巴克", "Starbucks"), sub("肯德基", "KFC", "Yum China"),
      sub("蝦皮購物", "Shopee", "Sea"), sub("來贊達", "Lazada", "Alibaba")]),
    ("Developer Game Science outsold miHoYo and NetEase Games on Steam, GameDiscoverCo founder Simon Carless said.",
     [co("Game Science", "Game Science"), co("miHoYo", "miHoYo"), pr("NetEase Games", "NetEase Games", "NetEase"),
      pr("Steam", "Steam", "Valve"), co("GameDiscoverCo", "GameDiscoverCo")]),
    ("游戏科学的《黑神话：悟空》发售后，米哈游、莉莉丝游戏和鹰角网络也在布局AI。",
     [co("游戏科学", "Game Science"), co("米哈游", "miHoYo"), co("莉莉丝游戏", "Lilith Games"),
      co("鹰角网络", "Hypergryph")]),
    ("Huali Microelectronics, a Hua Hong Group unit, buys tools from SiCarrier and SMEE and EDA from Synopsys.",
     [sub("Huali Microelectronics", "Huali Microelectronics", "Hua Hong"), co("Hua Hong Group", "Hua Hong"),
      co("SiCarrier", "SiCarrier"), co("SMEE", "SMEE"), co("Synopsys", "Synopsys")]),
    ("上海華虹集團旗下的上海華力微電子準備生產7奈米晶片，設備供應商包括新凱來與上海微電子。",
     [co("華虹集團", "Hua Hong"), sub("上海華力微電子", "Huali Microelectronics", "Hua Hong"),
      co("新凱來", "SiCarrier"), co("上海微電子", "SMEE")]),
    ("小冰公司宣布完成A轮融资，启元世界同日宣布融资，幻方量化旗下的深度求索与硅基流动合作。",
     [co("小冰公司", "Xiaoice"), co("启元世界", "inspir.ai"), co("幻方量化", "High-Flyer"),
      co("深度求索", "DeepSeek"), co("硅基流动", "SiliconFlow")]),
    ("Chery, Great Wall Motor and SAIC Motor sell abroad as Volkswagen and Toyota cut prices; Waymo expands.",
     [co("Chery", "Chery"), co("Great Wall Motor", "Great Wall Motor"), co("SAIC Motor", "SAIC Motor"),
      co("Volkswagen", "Volkswagen"), co("Toyota", "Toyota"), sub("Waymo", "Waymo", "Google")]),
    ("Salesforce, Adobe, Palantir, Uber and Netflix reported quarterly results.",
     [co("Salesforce", "Salesforce"), co("Adobe", "Adobe"), co("Palantir", "Palantir"), co("Uber", "Uber"),
      co("Netflix", "Netflix")]),
    # Nicknames of the platforms and Taiwan's names for chip and server firms.
    ("鹅厂和猪厂之后，菊厂、度厂与狗东也发布了大模型，拼夕夕则押注海外。",
     [co("鹅厂", "Tencent"), co("猪厂", "NetEase"), co("菊厂", "Huawei"), co("度厂", "Baidu"), co("狗东", "JD.com"),
      co("拼夕夕", "Pinduoduo")]),
    ("輝達GB200伺服器由廣達、緯穎、英業達與鴻海代工，世芯、瑞昱和應材同步受惠，格羅方德觀望。",
     [co("輝達", "Nvidia"), pr("GB200", "Blackwell", "Nvidia"), co("廣達", "Quanta Computer"), co("緯穎", "Wiwynn"),
      co("英業達", "Inventec"),
      co("鴻海", "Foxconn"), co("世芯", "Alchip"), co("瑞昱", "Realtek"), co("應材", "Applied Materials"),
      co("格羅方德", "GlobalFoundries")]),
    ("Ant Group, Ping An Insurance, SF Express and Haier rolled out AI agents; JD's shares fell.",
     [co("Ant Group", "Ant Group"), co("Ping An Insurance", "Ping An"), co("SF Express", "SF Express"),
      co("Haier", "Haier"), co("JD", "JD.com")]),
    ("顺丰、极兔与中通快递加码无人配送，海尔、海信和格力电器接入豆包，蚂蚁金服更名蚂蚁集团。",
     [co("顺丰", "SF Express"), co("极兔", "J&T Express"), co("中通快递", "ZTO Express"), co("海尔", "Haier"),
      co("海信", "Hisense"), co("格力电器", "Gree"), pr("豆包", "Doubao", "ByteDance"), co("蚂蚁金服", "Ant Group"),
      co("蚂蚁集团", "Ant Group")]),
    # An agent platform named alone rolls up to the firm that runs it; a bought startup is a firm of its own
    # rolling up to its buyer; a video platform is its company's product; an investor, an innovation centre
    # and a group by their full names ("&" written for "and").
    ("Meta agreed to buy Manus, the agent platform of Butterfly Effect Technology; Mobike joined Meituan in 2018.",
     [co("Meta", "Meta"), pr("Manus", "Manus", "Butterfly Effect"),
      co("Butterfly Effect Technology", "Butterfly Effect"), sub("Mobike", "Mobike", "Meituan"),
      co("Meituan", "Meituan")]),
    ("Mingshi Capital backed MiniMax; the Beijing Humanoid Robot Innovation Center, China Music Corp. and "
     "Nippon Telegraph & Telephone Corp. were named too.",
     [co("Mingshi Capital", "Mingshi Capital"), co("MiniMax", "MiniMax"),
      co("Beijing Humanoid Robot Innovation Center", "X-Humanoid"),
      co("China Music Corp", "China Music Corporation"), co("Nippon Telegraph & Telephone", "NTT")]),
    ("manus是蝴蝶效应科技推出的AI代理平台，明势创投早期投资了MiniMax，优酷和芒果TV也将涨价，摩拜单车并入美团。",
     [pr("manus", "Manus", "Butterfly Effect"), co("蝴蝶效应科技", "Butterfly Effect"),
      co("明势创投", "Mingshi Capital"), co("MiniMax", "MiniMax"), pr("优酷", "Youku", "Alibaba"),
      pr("芒果TV", "Mango TV", "Mango Excellent Media"), sub("摩拜单车", "Mobike", "Meituan"), co("美团", "Meituan")]),
    ("manus是北京「蝴蝶效應科技公司」推出的平台，明勢資本連續加注，芒果超媒旗下芒果TV上線，騰訊收購中國音樂集團股份。",
     [pr("manus", "Manus", "Butterfly Effect"), co("蝴蝶效應科技", "Butterfly Effect"),
      co("明勢資本", "Mingshi Capital"), co("芒果超媒", "Mango Excellent Media"),
      pr("芒果TV", "Mango TV", "Mango Excellent Media"), co("騰訊", "Tencent"),
      co("中國音樂集團", "China Music Corporation")]),
    # Split X's missed firms: a phone and a projector maker, a robotaxi startup, a Hong Kong broker and the
    # index providers whose reviews add a listed firm (恒生指数 alone is the index).
    ("Smartisan's founder sold XGIMI projectors; AutoX applied for a permit; Wealthy Securities, Hang Seng "
     "Indexes Company and MSCI commented.",
     [co("Smartisan", "Smartisan"), co("XGIMI", "XGIMI"), co("AutoX", "AutoX"),
      co("Wealthy Securities", "Wealthy Securities"), co("Hang Seng Indexes Company", "Hang Seng Indexes"),
      co("MSCI", "MSCI")]),
    ("锤子科技创始人带货极米科技投影仪，AutoX申请牌照，恒生指数有限公司与明晟将快手纳入指数，锤子、小米等手机厂商",
     [co("锤子科技", "Smartisan"), co("极米科技", "XGIMI"), co("AutoX", "AutoX"),
      co("恒生指数有限公司", "Hang Seng Indexes"), co("明晟", "MSCI"), co("快手", "Kuaishou"), co("锤子", "Smartisan"),
      co("小米", "Xiaomi")]),
    ("錘子科技創始人帶貨極米科技投影儀，AutoX申請牌照，恆生指數有限公司與明晟將快手納入指數",
     [co("錘子科技", "Smartisan"), co("極米科技", "XGIMI"), co("AutoX", "AutoX"),
      co("恆生指數有限公司", "Hang Seng Indexes"), co("明晟", "MSCI"), co("快手", "Kuaishou")]),
    # "JD" is JD.com, but not in the US vice-president's name.
    ("JD Vance said the tariffs would stay.", [("JD Vance", "US government", "regulation", "")]),
    # 腾讯科技 and 网易科技 are news sites cited as sources, not Tencent or NetEase acting.
    ("据腾讯科技报道，雷军在微博透露；网易科技与上海证券报跟进。",
     [("腾讯科技", "Tencent Tech", "outlet", ""), ("雷军", "Lei Jun", "person", "Xiaomi"),
      pr("微博", "Weibo", "Weibo"), ("网易科技", "NetEase Tech", "outlet", ""),
      ("上海证券报", "Shanghai Securities News", "outlet", "")]),
    ("據中央社報導，京東方與聯電受惠", [("中央社", "Central News Agency", "outlet", ""), co("京東方", "BOE"),
                                 co("聯電", "UMC")]),
]

# Everyday words that share their letters with a company name, in both languages.
EVERYDAY = [
    "Users grab a goto statement in a sea of code; thinking machines let off steam.",
    "北极光很美，大基金和中金所，他爱吃虾皮，是个乐天派，颇有赞誉，美好未来，骏马奔驰，小冰箱，叠纸飞机",
    "北極光很美，他愛吃蝦皮，是個樂天派，頗有讚譽，美好未來，駿馬奔馳，小冰箱",
    "一加一等于二，他为人圆通，含情脉脉，出去转转，发电报，平安回家，海纳百川，美的风景",
    "He got the intel from a source; the cell is one micron wide and the field is one tesla.",
    "Take the runway, ascend the stairs, arm in arm, an oracle of perplexity, with honor.",
    "这让人联想到AI浪潮，荣耀属于团队，地平线上一片吉利，理想很丰满",
    "這讓人聯想到AI浪潮，榮耀屬於團隊，地平線上一片吉利，理想很豐滿",
    # 恒生指数 is the index, 锤子 a hammer and 极米 sits inside 积极米价 ("active rice prices").
    "恒生指数周一收跌2%，他拿起锤子，积极米价上涨",
    "恆生指數週一收跌2%，他拿起錘子，積極米價上漲",
    # 新浪潮 "a new wave" holds 新浪 (Sina); 蝴蝶效应 alone is the butterfly effect.
    "他正成为中国AI新浪潮的标志性人物，这是一种蝴蝶效应",
    "他正成為中國AI新浪潮的標誌性人物，這是一種蝴蝶效應",
    "The new wave of AI startups shows a butterfly effect.",
]


@pytest.mark.parametrize("text, expected", SECTORS)
def test_finds_the_companies_of_each_sector_in_each_script(gazetteer, text, expected):
    assert summary(gazetteer.find(text)) == expected


@pytest.mark.parametrize("text, expected", FIELD)
def test_finds_the_companies_of_the_field_in_each_script(gazetteer, text, expected):
    assert summary(gazetteer.find(text)) == expected


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_are_not_companies(gazetteer, text):
    assert gazetteer.find(text) == []


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_finds_expected_entities(gazetteer, text, expected):
    assert summary(gazetteer.find(text)) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ordinary_words_are_not_entities(gazetteer, text):
    assert gazetteer.find(text) == []


def test_matches_point_at_their_surface_text(gazetteer):
    text = "据报道，Xiaohongshu's “Trik” and 小红书 — the Little Red Book — met ByteDance."
    for match in gazetteer.find(text):
        assert text[match.start:match.end] == match.alias


def test_matches_are_sorted_and_do_not_overlap(gazetteer):
    text = (SEEDS / "002_edb25278540afc68.txt").read_text(encoding="utf-8")
    matches = gazetteer.find(text)
    assert matches == sorted(matches, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


SEED_COMPANIES = {
    "Xiaohongshu", "ByteDance", "Kuaishou", "Qihoo 360", "Alibaba", "Baidu", "Tencent", "Pinduoduo",
    "JD.com", "Zhihu", "Meta", "Google", "OpenAI", "Apple", "Stability AI", "DeviantArt", "Midjourney",
    "Sensor Tower", "Capital Today", "GSR Ventures", "Moonshot AI", "Weibo",
}


def test_every_company_the_seeds_name_is_found(gazetteer):
    found = set()
    for path in sorted(SEEDS.glob("*.txt")):
        found.update(m.company for m in gazetteer.find(path.read_text(encoding="utf-8")))
    assert SEED_COMPANIES - found == set()


def test_seed_outlets_and_regulations_are_found(gazetteer):
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    entities = {m.entity for m in gazetteer.find(text) if m.kind in ("outlet", "regulation")}
    assert {"36Kr", "Sina Technology", "Sina Finance", "Lan Dong Business", "The Wall Street Journal",
            "Babite", "Jiemian", "SCMP", "China Entrepreneur", "TikTok divest-or-ban law",
            "Interim Measures for the Administration of Generative AI Services"} <= entities


def test_later_entry_wins_a_duplicated_alias():
    first = GazetteerEntry("Red Co", "company", "Red Co", ("Red Co", "RC"))
    second = GazetteerEntry("Other", "company", "Other", ("rc",))
    assert [m.entity for m in Gazetteer([first, second]).find("RC said")] == ["Other"]
    assert [m.entity for m in Gazetteer([second, first]).find("RC said")] == ["Red Co"]


def test_case_sensitive_and_quoted_markers():
    gaz = Gazetteer([GazetteerEntry("Now", "product", "X", ('"Now"',)),
                     GazetteerEntry("X", "company", "X", ("=XY",))])
    assert summary(gaz.find("XY and xy, then 'Now' and Now and “now”")) == [
        ("XY", "X", "company", "X"), ("Now", "Now", "product", "X")]


def test_input_is_not_mutated_and_empty_inputs(gazetteer):
    entries = (GazetteerEntry("A Co", "company", "A Co", ("Aco",)),)
    assert Gazetteer(entries).find("") == []
    assert Gazetteer([]).find("anything") == []
    assert entries == (GazetteerEntry("A Co", "company", "A Co", ("Aco",)),)


def test_pickle_round_trip(gazetteer):
    text = (SEEDS / "004_7deb7713580fdd7d.txt").read_text(encoding="utf-8")
    restored = pickle.loads(pickle.dumps(gazetteer))
    assert restored.find(text) == gazetteer.find(text)
    assert restored.user_words == gazetteer.user_words


def test_user_words_are_the_chinese_aliases(gazetteer):
    words = gazetteer.user_words
    assert {"小红书", "字节跳动", "抖音", "通义千问", "点点", "36氪"} <= set(words)
    assert not any(word.isascii() for word in words)
    assert not any(word.startswith(('"', "=")) for word in words)


def test_companies(gazetteer):
    companies = gazetteer.companies()
    assert companies == sorted(set(companies))
    assert {"Xiaohongshu", "ByteDance", "Qihoo 360", "GSR Ventures"} <= set(companies)
    assert "TikTok" not in companies and "36Kr" not in companies
    # A subsidiary's events roll up to its parent, so it is no company to filter by.
    assert "Sea" in companies and "Shopee" not in companies
