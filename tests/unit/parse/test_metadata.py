"""Metadata read from article text, and merged with metadata.csv rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lib.parse.clean import RemovedBlock, strip_boilerplate
from lib.parse.metadata import DocMeta, dated_by_row, detect_metadata, merge_metadata
from lib.periods import Period, parse_iso_period
from lib.read.metadata_csv import ALL_COLUMNS

BODY = "ByteDance launched Doubao in August 2023.\nIt now has tens of millions of users."


def _detect(text, rules, html_title=""):
    _, removed = strip_boilerplate(text, rules)
    return detect_metadata(text, removed, html_title)


# (header lines between the headline and the body) -> (source, author, published ISO or None)
DETECTION_CASES = [
    ("Source: Sina Technology (ID: techsina), author | Zhou Wenmeng", "Sina Technology", "Zhou Wenmeng", None),
    ("Written by | Lan Dong Business, Zhao Weiwei", "Lan Dong Business", "Zhao Weiwei", None),
    ("By Jane Doe", "", "Jane Doe", None),
    ("By Jane Doe, Staff Writer", "", "Jane Doe", None),
    ("By Jane Doe and John Roe | Reuters", "Reuters", "Jane Doe and John Roe", None),
    ("By Jane Doe, Staff Writer | Tech Ledger", "Tech Ledger", "Jane Doe", None),
    ("By Jane Doe, Reporter | Tech Ledger", "Tech Ledger", "Jane Doe", None),
    ("作者：张三", "", "张三", None),
    ("来源：36氪", "36氪", "", None),
    ("来源：36氪 作者：张三 编辑：李四", "36氪", "张三", None),
    ("文 | 王五", "", "王五", None),
    ("本文来源：钛媒体", "钛媒体", "", None),
    # Traditional labels are the simplified ones (來源 is 来源); values keep their script.
    ("來源：鉅亨網 作者：陳冠宇", "鉅亨網", "陳冠宇", None),
    ("作者：張三 | 2025年3月12日", "", "張三", "2025-03-12"),
    ("01/16 2025 563", "", "", "2025-01-16"),
    ("2025-01-16", "", "", "2025-01-16"),
    ("2025/1/6 08:30", "", "", "2025-01-06"),
    ("January 16, 2025", "", "", "2025-01-16"),
    ("Jan 16, 2025", "", "", "2025-01-16"),
    ("16 January 2025", "", "", "2025-01-16"),
    ("2023年5月6日", "", "", "2023-05-06"),
    ("Published: Jan 16, 2025, 10:30 am", "", "", "2025-01-16"),
    ("发布时间：2023-05-06 10:00", "", "", "2023-05-06"),
    ("2024年5月15日 来源：36氪 作者：张三", "36氪", "张三", "2024-05-15"),
    ("2025-01-16\nBy Jane Doe", "", "Jane Doe", "2025-01-16"),
    ("13/01 2025", "", "", "2025-01-13"),
    ("2025-02-30", "", "", None),
    ("", "", "", None),
    # Bylines with a date in a pipe-separated field; a role alone is what the byline credits.
    ("By Staff Reporter | TechNode | January 22, 2025", "TechNode", "Staff Reporter", "2025-01-22"),
    ("By Jane Doe | Reuters | Jan 16, 2025", "Reuters", "Jane Doe", "2025-01-16"),
    # Wire datelines (lib/rules/datelines.csv): the date counts only with its year.
    ("新华社北京2026年1月9日电（记者张三）", "新华社", "张三", "2026-01-09"),
    # A year-less dateline's day falls on or after the latest month the article states: the body says
    # "August 2023", so "1月9日电" is January 2024.
    ("新华社北京1月9日电（记者张三）", "新华社", "张三", "2024-01-09"),
    ("（中央社記者鍾榮峰台北9日電）", "中央社", "鍾榮峰", None),
    ("（中央社記者林家嫻台北2025年3月9日電）", "中央社", "林家嫻", "2025-03-09"),
    ("中新社香港1月20日电", "中新社", "", "2024-01-20"),
    ("BEIJING, Jan 20 (Reuters) - ByteDance said on Monday it would invest more.", "Reuters", "", "2024-01-20"),
    ("HONG KONG, Jan 20, 2025 (Reuters) - ByteDance said it would invest more.", "Reuters", "", "2025-01-20"),
    # A portal's dateline with a time zone and a part of the day; a wire's without a date.
    ("新浪科技讯 北京时间1月9日上午消息", "新浪科技", "", "2024-01-09"),
    ("騰訊科技訊 北京時間1月9日晚間消息", "騰訊科技", "", "2024-01-09"),
    ("SHANGHAI (Reuters) - ByteDance said on Monday it would invest more.", "Reuters", "", None),
    # A reporter's name before a city the rules do not list is left unread, not guessed.
    ("中央社记者王五桃园9日电", "中央社", "", None),
    # An agency named inside a sentence is no dateline.
    ("新华社报道称，字节跳动于2025年1月9日发布新模型。", "", "", None),
]


@pytest.mark.parametrize(("header", "source", "author", "published"), DETECTION_CASES)
def test_detect_metadata_from_bylines_and_datelines(header, source, author, published, boilerplate_rules):
    text = "\n".join(line for line in ("Doubao Turns One", header, BODY) if line)
    meta = _detect(text, boilerplate_rules)
    assert meta.title == "Doubao Turns One"
    assert (meta.source, meta.author) == (source, author)
    assert (meta.published.iso() if meta.published else None) == published
    assert meta.date_origin == ("text" if published else "unknown")


@pytest.mark.parametrize("text", [
    "Doubao Turns One\nOn January 16, 2025, ByteDance cut prices.\nMore text.",
    "豆包一周年\n2023年5月6日，字节跳动发布了豆包大模型。\n更多内容。",
    "Doubao Turns One\n" + "\n".join(f"Line {n}." for n in range(12)) + "\n2025-01-16",
    "⏰ Event Duration: Dec 03, 2024 - Dec 23, 2024\nDoubao Turns One\nBody.",
], ids=["date-in-sentence", "zh-date-in-sentence", "date-far-down", "date-in-promotion"])
def test_dates_inside_sentences_or_junk_are_not_publication_dates(text, boilerplate_rules):
    assert _detect(text, boilerplate_rules).published is None


def test_dateline_kept_by_the_rules_is_still_read():
    text = "Headline\n2025-01-16 09:30 UTC\nBody."
    assert detect_metadata(text, []).published == Period(date(2025, 1, 16), "day")


def test_url_is_read_from_a_repost_line(boilerplate_rules):
    meta = _detect("标题\n原文链接：https://36kr.com/p/123\n正文。", boilerplate_rules)
    assert meta.url == "https://36kr.com/p/123"


@pytest.mark.parametrize(("text", "html_title", "title"), [
    ("# Zhipu AI Releases GLM-4\n\nBody.", "", "Zhipu AI Releases GLM-4"),
    ("**Bold headline**\nBody.", "", "Bold headline"),
    ("\n\n  Spaced   headline  \nBody.", "", "Spaced headline"),
    ("Body line.", "From <title>", "From <title>"),
    ("", "", ""),
    ("字" * 250, "", "字" * 120 + "…"),
    ("word " * 60, "", ("word " * 24).strip() + "…"),
], ids=["markdown", "bold", "spaces", "html-title", "empty", "long-cjk", "long-words"])
def test_title_rules(text, html_title, title):
    assert detect_metadata(text, [], html_title).title == title


def test_title_skips_cut_lines():
    text = "AD line\nAD line two\nReal headline\nBody."
    removed = [RemovedBlock("promotion", "AD line\nAD line two", 1)]
    assert detect_metadata(text, removed).title == "Real headline"


# merge ------------------------------------------------------------------------------------------

DETECTED = DocMeta("Detected title", "Detected source", "Detected author", "",
                   Period(date(2025, 1, 16), "day"), "text", "")
UNDATED = DocMeta("Detected title", "", "", "", None, "unknown", "")


def _row(**values):
    return {name: values.get(name, "") for name in ALL_COLUMNS}


MERGE_CASES = [
    ("no row", DETECTED, None, DETECTED, []),
    ("blank row keeps detection", DETECTED, _row(file="a.txt"), DETECTED, []),
    ("csv overrides text fields", DETECTED,
     _row(title=" CSV title ", source="36Kr", author="Li Wei", url="https://x.test/a"),
     DocMeta("CSV title", "36Kr", "Li Wei", "https://x.test/a", DETECTED.published, "text", ""), []),
    ("csv month date, default origin", DETECTED, _row(published="2023-05"),
     DocMeta("Detected title", "Detected source", "Detected author", "", Period(date(2023, 5, 1), "month"),
             "metadata", ""), []),
    ("csv year with inferred origin", UNDATED, _row(published="2023", date_origin="inferred"),
     DocMeta("Detected title", "", "", "", Period(date(2023, 1, 1), "year"), "inferred", ""), []),
    ("csv day with text origin", UNDATED, _row(published="2023-05-06", date_origin="Text"),
     DocMeta("Detected title", "", "", "", Period(date(2023, 5, 6), "day"), "text", ""), []),
    ("bad date keeps the detected one", DETECTED, _row(published="16/01/2025"), DETECTED,
     ["published '16/01/2025' is not YYYY, YYYY-MM or YYYY-MM-DD; using the date found in the text"]),
    ("impossible date", UNDATED, _row(published="2023-02-30"), UNDATED,
     ["published '2023-02-30' is not YYYY, YYYY-MM or YYYY-MM-DD; using the date found in the text"]),
    ("bad origin falls back to metadata", UNDATED, _row(published="2023-05", date_origin="guessed"),
     DocMeta("Detected title", "", "", "", Period(date(2023, 5, 1), "month"), "metadata", ""),
     ["date_origin 'guessed' is not one of text, metadata, inferred; using 'metadata'"]),
    ("unknown is not a csv origin", UNDATED, _row(published="2023-05", date_origin="unknown"),
     DocMeta("Detected title", "", "", "", Period(date(2023, 5, 1), "month"), "metadata", ""),
     ["date_origin 'unknown' is not one of text, metadata, inferred; using 'metadata'"]),
    ("origin without date", DETECTED, _row(date_origin="inferred"), DETECTED,
     ["date_origin 'inferred' given without a published date; ignored"]),
    ("language", UNDATED, _row(language="ZH"), DocMeta("Detected title", "", "", "", None, "unknown", "zh"), []),
    ("language alias", UNDATED, _row(language="English"),
     DocMeta("Detected title", "", "", "", None, "unknown", "en"), []),
    ("bad language", UNDATED, _row(language="fr"), UNDATED,
     ["language 'fr' is not one of en, zh, mixed; detecting it from the text"]),
    ("an undated article takes the day its address is filed under", UNDATED,
     _row(url="https://www.example.com/2026/02/17/moonshot-targets"),
     DocMeta("Detected title", "", "", "https://www.example.com/2026/02/17/moonshot-targets",
             Period(date(2026, 2, 17), "day"), "metadata", ""), []),
    ("a year-less dateline makes the address's month a day", replace(UNDATED, dateline_day=(2, 24)),
     _row(url="http://twwtn.com/anews/202502/75844.html"),
     DocMeta("Detected title", "", "", "http://twwtn.com/anews/202502/75844.html",
             Period(date(2025, 2, 24), "day"), "metadata", "", (2, 24)), []),
    ("a dateline of another month leaves the address's month", replace(UNDATED, dateline_day=(1, 31)),
     _row(url="http://twwtn.com/anews/202502/75844.html"),
     DocMeta("Detected title", "", "", "http://twwtn.com/anews/202502/75844.html",
             Period(date(2025, 2, 1), "month"), "metadata", "", (1, 31)), []),
    ("a stated date wins over the address", DETECTED, _row(url="https://www.example.com/2020/01/01/x"),
     replace(DETECTED, url="https://www.example.com/2020/01/01/x"), []),
    ("the csv date wins over the address", UNDATED,
     _row(url="https://www.example.com/2020/01/01/x", published="2023-05"),
     DocMeta("Detected title", "", "", "https://www.example.com/2020/01/01/x", Period(date(2023, 5, 1), "month"),
             "metadata", ""), []),
    ("a detected address without a csv row", replace(UNDATED, url="https://x.test/2024/05/08/a"), None,
     replace(UNDATED, url="https://x.test/2024/05/08/a", published=Period(date(2024, 5, 8), "day"),
             date_origin="metadata"), []),
    ("partial row without optional columns", DETECTED, {"file": "a.txt", "author": "Zhang San"},
     DocMeta("Detected title", "Detected source", "Zhang San", "", DETECTED.published, "text", ""), []),
]


@pytest.mark.parametrize(("detected", "row", "merged", "warnings"), [case[1:] for case in MERGE_CASES],
                         ids=[case[0] for case in MERGE_CASES])
def test_merge_metadata(detected, row, merged, warnings):
    assert merge_metadata(detected, row) == (merged, warnings)


def test_merge_with_the_seed_metadata_rows(seed_texts, boilerplate_rules, seed_dir):
    from lib.read.metadata_csv import read_metadata_csv

    rows, warnings = read_metadata_csv(seed_dir)
    assert warnings == []
    _, removed = strip_boilerplate(seed_texts["002"], boilerplate_rules)
    meta, problems = merge_metadata(detect_metadata(seed_texts["002"], removed),
                                    rows["002_edb25278540afc68.txt"])
    assert problems == []
    assert (meta.published.iso(), meta.date_origin, meta.language) == ("2025-01-16", "text", "en")
    _, removed = strip_boilerplate(seed_texts["004"], boilerplate_rules)
    meta, problems = merge_metadata(detect_metadata(seed_texts["004"], removed),
                                    rows["004_7deb7713580fdd7d.txt"])
    assert (meta.published, meta.date_origin, problems) == (Period(date(2024, 2, 1), "month"), "inferred", [])


@given(st.dictionaries(st.sampled_from(ALL_COLUMNS + ("extra",)), st.text(max_size=30)))
def test_merge_metadata_never_raises(row):
    merged, warnings = merge_metadata(UNDATED, row)
    assert isinstance(merged, DocMeta)
    assert all(isinstance(warning, str) for warning in warnings)
    assert merged.date_origin in ("text", "metadata", "inferred", "unknown")


@given(st.text(max_size=400))
def test_detect_metadata_never_raises(text):
    meta = detect_metadata(text, [])
    assert meta.date_origin in ("text", "unknown")


# A year-less dateline takes its year from the months the article states, never from a bare number.
@pytest.mark.parametrize(("text", "published"), [
    ("标题\n《科创板日报》1 月 9 日讯(编辑 宋子乔)\n明星 AI 公司扎堆上市，已成为 2026 年初香港资本市场最瞩目的现象。",
     "2026-01-09"),
    ("标题\n中新网 1 月 17 日电\n小红书登顶下载榜。", None),
    ("标题\n新华社北京3月2日电\n腾讯2025年8月发布混元，2024年12月发布元宝。", "2026-03-02"),
    ("标题\n新华社北京9月2日电\n腾讯2025年8月发布混元。", "2025-09-02"),
    ("Title\nBEIJING, Jan 20 (Reuters) - DeepSeek released R1 on January 20, 2025; it has 2030 plans.",
     "2025-01-20"),
    ("Title\nBEIJING, Feb 29 (Reuters) - The 1990年代 were different.", None),
    # A year a plan aims at is no year reported.
    ("标题\n新华社北京1月9日电\n腾讯2025年8月发布混元，计划到2030年实现盈利。", "2026-01-09"),
    ("標題\n中央社北京1月9日電\n騰訊2025年8月發佈混元，力爭2030年前實現盈利。", "2026-01-09"),
    ("Title\nBEIJING, Jan 9 (Reuters) - Tencent launched Hunyuan in August 2025 and targets profit by "
     "December 2030.", "2026-01-09"),
    # Nor is a year of the company's past: its founding, the start of a span up to now.
    ("标题\n扬子晚报网12月8日讯(记者 范晓林)12月5日,摩尔线程在科创板上市。\n摩尔线程成立于2020年10月。", None),
    ("標題\n中央社北京1月9日電\n小米成立於2010年4月，2025年3月發布新車。", "2026-01-09"),
    ("Title\nBEIJING, Jan 9 (Reuters) - Zhipu, founded in March 2019, listed in Hong Kong.", None),
    ("Title\nBEIJING, Jan 9 (Reuters) - Kuaishou has grown since 2016; it reported in November 2025.",
     "2026-01-09"),
    ("标题\n新华社北京3月2日电\n自2023年以来，腾讯持续投入。", None),
    # Datelines with no city, or with the day in brackets (W en2101): the year the article states.
    ("Title\nAsian Tech Press (Aug 30) --\nMeituan released its interim results ended June 30, 2021 on Monday.",
     "2021-08-30"),
    ("Title\nDec 21 (Reuters) - MiniMax said in December 2025 it passed a listing hearing.", "2025-12-21"),
    ("Title\nKUALA LUMPUR (Nov 8): Tencent said in a statement Nov 7 it would expand.", None),
    # Class (publication date not read, AA en2519, AG en3106): no stated year, the lead's weekday and the years
    # named: the one year of the three around the latest in which the dateline's day is that weekday. A stated year
    # reads first.
    ("Title\nCHANGSHA, Sept. 26 (Xinhua) --\nA total of 45 taxis started carrying passengers on a trial basis "
     "Thursday in Changsha.\nThe trial road may reach 135 km by the first half of 2020.", "2019-09-26"),
    ("Title\nDec 21 (Reuters) - MiniMax has passed a listing hearing, according to a stock exchange filing on "
     "Sunday.\nThe offering could happen before the end of 2025.", "2025-12-21"),
    ("Title\nDec 21 (Reuters) - MiniMax has passed a listing hearing, according to a filing last Sunday.\n"
     "The offering could happen before the end of 2025.", None),
    ("标题\n新华社长沙9月26日电\n45辆自动驾驶出租车周四在长沙开始试运营。百度2019年4月成立合资公司。", "2019-09-26"),
    ("標題\n新華社長沙9月26日電\n45輛自動駕駛出租車週五在長沙開始試運營。百度2019年4月成立合資公司。", "2019-09-26"),
    # A page printing its dateline twice (above the headline, then opening the story): the lead is the one after
    # the line read, not after the first line alike.
    ("CHANGSHA, Sept. 26 (Xinhua) --\nTitle\nCHANGSHA, Sept. 26 (Xinhua) --\nA total of 45 taxis started carrying "
     "passengers on a trial basis Thursday in Changsha.\nThe trial road may reach 135 km by the first half of 2020.",
     "2019-09-26"),
    ("新华社长沙9月26日电\n标题\n新华社长沙9月26日电\n45辆自动驾驶出租车周四在长沙开始试运营，车型为2019款红旗。",
     "2019-09-26"),
    ("新華社長沙9月26日電\n標題\n新華社長沙9月26日電\n45輛自動駕駛出租車週四在長沙開始試運營，車型為2019款紅旗。",
     "2019-09-26"),
    ("新华社长沙9月26日电\n标题\n新华社长沙9月26日电\n45辆自动驾驶出租车周五在长沙开始试运营，车型为2019款红旗。",
     None),
])
def test_a_year_less_dateline_takes_the_latest_stated_year(text, published, boilerplate_rules):
    meta = _detect(text, boilerplate_rules)
    assert (meta.published.iso() if meta.published else None) == published


# Class (publication dates not read, T en1809): a story opening with its day of writing glossed without a year
# ("Today (17 March), …", "今天(1 月 9 日),…") states the publication's month and day as a year-less dateline does:
# its year is the latest the article states, or the address's.
@pytest.mark.parametrize(("text", "url", "published"), [
    ("Title\nToday (17 March), Meituan reported its results for the year ended December 31, 2024.", "",
     "2025-03-17"),
    ("Title\nToday (March 17th), Meituan reported revenue for the quarter ended December 31, 2024.", "",
     "2025-03-17"),
    ("Title\nToday (Aug. 5), Kuaishou said revenue for the quarter ended June 30, 2025 rose 13%.", "", "2025-08-05"),
    ("标题\n今天(1 月 9 日),MiniMax在港交所上市,公司2025年12月完成招股。", "", "2026-01-09"),
    ("标题\n今日（3月5日），阿里巴巴宣布，其2024年12月推出的推理模型用户已破亿。", "", "2025-03-05"),
    ("標題\n今日（3月5日），騰訊宣布，其2024年12月推出的推理模型用戶已破億。", "", "2025-03-05"),
    ("標題\n今天（9月20日），華為Mate XT正式發售。", "https://www.example.com/2024/09/20/mate-xt", "2024-09-20"),
    # with the day's weekday in the gloss
    ("Title\nToday (Monday, 17 March), Meituan reported its results for the year ended December 31, 2024.", "",
     "2025-03-17"),
    ("标题\n今天（1月9日，周五），MiniMax在港交所上市，公司2025年12月完成招股。", "", "2026-01-09"),
    ("標題\n今日（週三，3月5日），騰訊宣布，其2024年12月推出的推理模型用戶已破億。", "", "2025-03-05"),
    # the address's date wins over the year the text's latest month suggests
    ("标题\n今天(3月28日),小米发布SU7。\n2021年,小米宣布造车。", "http://twwtn.com/anews/202403/75844.html",
     "2024-03-28"),
    # near misses: no year stated anywhere; a day alone; a today inside the sentence; a month and no day
    ("Title\nToday (17 March), Meituan reported its annual results.", "", None),
    ("标题\n今天(20日)早间,字节跳动发布声明,公司2025年营收增长。", "", None),
    ("标题\n字节跳动今天(9月20日)早间发布声明,公司2025年营收增长。", "", None),
    ("Title\nMeituan said today (17 March) that results for the year ended December 31, 2024 beat forecasts.", "",
     None),
    ("标题\n今天(2026 年 2 月),这个发布被业界称为斯普特尼克时刻。", "", None),
])
def test_a_glossed_today_without_its_year_is_a_year_less_dateline(text, url, published, boilerplate_rules):
    merged, _ = merge_metadata(_detect(text, boilerplate_rules), _row(url=url) if url else None)
    assert (merged.published.iso() if merged.published else None) == published


# Class (publication dates not read, W zs2103): a story opening with a year-less day that its first sentence calls
# today ("1月8日,…——就在今天下午,阿里宣布…") states the day of writing, dated as a year-less dateline is.
@pytest.mark.parametrize(("text", "url", "published"), [
    ("标题\n1月8日,美团股价下跌3.35%——就在今天下午,阿里宣布加大淘宝闪购投入。\n京东2025年2月高调入局。", "",
     "2026-01-08"),
    ("標題\n11月8日，界面新聞獲悉，字節跳動已於今日開啟第二輪期權回購。\n公司2023年9月曾回購股權。", "",
     "2023-11-08"),
    ("Title\nOn January 8, Meituan fell 3.35% as Alibaba said today it would spend more.\nJD.com entered in "
     "February 2025.", "", "2026-01-08"),
    ("标题\n1月8日,美团股价今天下跌3.35%。", "https://www.example.com/2026/01/story", "2026-01-08"),
    # near misses: no year stated anywhere; today in another sentence; the day told later in the sentence
    ("标题\n1月8日,美团股价今天下跌3.35%。", "", None),
    ("标题\n1月8日,美团股价下跌3.35%。今天下午,阿里宣布加大投入,其2025年2月入局。", "", None),
    ("標題\n隨著4月2日理想汽車公布銷量,我們今天來盤點2021年3月的交付量。", "", None),
])
def test_an_opening_day_called_today_is_a_year_less_dateline(text, url, published, boilerplate_rules):
    merged, _ = merge_metadata(_detect(text, boilerplate_rules), _row(url=url) if url else None)
    assert (merged.published.iso() if merged.published else None) == published


# Class (publication dates not read, W en2118): a header printing its day without a year ("Geekpark News · Jul 5
# 14:28") is dated as a year-less dateline: the latest month the article states, or the address's date.
@pytest.mark.parametrize(("text", "url", "published"), [
    ("Title\nGeekpark News · Jul 5 14:28\nAs of July 2, 2025, Xiaomi's AI glasses passed 30,000 activations.", "",
     "2025-07-05"),
    ("Title\nDeep News Oct 28\nPony AI and WeRide plan Hong Kong listings.", "https://www.example.com/2025/10/x",
     "2025-10-28"),
    ("标题\n发布时间：3月5日 10:20\n腾讯2024年12月推出的推理模型用户已破亿。", "", "2025-03-05"),
    ("標題\n更新於 3月5日 10:20\n騰訊2024年12月推出的推理模型用戶已破億。", "", "2025-03-05"),
    # near misses: no year stated anywhere; a Chinese headline's day is no date line
    ("Title\nDeep News 08/22\nKuaishou's Q2 performance exceeded expectations.", "", None),
    ("宁德时代将于5月20日登陆港股\n公司2024年12月宣布发行H股。", "", None),
])
def test_a_date_line_without_its_year_is_a_year_less_dateline(text, url, published, boilerplate_rules):
    merged, _ = merge_metadata(_detect(text, boilerplate_rules), _row(url=url) if url else None)
    assert (merged.published.iso() if merged.published else None) == published


# Date lines as outlets print them: a date with times, zones, weekdays, cue words and a short name.
@pytest.mark.parametrize(("header", "published"), [
    ("Updated 10:30 AM EST, Mon January 13, 2025", "2025-01-13"),
    ("Published Tue, Sep 15 2020 9:41 AM EDT", "2020-09-15"),
    ("September 15, 2020 at 3:05 p.m. EDT", "2020-09-15"),
    ("2020-09-15T09:41:00Z", "2020-09-15"),
    ("Caixin Global | Sep 15, 2020 09:41 PM", "2020-09-15"),
    ("Tech Startups | October 17, 2023", "2023-10-17"),
    ("Monday, January 13, 2025", "2025-01-13"),
    ("2025-12-11 10:03:21 | AsianFin", "2025-12-11"),
    ("海报新闻 2026-03-06 09:12", "2026-03-06"),
    ("2024/04/03 14:33", "2024-04-03"),
    # US time zones as business sites print them, a byline after the time
    ("Aug. 30, 2025 7:00 AM ET By: Clark Schultz, SA News Editor", "2025-08-30"),
    ("Jan. 27, 2025 5:42 PM ET", "2025-01-27"),
    ("March 4, 2025 9:15 AM PT By Staff Writer", "2025-03-04"),
    ("2025-02-24 08:00 HKT", "2025-02-24"),
    # a blog's reading time after the date; traditional cue words and weekdays
    ("March 12, 2025 · 5 min read", "2025-03-12"),
    ("Mar 12, 2025 | 4 minute read", "2025-03-12"),
    ("Written by Jane Doe on March 12, 2025", "2025-03-12"),
    ("Reported by Jane Doe, March 12, 2025", "2025-03-12"),
    ("Written in Beijing about the events of March 12, 2025", None),
    ("發佈時間：2025-03-12 14:30", "2025-03-12"),
    ("2025年3月12日 週三 14:30", "2025-03-12"),
    # Issue 9: date lines the narrative class leaned on, as wires and Hong Kong and Taiwan outlets print
    # them: a UTC offset after the time (Reuters: "January 22, 2025 4:01 AM GMT+8", copied from the page
    # with the year and time run together), an ISO time with its offset, "Updated 2 hours ago", a Chinese
    # part of the day (上午, 下午), a Taiwanese byline (記者王小明／台北報導), an outlet with digits (香港01).
    ("January 22, 2025 4:01 AM GMT+8", "2025-01-22"),
    ("January 22, 20254:01 AM GMT+8Updated 2 hours ago", "2025-01-22"),
    ("Sat, January 25, 2025 at 10:30 AM GMT+8", "2025-01-25"),
    ("2025-01-22T10:30:00+08:00", "2025-01-22"),
    ("January 22, 2025 / 10:30 AM / Updated 2 hours ago", "2025-01-22"),
    ("2025年1月22日 週三 上午10:30", "2025-01-22"),
    ("2025年1月22日 下午3:30", "2025-01-22"),
    ("記者王小明／台北報導 2025-01-22 10:30", "2025-01-22"),
    ("2025-01-22 15:30 聯合報／ 記者王小明／台北即時報導", "2025-01-22"),
    ("香港01 2025-01-22 10:30", "2025-01-22"),
    ("文／王小明 2025-01-22", "2025-01-22"),
    # Class: a page copied as text runs its spans together, a month name right after a small letter
    # ("5 min read" and the date); Chinese lines read the same run together
    ("5 min readDec 8, 2023", "2023-12-08"),
    ("4 minute readMarch 12, 2025", "2025-03-12"),
    ("Updated 2 hours agoJanuary 22, 2025", "2025-01-22"),
    ("阅读5分钟2023年12月8日", "2023-12-08"),
    ("閱讀5分鐘2023年12月8日", "2023-12-08"),
    ("DeepSeek launched R1 onJanuary 20, 2025", None),
    # a sentence with a date is not a date line
    ("DeepSeek launched R1 on January 20, 2025", None),
    ("Tencent said on January 20, 2025 4:01 AM GMT+8 that it would buy back shares", None),
    ("Huawei sold 10 million phones by March 3, 2024 in China", None),
])
def test_a_date_line_gives_the_publication_date(header, published, boilerplate_rules):
    meta = _detect("Doubao Turns One\n" + header + "\n" + BODY, boilerplate_rules)
    assert (meta.published.iso() if meta.published else None) == published


@pytest.mark.parametrize(("header", "month_day"), [
    ("中新网 1 月 17 日电 ( 张乃月 )", (1, 17)),
    ("（中央社記者鍾榮峰台北3月9日電）", (3, 9)),
    ("BEIJING, Jan 20 (Reuters) - ByteDance said it would invest more.", (1, 20)),
    # a day alone is kept with month 0: only an address filed under a month gives it one
    ("（中央社台北16日電）", (0, 16)),
    ("（中央社台北16日电）", (0, 16)),
    ("【香港中通社十五日電】", (0, 15)),
    ("BEIJING (Reuters) - ByteDance said it would invest more.", None),
])
def test_a_dateline_without_a_year_anywhere_keeps_its_day_for_the_address(header, month_day, boilerplate_rules):
    text = "\n".join(("豆包一周年", header, "字节跳动发布了豆包大模型。"))
    meta = _detect(text, boilerplate_rules)
    assert (meta.published, meta.dateline_day) == (None, month_day)


@pytest.mark.parametrize(("headers", "day"), [
    (("（中央社台北16日電）", "新华社北京1月9日电"), (1, 9)),
    (("新华社北京1月9日电", "（中央社台北16日電）"), (1, 9)),
    (("（中央社台北16日電）", "【香港中通社十五日電】"), (0, 16)),
])
def test_of_two_year_less_datelines_a_month_and_day_wins_over_a_day_alone(headers, day, boilerplate_rules):
    meta = _detect("\n".join(("豆包一周年", *headers, "字节跳动发布了豆包大模型。")), boilerplate_rules)
    assert (meta.published, meta.dateline_day) == (None, day)


def test_a_dateline_whose_year_was_guessed_keeps_its_day_for_the_address(boilerplate_rules):
    meta = _detect("\n".join(("豆包一周年", "新华社北京1月9日电（记者张三）", BODY)), boilerplate_rules)
    assert (meta.published, meta.dateline_day) == (Period(date(2024, 1, 9), "day"), (1, 9))


def test_a_dateline_stating_its_year_keeps_no_day(boilerplate_rules):
    meta = _detect("\n".join(("豆包一周年", "新华社北京2024年1月9日电（记者张三）", BODY)), boilerplate_rules)
    assert (meta.published, meta.dateline_day) == (Period(date(2024, 1, 9), "day"), None)


XIAOMI_2024 = "http://yuxinews.com/c/2024/03/29/882000.shtml"


@pytest.mark.parametrize(("header", "body", "url", "published"), [
    # a year-less dateline's year guessed from a year the story recalls yields to the address's
    ("新华社北京3月28日电(记者郭宇靖)", "小米集团发布SU7。\n2021年,小米集团宣布造车。", XIAOMI_2024, "2024-03-29"),
    ("（中央社記者台北3月28日電）", "小米集團發布SU7。\n2021年，小米集團宣布造車。", XIAOMI_2024, "2024-03-29"),
    ("BEIJING, March 28 (Reuters) - Xiaomi launched the SU7.", "Xiaomi said in March 2021 it would make cars.",
     "https://www.example.com/2024/03/29/xiaomi-su7", "2024-03-29"),
    # an address filed under a month makes the dateline's day of that month
    ("新华社北京3月28日电(记者郭宇靖)", "2021年,小米集团宣布造车。", "http://twwtn.com/anews/202403/75844.html",
     "2024-03-28"),
    # Class (publication dates not read): an address filed under a year alone makes a year-less dateline's day of
    # that year, as one filed under a month does; the dateline's month and day may be in Chinese numerals
    ("2 月 5 日上午消息,快手上市首日开盘上涨", "快手科技发布公告。", "http://2r3nbw.cn/2021/yidongwangluo_02057950.html",
     "2021-02-05"),
    ("新华社北京三月二十八日电(记者郭宇靖)", "小米集团发布SU7。", "https://www.example.com/2024/xiaomi-su7",
     "2024-03-28"),
    ("【香港中通社三月二十八日電】", "小米集團發布SU7。", "http://twwtn.com/anews/202403/75844.html", "2024-03-28"),
    ("BEIJING, March 28 (Reuters) - Xiaomi launched the SU7.", "Xiaomi said in March 2021 it would make cars.",
     "https://www.example.com/2024/xiaomi-su7", "2024-03-28"),
    # a dateline's day alone takes its month and year from an address filed under a month
    ("【香港中通社十五日電】", "英偉達公布財報。", "http://twwtn.com/anews/202509/75844.html", "2025-09-15"),
    ("（中央社記者張建中新竹26日電）", "台積電公布營收。", "https://www.example.com/2025/12/tsmc", "2025-12-26"),
    ("【中新社廿一日电】", "腾讯公布业绩。", "http://twwtn.com/anews/202503/75844.html", "2025-03-21"),
    # near misses: a day alone under a year names no month; a day the month lacks; an address's year with no
    # dateline stays a year
    ("【香港中通社十五日電】", "英偉達公布財報。", "http://2r3nbw.cn/2025/yidongwangluo_02057950.html", "2025"),
    ("（中央社台北31日電）", "台積電公布營收。", "http://twwtn.com/anews/202502/75844.html", "2025-02"),
    ("小米集团发布SU7。", "雷军表示交付顺利。", "https://www.example.com/2024/xiaomi-su7", "2024"),
    # near misses: a dateline stating its year, or no dated address, keep the text's date
    ("新华社北京2021年3月28日电(记者郭宇靖)", "2021年,小米集团宣布造车。", XIAOMI_2024, "2021-03-28"),
    ("（中央社記者台北2021年3月28日電）", "2021年，小米集團宣布造車。", XIAOMI_2024, "2021-03-28"),
    ("新华社北京3月28日电(记者郭宇靖)", "2021年,小米集团宣布造车。", "http://yuxinews.com/c/882000.shtml",
     "2021-03-28"),
    ("BEIJING, March 28 (Reuters) - Xiaomi launched the SU7.", "Xiaomi said in March 2021 it would make cars.",
     "https://www.example.com/news/xiaomi-su7", "2021-03-28"),
])
def test_the_address_dates_a_dateline_whose_year_was_guessed(header, body, url, published, boilerplate_rules):
    detected = _detect("\n".join(("小米SU7发布", header, body)), boilerplate_rules)
    merged, _ = merge_metadata(detected, _row(url=url))
    assert merged.published.iso() == published


def test_a_csv_date_wins_over_the_address_and_a_guessed_dateline_year(boilerplate_rules):
    text = "\n".join(("小米SU7发布", "新华社北京3月28日电", "2021年,小米集团宣布造车。"))
    detected = _detect(text, boilerplate_rules)
    merged, _ = merge_metadata(detected, _row(url=XIAOMI_2024, published="2024-03-30"))
    assert (merged.published.iso(), merged.dateline_day) == ("2024-03-30", None)


@pytest.mark.parametrize(("row", "dated"), [
    ({"published": "2025-01-16"}, True),
    ({"published": " 2025-01 ", "source": "Reuters"}, True),
    ({"published": "2025"}, True),
    ({"published": ""}, False),
    ({"published": "16 January 2025"}, False),  # not ISO: the text's date is used, with a warning
    ({"published": "2025-02-30"}, False),
    ({"title": "豆包一周年"}, False),
    (None, False),
])
def test_dated_by_row(row, dated):
    assert dated_by_row(row) is dated


@pytest.mark.parametrize(("header", "source", "author", "published"), DETECTION_CASES)
@pytest.mark.parametrize("row", [{"published": "2025-03-01", "language": "en"}, {"published": "2024-12"},
                                 {"published": "2024", "source": "Caixin", "date_origin": "inferred"}])
def test_a_row_with_its_date_merges_the_same_without_the_texts_date(header, source, author, published, row,
                                                                      boilerplate_rules):
    """Bylines, date lines and datelines in English, simplified and traditional Chinese: the text's date left
    unread changes nothing a row's date is merged into."""
    text = "\n".join(line for line in ("Doubao Turns One", header, BODY) if line)
    _, removed = strip_boilerplate(text, boilerplate_rules)
    read = merge_metadata(detect_metadata(text, removed), row)
    unread = merge_metadata(detect_metadata(text, removed, dated=True), row)
    assert unread == read
    assert unread[0].published == parse_iso_period(row["published"])
