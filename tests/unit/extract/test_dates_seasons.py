"""dates_seasons: a season is the smallest period holding all its months (lib/rules/seasons.csv; the settled
convention of tests/data/realnews/README.md): spring the first half, summer the year, autumn or fall the second
half. English seasons with their year, directed ("this summer") or definite ("in the spring"); Chinese seasons
with their year (明年春天, 今年秋天). A season alone in Chinese, one in a named event's name or one that recurs
is no date.

Class (splits C, G, K, M, N, P: "read wrong alone", "date words not read"): seasons read as a quarter, or
not at all when no year stood beside them.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_seasons import read_season_dates
from lib.extract.dates_spec import InYear, half_part
from lib.parse.script import to_simplified
from lib.rules.dates import parse_seasons
from lib.rules.rule_file import RuleWarning
from tests.date_readings import found_dates, reads_as

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WeRide rides will launch from summer 2025, pending approval.", [("summer 2025", "2025-01-01", "year")]),
        ("Xiaomi plans to ship the car in the spring of 2026.", [("spring of 2026", "2026-01-01", "half")]),
        ("Baidu will open the office later this summer.", [("later this summer", "2025-01-01", "year")]),
        ("Summer 2024 was quiet for Alibaba.", [("Summer 2024", "2024-01-01", "year")]),
        ("小米计划明年春天发布新车。", [("明年春天", "2026-01-01", "half")]),
        ("小米計劃2026年夏季推出新車。", [("2026年夏季", "2026-01-01", "year")]),
        # near misses: no year with the season, or a festival's name
        ("Alibaba hires graduates every summer.", []),
        # (the year after the festival's English name is its year: test_dates_festivals, split O)
        ("Tencent ran ads during the Spring Festival 2025 gala.", [("Spring Festival 2025", "2025-01-29", "day")]),
        ("美团每年夏天推出外卖优惠。", []),
        ("美團每年春季推出外賣優惠。", []),
    ],
)
def test_a_season_with_its_year_is_the_period_holding_it(text, expected):
    assert found_dates(text, PUBLISHED) == expected


SEASON_ROWS = [
    # English: with a year, directed, definite.
    ("Huawei unveiled the Mate 40 series in the 2020 autumn event.", "2023-09-12",
     [("2020 autumn", "2020-07-01", "half")]),
    ("Megvii filed for an IPO this summer in Hong Kong.", "2019-10-08", [("this summer", "2019-01-01", "year")]),
    ("The buyback is expected to be launched in the autumn.", "2025-08-28", [("the autumn", "2025-07-01", "half")]),
    ("Meituan's discount campaign launched in the spring has lifted orders.", "2023-08-29",
     [("the spring", "2023-01-01", "half")]),
    ("As we move into the summer months, Bilibili expects more users.", "2019-08-26",
     [("the summer months", "2019-01-01", "year")]),
    ("Nio will start deliveries in the fall of 2025.", "2025-03-12", [("fall of 2025", "2025-07-01", "half")]),
    ("Xpeng plans to open the plant next spring.", "2025-09-01", [("next spring", "2026-01-01", "half")]),
    # near misses: a name, a habit, "fall" the verb or the drop, a season of something else
    ("Huawei routinely holds a major launch event in the autumn.", "2023-09-12", []),
    ("Alibaba's shares fall 2025 points short, traders said.", "2025-03-12", []),
    ("Nio blamed supply chains for the fall in October deliveries.", "2021-11-01",
     [("October", "2021-10-01", "month")]),
    ("The Summer Olympics drew record viewers on Tencent Video.", "2024-08-12", []),
    ("Baidu ran ads during the Spring Festival Gala.", "2024-08-12", []),
    ("Evergrande's troubles came in the fall of the property market.", "2024-08-12", []),
    # Simplified Chinese.
    ("余承东表示，我们本来准备明年春天发，现在提前到今年秋天发。", "2019-08-09",
     [("明年春天", "2020-01-01", "half"), ("今年秋天", "2019-07-01", "half")]),
    ("小米计划2026年春季推出新车。", "2025-11-20", [("2026年春季", "2026-01-01", "half")]),
    ("比亚迪今年夏天在欧洲开设新工厂。", "2025-09-01", [("今年夏天", "2025-01-01", "year")]),
    ("华为去年秋季发布了Mate 60。", "2024-03-01", [("去年秋季", "2023-07-01", "half")]),
    # near misses: a named event's season, a season alone, a recurring one
    ("在5月15日的火山引擎春季Force原动力大会上，字节跳动发布了豆包大模型。", "2024-05-15",
     [("5月15日", "2024-05-15", "day")]),
    ("华为25日在深圳举行秋季全场景新品发布会。", "2023-09-26", [("25日", "2023-09-25", "day")]),
    ("王兴兴在2025夏季达沃斯期间透露，宇树去年营收超过10亿元。", "2025-07-20",
     [("2025", "2025-01-01", "year"), ("去年", "2024-01-01", "year")]),
    ("美团每年春季推出外卖优惠。", "2025-03-12", []),
    ("华为通常在今年秋天前后发布新机。", "2025-03-12", [("今年", "2025-01-01", "year")]),
    # Traditional Chinese.
    ("餘承東表示，我們本來準備明年春天發，現在提前到今年秋天發。", "2019-08-09",
     [("明年春天", "2020-01-01", "half"), ("今年秋天", "2019-07-01", "half")]),
    ("小米計劃2026年春季推出新車。", "2025-11-20", [("2026年春季", "2026-01-01", "half")]),
    ("比亞迪今年夏天在歐洲開設新工廠。", "2025-09-01", [("今年夏天", "2025-01-01", "year")]),
    # near misses
    ("華為25日在深圳舉行秋季全場景新品發布會。", "2023-09-26", [("25日", "2023-09-25", "day")]),
    ("Apple公司昨日舉行春季發布會。", "2019-03-26", [("昨日", "2019-03-25", "day")]),
    ("美團每年秋季推出外賣優惠。", "2025-03-12", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), SEASON_ROWS)
def test_a_season_is_the_smallest_period_holding_it(text, published, expected):
    assert found_dates(to_simplified(text), published) == [(to_simplified(t), s, p) for t, s, p in expected]


def test_the_reader_reads_the_season_of_the_rule_file():
    assert reads_as(read_season_dates, "It opens next spring.", "next spring", InYear(half_part(1), offset=1))
    assert reads_as(read_season_dates, "夏天到了。", None, None)


def test_season_rows_name_a_kind():
    warnings: list[RuleWarning] = []
    rows = parse_seasons("kind,word\nyear,Summer\nquarter,winter\nname_after,launch  event\n", warnings)
    assert rows == [("year", "summer"), ("name_after", "launch event")]
    assert [warning.line for warning in warnings] == [3]


# Class (splits AG, AH, AI: "date words not read"): a season alone is a date where its words place something in it,
# as "in the summer" is: an English season before the noun it dates ("their summer peak", AG en3145; "summer holiday
# demand", AI en3313), a Chinese one after 在/于 (AI zt3364 "其後員工在夏季報告") or before a launch verb (AH zt3253
# "秋天問世的Mate 40系列"). Not a season counted ("last summer"), of something ("the dog days of summer"), recurring
# (每年) or in a name (夏季达沃斯, 春季发布会), nor an English season before an event dated otherwise.
# Split AJ: a Chinese season before the noun it dates ("較夏天旺季下降", zt3431) or after 这个 ("這個夏天", zt3469).
SEASON_ALONE_ROWS = [
    ("Industry subsidies decreased from their summer peak, and Meituan saw a rebound.", "2025-11-28",
     [("summer", "2025-01-01", "year")]),
    ("Trip.com said the rebound was driven by summer holiday demand.", "2025-11-19",
     [("summer", "2025-01-01", "year")]),
    ("Xiaomi's autumn sales lifted its phone shipments.", "2025-11-19", [("autumn", "2025-07-01", "half")]),
    ("特斯拉员工在夏季报告机械人手部出现功能问题。", "2025-10-09", [("夏季", "2025-01-01", "year")]),
    ("特斯拉員工在夏季報告機械人手部出現功能問題。", "2025-10-09", [("夏季", "2025-01-01", "year")]),
    ("余承东证实，秋天问世的Mate 40系列可能是绝版。", "2020-08-08", [("秋天", "2020-07-01", "half")]),
    ("余承東證實，秋天問世的Mate 40系列可能是絕版。", "2020-08-08", [("秋天", "2020-07-01", "half")]),
    ("小米于春季推出新款平板。", "2025-06-01", [("春季", "2025-01-01", "half")]),
    # AJ zt3431, zt3469: a Chinese season before a noun it dates, or after 这个 ("this summer").
    ("美团指行业补贴力度较夏天旺季下降。", "2025-11-28", [("夏天", "2025-01-01", "year")]),
    ("美團指行業補貼力度較夏天旺季下降。", "2025-11-28", [("夏天", "2025-01-01", "year")]),
    ("携程称秋季高峰的订单增长两成。", "2025-11-19", [("秋季", "2025-07-01", "half")]),
    ("这个夏天，LABUBU成了顶流，泡泡玛特交出高增长业绩。", "2025-08-20", [("这个夏天", "2025-01-01", "year")]),
    ("這個夏天，LABUBU成了頂流，泡泡瑪特交出高增長業績。", "2025-08-20", [("這個夏天", "2025-01-01", "year")]),
    # near misses
    ("美团的订单量高于上个夏天旺季。", "2025-11-28", []),
    ("美團的訂單量高於上個夏天旺季。", "2025-11-28", []),
    ("阿里每个夏天高峰都会扩容。", "2025-11-28", []),
    ("阿里每個夏天高峰都會擴容。", "2025-11-28", []),
    ("Meituan's sales beat last summer peak.", "2025-11-28", []),
    ("Alibaba's sales rise every summer holiday.", "2025-11-28", []),
    ("The AI industry is like the dog days of summer, the heat keeps rising.", "2025-07-17", []),
    ("At its autumn launch event last year, Huawei unveiled the Mate 50.", "2023-09-14",
     [("last year", "2022-01-01", "year")]),
    ("王兴兴在夏季达沃斯期间透露，宇树营收超过10亿元。", "2025-07-20", []),
    ("王興興在夏季達沃斯期間透露，宇樹營收超過10億元。", "2025-07-20", []),
    ("美团每年在夏季推出外卖优惠。", "2025-03-12", []),
    ("百川智能的会议室让人感觉仿佛仍身处夏天。", "2023-10-18", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), SEASON_ALONE_ROWS)
def test_a_season_alone_that_places_something_is_a_date(text, published, expected):
    assert found_dates(to_simplified(text), published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (split S zs1705 "36氪获悉,在小米春季新品发布会上,…雷军宣布小米正式进军智能电动汽车行业", annotated as the
# first half of 2021): a season in a launch event's name is the season the event is held in, a date when its
# sentence dates the event no other way, as the settled convention on seasons says (tests/data/realnews/README.md);
# when the sentence dates it otherwise ("25日舉行秋季全場景新品發布會", M zt1104; "昨日(25日)舉行春季發布會", M zt1101;
# "昨晚(30日)召開第二場春季發布會", AC zt2716; "華為秋季全場景新品發布會25日舉辦", G zt505) the season is part of the
# name only, as a title's year is (《2019抖音数据报告》). Not a season counted or with its year, nor every year's event.
SEASON_OF_AN_EVENT_ROWS = [
    ("在小米春季新品发布会上，雷军宣布小米正式进军智能电动汽车行业。", "2021-03-30", [("春季", "2021-01-01", "half")]),
    ("在小米春季新品發布會上，雷軍宣布小米正式進軍智能電動汽車行業。", "2021-03-30", [("春季", "2021-01-01", "half")]),
    ("小米在春季发布会上宣布造车。", "2021-03-31", [("春季", "2021-01-01", "half")]),
    ("華為在秋季全場景新品發布會上推出七款新品。", "2023-09-26", [("秋季", "2023-07-01", "half")]),
    ("苹果在秋季新品发表会上发布iPhone 15。", "2023-09-26", [("秋季", "2023-07-01", "half")]),
    # near misses: the sentence dates the event otherwise; every year's event; a season counted or with its year
    ("華為25日在深圳舉行秋季全場景新品發布會。", "2023-09-26", [("25日", "2023-09-25", "day")]),
    ("华为秋季全场景新品发布会25日举办。", "2023-09-26", [("25日", "2023-09-25", "day")]),
    ("小米昨晚(30日)召開第二場春季發布會，發布了MIX FOLD。", "2021-03-31",
     [("昨晚(30日)", "2021-03-30", "day")]),
    ("苹果每年秋季发布会都会推出新iPhone。", "2023-09-26", []),
    ("小米今年的春季发布会推出了新平板。", "2023-09-26", [("今年", "2023-01-01", "year")]),
    ("王兴兴在2025夏季达沃斯峰会期间透露，该公司去年的营收额超过10亿元。", "2025-07-20",
     [("去年", "2024-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SEASON_OF_AN_EVENT_ROWS)
def test_a_season_in_a_launch_events_name_dates_it_when_nothing_else_does(text, published, expected):
    assert found_dates(to_simplified(text), published) == [(to_simplified(t), s, p) for t, s, p in expected]
