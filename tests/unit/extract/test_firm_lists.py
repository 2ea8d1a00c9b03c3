"""Short firm names that are everyday words (aliases marked ``~`` in lib/rules/gazetteer.csv: 荣耀
"glory", 美的 "beautiful", 宝马 "fine horse", 大众 "the public", 联想 "associate") name the firm only
as an item of a list of firms (``lib.extract.firm_lists``, ``lib/rules/firm_lists.csv``): a list
closed by 等 or a count (两家) and a noun of firms, a 、-list holding a firm the gazetteer knows,
or the brackets after a firm opening with a word of inclusion (OPPO(包括一加)); or right before its share's
move or close and a figure (完美世界下跌5.41%, 地平线每股报收9.58港元); or before its head's title (荣耀 CEO)
or its market figures (荣耀在中国智能手机出货量为1310万部), or ranked in a chart (第五：荣耀，…). In simplified and
traditional Chinese, with the English press's own names for the same lists beside them, and the
everyday sentences that must keep finding nothing. Sentences are written as the press writes them,
none copied from tests/data/realnews.
"""

from __future__ import annotations

import pytest

from lib.extract.firm_lists import FirmLists, opens_a_full_name
from lib.parse.script import to_simplified
from tests.gazetteer_matches import co, found

IN_LISTS = [
    # ---- a list closed by 等 and a noun of firms -------------------------------------------------
    ("百度初期选择与宝马、福特等国际车企合作测试无人车。",
     [co("百度", "Baidu"), co("宝马", "BMW"), co("福特", "Ford")]),
    ("美的、九阳等家电品牌将推出搭载鸿蒙的产品。",
     [co("美的", "Midea"), co("九阳", "Joyoung"), ("鸿蒙", "HarmonyOS", "Huawei")]),
    ("大众、奔驰等德国车企在华销量下滑。", [co("大众", "Volkswagen"), co("奔驰", "Mercedes-Benz")]),
    ("中微、北方华创等设备厂商获得更多订单。", [co("中微", "AMEC"), co("北方华创", "Naura")]),
    ("百度初期選擇與寶馬、福特等國際車企合作測試無人車。",
     [co("百度", "Baidu"), co("寶馬", "BMW"), co("福特", "Ford")]),
    ("會上宣布美的、九陽等品牌也將推出家電產品。", [co("美的", "Midea"), co("九陽", "Joyoung")]),
    ("大眾、賓士等德國車企在華銷量下滑。", [co("大眾", "Volkswagen"), co("賓士", "Mercedes-Benz")]),
    # ---- a 、-list holding a firm the gazetteer knows ----------------------------------------------
    ("第三季度销量前三名分别为荣耀、vivo、OPPO，苹果排名第四。",
     [co("荣耀", "Honor"), co("vivo", "Vivo"), co("OPPO", "Oppo"), co("苹果", "Apple")]),
    ("联想、浪潮与华为位列服务器出货前三。", [co("联想", "Lenovo"), co("浪潮", "Inspur"), co("华为", "Huawei")]),
    ("理想、蔚来和小鹏公布了交付量。", [co("理想", "Li Auto"), co("蔚来", "NIO"), co("小鹏", "Xpeng")]),
    ("第三季銷量前三名分別為榮耀、vivo、OPPO，蘋果排名第四。",
     [co("榮耀", "Honor"), co("vivo", "Vivo"), co("OPPO", "Oppo"), co("蘋果", "Apple")]),
    ("聯想、浪潮與華為位列伺服器出貨前三。", [co("聯想", "Lenovo"), co("浪潮", "Inspur"), co("華為", "Huawei")]),
    ("百川、智谱和月之暗面等大模型公司完成融资。",
     [co("百川", "Baichuan"), co("智谱", "Zhipu AI"), co("月之暗面", "Moonshot AI")]),
    ("工行、平安和招商银行公布了上半年业绩。",
     [co("工行", "ICBC"), co("平安", "Ping An"), co("招商银行", "China Merchants Bank")]),
    ("招商银行、平安与工行公布了上半年业绩。",  # the last item, after 与, ends at no separator: not taken
     [co("招商银行", "China Merchants Bank"), co("平安", "Ping An")]),
    ("面壁、智譜等大模型公司完成融資。", [co("面壁", "ModelBest"), co("智譜", "Zhipu AI")]),
    # ---- a list closed by its count and a noun of firms (W zt2105, X zs2206) -----------------------
    ("携程和同程两家平台的市占率合计超过七成。", [co("携程", "Trip.com"), co("同程", "Tongcheng Travel")]),
    ("华为与荣耀2个品牌的出货量分开统计。", [co("华为", "Huawei"), co("荣耀", "Honor")]),
    ("攜程和同程兩家平台的市佔率合計超過七成。", [co("攜程", "Trip.com"), co("同程", "Tongcheng Travel")]),
    ("華為與榮耀兩個品牌的出貨量分開統計，宝马、奔驰等三大车企亦然。",
     [co("華為", "Huawei"), co("榮耀", "Honor"), co("宝马", "BMW"), co("奔驰", "Mercedes-Benz")]),
    # ---- a brand a firm owns, in brackets after it with a word of inclusion (V zs2010, AA zs2502) ----------
    ("第四名为OPPO（包括一加），出货量同比下滑3%。", [co("OPPO", "Oppo"), co("一加", "OnePlus", "Oppo")]),
    ("OPPO(含一加、真我手机)合计出货量居第二。",
     [co("OPPO", "Oppo"), co("一加", "OnePlus", "Oppo"), co("真我手机", "Realme", "Oppo")]),
    ("第四名為OPPO（包括一加），出貨量同比下滑3%。", [co("OPPO", "Oppo"), co("一加", "OnePlus", "Oppo")]),
    ("華為（含榮耀）合計份額仍居第一。", [co("華為", "Huawei"), co("榮耀", "Honor")]),
    ("Discover Financial Services (including Discover and Diners Club) cut its merchant fees.",
     [co("Discover Financial Services", "Discover Global Network"), co("Discover", "Discover Global Network"),
      co("Diners Club", "Diners Club")]),
    # ---- the share's move or close and a figure right after the name (AB zt2603, Y zt2407) --------------
    ("A股部分，完美世界下跌5.41%，暂报15.38元。", [co("完美世界", "Perfect World")]),
    ("A股部分，完美世界下跌5.41%，暫報15.38元。", [co("完美世界", "Perfect World")]),
    ("截至收盘，地平线每股报收9.58港元。", [co("地平线", "Horizon Robotics")]),
    ("截至收盤，地平線每股報收9.58港元，理想上漲逾3%。", [co("地平線", "Horizon Robotics"), co("理想", "Li Auto")]),
    ("港股早盘，理想涨超3%。", [co("理想", "Li Auto")]),
    # ---- a pair joined by 和/与/及, the name closing its clause after a firm (AP zs4077, AI zt3358) -----
    ("获得牌照的另外两家是上汽和宝马。", [co("上汽", "SAIC Motor"), co("宝马", "BMW")]),
    ("獲得牌照的另外兩家是上汽與寶馬。", [co("上汽", "SAIC Motor"), co("寶馬", "BMW")]),
    ("销量已超越本田和日产。", [co("本田", "Honda"), co("日产", "Nissan")]),
    ("銷量已超越本田和日產。", [co("本田", "Honda"), co("日產", "Nissan")]),
    # ---- the longer name holding the word wins: a game, not Honor ----------------------------------
    ("王者荣耀、和平精英等游戏的收入增长。", [("王者荣耀", "Honor of Kings", "Tencent")]),
    # ---- the English press names the same firms by names that are no everyday words -------------
    ("Honor, Vivo and Oppo led third-quarter sales, while Apple came fourth.",
     [co("Honor", "Honor"), co("Vivo", "Vivo"), co("Oppo", "Oppo"), co("Apple", "Apple")]),
    ("Lenovo, Inspur and Huawei shipped the most servers; Midea and Joyoung will sell HarmonyOS appliances.",
     [co("Lenovo", "Lenovo"), co("Inspur", "Inspur"), co("Huawei", "Huawei"), co("Midea", "Midea"),
      co("Joyoung", "Joyoung"), ("HarmonyOS", "HarmonyOS", "Huawei")]),
    ("Baidu first tested its cars with BMW and Ford Motor.",
     [co("Baidu", "Baidu"), co("BMW", "BMW"), co("Ford Motor", "Ford")]),
    # ---- card networks: "Visa", "Master", "Discover" are everyday words outside a list of firms -----
    ("Foreign visitors can now bind Visa, Master and JCB cards to the app.",
     [co("Visa", "Visa"), co("Master", "Mastercard"), co("JCB", "JCB")]),
    ("The wallet accepts cards issued by Visa or American Express since May.",
     [co("Visa", "Visa"), co("American Express", "American Express")]),
    ("The bank works with Discover, Diners Club and Mastercard.",
     [co("Discover", "Discover Global Network"), co("Diners Club", "Diners Club"), co("Mastercard", "Mastercard")]),
    # Snap, an everyday word, among makers of camera glasses (an Indian tech site on Xiaomi's AI glasses, split Y)
    ("Meta, Snap and Baidu have all shown camera glasses.",
     [co("Meta", "Meta"), co("Snap", "Snap"), co("Baidu", "Baidu")]),
    ("境外游客可绑定Visa、万事达、JCB等国际卡组织发行的银行卡。",
     [co("Visa", "Visa"), co("万事达", "Mastercard"), co("JCB", "JCB")]),
    ("境外遊客可綁定Visa、萬事達與美國運通發行的信用卡。",
     [co("Visa", "Visa"), co("萬事達", "Mastercard"), co("美國運通", "American Express")]),
]

