"""Hong Kong and Taiwan write a quarter without 度 ("2024年第4季"): after a year it is a quarter."""

from datetime import date

import pytest

from lib.extract.dates import find_dates
from lib.parse.script import to_simplified
from lib.periods import Period
from tests.date_readings import found_dates

PUBLISHED = Period(date(2025, 8, 28), "day")


@pytest.mark.parametrize(
    ("text", "words", "start", "precision"),
    [
        # https://udn.com (TSMC Arizona, 2025-08-27): "第一座廠已提早在2024年第4季以4奈米量產"
        ("第一座廠已提早在2024年第4季以4奈米量產", "2024年第4季", "2024-10-01", "quarter"),
        ("台積電今年第2季營收創新高", "今年第2季", "2025-04-01", "quarter"),
        ("美團去年第4季虧損收窄", "去年第4季", "2024-10-01", "quarter"),
        ("阿里巴巴2025年第三季度业绩", "2025年第三季度", "2025-07-01", "quarter"),
        ("腾讯2024年第四季度营收增长", "2024年第四季度", "2024-10-01", "quarter"),
        # 季节 is a season, not a quarter: only the year is a date
        ("2025年四季节气变化", "2025年", "2025-01-01", "year"),
    ],
)
def test_a_quarter_with_or_without_du(text, words, start, precision):
    (match,) = find_dates(to_simplified(text), PUBLISHED)
    assert (text[match.start:match.end], match.period.start.isoformat(), match.period.precision) == (
        words, start, precision)


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        # a day after publication: this year's (another time zone, a late update), not a year back
        ("5月16日，蓝心智能宣布接入豆包大模型。", date(2024, 5, 15), "2024-05-16"),
        ("On May 16, Lanxin AI said it adopted Doubao.", date(2024, 5, 15), "2024-05-16"),
        ("1月1日，腾讯发布新模型。", date(2024, 12, 31), "2025-01-01"),
        # three days after, with no word pointing ahead: last year's
        ("1月19日，TikTok发布声明。", date(2025, 1, 16), "2024-01-19"),
        ("On March 30, Baidu launched Ernie.", date(2024, 2, 28), "2023-03-30"),
    ],
)
def test_a_day_just_after_publication_is_this_years(text, published, start):
    (match,) = find_dates(text, Period(published, "day"))
    assert match.period.start.isoformat() == start


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Taiwan's press gives the day of month with today or yesterday: "今(19)日", "昨（18）日".
        ("美國商務部長羅斯(Wilbur Ross)今(19)日表示，將延長華為禁令的寬限期。", date(2019, 8, 19),
         [("今(19)日", "2019-08-19")]),
        ("美國發予華為的暫時執照今(19)日即將到期。", date(2019, 8, 19), [("今(19)日", "2019-08-19")]),
        # ... and 第2季 without 度 is the second quarter, as Taiwan's press writes it
        ("台積電昨（18）日公布第2季財報。", date(2025, 7, 19), [("昨（18）日", "2025-07-18"), ("第2季", "2025-04-01")]),
        ("鴻海前(16)日宣布與輝達合作。", date(2025, 7, 18), [("前(16)日", "2025-07-16")]),
        ("蘋果明(20)日將舉行發表會。", date(2025, 8, 19), [("明(20)日", "2025-08-20")]),
        ("今(19)日天氣晴。", date(2019, 8, 19), [("今(19)日", "2019-08-19")]),
        # ... and the year with this year, last year or next year: "今（2026）年4月" is April 2026, read whole
        ("小米SU7預計將於今（2026）年4月上市。", date(2026, 1, 7), [("今（2026）年4月", "2026-04-01")]),
        ("騰訊去(2025)年營收增長。", date(2026, 1, 7), [("去(2025)年", "2025-01-01")]),
        ("小米明（2027）年推出新車。", date(2026, 1, 7), [("明（2027）年", "2027-01-01")]),
        ("小米SU7预计将于今（2026）年4月上市。", date(2026, 1, 7), [("今（2026）年4月", "2026-04-01")]),
        ("腾讯去(2025)年营收增长。", date(2026, 1, 7), [("去(2025)年", "2025-01-01")]),
        # a bare number in brackets after 今 is no date
        ("华为今(3)个季度营收增长。", date(2025, 8, 19), []),
        # a weekday followed by 稍早 ("earlier in the day") as other times of day are
        ("雷軍週三稍早發布微博稱，小米正式成為一家車廠。", date(2024, 4, 3), [("週三", "2024-04-03")]),
        ("雷军周三稍早发布微博称，小米正式成为一家车厂。", date(2024, 4, 3), [("周三", "2024-04-03")]),
    ],
)
def test_today_or_yesterday_with_its_day_of_month(text, published, expected):
    found = find_dates(to_simplified(text), Period(published, "day"))
    assert [(text[m.start:m.end], m.period.start.isoformat()) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a bare weekday before a pronoun subject is a day, not the surname 周 of a person
        ("週一其港股股價隨之大跌，截至週一下午3:00，跌幅已超過11.7%", date(2024, 1, 16), ["2024-01-15", "2024-01-15"]),
        ("週三該公司宣布裁員", date(2024, 1, 19), ["2024-01-17"]),
        ("On Monday its Hong Kong shares fell 11.7%.", date(2024, 1, 16), ["2024-01-15"]),
        ("週一圍出席了活動", date(2024, 1, 16), []),
        # ... or before a market move or its cause
        ("台積電ADR週四收盤回吐0.8%，但週四隨美股科技股整體拉回", date(2026, 1, 30), ["2026-01-29", "2026-01-29"]),
        ("阿里巴巴港股週五漲3%，週一受財報拖累下跌", date(2026, 1, 30), ["2026-01-30", "2026-01-26"]),
        ("特朗普週一簽署行政令，騰訊週三推出新模型", date(2026, 1, 30), ["2026-01-26", "2026-01-28"]),
        ("TSMC's ADR gave back 0.8% on Thursday, and on Thursday it tracked US tech lower.", date(2026, 1, 30),
         ["2026-01-29", "2026-01-29"]),
    ],
)
def test_a_weekday_before_a_pronoun_subject(text, published, expected):
    found = find_dates(to_simplified(text), Period(published, "day"))
    assert [match.period.start.isoformat() for match in found] == expected


