"""Which company an event belongs to, by class of expression, in English, simplified and traditional Chinese:
a rival a product is held up against is no party to its launch; a thing the company made or runs, taken up by its
kind ("the robot", "the campaign"), is the company's.

Each row is a short passage as a reporter writes it (none copied from ``tests/data/realnews``), its publication
date, and every event a reader finds in it: (date words, companies, attribution). Rows marked "stays" guard what
the rule must not change.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_company_classes import events

# (sentences, published, [(date words, companies, attribution)])
RIVALS = [
    pytest.param(["Zhipu released GLM-4 in January, China's first real answer to OpenAI's GPT-4."], "2024-03-01",
                 [("January", "Zhipu AI", "text")], id="answer-to-en"),
    pytest.param(["Tencent said in May that its model outperformed Google's Gemini on coding tests."], "2025-06-01",
                 [("May", "Tencent", "text")], id="outperformed-en"),
    pytest.param(["Temu, which entered Europe in 2023, sells cheap clothes reminiscent of Shein."], "2024-06-01",
                 [("2023", "Pinduoduo", "text")], id="reminiscent-of-en"),
    pytest.param(["Nvidia outperformed Wall Street's forecasts in May."], "2025-06-01",
                 [("May", "Nvidia", "text")], id="outperformed-en-stays-the-firm-that-beats"),
    pytest.param(["Alibaba answered questions from Tencent's lawyers in March."], "2025-06-01",
                 [("March", "Alibaba;Tencent", "text")], id="answer-en-stays-verb"),
    pytest.param(["智谱1月发布GLM-4，被视为中国版ChatGPT。"], "2024-03-01", [("1月", "Zhipu AI", "text")],
                 id="answer-to-hans"),
    pytest.param(["腾讯5月称，其模型的编程能力比肩谷歌的Gemini。"], "2025-06-01", [("5月", "Tencent", "text")],
                 id="matched-hans"),
    pytest.param(["智譜1月發布GLM-4，被視為中國版ChatGPT。"], "2024-03-01", [("1月", "Zhipu AI", "text")],
                 id="answer-to-hant"),
    pytest.param(["騰訊5月稱，其模型的編程能力比肩谷歌的Gemini。"], "2025-06-01", [("5月", "Tencent", "text")],
                 id="matched-hant"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), RIVALS)
def test_a_rival_held_up_against_is_no_party(sentences, published, expected):
    assert events(sentences, published) == expected


PRODUCTS = [
    pytest.param(["UBTech showed its Walker S robot on Monday.", "The robot will enter mass production by the end "
                  "of 2025."], "2025-03-05", [("Monday", "UBTech", "text"), ("the end of 2025", "UBTech", "context")],
                 id="robot-en"),
    pytest.param(["Huawei will present HarmonyOS to developers.", "The operating system was first drafted in 2016."],
                 "2019-08-01", [("2016", "Huawei", "context")], id="operating-system-en"),
    pytest.param(["The robot was built in 2019."], "2025-03-05", [], id="robot-en-stays-no-company-before"),
    pytest.param(["优必选3月3日展示了Walker S机器人。", "该机器人将于2025年底量产。"], "2025-03-05",
                 [("3月3日", "UBTech", "text"), ("2025年底", "UBTech", "context")], id="robot-hans"),
    pytest.param(["華為將向開發者介紹鴻蒙系統。", "這款操作系統早在2016年就開始研發。"], "2019-08-01",
                 [("2016年", "Huawei", "context")], id="operating-system-hant"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), PRODUCTS)
def test_a_product_taken_up_by_its_kind_is_its_companys(sentences, published, expected):
    assert events(sentences, published) == expected


CAMPAIGNS = [
    pytest.param(["Meituan handed out coupons to new users on Monday.", "The campaign runs through March 20."],
                 "2025-03-05", [("Monday", "Meituan", "text"), ("March 20", "Meituan", "context")],
                 id="campaign-en"),
    pytest.param(["JD.com opened its mid-year sale to shoppers.", "This year the shopping spree starts on May 31."],
                 "2025-05-20", [("This year", "JD.com", "context"), ("May 31", "JD.com", "context")],
                 id="shopping-spree-en"),
    pytest.param(["The campaign against online fraud began in April."], "2025-06-01", [],
                 id="campaign-en-stays-no-company-before"),
    pytest.param(["京东推出年中促销。", "此次促销将持续到6月20日。"], "2025-06-01",
                 [("6月20日", "JD.com", "context")], id="campaign-hans"),
    pytest.param(["京東推出年中促銷。", "此次促銷將持續到6月20日。"], "2025-06-01",
                 [("6月20日", "JD.com", "context")], id="campaign-hant"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), CAMPAIGNS)
def test_a_campaign_taken_up_by_its_kind_is_its_companys(sentences, published, expected):
    assert events(sentences, published) == expected


# A person of the company taken up as the subject ("He …", "The executive said …", 他宣布…) after a sentence about the
# company or its person (splits AB, T): the company before's; no one's after a sentence about no company.
PERSONS = [
    pytest.param(["Huawei rotating chair Eric Xu unveiled the company's roadmap on Thursday.",
                  "He explained that SuperPoDs work as single machines.",
                  "The executive said the Atlas 950 will hit the market in the last quarter of 2026."], "2025-09-19",
                 [("Thursday", "Huawei", "text"), ("the last quarter of 2026", "Huawei", "context")],
                 id="he-then-the-executive-en"),
    pytest.param(["Xiaomi founder Lei Jun spoke at the launch.",
                  "He said the motor would enter mass production in 2025."], "2023-12-28",
                 [("2025", "Xiaomi", "context")], id="he-en"),
    pytest.param(["Alibaba and Tencent reported results.",
                  "The CEO said in March that spending on AI would double."], "2025-05-10",
                 [("March", "Alibaba", "context")], id="the-ceo-en"),
    pytest.param(["小米创办人雷军在发布会上表示，小米愿意付出一切代价。", "他宣布名为V8s的超级电机打破行业纪录。",
                  "该电机预计将在2025年量产。"], "2023-12-28", [("2025年", "Xiaomi", "context")], id="he-hans"),
    pytest.param(["小米創辦人雷軍在發表會上表示，小米願意付出一切代價。", "他宣布名為V8s的超級電機打破行業紀錄。",
                  "該電機預計將在2025年量產。"], "2023-12-28", [("2025年", "Xiaomi", "context")], id="he-hant"),
    pytest.param(["小米創辦人雷軍在發表會上表示，小米願意付出一切代價。", "她表示，行業將於2025年迎來轉折。"],
                 "2023-12-28", [("2025年", "Xiaomi", "context")], id="she-hant"),
    # An executive named by title before the name, the company's own left unsaid (split AH, Pop Mart's results).
    pytest.param(["Pop Mart's overseas revenue rose 440% in the first half.",
                  "Co-COO David Moon revealed during an earnings call that the store count would top 200 by year-end."],
                 "2025-08-20", [("the first half", "Pop Mart", "text"), ("year-end", "Pop Mart", "context")],
                 id="title-before-name-en"),
    pytest.param(["Meituan's losses widened in the third quarter.",
                  "CFO Chen Shaohui told analysts on Friday that competition had distorted profits."], "2025-11-30",
                 [("the third quarter", "Meituan", "text"), ("Friday", "Meituan", "context")], id="cfo-en"),
    pytest.param(["泡泡玛特上半年海外收入增长440%。", "联席首席运营官表示，海外门店数量预计年底前超过200家。"],
                 "2025-08-20",
                 [("上半年", "Pop Mart", "text"), ("年底", "Pop Mart", "context")], id="title-hans"),
    pytest.param(["泡泡瑪特上半年海外收入增長440%。", "聯席首席營運官表示，海外門店數量預計年底前超過200家。"],
                 "2025-08-20",
                 [("上半年", "Pop Mart", "text"), ("年底", "Pop Mart", "context")], id="title-hant"),
    # ... and a founder by that title alone (AP en4014 "In May, co-founder Jean Liu … stepped down"), a business's as
    # its executives' titles are; Chinese goes on with the topic after 联合创始人 as well.
    pytest.param(["Didi swung to a profit in the June quarter.",
                  "In March, co-founder Chen Ting stepped down from the board."], "2025-08-20",
                 [("the June quarter", "Didi", "text"), ("March", "Didi", "context")], id="co-founder-en"),
    pytest.param(["Didi swung to a profit in the June quarter.",
                  "Founder Cheng Wei handed over the chairmanship in May."], "2025-08-20",
                 [("the June quarter", "Didi", "text"), ("May", "Didi", "context")], id="founder-en"),
    pytest.param(["滴滴第二季度扭亏为盈。", "3月，联合创始人陈婷辞去董事职务。"], "2025-08-20",
                 [("第二季度", "Didi", "text"), ("3月", "Didi", "context")], id="co-founder-hans"),
    pytest.param(["滴滴第二季度轉虧為盈。", "3月，聯合創始人陳婷辭去董事職務。"], "2025-08-20",
                 [("第二季度", "Didi", "text"), ("3月", "Didi", "context")], id="co-founder-hant"),
    pytest.param(["Consumer spending slowed in the first half.",
                  "In March, co-founder Chen Ting stepped down from the board."], "2025-08-20", [],
                 id="stays-founder-no-company-before-en"),
    # ... stays: a state's head by title, and an executive after a sentence about no company.
    pytest.param(["Pop Mart's overseas revenue rose 440% in the first half.",
                  "President Xi Jinping said on Friday that consumption would grow."], "2025-08-20",
                 [("the first half", "Pop Mart", "text")], id="stays-president-en"),
    pytest.param(["Consumer spending slowed in the first half.",
                  "CEO Wang Ning said on Friday that stores would open abroad."], "2025-08-20", [],
                 id="stays-no-company-before-en"),
    # ... stays: a person of no company named before.
    pytest.param(["Commerce Secretary Gina Raimondo visited Beijing.", "She said in August that talks would go on."],
                 "2025-09-19", [], id="stays-she-a-minister-en"),
    pytest.param(["商务部长王文涛会见了来访者。", "他表示，会谈将于8月继续。"], "2025-09-19", [],
                 id="stays-he-a-minister-hans"),
    pytest.param(["商務部長王文濤會見了來訪者。", "他表示，會談將於8月繼續。"], "2025-09-19", [],
                 id="stays-he-a-minister-hant"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), PERSONS)
def test_a_person_of_the_company_taken_up_is_its_companys(sentences, published, expected):
    assert events(sentences, published) == expected


# Class (splits D, AJ: "In July, the Chinese manufacturer sold a record number of 18,203 plug-in electric cars", BYD's;
# "The US-based car manufacturer … delivered a record 484,507 vehicles", Tesla's): a maker taken up by what it is, as
# "the carmaker" is, is the company before's; Chinese says 该制造商 or goes on with the topic.
MANUFACTURERS = [
    pytest.param(["BYD keeps setting monthly records.", "In July, the Chinese manufacturer sold 18,203 cars."],
                 "2018-08-05", [("July", "BYD", "context")], id="chinese-manufacturer-en"),
    pytest.param(["Xiaomi opened a second factory.", "The manufacturer expects to ship 300,000 cars in 2025."],
                 "2025-03-05", [("2025", "Xiaomi", "context")], id="manufacturer-en"),
    pytest.param(["比亚迪再创月度纪录。", "该制造商7月售出18203辆电动车。"], "2018-08-05",
                 [("7月", "BYD", "context")], id="manufacturer-hans"),
    pytest.param(["比亞迪再創月度紀錄。", "該製造商7月售出18203輛電動車。"], "2018-08-05",
                 [("7月", "BYD", "context")], id="manufacturer-hant"),
    # ... stays: no company before, and the makers of a market as a group.
    pytest.param(["Car sales slowed in the summer.", "In July, the Chinese manufacturer sold 18,203 cars."],
                 "2018-08-05", [], id="stays-no-company-before-en"),
    pytest.param(["BYD keeps setting monthly records.", "In July, Chinese manufacturers sold 1.2 million cars."],
                 "2018-08-05", [], id="stays-manufacturers-en"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), MANUFACTURERS)
def test_a_maker_taken_up_as_the_manufacturer_is_its_companys(sentences, published, expected):
    assert events(sentences, published) == expected



# A share sale's underwriters or sponsor, as the first words, after a story about the company listing (AC en2742), also
# with the outlet that reports it named: only an issuer's offering has them.
UNDERWRITERS = [
    pytest.param(["Xiaohongshu's investors are in talks to sell shares.", "Underwriters have been selected for a "
                  "possible share sale in Hong Kong, the South China Morning Post reported in December."],
                 "2025-02-17", [("December", "Xiaohongshu", "context")], id="underwriters-en"),
    pytest.param(["小红书的投资者正在洽谈出售股份。", "承销商已于去年12月选定，《南华早报》报道。"], "2025-02-17",
                 [("去年12月", "Xiaohongshu", "context")], id="underwriters-hans"),
    pytest.param(["小紅書的投資者正在洽談出售股份。", "承銷商已於去年12月選定，《南華早報》報導。"], "2025-02-17",
                 [("去年12月", "Xiaohongshu", "context")], id="underwriters-hant"),
    pytest.param(["小红书已向港交所递交上市申请。", "保荐人于今年1月完成尽职调查，《南华早报》报道。"], "2025-02-17",
                 [("今年1月", "Xiaohongshu", "context")], id="sponsor-hans"),
    pytest.param(["Underwriters had a busy December, the South China Morning Post reported."], "2025-02-17", [],
                 id="underwriters-en-stays-no-company-before"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), UNDERWRITERS)
def test_a_share_sale_s_underwriters_are_the_issuer_s(sentences, published, expected):
    assert events(sentences, published) == expected


# One firm described by its country's possessive, a rank and a business noun (AL en3654), as "the world's largest
# contract chipmaker" is; Chinese says 这家中国领先的科技品牌. Not the country's own figures ("China's car sales").
DESCRIBED_BY_ITS_COUNTRY = [
    pytest.param(["Huawei reported its annual results on Wednesday.", "China's leading global tech brand said sales "
                  "increased 3.8 percent from 2019 to 891.4 billion yuan."], "2020-03-31",
                 [("Wednesday", "Huawei", "text"), ("2019", "Huawei", "context")], id="brand-en"),
    pytest.param(["Huawei reported its annual results on Wednesday.", "China’s largest chipmaker said on Friday it "
                  "would build a new plant."], "2020-03-31",
                 [("Wednesday", "Huawei", "text"), ("Friday", "Huawei", "context")], id="chipmaker-en"),
    pytest.param(["Huawei reported its annual results on Wednesday.", "China's car sales rose 5% in 2019."],
                 "2020-03-31", [("Wednesday", "Huawei", "text")], id="en-stays-the-country-s-figures"),
    pytest.param(["华为周三公布了年度业绩。", "这家中国领先的科技品牌表示，销售额较2019年增长3.8%。"], "2020-03-31",
                 [("周三", "Huawei", "text"), ("2019年", "Huawei", "context")], id="brand-hans"),
    pytest.param(["華為週三公佈了年度業績。", "這家中國領先的科技品牌表示，銷售額較2019年增長3.8%。"], "2020-03-31",
                 [("週三", "Huawei", "text"), ("2019年", "Huawei", "context")], id="brand-hant"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), DESCRIBED_BY_ITS_COUNTRY)
def test_a_firm_described_by_its_country_and_rank_is_the_company_before(sentences, published, expected):
    assert events(sentences, published) == expected
