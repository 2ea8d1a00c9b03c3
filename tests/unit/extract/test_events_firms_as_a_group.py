"""Firms referred to as a group by a class noun ("major tech firms", "Chinese tech companies", 中国企业, 各平台业者):
a dated sentence naming no company but holding one is about those firms (the ``&`` lines of
lib/rules/company_references.txt). They are the several the sentence before named ("ByteDance, Alibaba and Tencent
are focusing their marketing …. This Spring Festival AI traffic battle may be just one of many campaigns for major
tech firms this year"), else no company is known and the event is the group's, of no company, as a regulator's act
on a class of firms is. So are firms named by their trade or their stocks ("chipmakers", "semiconductor stocks",
半导体股), and the several named before taken up by their number ("both companies", 两家公司). Not "companies" or
企业 alone, which a market's sentence names as often.

Each row is a short passage as a reporter writes it (none copied from ``tests/data/realnews``), its
publication date, and every event a reader finds in it: (date words, companies, attribution).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_company_classes import events

ROWS = [
    # Class (split AF: en3043 China Daily, en3050 TechNode): carmakers as a group by their trade, or several firms
    # counted as a trio, alone or after the several named.
    pytest.param(["Shoppers were out in force.", "China's top-tier NEV makers also achieved delivery growth last "
                  "month."], "2020-10-26", [("last month", "", "context")], id="carmakers-alone-en"),
    pytest.param(["Nio, Xpeng and Li Auto all set delivery records.",
                  "The carmakers expect faster growth in the coming year."], "2021-12-24",
                 [("the coming year", "NIO;Xpeng;Li Auto", "context")], id="carmakers-after-several-en"),
    pytest.param(["Nio, Xpeng and Li Auto all set delivery records.",
                  "The Chinese trio is poised for stronger growth in the coming year."], "2021-12-24",
                 [("the coming year", "NIO;Xpeng;Li Auto", "context")], id="trio-after-several-en"),
    pytest.param(["消费者热情高涨。", "头部新能源车企上月交付量均创新高。"], "2020-10-26", [("上月", "", "context")],
                 id="carmakers-alone-hans"),
    pytest.param(["消費者熱情高漲。", "頭部新能源車企上月交付量均創新高。"], "2020-10-26", [("上月", "", "context")],
                 id="carmakers-alone-hant"),
    pytest.param(["蔚来、小鹏和理想汽车均创下交付纪录。", "这些车企预计明年增长更快。"], "2021-12-24",
                 [("明年", "NIO;Xpeng;Li Auto", "context")], id="carmakers-after-several-hans"),
    pytest.param(["蔚來、小鵬和理想汽車均創下交付紀錄。", "這些車企預計明年增長更快。"], "2021-12-24",
                 [("明年", "NIO;Xpeng;Li Auto", "context")], id="carmakers-after-several-hant"),
    pytest.param(["Shoppers were out in force.", "Car sales in China rose 5% last month."], "2020-10-26", [],
                 id="not-car-sales-en"),
    # Class (firms as a group after the sentence naming them; seen in N).
    pytest.param(["Tencent, Alibaba and Baidu are handing out red envelopes.",
                  "The battle may be one of many campaigns for major tech firms this year."], "2025-02-10",
                 [("this year", "Tencent;Alibaba;Baidu", "context")], id="after-several-en"),
    pytest.param(["腾讯、阿里巴巴和百度纷纷发放红包。", "这场红包大战或许只是互联网企业今年众多营销战之一。"],
                 "2025-02-10",
                 [("今年", "Tencent;Alibaba;Baidu", "context")], id="after-several-hans"),
    pytest.param(["騰訊、阿里巴巴和百度紛紛發放紅包。", "這場紅包大戰或許只是互聯網企業今年眾多行銷戰之一。"],
                 "2025-02-10",
                 [("今年", "Tencent;Alibaba;Baidu", "context")], id="after-several-hant"),
    # Class (firms as a group with no company named before: the group's event, of no company; seen in O, P).
    pytest.param(["Shoppers were out in force.", "Chinese tech companies unveiled new AI models in January 2025."],
                 "2025-02-10", [("January 2025", "", "context")], id="group-alone-en"),
    pytest.param(["消费者热情高涨。", "中国企业开发的大模型在2025年1月的全球市场份额约为15%。"], "2025-02-10",
                 [("2025年1月", "", "context")], id="group-alone-hans"),
    pytest.param(["消費者熱情高漲。", "2025年1月，各平台業者點燃紅包戰火。"], "2025-02-10",
                 [("2025年1月", "", "context")], id="group-alone-hant"),
    # Class (split R): startups as a group (NEV startups, 造车新势力, 初创企业), alone or after the several named.
    pytest.param(["Shoppers were out in force.", "Several electric-car startups reported their October deliveries on "
                  "November 1."], "2020-11-03", [("October", "", "context"), ("November 1", "", "context")],
                 id="startups-alone-en"),
    pytest.param(["Nio, Xpeng and Li Auto reported record deliveries.",
                  "The startups all beat their targets in October."], "2020-11-03",
                 [("October", "NIO;Xpeng;Li Auto", "context")], id="startups-after-several-en"),
    pytest.param(["消费者热情高涨。", "11月1日，多家造车新势力公布了10月交付量。"], "2020-11-03",
                 [("11月1日", "", "context"), ("10月", "", "context")], id="startups-alone-hans"),
    pytest.param(["消費者熱情高漲。", "11月1日，多家造車新勢力公布了10月交付量。"], "2020-11-03",
                 [("11月1日", "", "context"), ("10月", "", "context")], id="startups-alone-hant"),
    pytest.param(["蔚来、小鹏和理想汽车公布交付量。", "这些初创企业10月交付量均创新高。"], "2020-11-03",
                 [("10月", "NIO;Xpeng;Li Auto", "context")], id="startups-after-several-hans"),
    # Class (splits G, Z): firms named by their trade or by their stocks (chipmakers, chip stocks, 芯片股, 半导体股).
    pytest.param(["Investors cheered the news.", "Chipmakers rushed to list in Hong Kong in early January."],
                 "2026-01-20", [("early January", "", "context")], id="trade-alone-en"),
    pytest.param(["Nvidia, AMD and Intel reported strong orders.", "The chipmakers all raised prices in March."],
                 "2025-04-10", [("March", "Nvidia;AMD;Intel", "context")], id="trade-after-several-en"),
    pytest.param(["Investors sold off on the news.", "Semiconductor stocks plunged at the open on October 10."],
                 "2022-10-12", [("October 10", "", "context")], id="stocks-alone-en"),
    pytest.param(["投资者纷纷抛售。", "10月10日开盘，A股半导体股集体大跌。"], "2022-10-12",
                 [("10月10日", "", "context")], id="stocks-alone-hans"),
    pytest.param(["投資者紛紛拋售。", "10月10日開盤，A股芯片股集體大跌。"], "2022-10-12",
                 [("10月10日", "", "context")], id="stocks-alone-hant"),
    # Class (splits AB, AF): game stocks as a group (游戏股, 遊戲類股, "game stocks"), alone or after the several named.
    pytest.param(["Regulators summoned Tencent and NetEase.", "Game stocks fell sharply at the open on September 9."],
                 "2021-09-09", [("September 9", "Tencent;NetEase", "context")], id="game-stocks-after-several-en"),
    pytest.param(["监管部门约谈腾讯、网易。", "9月9日开盘，在香港上市的游戏股全面下跌。"], "2021-09-09",
                 [("9月9日", "Tencent;NetEase", "context")], id="game-stocks-after-several-hans"),
    pytest.param(["投資者紛紛拋售。", "9月9日開盤，相關遊戲類股全面翻黑。"], "2021-09-09",
                 [("9月9日", "", "context")], id="game-stocks-alone-hant"),
    # ... not shareholders (游戏股东, 科技股東: 股东 "shareholder" holds the group's 股)
    pytest.param(["投资者纷纷抛售。", "9月9日，该游戏股东大会召开。"], "2021-09-09", [], id="game-shareholders-hans"),
    pytest.param(["投資者紛紛拋售。", "9月9日，該科技股東大會召開。"], "2021-09-09", [], id="tech-shareholders-hant"),
    # Class (splits Z, AB, AA): the several named before taken up by their number ("both companies", "the two
    # firms", 两家公司), all of them, not the one "the company" stands for; alone, no company known.
    pytest.param(["Meituan and Alibaba raised billions from investors.",
                  "Using these funds, both companies started the food delivery wars in 2014."], "2020-09-29",
                 [("2014", "Meituan;Alibaba", "context")], id="both-companies-en"),
    pytest.param(["Pony.ai and WeRide listed in Hong Kong.",
                  "The two companies fell below their issue prices on November 6."], "2025-11-10",
                 [("November 6", "Pony.ai;WeRide", "context")], id="the-two-companies-en"),
    pytest.param(["China Mobile, China Telecom and China Unicom will be delisted.",
                  "The three companies did not respond on the New Year’s Day holiday."], "2021-01-04",
                 [("New Year’s Day", "China Mobile;China Telecom;China Unicom", "context")],
                 id="the-three-companies-en"),
    pytest.param(["抖音和快手都在秀出肌肉。", "两家公司已经成为今年春节撒钱的主力军。"], "2021-02-10",
                 [("今年春节", "ByteDance;Kuaishou", "context")], id="two-companies-hans"),
    pytest.param(["抖音和快手都在秀出肌肉。", "這兩家公司已經成為今年春節撒錢的主力軍。"], "2021-02-10",
                 [("今年春節", "ByteDance;Kuaishou", "context")], id="two-companies-hant"),
    pytest.param(["消费者热情高涨。", "2025年1月，两家公司宣布合并。"], "2025-02-10",
                 [("2025年1月", "", "context")], id="two-companies-alone-hans"),
    # ... not 双方, two countries' as often as two firms'.
    pytest.param(["中美双方在马德里会谈。", "双方于14日达成协议。"], "2025-09-20", [], id="both-sides-hans"),
    pytest.param(["中美雙方在馬德里會談。", "雙方於14日達成協議。"], "2025-09-20", [], id="both-sides-hant"),
    # ... nor "the company" beside it: the one it refers to.
    pytest.param(["Tencent reported results.", "The company said in May that both companies would merge."],
                 "2025-06-10", [("May", "Tencent", "context")], id="the-company-beside-both-en"),
    # ... the one company a sentence refers to stays its own.
    pytest.param(["Tencent, Alibaba and Baidu are handing out red envelopes.",
                  "The company's campaign is the largest among Chinese tech companies since 2021."], "2025-02-10",
                 [("2021", "Tencent", "context")], id="refers-to-one-en"),
    pytest.param(["腾讯、阿里巴巴和百度纷纷发放红包。", "该公司的红包金额是2021年以来中国企业之最。"], "2025-02-10",
                 [("2021年", "Tencent", "context")], id="refers-to-one-hans"),
    # ... not companies or 企业 alone: a market's sentence names them as often.
    pytest.param(["Shoppers were out in force.", "Companies scrambled for market share in January 2025."],
                 "2025-02-10", [], id="companies-alone-en"),
    pytest.param(["消费者热情高涨。", "2025年1月，全国新增企业数量增长5%。"], "2025-02-10", [], id="firms-alone-hans"),
    pytest.param(["消費者熱情高漲。", "2025年1月，全國新增企業數量增長5%。"], "2025-02-10", [], id="firms-alone-hant"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_firms_as_a_group_are_referred_to(sentences, published, expected):
    assert events(sentences, published) == expected
