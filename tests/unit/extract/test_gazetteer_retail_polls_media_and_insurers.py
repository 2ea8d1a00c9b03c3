"""The classes of firms split N annotated but the gazetteer did not know (lib/rules/gazetteer.csv,
"Split N's gaps by class"): fashion retailers a cross-border shopping story compares, pollsters and
model leaderboards cited for a figure, media groups, appliance makers, insurers and biotechs in a
listing's league table, hedge funds quoted, Hangzhou's state funds, a platform's logistics arm named
as a firm of its own (Cainiao, as JD Logistics); in English, simplified and
traditional Chinese, and the everyday words they must not take."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Fashion and home retailers
    ("Shein overtook H&M and Inditex, while Primark, Carrefour and IKEA held prices; Fast Retailing gained.",
     [co("Shein", "Shein"), co("H&M", "H&M"), co("Inditex", "Inditex"), co("Primark", "Primark"),
      co("Carrefour", "Carrefour"), co("IKEA", "IKEA"), co("Fast Retailing", "Fast Retailing")]),
    ("希音的销售额超过海恩斯莫里斯和印地纺，家乐福与宜家家居下调价格，迅销集团跟进。",
     [co("希音", "Shein"), co("海恩斯莫里斯", "H&M"), co("印地纺", "Inditex"), co("家乐福", "Carrefour"),
      co("宜家家居", "IKEA"), co("迅销集团", "Fast Retailing")]),
    ("希音的銷售額超過海恩斯莫里斯，家樂福與宜家家居下調價格，迅銷集團跟進。",
     [co("希音", "Shein"), co("海恩斯莫里斯", "H&M"), co("家樂福", "Carrefour"), co("宜家家居", "IKEA"),
      co("迅銷集團", "Fast Retailing")]),
    # Pollsters and model leaderboards
    ("A YouGov poll, a Gallup survey and Morning Consult tracking agree; GfK and LMArena publish rankings.",
     [co("YouGov", "YouGov"), co("Gallup", "Gallup"), co("Morning Consult", "Morning Consult"), co("GfK", "GfK"),
      co("LMArena", "LMArena")]),
    ("舆观与盖洛普的民调显示，捷孚凯的数据相近，Chatbot Arena榜单上通义千问居首。",
     [co("舆观", "YouGov"), co("盖洛普", "Gallup"), co("捷孚凯", "GfK"), co("Chatbot Arena", "LMArena"),
      ("通义千问", "Tongyi Qianwen", "Alibaba")]),
    ("輿觀與蓋洛普的民調顯示，LM Arena榜單上DeepSeek居首。",
     [co("輿觀", "YouGov"), co("蓋洛普", "Gallup"), co("LM Arena", "LMArena"), co("DeepSeek", "DeepSeek")]),
    # Media and entertainment groups
    ("Disney and Paramount accused ByteDance; Thomson Reuters, News Corp, Warner Music and Lionsgate signed deals.",
     [co("Disney", "Disney"), co("Paramount", "Paramount"), co("ByteDance", "ByteDance"),
      co("Thomson Reuters", "Thomson Reuters"), co("News Corp", "News Corp"), co("Warner Music", "Warner Music"),
      co("Lionsgate", "Lionsgate")]),
    ("迪士尼和派拉蒙指控字节跳动侵权，汤森路透、华纳音乐与狮门影业已与OpenAI签约。",
     [co("迪士尼", "Disney"), co("派拉蒙", "Paramount"), co("字节跳动", "ByteDance"),
      co("汤森路透", "Thomson Reuters"), co("华纳音乐", "Warner Music"), co("狮门影业", "Lionsgate"),
      co("OpenAI", "OpenAI")]),
    ("迪士尼和派拉蒙指控字節跳動侵權，湯森路透與獅門影業已簽約。",
     [co("迪士尼", "Disney"), co("派拉蒙", "Paramount"), co("字節跳動", "ByteDance"),
      co("湯森路透", "Thomson Reuters"), co("獅門影業", "Lionsgate")]),
    # Appliance makers
    ("Joyoung, Supor and Galanz will ship smart appliances; Whirlpool and Electrolux cut prices.",
     [co("Joyoung", "Joyoung"), co("Supor", "Supor"), co("Galanz", "Galanz"), co("Whirlpool", "Whirlpool"),
      co("Electrolux", "Electrolux")]),
    ("九阳股份、苏泊尔和格兰仕将推出智能家电，惠而浦与伊莱克斯降价。",
     [co("九阳股份", "Joyoung"), co("苏泊尔", "Supor"), co("格兰仕", "Galanz"), co("惠而浦", "Whirlpool"),
      co("伊莱克斯", "Electrolux")]),
    ("九陽股份、蘇泊爾和格蘭仕將推出智能家電，伊萊克斯降價。",
     [co("九陽股份", "Joyoung"), co("蘇泊爾", "Supor"), co("格蘭仕", "Galanz"), co("伊萊克斯", "Electrolux")]),
    # Insurers and biotechs in a listing's league table
    ("Kuaishou's debut beat insurer AIA, Prudential plc, Manulife, AXA and PICC, and biotech Ocumension.",
     [co("Kuaishou", "Kuaishou"), co("AIA", "AIA"), co("Prudential plc", "Prudential"), co("Manulife", "Manulife"),
      co("AXA", "AXA"), co("PICC", "PICC"), co("Ocumension", "Ocumension")]),
    ("快手的市值超过友邦保险、英国保诚和中国太保，欧康维视、信达生物与恒瑞医药也在榜上。",
     [co("快手", "Kuaishou"), co("友邦保险", "AIA"), co("英国保诚", "Prudential"),
      co("中国太保", "China Pacific Insurance"), co("欧康维视", "Ocumension"), co("信达生物", "Innovent"),
      co("恒瑞医药", "Hengrui")]),
    ("快手的市值超過友邦保險、宏利金融和中國人保，歐康維視與恆瑞醫藥也在榜上。",
     [co("快手", "Kuaishou"), co("友邦保險", "AIA"), co("宏利金融", "Manulife"), co("中國人保", "PICC"),
      co("歐康維視", "Ocumension"), co("恆瑞醫藥", "Hengrui")]),
    # Hedge funds quoted, Hangzhou's state funds, dating apps abroad
    ("Snow Bull Capital, Hangzhou Chengtou Industry Fund and Shangcheng Capital invested; Grindr and Match Group "
     "were unwound deals.",
     [co("Snow Bull Capital", "Snow Bull Capital"),
      co("Hangzhou Chengtou Industry Fund", "Hangzhou Chengtou Industry Fund"),
      co("Shangcheng Capital", "Shangcheng Capital"), co("Grindr", "Grindr"), co("Match Group", "Match Group")]),
    ("智谱获得杭州城投产业基金及上城资本的投资。",
     [co("智谱", "Zhipu AI"), co("杭州城投产业基金", "Hangzhou Chengtou Industry Fund"),
      co("上城资本", "Shangcheng Capital")]),
    ("智譜獲得杭州城投產業基金及上城資本的投資。",
     [co("智譜", "Zhipu AI"), co("杭州城投產業基金", "Hangzhou Chengtou Industry Fund"),
      co("上城資本", "Shangcheng Capital")]),
    # A platform's logistics arm the press names as a firm of its own: named, rolling up to its parent
    ("Alibaba's logistics arm Cainiao withdrew its listing, as JD Logistics expanded.",
     [co("Alibaba", "Alibaba"), co("Cainiao", "Cainiao", "Alibaba"), co("JD Logistics", "JD Logistics", "JD.com")]),
    ("阿里巴巴撤回菜鸟集团的上市申请，京东物流扩张。",
     [co("阿里巴巴", "Alibaba"), co("菜鸟集团", "Cainiao", "Alibaba"), co("京东物流", "JD Logistics", "JD.com")]),
    ("阿里巴巴撤回菜鳥集團的上市申請，京東物流擴張。",
     [co("阿里巴巴", "Alibaba"), co("菜鳥集團", "Cainiao", "Alibaba"), co("京東物流", "JD Logistics", "JD.com")]),
    # A listed name spelt by the exchange: MetaX Integrated Circuits (Shanghai) Co
    ("Moore Threads and Metax Integrated Circuits Shanghai Co posted triple-digit first-day gains.",
     [co("Moore Threads", "Moore Threads"), co("Metax Integrated Circuits", "MetaX")]),
]

# Everyday words that share their letters or characters with these firms.
EVERYDAY = [
    "Safety is paramount; a whirlpool of fast retailing; the chatbot arena is crowded; h&m is lowercase.",
    "The Prudential Regulation Authority fined a lender; a match group of players; a snow bull market.",
    "两国是友邦，明星展览吸引游客，白云深处有人家，九阳神功是小说里的武功。",
    "兩國是友邦，明星展覽吸引遊客，九陽神功是小說裡的武功。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
