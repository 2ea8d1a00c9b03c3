"""The classes of firms split K annotated but the gazetteer did not know (lib/rules/gazetteer.csv,
"Split K's gaps"): parcel carriers, the optical-chip firms of a CFIUS order, chipmaking-equipment
makers, a firm of the US Entity List, and a broker's Hong Kong arm under its parent; in English,
simplified and traditional Chinese, and the everyday words they must not take."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Parcel carriers
    ("FedEx, UPS and DHL stopped parcels to the US; Federal Express and United Parcel Service cited tariffs.",
     [co("FedEx", "FedEx"), co("UPS", "UPS"), co("DHL", "DHL"), co("Federal Express", "FedEx"),
      co("United Parcel Service", "UPS")]),
    ("联邦快递、联合包裹与敦豪暂停对美小包裹业务。",
     [co("联邦快递", "FedEx"), co("联合包裹", "UPS"), co("敦豪", "DHL")]),
    ("聯邦快遞、聯合包裹與敦豪暫停對美小包裹業務。",
     [co("聯邦快遞", "FedEx"), co("聯合包裹", "UPS"), co("敦豪", "DHL")]),
    # Optical chips under a CFIUS order
    ("The order voids HieFo's purchase of Emcore's assets.", [co("HieFo", "HieFo"), co("Emcore", "Emcore")]),
    ("瀚孚光电收购安科光电资产的交易无效。", [co("瀚孚光电", "HieFo"), co("安科光电", "Emcore")]),
    ("瀚孚光電收購安科光電資產的交易無效。", [co("瀚孚光電", "HieFo"), co("安科光電", "Emcore")]),
    # Chipmaking-equipment makers
    ("TSMC dropped Mattson and AMEC; Mattson Technology, Naura, Piotech and ACM Research fell.",
     [co("TSMC", "TSMC"), co("Mattson", "Mattson Technology"), co("AMEC", "AMEC"),
      co("Mattson Technology", "Mattson Technology"), co("Naura", "Naura"), co("Piotech", "Piotech"),
      co("ACM Research", "ACM Research")]),
    ("屹唐股份、中微公司、北方华创、拓荆科技与盛美上海上涨。",
     [co("屹唐股份", "Mattson Technology"), co("中微公司", "AMEC"), co("北方华创", "Naura"),
      co("拓荆科技", "Piotech"), co("盛美上海", "ACM Research")]),
    ("屹唐半導體、中微公司、北方華創、拓荊科技與盛美半導體上漲。",
     [co("屹唐半導體", "Mattson Technology"), co("中微公司", "AMEC"), co("北方華創", "Naura"),
      co("拓荊科技", "Piotech"), co("盛美半導體", "ACM Research")]),
    # A firm of the US Entity List
    ("The list adds Megvii and Yixin Science and Technology.",
     [co("Megvii", "Megvii"), co("Yixin Science and Technology", "Yixin Science and Technology")]),
    # A broker's Hong Kong arm is its parent
    ("Everbright Securities International and China Securities International see a premium.",
     [co("Everbright Securities International", "Everbright Securities"),
      co("China Securities International", "China Securities")]),
    ("光大证券国际策略师表示。", [co("光大证券国际", "Everbright Securities")]),
    ("光大證券國際策略師表示。", [co("光大證券國際", "Everbright Securities")]),
]

# Everyday words that share their letters or characters with these firms.
EVERYDAY = [
    "Ups and downs: the fedexed box, a dhl-like service, mattson's idea, Yixin alone.",
    "其中微型企业值得升级，联邦政府快速递交材料。",
    "其中微型企業值得升級，聯邦政府快速遞交材料。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
