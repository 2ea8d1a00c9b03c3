"""Which companies an event belongs to, by class of expression, in English, simplified and traditional
Chinese: a listing venue or a cited source is no party; a subject of its own stops a Chinese topic; a
figure word opens a sentence after its source and period; a name's company is not the article's.

Each row is a short passage as a reporter writes it (none copied from ``tests/data/realnews``), its
publication date, and every event a reader finds in it: (date words, companies, attribution). Rows
marked "stays" guard what the rule must not change. The passage runs through the built-in gazetteer
and ``sentence_events`` (``test_events_news_classes._events``).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_news_classes import _events

HKEX = "Hong Kong Exchanges and Clearing"


def events(sentences: list[str], published: str) -> list[tuple[str, str, str]]:
    return [(words, companies, attribution) for words, _, _, companies, attribution, _ in _events(sentences, published)]


# (class, sentences, published, [(date words, companies, attribution)])
ROWS = [
    # ---- a stock exchange as the venue of a listing is no party to it ---------------------------
    pytest.param("venue", ["Zhihu's shares fell 22% on Friday as it debuted its listing on the Hong Kong "
                           "Stock Exchange."], "2022-04-25", [("Friday", "Zhihu", "text")], id="venue-en-listing-on"),
    pytest.param("venue", ["Horizon Robotics began trading on the Hong Kong Stock Exchange on October 24."],
                 "2024-10-30", [("October 24", "Horizon Robotics", "text")], id="venue-en-trading-on"),
    pytest.param("venue", ["Pony.ai listed on Nasdaq on November 27, raising $260 million."], "2024-12-01",
                 [("November 27", "Pony.ai", "text")], id="venue-en-listed-on"),
    pytest.param("venue", ["HKEX approved Kuaishou's listing on Thursday."], "2021-01-25",
                 [("Thursday", f"{HKEX};Kuaishou", "text")], id="venue-en-stays-exchange-acting"),
    pytest.param("venue", ["The Hong Kong Stock Exchange said on Monday it would cut trading fees."], "2025-03-05",
                 [("Monday", HKEX, "text")], id="venue-en-stays-exchange-alone"),
    pytest.param("venue", ["滴滴于6月30日在纽交所挂牌上市。"], "2021-07-05", [("6月30日", "Didi", "text")],
                 id="venue-hans-listed-at"),
    pytest.param("venue", ["MiniMax于1月9日登陆港交所。"], "2026-01-10", [("1月9日", "MiniMax", "text")],
                 id="venue-hans-landed"),
    pytest.param("venue", ["地平线机器人于10月24日在港交所主板上市。"], "2024-10-30",
                 [("10月24日", "Horizon Robotics", "text")], id="venue-hans-main-board"),
    pytest.param("venue", ["1月9日，港交所迎来了MiniMax的上市。"], "2026-01-10",
                 [("1月9日", f"{HKEX};MiniMax", "text")], id="venue-hans-stays-exchange-subject"),
    pytest.param("venue", ["滴滴於6月30日在紐交所掛牌上市。"], "2021-07-05", [("6月30日", "Didi", "text")],
                 id="venue-hant-listed-at"),
    pytest.param("venue", ["智譜於1月8日登陸港交所。"], "2026-01-10", [("1月8日", "Zhipu AI", "text")],
                 id="venue-hant-landed"),
    pytest.param("venue", ["螞蟻集團原定11月5日於香港聯合交易所主板上市。"], "2020-11-04",
                 [("11月5日", "Ant Group", "text")], id="venue-hant-main-board"),
    pytest.param("venue", ["港交所於1月21日批准快手上市。"], "2021-01-25", [("1月21日", f"{HKEX};Kuaishou", "text")],
                 id="venue-hant-stays-exchange-acting"),
    # ---- a broker or data firm cited for another firm's figure is its source ----------------------
    pytest.param("source", ["Sensor Tower estimates Temu downloads rose 20% in the third quarter."], "2025-11-11",
                 [("the third quarter", "Pinduoduo", "text")], id="source-en-estimates"),
    pytest.param("source", ["According to Counterpoint data, Huawei shipped 10 million phones in the third "
                            "quarter."], "2025-11-11", [("the third quarter", "Huawei", "text")],
                 id="source-en-quoted-data"),
    pytest.param("source", ["Morgan Stanley expects Alibaba's cloud revenue to grow 30% next year."], "2025-11-11",
                 [("next year", "Alibaba", "text")], id="source-en-expects"),
    pytest.param("source", ["Tencent expects revenue to rise in the fourth quarter."], "2025-11-11",
                 [("the fourth quarter", "Tencent", "text")], id="source-en-stays-alone"),
    pytest.param("source", ["中信里昂亦预计腾讯第三季业绩稳健。"], "2025-11-11", [("第三季", "Tencent", "text")],
                 id="source-hans-forecast"),
    pytest.param("source", ["据Canalys数据，小米第三季度出货量居首。"], "2025-11-11",
                 [("第三季度", "Xiaomi", "text")], id="source-hans-data-own-clause"),
    pytest.param("source", ["Sensor Tower估计，本周小红书下载量增长两成。"], "2025-01-15",
                 [("本周", "Xiaohongshu", "text")], id="source-hans-estimate"),
    pytest.param("source", ["腾讯预计第四季度收入增长。"], "2025-11-11", [("第四季度", "Tencent", "text")],
                 id="source-hans-stays-alone"),
    pytest.param("source", ["中信里昂亦預計騰訊第三季業績穩健。"], "2025-11-11", [("第三季", "Tencent", "text")],
                 id="source-hant-forecast"),
    pytest.param("source", ["摩根士丹利預期阿里巴巴明年雲業務增長三成。"], "2025-11-11",
                 [("明年", "Alibaba", "text")], id="source-hant-expects"),
    pytest.param("source", ["騰訊預計第四季收入增長。"], "2025-11-11", [("第四季", "Tencent", "text")],
                 id="source-hant-stays-alone"),
    # ---- a firm overtaken or measured against is no party to the race -----------------------------
    pytest.param("overtaken", ["Huawei overtook Apple in the second quarter to lead the market."], "2023-09-01",
                 [("the second quarter", "Huawei", "text")], id="overtaken-en-overtook"),
    pytest.param("overtaken", ["Xiaomi said its iPhone killer would ship in March."], "2024-01-10",
                 [("March", "Xiaomi", "text")], id="overtaken-en-killer"),
    pytest.param("overtaken", ["Tencent surpassed 1 billion users in 2018."], "2023-06-01",
                 [("2018", "Tencent", "text")], id="overtaken-en-stays-no-firm"),
    pytest.param("overtaken", ["Apple and Huawei both launched phones in September."], "2023-10-01",
                 [("September", "Apple;Huawei", "text")], id="overtaken-en-stays-both-act"),
    pytest.param("overtaken", ["华为手机销量在第二季度超过苹果。"], "2023-09-01", [("第二季度", "Huawei", "text")],
                 id="overtaken-hans-surpass"),
    pytest.param("overtaken", ["2014年起，微信支付一路逆袭，反超支付宝。"], "2025-01-20",
                 [("2014年", "Tencent", "text")], id="overtaken-hans-overtake"),
    pytest.param("overtaken", ["华为和苹果均于9月发布新机。"], "2023-10-01", [("9月", "Huawei;Apple", "text")],
                 id="overtaken-hans-stays-both-act"),
    # ---- the overtaken rival behind a short description, or replaced as the leader ---------------
    pytest.param("overtaken", ["Huawei overtook its American rival Apple in the second quarter of 2023."],
                 "2023-09-01", [("the second quarter of 2023", "Huawei", "text")], id="overtaken-en-described"),
    pytest.param("overtaken", ["In the second quarter of 2023, Huawei shipped 10 million phones, replacing Apple as "
                               "the top seller."], "2023-09-01",
                 [("the second quarter of 2023", "Huawei", "text")], id="overtaken-en-replacing"),
    pytest.param("overtaken", ["华为手机在2023年第二季度超越美国巨头苹果。"], "2023-09-01",
                 [("2023年第二季度", "Huawei", "text")], id="overtaken-hans-described"),
    pytest.param("overtaken", ["華為手機在2023年第二季度超越美國巨頭蘋果。"], "2023-09-01",
                 [("2023年第二季度", "Huawei", "text")], id="overtaken-hant-described"),
    pytest.param("overtaken", ["华为手机销量在2023年第二季度取代苹果，成为第一。"], "2023-09-01",
                 [("2023年第二季度", "Huawei", "text")], id="overtaken-hans-replaced"),
    pytest.param("overtaken", ["Huawei and its American rival Apple both launched phones in September 2023."],
                 "2023-10-01", [("September 2023", "Huawei;Apple", "text")], id="overtaken-en-stays-rival-acts"),
    pytest.param("overtaken", ["Temu's owner will spend $2 billion on ads this year, challenging Amazon's lead."],
                 "2024-03-01", [("this year", "Pinduoduo", "text")], id="challenged-en"),
    pytest.param("overtaken", ["Douyin launched a chat app in January as a challenge to WeChat."], "2019-03-01",
                 [("January", "ByteDance", "text")], id="challenged-en-noun"),
    pytest.param("overtaken", ["Baidu first announced plans to rival OpenAI's ChatGPT last February."],
                 "2023-03-20", [("last February", "Baidu", "text")], id="rival-verb-en"),
    pytest.param("overtaken", ["Huawei will ship a chip comparable to the Nvidia H100 in May."], "2025-03-01",
                 [("May", "Huawei", "text")], id="comparable-en"),
    pytest.param("overtaken", ["Rival Alibaba launched its model in May."], "2025-06-01",
                 [("May", "Alibaba", "text")], id="stays-rival-adjective-en"),
    pytest.param("overtaken", ["Amazon said on Monday it would challenge the ruling."], "2025-06-03",
                 [("Monday", "Amazon", "text")], id="stays-challenger-named-alone-en"),
    pytest.param("overtaken", ["1月20日，DeepSeek发布推理模型，性能比肩OpenAI的o1。"], "2025-02-01",
                 [("1月20日", "DeepSeek", "text")], id="matched-hans"),
    pytest.param("overtaken", ["拼多多今年将加大投入，挑战亚马逊的地位。"], "2024-03-01",
                 [("今年", "Pinduoduo", "text")], id="challenged-hans"),
    pytest.param("overtaken", ["1月20日，DeepSeek發布推理模型，性能比肩OpenAI的o1。"], "2025-02-01",
                 [("1月20日", "DeepSeek", "text")], id="matched-hant"),
    pytest.param("overtaken", ["拼多多今年將加大投入，挑戰亞馬遜的地位。"], "2024-03-01",
                 [("今年", "Pinduoduo", "text")], id="challenged-hant"),
    pytest.param("overtaken", ["華為手機銷量在第二季度超越蘋果。"], "2023-09-01", [("第二季度", "Huawei", "text")],
                 id="overtaken-hant-surpass"),
    pytest.param("overtaken", ["2014年起，微信支付一路逆襲，反超支付寶。"], "2025-01-20",
                 [("2014年", "Tencent", "text")], id="overtaken-hant-overtake"),
    pytest.param("overtaken", ["華為與蘋果均於9月發佈新機。"], "2023-10-01", [("9月", "Huawei;Apple", "text")],
                 id="overtaken-hant-stays-both-act"),
    # ---- a platform a founder posts through is the channel, not a party --------------------------
    pytest.param("channel", ["雷军今日通过个人微博宣布，新车将于4月上市。"], "2026-01-07",
                 [("今日", "Xiaomi", "text"), ("4月", "Xiaomi", "text")], id="channel-hans-personal-weibo"),
    pytest.param("channel", ["雷軍今日透過個人微博宣佈新車將於4月上市。"], "2026-01-07",
                 [("今日", "Xiaomi", "text"), ("4月", "Xiaomi", "text")], id="channel-hant-personal-weibo"),
    pytest.param("channel", ["新浪今日宣布微博用户在3月增长。"], "2026-01-07",
                 [("今日", "Sina", "text"), ("3月", "Sina", "text")], id="channel-hans-stays-owner"),
    pytest.param("channel", ["Lei Jun wrote on Weibo on Monday that Xiaomi would ship the YU7 in June."], "2025-05-01",
                 [("Monday", "Xiaomi", "text"), ("June", "Xiaomi", "text")], id="channel-en-wrote-on"),
    pytest.param("channel", ["Lei Jun posted on Weibo on Monday that the YU7 ships in June."], "2025-05-01",
                 [("Monday", "Xiaomi", "text"), ("June", "Xiaomi", "text")], id="channel-en-posted-on"),
    pytest.param("channel", ["Sina said Weibo users grew in March."], "2025-05-01", [("March", "Sina", "text")],
                 id="channel-en-stays-owner"),
    # ---- a Chinese sentence opening with a subject of its own does not go on with the topic -----
    pytest.param("own-subject", ["拼多多发布年报。", "今年2月，世界认识了一个新词。"], "2020-04-25", [],
                 id="own-subject-hans-world"),
    pytest.param("own-subject", ["华为发布了新机。", "3月，美国宣布新的出口管制。"], "2020-04-25",
                 [("3月", "", "text")], id="own-subject-hans-country"),
    pytest.param("own-subject", ["腾讯推出新游戏。", "去年，人们在手机上花了更多时间。"], "2020-04-25", [],
                 id="own-subject-hans-people"),
    pytest.param("own-subject", ["华为发布了新机。", "12日起，全球首发。"], "2020-04-25",
                 [("12日", "Huawei", "context")], id="own-subject-hans-stays-modifier"),
    pytest.param("own-subject", ["华为发布了新机。", "3月，中国区销量增长三成。"], "2020-04-25",
                 [("3月", "Huawei", "context")], id="own-subject-hans-stays-division"),
    pytest.param("own-subject", ["拼多多發佈年報。", "今年2月，世界認識了一個新詞。"], "2020-04-25", [],
                 id="own-subject-hant-world"),
    pytest.param("own-subject", ["華為發佈了新機。", "3月，美國宣佈新的出口管制。"], "2020-04-25",
                 [("3月", "", "text")], id="own-subject-hant-country"),
    pytest.param("own-subject", ["華為發佈了新機。", "12日起，全球首發。"], "2020-04-25",
                 [("12日", "Huawei", "context")], id="own-subject-hant-stays-modifier"),
    pytest.param("own-subject", ["Pinduoduo released its annual report.", "In February, the world learned a new "
                                 "word."], "2020-04-25", [], id="own-subject-en-stays-no-reference"),
    pytest.param("own-subject", ["Huawei launched a phone.", "It goes on sale worldwide on May 12."], "2020-04-25",
                 [("May 12", "Huawei", "context")], id="own-subject-en-stays-it"),
    pytest.param("own-subject", ["Huawei launched a phone.", "In March, the US announced new curbs."], "2020-04-25",
                 [("March", "", "text")], id="own-subject-en-stays-country"),
    # ---- a figure word opens the sentence after its source and its period ------------------------
    pytest.param("figure", ["Pinduoduo reported results on Monday.", "Q2 total revenue of RMB97 billion rose 86%.",
                            "Q2 non-GAAP net income attributable to shareholders rose 125%."], "2024-08-26",
                 [("Monday", "Pinduoduo", "text"), ("Q2", "Pinduoduo", "context"), ("Q2", "Pinduoduo", "context")],
                 id="figure-en-period"),
    pytest.param("figure", ["Baidu will report on Thursday.", "According to analysts' estimates, third-quarter "
                            "revenue is expected to fall 3%."], "2025-11-17",
                 [("Thursday", "Baidu", "text"), ("third-quarter", "Baidu", "context")], id="figure-en-source"),
    pytest.param("figure", ["Baidu will report on Thursday.", "Analysts said third-quarter revenue would fall."],
                 "2025-11-17", [("Thursday", "Baidu", "text")], id="figure-en-stays-not-first"),
    pytest.param("figure", ["腾讯将于周四公布业绩。", "据彭博数据显示，今年第三季收入预测1890亿元。"], "2025-11-11",
                 [("周四", "Tencent", "text"), ("今年第三季", "Tencent", "context")], id="figure-hans-source-period"),
    pytest.param("figure", ["阿里巴巴公布财报。", "第二季度营收增长7%。"], "2025-08-30",
                 [("第二季度", "Alibaba", "context")], id="figure-hans-period"),
    pytest.param("figure", ["阿里巴巴公布财报。", "行业第二季度营收增长7%。"], "2025-08-30",
                 [("第二季度", "Alibaba", "context")], id="figure-hans-continues-topic"),
    pytest.param("figure", ["In the second quarter, revenues from online marketing rose 29%."], "2024-08-26",
                 [], id="figure-en-stays-no-company-before"),
    pytest.param("figure", ["騰訊將於本周四公布業績。", "據彭博數據顯示，今年第三季收入預測1890億元。"], "2025-11-11",
                 [("本周四", "Tencent", "text"), ("今年第三季", "Tencent", "context")], id="figure-hant-source-period"),
    pytest.param("figure", ["阿里巴巴公布財報。", "第二季度營收增長7%。"], "2025-08-30",
                 [("第二季度", "Alibaba", "context")], id="figure-hant-period"),
    pytest.param("figure", ["騰訊將於周四公布業績。", "分析師預計第三季收入增長。"], "2025-11-11",
                 [("周四", "Tencent", "text"), ("第三季", "Tencent", "context")], id="figure-hant-continues-topic"),
    # ---- a name's company is that name's, not the article's; "his company" is the founder's -----
    pytest.param("owner", ["Alibaba launched a shopping agent.", "A century ago, Edison's company offered "
                           "free bulbs, and the company swapped them in 1926."], "2026-02-10", [],
                 id="owner-en-name"),
    pytest.param("owner", ["Jack Ma founded Alibaba.", "He stepped back from his company in 2019."], "2026-02-10",
                 [("2019", "Alibaba", "context")], id="owner-en-stays-founder"),
    pytest.param("owner", ["Alibaba launched a shopping agent.", "The company said in 2019 it would grow."],
                 "2026-02-10", [("2019", "Alibaba", "context")], id="owner-en-stays-the-company"),
    pytest.param("owner", ["阿里巴巴推出购物智能体。", "100年前，爱迪生的公司曾提供免费换灯泡服务，公司会上门更换。"],
                 "2026-02-10", [], id="owner-hans-name"),
    pytest.param("owner", ["阿里巴巴推出购物智能体。", "2019年，他的公司在纽约上市。"], "2026-02-10",
                 [("2019年", "Alibaba", "context")], id="owner-hans-stays-his"),
    pytest.param("owner", ["快手开始降本增效。", "这家总部位于北京的公司自2021年年底启动裁员。"], "2026-02-10",
                 [("2021年年底", "Kuaishou", "context")], id="owner-hans-stays-description"),
    pytest.param("owner", ["阿里巴巴推出購物智能體。", "100年前，愛迪生的公司曾提供免費換燈泡服務。"], "2026-02-10", [],
                 id="owner-hant-name"),
    pytest.param("owner", ["阿里巴巴推出購物智能體。", "2019年，他的公司在紐約上市。"], "2026-02-10",
                 [("2019年", "Alibaba", "context")], id="owner-hant-stays-his"),
    pytest.param("owner", ["快手開始降本增效。", "這家總部位於北京的公司自2021年年底啟動裁員。"], "2026-02-10",
                 [("2021年年底", "Kuaishou", "context")], id="owner-hant-stays-description"),
]


@pytest.mark.parametrize(("cls", "sentences", "published", "expected"), ROWS)
def test_the_events_companies_by_class(cls, sentences, published, expected):
    assert events(sentences, published) == expected
