"""Aliases the words around them make name no party: an exchange in a ticker, the head of another
firm's name, a word holding the alias (``lib/extract/other_names.py``), in English, simplified and
traditional Chinese.

Sentences are written as the press writes them (listing boilerplate of results releases, funding
news); none is copied from ``tests/data/realnews``.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from benchmarks.realnews import load_excerpts
from benchmarks.synthetic_corpus import write_corpus
from lib.extract.gazetteer import Gazetteer
from lib.extract.other_names import BankBuildings, FirmHeads, NotNames, is_ticker_label, lies_inside
from lib.parse.script import to_simplified
from lib.rules import load_rules
from lib.rules.gazetteer import GazetteerEntry

RULES = load_rules()
GAZETTEER = Gazetteer(RULES.gazetteer)


def companies(text: str) -> list[tuple[str, str]]:
    """(surface text, company) of every company or product match, in order."""
    return [(m.alias, m.company) for m in GAZETTEER.find(text) if m.kind in ("company", "product")]


HKEX = "Hong Kong Exchanges and Clearing"

# (text, companies named): an exchange inside a ticker is a label; acting, it is named.
TICKERS = [
    # English: results releases and wire copy
    ("Baidu, Inc. (NASDAQ: BIDU and HKEX: 9888) today announced its unaudited financial results.",
     [("Baidu", "Baidu")]),
    ("Alibaba Group Holding Limited (NYSE: BABA; HKEX: 9988) said on Thursday it would buy back shares.",
     [("Alibaba Group Holding", "Alibaba")]),
    ("Shares of Zhihu (NYSE: ZH) fell, while Bilibili (Nasdaq: BILI, HKEX: 9626) rose 3%.",
     [("Zhihu", "Zhihu"), ("Bilibili", "Bilibili")]),
    # ... the exchange acting, or a colon that opens a quote, names it
    ("HKEX reported record turnover in the first half; Nasdaq said it would tighten listing rules.",
     [("HKEX", HKEX), ("Nasdaq", "Nasdaq")]),
    ("NYSE: a record 40 IPOs priced in the quarter.", [("NYSE", "New York Stock Exchange")]),
    # ... a code word before the colon, and a counter's name in brackets after the code
    ("Tencent Holdings Limited (HKEX stock code: 00700 (HKD counter) and 80700 (RMB counter)) announced "
     "its interim results.", [("Tencent Holdings", "Tencent")]),
    ("Xiaomi Corporation (HKEX code: 1810) said on Monday it would raise funds.", [("Xiaomi Corporation", "Xiaomi")]),
    # simplified Chinese
    ("百度（纳斯达克：BIDU，港交所：9888）今日公布第三季度财报。", [("百度", "Baidu")]),
    ("拼多多（纳斯达克代码：PDD）股价盘前下跌，阿里巴巴（纽交所：BABA）小幅上涨。",
     [("拼多多", "Pinduoduo"), ("PDD", "Pinduoduo"), ("阿里巴巴", "Alibaba")]),  # the ticker is an alias too
    ("京东集团（港交所代码：9618）发布公告。", [("京东集团", "JD.com")]),
    ("港交所公布上半年业绩，纳斯达克：将收紧小型IPO规则。", [("港交所", HKEX), ("纳斯达克", "Nasdaq")]),
    ("腾讯控股（港交所代码：00700（港币柜台）及80700（人民币柜台））今日公布中期业绩。", [("腾讯", "Tencent")]),
    ("小米集团（香港联交所股票编号：1810）公布全年业绩。", [("小米集团", "Xiaomi")]),
    ("港交所（HKEX）公布上半年业绩。", [("港交所", HKEX), ("HKEX", HKEX)]),  # no code: the exchange acts
    ("港交所代码规则将于明年修订。", [("港交所", HKEX)]),
    # the exchange as a ticker's suffix in the listing's bracket, as ".HK" is
    ("Shares of Weibo (WB.Nasdaq) rose 3% while Zhihu (ZH.NYSE, 2390.HK) fell.",
     [("Weibo", "Weibo"), ("Zhihu", "Zhihu")]),
    ("微博（WB.NASDAQ）股价上涨，知乎（ZH.NYSE、2390.HK）下跌。", [("微博", "Weibo"), ("知乎", "Zhihu")]),
    ("微博（WB.NASDAQ）股價上漲，知乎（ZH.NYSE、2390.HK）下跌。", [("微博", "Weibo"), ("知乎", "Zhihu")]),
    # traditional Chinese
    ("百度（納斯達克：BIDU，港交所：9888）公布第三季業績。", [("百度", "Baidu")]),
    ("阿里巴巴（紐交所：BABA）宣布回購，京東（納斯達克代碼：JD）股價上揚。",
     [("阿里巴巴", "Alibaba"), ("京東", "JD.com"), ("JD", "JD.com")]),
    ("騰訊控股（港交所：0700）今日公布業績。", [("騰訊", "Tencent")]),
    ("港交所公布首季業績，純利創新高。", [("港交所", HKEX)]),
    ("騰訊控股有限公司（「騰訊」，香港聯交所股票編號：00700）今天公佈截至六月三十日止的中期業績。",
     [("騰訊", "Tencent"), ("騰訊", "Tencent")]),
    ("小米集團（港交所股份代號：1810）公布全年業績。", [("小米集團", "Xiaomi")]),
]

# (text, companies named): an exchange made an adjective of a listed firm ("Nasdaq-listed") labels it;
# where a firm lists, or the exchange acting, the exchange is named. Chinese writes no such adjective:
# 在纳斯达克上市的 is where the firm lists.
LISTED_ADJECTIVES = [
    # English
    ("Nasdaq-listed Pinduoduo said on Monday its quarterly profit fell.", [("Pinduoduo", "Pinduoduo")]),
    ("Shares of NYSE-listed Nio and HKEX-listed Tencent rose in early trade.",
     [("Nio", "NIO"), ("Tencent", "Tencent")]),
    ("Baidu, a Nasdaq‐listed search firm, cut prices for its Ernie models.",
     [("Baidu", "Baidu"), ("Ernie", "Baidu")]),
    # ... where a firm lists, or the exchange acting, names the exchange
    ("Bilibili's stock, listed on the Nasdaq, fell 5%.", [("Bilibili", "Bilibili"), ("Nasdaq", "Nasdaq")]),
    ("Nasdaq listed 30 Chinese firms last year; the NYSE listed 12.",
     [("Nasdaq", "Nasdaq"), ("NYSE", "New York Stock Exchange")]),
    # simplified Chinese: the exchange where a firm lists is named
    ("在纳斯达克上市的拼多多周一公布财报。", [("纳斯达克", "Nasdaq"), ("拼多多", "Pinduoduo")]),
    ("蔚来在纽交所挂牌上市。", [("蔚来", "NIO"), ("纽交所", "New York Stock Exchange")]),
    # traditional Chinese
    ("在納斯達克上市的拼多多周一公布財報。", [("納斯達克", "Nasdaq"), ("拼多多", "Pinduoduo")]),
    ("蔚來在紐交所掛牌上市。", [("蔚來", "NIO"), ("紐交所", "New York Stock Exchange")]),
]

# (text, companies named): an English alias heading another firm's name is not that company.
FIRM_HEADS = [
    # English: pinyin names two firms share
    ("Zhipu Robotics closed a new round, while Zhipu AI filed for a Hong Kong listing.",
     [("Zhipu AI", "Zhipu AI")]),
    ("Moonshot Robotics, a humanoid start-up, is unrelated to Moonshot AI.", [("Moonshot AI", "Moonshot AI")]),
    ("Baichuan Motors is a parts supplier; Baichuan AI makes models.", [("Baichuan AI", "Baichuan")]),
    # ... the company known in the business stays: its alias, its products, its units; a lowercase
    # word is a description; a word heading no firm's name is no other firm
    ("Unitree Robotics, UBTech Robotics and Geely Motors showed robots; Tesla Motors and Xiaomi Auto cars.",
     [("Unitree Robotics", "Unitree"), ("UBTech Robotics", "UBTech"), ("Geely", "Geely"),
      ("Tesla Motors", "Tesla"), ("Xiaomi Auto", "Xiaomi")]),
    ("Zhipu robotics unit; Alibaba Pictures and Baidu Apollo; XPeng Robotics; Tencent Robotics X.",
     [("Zhipu", "Zhipu AI"), ("Alibaba Pictures", "Alibaba"), ("Baidu", "Baidu"), ("XPeng Robotics", "Xpeng"),
      ("Tencent Robotics X", "Tencent")]),
    # simplified Chinese writes a parent's unit with the parent's name in front: it stays the parent
    ("小米汽车与智谱机器人团队合作，吉利汽车跟进。",
     [("小米汽车", "Xiaomi"), ("智谱", "Zhipu AI"), ("吉利汽车", "Geely")]),
    # (腾讯音乐 is a firm listed under its own name, as Ant Group is: the gazetteer files it as a company of its
    # own, which every split's golds list, not as Tencent's unit; it still reads whole, not as 腾讯)
    ("阿里影业、京东物流和腾讯音乐公布业绩。",
     [("阿里影业", "Alibaba"), ("京东物流", "JD.com"), ("腾讯音乐", "Tencent Music")]),
    ("宇树机器人和优必选机器人在春晚亮相。", [("宇树", "Unitree"), ("优必选", "UBTech")]),
    # traditional Chinese
    ("小米汽車與鴻海機器人部門合作。", [("小米汽車", "Xiaomi"), ("鴻海", "Foxconn")]),
    ("阿里影業與騰訊音樂公布業績。", [("阿里影業", "Alibaba"), ("騰訊音樂", "Tencent Music")]),
    ("Alibaba Pictures and Tencent Music Entertainment reported results.",
     [("Alibaba Pictures", "Alibaba"), ("Tencent Music Entertainment", "Tencent Music")]),
    ("宇樹機器人與優必選機器人亮相。", [("宇樹", "Unitree"), ("優必選", "UBTech")]),
]

# (text, companies named): a short alias standing inside a place name, a count, a rating or a common
# phrase (lib/rules/not_names.txt) names no firm; the firm written as itself still is named.
WORDS_HOLDING_ALIASES = [
    # English: a phrase holding a firm's name
    ("Tech giants launch a Lunar New Year land grab for AI chatbot users.", []),
    ("The Land Grab: Baidu and Tencent race to sign up merchants.", [("Baidu", "Baidu"), ("Tencent", "Tencent")]),
    ("Analysts called the deal a grab bag of assets, while Grab shares rose 4%.", [("Grab", "Grab")]),
    # simplified Chinese: streets and districts east of a city, counts of weeks, chips, the industry
    ("华为在南京东路的旗舰店开售新机，门店外排起长队。", [("华为", "Huawei")]),
    ("该公司总部位于北京东三环，距离京东总部不远。", [("京东", "JD.com")]),
    ("时隔三星期，商务部仍未批出英伟达的出口许可。", [("英伟达", "Nvidia")]),
    ("这家三星级酒店由三星电子的前高管经营。", [("三星", "Samsung")]),
    ("美中芯片战升级，中芯国际股价下挫。", [("中芯国际", "SMIC")]),
    ("美国将限制中国电信巨头华为使用美国技术。", [("华为", "Huawei")]),
    ("中国电信运营商加快5G建网，中国电信宣布新一轮集采。", [("中国电信", "China Telecom")]),
    ("报告称中国移动互联网用户增速放缓，中国移动则公布了5G套餐用户数。", [("中国移动", "China Mobile")]),
    ("2023-06-13 15:57 搜狐号-资本邦 寒武纪公布业绩", [("寒武纪", "Cambricon")]),
    ("搜狐公布第二季度财报，网易号作者增长两成。", [("搜狐", "Sohu")]),
    # traditional Chinese
    ("華為在南京東路的旗艦店舉行新機交付儀式。", [("華為", "Huawei")]),
    ("時隔三星期，輝達仍未獲得出口許可。", [("輝達", "Nvidia")]),
    ("美中芯片衝突升級，中芯股價下跌。", [("中芯", "SMIC")]),
    ("美國考慮擴大制裁，中國電信巨擘華為首當其衝；中國電信則公布業績。",
     [("華為", "Huawei"), ("中國電信", "China Telecom")]),
    ("阿里山的茶農開始使用阿里巴巴的雲服務。", [("阿里巴巴", "Alibaba")]),
    ("中國移動支付普及率居全球前列，中國移動宣布擴大5G覆蓋。", [("中國移動", "China Mobile")]),
    # the snowstorm is not Blizzard Entertainment, nor wind power Wind Information
    ("暴雪天气导致物流延误，京东称配送受影响。", [("京东", "JD.com")]),
    ("气象台发布暴雪预警，网易与暴雪公司的谈判仍在继续。",
     [("网易", "NetEase"), ("暴雪公司", "Blizzard Entertainment")]),
    ("特大暴雪過後，暴雪宣布暫停國服。", [("暴雪", "Blizzard Entertainment")]),
    ("Wind power made up a fifth of new capacity, according to Wind.", [("Wind", "Wind Information")]),
    ("Wind turbines from Goldwind were installed; Wind River sells software.", []),
]


@pytest.mark.parametrize(("text", "expected"), WORDS_HOLDING_ALIASES)
def test_an_alias_inside_a_word_that_names_no_firm_is_no_mention(text, expected):
    assert companies(text) == expected


def test_not_names_spans_and_inside():
    words = NotNames(["南京东", "land grab"])
    assert words.spans("在南京东路和LAND  GRAB里") == ((1, 4), (6, 16))
    assert words.spans("landgrabs") == ()
    assert lies_inside(2, 4, ((1, 4),)) and not lies_inside(2, 5, ((1, 4),))
    assert NotNames([]).spans("南京东路") == ()


@pytest.mark.parametrize(("text", "expected"), TICKERS)
def test_an_exchange_in_a_ticker_is_no_company_named(text, expected):
    assert companies(text) == expected


@pytest.mark.parametrize(("text", "expected"), LISTED_ADJECTIVES)
def test_an_exchange_as_the_adjective_of_a_listed_firm_is_no_company_named(text, expected):
    assert companies(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIRM_HEADS)
def test_an_alias_heading_another_firms_name_is_not_that_company(text, expected):
    assert companies(text) == expected


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("(NASDAQ: BIDU)", 1, 7, True), ("(HKEX: 9988.HK, NYSE: BABA)", 1, 5, True), ("（纳斯达克代码：PDD）", 1, 5, True),
    ("NASDAQ: shares fell", 0, 6, False), ("NASDAQ: BIDU rose 3% today", 0, 6, False),
    ("纳斯达克：将收紧规则", 0, 4, False),
    ("Nasdaq-listed Baidu", 0, 6, True), ("NYSE-Listed", 0, 4, True), ("Nasdaq listed", 0, 6, False),
    ("Nasdaq-listing", 0, 6, False),
    ("（港交所代码：00700（港币柜台）", 1, 4, True), ("（香港联交所股票编号：00700）", 1, 6, True),
    ("(HKEX stock code: 700)", 1, 5, True), ("港交所：代码规则将修订", 0, 3, False),
])
def test_ticker_label(text, start, end, expected):
    assert is_ticker_label(text, start, end) is expected


def test_the_business_a_company_is_known_in_comes_from_its_own_rows():
    entries = [GazetteerEntry("Acme", "company", "Acme", ("Acme",)),
               GazetteerEntry("Acme Bots", "product", "Acme", ("Acme Robot 2",)),
               GazetteerEntry("Zeta", "company", "Zeta", ("Zeta", "泽塔机器人"))]
    heads = FirmHeads(entries, [("Robotics", "Robot", "机器人"), ("Motors", "汽车")])
    assert not heads.names_another_firm("Acme Robotics", 4, "Acme", "Acme")  # a product's alias says robots
    assert heads.names_another_firm("Acme Motors", 4, "Acme", "Acme")
    assert not heads.names_another_firm("Zeta Robotics", 4, "Zeta", "Zeta")  # a Chinese alias says robots
    assert not heads.names_another_firm("泽塔汽车", 2, "泽塔", "Zeta")  # Chinese: the unit of its parent


def test_the_gazetteer_with_its_heads_survives_pickling():
    copy = pickle.loads(pickle.dumps(GAZETTEER))
    assert [m.alias for m in copy.find("Zhipu Robotics and Zhipu AI (NASDAQ: ZP)")] == ["Zhipu AI"]


def test_the_not_names_are_found_where_their_pattern_finds_them(tmp_path):
    """Searching a text for only the words whose letters it holds finds what searching for every word finds, in
    every text of the real-news set, the seeds and a generated corpus."""
    seeds = Path(__file__).resolve().parents[3] / "seeds"
    write_corpus(tmp_path / "corpus", 60)
    texts = [f"{e.title}\n{e.text}" for e in load_excerpts()]
    texts += [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted((tmp_path / "corpus").rglob("*.txt"))]
    texts = [to_simplified(text) for text in texts] + ["A land grab in 南京东路", "LAND  GRAB", "三星期后",
                                                       "its Digital China strategy and a grab bag of plans"]
    words = NotNames(RULES.not_names)
    found = [words.spans(text) for text in texts]
    assert found == [tuple(m.span() for m in words._words.whole.finditer(text)) for text in texts]
    assert sum(map(bool, found)) >= 3


@pytest.mark.parametrize(("text", "alias", "entity", "building"), [
    ("中国银行大厦", "中国银行", "Bank of China", True),
    ("Bank of China Tower", "Bank of China", "Bank of China", True),
    ("HSBC Building", "HSBC", "HSBC", True),  # a bank by its other alias, 汇丰银行
    ("HSBC building loans", "HSBC", "HSBC", False),  # lower case: a description, not a building's name
    ("中国银行大力支持", "中国银行", "Bank of China", False),
    ("腾讯大厦", "腾讯", "Tencent", False),  # not a bank: a firm's own seat
])
def test_a_banks_name_before_a_buildings_noun_names_the_building(text, alias, entity, building):
    entries = [GazetteerEntry("Bank of China", "company", "", ("=Bank of China", "~中国银行")),
               GazetteerEntry("HSBC", "company", "", ("=HSBC", "汇丰银行")),
               GazetteerEntry("Tencent", "company", "", ("Tencent", "腾讯"))]
    buildings = BankBuildings(entries, ["大厦", "大樓", "Tower", "Building"])
    assert buildings.names_a_building(text, text.index(alias) + len(alias), entity) is building
