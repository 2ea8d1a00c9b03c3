"""A Chinese year-to-date span written without its year ("累计前11月营收", "累计前3季税后纯益",
"累计前三季度净利润") names the year it sums, the publication's or the one its sentence states (class:
year-less dates in dated articles, read wrong alone: the last month alone, or nothing). English states the
year of such a span ("the first nine months of 2024"), read as that year (the smallest period holding it).
Without a summing word only the first three quarters written in full ("前三季度营收增长", "revenue in the first
three quarters") are the year so far; "前两季度" is as often the two quarters before, and stays unread.

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import found_dates

DECEMBER, NOVEMBER, MAY = "2025-12-10", "2025-11-10", "2025-05-10"

YEAR_TO_DATE_ROWS = [
    # Simplified Chinese.
    ("台积电累计前11月营收为3.47万亿元新台币。", DECEMBER, [("前11月", "2025-01-01", "year")]),
    ("比亚迪累计前11个月销量达420万辆。", DECEMBER, [("前11个月", "2025-01-01", "year")]),
    ("腾讯累计前三季度净利润同比增长。", NOVEMBER, [("前三季度", "2025-01-01", "year")]),
    ("比亚迪累计前两季度销量增长。", "2025-08-10", [("前两季度", "2025-01-01", "half")]),
    ("蔚来累计前三个月交付量增长。", MAY, [("前三个月", "2025-01-01", "quarter")]),
    # a sentence's stated year is the span's, as for any year-less date
    ("台积电2024年营收创新高，累计前11月营收增长30%。", DECEMBER,
     [("2024年", "2024-01-01", "year"), ("前11月", "2024-01-01", "year")]),
    # Traditional Chinese.
    ("台積電累計前11月營收新台幣3兆4740億元。", DECEMBER, [("前11月", "2025-01-01", "year")]),
    ("鴻海累計前 3 季稅後純益 92 億元。", NOVEMBER, [("前 3 季", "2025-01-01", "year")]),
    ("聯發科累計前三季度營收成長。", NOVEMBER, [("前三季度", "2025-01-01", "year")]),
    # The first three quarters in full need no summing word: the year so far of a results release.
    ("腾讯前三季度净利润同比增长。", NOVEMBER, [("前三季度", "2025-01-01", "year")]),
    ("寒武纪发布三季报,前三季度营收为46.07亿元。", NOVEMBER,
     [("三季", "2025-07-01", "quarter"), ("前三季度", "2025-01-01", "year")]),
    ("聯發科前三季度營收成長。", NOVEMBER, [("前三季度", "2025-01-01", "year")]),
    # Hong Kong's and Taiwan's press drop the 度 (AJ zt3462 "已提前在前三季達陣", AK zt3521 "前三季營收也是同期新高").
    ("鴻海AI伺服器營收目標已提前在前三季達陣。", NOVEMBER, [("前三季", "2025-01-01", "year")]),
    ("台积电前三季营收创新高。", NOVEMBER, [("前三季", "2025-01-01", "year")]),
    # Class (AM zt3726 "公司前三個季度收入為68.38億美元,較去年同期增長17.4%", date words not read): the first three
    # quarters counted with 个 / 個 are the year so far as 前三季度 is ("the first three quarters" in English), and
    # 去年同期 after them the year before. Near misses: 此前 / 之前 (the three quarters before now, "previous three
    # quarters"), a happening before (上市前三个季度).
    ("公司前三個季度收入為68.38億美元,較去年同期增長17.4%。", NOVEMBER,
     [("前三個季度", "2025-01-01", "year"), ("去年同期", "2024-01-01", "year")]),
    ("腾讯前三个季度净利润同比增长。", NOVEMBER, [("前三个季度", "2025-01-01", "year")]),
    ("台积电累计前三个季度营收创新高。", NOVEMBER, [("前三个季度", "2025-01-01", "year")]),
    ("In the first three quarters, SMIC's revenue grew 17.4% from the same period last year.", NOVEMBER,
     [("the first three quarters", "2025-01-01", "year"), ("the same period last year", "2024-01-01", "year")]),
    ("公司此前三个季度营收均下滑。", NOVEMBER, []),
    ("公司之前三個季度營收均下滑。", NOVEMBER, []),
    ("小米上市前三个季度持续亏损。", NOVEMBER, []),
    ("Foxconn reached its AI server revenue target in the first three quarters.", NOVEMBER,
     [("the first three quarters", "2025-01-01", "year")]),
    ("Net profit was 715 million yuan in the first three quarters, up 8% year on year.", NOVEMBER,
     [("the first three quarters", "2025-01-01", "year")]),
    # English: the year is stated, and read.
    ("In the first nine months of 2024, Temu achieved revenues of $40.3 billion.", DECEMBER,
     [("the first nine months of 2024", "2024-01-01", "year")]),
    ("Xiaomi's revenue for the first three months of 2025 rose 47%.", MAY,
     [("the first three months of 2025", "2025-01-01", "quarter")]),
    # Must not change: months around a launch, a show's seasons, a span with its year, the last month alone.
    ("小米SU7上线前三个月销量增长。", MAY, []),
    ("该剧前三季播放量超过10亿。", MAY, []),
    ("《繁花》前三季口碑極佳。", MAY, []),
    ("这档节目前三季由腾讯视频独播。", MAY, []),
    ("這檔綜藝前三季由愛奇藝獨播。", MAY, []),
    ("该公司前三季节日促销不断。", MAY, []),  # 季节, a season of festivals: no quarter
    ("小米上市前三季持续亏损。", NOVEMBER, []),  # the three quarters before the listing
    ("The show's first three seasons streamed on iQiyi.", MAY, []),
    ("比亚迪前两季度销量增长。", "2025-08-10", []),  # no summing word: the two before, as often
    ("公司上市前三季度一直亏损。", NOVEMBER, []),  # not "三季度" either: the listing's three quarters before
    ("He scored 20 points in the first three quarters of the game.", NOVEMBER, []),
    ("Sales doubled in the first three quarters after launch.", NOVEMBER, []),
    ("台积电2024年前三季度净利润增长。", NOVEMBER, [("2024年", "2024-01-01", "year")]),
    ("台積電10月及11月營收合計達7110億元。", DECEMBER,
     [("10月", "2025-10-01", "month"), ("11月", "2025-11-01", "month")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), YEAR_TO_DATE_ROWS)
def test_a_year_to_date_span_names_its_year(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (splits R, AA, AG: zt1608 "小米累計首3季交付新車", zt2507 "截至今年9月底止首三季純利",
# zt3159 "還需先比對首兩季財報"):
# Hong Kong's press counts the year's first quarters with 首 ("first"), as 首季 is its first quarter: 首兩季 the first
# half, 首三季 the year so far, with or without a summing word (首 never counts back from a happening as 前 may). A full
# year (全年) in the same sentence is a period of its own: the quarters so far name a part of the year, not the year.
# Near misses: a show's first seasons, 首季 alone (the first quarter, read as before).
FIRST_QUARTERS_ROWS = [
    ("還需先比對首兩季財報看起。", "2025-08-16", [("首兩季", "2025-01-01", "half")]),
    ("还需先比对首两季财报看起。", "2025-08-16", [("首两季", "2025-01-01", "half")]),
    ("騰訊首三季經調整盈利按年升16%。", NOVEMBER, [("首三季", "2025-01-01", "year")]),
    ("腾讯首三季经调整盈利按年升16%。", NOVEMBER, [("首三季", "2025-01-01", "year")]),
    ("Tencent's adjusted profit for the first three quarters rose 16%.", NOVEMBER,
     [("the first three quarters", "2025-01-01", "year")]),
    ("小米累計首3季交付新車逾26.5萬輛，更透露本周將完成全年35萬輛的年度交付目標。", "2025-11-19",
     [("首3季", "2025-01-01", "year"), ("本周", "2025-11-17", "week"), ("全年", "2025-01-01", "year")]),
    ("小米累计前三季度交付新车逾26.5万辆，全年交付目标为35万辆。", "2025-11-19",
     [("前三季度", "2025-01-01", "year"), ("全年", "2025-01-01", "year")]),
    ("该剧首三季播放量超过10亿。", MAY, []),
    ("《繁花》首兩季口碑極佳。", MAY, []),
    ("京東首季營收按年增長。", MAY, [("首季", "2025-01-01", "quarter")]),
    # one year told twice is still one date
    ("2020 年是华为公司最艰难的一年,全年都处于实体清单之下。", MAY, [("2020 年", "2020-01-01", "year")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), FIRST_QUARTERS_ROWS)
def test_the_first_quarters_counted_with_shou(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (read wrong alone, year chosen: AN zt3830 "透過首三季財報倒算" told on 2026-02-20, read as 2026): a span
# summing the year's first months or quarters is told once they are over, so without a year and without a future
# cue it is of the latest year whose months summed have ended by publication, not publication's year whenever it
# has begun. The same in English ("the first three quarters") and in both Chinese scripts. Near misses: told after
# the span ended (publication's year), a stated or relative year, a span a cue puts ahead.
FEBRUARY = "2026-02-20"
SUMMED_SO_FAR_ROWS = [
    ("透過首三季財報倒算，第四季單季淨虧損約150億元。", FEBRUARY, [("首三季", "2025-01-01", "year"),
     ("第四季", "2025-10-01", "quarter")]),
    ("通过首三季财报倒算，第四季单季净亏损约150亿元。", FEBRUARY, [("首三季", "2025-01-01", "year"),
     ("第四季", "2025-10-01", "quarter")]),
    ("腾讯前三季度净利润同比增长。", FEBRUARY, [("前三季度", "2025-01-01", "year")]),
    ("台積電累計前11月營收新台幣3兆4740億元。", FEBRUARY, [("前11月", "2025-01-01", "year")]),
    ("Tencent's adjusted profit for the first three quarters rose 16%.", FEBRUARY,
     [("the first three quarters", "2025-01-01", "year")]),
    # the months have ended: publication's year
    ("腾讯前三季度净利润同比增长。", "2025-10-01", [("前三季度", "2025-01-01", "year")]),
    ("蔚来累计前三个月交付量增长。", "2025-04-01", [("前三个月", "2025-01-01", "quarter")]),
    ("Tencent's adjusted profit for the first three quarters rose 16%.", "2025-10-20",
     [("the first three quarters", "2025-01-01", "year")]),
    # a year of its own
    ("In the first three quarters this year, Nio delivered 31,000 cars.", FEBRUARY,
     [("the first three quarters this year", "2026-01-01", "year")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SUMMED_SO_FAR_ROWS)
def test_a_year_so_far_span_is_of_the_latest_year_it_has_ended_in(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (date words not read: AN zs3879 "前10个月累计交付31430台"): the summing verb may follow the months or
# quarters as well as stand before them (累计前11月营收); the guards of 前 hold (a happening, 此前). English needs no
# summing word ("the first ten months of 2023" states its year). Traditional text is read as simplified.
SUM_AFTER_ROWS = [
    ("前10个月累计交付31430台。", "2020-11-04", [("前10个月", "2020-01-01", "year")]),
    ("蔚來前10個月累計交付31430台。", "2020-11-04", [("前10個月", "2020-01-01", "year")]),
    ("比亚迪前11月合计销量达420万辆。", DECEMBER, [("前11月", "2025-01-01", "year")]),
    ("小米SU7上线前三个月累计销量增长。", MAY, []),
    ("公司此前三个月累计亏损5亿元。", MAY, []),
    ("前三个月的销量增长。", MAY, []),  # no summing word: as often three months before something
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SUM_AFTER_ROWS)
def test_a_summing_verb_after_the_first_months(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]
