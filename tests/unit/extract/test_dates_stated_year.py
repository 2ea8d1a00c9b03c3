"""A year-less date takes the year its sentence states, unless that year is only compared with or opens
a span up to now; beside a stated month or day it is the nearest such date, not one past publication."""

from datetime import date

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import load_rules

FUTURE_CUES = cue_patterns(load_rules().future_cues)


def _read(text: str, published: date) -> list[tuple[str, str]]:
    found = find_dates(to_simplified(text), Period(published, "day"), FUTURE_CUES)
    return [(text[m.start:m.end], m.period.start.isoformat()) for m in found]


# Class: a year named as what is compared with ("compared to 2018", "than in 2018", 较2018年, 与2018年相比)
# is not the sentence's year; the year-less date keeps the publication's reading.
COMPARED_ROWS = [
    ("JD's orders rose 40% compared with 2023 and hit a record in June.", date(2025, 8, 28),
     [("2023", "2023-01-01"), ("June", "2025-06-01")]),
    ("Meituan delivered more meals than in 2022, peaking in July.", date(2025, 8, 28),
     [("2022", "2022-01-01"), ("July", "2025-07-01")]),
    ("京东订单较2023年增长四成，6月创下新高。", date(2025, 8, 28), [("2023年", "2023-01-01"), ("6月", "2025-06-01")]),
    ("与2023年相比，美团7月的订单翻了一番。", date(2025, 8, 28), [("2023年", "2023-01-01"), ("7月", "2025-07-01")]),
    ("京東訂單較2023年增長四成，6月創下新高。", date(2025, 8, 28), [("2023年", "2023-01-01"), ("6月", "2025-06-01")]),
    ("與2023年相比，美團7月的訂單翻了一番。", date(2025, 8, 28), [("2023年", "2023-01-01"), ("7月", "2025-07-01")]),
    # near-misses: a year told of, not compared with, still gives its year
    ("JD's orders rose 40% in 2023 and hit a record in June.", date(2025, 8, 28),
     [("2023", "2023-01-01"), ("June", "2023-06-01")]),
    ("京东2023年订单增长四成，6月创下新高。", date(2025, 8, 28), [("2023年", "2023-01-01"), ("6月", "2023-06-01")]),
    ("京東2023年訂單增長四成，6月創下新高。", date(2025, 8, 28), [("2023年", "2023-01-01"), ("6月", "2023-06-01")]),
]

# Class (AP en4055 "had 961 robotaxis in operation, up from 270 at the end of 2024 and 726 in late October",
# published in November 2025, read October 2024): a year told as the date of the earlier figure a comparison sets
# against ("up from 270 at the end of 2024", "compared with $3bn in 2023") is the figure's, not the sentence's,
# as "compared with 2023" is. Chinese tells the date right after its comparison word (较2024年底的270辆, 高于…).
# Near-misses: a span the figure opens ("from 13.8% in … 2019 to …") and a year told of keep their year.
COMPARED_FIGURE_ROWS = [
    ("Pony.ai had 961 robotaxis, up from 270 at the end of 2024 and 726 in late October.", date(2025, 11, 27),
     [("the end of 2024", "2024-10-01"), ("late October", "2025-10-01")]),
    ("Xiaomi shipped 42 million phones, compared with 38 million in 2024, and opened 300 stores in July.",
     date(2025, 10, 20), [("2024", "2024-01-01"), ("July", "2025-07-01")]),
    ("BYD's overseas sales hit 80,000, down from 90,000 for the fourth quarter of 2024, before a rebound in "
     "March.", date(2025, 5, 20), [("the fourth quarter of 2024", "2024-10-01"), ("March", "2025-03-01")]),
    ("小马智行共有961辆Robotaxi，高于2024年底的270辆和10月下旬的726辆。", date(2025, 11, 27),
     [("2024年底", "2024-10-01"), ("10月下旬", "2025-10-01")]),
    ("小馬智行共有961輛Robotaxi，較2024年底的270輛和10月下旬的726輛大增。", date(2025, 11, 27),
     [("2024年底", "2024-10-01"), ("10月下旬", "2025-10-01")]),
    # near-misses
    ("Margins rose from 13.8% in the first quarter of 2019 to 19.8% in the fourth quarter.", date(2025, 11, 27),
     [("the first quarter of 2019", "2019-01-01"), ("the fourth quarter", "2019-10-01")]),
    ("Pony.ai's fleet grew to 270 at the end of 2024 and it opened a hub in October.", date(2025, 11, 27),
     [("the end of 2024", "2024-10-01"), ("October", "2024-10-01")]),
]

