"""The firms split Z annotated but the gazetteer did not find (lib/rules/gazetteer.csv), by class:

- chip-equipment and materials makers named by their A-share short name, in English its pinyin (Tuojing
  Technology, Shengmei Shanghai, Huahai Qingke: how English market pages write them; machine-translated
  spellings no English page uses, "Zhongwei Company", "Green Harmonic", "Jacques Technology", are left out);
- a subsidiary the press names as a firm of its own, counted as its parent (BofA Securities/美银证券, Tencent's
  Huang River Investment/黄河投资有限公司, 泰康资产, Naura's Beijing units);
- fund managers (E Fund/易方达, China Southern/南方基金, ~南方 only as an item of a list of firms);
- firms named by a short form: Dawning (Sugon), CMGE, MeiOne (美腕), NSCC, "Hong Kong's exchange" (HKEX);
- 京东方面 "JD's side" (向京东方面求证) is JD, not BOE (京东方) with 面 after it; 京东方面板 "BOE panels" is BOE.
Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Chip-equipment and materials makers by their short names.
    ("Tuojing Technology and Shengmei Shanghai rose, while Huahai Qingke and Xinlai Yingcai fell.",
     [co("Tuojing Technology", "Piotech"), co("Shengmei Shanghai", "ACM Research"),
      co("Huahai Qingke", "Hwatsing"), co("Xinlai Yingcai", "Xinlai Yingcai")]),
    ("Dinglong, Zhichun Technology, Yoke Technology and Huafeng Measurement and Control hit the daily limit.",
     [co("Dinglong", "Dinglong"), co("Zhichun Technology", "Zhichun Technology"),
      co("Yoke Technology", "Yoke Technology"),
      co("Huafeng Measurement and Control", "Huafeng Test")]),
    ("拓荆科技、华海清科、新莱应材、鼎龙股份、至纯科技和雅克科技盘中走强。",
     [co("拓荆科技", "Piotech"), co("华海清科", "Hwatsing"), co("新莱应材", "Xinlai Yingcai"),
      co("鼎龙股份", "Dinglong"), co("至纯科技", "Zhichun Technology"), co("雅克科技", "Yoke Technology")]),
    ("拓荊科技、華海清科、新萊應材、鼎龍股份、至純科技與雅克科技午後回落。",
     [co("拓荊科技", "Piotech"), co("華海清科", "Hwatsing"), co("新萊應材", "Xinlai Yingcai"),
      co("鼎龍股份", "Dinglong"), co("至純科技", "Zhichun Technology"), co("雅克科技", "Yoke Technology")]),
    # A subsidiary named as a firm of its own, counted as its parent.
    ("BofA Securities was a joint sponsor; Huang River Investment, a Tencent unit, kept its stake.",
     [co("BofA Securities", "BofA Securities", "Bank of America"),
      co("Huang River Investment", "Huang River Investment", "Tencent"), co("Tencent", "Tencent")]),
    ("美银证券担任联席保荐人,腾讯旗下黄河投资有限公司持股不变,泰康资产参与认购。",
     [co("美银证券", "BofA Securities", "Bank of America"), co("腾讯", "Tencent"),
      co("黄河投资有限公司", "Huang River Investment", "Tencent"),
      co("泰康资产", "Taikang Asset Management", "Taikang")]),
    ("美銀證券與美銀証券先後發表報告,騰訊旗下黃河投資有限公司減持,泰康資產增持。",
     [co("美銀證券", "BofA Securities", "Bank of America"), co("美銀証券", "BofA Securities", "Bank of America"),
      co("騰訊", "Tencent"), co("黃河投資有限公司", "Huang River Investment", "Tencent"),
      co("泰康資產", "Taikang Asset Management", "Taikang")]),
    ("Beijing NAURA Magnetic Technology and Beijing NAURA Vacuum Technology are Naura units.",
     [co("Beijing NAURA Magnetic Technology", "Beijing NAURA Magnetic Technology", "Naura"),
      co("Beijing NAURA Vacuum Technology", "Beijing NAURA Vacuum Technology", "Naura"), co("Naura", "Naura")]),
    # Fund managers.
    ("E Fund and China Southern Asset Management bid for the shares, as did Taikang Asset Management.",
     [co("E Fund", "E Fund"), co("China Southern Asset Management", "China Southern Asset Management"),
      co("Taikang Asset Management", "Taikang Asset Management", "Taikang")]),
    ("南方、易方达等头部机构踊跃申购,南方基金旗下多只产品入围。",
     [co("南方", "China Southern Asset Management"), co("易方达", "E Fund"),
      co("南方基金", "China Southern Asset Management")]),
    ("南方、易方達等頭部機構積極報價,易方達基金獲配最多。",
     [co("南方", "China Southern Asset Management"), co("易方達", "E Fund"), co("易方達基金", "E Fund")]),
    # Firms named by a short form.
    ("Dawning's shares fell after Hygon dropped the deal; CMGE and MeiOne gave no comment.",
     [co("Dawning", "Sugon"), co("Hygon", "Hygon"), co("CMGE", "CMGE Technology Group"),
      co("MeiOne", "MeiOne")]),
    ("NSCC will settle the trades, and the firm filed its prospectus with Hong Kong's exchange.",
     [co("NSCC", "NSCC"), co("Hong Kong's exchange", "Hong Kong Exchanges and Clearing")]),
    ("曙光信息产业与海光信息终止合并,美腕暂停直播,中手游科技获得版号。",
     [co("曙光信息产业", "Sugon"), co("海光信息", "Hygon"), co("美腕", "MeiOne"),
      co("中手游科技", "CMGE Technology Group")]),
    ("曙光信息產業股價跌停,美腕未回應,中手遊、巨人網絡等遊戲公司獲批。",
     [co("曙光信息產業", "Sugon"), co("美腕", "MeiOne"), co("中手遊", "CMGE Technology Group"),
      co("巨人網絡", "Giant Network")]),
    # 京东方面 "JD's side" against 京东方 (BOE) with a word opening in 面.
    ("记者向网易、京东方面求证,京东方面板出货量则继续增长。",
     [co("网易", "NetEase"), co("京东方面", "JD.com"), co("京东方面板", "BOE")]),
    ("記者向京東方面求證;京東方面向海外客戶推出新屏。",
     [co("京東方面", "JD.com"), co("京東方面向", "BOE")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "The dawning of a new era: Hong Kong's exchange rate peg held, and Hong Kong’s Exchange Fund grew.",
    "Dawning of the cloud age, as analysts call it.",
    "其中手游收入增长三成,南方、北方等地区的用户都在增加。",
    "其中手遊收入大增,南方、北方等地區用戶增加。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
