"""The firms splits AK to AN annotated but the gazetteer did not find (lib/rules/gazetteer.csv): Shenzhen-listed
smart-cockpit and positioning suppliers named as a sector's movers, Baidu's self-driving partners (Deepway, Lion
Bridge), the state investors Hangzhou City Investment Group and Zhongguancun Science City, firms a folder on
Chinese tech names (Pinecone, LeEco, Imagination Technologies, IHS Markit, Tianfeng International, LEGO), and
alias forms not matched: a typographic apostrophe without the accent (L’Oreal), a traditional short name in a
list (日產), a spaced short name (B 站), a short name in a list (高途), and the traditional and Taiwanese forms
of Cainiao (菜鳥物流) and ByteDance (位元組跳動; 位元組 "byte" alone only in a list).
In English, simplified and traditional Chinese where the class exists, and the everyday words they must not
take. Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (listed suppliers named as a sector's movers; AM zs3770)
    ("经纬恒润和天迈科技午后涨停。", [co("经纬恒润", "HiRain Technologies"), co("天迈科技", "Tianmai Technology")]),
    ("經緯恒潤和天邁科技午後漲停。", [co("經緯恒潤", "HiRain Technologies"), co("天邁科技", "Tianmai Technology")]),
    ("路畅科技、华阳集团、中海达等个股走强。",
     [co("路畅科技", "Roadrover Technology"), co("华阳集团", "Huayang Group"), co("中海达", "Hi-Target")]),
    ("路暢科技、華陽集團、中海達等個股走強。",
     [co("路暢科技", "Roadrover Technology"), co("華陽集團", "Huayang Group"), co("中海達", "Hi-Target")]),
    ("HiRain Technologies and Hi-Target Navigation shares jumped.",
     [co("HiRain Technologies", "HiRain Technologies"), co("Hi-Target Navigation", "Hi-Target")]),
    # Class (Baidu's self-driving partners; AN zs3866)
    ("Baidu and Lion Bridge set up Deepway to build electric trucks.",
     [co("Baidu", "Baidu"), co("Lion Bridge", "Lion Bridge"), co("Deepway", "Deepway")]),
    ("百度与狮桥成立深向科技。", [co("百度", "Baidu"), co("狮桥", "Lion Bridge"), co("深向科技", "Deepway")]),
    ("百度與獅橋成立深向科技。", [co("百度", "Baidu"), co("獅橋", "Lion Bridge"), co("深向科技", "Deepway")]),
    # Class (firms a folder on Chinese tech names; AN zt3831, en3859, en3845, AK en3506, en3550, AM zs3766)
    ("小米2014年成立松果电子自研芯片。", [co("小米", "Xiaomi"), co("松果电子", "Pinecone Electronics", "Xiaomi")]),
    ("小米2014年成立松果電子自研芯片。", [co("小米", "Xiaomi"), co("松果電子", "Pinecone Electronics", "Xiaomi")]),
    ("LeEco unveiled a self-driving car.", [co("LeEco", "LeEco")]),
    ("乐视网股票退市。", [co("乐视网", "LeEco")]),
    ("樂視網股票退市。", [co("樂視網", "LeEco")]),
    ("Imagination Technologies licenses GPU designs.", [co("Imagination Technologies", "Imagination Technologies")]),
    ("Huawei led the market, IHS Markit said.", [co("Huawei", "Huawei"), co("IHS Markit", "IHS Markit")]),
    ("天风国际分析师郭明錤表示，iPhone出货将下滑。",
     [co("天风国际", "Tianfeng International"), co("iPhone", "iPhone", "Apple")]),
    ("天風國際分析師郭明錤表示。", [co("天風國際", "Tianfeng International")]),
    ("Brands such as LEGO and Unilever joined the festival.", [co("LEGO", "LEGO"), co("Unilever", "Unilever")]),
    # Class (state investors behind AI rounds by their group's own name; AM en3742, AD en2844)
    ("The round was led by Hangzhou City Investment Group and Zhongguancun Science City.",
     [co("Hangzhou City Investment Group", "Hangzhou City Investment Group"),
      co("Zhongguancun Science City", "Zhongguancun Science City")]),
    ("杭州城投和中关村科学城公司参与本轮融资。",
     [co("杭州城投", "Hangzhou City Investment Group"), co("中关村科学城公司", "Zhongguancun Science City")]),
    ("杭州市城市建設投資集團和中關村科學城公司參與本輪融資。",
     [co("杭州市城市建設投資集團", "Hangzhou City Investment Group"),
      co("中關村科學城公司", "Zhongguancun Science City")]),
    # near miss: the group's industry fund keeps its own row (the longer match)
    ("杭州城投产业基金参与融资。", [co("杭州城投产业基金", "Hangzhou Chengtou Industry Fund")]),
    # Class (alias forms not matched: apostrophe, traditional short name in a list, spaced short name; AL, AI, AN)
    ("Brands including L’Oreal sold well.", [co("L’Oreal", "L'Oreal")]),
    ("比亞迪的銷量已超越本田和日產、豐田。",
     [co("比亞迪", "BYD"), co("本田", "Honda"), co("日產", "Nissan"), co("豐田", "Toyota")]),
    ("B 站第二季度营收增长。", [co("B 站", "Bilibili")]),
    # Class (traditional and Taiwanese forms of a known firm: 菜鳥物流, 位元組跳動 and 位元組 in a list; AG, AM, V)
    ("菜鳥物流服務收入增長。", [co("菜鳥物流", "Cainiao", "Alibaba")]),
    ("菜鸟物流服务收入增长。", [co("菜鸟物流", "Cainiao", "Alibaba")]),
    ("位元組跳動旗下抖音上線新功能。", [co("位元組跳動", "ByteDance"), co("抖音", "Douyin", "ByteDance")]),
    ("百度、阿里、騰訊、位元組紛紛加碼紅包。",
     [co("百度", "Baidu"), co("阿里", "Alibaba"), co("騰訊", "Tencent"), co("位元組", "ByteDance")]),
    ("相比于高途、作业帮和猿辅导，字节此前不裁员。",
     [co("高途", "Gaotu"), co("作业帮", "Zuoyebang"), co("猿辅导", "Yuanfudao"), co("字节", "ByteDance")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "他在娱乐视频网站上看剧。",
    "讓工作快樂高效，大家都快乐高兴。",
    "推动改革向深向实发展。",
    "提高途径很多，需要密集度更高的投入。",
    "The lego bricks lay on the floor; imagination runs wild.",
    "双方在南中海达成协议。",
    "一個字元佔兩個位元組。",
    "中关村科学城的园区里有很多初创企业。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