# The everyday words, in lists of no firms or standing alone: unchanged, nothing found.
EVERYDAY = [
    "完美的设计让人难忘，荣耀属于每一位队员。",
    "我们的理想、信念和追求从未改变。",
    "美的、善的等价值观值得坚持。",
    "大众、媒体等各方都关心此事。",
    "宝马等待主人归来，地平线上升起朝阳。",
    "祝大家平安、健康和快乐，海纳百川，面壁十年。",
    "施工行业、建筑行业等领域的用工需求上升。",
    "完美的設計讓人難忘，榮耀屬於每一位隊員。",
    "我們的理想、信念和追求從未改變。",
    "It was an honor to serve; the ideal of public service; a beautiful design.",
    "Visa rules were eased in May, and travellers discover a Master plan, a visa and a passport.",
    "Visa-free entry, Visa and Master cards: visitors discover the city.",
    "Snap judgments and a snap election: Snap, crackle and pop.",
    "净利润（含一加元的补贴）增长，收入（包括理想的业务）持平。",  # no firm before the brackets, no item ends
    "淨利潤（含一加元的補貼）增長。",
    "同程旅客两人确诊，荣耀两个字写在墙上，理想三大支柱。",  # a count before no noun of firms
    "同程旅客兩人確診，榮耀兩個字寫在牆上。",
    "The fees (including Visa applications) rose; travellers (including Discover readers) complained.",
    "追求完美世界下跌了，理想涨了不少，地平线上升起朝阳。",  # a move with no figure: no share quoted
    "我们的理想上涨5%就满足了。",  # 的 before the name: the word it is
    "我们的目标和理想。",  # no firm before 和
    "追求完美世界下跌了，地平線上升起朝陽。",
]