# Class: a date opening a span that runs up to now ("since … in August 2022", 自2022年…以来) is not the
# sentence's year: the statement dated after it is of the publication's year.
SINCE_ROWS = [
    ("Pony.ai's fleet has doubled since it started service in May 2023, a July 8 filing showed.",
     date(2025, 8, 28), [("May 2023", "2023-05-01"), ("July 8", "2025-07-08")]),
    ("自2023年5月开通服务以来，小马智行车队规模翻倍，公司7月8日披露。", date(2025, 8, 28),
     [("2023年5月", "2023-05-01"), ("7月8日", "2025-07-08")]),
    ("自2023年起，百度的订单逐年增长，8月创下新高。", date(2025, 8, 28),
     [("2023年", "2023-01-01"), ("8月", "2025-08-01")]),
    ("自2023年5月開通服務以來，小馬智行車隊規模翻倍，公司7月8日披露。", date(2025, 8, 28),
     [("2023年5月", "2023-05-01"), ("7月8日", "2025-07-08")]),
    # near-misses: the year a thing happened in still gives its year
    ("Pony.ai started service in May 2023 and added 100 cars on July 8.", date(2025, 8, 28),
     [("May 2023", "2023-05-01"), ("July 8", "2023-07-08")]),
    ("小马智行2023年5月开通服务，7月8日新增100辆车。", date(2025, 8, 28),
     [("2023年5月", "2023-05-01"), ("7月8日", "2023-07-08")]),
    ("來自2023年的訂單，7月增長。", date(2025, 8, 28), [("2023年", "2023-01-01"), ("7月", "2025-07-01")]),
]

