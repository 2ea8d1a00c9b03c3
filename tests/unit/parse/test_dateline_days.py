"""Which day a dateline's date is in its article: the year of a year-less one, the day a story was filed on."""

from __future__ import annotations

import pytest

from lib.parse.dateline_days import (
    a_year_on_by_the_leads_weekday,
    in_latest_stated_year,
    latest_stated_month,
    lead_of,
    on_or_after_the_latest,
    on_the_leads_weekday,
    report_day,
)
from lib.parse.datelines import DatelineReader
from lib.parse.script import to_simplified
from lib.periods import parse_iso_period
from lib.rules import builtin_rules
from lib.rules.rule_file import WordsRightBefore


@pytest.fixture(scope="module")
def reader() -> DatelineReader:
    return DatelineReader(builtin_rules().dateline_cues)


# A year-less dateline's day falls on or after the latest month the article states (it is published after what it
# reports); a year a plan aims at is left out, and a day that year lacks is none.
@pytest.mark.parametrize(("month_day", "text", "day"), [
    ((3, 4), "阿里巴巴2025年11月发布千问新版本。", "2026-03-04"),
    ((3, 4), "阿里巴巴2025年11月發佈千問新版本。", "2026-03-04"),
    ((12, 4), "阿里巴巴2025年11月发布千问新版本。", "2025-12-04"),
    ((3, 4), "Alibaba released a new Qwen model in November 2025.", "2026-03-04"),
    # a quarter or half with its year states it as 2020年第一季度 does, from the part's first month
    ((5, 31), "Meituan's revenue declined in the first quarter of 2020.", "2020-05-31"),
    ((5, 31), "美团2020年第一季度收入下降。", "2020-05-31"),
    ((1, 20), "Alibaba's revenue rose in the fourth quarter of 2019.", "2020-01-20"),
    ((1, 20), "Tencent's Q4 2019 revenue rose 25%.", "2020-01-20"),
    ((8, 20), "Baidu's revenue rose in the second half of 2019.", "2019-08-20"),
    # Class (publication year read a year early, W zt2105): a Chinese quarter or half after its year states it from
    # the part's first month, as the English one does: a January dateline after a third quarter is the next year's
    ((1, 15), "携程2025年第三季度营收增长。", "2026-01-15"),
    ((1, 15), "截至去年9月30日的2025年第三季，集團營收增長。", "2026-01-15"),
    ((1, 15), "Trip.com's revenue rose in the third quarter of 2025.", "2026-01-15"),
    ((1, 20), "腾讯2019年四季度收入增长25%。", "2020-01-20"),
    ((1, 20), "騰訊2019 年 Q4 收入增長25%。", "2020-01-20"),
    ((8, 20), "百度2019年下半年收入增长。", "2019-08-20"),
    ((8, 20), "百度2019年H2收入增長。", "2019-08-20"),
    ((3, 4), "阿里巴巴力争2030年第三季度前实现盈利，2025年11月发布千问。", "2026-03-04"),
    ((9, 26), "Baidu set up a joint venture in August 2019. The road may reach 135 km by the first half of 2020.",
     "2019-09-26"),
    ((3, 4), "阿里巴巴计划到2030年实现盈利，2025年11月发布千问。", "2026-03-04"),
    # a year a deadline's word follows (datelines.csv deadline rows) is a plan's too, in any script
    ((3, 4), "阿里巴巴2025年11月发布千问，力争2030年前实现盈利。", "2026-03-04"),
    ((3, 4), "阿里巴巴2025年11月发布千问，力争2030年之前实现盈利。", "2026-03-04"),
    ((3, 4), "阿里巴巴2025年11月發佈千問，力爭2030年以前實現盈利。", "2026-03-04"),
    ((3, 4), "阿里巴巴2025年11月发布千问，2030 年之前实现盈利。", "2026-03-04"),
    # not a year another word follows
    ((3, 4), "阿里巴巴2025年11月发布千问，2030年实现盈利。", "2030-03-04"),
    ((3, 4), "Alibaba released a new Qwen model.", None),
    ((2, 29), "Alibaba released a new Qwen model in November 2024.", None),
])
def test_a_year_less_dateline_falls_in_the_latest_year_its_article_states(month_day, text, day):
    found = in_latest_stated_year(month_day, text, WordsRightBefore(("到", "by")))
    assert (found.start.isoformat() if found else None) == day


# The same day from the latest stated month read once beforehand (metadata reads it once for the day and the lead's
# weekday check), and none without a day or a stated month.
@pytest.mark.parametrize(("month_day", "latest", "day"), [
    ((3, 4), (2025, 11), "2026-03-04"),
    ((12, 4), (2025, 11), "2025-12-04"),
    ((3, 4), (2021, 0), "2021-03-04"),
    ((2, 29), (2024, 11), None),
    ((3, 4), None, None),
    (None, (2025, 11), None),
])
def test_a_day_on_or_after_the_latest_stated_month(month_day, latest, day):
    found = on_or_after_the_latest(month_day, latest)
    assert (found.start.isoformat() if found else None) == day


