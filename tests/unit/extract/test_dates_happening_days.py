"""首日 (a listing's, a sale's, a launch's first day) counts from the day the happening was told on.

Class: news of a listing or a launch tells its day ("2月5日，快手在港交所挂牌交易"), then other days (the grey
market the day before, a tally "截至3月18日"), then "上市首日", "首日": the first day is the listing's, not the
last day told. A day names the happening when a word for one stands in its clause after it; a day opening its
sentence has the clause after it. Near misses keep the last day: no happening told, a listing word before the
day ("快手上市的热情可从2月4日的暗盘中看出"), 上市公司 (a listed company), 当天 and English counted days
("the next day", "the same day"). English tells a listing's day by its own date ("on its debut on Friday"),
then "on its first day of trading", "in the first day of trade" (split R): the listing's day too, else the last
day told, never publication's; so is "the first day's closing price" (a share price's: split Y, as 首日收盘价); not
"since its first day of trading" (a start long past), nor a bare "on its first day" (of what, it does not say; read
after a share-price verb, "closed 13% higher on its first day" of split O, it pulled a weekday's story apart in
benchmarks.story_quality, s3, and was dropped); a first day a company named owns, "at the opening of SMIC's first
day" after a share-price verb (split AL), is the listing's day.
Sentences are written for these tests in the style of the news; traditional rows are read simplified, as the
pipeline does.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_happening_days import names_a_happening
from lib.parse.script import to_simplified
from tests.date_readings import read_in_order

FIRST_DAY_ROWS = [
    # simplified Chinese
    ("2月5日，快手在港交所挂牌交易。投资者的热情从前一日的暗盘中可见一斑。截至4日晚，富途暗盘成交额达7亿港元。"
     "上市首日，快手市值突破1万亿港元。", "2021-02-08",
     [("2月5日", "2021-02-05", "day"), ("前一日", "2021-02-04", "day"), ("4日", "2021-02-04", "day"),
      ("首日", "2021-02-05", "day")]),
    ("在3月16日下午百度举行文心一言发布会后，市场热度持续升温。截至3月18日上午，企业用户突破9万，首日申请超60万。",
     "2023-03-19", [("3月16日", "2023-03-16", "day"), ("3月18日", "2023-03-18", "day"),
                    ("首日", "2023-03-16", "day")]),
    ("8月29日，华为Mate 60 Pro在官方商城开售。8月30日，华为概念股集体上涨。开售首日，该机型销量突破百万台。",
     "2023-09-02", [("8月29日", "2023-08-29", "day"), ("8月30日", "2023-08-30", "day"),
                    ("首日", "2023-08-29", "day")]),
    ("1月9日上午，MiniMax正式登陆港交所。1月10日，港股AI板块回调。首日交易中，MiniMax股价收涨109%。",
     "2026-01-12", [("1月9日", "2026-01-09", "day"), ("1月10日", "2026-01-10", "day"),
                    ("首日", "2026-01-09", "day")]),
    # traditional Chinese
    ("2月5日，快手在港交所掛牌交易。比如2月4日，富途暗盤高開129%。上市首日，快手市值飆升至1.23萬億港元。",
     "2021-02-08", [("2月5日", "2021-02-05", "day"), ("2月4日", "2021-02-04", "day"),
                    ("首日", "2021-02-05", "day")]),
    ("在3月16日下午百度舉行「文心一言」發布會後，市場熱度持續飆升。截至3月18日上午，企業用戶突破9萬人，首日邀測超60萬人申請。",
     "2023-03-19", [("3月16日", "2023-03-16", "day"), ("3月18日", "2023-03-18", "day"),
                    ("首日", "2023-03-16", "day")]),
    ("小米SU7於3月28日正式交付。3月30日，小米股價上漲逾一成。交付首日，小米交付了一萬輛車。", "2024-04-02",
     [("3月28日", "2024-03-28", "day"), ("3月30日", "2024-03-30", "day"), ("首日", "2024-03-28", "day")]),
    # 首日收盘价 (the first day's closing price) after another day told: the listing's day
    ("7月1日，滴滴在纽交所上市。7月2日，滴滴股价开盘报14.96美元，较首日收盘价低近9%。", "2021-07-04",
     [("7月1日", "2021-07-01", "day"), ("7月2日", "2021-07-02", "day"), ("首日", "2021-07-01", "day")]),
    ("1月8日，智譜在港交所掛牌上市。1月9日，MiniMax接力登場。智譜首日收漲13.17%，報131.5港元。", "2026-01-20",
     [("1月8日", "2026-01-08", "day"), ("1月9日", "2026-01-09", "day"), ("首日", "2026-01-08", "day")]),
    # near misses: no happening told, a listing word before the day, 上市公司, 当天 keep the last day
    ("3月18日，文心一言用户突破百万。首日表现超出市场预期。", "2023-03-19",
     [("3月18日", "2023-03-18", "day"), ("首日", "2023-03-18", "day")]),
    ("投资者对快手上市的热情可从2月4日的暗盘中看出。首日，快手股价大涨。", "2021-02-08",
     [("2月4日", "2021-02-04", "day"), ("首日", "2021-02-04", "day")]),
    ("2月5日，快手挂牌交易。2月6日，一家上市公司宣布增持快手。首日快手市值超过万亿港元。", "2021-02-08",
     [("2月5日", "2021-02-05", "day"), ("2月6日", "2021-02-06", "day"), ("首日", "2021-02-05", "day")]),
    ("2月5日，快手掛牌交易。2月8日，快手股價回落。當天恒指下跌1%。", "2021-02-09",
     [("2月5日", "2021-02-05", "day"), ("2月8日", "2021-02-08", "day"), ("當天", "2021-02-08", "day")]),
    ("2月5日，邮政发行生肖邮票首日封。", "2021-02-08", [("2月5日", "2021-02-05", "day")]),
    # a day opening its sentence tells the listing however many clauses on (zs3011 AF: the gong struck, then the
    # listing); an offering's price announced the evening before tells no sale, so 首日 is not that evening's
    ("10月24日9点30分，余凯走向舞台中央，敲响了开市锣，宣告地平线正式于港交所主板挂牌上市。10月23日晚，地平线已公布"
     "最终发售价及配发结果。上市首日，地平线开盘价报5.12港元。", "2024-10-25",
     [("10月24日", "2024-10-24", "day"), ("10月23日", "2024-10-23", "day"), ("首日", "2024-10-24", "day")]),
    ("1月9日上午，MiniMax创始人闫俊杰走上台，敲响开市锣，MiniMax正式在港交所挂牌。1月8日晚，MiniMax公布最终发售价。"
     "首日收盘，MiniMax股价上涨109%。", "2026-01-10",
     [("1月9日", "2026-01-09", "day"), ("1月8日", "2026-01-08", "day"), ("首日", "2026-01-09", "day")]),
    ("10月24日9點30分，余凱走向舞台中央，敲響了開市鑼，宣告地平線正式於港交所主板掛牌上市。10月23日晚，地平線已公佈"
     "最終發售價及配發結果。上市首日，地平線開盤價報5.12港元。", "2024-10-25",
     [("10月24日", "2024-10-24", "day"), ("10月23日", "2024-10-23", "day"), ("首日", "2024-10-24", "day")]),
    # near misses: the listing told after a later date of the sentence is that date's; a day inside its sentence
    # has only its clause; an offering's price day alone names no happening: 首日 keeps the last day told
    ("10月20日，余凯走向舞台中央，称地平线将于10月24日挂牌上市。10月22日，暗盘交易火爆。首日表现超出预期。",
     "2024-10-25", [("10月20日", "2024-10-20", "day"), ("10月24日", "2024-10-24", "day"),
                    ("10月22日", "2024-10-22", "day"), ("首日", "2024-10-24", "day")]),
    ("10月23日晚，地平線公佈最終發售價及配發結果。首日，地平線開盤價報5.12港元。", "2024-10-25",
     [("10月23日", "2024-10-23", "day"), ("首日", "2024-10-23", "day")]),
    # English: "on its first day (of trading)" is the listing's day, not the last day told
    ("Kuaishou listed in Hong Kong on Feb. 5. Grey-market trading on Feb. 4 had hinted at demand. "
     "On its first day of trading, its value topped HK$1 trillion.", "2021-02-08",
     [("Feb. 5", "2021-02-05", "day"), ("Feb. 4", "2021-02-04", "day"),
      ("its first day of trading", "2021-02-05", "day")]),
    ("MiniMax debuted in Hong Kong on January 9. A day earlier, Zhipu had raised HK$4.3 billion. "
     "The stock closed 109% higher on its first trading day.", "2026-01-12",
     [("January 9", "2026-01-09", "day"), ("A day earlier", "2026-01-08", "day"),
      ("its first trading day", "2026-01-09", "day")]),
    ("Horizon Robotics shares rose on their Hong Kong debut on Thursday, ending at HK$4.10 in the first day "
     "of trade.", "2024-10-26", [("Thursday", "2024-10-24", "day"), ("the first day of trade", "2024-10-24", "day")]),
    # "the first day's closing (opening) price": the listing's day, not the last day told
    ("Didi went public on July 1. Its shares opened at $14.96 on July 2, 9% below the first day's closing price.",
     "2021-07-04", [("July 1", "2021-07-01", "day"), ("July 2", "2021-07-02", "day"),
                    ("the first day", "2021-07-01", "day")]),
    ("Kuaishou listed on Feb. 5. A rival fell 3% on Feb. 8. Kuaishou traded above its first day’s opening price.",
     "2021-02-10", [("Feb. 5", "2021-02-05", "day"), ("Feb. 8", "2021-02-08", "day"),
                    ("its first day", "2021-02-05", "day")]),
    # "SMIC's first day" (a company named owns it) in a sentence telling a price's move: the listing's day, as
    # 智谱首日收涨 is (split AL)
    ("SMIC debuted in Shanghai on Thursday. On Friday, rivals fell. Shares jumped 245% at the opening of SMIC’s "
     "first day on the Star board.", "2020-07-20",
     [("Thursday", "2020-07-16", "day"), ("Friday", "2020-07-17", "day"), ("SMIC’s first day", "2020-07-16", "day")]),
    ("Zhipu listed in Hong Kong on January 8. On January 9, MiniMax followed. Shares closed 13% higher on Zhipu's "
     "first day.", "2026-01-12", [("January 8", "2026-01-08", "day"), ("January 9", "2026-01-09", "day"),
                                  ("Zhipu's first day", "2026-01-08", "day")]),
    ("1月8日，智谱在港交所挂牌上市。1月9日，MiniMax接力登场。智谱首日收涨13.17%。", "2026-01-20",
     [("1月8日", "2026-01-08", "day"), ("1月9日", "2026-01-09", "day"), ("首日", "2026-01-08", "day")]),
    # near misses: a named first day telling no figure, or a first day in office
    ("Zhipu listed on January 8. On Zhipu's first day, its app crashed.", "2026-01-12",
     [("January 8", "2026-01-08", "day")]),
    ("Baidu shares rose 3% on January 8. Analysts praised the change on Li's first day in office.", "2026-01-12",
     [("January 8", "2026-01-08", "day")]),
    # near misses: no day told before; a start long past; a day of an event; a listed company's day; a bare "on its
    # first day"; a first day's other figure, or a person's first day
    ("The stock closed 109% higher on its first day of trading.", "2026-01-12", []),
    ("The stock fell 9% below the first day's closing price.", "2021-07-05", []),
    ("MiniMax debuted on January 9. The stock closed 109% higher on its first day.", "2026-01-12",
     [("January 9", "2026-01-09", "day")]),
    ("MiniMax debuted on January 9. The first day's sign-ups topped a million.", "2026-01-12",
     [("January 9", "2026-01-09", "day")]),
    ("The stock closed higher on January 9. The new chief met investors on his first day.", "2026-01-12",
     [("January 9", "2026-01-09", "day")]),
    ("Didi fell 5% on Friday, its steepest drop since its first day of trading.", "2021-07-05",
     [("Friday", "2021-07-02", "day")]),
    ("Huawei unveiled HarmonyOS on the first day of its developer conference on August 9.", "2019-08-12",
     [("August 9", "2019-08-09", "day")]),
    ("Kuaishou debuted on Feb. 5. On Feb. 8, a Hong Kong-listed rival fell 3%. On its first day of trading, "
     "Kuaishou had soared.", "2021-02-10", [("Feb. 5", "2021-02-05", "day"), ("Feb. 8", "2021-02-08", "day"),
                                            ("its first day of trading", "2021-02-05", "day")]),
    ("Baidu unveiled Ernie Bot at a launch event on March 16. By March 18, 90,000 firms had applied. "
     "The same day, Baidu shares rose 3%.", "2023-03-19",
     [("March 16", "2023-03-16", "day"), ("March 18", "2023-03-18", "day"), ("The same day", "2023-03-18", "day")]),
    ("Xiaomi began deliveries of the SU7 on March 28. Its shares rose on March 29. The next day, Xiaomi said "
     "10,000 cars had been delivered.", "2024-04-02",
     [("March 28", "2024-03-28", "day"), ("March 29", "2024-03-29", "day"), ("The next day", "2024-03-30", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FIRST_DAY_ROWS)
def test_the_first_day_is_the_day_the_listing_or_launch_was_told_on(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize(("sentence", "day", "expected"), [
    ("1月9日，MiniMax正式在港交所挂牌上市。", "1月9日", True),
    ("2 月 5 日上午消息，快手上市首日开盘上涨193%。", "2 月 5 日", True),
    ("华为Mate 60于8月29日在官方商城开售。", "8月29日", True),
    ("截至3月18日上午10点58分，企业用户突破9万人。", "3月18日", False),
    ("投资者对快手上市的热情可从2月4日的暗盘中看出。", "2月4日", False),
    ("2月6日，一家上市公司宣布增持快手。", "2月6日", False),
    # a bracketed aside's comma is no clause break (zs2952 AE: the stock's short name and code between the day
    # and the listing); a comma outside brackets still is
    ("12月17日，沐曦集成电路（股票简称“沐曦股份”，股票代码“688802.SH”）正式在科创板挂牌上市。", "12月17日", True),
    ("12月17日，沐曦集成電路（股票簡稱「沐曦股份」，股票代碼「688802.SH」）正式在科創板掛牌上市。", "12月17日", True),
    ("12月17日，沐曦（股票代码688802）发布公告，称其股东减持，公司已于去年上市。", "12月17日", False),
    # a day opening its sentence tells what the whole sentence tells, up to another date told in it
    ("10月24日9点30分，余凯走向舞台中央，敲响了开市锣，宣告地平线正式挂牌上市。", "10月24日", True),
    ("10月24日9點30分，余凱走向舞台中央，敲響了開市鑼，宣告地平線正式掛牌上市。", "10月24日", True),
    ("10月20日，余凯走向舞台中央，称地平线将于10月24日挂牌上市。", "10月20日", False),
    ("在10月24日上午，余凯走向舞台中央，敲响了开市锣，宣告地平线正式挂牌上市。", "10月24日", True),
    ("余凯在10月24日上午走向港交所舞台中央，敲响开市锣，随后地平线正式挂牌上市。", "10月24日", False),
    ("10月23日晚，地平线公布最终发售价及配发结果。", "10月23日", False),
    # further on than the clause after it, only a happening told as done 正式 (officially) is the day's: not a
    # suspension told aside, nor a rule letting firms list
    ("2025年7月15日，英伟达恢复向中国出口H20芯片，该芯片此前因出口管制而暂停交付。", "2025年7月15日", False),
    ("2018年4月底，港交所宣布，允许尚无盈利的生物科技公司赴港上市。", "2018年4月底", False),
    ("2025年7月15日，輝達恢復向中國出口H20晶片，該晶片此前因出口管制而暫停交付。", "2025年7月15日", False),
    ("On Dec. 17, MetaX (stock code 688802, ticker MetaX) said its board met; it listed last year.", "Dec. 17", False),
    ("Zhipu AI listed first on January 8, with an issue price of HK$116.2.", "January 8", True),
    ("Shares ended 2.8% higher on their Hong Kong debut on Thursday.", "Thursday", True),
    ("On Feb. 8, a Hong Kong-listed rival fell 3%.", "Feb. 8", False),
    ("Grey-market trading on Feb. 4 had hinted at demand.", "Feb. 4", False),
    # an English day opening its sentence tells what the clause after it tells, a bracketed aside's commas
    # included (P en1420), as a Chinese one does; a launch or a release is a happening, as 首发, 上线 are
    ("On August 13, Tencent (HK00700, stock price HK$586) released its Q2 2025 results.", "August 13", True),
    ("On May 6, Xiaomi launched the Xiaomi 15S Pro.", "May 6", True),
    ("On March 28, analysts (at CICC, Citi) praised Xiaomi, which launched the SU7.", "March 28", False),
    ("Tencent's shares rose on August 13, a day after it released its results.", "August 13", False),
])
def test_a_day_names_a_happening_told_in_its_clause_after_it(sentence, day, expected):
    start = sentence.index(day)
    assert names_a_happening(sentence, start, start + len(day)) is expected


# Class: a day word after a word for the happening it is the day of ("上市当天", "开售当日", "发布会当天", "on
# launch day", "on the day of its Hong Kong listing") names that happening's day. It counts from the day the
# article told that happening on, however many days were told since; an article telling none leaves it unread,
# for the date before told another happening (s417's "4月1日，魏建軍表示…。就在小米SU7上市當天" is March 28).
# An English sentence telling no listing or launch on a day ("reviewed … on April 1") leaves such days unread.
NAMED_HAPPENING_DAY_ROWS = [
    # simplified Chinese
    ("3月28日晚，小米SU7正式上市。3月29日，小米股价上涨。上市当天，雷军与多位车企高管同台。", "2024-04-02",
     [("3月28日", "2024-03-28", "day"), ("3月29日", "2024-03-29", "day"), ("当天", "2024-03-28", "day")]),
    ("8月29日，华为Mate 60 Pro在官方商城开售。8月30日，华为概念股上涨。开售当日，该机型一度售罄。", "2023-09-02",
     [("8月29日", "2023-08-29", "day"), ("8月30日", "2023-08-30", "day"), ("当日", "2023-08-29", "day")]),
    ("4月1日，长城汽车董事长魏建军发文点评小米SU7。就在小米SU7上市当天，魏建军现身发布会现场。", "2024-04-02",
     [("4月1日", "2024-04-01", "day")]),
    ("3月20日，百度股价下跌。文心一言发布会当天，李彦宏亲自演示。", "2023-03-21", [("3月20日", "2023-03-20", "day")]),
    # traditional Chinese
    ("1月9日，MiniMax正式登陸港交所。1月10日，港股AI板塊回調。上市當天，MiniMax股價收漲109%。", "2026-01-12",
     [("1月9日", "2026-01-09", "day"), ("1月10日", "2026-01-10", "day"), ("當天", "2026-01-09", "day")]),
    ("4月1日，長城汽車董事長魏建軍發文評價小米SU7。就在小米SU7上市當天，魏建軍現身發布會現場。", "2024-04-02",
     [("4月1日", "2024-04-01", "day")]),
    # near misses: 当天 after no happening word, or after 上市公司, counts from the last day told
    ("2月5日，快手挂牌交易。2月6日，一家上市公司当天宣布增持快手。", "2021-02-08",
     [("2月5日", "2021-02-05", "day"), ("2月6日", "2021-02-06", "day"), ("当天", "2021-02-06", "day")]),
    ("4月1日，長城汽車董事長魏建軍發文。當天，小米股價上漲。", "2024-04-02",
     [("4月1日", "2024-04-01", "day"), ("當天", "2024-04-01", "day")]),
    # English
    ("Great Wall's chairman reviewed the Xiaomi SU7 on April 1. On launch day, he had turned up at the event.",
     "2024-04-02", [("April 1", "2024-04-01", "day")]),
    ("Alibaba's shares rose on Nov. 27. On the day of its Hong Kong listing, they had opened 6% higher.",
     "2019-11-28", [("Nov. 27", "2019-11-27", "day")]),
    ("Xiaomi's shares fell on March 29. On the SU7's launch day, 50,000 orders came in.", "2024-04-02",
     [("March 29", "2024-03-29", "day")]),
    ("On August 13, Tencent released its Q2 2025 results. On the earnings release day, its shares rose 4.7%.",
     "2025-08-14", [("August 13", "2025-08-13", "day"), ("Q2 2025", "2025-04-01", "quarter"),
                    ("On the earnings release day", "2025-08-13", "day")]),
    ("On March 28, Xiaomi (HK: 1810) launched the SU7. Its shares fell on March 29. On launch day, 50,000 orders "
     "came in.", "2024-04-02", [("March 28", "2024-03-28", "day"), ("March 29", "2024-03-29", "day"),
                                ("On launch day", "2024-03-28", "day")]),
    ("On March 28, analysts (at CICC, Citi) praised Xiaomi. On launch day, 50,000 orders came in.", "2024-04-02",
     [("March 28", "2024-03-28", "day")]),
    ("Xiaomi's shares fell on March 29. That day, 50,000 orders came in.", "2024-04-02",
     [("March 29", "2024-03-29", "day"), ("That day", "2024-03-29", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), NAMED_HAPPENING_DAY_ROWS)
def test_a_day_named_by_its_happening_is_that_happenings_day_or_none(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
