"""The firms a listing or deal story names beside the issuer, in English, simplified and traditional
Chinese: the law firms that advise it, the brokers that sponsor it, and autonomous-driving peers; and
the everyday words and surnames that share letters or characters with them (lib/rules/gazetteer.csv)."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

SECTORS = [
    # Law firms advising listings and deals, by their full English names
    ("Cleary Gottlieb represented the sponsors; Kirkland & Ellis and Skadden advised the company.",
     [co("Cleary Gottlieb", "Cleary Gottlieb"), co("Kirkland & Ellis", "Kirkland & Ellis"),
      co("Skadden", "Skadden")]),
    ("Davis Polk, Sullivan & Cromwell, Latham & Watkins and Simpson Thacher advised the underwriters.",
     [co("Davis Polk", "Davis Polk"), co("Sullivan & Cromwell", "Sullivan & Cromwell"),
      co("Latham & Watkins", "Latham & Watkins"), co("Simpson Thacher", "Simpson Thacher")]),
    ("King & Wood Mallesons, Fangda Partners, JunHe and Zhong Lun acted as PRC counsel; Han Kun Law Offices "
     "advised the investors.",
     [co("King & Wood Mallesons", "King & Wood Mallesons"), co("Fangda Partners", "Fangda Partners"),
      co("JunHe", "JunHe"), co("Zhong Lun", "Zhong Lun"), co("Han Kun Law Offices", "Han Kun")]),
    ("金杜律师事务所与方达律师事务所担任境内法律顾问，君合律所、中伦律师事务所和竞天公诚代表承销商。",
     [co("金杜律师事务所", "King & Wood Mallesons"), co("方达律师事务所", "Fangda Partners"),
      co("君合律所", "JunHe"), co("中伦律师事务所", "Zhong Lun"), co("竞天公诚", "Jingtian & Gongcheng")]),
    ("金杜律師事務所與方達律師事務所擔任法律顧問，君合律師事務所和中倫律所代表承銷商。",
     [co("金杜律師事務所", "King & Wood Mallesons"), co("方達律師事務所", "Fangda Partners"),
      co("君合律師事務所", "JunHe"), co("中倫律所", "Zhong Lun")]),
    # Brokers sponsoring a Hong Kong listing, by the names their Hong Kong arms go by
    ("Goldman Sachs, Morgan Stanley, and China Securities International were joint sponsors.",
     [co("Goldman Sachs", "Goldman Sachs"), co("Morgan Stanley", "Morgan Stanley"),
      co("China Securities International", "China Securities")]),
    ("Cleary Gottlieb represented China Securities (International) Corporate Finance Company Limited.",
     [co("Cleary Gottlieb", "Cleary Gottlieb"), co("China Securities (International)", "China Securities")]),
    ("中信建投证券与中信建投國際担任联席保荐人。",
     [co("中信建投证券", "China Securities"), co("中信建投", "China Securities")]),
    # Autonomous-driving firms listing beside Pony.ai and Horizon Robotics
    ("Pony.ai and Shanghai Westwell Lab Information Technology Co. filed, as did Zelos Technology and CiDi.",
     [co("Pony.ai", "Pony.ai"), co("Westwell Lab", "Westwell"), co("Zelos Technology", "Zelos"),
      co("CiDi", "CiDi")]),
    ("西井科技、九识智能和希迪智驾递表港交所。", [co("西井科技", "Westwell"), co("九识智能", "Zelos"),
                                            co("希迪智驾", "CiDi"), co("港交所", "Hong Kong Exchanges and Clearing")]),
]

# Surnames, places and everyday words that share letters or characters with these firms.
EVERYDAY = [
    "The China Securities Index rose; China Securities Finance lent more; Kirkland, Washington; Davis said.",
    "Latham and Sullivan met Cromwell; Han Kun founded Yixia.",
    "双方达成协议，诸君合力，他在市中伦敦街区，金杜鹃开了，西井村的人。",
    "雙方達成協議，諸君合力，金杜鵑開了，西井村的人。",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(SECTORS, EVERYDAY)