# Class (publication date not read, AA en2519, AG en3106): a year-less dateline no stated year dates falls in the
# one year, within a year of the latest the article reports, in which its day is the weekday its lead tells: a wire
# lead tells its news by its dateline's weekday. Not a weekday of another or of every week, not a lead telling two,
# not a year a plan aims at ("by 2030", 计划到2030年), and none when no year or two of the three fit.
_NOT_REPORTED = DatelineReader(builtin_rules().dateline_cues).not_reported


@pytest.mark.parametrize(("month_day", "lead", "text", "day"), [
    ((9, 26), "A total of 45 taxis started carrying passengers on a trial basis Thursday in Changsha.",
     "Baidu launched Apollo in 2017. The trial road may reach 135 km by the first half of 2020.", "2019-09-26"),
    ((12, 21), "MiniMax has passed a listing hearing, according to a stock exchange filing on Sunday.",
     "The offering could happen before the end of 2025.", "2025-12-21"),
    ((9, 26), "45辆自动驾驶出租车周四在长沙开始试运营。", "百度于2019年4月与两家本地企业成立合资公司。", "2019-09-26"),
    ((9, 26), "45輛自動駕駛出租車週四在長沙開始試運營。", "百度於2019年4月與兩家本地企業成立合資公司。", "2019-09-26"),
    ((12, 21), "MiniMax通过港交所上市聆讯，星期日的文件显示。", "MiniMax计划到2025年上市。", None),
    # near misses: another week's or every week's weekday, two weekdays, no year, a plan's year alone, no fit
    ((9, 26), "Baidu said last Thursday that 45 taxis had started a trial.", "It launched Apollo in 2019.", None),
    ((9, 26), "百度上周四宣布45辆出租车开始试运营。", "百度于2019年4月成立合资公司。", None),
    ((9, 26), "百度每週四發布營運數據。", "百度於2019年4月成立合資公司。", None),
    ((9, 26), "Baidu said on Wednesday that taxis began carrying passengers on Thursday.", "Apollo, 2019.", None),
    ((9, 26), "Taxis started carrying passengers Thursday.", "Baidu set up a joint venture in April.", None),
    ((9, 26), "Taxis started carrying passengers Thursday.", "Baidu targets 1,000 taxis by 2030.", None),
    ((9, 26), "Taxis started carrying passengers Friday.", "Baidu set up a joint venture in 2019.", None),
])
def test_a_year_less_dateline_falls_on_its_leads_weekday(month_day, lead, text, day):
    found = on_the_leads_weekday(month_day, lead, text, _NOT_REPORTED)
    assert (found.start.isoformat() if found else None) == day


# Class (publication date read a year early, AJ zs3446): a year-less dateline placed in the latest year the
# article states moves a year on when its lead's one weekday fits the day a year later and not in that year
# (16 September was a Thursday in 2021, a Friday in 2022). Not the year before (a lead telling the day before its
# dateline's fits that), not a weekday of another week, not two weekdays, not a lead whose weekday fits already.
@pytest.mark.parametrize(("stated", "lead", "day"), [
    ("2021-09-16", "当地时间周五，字节跳动发给投资者的备忘录显示，该公司计划回购股份。", "2022-09-16"),
    ("2021-09-16", "當地時間週五，字節跳動發給投資者的備忘錄顯示，該公司計劃回購股份。", "2022-09-16"),
    ("2021-09-16", "ByteDance told investors on Friday it plans to buy back shares.", "2022-09-16"),
    # near misses: the weekday fits the stated year, or the year before only, or another week's, or two
    ("2021-09-16", "字节跳动周四向投资者表示计划回购股份。", "2021-09-16"),
    ("2021-09-16", "ByteDance told investors on Wednesday it plans to buy back shares.", "2021-09-16"),
    ("2021-09-16", "字节跳动上周五向投资者表示计划回购股份。", "2021-09-16"),
    ("2021-09-16", "ByteDance said on Friday that the plan, first told on Thursday, goes ahead.", "2021-09-16"),
    ("2021-09-16", "ByteDance plans to buy back shares.", "2021-09-16"),
])
def test_a_dateline_in_the_latest_stated_year_moves_a_year_on_by_its_leads_weekday(stated, lead, day):
    found = a_year_on_by_the_leads_weekday(parse_iso_period(stated), lead)
    assert found.start.isoformat() == day


# A month stated with the latest year ("August 2023", 2023年8月) dates the story close after it: no move.
@pytest.mark.parametrize("lead", [
    "当地时间周五，字节跳动发给投资者的备忘录显示，该公司计划回购股份。",
    "ByteDance told investors on Friday it plans to buy back shares.",
])
def test_a_dateline_stays_in_the_latest_stated_year_when_its_month_is_stated(lead):
    found = a_year_on_by_the_leads_weekday(parse_iso_period("2021-09-16"), lead, year_alone=False)
    assert found.start.isoformat() == "2021-09-16"