# Class: beside a stated month or day, a year-less date is the nearest such date, never one past
# publication that nothing puts ahead ("截至2026年1月初…较12月中旬" is the December just before).
BESIDE_ROWS = [
    ("As of early January 2026, Kling topped the charts, its revenue up 150% from mid-December.",
     date(2026, 1, 9), [("early January 2026", "2026-01-01"), ("mid-December", "2025-12-01")]),
    ("截至2026年1月初，可灵登顶榜单，日流水较12月中旬暴涨150%。", date(2026, 1, 9),
     [("2026年1月初", "2026-01-01"), ("12月中旬", "2025-12-01")]),
    ("截至2026年1月初，可靈登頂榜單，日流水較12月中旬暴漲150%。", date(2026, 1, 9),
     [("2026年1月初", "2026-01-01"), ("12月中旬", "2025-12-01")]),
    ("小米2025年12月推出新机，1月销量翻倍。", date(2026, 2, 9), [("2025年12月", "2025-12-01"), ("1月", "2026-01-01")]),
    ("小米2025年12月推出新機，1月銷量翻倍。", date(2026, 2, 9), [("2025年12月", "2025-12-01"), ("1月", "2026-01-01")]),
    ("Xiaomi launched the phone in December 2025 and sales doubled in January.", date(2026, 2, 9),
     [("December 2025", "2025-12-01"), ("January", "2026-01-01")]),
    # near-misses: the month after a stated month stays in its year; a stated whole year keeps its year
    ("小米SU7于2024年3月28日正式发布，4月开始交付。", date(2026, 1, 7),
     [("2024年3月28日", "2024-03-28"), ("4月", "2024-04-01")]),
    ("小米SU7於2024年3月28日正式發佈，4月開始交付。", date(2026, 1, 7),
     [("2024年3月28日", "2024-03-28"), ("4月", "2024-04-01")]),
    ("Xiaomi unveiled the SU7 on March 28, 2024 and began deliveries in April.", date(2026, 1, 7),
     [("March 28, 2024", "2024-03-28"), ("April", "2024-04-01")]),
    ("今年，小米在12月推出新车。", date(2026, 1, 9), [("今年", "2026-01-01"), ("12月", "2026-12-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         COMPARED_ROWS + COMPARED_FIGURE_ROWS + SINCE_ROWS + BESIDE_ROWS)
def test_a_year_less_date_takes_the_year_its_sentence_tells_of(text, published, expected):
    assert _read(text, published) == expected


# Class: a schedule told from a day the text states just before (in the sentence, or as the last date of
# the sentence before: a photo caption) is ahead of that day, when it had come by publication.
# (sentence, published, the last date of the sentence before, expected)
SCHEDULE_ROWS = [
    ("On Aug. 16, 2024, Meituan said it is scheduled to report results on Aug. 23.", date(2024, 11, 18), None,
     [("Aug. 16, 2024", "2024-08-16"), ("Aug. 23", "2024-08-23")]),
    ("2024年8月16日，美团表示将于8月23日发布业绩。", date(2024, 11, 18), None,
     [("2024年8月16日", "2024-08-16"), ("8月23日", "2024-08-23")]),
    ("2024年8月16日，美團表示將於8月23日發佈業績。", date(2024, 11, 18), None,
     [("2024年8月16日", "2024-08-16"), ("8月23日", "2024-08-23")]),
    ("Meituan is scheduled to report results on Aug. 23.", date(2024, 11, 18), date(2024, 8, 16),
     [("Aug. 23", "2024-08-23")]),
    ("美团将于8月23日发布业绩。", date(2024, 11, 18), date(2024, 8, 16), [("8月23日", "2024-08-23")]),
    ("美團將於8月23日發佈業績。", date(2024, 11, 18), date(2024, 8, 16), [("8月23日", "2024-08-23")]),
    # near-misses: no day told before; one more than a month before the schedule; a schedule still ahead
    ("Meituan is scheduled to report results on Aug. 23.", date(2024, 11, 18), None, [("Aug. 23", "2025-08-23")]),
    ("美团将于8月23日发布业绩。", date(2024, 11, 18), None, [("8月23日", "2025-08-23")]),
    ("On June 3, 2024, Meituan said it will open a store on Aug. 23.", date(2024, 11, 18), None,
     [("June 3, 2024", "2024-06-03"), ("Aug. 23", "2025-08-23")]),
    ("2024年11月10日，美團表示將於11月21日發佈業績。", date(2024, 11, 18), None,
     [("2024年11月10日", "2024-11-10"), ("11月21日", "2024-11-21")]),
]


@pytest.mark.parametrize(("text", "published", "told", "expected"), SCHEDULE_ROWS)
def test_a_schedule_is_ahead_of_the_day_it_is_told_from(text, published, told, expected):
    found = find_dates(to_simplified(text), Period(published, "day"), FUTURE_CUES,
                       previous_sentence_date=Period(told, "day") if told else None)
    assert [(text[m.start:m.end], m.period.start.isoformat()) for m in found] == expected


# Class: a plan told as a series runs forward from the date its cue put ahead. A year-less date after it in
# the sentence, later in that year and not told as past, is in that year too, not the one before publication.
SERIES_ROWS = [
    ("Xiaomi will begin deliveries in April, open ten cities in May and go nationwide in August.",
     date(2024, 3, 29), [("April", "2024-04-01"), ("May", "2024-05-01"), ("August", "2024-08-01")]),
    ("Baidu will make Ernie free from April 1 and open-source Ernie 4.5 on June 30.", date(2025, 3, 18),
     [("April 1", "2025-04-01"), ("June 30", "2025-06-30")]),
    ("小米智驾计划于4月开启用户内测，5月开通10座城市，8月在全国开通。", date(2024, 3, 29),
     [("4月", "2024-04-01"), ("5月", "2024-05-01"), ("8月", "2024-08-01")]),
    ("百度4月1日起全面免费开放文心一言，6月30日正式开源4.5版本。", date(2025, 3, 18),
     [("4月1日", "2025-04-01"), ("6月30日", "2025-06-30")]),
    ("小米智駕計劃於4月開啟用戶內測，5月開通10座城市，8月在全國開通。", date(2024, 3, 29),
     [("4月", "2024-04-01"), ("5月", "2024-05-01"), ("8月", "2024-08-01")]),
    ("百度4月1日起全面免費開放文心一言，6月30日正式開源4.5版本。", date(2025, 3, 18),
     [("4月1日", "2025-04-01"), ("6月30日", "2025-06-30")]),
    # near-misses: a date earlier in the year than the plan's, one told as past, one after a stated year
    ("小米将于4月开始交付，2月完成的测试显示续航达标。", date(2024, 3, 29),
     [("4月", "2024-04-01"), ("2月", "2024-02-01")]),
    ("小米將於4月開始交付，2月完成的測試顯示續航達標。", date(2024, 3, 29),
     [("4月", "2024-04-01"), ("2月", "2024-02-01")]),
    ("Xiaomi will begin deliveries in April; a prototype was shown in August.", date(2024, 3, 29),
     [("April", "2024-04-01"), ("August", "2023-08-01")]),
    ("小米将于4月开始交付，8月曾公布了原型车。", date(2024, 3, 29), [("4月", "2024-04-01"), ("8月", "2023-08-01")]),
    ("小米將於4月開始交付，8月曾公佈了原型車。", date(2024, 3, 29), [("4月", "2024-04-01"), ("8月", "2023-08-01")]),
    ("Xiaomi will begin deliveries in April, after a 2023 debut in August.", date(2024, 3, 29),
     [("April", "2024-04-01"), ("2023", "2023-01-01"), ("August", "2023-08-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SERIES_ROWS)
def test_a_plan_told_as_a_series_runs_forward_in_its_year(text, published, expected):
    assert _read(text, published) == expected


# Class: a plan's series opened by a date whose year is stated or counted ("the first three months of next
# year", "明年一季度", "2026年第一季") runs forward from it as from a year-less date put ahead: "followed by another
# in the fourth quarter", "四季度再推出另一款" are that year's fourth quarter, not the last one closed before
# publication (en1416). A later part told as past, or a series opened by a date before publication, stays.
STATED_SERIES_ROWS = [
    ("Huawei plans to release the first of the new chips in the first three months of next year, followed by "
     "another in the fourth quarter.", date(2025, 9, 18),
     [("the first three months of next year", "2026-01-01"), ("the fourth quarter", "2026-10-01")]),
    ("Huawei will release the Ascend 950PR in the first quarter of 2026 and the 950DT in the fourth quarter.",
     date(2025, 9, 18), [("the first quarter of 2026", "2026-01-01"), ("the fourth quarter", "2026-10-01")]),
    ("华为计划明年一季度推出首款芯片，四季度再推出另一款。", date(2025, 9, 18),
     [("明年一季度", "2026-01-01"), ("四季度", "2026-10-01")]),
    ("華為計劃明年第一季推出首款晶片，第四季再推出另一款。", date(2025, 9, 18),
     [("明年第一季", "2026-01-01"), ("第四季", "2026-10-01")]),
    ("华为计划2026年一季度推出950PR，四季度推出950DT。", date(2025, 9, 18),
     [("2026年一季度", "2026-01-01"), ("四季度", "2026-10-01")]),
    ("華為計劃2026年第一季推出950PR，第四季推出950DT。", date(2025, 9, 18),
     [("2026年第一季", "2026-01-01"), ("第四季", "2026-10-01")]),
    # near misses: a later part told as past; a series opened by a date before publication
    ("Huawei plans to release a chip in the first quarter of next year; it sold 100,000 units in the second "
     "quarter.", date(2025, 9, 18),
     [("the first quarter of next year", "2026-01-01"), ("the second quarter", "2025-04-01")]),
    ("华为计划明年一季度推出新芯片，二季度已售出10万颗。", date(2025, 9, 18),
     [("明年一季度", "2026-01-01"), ("二季度", "2025-04-01")]),
    ("華為計劃明年第一季推出新晶片，第二季已售出10萬顆。", date(2025, 9, 18),
     [("明年第一季", "2026-01-01"), ("第二季", "2025-04-01")]),
    ("Tencent launched its model in May 2024, followed by Alibaba in October.", date(2025, 9, 18),
     [("May 2024", "2024-05-01"), ("October", "2024-10-01")]),
    ("腾讯2024年5月发布模型，阿里10月跟进。", date(2025, 9, 18), [("2024年5月", "2024-05-01"), ("10月", "2024-10-01")]),
    ("騰訊2024年5月發布模型，阿里10月跟進。", date(2025, 9, 18), [("2024年5月", "2024-05-01"), ("10月", "2024-10-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), STATED_SERIES_ROWS)
def test_a_plan_series_opened_by_a_stated_or_counted_year_runs_forward_in_it(text, published, expected):
    assert _read(text, published) == expected


# Class: "the year" without "this" ("the start of the year", "the end of the year", 年初, 年底, 年内) is the
# year its sentence states before it; with none stated it is publication's, and a plan's (a future word
# governs it) is publication's whatever year was told before.
OF_THE_YEAR_ROWS = [
    ("SMIC's revenue for 2023 was 6.3 billion dollars, in line with the guidance given at the start of the "
     "year.", date(2024, 2, 7), [("2023", "2023-01-01"), ("the start of the year", "2023-01-01")]),
    ("Xiaomi delivered 410,000 cars last year, and deliveries hit a record at the end of the year.",
     date(2024, 2, 7), [("last year", "2023-01-01"), ("the end of the year", "2023-10-01")]),
    ("去年全年收入63.2亿美元，基本符合年初的指引。", date(2024, 2, 7),
     [("去年", "2023-01-01"), ("年初", "2023-01-01")]),
    ("小米汽车去年交付量突破41万辆，超越年内上调至35万辆的目标。", date(2026, 1, 4),
     [("去年", "2025-01-01"), ("年内", "2025-01-01")]),
    ("2023年小米手机出货量回升，年底重回全球前三。", date(2024, 2, 7),
     [("2023年", "2023-01-01"), ("年底", "2023-10-01")]),
    ("去年全年收入63.2億美元，基本符合年初的指引。", date(2024, 2, 7),
     [("去年", "2023-01-01"), ("年初", "2023-01-01")]),
    ("小米汽車去年交付量突破41萬輛，超越年內上調至35萬輛的目標。", date(2026, 1, 4),
     [("去年", "2025-01-01"), ("年內", "2025-01-01")]),
    ("2023年小米手機出貨量回升，年底重回全球前三。", date(2024, 2, 7),
     [("2023年", "2023-01-01"), ("年底", "2023-10-01")]),
    # near-misses: no year stated before; "this year"; a plan's year-end; the year stated after it
    # (told as past with no year stated, the year-end is the one passed, not the coming one: dates_placed_ahead)
    ("Deliveries hit a record at the end of the year.", date(2024, 2, 7), [("the end of the year", "2023-10-01")]),
    ("Revenue rose 20% last year, and the company expects to break even by the end of the year.",
     date(2024, 2, 7), [("last year", "2023-01-01"), ("the end of the year", "2024-10-01")]),
    ("Revenue rose in 2023 and will rise again by the end of the current year.", date(2024, 2, 7),
     [("2023", "2023-01-01"), ("the end of the current year", "2024-10-01")]),
    ("去年营收增长两成，公司预计年底前扭亏。", date(2024, 2, 7), [("去年", "2023-01-01"), ("年底", "2024-10-01")]),
    ("去年營收增長兩成，公司預計年底前扭虧。", date(2024, 2, 7), [("去年", "2023-01-01"), ("年底", "2024-10-01")]),
    ("年初，字节跳动调整组织架构，2023年的团队随之合并。", date(2024, 2, 7),
     [("年初", "2024-01-01"), ("2023年", "2023-01-01")]),
    ("2023年營收增長，今年底前完成整改。", date(2024, 2, 7), [("2023年", "2023-01-01"), ("今年底", "2024-10-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), OF_THE_YEAR_ROWS)
def test_the_year_is_the_year_its_sentence_states(text, published, expected):
    assert _read(text, published) == expected


# Class: a span a stated date opens ("from 13.8% in the first quarter of 2019 to 19.8% in the fourth quarter",
# 从2019年一季度的13.8%一路攀升至四季度的19.8%) ends on or after its start: the year-less end is the fourth
# quarter of 2019, not the one of 2018 that lies nearest the first quarter. Near-misses: with no span the
# nearest still holds (a comparison with the December before), and a span closing on a stated year is untouched.
SPAN_ROWS = [
    ("Gross margin climbed from 13.8% in the first quarter of 2019 to 19.8% in the fourth quarter.",
     date(2020, 3, 20), [("the first quarter of 2019", "2019-01-01"), ("the fourth quarter", "2019-10-01")]),
    ("Monthly users grew from 98 million in March 2019 to 130 million in December.", date(2020, 3, 20),
     [("March 2019", "2019-03-01"), ("December", "2019-12-01")]),
    ("同时毛利率持续上升，从2019年一季度的13.8%一路攀升至四季度的19.8%。", date(2020, 3, 20),
     [("2019年一季度", "2019-01-01"), ("四季度", "2019-10-01")]),
    ("月活用户从2019年3月的9800万增至12月的1.3亿。", date(2020, 3, 20),
     [("2019年3月", "2019-03-01"), ("12月", "2019-12-01")]),
    ("毛利率從2019年第一季的13.8%升至第四季的19.8%。", date(2020, 3, 20),
     [("2019年第一季", "2019-01-01"), ("第四季", "2019-10-01")]),
    ("月活用戶從2019年3月的9800萬增至12月的1.3億。", date(2020, 3, 20),
     [("2019年3月", "2019-03-01"), ("12月", "2019-12-01")]),
    # near-misses: no span, the nearest; a comparison with the month before
    ("截至2026年1月初，比特币价格较12月中旬暴涨。", date(2026, 1, 20),
     [("2026年1月初", "2026-01-01"), ("12月中旬", "2025-12-01")]),
    ("截至2026年1月初，比特幣價格較12月中旬暴漲。", date(2026, 1, 20),
     [("2026年1月初", "2026-01-01"), ("12月中旬", "2025-12-01")]),
    ("As of early January 2026, the price was up sharply from mid-December.", date(2026, 1, 20),
     [("early January 2026", "2026-01-01"), ("mid-December", "2025-12-01")]),
]


# Class: a story told on from a stated month or day ("Founded in March 2023, … first made waves in October",
# 2023年3月成立，10月推出Kimi) goes forward: the year-less date after it is the next such date on, not the one
# before that lies nearer (October 2022). Near-misses: a date a figure is compared with or a span runs from
# ("up 20% from October", 较10月) is still the nearest.
ONWARD_ROWS = [
    ("Founded in March 2023, the company's Kimi chatbot first made waves in October.", date(2025, 8, 6),
     [("March 2023", "2023-03-01"), ("October", "2023-10-01")]),
    ("月之暗面于2023年3月成立，10月凭借Kimi走红。", date(2025, 8, 6),
     [("2023年3月", "2023-03-01"), ("10月", "2023-10-01")]),
    ("月之暗面於2023年3月成立，10月憑藉Kimi走紅。", date(2025, 8, 6),
     [("2023年3月", "2023-03-01"), ("10月", "2023-10-01")]),
    # near-misses: compared with, the nearest
    ("In March 2023, Moonshot's revenue rose 20% from October.", date(2025, 8, 6),
     [("March 2023", "2023-03-01"), ("October", "2022-10-01")]),
    ("2023年3月，月之暗面的收入较10月增长两成。", date(2025, 8, 6),
     [("2023年3月", "2023-03-01"), ("10月", "2022-10-01")]),
    ("2023年3月，月之暗面的收入較10月增長兩成。", date(2025, 8, 6),
     [("2023年3月", "2023-03-01"), ("10月", "2022-10-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ONWARD_ROWS)
def test_a_story_told_on_from_a_stated_month_goes_forward(text, published, expected):
    assert _read(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), SPAN_ROWS)
def test_a_span_a_stated_date_opens_ends_on_or_after_it(text, published, expected):
    assert _read(text, published) == expected


# Class (split H, read wrong alone): a span a year-less date opens ("from Beta in June to stable releases in
# September", 从6月的测试版推进到9月的正式版) ends on or after its start too, in the year the start was placed
# in: September after this June, not the last one. Near-misses: no span word before the start, or a clause closing
# between the two (each date then placed alone).
YEAR_LESS_SPAN_ROWS = [
    ("Huawei plans a gradual rollout from Beta in June to stable releases in September.", date(2024, 6, 10),
     [("June", "2024-06-01"), ("September", "2024-09-01")]),
    ("Xiaomi's shipments grew from 3 million in November to 4 million in February.", date(2025, 3, 10),
     [("November", "2024-11-01"), ("February", "2025-02-01")]),
    ("华为将从6月的测试版推进到9月的正式版。", date(2024, 6, 10), [("6月", "2024-06-01"), ("9月", "2024-09-01")]),
    ("小米的出货量从11月的300万台增至2月的400万台。", date(2025, 3, 10),
     [("11月", "2024-11-01"), ("2月", "2025-02-01")]),
    ("華為將從6月的測試版推進到9月的正式版。", date(2024, 6, 10), [("6月", "2024-06-01"), ("9月", "2024-09-01")]),
    ("小米的出貨量從11月的300萬台增至2月的400萬台。", date(2025, 3, 10),
     [("11月", "2024-11-01"), ("2月", "2025-02-01")]),
    # near-misses: no span word, a clause closing between
    ("Huawei released a beta in June and stable versions shipped in September.", date(2024, 6, 10),
     [("June", "2024-06-01"), ("September", "2023-09-01")]),
    ("Huawei moved from Beta in June, and the stable release came to users in September.", date(2024, 6, 10),
     [("June", "2024-06-01"), ("September", "2023-09-01")]),
    ("华为6月发布测试版，9月的正式版已推送到用户。", date(2024, 6, 10),
     [("6月", "2024-06-01"), ("9月", "2023-09-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_LESS_SPAN_ROWS)
def test_a_span_a_year_less_date_opens_ends_on_or_after_it(text, published, expected):
    assert _read(text, published) == expected


# Class: a saying's date in a clause after the stated year's ("…in its 2019 secondary share sale, Bloomberg News
# reported in January" en2005; "…mass production in 2024, a goal announced by Xiaomi Chief Executive Lei Jun in
# October" en1903; "…，彭博社1月报道。") is when the source spoke, publication's year, not the year it reports on.
# Near misses: a year opening the sentence reaches the saying; a saying in the stated year's own clause; a Chinese
# date before a verb that is no saying closing the sentence.
SAYINGS_DATE_ROWS = [
    ("NetEase had discussed a listing after Alibaba raised US$13 billion in its 2019 secondary share sale, "
     "Bloomberg News reported in January.", date(2020, 5, 5), [("2019", "2019-01-01"), ("January", "2020-01-01")]),
    ("Beijing E-Town said it expected the plant to reach mass production in 2024, a goal announced by Xiaomi Chief "
     "Executive Lei Jun in October.", date(2021, 11, 28), [("2024", "2024-01-01"), ("October", "2021-10-01")]),
    ("网易在阿里巴巴2019年二次上市后与港交所讨论二次上市，彭博社1月报道。", date(2020, 5, 5),
     [("2019年", "2019-01-01"), ("1月", "2020-01-01")]),
    ("網易在阿里巴巴2019年二次上市後與港交所討論二次上市，彭博社1月報導。", date(2020, 5, 5),
     [("2019年", "2019-01-01"), ("1月", "2020-01-01")]),
    ("In 2019, Alibaba announced on November 11 that sales hit a record.", date(2020, 5, 5),
     [("2019", "2019-01-01"), ("November 11", "2019-11-11")]),
    ("Alibaba sold more in 2019 and said in March that sales rose.", date(2020, 5, 5),
     [("2019", "2019-01-01"), ("March", "2019-03-01")]),
    ("2019年，阿里在11月11日宣布销售额创纪录。", date(2020, 5, 5),
     [("2019年", "2019-01-01"), ("11月11日", "2019-11-11")]),
    ("阿里2019年营收增长30%，1月宣布分红。", date(2020, 5, 5), [("2019年", "2019-01-01"), ("1月", "2019-01-01")]),
    ("阿里2019年營收增長30%，1月宣佈分紅。", date(2020, 5, 5), [("2019年", "2019-01-01"), ("1月", "2019-01-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SAYINGS_DATE_ROWS)
def test_a_sayings_date_after_the_stated_years_clause_is_publications(text, published, expected):
    assert _read(text, published) == expected


# Class (AE zs2915 "2025年激励金累计或超1亿元…,上半年单个头部玩法的单月流水达500万元", published January 2026): a half
# named without its year ("上半年", "the first half") is a half of "the year" its sentence writes out before it, as
# 年底 and "the end of the year" are. Near misses: a year counted from publication does not give it ("在去年Mate 50发布
# 的时候,…,上半年P60的发布" is this year's half, zs1410), nor a plan's half, nor a sentence stating no year.
HALF_OF_THE_YEAR_ROWS = [
    ("In 2025, Tencent saw profit fall in the first half.", date(2026, 1, 17),
     [("2025", "2025-01-01"), ("the first half", "2025-01-01")]),
    ("2025年，腾讯上半年利润下滑。", date(2026, 1, 17), [("2025年", "2025-01-01"), ("上半年", "2025-01-01")]),
    ("2025年，騰訊上半年利潤下滑。", date(2026, 1, 17), [("2025年", "2025-01-01"), ("上半年", "2025-01-01")]),
    ("在去年Mate 50发布的时候，余承东就表态恢复双旗舰，上半年P60的发布已经带来了惊喜。", date(2023, 8, 31),
     [("去年", "2022-01-01"), ("上半年", "2023-01-01")]),
    ("在去年Mate 50發布的時候，余承東就表態恢復雙旗艦，上半年P60的發布已經帶來了驚喜。", date(2023, 8, 31),
     [("去年", "2022-01-01"), ("上半年", "2023-01-01")]),
    ("Tencent said revenue rose in 2025 and expects growth in the second half.", date(2026, 1, 17),
     [("2025", "2025-01-01"), ("the second half", "2026-07-01")]),
    ("腾讯2025年营收增长，预计下半年扭亏。", date(2026, 1, 17), [("2025年", "2025-01-01"), ("下半年", "2026-07-01")]),
    ("Tencent saw profit fall in the first half.", date(2025, 9, 17), [("the first half", "2025-01-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), HALF_OF_THE_YEAR_ROWS)
def test_a_half_without_its_year_is_of_the_year_written_before_it(text, published, expected):
    assert _read(text, published) == expected