# Hong Kong and Taiwan papers write the zero of a year in Chinese numerals with a white circle ○ (U+25CB),
# or a look-alike (◯, Cyrillic О), where mainland text has 〇 or 零: the year is read all the same, with
# its month and day. A circle alone, or before a number that is no year, stays unread.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("馬雲自二○一九年卸任董事局主席後，甚少參與公司事務。", [("二○一九年", "2019-01-01", "year")]),
        ("二○二三年三月，阿里巴巴宣布分拆為六大業務集團。", [("二○二三年三月", "2023-03-01", "month")]),
        ("騰訊於二○二四年十二月三十一日公布回購計劃。", [("二○二四年十二月三十一日", "2024-12-31", "day")]),
        ("马云自二○一九年卸任董事局主席以来首次露面。", [("二○一九年", "2019-01-01", "year")]),
        ("二○二三年三月，阿里巴巴宣布组织架构调整。", [("二○二三年三月", "2023-03-01", "month")]),
        ("二◯二五年第一季度，小米营收创新高。", [("二◯二五年第一季度", "2025-01-01", "quarter")]),
        ("二О二二年，美团推出无人机配送。", [("二О二二年", "2022-01-01", "year")]),
        # the zero as mainland text writes it, 〇 or 零, reads as before
        ("二〇二四年，字节跳动营收增长。", [("二〇二四年", "2024-01-01", "year")]),
        ("二零二五年，百度发布文心大模型5.0。", [("二零二五年", "2025-01-01", "year")]),
        # a circle as a mark, or two numerals that are no year: nothing
        ("○ 騰訊第三季營收增長。", [("第三季", "2025-07-01", "quarter")]),
        ("評分：○○○○，阿里巴巴新品上架。", []),
    ],
)
def test_a_year_in_chinese_numerals_with_a_circle_for_zero(text, expected):
    found = find_dates(to_simplified(text), PUBLISHED)
    assert [(text[m.start:m.end], m.period.start.isoformat(), m.period.precision) for m in found] == expected