@pytest.mark.parametrize(("text", "expected"), IN_LISTS)
def test_an_everyday_short_name_in_a_list_of_firms_names_the_firm(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_word_outside_a_list_of_firms_is_no_firm(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "name", "firms", "listed"), [
    ("与宝马、福特等国际车企合作", "宝马", [], True),
    ("与宝马、福特等待多时", "宝马", [], False),  # 等待 "wait", no 等 closing a list
    ("携程和同程两家平台", "同程", [], True),
    ("宝马、福特等三家车企", "宝马", [], True),
    ("荣耀两个字", "荣耀", [], False),  # 字 is no noun of firms
    ("分别为荣耀、vivo、OPPO，华为第六", "荣耀", [(11, 15)], True),
    ("分别为荣耀、vivo、OPPO，华为第六", "荣耀", [(16, 18)], False),  # 华为 stands past the clause break
    ("完美的设计", "美的", [], False),  # ends no item
    ("另外两家是上汽和宝马）", "宝马", [(5, 7)], True),  # a pair closing its clause after a firm
    ("另外两家是上汽和宝马汽车", "宝马", [(5, 7)], False),  # the clause goes on
    ("另外两家是上汽，宝马。", "宝马", [(5, 7)], False),  # a comma joins clauses, not a pair
    ("上汽的目标和宝马。", "宝马", [(0, 2)], False),  # the firm is not the word before 和
    ("华为和理想的关系", "理想", [(0, 2)], False),  # the word heads a noun: "the ideal relation"
])
def test_names_a_listed_firm(text, name, firms, listed):
    lists = FirmLists([("separator", "、"), ("separator", "和"), ("closing", "车企"), ("closing", "平台"),
                       ("count_measure", "家"), ("count_measure", "个")])
    start = text.index(name)
    assert lists.names_a_listed_firm(text, start, start + len(name), firms) is listed


