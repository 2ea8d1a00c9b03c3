"""dates_zh_relative on its own: Chinese dates counted from publication or from another date.

Traditional rows are read through ``to_simplified``, as the pipeline does, so their words are given simplified.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_spec import WHOLE_YEAR, Chained, DayOfMonth, InYear, Shift, day_part, month_part, quarter_part
from lib.extract.dates_zh_relative import read_chinese_relative_dates
from lib.parse.script import to_simplified
from tests.date_readings import found_dates, read_in_order, reads_as

SHIFTS_FROM_PUBLICATION = [
    ("阿里巴巴上个月发布新模型。", "上个月", Shift("month", -1)),
    ("阿里巴巴上個月發佈新模型。", "上个月", Shift("month", -1)),
    ("百度本季度营收增长。", "本季度", Chained("quarter", 0, or_published=True)),  # the quarter reported, if any
    ("腾讯下周宣布。", "下周", Shift("week", 1)),
    ("腾讯上月底宣布。", "上月底", Shift("month", -1)),  # a month's edge stays in the span
    ("美團本季盈利。", "本季", Chained("quarter", 0, or_published=True)),  # Hong Kong and Taiwan drop 度
    ("上季亏损收窄。", "上季", Shift("quarter", -1)),  # told alone: the last quarter closed, the one reported
    ("营收较上季增长。", "上季", Chained("quarter", -1, or_published=True)),  # compared: before the one in focus
    ("月底前完成交付。", "月底", Shift("month", 0)),  # the publication month's edge
    ("上月28日，阿里宣布。", "上月28日", Shift("month", -1, day=28)),
    ("下月1日起施行。", "下月1日", Shift("month", 1, day=1)),
    ("百度昨天宣布降价。", "昨天", Shift("day", -1)),
    ("京东今晚开售。", "今晚", Shift("day", 0, ahead=True)),
    ("截至发稿，阿里未回应。", "截至发稿", Shift("day", 0)),
    ("今(19)日宣布", "今(19)日", DayOfMonth(19)),
    ("百度昨（18）日公佈財報。", "昨（18）日", DayOfMonth(18)),
    ("明(20)日发布。", "明(20)日", Shift("day", 1, ahead=True)),
    ("三年前，字节推出抖音。", "三年前", InYear(WHOLE_YEAR, offset=-3)),
    ("阿里巴巴在十年前创造了双11。", "十年前", InYear(WHOLE_YEAR, offset=-10)),
    ("阿里巴巴在十年前創造了雙11。", "十年前", InYear(WHOLE_YEAR, offset=-10)),
    ("腾讯二十年前推出QQ。", "二十年前", InYear(WHOLE_YEAR, offset=-20)),
    ("两个月前百度降价。", "两个月前", Shift("month", -2)),
    ("半年前小米发布。", "半年前", Shift("month", -6)),
    ("5天前发布。", "5天前", Shift("day", -5)),
    ("腾讯明日发布新模型。", "明日", Shift("day", 1, ahead=True)),
    ("騰訊後天發佈新模型。", "后天", Shift("day", 2, ahead=True)),
    ("腾讯大前天发布新模型。", "大前天", Shift("day", -3)),
    ("騰訊大後天發佈新模型。", "大后天", Shift("day", 3, ahead=True)),
    # A market report's bare 今 before the session's verb is today (https://finance.sina.com.cn, 2022-04-14:
    # "阿里巴巴股价今收报95.5元").
    ("阿里巴巴股价今收报95.5元。", "今", Shift("day", 0)),
    ("阿里巴巴港股今開盤高開3%。", "今", Shift("day", 0)),
    ("騰訊今收漲2%。", "今", Shift("day", 0)),
    ("腾讯今起上调会员价格。", "今", Shift("day", 0)),
]

COUNTED_FROM_ANOTHER_DATE = [
    ("次日，腾讯跟进。", "次日", Chained("day", 1)),
    ("當時市場普遍看好。", "当时", Chained("same", 0)),
    ("同月，百度降价。", "同月", Chained("month", 0)),
    ("该规定45天后生效。", "45天后", Chained("day", 45, same_sentence=True)),
    ("該規定45天後生效。", "45天后", Chained("day", 45, same_sentence=True)),
    ("百度兩週後發佈財報。", "两周后", Chained("day", 14, same_sentence=True)),
    ("两天后，腾讯跟进。", "两天后", Chained("day", 2)),  # opening its clause: "two days later"
    ("小米三個月後推出新機。", "三个月后", Chained("month", 3)),
    ("其后仅四个月，产品上线。", "其后仅四个月", Chained("month", 4)),
    # The words for "only" and "about" a count may take are relative_date_neighbours_zh.csv's.
    ("其后只有四个月，产品上线。", "其后只有四个月", Chained("month", 4)),
    ("其后不到一周，腾讯跟进。", "其后不到一周", Chained("day", 7)),
    ("短短三天后，腾讯跟进。", "三天后", Chained("day", 3)),
    ("约两天后，腾讯跟进。", "两天后", Chained("day", 2)),
    ("半年后推出新版本。", "半年后", Chained("month", 6)),
    ("5年后再次上市。", "5年后", Chained("year", 5)),
    ("三日后，腾讯跟进。", "三日后", Chained("day", 3)),  # Chinese numerals: a count ("3日后" is the 3rd)
    ("三日後，騰訊跟進。", "三日后", Chained("day", 3)),
    ("当天晚上，腾讯跟进。", "当天晚上", Chained("day", 0)),
    ("第二日，騰訊跟進。", "第二日", Chained("day", 1)),
    ("DeepSeek次年3月发布R1。", "次年3月", Chained("year", 1, part=month_part(3))),
    ("字節跳動同年8月5日推出豆包。", "同年8月5日", Chained("year", 0, part=day_part(8, 5))),
    ("同年底上市。", "同年底", Chained("year", 0, part=quarter_part(4))),
    # Class (split AJ zt3476 "2019 年初，這家TikTik母公司收購堅果團隊…，隔年推出大力智能燈"): 隔年 is the year after the
    # date before, as 次年 and 翌年 are, and as 隔天 and 隔日 are the day after
    ("隔年推出大力智能燈。", "隔年", Chained("year", 1)),
    ("字节跳动隔年推出大力智能灯。", "隔年", Chained("year", 1)),
]

NOTHING_READ = [
    "时至今日仍未上市。",  # "to this day"
    "次日达服务上线。",  # next-day delivery
    "日前，腾讯发布新模型。",  # vague: some day lately
    "目前日活跃用户过亿。",  # 前日 is not listed: it reads inside 目前日活
    "数年前曾经上市。",  # a vague count names no period
    "四个月内完成。",  # a duration
    "两天内完成。",
    "阿里巴巴有3000名员工。",
    "2024年3月5日，阿里巴巴发布新模型。",  # dates_zh's
    "Alibaba reported results yesterday.",
    "如今收入大涨，至今收益可观。",  # 如今, 至今: now, to this day; 收入, 收益: income
    "迄今收購完成。",
    "隔年度预算另行编列。",  # 年度: a fiscal year's word, not the year after
    "如今说起来，腾讯已是巨头。",  # 如今 before 说: now, not today
]


@pytest.mark.parametrize(("text", "words", "spec"), SHIFTS_FROM_PUBLICATION + COUNTED_FROM_ANOTHER_DATE)
def test_read_chinese_relative_dates(text, words, spec):
    assert reads_as(read_chinese_relative_dates, to_simplified(text), words, spec)


@pytest.mark.parametrize("text", NOTHING_READ)
def test_reads_nothing(text):
    assert reads_as(read_chinese_relative_dates, to_simplified(text), None, None)


# A month or day after "N年前的" is of the year counted back from publication's ("2年前的9月25日",
# "两年前的5月"): one date, not a year and a date. Not before another noun ("四年前的九成半": a share).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2年前的9月25日，华为高管获释回国。", [("2年前的9月25日", "2021-09-25", "day")]),
        ("两年前的5月，华为被列入实体清单。", [("两年前的5月", "2021-05-01", "month")]),
        ("2年前的9月25日，華為高管獲釋回國。", [("2年前的9月25日", "2021-09-25", "day")]),
        ("兩年前的5月，華為被列入實體清單。", [("两年前的5月", "2021-05-01", "month")]),
        ("Two years ago, on September 25, Huawei's finance chief returned to China.",
         [("Two years ago", "2021-01-01", "year"), ("September 25", "2021-09-25", "day")]),
        ("辉达在华市占率由四年前的九成半跌至五成。", [("四年前", "2019-01-01", "year")]),
        ("雷军称，3年前的豪言壮语变成了现实。", [("3年前", "2020-01-01", "year")]),
    ],
)
def test_a_month_or_day_of_a_year_counted_back(text, expected):
    assert found_dates(text, "2023-09-26") == [(to_simplified(t), s, p) for t, s, p in expected]


# A count on from the date told, written with 过后 as with 后 ("11個月過後", "三天过后", "两年过后"), and "半年后的今天"
# (the day the story tells, half a year on from another: the day told, as "today, half a year later"). English
# writes them "eleven months later", "that day, half a year later". Near misses: 过后 alone, a count with no 过后.
COUNTED_ON_ROWS = [
    ("深度求索去年1月發布DeepSeek R1。但11個月過後，上述科技公司不僅恢復元氣。", "2026-01-06",
     [("去年1月", "2025-01-01", "month"), ("11个月过后", "2025-12-01", "month")]),
    ("腾讯3月5日发布新品，三天过后，阿里跟进。", "2025-03-12",
     [("3月5日", "2025-03-05", "day"), ("三天过后", "2025-03-08", "day")]),
    ("小米2021年3月宣布造车，三年过后，小米SU7上市。", "2024-04-10",
     [("2021年3月", "2021-03-01", "month"), ("三年过后", "2024-01-01", "year")]),
    ("華為2019年8月發布鴻蒙。兩年過後，華為發布鴻蒙3.0。", "2021-09-10",
     [("2019年8月", "2019-08-01", "month"), ("两年过后", "2021-01-01", "year")]),
    ("5月13日，李开复出现在发布会上。零一万物11月发布了首个模型，半年后的今天又发布了新模型。", "2024-05-15",
     [("5月13日", "2024-05-13", "day"), ("11月", "2023-11-01", "month"), ("半年后的今天", "2024-05-13", "day")]),
    ("3月1日，阿里发布通义千问2.0。一年后的今天，阿里又发布了新一代模型。", "2025-03-05",
     [("3月1日", "2025-03-01", "day"), ("一年后的今天", "2025-03-01", "day")]),
    ("5月13日，李開復現身發布會。零一萬物半年後的今天又發布了新模型。", "2024-05-15",
     [("5月13日", "2024-05-13", "day"), ("半年后的今天", "2024-05-13", "day")]),
    ("Zero One launched its first model in November. It released Yi-Large on May 13, six months after its "
     "first model.", "2024-05-15", [("November", "2023-11-01", "month"), ("May 13", "2024-05-13", "day")]),
    # near misses
    ("过后，腾讯跟进。", "2025-03-12", []),
    ("阿里今天发布新模型。", "2025-03-12", [("今天", "2025-03-12", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), COUNTED_ON_ROWS)
def test_a_count_on_with_guo_hou_and_today_a_count_later(text, published, expected):
    assert read_in_order(text, published) == expected


# A results article compares a figure with the period it reports a year back ("较一年前增长30%" after a quarter
# reported is that quarter a year back); a count of two or more years back is no such comparison but the year
# counted back from publication ("日订单量较三年前翻了一番": the record set against the year three years ago).
# English writes "doubling from three years ago". Near miss: 较一年前 keeps the quarter in focus.
YEARS_BACK_IN_RESULTS_ROWS = [
    ("美团第三季度营收增长22%。外卖日订单峰值达7800万单，较三年前翻了一番。",
     [("第三季度", "2023-07-01", "quarter"), ("三年前", "2020-01-01", "year")]),
    ("2023年第三季度，美团营收增长。外卖单量较两年前增长六成。",
     [("2023年第三季度", "2023-07-01", "quarter"), ("两年前", "2021-01-01", "year")]),
    ("腾讯第二季度营收增长8%。视频号用户时长比五年前增加数倍。",
     [("第二季度", "2023-04-01", "quarter"), ("五年前", "2018-01-01", "year")]),
    ("美團第三季度營收增長22%。外賣日訂單峰值達7800萬單，較三年前翻了一番。",
     [("第三季度", "2023-07-01", "quarter"), ("三年前", "2020-01-01", "year")]),
    ("2023年第三季度，美團營收增長。外賣單量較兩年前增長六成。",
     [("2023年第三季度", "2023-07-01", "quarter"), ("两年前", "2021-01-01", "year")]),
    ("騰訊第二季度營收增長8%。視頻號用戶時長比五年前增加數倍。",
     [("第二季度", "2023-04-01", "quarter"), ("五年前", "2018-01-01", "year")]),
    # near misses: a year back compares with the quarter reported a year back; alone, three years back is a year
    ("美团第三季度营收增长。外卖单量较一年前增长三成。",
     [("第三季度", "2023-07-01", "quarter"), ("一年前", "2022-07-01", "quarter")]),
    ("美團第三季度營收增長。外賣單量較一年前增長三成。",
     [("第三季度", "2023-07-01", "quarter"), ("一年前", "2022-07-01", "quarter")]),
    ("三年前，美团推出了无人机配送。", [("三年前", "2020-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "expected"), YEARS_BACK_IN_RESULTS_ROWS)
def test_two_or_more_years_back_is_a_year_not_the_quarter_reported(text, expected):
    assert read_in_order(text, "2023-11-28") == [(to_simplified(t), s, p) for t, s, p in expected]


# A count of years right after the words of a happening ("零一万物成立一年后", "受到制裁4年后", "上市三年后")
# counts from that happening, whose year the text seldom gives, as "a year after its founding" does in English:
# no year is named, not the year told last counted on. Near misses: a count opening its clause ("两年后，",
# "Two years later,") goes on from the date told before; a count of days after a happening ("两人会面两天后")
# counts from the day told, as before.
YEARS_AFTER_A_HAPPENING_ROWS = [
    ("零一万物去年3月成立。这是零一万物成立一年后，李开复首次在媒体面前亮相。", "2024-05-15",
     [("去年3月", "2023-03-01", "month")]),
    ("华为9月25日举办发布会。这场发布会堪称受到制裁4年后的王者归来。", "2023-09-26",
     [("9月25日", "2023-09-25", "day")]),
    ("2021年快手营收增长。快手上市三年后首次实现全年盈利。", "2024-03-20", [("2021年", "2021-01-01", "year")]),
    ("零一萬物去年3月成立。這是零一萬物成立一年後，李開復首次公開亮相。", "2024-05-15",
     [("去年3月", "2023-03-01", "month")]),
    ("華為9月25日舉辦發布會。這場發布會堪稱受到制裁4年後的王者歸來。", "2023-09-26",
     [("9月25日", "2023-09-25", "day")]),
    ("01.AI was founded in March 2023. A year after its founding, 01.AI released Yi-Large.", "2024-05-15",
     [("March 2023", "2023-03-01", "month")]),
    ("Huawei held a launch on September 25. Its launch, four years after the sanctions began, drew 140 outlets.",
     "2023-09-26", [("September 25", "2023-09-25", "day")]),
    # near misses: a count opening its clause, a count of days after a happening
    ("2019年华为发布鸿蒙。两年后，华为发布鸿蒙3.0。", "2021-09-10",
     [("2019年", "2019-01-01", "year"), ("两年后", "2021-01-01", "year")]),
    ("2019年華為發布鴻蒙，5年後鴻蒙裝機量突破10億。", "2024-09-10",
     [("2019年", "2019-01-01", "year"), ("5年后", "2024-01-01", "year")]),
    ("Huawei launched HarmonyOS in 2019. Two years later, it released HarmonyOS 3.", "2021-09-10",
     [("2019", "2019-01-01", "year"), ("Two years later", "2021-01-01", "year")]),
    ("8月6日，黄仁勋与特朗普会面。就在两人会面两天后，商务部宣布新规。", "2025-08-09",
     [("8月6日", "2025-08-06", "day"), ("两天后", "2025-08-08", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEARS_AFTER_A_HAPPENING_ROWS)
def test_years_after_a_happening_named_right_before_name_no_year(text, published, expected):
    assert read_in_order(text, published) == expected


# Class (splits C and AP: false events zs105, zt4035, zt4027): a day counted one on or back owned by a happening
# its clause names ("财报发布的次日", "两国元首通话的前一天") is the day after or before that happening, as "the day
# before the call" is in English, not the date told before it, which is its sentence's own happening's: counted
# from that date it names a day no reading gives. With the happening's day untold it names no day the reader can
# count; a listing's, sale's or launch's word ("发布会的第二天") or a day ("9月4日的次日") before 的 still counts.
HAPPENING_DAY_AFTER_ROWS = [
    ("华为上周四公布三年路线图，此举时机正值两国元首通话的前一天。", [("上周四", "2025-09-18", "day")]),
    ("小米19日股价走弱。此次下跌发生在第三季度财报发布的次日。",
     [("19日", "2025-09-19", "day"), ("第三季度", "2025-07-01", "quarter")]),
    ("中芯国际在美国宣布制裁中兴的第二天下了订单。", []),
    ("華為上週四公佈三年路線圖，此舉時機正值兩國元首通話的前一天。", [("上周四", "2025-09-18", "day")]),
    ("小米19日股價走弱。此次下跌發生在第三季財報發佈的次日。",
     [("19日", "2025-09-19", "day"), ("第三季", "2025-07-01", "quarter")]),
    ("輝達本月3日宣布新晶片，時機恰在美國宣布新禁令的第二天。", [("本月3日", "2025-09-03", "day")]),
    ("Huawei unveiled its roadmap on Thursday, the day before the call between the two presidents.",
     [("Thursday", "2025-09-18", "day")]),
    ("Xiaomi shares fell on Wednesday, the day after its third-quarter results.",
     [("Wednesday", "2025-09-17", "day"), ("third-quarter", "2025-07-01", "quarter")]),
    # near misses: a launch's word or a day before 的, or no 的, still count from the date before
    ("百度3月16日发布文心一言，发布会的第二天股价反弹。",
     [("3月16日", "2025-03-16", "day"), ("第二天", "2025-03-17", "day")]),
    ("百度3月16日发布文心一言，第二天股价反弹。", [("3月16日", "2025-03-16", "day"), ("第二天", "2025-03-17", "day")]),
    ("百度3月16日發布文心一言，發布會的第二天股價反彈。",
     [("3月16日", "2025-03-16", "day"), ("第二天", "2025-03-17", "day")]),
    ("Baidu unveiled Ernie Bot on March 16 and its shares rebounded the next day.",
     [("March 16", "2025-03-16", "day"), ("the next day", "2025-03-17", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), HAPPENING_DAY_AFTER_ROWS)
def test_a_day_after_an_undated_happening_is_not_counted_from_the_date_before(text, expected):
    assert read_in_order(text, "2025-09-23") == expected


# Class (splits D, G, M: false events): a chain word after 连续 or 最 is a count or a rank, not a date counted
# from another: 连续第二年 ("the second straight year"), 最后一天 ("the last day" of a run). English writes them
# with no date word ("for a second straight year", "on the last day of the event"). The same words opening a
# clause ("第二年，华为…", "后一天股价反弹") still count from the date before.
STRAIGHT_OR_LAST_ROWS = [
    ("特斯拉去年交付164万辆，连续第二年下滑。", [("去年", "2025-01-01", "year")]),
    ("OpenAI连续开了12天发布会，最后一天发布了o3模型。", []),
    ("比亚迪销量连续第二年超过特斯拉。", []),
    ("京东双十一最后一天成交额创新高。", [("双十一", "2025-11-11", "day")]),
    ("特斯拉去年交付164萬輛，連續第二年下滑。", [("去年", "2025-01-01", "year")]),
    ("OpenAI連續開了12天發布會，最後一天發布了o3模型。", []),
    ("Tesla's deliveries fell for a second straight year in 2025.", [("2025", "2025-01-01", "year")]),
    ("OpenAI unveiled o3 on the last day of its 12-day event.", []),
    # near misses: still counted from the date before
    ("华为2019年发布鸿蒙，第二年推出2.0版本。", [("2019年", "2019-01-01", "year"), ("第二年", "2020-01-01", "year")]),
    ("百度3月16日发布文心一言，后一天股价反弹。", [("3月16日", "2025-03-16", "day"), ("后一天", "2025-03-17", "day")]),
    ("華為2019年發布鴻蒙，第二年推出2.0版本。", [("2019年", "2019-01-01", "year"), ("第二年", "2020-01-01", "year")]),
    ("Huawei launched HarmonyOS in 2019 and version 2.0 the next year.",
     [("2019", "2019-01-01", "year"), ("the next year", "2020-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "expected"), STRAIGHT_OR_LAST_ROWS)
def test_a_straight_count_or_a_last_day_is_no_date(text, expected):
    assert found_dates(to_simplified(text), "2026-01-03") == [
        (to_simplified(words), start, precision) for words, start, precision in expected]


# "From this day on" is the publication day, as "starting today" is: 即日起, 即日开始 (即日開始), and so is "effective
# this day", 即日生效, 即日实施 (split T zt1809 "微信…限制其在微信內直接打開。相關處置措施即日生效", annotated as the
# publication day), the day told before it when there is one, as 即日起 is (the table below). Near misses: a bare
# 即日 ("腾讯即日发布") stays unread, and so does "from this day on" with no publication day.
FROM_THIS_DAY_ROWS = [
    ("Starting today, Meituan's drones deliver for Weixiaofan's four Shenzhen stores.", "2022-04-13",
     [("today", "2022-04-13", "day")]),
    ("Meituan said its drone delivery is available from today at four stores.", "2022-04-13",
     [("today", "2022-04-13", "day")]),
    ("即日起，维小饭在深圳的四家分店均可试行美团无人机配送服务。", "2022-04-13", [("即日起", "2022-04-13", "day")]),
    ("美团表示，即日开始无人机配送将覆盖四家门店。", "2022-04-13", [("即日开始", "2022-04-13", "day")]),
    ("即日起，維小飯在深圳的四家分店均可試行美團無人機配送服務。", "2022-04-13", [("即日起", "2022-04-13", "day")]),
    ("美團表示，即日開始無人機配送將覆蓋四家門店。", "2022-04-13", [("即日开始", "2022-04-13", "day")]),
    ("美团称新规即日生效。", "2022-04-13", [("即日生效", "2022-04-13", "day")]),
    ("微信表示，相關處置措施即日生效。", "2022-04-13", [("即日生效", "2022-04-13", "day")]),
    ("监管部门通知，新规即日实施。", "2022-04-13", [("即日实施", "2022-04-13", "day")]),
    ("美团表示将即日起生效的新规。", "2022-04", []),
    ("腾讯即日发布公告。", "2022-04-13", []),
    ("即日起，维小饭的门店可试行美团无人机配送。", "2022-04", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), FROM_THIS_DAY_ROWS)
def test_from_this_day_on_is_the_publication_day(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (AE zs2953; the frame of zs1605 R and zs1804 T, "1月16日，滴滴出行在微博发文称，…即日起恢复新用户注册"):
# 即日起 told after a stated day is that day, the announcement's ("2月27日消息，DeepSeek于昨日（2月26日）宣布，
# 即日起…"), as "starting that day" is; with no day before it, publication's (the table above).
FROM_THE_DAY_TOLD_ROWS = [
    ("DeepSeek announced on February 26 that, starting that day, its API costs less at night.", "2025-02-27",
     [("February 26", "2025-02-26", "day"), ("that day", "2025-02-26", "day")]),
    ("2月27日消息，DeepSeek于昨日（2月26日）宣布，即日起夜间调用价格下调。", "2025-02-27",
     [("2月27日", "2025-02-27", "day"), ("昨日（2月26日）", "2025-02-26", "day"), ("即日起", "2025-02-26", "day")]),
    ("2月27日消息，DeepSeek於昨日（2月26日）宣布，即日起夜間調用價格下調。", "2025-02-27",
     [("2月27日", "2025-02-27", "day"), ("昨日（2月26日）", "2025-02-26", "day"), ("即日起", "2025-02-26", "day")]),
    # near misses: no day told before it, publication's
    ("DeepSeek宣布，即日起夜间调用价格下调。", "2025-02-27", [("即日起", "2025-02-27", "day")]),
    ("DeepSeek宣布，即日起夜間調用價格下調。", "2025-02-27", [("即日起", "2025-02-27", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FROM_THE_DAY_TOLD_ROWS)
def test_from_this_day_on_after_a_day_told_is_that_day(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (split Q): 再过 before a count ("再過一個月將會有第一批HUAWEI手機升級") counts on from now, publication's
# day, as "30 days from now" does, not from the date before; 今周 (今週末, 今個星期) is this week, as 本周 and
# "this weekend" are. Near misses: 今周刊 (a magazine), 至今/如今 before 周, 今周一 (the weekday is read).
FROM_NOW_ROWS = [
    ("Xiaomi said the new phone goes on sale 30 days from now.", "2025-01-14",
     [("30 days from now", "2025-02-13", "day")]),
    ("The TikTok ban takes effect this weekend, ByteDance said.", "2025-01-14",
     [("this weekend", "2025-01-13", "week")]),
    ("华为称手机从6月初开始可以升级。言下之意再过一个月将会有第一批华为手机升级。", "2021-05-15",
     [("6月初", "2021-06-01", "month"), ("再过一个月", "2021-06-01", "month")]),
    ("再过两天，小米将发布新手机。", "2025-01-14", [("再过两天", "2025-01-16", "day")]),
    ("再过两年，华为将推出新芯片。", "2025-01-14", [("再过两年", "2027-01-01", "year")]),
    ("腾讯今周将发布新游戏。", "2025-01-14", [("今周", "2025-01-13", "week")]),
    ("今周刊报道，台积电营收增长。", "2025-01-14", []),
    ("腾讯成立至今周年庆活动不断。", "2025-01-14", []),
    ("如今周边产品成为泡泡玛特的主要收入。", "2025-01-14", []),
    ("再過半年，比亞迪新工廠將投產。", "2025-01-14", [("再过半年", "2025-07-01", "month")]),
    ("否則由今週末起 TikTok 禁令將會實施。", "2025-01-14", [("今周末", "2025-01-13", "week")]),
    ("小米今個星期將發布新手機。", "2025-01-14", [("今个星期", "2025-01-13", "week")]),
    ("今週刊報導，台積電營收增長。", "2025-01-14", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), FROM_NOW_ROWS)
def test_a_count_from_now_and_this_week(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(w), start, precision) for w, start, precision in expected]


# Class (split AI, zt3364 "馬斯克在上月一個播客中亦承認"): a day character after a month starts another word
# (一個, 一度, 一直), not a weekday as after a week; the month's own day (上月一日, 下月一号) stays one reading.
MONTH_BEFORE_A_WORD_WITH_ONE_ROWS = [
    ("马斯克在上月一个播客中亦承认，特斯拉机器人的手部最难。", [("上月", "2025-09-01", "month")]),
    ("馬斯克在上月一個播客中亦承認，特斯拉機器人的手部最難。", [("上月", "2025-09-01", "month")]),
    ("蔚来股价上月一度跌至4美元。", [("上月", "2025-09-01", "month")]),
    ("蔚來股價上月一度跌至4美元。", [("上月", "2025-09-01", "month")]),
    ("小米本月一直在赶工交付。", [("本月", "2025-10-01", "month")]),
    ("Musk admitted in a podcast last month that Tesla's robot hand is the hardest part.",
     [("last month", "2025-09-01", "month")]),
    # the month's day, and a week's weekday, are read whole
    ("腾讯上月一日发布新模型。", [("上月一日", "2025-09-01", "day")]),
    ("騰訊下月一號起實施新規。", [("下月一号", "2025-11-01", "day")]),
    ("腾讯上周一发布新模型。", [("上周一", "2025-09-29", "day")]),
    ("Tencent released a new model on September 1.", [("September 1", "2025-09-01", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_BEFORE_A_WORD_WITH_ONE_ROWS)
def test_a_month_before_a_word_beginning_with_one_is_the_month(text, expected):
    expected_simplified = [(to_simplified(w), start, precision) for w, start, precision in expected]
    assert read_in_order(text, "2025-10-09") == expected_simplified


# Class (split AI zt3360, and TSMC's quarterly formula in udn, nownews, Newtalk and Oriental Daily): 全季 (the whole
# quarter) before a results figure's noun is the quarter in focus, as 全年 is the year; after its quarter named in the
# sentence it is that quarter told again, and 全季酒店 (a hotel brand) or 全季节 name no quarter.
WHOLE_QUARTER_ROWS = [
    ("台积电第三季营运再创新高。整体来看，先进制程营收达到全季晶圆销售金额的74%。", "2025-10-22",
     [("第三季", "2025-07-01", "quarter"), ("全季", "2025-07-01", "quarter")]),
    ("台積電第三季營運再創新高。整體來看，先進製程營收達到全季晶圓銷售金額的74%。", "2025-10-22",
     [("第三季", "2025-07-01", "quarter"), ("全季", "2025-07-01", "quarter")]),
    ("TSMC's third-quarter results hit a record. Advanced technologies accounted for 74% of total wafer revenue "
     "for the quarter.", "2025-10-22",
     [("third-quarter", "2025-07-01", "quarter"), ("the quarter", "2025-07-01", "quarter")]),
    # told again after its quarter in the sentence; another word
    ("3奈米制程出货占台积电2025年第四季晶圆销售金额的28%，5奈米制程出货占全季晶圆销售金额的35%。", "2026-01-15",
     [("2025年第四季", "2025-10-01", "quarter")]),
    ("3奈米製程出貨佔台積電2025年第四季晶圓銷售金額的28%，5奈米製程出貨佔全季晶圓銷售金額的35%。", "2026-01-15",
     [("2025年第四季", "2025-10-01", "quarter")]),
    ("华住旗下全季酒店营收增长。", "2025-10-22", []),
    ("華住旗下全季酒店營收增長。", "2025-10-22", []),
    ("该品牌推出全季节产品。", "2025-10-22", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), WHOLE_QUARTER_ROWS)
def test_the_whole_quarter_before_a_figure_is_the_quarter_in_focus(text, published, expected):
    expected_simplified = [(to_simplified(w), start, precision) for w, start, precision in expected]
    assert read_in_order(to_simplified(text), published) == expected_simplified
