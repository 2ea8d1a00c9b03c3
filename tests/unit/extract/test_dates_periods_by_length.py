"""Periods named by their length from the start of a year or from now, and years with their end but no 年.

Classes:
- "the first three months of the year", 今年前三个月, 今年頭三個月 are the year's first quarter; "the first six
  months of 2024", 2024年前6个月 its first half. Only with a year: "上线前三个月" (the first months after a
  launch) is no quarter. Any other count of the first or last months (two to twelve) is the smallest period
  that holds them, as a season is read: "the first two months of the year", 今年前两个月, 今年頭兩個月 the
  first quarter, "the first five months of 2024" the first half, "the first nine months of the year",
  今年首九個月, 2024年前11个月 the year (the data model has no nine months; the year holds them). A relative
  year right after the months, with no "of", is the year they are of, as 今年 before them is: "the first three
  months this year" is 今年前三个月.
- "the last three months of 2023", "the final three months of last year", 2015年最后3个月, 2021年最後一季,
  去年最后一个季度 are the year's fourth quarter; "the last six months of 2022" its second half. Only with a year:
  "the last three months", 最后三个月 alone are a span back from publication; 最后一天 is a day.
- "the first three weeks of 2024", "the first two weeks of the year", 2024年前三周, 今年头两个星期: two to four
  weeks from the year's start lie in January, that month; five to twelve ("the first six weeks of 2024",
  今年前六周, 去年頭八個星期) in its first quarter, the smallest period that holds them (as a season is
  read). Not thirteen or more (past March in most years), "the first week" (a week), "the first two weeks
  of launch", 上线前两周 (no year), 两周年 (an anniversary).
- "over the next year", "in the coming year" are the year after the date before (as "the next year" is),
  else after publication's: a plan; 未来一年, 未来一两年 the year after publication's. Not "the next two
  years", 未来十年, 未来一年半: spans.
- A results figure's "the first three months" with no year (AD en2803: "Meituan … reported an operating profit …
  in the first quarter of this year. The total operating revenue in the first three months jumped 26.7
  percent") are the first quarter of the year of the date told before, "the first six months" its first half;
  with no date in their sentence or the one before, of the year of the period the results report on (AO en3910:
  "the first quarter of 2020 … Operating revenue fell 12.6 percent … In the first three months, the revenue of …
  food delivery business was 9.5 billion yuan");
  "the previous three months" (AG en3101: "down on the 24 percent growth recorded in the previous three
  months") the quarter before the one in focus, as "the previous quarter" and 上一季度 are. Not told of no
  figure, with no date before, or of something else ("of operation", "after launch"); "the past three months"
  is a span back from publication. Chinese keeps its year ("今年前三个月"): a bare 前三个月 is a launch's
  ("上线前三个月"), unread.
- "1个多月后", "兩個多月後" (a month and more later) count on from the date before, as "1个月后" does.
- "2019底", "2020末" are the year's last quarter, as "2019年底" is; not 2000底薪, 2019底部.

Rows are paraphrased from articles outside ``tests/data/realnews``; traditional rows go through
``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import read_in_order

APRIL = "2025-04-02"

ROWS = [
    # English.
    ("Alibaba and Tencent placed $16 billion in chip orders in the first three months of the year.", APRIL,
     [("the first three months of the year", "2025-01-01", "quarter")]),
    ("Meituan's revenue rose 20% in the first six months of 2024.", APRIL,
     [("the first six months of 2024", "2024-01-01", "half")]),
    ("Huawei plans to double its output of AI chips over the next year.", APRIL,
     [("the next year", "2026-01-01", "year")]),
    ("Baidu expects its robotaxi unit to break even in the coming year.", APRIL,
     [("the coming year", "2026-01-01", "year")]),
    ("Didi listed in New York in 2021. Over the next year, its shares lost 80%.", APRIL,
     [("2021", "2021-01-01", "year"), ("the next year", "2022-01-01", "year")]),
    ("Alibaba's profit rose in the first nine months of the year.", APRIL,
     [("the first nine months of the year", "2025-01-01", "year")]),
    ("Humanoid robot makers raised 2 billion yuan in the first two months of the year.", APRIL,
     [("the first two months of the year", "2025-01-01", "quarter")]),
    ("Xiaomi delivered 80,000 cars in the first 5 months of 2024.", APRIL,
     [("the first 5 months of 2024", "2024-01-01", "half")]),
    ("Nio's deliveries slowed in the last two months of last year.", APRIL,
     [("the last two months of last year", "2024-10-01", "quarter")]),
    ("Meituan lost money in the first two months of operation.", APRIL, []),
    ("Apple lost share in China in the last two months.", APRIL, []),
    ("Meituan lost money in the first three months of operation.", APRIL, []),
    ("Tencent will hire 5,000 engineers over the next two years.", APRIL, []),
    ("Tencent had 62,900 staff at the end of 2019.", APRIL, [("the end of 2019", "2019-10-01", "quarter")]),
    ("BYD sold more EVs than Tesla in the last three months of 2024.", APRIL,
     [("the last three months of 2024", "2024-10-01", "quarter")]),
    ("Xiaomi's smartphone shipments rose 5% in the final three months of last year.", APRIL,
     [("the final three months of last year", "2024-10-01", "quarter")]),
    ("Huawei's profit fell in the last six months of 2023.", APRIL,
     [("the last six months of 2023", "2023-07-01", "half")]),
    ("Apple lost share in China in the last three months.", APRIL, []),
    ("Apple lost share in China over the last three months of trading.", APRIL, []),
    ("Kuaishou's revenue rose 24% to 21.1 billion yuan in the first three months this year.", APRIL,
     [("the first three months this year", "2025-01-01", "quarter")]),
    ("Xiaomi's car deliveries slowed in the last three months last year.", APRIL,
     [("the last three months last year", "2024-10-01", "quarter")]),
    # Simplified Chinese.
    ("阿里巴巴和腾讯今年前三个月共下单160亿美元芯片。", APRIL, [("今年前三个月", "2025-01-01", "quarter")]),
    ("美团2024年前6个月营收增长20%。", APRIL, [("2024年前6个月", "2024-01-01", "half")]),
    ("华为计划未来一年将AI芯片产量翻倍。", APRIL, [("未来一年", "2026-01-01", "year")]),
    ("阿里云未来一两年将推出更多模型。", APRIL, [("未来一两年", "2026-01-01", "year")]),
    ("阿里千问事业群成立于2024年12月。成立1个多月后，千问App宣布接入淘宝。", APRIL,
     [("2024年12月", "2024-12-01", "month"), ("1个多月后", "2025-01-01", "month")]),
    ("腾讯于2019底有6.29万名员工。", APRIL, [("2019底", "2019-10-01", "quarter")]),
    ("阿里巴巴2020末的员工数为25万。", APRIL, [("2020末", "2020-10-01", "quarter")]),
    ("小米SU7上线前三个月销量突破5万辆。", APRIL, []),
    ("今年前两个月，人形机器人企业融资近20亿元。", APRIL, [("今年前两个月", "2025-01-01", "quarter")]),
    ("字节跳动2024年前九个月营收超过800亿美元。", APRIL, [("2024年前九个月", "2024-01-01", "year")]),
    ("蔚来去年最后两个月交付量放缓。", APRIL, [("去年最后两个月", "2024-10-01", "quarter")]),
    ("小米SU7上市前两个月销量突破2万辆。", APRIL, []),
    ("比亚迪2024年最后三个月的销量超过特斯拉。", APRIL, [("2024年最后三个月", "2024-10-01", "quarter")]),
    ("小米去年最后一个季度出货量增长5%。", APRIL, [("去年最后一个季度", "2024-10-01", "quarter")]),
    ("华为2023年最后一季度利润下滑。", APRIL, [("2023年最后一季度", "2023-10-01", "quarter")]),
    ("苹果最后三个月在中国的份额下滑。", APRIL, []),
    ("字节跳动规划未来十年的发展。", APRIL, []),
    ("腾讯未来一年半将投资100亿元。", APRIL, []),
    ("腾讯的项目持续了1个多月。", APRIL, []),
    # Traditional Chinese.
    ("騰訊今年頭三個月營收增長15%。", APRIL, [("今年头三个月", "2025-01-01", "quarter")]),
    ("華為計劃未來一年將AI晶片產量翻倍。", APRIL, [("未来一年", "2026-01-01", "year")]),
    ("千問事業群成立於2024年12月。成立兩個多月後，千問App宣布接入淘寶。", APRIL,
     [("2024年12月", "2024-12-01", "month"), ("两个多月后", "2025-02-01", "month")]),
    ("騰訊於2019底有6.29萬名僱員。", APRIL, [("2019底", "2019-10-01", "quarter")]),
    ("字節跳動規劃未來十年的發展。", APRIL, []),
    ("蘋果在2024年最後一季取得創新高的市占率。", APRIL, [("2024年最后一季", "2024-10-01", "quarter")]),
    ("比亞迪自2023年最後3個月以來銷量領先。", APRIL, [("2023年最后3个月", "2023-10-01", "quarter")]),
    ("小米去年最後一個季度出貨量增長。", APRIL, [("去年最后一个季度", "2024-10-01", "quarter")]),
    ("蘋果最後三個月在中國的份額下滑。", APRIL, []),
    ("今年頭兩個月，人形機器人企業融資近20億元。", APRIL, [("今年头两个月", "2025-01-01", "quarter")]),
    ("騰訊今年首9個月收入增長8%。", APRIL, [("今年首9个月", "2025-01-01", "year")]),
    ("比亞迪2024年前5個月銷量增長。", APRIL, [("2024年前5个月", "2024-01-01", "half")]),
    ("小米SU7上市前兩個月銷量突破2萬輛。", APRIL, []),
]


RESULTS_MONTHS_ROWS = [
    # English.
    ("Meituan reported an operating profit of 3.59 billion yuan in the first quarter of this year. The total "
     "operating revenue in the first three months jumped 26.7 percent to 58.6 billion yuan.", "2023-05-26",
     [("the first quarter of this year", "2023-01-01", "quarter"),
      ("the first three months", "2023-01-01", "quarter")]),
    ("On August 19, Xiaomi reported its interim results. Revenue in the first six months rose 30% to 164 billion "
     "yuan.", "2024-08-20", [("August 19", "2024-08-19", "day"), ("the first six months", "2024-01-01", "half")]),
    ("PDD said revenue in the first quarter rose 10 percent. That was down on the 24 percent growth recorded in the "
     "previous three months.", "2025-05-28",
     [("the first quarter", "2025-01-01", "quarter"), ("the previous three months", "2024-10-01", "quarter")]),
    # With no date in its sentence or the one before, the year of the quarter the results report on (in focus).
    ("JD.com's revenue rose in the first quarter of 2020. Net income fell 40 percent year on year. In the first three "
     "months, its logistics revenue was 8.2 billion yuan.", "2020-05-20",
     [("the first quarter of 2020", "2020-01-01", "quarter"), ("the first three months", "2020-01-01", "quarter")]),
    ("Xiaomi reported its interim results for the first half of 2024. Gross margin rose. Revenue in the first six "
     "months was 164 billion yuan, the company said.", "2024-08-20",
     [("the first half of 2024", "2024-01-01", "half"), ("the first six months", "2024-01-01", "half")]),
    # Near misses: no figure, no date before, a launch's months, a span back from publication, no period in focus.
    ("Tencent said in May 2024 that users pay nothing for the first three months.", "2025-05-28",
     [("May 2024", "2024-05-01", "month")]),
    ("Revenue in the first three months jumped 26.7 percent to 58.6 billion yuan.", "2025-05-28", []),
    ("Xiaomi launched the SU7 in March 2024. Sales in the first three months after launch topped 50,000.",
     "2025-05-28", [("March 2024", "2024-03-01", "month")]),
    ("PDD shares fell 20% in the past three months.", "2025-05-28", []),
    ("Growth was slower than in the previous three months, PDD said.", "2025-05-28", []),
    # Simplified and traditional Chinese: the year is stated; 上一季度 is the quarter before the one in focus.
    ("美团今年第一季度经营利润35.9亿元，今年前三个月营收同比增长26.7%。", "2023-05-26",
     [("今年第一季度", "2023-01-01", "quarter"), ("今年前三个月", "2023-01-01", "quarter")]),
    ("拼多多第一季度营收增长10%，增速较上一季度的24%放缓。", "2025-05-28",
     [("第一季度", "2025-01-01", "quarter"), ("上一季度", "2024-10-01", "quarter")]),
    ("拼多多第一季度營收增長10%，增速較上一季度的24%放緩。", "2025-05-28",
     [("第一季度", "2025-01-01", "quarter"), ("上一季度", "2024-10-01", "quarter")]),
    # A results period in focus gives a bare 前三个月 no year: the year stays the words' own (今年前三个月).
    ("京东2020年第一季度营收增长。净利润同比下降40%。前三个月物流收入82亿元。", "2020-05-20",
     [("2020年第一季度", "2020-01-01", "quarter")]),
    ("京東2020年第一季度營收增長。淨利潤同比下降40%。今年前三個月物流收入82億元。", "2020-05-20",
     [("2020年第一季度", "2020-01-01", "quarter"), ("今年前三个月", "2020-01-01", "quarter")]),
    ("小米SU7上线前三个月营收突破100亿元。", "2025-05-28", []),
    ("小米SU7上線前三個月營收突破100億元。", "2025-05-28", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), RESULTS_MONTHS_ROWS)
def test_a_results_figures_months_are_the_quarter_or_half_of_the_year_told(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_a_period_named_by_its_length(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


@pytest.mark.parametrize("text", ["该职位2000底薪加提成。", "腾讯股价跌至2019底部区域。", "美团2019末班车计划延长。"])
def test_a_year_before_a_word_of_its_own_is_no_year_end(text):
    assert not any(words.endswith(("底", "末")) for words, _, _ in read_in_order(text, APRIL))


WEEKS_ROWS = [
    ("In the first three weeks of 2024, Temu was downloaded 10 million times.", APRIL,
     [("the first three weeks of 2024", "2024-01-01", "month")]),
    ("Within the first two weeks of the year, Kimi's users doubled.", APRIL,
     [("the first two weeks of the year", "2025-01-01", "month")]),
    ("In the first 3 weeks of last year, Pinduoduo's app led downloads.", APRIL,
     [("the first 3 weeks of last year", "2024-01-01", "month")]),
    ("2024年前三周，Temu下载量达1000万次。", APRIL, [("2024年前三周", "2024-01-01", "month")]),
    ("今年头两个星期，Kimi用户数翻倍。", APRIL, [("今年头两个星期", "2025-01-01", "month")]),
    ("2024年前三週，Temu下載量達1000萬次。", APRIL, [("2024年前三周", "2024-01-01", "month")]),
    ("去年前兩週，拼多多下載量居首。", APRIL, [("去年前两周", "2024-01-01", "month")]),
    # Five to twelve weeks: the first quarter.
    ("In the first six weeks of 2024, Temu grew.", APRIL, [("the first six weeks of 2024", "2024-01-01", "quarter")]),
    ("Xiaomi's shipments rose in the first 10 weeks of the year.", APRIL,
     [("the first 10 weeks of the year", "2025-01-01", "quarter")]),
    ("今年前六周，Temu用户增长。", APRIL, [("今年前六周", "2025-01-01", "quarter")]),
    ("2024年头8个星期，华为手机销量增长。", APRIL, [("2024年头8个星期", "2024-01-01", "quarter")]),
    ("今年前六週，蘋果iPhone在中國的銷量下降24%。", APRIL, [("今年前六周", "2025-01-01", "quarter")]),
    ("去年頭十二個星期，小米銷量增長。", APRIL, [("去年头十二个星期", "2024-01-01", "quarter")]),
    # Must not change.
    ("In the first two weeks of launch, Temu grew.", APRIL, []),
    ("上线前两周，Temu用户增长。", APRIL, []),
    ("今年前十三周，Temu用户增长。", APRIL, [("今年", "2025-01-01", "year")]),
    ("今年恰逢拼多多成立前两周年。", APRIL, [("今年", "2025-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEKS_ROWS)
def test_the_first_weeks_of_a_year_are_its_january_or_first_quarter(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