@pytest.mark.parametrize(("text", "name", "firms", "included"), [
    ("OPPO（包括一加）", "一加", [(0, 4)], True),
    ("OPPO (含一加、真我)", "一加", [(0, 4)], True),
    ("OPPO（包括一加）", "一加", [], False),  # no firm before the brackets
    ("OPPO（包括一加元）", "一加", [(0, 4)], False),  # ends no item
    ("OPPO，包括一加", "一加", [(0, 4)], False),  # no brackets: "OPPO, including ..." lists no part
    ("OPPO（例如一加）", "一加", [(0, 4)], False),  # an example, no word of inclusion
])
def test_included_in_a_firm(text, name, firms, included):
    lists = FirmLists([("separator", "、"), ("inclusion", "包括"), ("inclusion", "含")])
    start = text.index(name)
    assert lists.included_in_a_firm(text, start, start + len(name), firms) is included


@pytest.mark.parametrize(("text", "name", "named"), [
    ("华为出售荣耀业务", "荣耀", True),
    ("数十家荣耀代理商", "荣耀", True),
    ("出售荣耀的业务", "荣耀", True),  # 的 between, the part sold: an adjective's business is not sold
    ("华为决定出售旗下荣耀的业务", "荣耀", True),
    ("理想的业务", "理想", False),  # "an ideal business"
    ("看好理想的业务模式", "理想", False),
    ("出售产品，理想的业务", "理想", False),  # the sale is another clause's
    ("出售我们的理想门店", "理想", False),  # 的 before the name
    ("寻找理想的股东", "理想", False),  # "ideal shareholders"
    ("我们的理想门店", "理想", False),  # 的 before: "our ideal shop"
    ("理想门店", "理想", True),
    ("理想团队", "理想", False),  # 团队 is no part: "an ideal team"
    ("荣耀属于每一位队员", "荣耀", False),
    ("荣耀 CEO 赵明表示", "荣耀", True),  # a firm's head, a Latin title set off by spaces
    ("榮耀 CEO 趙明表示", "榮耀", True),
    ("地平线创始人余凯", "地平线", True),
    ("地平線創始人餘凱", "地平線", True),
    ("荣耀市占率下降至13.7%", "荣耀", True),
    ("荣耀 属于每一位队员", "荣耀", False),  # spaces, then no part
    ("地平线上的创始人", "地平线", False),  # 上 between: the horizon
    ("团队的理想创始人", "理想", False),  # 的 before the name
])
def test_names_a_firm_by_its_part(text, name, named):
    lists = FirmLists([("separator", "、"), ("part", "业务"), ("part", "代理商"), ("part", "股东"), ("part", "门店"),
                       ("part", "CEO"), ("part", "创始人"), ("part", "市占率"), ("deal", "出售")])
    start = text.index(name)
    assert lists.names_a_firm_by_its_part(to_simplified(text), start, start + len(name)) is named


@pytest.mark.parametrize(("text", "name", "named"), [
    ("完美世界下跌5.41%", "完美世界", True),
    ("地平线每股报收9.58港元", "地平线", True),
    ("理想上涨超3%", "理想", True),  # a hedge between the move and the figure
    ("理想上涨 3%", "理想", True),
    ("理想上涨了", "理想", False),  # no figure
    ("理想上涨超过预期", "理想", False),
    ("地平线上升起朝阳", "地平线", False),  # 上升 is no quote word here
    ("我们的理想上涨5%", "理想", False),  # 的 before the name
    ("荣耀属于每一位队员", "荣耀", False),
])
def test_names_a_firm_by_its_quote(text, name, named):
    lists = FirmLists([("quote", "上涨"), ("quote", "下跌"), ("quote", "每股报收"), ("quote_hedge", "超")])
    start = text.index(name)
    assert lists.names_a_firm_by_its_quote(text, start, start + len(name)) is named