@pytest.mark.parametrize(("text", "latest"), [
    ("字节跳动2021年的收入增长放缓。", (2021, 0)),
    ("字节跳动2021年8月下调期权价格，2020年收入增长。", (2021, 8)),
    ("ByteDance cut option prices in August 2021.", (2021, 8)),
    ("字节跳动2021年第三季度收入增长。", (2021, 7)),
    ("字節跳動2021年上半年收入增長。", (2021, 1)),
    ("ByteDance's revenue grew in the third quarter of 2021.", (2021, 7)),
    ("字节跳动计划到2030年上市。", None),
])
def test_the_latest_stated_month_is_zero_for_a_year_told_alone(text, latest):
    assert latest_stated_month(text, WordsRightBefore(("到", "by"))) == latest


@pytest.mark.parametrize(("lines", "number", "lead"), [
    (["Title", "", "CHANGSHA, Sept. 26 (Xinhua) --", "", "Taxis started a trial Thursday. Baidu said."], 2,
     "Taxis started a trial Thursday."),
    (["Dec 21 (Reuters) - MiniMax passed a hearing on Sunday. It said."], 0, "MiniMax passed a hearing on Sunday."),
    (["新华社长沙9月26日电", "出租车周四开始试运营。百度表示。"], 0, "出租车周四开始试运营。"),
    (["新華社長沙9月26日電", "出租車週四開始試運營。百度表示。"], 0, "出租車週四開始試運營。"),
    (["CHANGSHA, Sept. 26 (Xinhua) --"], 0, ""),
])
def test_the_lead_is_the_first_sentence_after_the_dateline(reader, lines, number, lead):
    assert lead_of(lines, number, reader.opening_length(to_simplified(lines[number]))) == lead


# Class (issue 9): a wire story filed before publication tells "today" from its filing day.
# https://www.cna.com.tw (中芯國際 on the Entity List, 2020-12-18): "（中央社華盛頓17日綜合外電報導）…今天告訴路透社"
@pytest.mark.parametrize(("text", "published", "filed"), [
    ("標題\n2020/12/18 15:36\n(中央社華盛頓17日綜合外電報導)兩名知情人士今天告訴路透社", "2020-12-18", "2020-12-17"),
    ("标题\n(中央社华盛顿17日综合外电报道)两名知情人士今天告诉路透社", "2020-12-18", "2020-12-17"),
    ("新华社北京1月9日电（记者张三）字节跳动今天发布新模型。", "2025-01-10", "2025-01-09"),
    ("Title\nWASHINGTON, Dec 17 (Reuters) - Two sources said today the U.S. will act.", "2020-12-18", "2020-12-17"),
    # Class: a dateline naming its month is the filing day up to a month before a reposting page's date.
    ("标题\n11月15日消息，今天珠海航展正式开幕，小米携新车亮相。", "2024-11-21", "2024-11-15"),
    ("標題\n11月15日消息，今天珠海航展正式開幕，小米攜新車亮相。", "2024-11-21", "2024-11-15"),
    ("（中央社台北11月15日電）鴻海今天公布10月營收。", "2024-11-21", "2024-11-15"),
    ("Title\nSHANGHAI, Nov 15 (Reuters) - Xiaomi today opened its first store abroad.", "2024-11-21", "2024-11-15"),
    ("IT之家 12月30日消息，腾讯今天发布混元新模型。", "2025-01-06", "2024-12-30"),
    # two reporters before the city (a CNA dateline): its day is read all the same
    ("（中央社記者張三、李四台北2日電）輝達執行長黃仁勳今晚在台大演講", "2024-06-03", "2024-06-02"),
    ("（中央社记者张三、李四台北2日电）辉达执行长黄仁勋今晚在台大演讲", "2024-06-03", "2024-06-02"),
    # near-misses: a month-named dateline more than a month back, or after publication; a day of month
    # alone other than the day before
    ("11月15日消息，今天珠海航展正式开幕。", "2025-01-21", None),
    ("11月22日消息，今天珠海航展正式开幕。", "2024-11-21", None),
    ("SHANGHAI, Nov 15 (Reuters) - Xiaomi today opened a store.", "2024-11-15", None),
    ("（中央社記者鍾榮峰台北15日電）今天台股上漲。", "2020-12-18", None),
    # The dateline's day is publication's own, or none, or publication is no day: publication stands.
    ("（中央社記者鍾榮峰台北18日電）今天台股上漲。", "2020-12-18", None),
    ("WASHINGTON (Reuters) - Two sources said today.", "2020-12-18", None),
    ("(中央社華盛頓17日綜合外電報導)兩名知情人士今天告訴路透社", "2020-12", None),
    ("字节跳动17日发布新模型。", "2020-12-18", None),
])
def test_a_story_filed_the_day_before_publication_is_told_from_its_filing_day(reader, text, published, filed):
    found = report_day(parse_iso_period(published), to_simplified(text), reader)
    assert (found.start.isoformat() if found else None) == filed
