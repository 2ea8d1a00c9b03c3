"""What a company did, referred to without naming it: a sentence that names no company but takes up the
expansion, the IPOs, the signing or the event the sentence before told ("This will be followed by …", "This
comes after …") is an event of that sentence's company (``lib/rules/company_references.txt``), in English,
simplified and traditional Chinese.

Each row is a short passage as a reporter writes it (invented, none from ``tests/data/realnews``), its
publication date and every event a reader finds in it: (date words, companies, attribution). Rows marked
"stays" are near-misses the new words must leave as they were.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_company_classes import events

ROWS = [
    pytest.param(["SMIC plans to add 10,000 wafers a month of capacity this year.",
                  "Most tools will not arrive until the second half, so the expansion will add little revenue "
                  "this year."], "2021-02-06",
                 [("this year", "SMIC", "text"), ("the second half", "SMIC", "context"),
                  ("this year", "SMIC", "context")], id="en-the-expansion"),
    pytest.param(["Zhipu AI and MiniMax listed in Hong Kong in January.",
                  "Funds piled into the two IPOs, extending the rush for listings last year."], "2026-02-08",
                 [("January", "Zhipu AI;MiniMax", "text"), ("last year", "Zhipu AI", "context")],
                 id="en-the-two-ipos"),
    # A government's own order in the sentence no longer makes it the government's: the signing is the deal's.
    pytest.param(["字节跳动与甲骨文签署了协议。", "周四的签约是为了赶在特朗普政府命令规定的1月22日截止日前达成。"],
                 "2026-01-23", [("周四", "ByteDance", "context"), ("1月22日", "ByteDance", "context")],
                 id="hans-the-signing"),
    pytest.param(["字節跳動與甲骨文簽署了協議。", "週四的簽約是為了趕在川普政府命令規定的1月22日截止日前達成。"],
                 "2026-01-23", [("週四", "ByteDance", "context"), ("1月22日", "ByteDance", "context")],
                 id="hant-the-signing"),
    pytest.param(["腾讯与合作伙伴达成协议。", "此次签约须待美国政府3月批准。"], "2025-02-10",
                 [("3月", "Tencent", "context")], id="hans-this-signing"),
    # A promotion, a launch or a listing the company held, taken up as "the event" or 此次活动.
    pytest.param(["Tencent opened its red-envelope campaign on WeChat on January 25th.",
                  "This event will last until February 17th, with cash prizes of up to 10,000 yuan."], "2026-01-26",
                 [("January 25th", "Tencent", "text"), ("February 17th", "Tencent", "context")],
                 id="en-this-event-lasts"),
    pytest.param(["JD.com's shares rose 3.5% on their Hong Kong debut.",
                  "This event marks the largest secondary listing in the city this year."], "2020-06-18",
                 [("this year", "JD.com", "context")], id="en-this-event-marks"),
    pytest.param(["Huawei will hold its developer conference in Dongguan.",
                  "The event opens on August 9 and runs for three days."], "2019-08-01",
                 [("August 9", "Huawei", "context")], id="en-the-event-opens"),
    # Class (split R): the business the company runs, taken up as "the operation" (after "Baidu gained approval to
    # run driverless services in Wuhan", "The commercial operation was expanded … in December").
    pytest.param(["Baidu won approval to run driverless taxis in Wuhan last August.",
                  "The commercial operation was expanded on a large scale in December."], "2023-03-08",
                 [("last August", "Baidu", "text"), ("December", "Baidu", "context")], id="en-the-operation"),
    pytest.param(["Baidu won approval to run driverless taxis in Wuhan last August.",
                  "The operation grew to 500 cars in December."], "2023-03-08",
                 [("last August", "Baidu", "text"), ("December", "Baidu", "context")], id="en-the-operation-bare"),
    pytest.param(["百度去年8月获准在武汉开展全无人驾驶运营。", "其他厂商也纷纷跟进。", "该项运营于12月大规模扩展。"],
                 "2023-03-08", [("去年8月", "Baidu", "text")], id="hans-stays-no-reference"),
    pytest.param(["百度去年8月獲准在武漢開展全無人駕駛營運。", "其他廠商也紛紛跟進。", "該項營運於12月大規模擴展。"],
                 "2023-03-08", [("去年8月", "Baidu", "text")], id="hant-stays-no-reference"),
    # Class (split R): the coming launch told as "a launch event" ("A launch event is scheduled for March 28"),
    # as "the launch" and "the event" are; a launch event another firm holds stays its own.
    pytest.param(["Xiaomi will begin deliveries of its first car this month.",
                  "A launch event is scheduled for March 28, when the price will be made public."], "2024-03-13",
                 [("this month", "Xiaomi", "text"), ("March 28", "Xiaomi", "context")], id="en-a-launch-event"),
    pytest.param(["Xiaomi will begin deliveries of its first car this month.",
                  "Huawei holds a launch event on March 28."], "2024-03-13",
                 [("this month", "Xiaomi", "text"), ("March 28", "Huawei", "text")], id="en-stays-a-named-launch"),
    pytest.param(["小米本月将开始交付首款汽车。", "其他厂商也纷纷跟进。", "该发布会定于3月28日举行。"], "2024-03-13",
                 [("本月", "Xiaomi", "text"), ("3月28日", "Xiaomi", "context")], id="hans-the-launch-event"),
    pytest.param(["小米本月將開始交付首款汽車。", "其他廠商也紛紛跟進。", "該發布會定於3月28日舉行。"], "2024-03-13",
                 [("本月", "Xiaomi", "text"), ("3月28日", "Xiaomi", "context")], id="hant-the-launch-event"),
    # In Chinese a sentence goes on with the company before anyway; the words matter after a sentence about
    # other firms ("其他厂商也纷纷跟进") or before any company is named.
    pytest.param(["腾讯在微信上线了红包活动。", "其他厂商也纷纷跟进。", "此次活动将持续到2月17日，最高可领1万元现金。"],
                 "2026-01-26", [("2月17日", "Tencent", "context")], id="hans-this-event"),
    pytest.param(["阿里巴巴宣布启动年终促销。", "其他平台也纷纷跟进。", "本次活动于11月11日零点结束。"], "2025-10-20",
                 [("11月11日", "Alibaba", "context")], id="hans-the-event-ends"),
    pytest.param(["騰訊在微信推出紅包活動。", "其他廠商也紛紛跟進。", "此次活動將持續到2月17日，最高可領1萬元現金。"],
                 "2026-01-26", [("2月17日", "Tencent", "context")], id="hant-this-event"),
    pytest.param(["阿里巴巴宣布啟動年終促銷。", "其他平台也紛紛跟進。", "該活動於11月11日零點結束。"], "2025-10-20",
                 [("11月11日", "Alibaba", "context")], id="hant-the-event-ends"),
    # The internet giants as a group, written 網路 in Taiwan (网络 on the mainland), as 互联网巨头 are.
    pytest.param(["隨著春節臨近，大陸網路巨頭的AI應用大戰持續升溫。", "百度宣布投入5億元發放紅包。"], "2026-02-05",
                 [("春節", "Baidu", "context")], id="hant-internet-giants"),
    pytest.param(["春节前夕，网络巨头纷纷加码AI应用。", "腾讯宣布投入10亿元发放红包。"], "2026-02-05",
                 [("春节前夕", "Tencent", "context")], id="hans-internet-giants"),
    pytest.param(["隨著春節臨近，網路大廠紛紛加碼AI應用。", "百度宣布投入5億元發放紅包。"], "2026-02-05",
                 [("春節", "Baidu", "context")], id="hant-internet-majors"),
    # A product's release taken up as the launch is (a wire story on Huawei's server chip, 2019-01, paraphrased:
    # "The timing of the release of the latest core chipset is meaningful, analysts said on Monday").
    pytest.param(["Huawei unveiled its Kunpeng 920 server chip in Shenzhen.",
                  "The timing of the release is meaningful, analysts said on Monday."], "2019-01-08",
                 [("Monday", "Huawei", "context")], id="en-the-release"),
    pytest.param(["Xiaomi showed its SU7 sedan to dealers.",
                  "This release comes two weeks before the Beijing auto show opens on April 25."], "2024-04-10",
                 [("April 25", "Xiaomi", "context")], id="en-this-release"),
    # Chinese goes on with the company before without the noun: the same events.
    pytest.param(["华为在深圳发布了鲲鹏920服务器芯片。", "分析人士周一表示，这次发布的时机意义重大。"], "2019-01-08",
                 [("周一", "Huawei", "context")], id="hans-this-release"),
    pytest.param(["華為在深圳發佈了鯤鵬920伺服器晶片。", "分析人士週一表示，這次發佈的時機意義重大。"], "2019-01-08",
                 [("週一", "Huawei", "context")], id="hant-this-release"),
    # What the sentence before told, taken up by "this" or "that" as the subject of a verb that sets another
    # happening before or after it: a chip roadmap (a wire story, 2025-09, paraphrased: "This will be followed
    # by the 960 version in 2027 and the 970 in 2028"), a listing, a review.
    pytest.param(["Huawei plans to launch the Ascend 950 chip next year.",
                  "This will be followed by the 960 version in 2027 and the 970 in 2028."], "2025-09-20",
                 [("next year", "Huawei", "text"), ("2027", "Huawei", "context"), ("2028", "Huawei", "context")],
                 id="en-this-will-be-followed-by"),
    pytest.param(["Xiaomi unveiled its first electric car in Beijing.",
                  "This comes after three years of development that began in March 2021."], "2023-12-30",
                 [("March 2021", "Xiaomi", "context")], id="en-this-comes-after"),
    pytest.param(["Didi's shares slumped 20% in New York on Tuesday.",
                  "That followed the regulator's announcement of a security review on Friday evening."],
                 "2021-07-06", [("Tuesday", "Didi", "text"), ("Friday evening", "Didi", "context")],
                 id="en-that-followed"),
    pytest.param(["Alibaba cut the price of its Qwen models by 85% on Tuesday.",
                  "This was followed by a second round of cuts on May 21."], "2024-05-25",
                 [("Tuesday", "Alibaba", "text"), ("May 21", "Alibaba", "context")], id="en-this-was-followed-by"),
    # Chinese goes on with the company before without such words (这将…, 此前…): the same events.
    pytest.param(["华为计划明年推出昇腾950芯片。", "随后将于2027年推出960版本，2028年推出970版本。"], "2025-09-20",
                 [("明年", "Huawei", "text"), ("2027年", "Huawei", "context"), ("2028年", "Huawei", "context")],
                 id="hans-then-followed-by"),
    pytest.param(["小米在北京发布了首款电动汽车。", "这距离其2021年3月宣布造车已近三年。"], "2023-12-30",
                 [("2021年3月", "Xiaomi", "context")], id="hans-this-comes-after"),
    pytest.param(["華為計劃明年推出昇騰950晶片。", "隨後將於2027年推出960版本，2028年推出970版本。"], "2025-09-20",
                 [("明年", "Huawei", "text"), ("2027年", "Huawei", "context"), ("2028年", "Huawei", "context")],
                 id="hant-then-followed-by"),
    pytest.param(["小米在北京發佈了首款電動汽車。", "這距離其2021年3月宣布造車已近三年。"], "2023-12-30",
                 [("2021年3月", "Xiaomi", "context")], id="hant-this-comes-after"),
    # The figure before weighed by "this marks" or "that marks" (splits AB, K, T): the company before's.
    # Two companies named, so that no company is in focus (a focused one is taken up by "the"/"this" anyway).
    pytest.param(["ByteDance plans to spend 100 billion yuan on Nvidia chips in 2026.",
                  "This marks a significant increase from the 85 billion yuan spent in 2025."], "2025-12-31",
                 [("2026", "ByteDance;Nvidia", "text"), ("2025", "ByteDance", "context")], id="en-this-marks"),
    pytest.param(["Moonshot AI and Alibaba agreed a deal at a $4.8 billion valuation.",
                  "That marks a sharp rise from the valuation agreed in October."], "2025-12-20",
                 [("October", "Moonshot AI", "context")], id="en-that-marks"),
    # Chinese goes on with the company before without them (这标志着…): the same events.
    pytest.param(["字节跳动计划2026年投入1000亿元采购英伟达芯片。", "这标志着较2025年的850亿元大幅增加。"],
                 "2025-12-31",
                 [("2026年", "ByteDance;Nvidia", "text"), ("2025年", "ByteDance", "context")], id="hans-this-marks"),
    pytest.param(["字節跳動計劃2026年投入1000億元採購輝達晶片。", "這標誌著較2025年的850億元大幅增加。"],
                 "2025-12-31",
                 [("2026年", "ByteDance;Nvidia", "text"), ("2025年", "ByteDance", "context")], id="hant-this-marks"),
    # ---- stays ----------------------------------------------------------------------------------
    pytest.param(["The release of trade data on Monday lifted Asian markets."], "2024-04-10", [],
                 id="stays-a-release-of-no-company"),
    pytest.param(["Xiaomi showed its SU7 sedan to dealers.", "China's release of trade data on Monday lifted markets."],
                 "2024-04-10", [], id="stays-a-release-a-name-owns"),
    pytest.param(["China's car sales rose 5% in March.", "This was followed by a 3% drop in April."], "2024-05-10",
                 [], id="stays-this-followed-a-market"),
    pytest.param(["Tencent and Alibaba reported results.", "China's car sales rose 10% in March.",
                  "This marks the sixth month of growth since September."], "2025-04-10", [],
                 id="stays-this-marks-a-market"),
    pytest.param(["Xiaomi unveiled its first electric car in Beijing.",
                  "This comes as China's car sales fell in November."], "2023-12-30", [],
                 id="stays-this-comes-as"),
    pytest.param(["Xiaomi unveiled its first electric car in Beijing.",
                  "Analysts said a price war followed in 2024."], "2025-01-10", [],
                 id="stays-followed-not-first-words"),
    pytest.param(["2024年3月，中国汽车销量增长5%。", "随后4月下降3%。"], "2024-05-10", [],
                 id="stays-hans-then-a-market"),
    pytest.param(["2024年3月，中國汽車銷量增長5%。", "隨後4月下降3%。"], "2024-05-10", [],
                 id="stays-hant-then-a-market"),
    pytest.param(["The World Cup final was played on July 13.", "The event drew a record television audience "
                  "in 2014."], "2014-07-20", [], id="stays-an-event-of-no-company"),
    pytest.param(["Analysts expect a rate cut in March, an event markets have priced in."], "2025-02-10", [],
                 id="stays-an-event-no-article"),
    pytest.param(["学校于5月举办了运动会。"], "2025-06-10", [], id="stays-hans-activity-without-reference"),
    pytest.param(["網路上流傳的影片於3月走紅。"], "2025-06-10", [], id="stays-hant-the-internet-alone"),
    pytest.param(["春节前夕，网上流传的视频走红。", "腾讯宣布投入10亿元发放红包。"], "2026-02-05", [],
                 id="stays-hans-no-giants"),
    pytest.param(["Economists expect an expansion of exports in 2025."], "2025-02-10", [], id="stays-an-expansion"),
    pytest.param(["IPOs in Hong Kong raised $10 billion last year."], "2025-02-10", [], id="stays-ipos-no-article"),
    pytest.param(["球员于3月签约新俱乐部。"], "2025-02-10", [], id="stays-hans-signing-without-reference"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_a_sentence_taking_up_what_a_company_did_is_its_event(sentences, published, expected):
    assert events(sentences, published) == expected