@pytest.mark.parametrize(("text", "name", "named"), [
    ("荣耀在中国智能手机出货量为 1310 万部", "荣耀", True),
    ("榮耀在中國智能手機出貨量為 1310 萬部", "榮耀", True),
    ("其中，荣耀首次以 19% 的市场份额成为第一", "荣耀", True),
    ("其中，榮耀首次以 19% 的市場份額成為第一", "榮耀", True),
    ("荣耀在中国的市场份额很高", "荣耀", False),  # no number in the clause
    ("荣耀属于团队，出货量为 1310 万部", "荣耀", False),  # the figure is another clause's
    ("理想的市场份额为20%", "理想", False),  # 的 right after the name: "an ideal share"
    ("荣耀属于每一位队员，共 12 人", "荣耀", False),
])
def test_names_a_firm_by_its_figures(text, name, named):
    lists = FirmLists([("separator", "、"), ("figure", "出货量"), ("figure", "市场份额")])
    start = text.index(name)
    assert lists.names_a_firm_by_its_figures(to_simplified(text), start, start + len(name)) is named


@pytest.mark.parametrize(("text", "name", "named"), [
    ("第五:荣耀,出货量4220万台", "荣耀", True),
    ("第五：榮耀，出貨量4220萬台", "榮耀", True),
    ("第三名为荣耀。", "荣耀", True),
    ("第三名為榮耀。", "榮耀", True),
    ("第一是理想、第二是蔚来", "理想", True),
    ("第一次的荣耀", "荣耀", False),  # no rank word: "the first glory"
    ("第五:荣耀属于每一位队员", "荣耀", False),  # ends no item
    ("这是第三次为荣耀而战", "荣耀", False),  # 次: a time, not a rank
])
def test_names_a_firm_by_its_rank(text, name, named):
    lists = FirmLists([("separator", "、"), ("rank", ":"), ("rank", "："), ("rank", "为"), ("rank", "是")])
    start = text.index(name)
    assert lists.names_a_firm_by_its_rank(to_simplified(text), start, start + len(name)) is named


# Class (splits AI, AJ: "联想集团公布了…业绩。…联想反而实现了同比双位数增长", zs3347;
# "理想汽车也公布了4月交付数据。…理想ONE在4月交付5539辆", zs3441): a short name opens the full name the
# article gave its firm, so it names that firm.
@pytest.mark.parametrize(("text", "name", "full", "named"), [
    ("联想集团公布业绩。联想反而实现了增长。", "联想", [("Lenovo", "联想集团")], True),
    ("聯想集團公佈業績。聯想反而實現了增長。", "聯想", [("Lenovo", "联想集团")], True),
    ("理想汽车公布交付数据。理想ONE在4月交付5539辆。", "理想", [("Li Auto", "理想汽车")], True),
    ("理想汽车公布交付数据。这是理想的结果。", "理想", [("Li Auto", "理想汽车")], False),  # an adjective before 的
    ("理想汽车公布交付数据。实现我们的理想。", "理想", [("Li Auto", "理想汽车")], False),  # a noun after 的
    ("联想控股公布业绩。联想反而实现了增长。", "联想", [("Legend Holdings", "联想控股")], False),  # another firm's name
    ("Discover Financial reported. Scientists discover more.", "discover",
     [("Discover Global Network", "Discover Financial")], False),  # English: an everyday word as often
])
def test_a_short_name_opening_the_firms_full_name_names_it(text, name, full, named):
    """The short word's own firm in the rows is Lenovo, Li Auto or Discover Global Network."""
    firm = {"联想": "Lenovo", "聯想": "Lenovo", "理想": "Li Auto", "discover": "Discover Global Network"}[name]
    start = text.index(name, text.index("。") if "。" in text else text.index(".") + 1)
    assert opens_a_full_name(to_simplified(text), start, start + len(name), firm, full) is named
