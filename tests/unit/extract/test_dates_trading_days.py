"""Days a market or launch report names by what happened on them, and days with a time of day.

Classes:
- 首日 (the first day of a listing, a sale, a delivery) is the day in focus, as 当天 is: the day read
  before it in the text (or publication's); right after a date it is that date ("周四首日登场").
  Not 首日封 (a first-day cover) nor 首日平均涨幅 (listings' average first day: no one day).
- 隔夜 (Hong Kong's 隔晚) before a close or a move ("隔夜报收", "隔夜收涨", "隔晚百度ADS升") is the session the night
  before the day in focus: a Hong Kong report's New York close of a dual-listed stock. Not 隔夜利率, 隔夜拆息.
- 全日, 全天 (the whole session) before the day's high or low, its gain, its close or the market value is the
  trading day in focus, as 当日 is (X zs2212, Q zt1505): "随后股价推至全日最高点", "全日市值蒸发5890亿美元"; told twice
  in a sentence it is one date. Not 全天候, 全日制, 全天24小时, nor the day's turnover (全天成交额) or a bare move
  (板块全日走强), which the set does not count. English "for the day" is left unread, as "overnight" is.
- A day with a time of day ("29日晚", "20日早间", "周三晚间", "Thursday night") or a clock time ("截至4日18点30分",
  "24日23时", "26日10:00", "11 p.m. on the 24th") is that day, also where a
  comma opens its clause after Chinese words ("明年3月发布，29日晚开始预订"): the comma ends a clause
  there, not a number ("1,29日").
- The trading day before or after the day told (前一交易日, 前一个交易日, 上个交易日, 下一个交易日; "the previous
  trading day", "the prior trading session", "the next trading day"): a day counted over weekdays only, the
  market's holidays left aside: "4月2日晚…较前一交易日的26.2美元下跌81%" (AG zs3029, and the frame of zs3112's
  "前一个交易日(28日)") is April 1, told after a Monday the Friday before. With no day before it, publication's.
  So is a working or business day ("the next working day", 下一个工作日). Not 交易日 counted ("两个交易日内") nor
  "the previous day" (a calendar day, above).
- English "overnight" and "debut" are left unread: the annotated set does not count them ("rose 2.3%
  overnight", "jumped in its market debut" carry no date of their own there).

Rows are paraphrased from articles outside ``tests/data/realnews``; traditional rows go through
``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import read_in_order

TUESDAY = "2019-11-26"

ROWS = [
    # Simplified Chinese.
    ("京东健康今日在港交所挂牌。首日开盘价报70港元，较发行价上涨56%。", TUESDAY,
     [("今日", "2019-11-26", "day"), ("首日", "2019-11-26", "day")]),
    ("快手于2月5日在港交所上市。上市首日，快手股价大涨161%。", TUESDAY,
     [("2月5日", "2019-02-05", "day"), ("首日", "2019-02-05", "day")]),
    ("小鹏汽车周四首日登场，高开逾3%。", TUESDAY, [("周四首日", "2019-11-21", "day")]),
    ("网易今日在香港第二上市。网易(NTES.US)隔夜报收于420美元，上涨1.2%。", TUESDAY,
     [("今日", "2019-11-26", "day"), ("隔夜", "2019-11-25", "day")]),
    ("11月20日，百度(BIDU.US)隔夜收涨2%。", TUESDAY,
     [("11月20日", "2019-11-20", "day"), ("隔夜", "2019-11-19", "day")]),
    # Traditional Chinese.
    ("京東健康今日在港交所掛牌。首日開盤價報70港元。", TUESDAY,
     [("今日", "2019-11-26", "day"), ("首日", "2019-11-26", "day")]),
    ("蔚來汽車3月10日在香港上市，首日收跌3%。", TUESDAY,
     [("3月10日", "2019-03-10", "day"), ("首日", "2019-03-10", "day")]),
    ("網易今日在香港上市。網易(NTES.US)隔夜報收於420美元。", TUESDAY,
     [("今日", "2019-11-26", "day"), ("隔夜", "2019-11-25", "day")]),
    # Hong Kong's 隔晚 is 隔夜, with 升 for a rise, and the stock's name and US listing before the move (AJ zt3474's
    # class).
    ("百度獲大行唱好，隔晚百度ADS升2.66%報116.92美元。", TUESDAY, [("隔晚", "2019-11-25", "day")]),
    ("阿里获大行唱好，隔晚阿里美股收涨2%。", TUESDAY, [("隔晚", "2019-11-25", "day")]),
    ("網易(NTES.US)隔晚升1.2%。", TUESDAY, [("隔晚", "2019-11-25", "day")]),
    # Hong Kong's 挫 (fall), and 一度 (at one point) before the move (AQ zt4121's class).
    ("京東獲大行降級，京東隔晚ADR一度重挫9%，收市仍跌6%。", TUESDAY, [("隔晚", "2019-11-25", "day")]),
    ("阿里巴巴(BABA.US)隔夜挫3%。", TUESDAY, [("隔夜", "2019-11-25", "day")]),
    ("百度隔夜美股一度急挫7%。", TUESDAY, [("隔夜", "2019-11-25", "day")]),
    # Near misses: no day of their own.
    ("今年以来，新股上市首日平均涨幅为12%。", TUESDAY, [("今年", "2019-01-01", "year")]),
    ("中国邮政发行首日封，腾讯参与设计。", TUESDAY, []),
    ("香港银行同业隔夜拆息升至3%，腾讯股价受压。", TUESDAY, []),
    ("香港銀行同業隔夜利率升至3%。", TUESDAY, []),
    ("隔晚美股三大指數下跌，騰訊股價受壓。", TUESDAY, []),
    ("香港銀行同業隔夜拆息一度升至5%。", TUESDAY, []),
    ("Baidu stock rose 2.3% overnight.", TUESDAY, []),
    ("Kuaishou's shares jumped in its market debut.", TUESDAY, []),
    ("JD Health opened at HK$70 on its first day of trading.", TUESDAY, []),
]


WHOLE_SESSION_ROWS = [
    ("摩尔线程12月5日在科创板上市，开盘报650元。随后股价迅速推至全日最高点688元/股。", "2025-12-06",
     [("12月5日", "2025-12-05", "day"), ("全日", "2025-12-05", "day")]),
    ("摩尔线程12月5日上市。股价全天高位宽幅震荡，最终收于600.5元，全天涨幅收窄至425%。", "2025-12-06",
     [("12月5日", "2025-12-05", "day"), ("全天", "2025-12-05", "day")]),
    ("英伟达股价1月27日低开后一路下行。全日市值蒸发5890亿美元。", "2025-01-28",
     [("1月27日", "2025-01-27", "day"), ("全日", "2025-01-27", "day")]),
    ("Nvidia 股價在 1 月 27 日低開後一路下行。全日市值蒸發 5,890 億美元。", "2025-01-28",
     [("1 月 27 日", "2025-01-27", "day"), ("全日", "2025-01-27", "day")]),
    ("騰訊3月18日公布業績，股價全日最高升至420港元，全日收漲3%。", "2025-03-19",
     [("3月18日", "2025-03-18", "day"), ("全日", "2025-03-18", "day")]),
    # Near misses: another word, a turnover, a sector's move, English.
    ("阿里云3月18日宣布提供全天候服务，客服全天24小时在线。", "2025-03-19", [("3月18日", "2025-03-18", "day")]),
    ("寒武紀8月27日股價觸及高點。寒武紀全天成交額為人民幣250億元。", "2025-08-28", [("8月27日", "2025-08-27", "day")]),
    ("2月24日A股上涨。石油板块全日走强，板块指数升幅达5.2%。", "2026-02-24", [("2月24日", "2026-02-24", "day")]),
    ("全日制学员可申请腾讯奖学金。", "2025-03-19", []),
    ("Moore Threads listed on December 5 and closed up 425% for the day.", "2025-12-06",
     [("December 5", "2025-12-05", "day")]),
]


TIME_OF_DAY_ROWS = [
    ("Xiaomi opened bookings for the car on Thursday night.", "2024-11-25",
     [("Thursday night", "2024-11-21", "day")]),
    ("Xiaomi said on November 20 that bookings would open that evening.", "2024-11-25",
     [("November 20", "2024-11-20", "day"), ("that evening", "2024-11-20", "day")]),
    ("小米新车明年3月正式发布，20日晚22:30开始预订。", "2024-11-25",
     [("明年3月", "2025-03-01", "month"), ("20日", "2024-11-20", "day")]),
    ("小米公布售价，12日早间开放预订。", "2024-11-25", [("12日", "2024-11-12", "day")]),
    ("小米週三晚間開放預訂。", "2024-11-25", [("周三", "2024-11-20", "day")]),
    ("小米新車明年3月正式發布，20日晚開始預訂。", "2024-11-25",
     [("明年3月", "2025-03-01", "month"), ("20日", "2024-11-20", "day")]),
    # Class (a bare day right before a clock time: J zs803, Q zs1503): "截至4日18点30分" is that day.
    ("截至4日18点30分，富途暗盘成交额已达7.33亿港元。", "2021-02-08", [("4日", "2021-02-04", "day")]),
    ("截至24日23时，春晚红包互动累计达437亿次。", "2020-01-25", [("24日", "2020-01-24", "day")]),
    ("小米SU7于26日10:00开启预订。", "2024-03-28", [("26日", "2024-03-26", "day")]),
    ("截至4日18時30分，富途暗盤成交額已達7.33億港元。", "2021-02-08", [("4日", "2021-02-04", "day")]),
    ("華為新機於20日10點08分正式開賣。", "2024-09-22", [("20日", "2024-09-20", "day")]),
    ("As of 11 p.m. on the 24th, Kuaishou's red-envelope game had drawn 43.7 billion taps.", "2020-01-25",
     [("the 24th", "2020-01-24", "day")]),
    ("By 6:30 p.m. on Feb. 4, grey-market trading in Kuaishou on Futu reached HK$733 million.", "2021-02-08",
     [("Feb. 4", "2021-02-04", "day")]),
    # Near misses: a count of days and hours.
    ("这场促销持续3日10小时，京东成交额创新高。", "2021-02-08", []),
    ("這場促銷持續3日10小時，京東成交額創新高。", "2021-02-08", []),
    # Near misses: a count of days after a comma, a number before one.
    ("腾讯公布新游戏数据，7日留存率达60%。", "2024-11-25", []),
    ("腾讯股价上涨3%，5日均线走强。", "2024-11-25", []),
    ("騰訊公布數據，7日留存率達60%。", "2024-11-25", []),
]


TRADING_DAY_BEFORE_ROWS = [
    # English.
    ("Luckin shares opened at $4.91 on April 2, down 81% from the previous trading day's close of $26.20.",
     "2020-04-03", [("April 2", "2020-04-02", "day"), ("the previous trading day", "2020-04-01", "day")]),
    ("On Monday, April 6, Luckin fell another 15% from the prior trading session.", "2020-04-08",
     [("Monday, April 6", "2020-04-06", "day"), ("the prior trading session", "2020-04-03", "day")]),
    ("Zhipu listed on Friday, January 9, and rose again the next trading day.", "2026-01-14",
     [("Friday, January 9", "2026-01-09", "day"), ("the next trading day", "2026-01-12", "day")]),
    # Simplified Chinese.
    ("瑞幸咖啡股价4月2日晚以4.91美元开盘，较前一交易日的26.2美元下跌81%。", "2020-04-03",
     [("4月2日", "2020-04-02", "day"), ("前一交易日", "2020-04-01", "day")]),
    ("4月6日，瑞幸股价较上一个交易日再跌15%。", "2020-04-08",
     [("4月6日", "2020-04-06", "day"), ("上一个交易日", "2020-04-03", "day")]),
    ("智谱1月9日上市，下一个交易日股价继续上涨。", "2026-01-14",
     [("1月9日", "2026-01-09", "day"), ("下一个交易日", "2026-01-12", "day")]),
    # Traditional Chinese.
    ("瑞幸咖啡股價4月2日晚以4.91美元開盤，較前一個交易日的26.2美元下跌81%。", "2020-04-03",
     [("4月2日", "2020-04-02", "day"), ("前一個交易日", "2020-04-01", "day")]),
    ("騰訊股價較上個交易日收市價升3%。", "2026-02-24", [("上個交易日", "2026-02-23", "day")]),
    # Class (AK en3548): a working or business day is counted over weekdays as a trading day is ("increased sharply
    # the next working day"), as 下一个工作日; a count of working days ("within one working day") is no date.
    ("Alibaba received the report on Friday, April 9, 2021, and its shares rose the next working day.", "2021-04-14",
     [("Friday, April 9, 2021", "2021-04-09", "day"), ("the next working day", "2021-04-12", "day")]),
    ("Luckin fell on Monday, April 6, after a gain the previous business day.", "2020-04-08",
     [("Monday, April 6", "2020-04-06", "day"), ("the previous business day", "2020-04-03", "day")]),
    ("阿里巴巴2021年4月9日收到报告，下一个工作日股价大涨。", "2021-04-14",
     [("2021年4月9日", "2021-04-09", "day"), ("下一个工作日", "2021-04-12", "day")]),
    ("阿里巴巴2021年4月9日收到報告，下一個工作日股價大漲。", "2021-04-14",
     [("2021年4月9日", "2021-04-09", "day"), ("下一个工作日", "2021-04-12", "day")]),
    ("Alibaba refunds buyers within one working day.", "2021-04-14", []),
    ("阿里巴巴在一个工作日内退款。", "2021-04-14", []),
    # Near misses: a count of trading days, a calendar day, no publication day.
    ("阿里巴巴股价在两个交易日内下跌10%。", "2020-04-08", []),
    ("Luckin's app was down on Monday, April 6, after an outage the previous day.", "2020-04-08",
     [("Monday, April 6", "2020-04-06", "day"), ("the previous day", "2020-04-05", "day")]),
    ("騰訊股價較上個交易日收市價升3%。", "2026-02", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), TRADING_DAY_BEFORE_ROWS)
def test_the_trading_day_before_or_after_the_day_told(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize(("text", "published", "expected"), ROWS + WHOLE_SESSION_ROWS + TIME_OF_DAY_ROWS)
def test_a_day_named_by_its_market_session(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