# Hong Kong papers write twenty and thirty in a day with their old single characters, 廿 and 卅 ("一月廿二日",
# "三月卅一日"): the day is read with its month, as 二十二日 is. Not a day: 卅 in a figure, 廿 in a count of years
# or a century, with no 日 after it.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("TikTok美國版明年一月廿二日正式易主。", "2025-12-20", [("明年一月廿二日", "2026-01-22", "day")]),
        ("騰訊於三月卅一日公佈回購計劃。", "2025-04-10", [("三月卅一日", "2025-03-31", "day")]),
        ("阿里巴巴十二月廿日宣布重組。", "2025-12-25", [("十二月廿日", "2025-12-20", "day")]),
        ("字节跳动一月廿二日完成交割。", "2026-02-01", [("一月廿二日", "2026-01-22", "day")]),
        ("美团十月卅日公布第三季度业绩。", "2025-11-02",
         [("十月卅日", "2025-10-30", "day"), ("第三季度", "2025-07-01", "quarter")]),
        ("甲骨文持股十五％，其餘卅．一％由字節跳動現有投資者持有。", "2025-12-20", []),
        ("騰訊廿年來首次錄得收入下跌。", "2025-12-20", []),
        ("百度迈入廿一世纪的第三个十年。", "2025-12-20", []),
    ],
)
def test_a_day_written_with_the_old_numerals_for_twenty_and_thirty(text, published, expected):
    found = find_dates(to_simplified(text), Period(date.fromisoformat(published), "day"))
    assert [(text[m.start:m.end], m.period.start.isoformat(), m.period.precision) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hong Kong's press writes last and next year as 上年, 下年: the years around publication's.
        ("上年美國商務部的禁令令華為手機銷量下跌。", [("上年", "2024-01-01", "year")]),
        ("小米相信真正挑戰來自下年。", [("下年", "2026-01-01", "year")]),
        ("上年美国商务部对华为实施禁令。", [("上年", "2024-01-01", "year")]),
        ("腾讯预计下年推出新游戏。", [("下年", "2026-01-01", "year")]),
        ("Huawei's sales fell after last year's ban; Xiaomi expects the challenge next year.",
         [("last year", "2024-01-01", "year"), ("next year", "2026-01-01", "year")]),
        # 上年同期 counts from the period in focus (none here); 上年纪, 线上年会, 一下年轻人, 上下年 are no year
        ("騰訊營收較上年同期增長。", []),
        ("小米舉辦線上年會。", []),
        ("雷军上年纪了，吸引一下年轻人。", []),
    ],
)
def test_last_and_next_year_as_hong_kong_writes_them(text, expected):
    assert found_dates(text, "2025-08-28") == [(to_simplified(t), s, p) for t, s, p in expected]


# Class (splits F, J, K, L, R): Taiwan's press writes a year-less day as month/day, alone ("百度3/16推出"), before
# a weekday in brackets ("1/13(四)"), or as the gloss of a day word ("週三（1/14）", "昨日（11/18）", read with
# that word). The bracketed weekday fixes a year placed one off: "1/13(四)" in a story dated only 2021 is the
# Thursday of 2022; a publication day or month gives the year, and the day stated wins over the weekday.
# Fractions stay unread ("成本的1/10", "降至1/3", "1/4的股份"). The English set writes no year-less slash day.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("百度3/16推出聊天機器人。", "2023-03-20", [("3/16", "2023-03-16", "day")]),
        ("百度3/16推出聊天机器人。", "2023-03-20", [("3/16", "2023-03-16", "day")]),
        ("鴻海將於3/14(四)舉行法說會。", "2024-03-01", [("3/14(四)", "2024-03-14", "day")]),
        ("鸿海将于3/14（周四）举行法说会。", "2024-03-01", [("3/14（周四）", "2024-03-14", "day")]),
        ("台積電將於1/13(四)舉行法說會。", "2021", [("1/13(四)", "2022-01-13", "day")]),
        ("台積電將於1/13舉行法說會。", "2021", [("1/13", "2021-01-13", "day")]),
        # with its day or month published, the year is known and the day stated wins over a weekday slip
        ("台積電將於1/13(五)舉行法說會。", "2022-01-10", [("1/13(五)", "2022-01-13", "day")]),
        ("台积电将于1/13（周五）举行法说会。", "2022-01", [("1/13（周五）", "2022-01-13", "day")]),
        ("聯發科週三（1/14）公布營收。", "2026-01-16", [("周三", "2026-01-14", "day")]),
        ("模型訓練成本僅為對手的1/10。", "2025-01-28", []),
        ("成本降至1/3后，阿里扩产。", "2025-01-28", []),
        ("腾讯持有1/4的股份。", "2025-01-28", []),
    ],
)
def test_a_slash_day_as_taiwan_writes_it(text, published, expected):
    assert found_dates(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
