"""Events: which sentences become events, with which dates and companies."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.attribution import Attributor
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.event_types import EventTyper
from lib.extract.events import SentenceSpan, is_planned, sentence_events
from lib.extract.gazetteer import EntityMatch
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import load_rules
from tests.unit.extract.test_events_news_classes import _events as _passage_events

RULES = load_rules()
FUTURE_CUES = cue_patterns(RULES.future_cues)
TYPER = EventTyper(RULES.triggers)
ATTRIBUTOR = Attributor(RULES.clause_cues, RULES.company_references)


def _mention(start: int, end: int, entity: str, kind: str, company: str) -> EntityMatch:
    return EntityMatch(start, end, entity, entity, kind, company)


def test_only_sentences_with_a_date_and_a_company_or_regulation_become_events():
    sentences = [
        SentenceSpan(0, 0, 40, "Tencent launched Hunyuan in September 2023."),
        SentenceSpan(1, 41, 70, "The model was released in May."),
        SentenceSpan(2, 71, 100, "Tencent is a large company."),
        SentenceSpan(3, 101, 150, "The Measures took effect on August 15."),
    ]
    mentions = {
        0: [_mention(0, 7, "Tencent", "company", "Tencent"), _mention(17, 24, "Hunyuan", "product", "Tencent")],
        2: [_mention(71, 78, "Tencent", "company", "Tencent")],
        3: [_mention(105, 113, "Generative AI Measures", "regulation", "")],
    }
    rows = sentence_events("doc", sentences, mentions, Period(date(2023, 10, 1), "month"), TYPER)
    assert [(r["sent_id"], r["date"], r["companies"], r["event_type"]) for r in rows] == [
        (0, "2023-09-01", "Tencent", "launch"),
        (3, "2023-08-15", "", "regulation"),
    ]
    assert rows[1]["regulations"] == "Generative AI Measures"
    assert rows[0]["start"] == sentences[0].text.index("September 2023")


def test_the_next_day_chains_across_sentences():
    sentences = [
        SentenceSpan(0, 0, 50, "Xueyu accused Xiaohongshu on July 30 of taking works."),
        SentenceSpan(1, 51, 100, "The next day, Xiaohongshu said nothing."),
    ]
    mentions = {
        0: [_mention(14, 25, "Xiaohongshu", "company", "Xiaohongshu")],
        1: [_mention(65, 76, "Xiaohongshu", "company", "Xiaohongshu")],
    }
    rows = sentence_events("d", sentences, mentions, Period(date(2023, 8, 1), "month"), TYPER)
    assert [r["date"] for r in rows] == ["2023-07-30", "2023-07-31"]


def test_a_date_inside_a_dateline_is_no_event():
    text = "新华社北京1月9日电 字节跳动8日发布新模型。"
    sentences = [SentenceSpan(0, 0, len(text), text)]
    mentions = {0: [_mention(11, 15, "字节跳动", "company", "ByteDance")]}
    published = Period(date(2025, 1, 9), "day")
    rows = sentence_events("d", sentences, mentions, published, TYPER, datelines=[(0, 10)])
    assert [(r["date_text"], r["date"]) for r in rows] == [("8日", "2025-01-08")]
    rows = sentence_events("d", sentences, mentions, published, TYPER)
    assert [r["date_text"] for r in rows] == ["1月9日", "8日"]


def test_without_an_attributor_every_date_takes_every_company_of_its_sentence():
    text = "Doubao launched in the second half of last year, after Baidu and Alibaba launched in March and April."
    sentences = [SentenceSpan(0, 0, len(text), text)]
    mentions = {0: [_mention(0, 6, "Doubao", "product", "ByteDance"), _mention(55, 60, "Baidu", "company", "Baidu"),
                    _mention(65, 72, "Alibaba", "company", "Alibaba")]}
    rows = sentence_events("d", sentences, mentions, Period(date(2024, 2, 1), "month"), TYPER)
    assert [(r["date"], r["precision"]) for r in rows] == [
        ("2023-07-01", "half"), ("2023-03-01", "month"), ("2023-04-01", "month")]
    assert {r["companies"] for r in rows} == {"ByteDance;Baidu;Alibaba"}
    assert len({r["event_id"] for r in rows}) == 3


# (published, sentence, date words, planned): a date after the publication period is a plan.
PLAN_CASES = [
    (Period(date(2024, 2, 1), "month"), "ByteDance will launch the model next year.", "next year", True),
    # seed 004 (Bloomberg): "… will release its plans by the end of the year"
    (Period(date(2024, 2, 1), "month"), "Apple will release its plans by the end of the year.",
     "the end of the year", True),
    (Period(date(2024, 2, 1), "month"), "ByteDance hired him in January.", "January", False),
    # This year holds the publication month: not after it.
    (Period(date(2024, 2, 1), "month"), "ByteDance aims to double revenue this year.", "this year", False),
    (Period(date(2024, 2, 15), "day"), "Tencent said it will open the app on February 20.", "February 20", True),
    (Period(date(2024, 2, 15), "day"), "Tencent opened the app on February 15.", "February 15", False),
    (Period(date(2024, 2, 1), "month"), "字节跳动计划明年推出视频模型。", "明年", True),
    (Period(date(2024, 2, 1), "month"), "百度预计今年下半年开源文心大模型。", "今年下半年", True),
    (Period(date(2024, 2, 1), "month"), "騰訊預計於2025年推出新版混元。", "2025年", True),
    (Period(date(2024, 2, 1), "month"), "阿里巴巴于2023年4月发布通义千问。", "2023年4月", False),
    # Unknown publication: nothing is known to lie ahead.
    (None, "ByteDance plans to build the cluster by 2028.", "2028", False),
]


@pytest.mark.parametrize(("published", "sentence", "date_words", "planned"), PLAN_CASES)
def test_a_date_after_publication_is_a_plan(published, sentence, date_words, planned):
    company = next(name for name in ("ByteDance", "Apple", "Tencent", "字节跳动", "百度", "騰訊", "阿里巴巴")
                   if name in sentence)
    start = sentence.index(company)
    mentions = {0: [_mention(start, start + len(company), company, "company", company)]}
    rows = sentence_events("d", [SentenceSpan(0, 0, len(sentence), sentence)], mentions, published, TYPER,
                           FUTURE_CUES)
    assert [(row["date_text"], row["planned"]) for row in rows] == [(date_words, planned)]
    assert is_planned(Period(date(2025, 1, 1), "year"), published) is (published is not None)


# (sentences, [(date words, resolved period start)]) of an article whose publication date is unknown.
NARRATIVE_CASES = [
    (["ByteDance founded its AI lab in 2016.", "In March, ByteDance hired a new head of research."],
     [("2016", "2016-01-01"), ("March", "2016-03-01")]),
    (["字节跳动于2023年8月发布豆包大模型。", "12月，字节跳动又推出了视频模型。"],
     [("2023年8月", "2023-08-01"), ("12月", "2023-12-01")]),
    (["騰訊於2023年9月發佈混元大模型。", "去年，騰訊已開始內測。"],
     [("2023年9月", "2023-09-01"), ("去年", "2022-01-01")]),
    # Before any absolute date, a year-less date has nothing to lean on: no date (its month kept for its story).
    (["In March, ByteDance hired a new head of research.", "ByteDance founded its AI lab in 2016."],
     [("March", ""), ("2016", "2016-01-01")]),
]


@pytest.mark.parametrize(("texts", "expected"), NARRATIVE_CASES)
def test_without_a_publication_date_dates_resolve_against_the_latest_absolute_date(texts, expected):
    sentences, mentions, start = [], {}, 0
    for number, text in enumerate(texts):
        sentences.append(SentenceSpan(number, start, start + len(text), text))
        company = next(name for name in ("ByteDance", "字节跳动", "騰訊") if name in text)
        offset = start + text.index(company)
        mentions[number] = [_mention(offset, offset + len(company), company, "company", company)]
        start += len(text) + 1
    rows = sentence_events("d", sentences, mentions, None, TYPER, attributor=ATTRIBUTOR)
    assert [(row["date_text"], row["date"]) for row in rows] == expected
    assert not any(row["planned"] for row in rows)


# Class (splits L, M: "read alone right, wrong in the article"): an undated story is told in the year of the
# dates it reports, not of one a plan aims at, a forecast is given for, or a figure is set against or counted
# since. (sentences, [(date words, resolved period start)])
NARRATIVE_YEAR_CASES = [
    pytest.param(["Alibaba reported record sales in 2025.", "Alibaba will hold its investor day on January 15, 2026.",
                  "In October, Alibaba's cloud revenue rose 34%."],
                 [("2025", "2025-01-01"), ("January 15, 2026", "2026-01-15"), ("October", "2025-10-01")],
                 id="plan's day, English"),
    pytest.param(["腾讯2025年营收增长12%。", "腾讯将于2026年3月18日公布全年业绩。", "10月，腾讯云收入增长两成。"],
                 # 全年业绩 told on a day of 2026 are the story's year's results (tests/data/realnews/README.md,
                 # settled conventions: 全年 standing for one definite year is a year)
                 [("2025年", "2025-01-01"), ("2026年3月18日", "2026-03-18"), ("全年", "2025-01-01"),
                  ("10月", "2025-10-01")],
                 id="plan's day, simplified"),
    pytest.param(["台積電2025年營收創新高。",
                  "台積電將於2026年1月15日召開法說會。", "台積電10月及11月營收合計達7110億元。"],
                 [("2025年", "2025-01-01"), ("2026年1月15日", "2026-01-15"), ("10月", "2025-10-01"),
                  ("11月", "2025-11-01")],
                 id="plan's day, traditional"),
    pytest.param(["Kuaishou's revenue grew 13% in 2025.", "Kuaishou raised its 2026 revenue guidance.",
                  "Kuaishou's sales in December beat estimates."],
                 [("2025", "2025-01-01"), ("2026", "2026-01-01"), ("December", "2025-12-01")],
                 id="forecast's year, English"),
    pytest.param(["快手2025年第四季度营收增长13%。",
                  "快手同时公布2026年第一季度业绩指引。", "快手12月日活用户创新高。"],
                 [("2025年第四季度", "2025-10-01"), ("2026年第一季度", "2026-01-01"), ("12月", "2025-12-01")],
                 id="forecast's quarter, simplified"),
    pytest.param(["台積電公布2025年第4季財報及2026年第1季業績展望。", "台積電11月營收年增逾三成。"],
                 [("2025年第4季", "2025-10-01"), ("2026年第1季", "2026-01-01"), ("11月", "2025-11-01")],
                 id="forecast's quarter, traditional"),
    pytest.param(["Apple's iPhone sales in China rose in 2021.",
                  "Apple topped the market for the first time since 2015.",
                  "In December, Apple's share reached 23%."],
                 [("2021", "2021-01-01"), ("2015", "2015-01-01"), ("December", "2021-12-01")],
                 id="since a year, English"),
    pytest.param(["苹果2021年第四季度在中国市场份额创新高。",
                  "这是苹果自2015年以来首次登顶。", "12月，苹果市占率达到23%。"],
                 [("2021年第四季度", "2021-10-01"), ("2015年", "2015-01-01"), ("12月", "2021-12-01")],
                 id="since a year, simplified"),
    pytest.param(["蘋果2021年最後一季市占率創新高。", "這讓蘋果自2015年以來再度登頂。", "去年，蘋果銷量下滑。"],
                 [("2021年最後一季", "2021-10-01"), ("2015年", "2015-01-01"), ("去年", "2020-01-01")],
                 id="since a year, traditional"),
    # near misses: a date the story reports moves it on, a future word elsewhere in its sentence or not
    pytest.param(["Alibaba reported record sales in 2024.", "On March 5, 2025, Alibaba said it will invest more in AI.",
                  "In June, Alibaba opened a data centre."],
                 [("2024", "2024-01-01"), ("March 5, 2025", "2025-03-05"), ("June", "2025-06-01")],
                 id="near miss: reported day, English"),
    pytest.param(["字节跳动2024年营收增长三成。",
                  "2025年1月，字节跳动宣布将投入更多资源。", "3月，字节跳动发布新模型。"],
                 [("2024年", "2024-01-01"), ("2025年1月", "2025-01-01"), ("3月", "2025-03-01")],
                 id="near miss: reported month, simplified"),
    pytest.param(["騰訊2024年營收創新高。", "2025年，騰訊達成財測。", "5月，騰訊推出新模型。"],
                 [("2024年", "2024-01-01"), ("2025年", "2025-01-01"), ("5月", "2025-05-01")],
                 id="near miss: a forecast met in its year, traditional"),
    # A year fused to a Chinese event's name ("2024未来汽车先行者大会") is no date, yet it tells an undated
    # story's year.
    pytest.param(["字节跳动在2024冬季FORCE原动力大会上发布新模型。", "3月，字节跳动推出视频模型。"],
                 [("3月", "2024-03-01")], id="event's name, simplified"),
    pytest.param(["騰訊在2025騰訊全球數字生態大會上發布新模型。", "5月，騰訊推出混元新版本。"],
                 [("5月", "2025-05-01")], id="event's name, traditional"),
    # So does an event's name before its year, in English as in Chinese ("World Governments Summit 2025"); a
    # product's does not ("Windows 2000" keeps its name for years).
    pytest.param(["Alibaba showed its new model at HDC 2024.", "In March, Alibaba cut prices."],
                 [("March", "2024-03-01")], id="event's name before its year, English"),
    pytest.param(["Alibaba's new model runs on Windows 2000.", "In March, Alibaba cut prices."],
                 [("March", "")], id="near miss: a product's year tells no year"),
    pytest.param(["字节跳动在2024冬季FORCE原动力大会上发布新模型。", "字节跳动2023年营收增长三成。",
                  "3月，字节跳动推出视频模型。"],
                 [("2023年", "2023-01-01"), ("3月", "2023-03-01")], id="near miss: a reported year moves the story on"),
    # The first year an undated story states places the days and months its own sentence names, before or after
    # it (the day of a conference named with its year, a quarter closing in a fiscal year); a shift ("last year",
    # 去年) in that sentence waits for a later one, as a founding year is no story's time.
    pytest.param(["On June 1, Kuaishou showed Kling at the 2024 World Artificial Intelligence Conference."],
                 [("June 1", "2024-06-01"), ("2024", "2024-01-01")], id="own sentence's year places its day, English"),
    pytest.param(["6月1日，腾讯在2024全球数字生态大会上发布混元新版本。"],
                 [("6月1日", "2024-06-01")], id="own sentence's year places its day, simplified"),
    pytest.param(["3月28日，台積電在2025技術論壇上公布新製程。"],
                 [("3月28日", "2025-03-28")], id="own sentence's year places its day, traditional"),
    pytest.param(["Founded in 2021, OpenAI raised $600 million last year."],
                 [("2021", "2021-01-01")], id="near miss: a shift waits for a later sentence, English"),
    pytest.param(["成立于2021年的拼多多去年营收大增。"],
                 [("2021年", "2021-01-01")], id="near miss: a shift waits for a later sentence, simplified"),
    # Class (publication date not read, L zs1002, AG zs3112): this year, or a part of it, in the sentence that
    # reports the story's year is that year ("8月27日，美团发布2025年半年报，今年第二季度…"); not when the year is a
    # time looked back on or set against ("从2024年的46.4%提升到了今年的49.2%", "founded in 2021").
    pytest.param(["On August 27, Kuaishou reported its results for the first half of 2025, and revenue this year "
                  "beat estimates."],
                 [("August 27", "2025-08-27"), ("the first half of 2025", "2025-01-01"), ("this year", "2025-01-01")],
                 id="this year of the year reported, English"),
    pytest.param(["8月27日，快手发布2025年半年报，今年第二季度净利润同比增长20%。"],
                 [("8月27日", "2025-08-27"), ("2025年半年报", "2025-01-01"), ("今年第二季度", "2025-04-01")],
                 id="this year of the year reported, simplified"),
    pytest.param(["騰訊在2020年峰會上表示，將於今年9月份發布新模型。"],
                 [("2020年", "2020-01-01"), ("今年9月份", "2020-09-01")],
                 id="this year of the year reported, traditional"),
    pytest.param(["拼多多的市场份额从2024年的46.4%提升到了今年的49.2%。"],
                 [("2024年", "2024-01-01")], id="near miss: this year set against a year, simplified"),
    pytest.param(["Founded in 2021, OpenAI raised $600 million this year."],
                 [("2021", "2021-01-01")], id="near miss: this year after a founding year, English"),
    pytest.param(["成立於1998年的京東今年營收大增。"],
                 [("1998年", "1998-01-01")], id="near miss: this year after a founding year, traditional"),
    pytest.param(["On March 20, Alibaba said revenue in the fourth quarter of 2024 rose 8%."],
                 [("March 20", ""), ("the fourth quarter of 2024", "2024-10-01")],
                 id="near miss: a day before the quarter it reports, English"),
    pytest.param(["3月20日，腾讯公布2024年第四季度营收增长11%。"],
                 [("3月20日", ""), ("2024年第四季度", "2024-10-01")],
                 id="near miss: a day before the quarter it reports, simplified"),
    pytest.param(["3月20日，台積電公布2024年第四季財報。"],
                 [("3月20日", ""), ("2024年第四季", "2024-10-01")],
                 id="near miss: a day before the quarter it reports, traditional"),
    # The days that first year places are the story's latest days too: a later sentence's weekday or bare day, once a
    # dateless sentence stands between, goes on from them (the sentence's dates are read again once placed).
    pytest.param(["Alibaba showed Qwen at the 2024 World Artificial Intelligence Conference on June 1.",
                  "Alibaba said the model answers faster.", "On Friday, Alibaba shares rose."],
                 [("2024", "2024-01-01"), ("June 1", "2024-06-01"), ("Friday", "2024-05-31")],
                 id="the days it places move the story on, English"),
    pytest.param(["6月1日，腾讯在2024全球数字生态大会上发布混元新版本。", "腾讯称新版本推理更快。",
                  "周五，腾讯股价上涨。"],
                 [("6月1日", "2024-06-01"), ("周五", "2024-05-31")],
                 id="the days it places move the story on, simplified"),
    pytest.param(["3月28日，騰訊在2025技術論壇上發佈新模型。", "騰訊稱新模型推理更快。", "30日，騰訊股價上漲。"],
                 [("3月28日", "2025-03-28"), ("30日", "2025-03-30")],
                 id="the days it places move the story on, traditional"),
    # Class (story set s4: "starting July 9" read as 2022): a date told in an aside about a name is not the
    # story's time ("ChatGPT, launched in November 2022, …"); a parenthesis alone is no aside, and a date in the
    # sentence's own clause still moves the story on.
    pytest.param(["OpenAI's ChatGPT, launched in November 2022, is not accessible in China.",
                  "OpenAI blocked API traffic from China starting July 9."],
                 [("November 2022", "2022-11-01"), ("July 9", "")], id="participial aside, English"),
    pytest.param(["成立于2015年的拼多多营收大增。", "3月3日，拼多多发布新应用。"],
                 [("2015年", "2015-01-01"), ("3月3日", "")], id="founding aside, simplified"),
    pytest.param(["成立於1998年的京東營收創新高。", "3月3日，京東表示將招聘1萬名快遞員。"],
                 [("1998年", "1998-01-01"), ("3月3日", "")], id="founding aside, traditional"),
    # March 23 told after November 2022 falls after it (``story_time.told_after_the_latest``): 2023, as it was.
    pytest.param(["OpenAI launched ChatGPT in November 2022.", "OpenAI added plugins on March 23."],
                 [("November 2022", "2022-11-01"), ("March 23", "2023-03-23")], id="near miss: own clause, English"),
    pytest.param(["英伟达市值(2025年10月29日)突破5万亿美元。", "10月30日，英伟达股价回落。"],
                 [("2025年10月29日", "2025-10-29"), ("10月30日", "2025-10-30")],
                 id="near miss: a parenthesis is no aside, simplified"),
]


@pytest.mark.parametrize(("texts", "expected"), NARRATIVE_YEAR_CASES)
def test_an_undated_story_is_told_in_the_year_it_reports(texts, expected):
    sentences, mentions, start = [], {}, 0
    for number, text in enumerate(texts):
        sentences.append(SentenceSpan(number, start, start + len(text), text))
        company = next(name for name in ("Alibaba", "Kuaishou", "Apple", "OpenAI", "腾讯", "台積電", "快手", "苹果",
                                         "蘋果", "字节跳动", "騰訊", "拼多多", "京東", "英伟达") if name in text)
        offset = start + text.index(company)
        mentions[number] = [_mention(offset, offset + len(company), company, "company", company)]
        start += len(text) + 1
    # Rules read a simplified copy of a traditional article, as lib/pipeline/article.py hands it.
    sentences = [SentenceSpan(s.sent_id, s.start, s.end, to_simplified(s.text)) for s in sentences]
    rows = sentence_events("d", sentences, mentions, None, TYPER, FUTURE_CUES, attributor=ATTRIBUTOR)
    assert [(row["date_text"], row["date"]) for row in rows] == [(to_simplified(words), at) for words, at in expected]


# (publication, sentences): year-less month-days kept without a year only while nothing dates the article.
YEAR_LESS_CASES = [
    pytest.param(None, ["Moonshot AI released Kimi K2 on July 11."],
                 [("", "07-11", "year unknown", "July 11")], id="undated: kept with its month and day"),
    # 同日 counted from the year-less day is that day too, its year as unknown (``days_told_again``).
    pytest.param(None, ["深度求索1月20日发布了R1，月之暗面同日发布Kimi k1.5。"],
                 [("", "01-20", "year unknown", "1月20日"), ("", "01-20", "year unknown", "同日")],
                 id="undated Chinese"),
    pytest.param(Period(date(2025, 8, 1), "day"), ["Moonshot AI released Kimi K2 on July 11."],
                 [("2025-07-11", "", "", "July 11")], id="dated: placed by the publication date"),
    pytest.param(None, ["Moonshot AI raised $1 billion in 2023.", "Moonshot AI released Kimi K2 on July 11."],
                 [("2023-01-01", "", "", "2023"), ("2023-07-11", "", "", "July 11")],
                 id="undated narrative: placed by the year read before it"),
    pytest.param(None, ["Kimi K2 shipped on July 11."], [], id="no company: no event"),
    # A month with no day, "this year" of an undated article included: "--MM", precision month.
    pytest.param(None, ["Moonshot AI released Kimi K2 in July."], [("", "--07", "year unknown", "July")],
                 id="undated: a month alone is kept with its month"),
    pytest.param(None, ["月之暗面在今年7月发布了Kimi K2。"], [("", "--07", "year unknown", "今年7月")],
                 id="undated Chinese: this year's month"),
    pytest.param(Period(date(2025, 8, 1), "day"), ["Moonshot AI released Kimi K2 in July."],
                 [("2025-07-01", "", "", "July")], id="dated: a month placed by the publication date"),
    pytest.param(None, ["Moonshot AI raised $1 billion in 2023.", "Moonshot AI released Kimi K2 in July."],
                 [("2023-01-01", "", "", "2023"), ("2023-07-01", "", "", "July")],
                 id="undated narrative: a month placed by the year read before it"),
]


@pytest.mark.parametrize(("published", "texts", "expected"), YEAR_LESS_CASES)
def test_a_year_less_day_of_an_undated_article_is_an_event_without_a_date(published, texts, expected):
    sentences, mentions, offset = [], {}, 0
    for sent_id, text in enumerate(texts):
        sentences.append(SentenceSpan(sent_id, offset, offset + len(text), text))
        for name, company in (("Moonshot AI", "Moonshot AI"), ("深度求索", "DeepSeek"), ("月之暗面", "Moonshot AI")):
            if name in text:
                at = offset + text.index(name)
                mentions.setdefault(sent_id, []).append(_mention(at, at + len(name), name, "company", company))
        offset += len(text) + 1
    rows = sentence_events("d", sentences, mentions, published, TYPER, attributor=ATTRIBUTOR)
    assert [(r["date"], r["month_day"], r["qualifier"], r["date_text"]) for r in rows] == expected
    assert all(r["planned"] is False and (r["date_end"] == "") == (r["date"] == "") for r in rows)
    assert all(r["precision"] == ("month" if r["month_day"].startswith("--") else r["precision"]) for r in rows)


# Class (splits F, G, I, J, K: "read alone, no event; no company named"): a dated sentence about a regulator,
# a government or a court, or its act, named by its kind and not by a gazetteer name, is a regulatory event
# of no company: a regulation, rules, restrictions, sanctions, a court, a government or its spokesperson,
# an act taking effect, a trade deal, a tax exemption, a regulatory approval, a capital's possessive, and a
# country acting as the subject ("Last month, the U.S. blacklisted …"). Must not change: a country's
# statistics, a place, government data, a definite measure after a company's news (the company's).
REGULATOR_ACT_ROWS = [
    pytest.param(["Regulations introduced last year capped the hours minors may spend on video games."], "2024-05-10",
                 [("last year", "2023-01-01", "year", "", "text", False)], id="en-regulations"),
    pytest.param(["The new rules take effect on March 1."], "2025-02-10",
                 [("March 1", "2025-03-01", "day", "", "text", True)], id="en-rules-take-effect"),
    pytest.param(["A federal court in California heard the case on Tuesday."], "2025-03-14",
                 [("Tuesday", "2025-03-11", "day", "", "text", False)], id="en-court"),
    pytest.param(["Sanctions imposed in May 2019 cut the supply of advanced chips."], "2025-01-10",
                 [("May 2019", "2019-05-01", "month", "", "text", False)], id="en-sanctions"),
    pytest.param(["The Dutch government published the licensing rules on Friday."], "2023-07-03",
                 [("Friday", "2023-06-30", "day", "", "text", False)], id="en-government"),
    pytest.param(["Beijing’s oversight of online games tightened in 2021."], "2023-07-03",
                 [("2021", "2021-01-01", "year", "", "text", False)], id="en-capital-possessive"),
    pytest.param(["Last month, the U.S. blacklisted dozens of Chinese entities."], "2025-03-05",
                 [("Last month", "2025-02-01", "month", "", "text", False)], id="en-country-acts"),
    pytest.param(["On Monday, Japan announced tighter screening of chip equipment sales."], "2025-03-05",
                 [("Monday", "2025-03-03", "day", "", "text", False)], id="en-country-announced"),
    pytest.param(["Buyers rushed in before the tax exemption for electric cars expires at the end of this year."],
                 "2025-06-01", [("the end of this year", "2025-10-01", "quarter", "", "text", True)],
                 id="en-tax-exemption"),
    pytest.param(["Driverless rides will expand to the airport from October, pending regulatory approval."],
                 "2025-06-01", [("October", "2025-10-01", "month", "", "text", True)], id="en-regulatory-approval"),
    pytest.param(["The trade agreement signed in January 2020 lowered some tariffs."], "2025-06-01",
                 [("January 2020", "2020-01-01", "month", "", "text", False)], id="en-trade-agreement"),
    pytest.param(["The price hikes come days before the May 2 expiration of the de minimis exemption."], "2025-04-26",
                 [("May 2", "2025-05-02", "day", "", "text", True)], id="en-de-minimis"),
    pytest.param(["Small parcels lost their de minimis treatment on Feb. 4, forcing sellers to stock U.S. warehouses."],
                 "2025-02-20", [("Feb. 4", "2025-02-04", "day", "", "text", False)], id="en-de-minimis-treatment"),
    pytest.param(["美国将于5月2日取消对中国小额包裹的小额豁免。"], "2025-04-26",
                 [("5月2日", "2025-05-02", "day", "", "text", True)], id="zh-de-minimis"),
    pytest.param(["自5月2日起，来自中国的小额包裹不再享受免税待遇。"], "2025-05-10",
                 [("5月2日", "2025-05-02", "day", "", "text", False)], id="zh-small-parcels-duty-free"),
    pytest.param(["美國將於5月2日取消對中國小額包裹的小額豁免。"], "2025-04-26",
                 [("5月2日", "2025-05-02", "day", "", "text", True)], id="zht-de-minimis"),
    pytest.param(["自5月2日起，來自中國的小額包裹不再享受免稅待遇。"], "2025-05-10",
                 [("5月2日", "2025-05-02", "day", "", "text", False)], id="zht-small-parcels-duty-free"),
    pytest.param(["新规自今年3月1日起正式生效。"], "2025-04-02",
                 [("今年3月1日", "2025-03-01", "day", "", "text", False)], id="zh-new-rules"),
    pytest.param(["法院于去年12月受理了此案。"], "2025-04-02",
                 [("去年12月", "2024-12-01", "month", "", "text", False)], id="zh-court"),
    pytest.param(["德国政府发言人周五在柏林表示，暂不评论。"], "2025-03-17",
                 [("周五", "2025-03-14", "day", "", "text", False)], id="zh-government-spokesman"),
    pytest.param(["去年，美国宣布扩大芯片出口限制。"], "2025-04-02",
                 [("去年", "2024-01-01", "year", "", "text", False)], id="zh-country-acts"),
    pytest.param(["出口管制措施将于下月生效。"], "2025-04-02",
                 [("下月", "2025-05-01", "month", "", "text", True)], id="zh-export-controls"),
    # Class (splits R, …): one rule referred to as "the rule", 该规定 (en1601: "The rule will be officially published in
    # the Federal Register on …")
    pytest.param(["The rule will be published in the Federal Register on May 21."], "2025-05-17",
                 [("May 21", "2025-05-21", "day", "", "text", True)], id="en-the-rule"),
    pytest.param(["The final rule was signed on March 3."], "2025-05-17",
                 [("March 3", "2025-03-03", "day", "", "text", False)], id="en-the-final-rule"),
    pytest.param(["该规定将于6月1日在官方公报上公布。"], "2025-05-17",
                 [("6月1日", "2025-06-01", "day", "", "text", True)], id="zh-the-rule"),
    pytest.param(["該規定將於6月1日在官方公報上公布。"], "2025-05-17",
                 [("6月1日", "2025-06-01", "day", "", "text", True)], id="zht-the-rule"),
    pytest.param(["As a rule, the fund rebalances in March."], "2025-05-17", [], id="not-en-as-a-rule"),
    # Class (split R, with the acts above): a state stopping what it licenses ("China suspended game approvals last
    # August before resuming them in April", 暂停, 叫停)
    pytest.param(["Last month, China suspended approvals of new online games."], "2025-05-17",
                 [("Last month", "2025-04-01", "month", "", "text", False)], id="en-country-suspended"),
    pytest.param(["In March, the U.S. halted the licences for chip sales."], "2025-05-17",
                 [("March", "2025-03-01", "month", "", "text", False)], id="en-country-halted"),
    pytest.param(["去年，中国暂停了网络游戏版号审批。"], "2025-05-17",
                 [("去年", "2024-01-01", "year", "", "text", False)], id="zh-country-suspended"),
    pytest.param(["去年，中國暫停了網路遊戲版號審批。"], "2025-05-17",
                 [("去年", "2024-01-01", "year", "", "text", False)], id="zht-country-suspended"),
    pytest.param(["In March, China's factories halted production."], "2025-05-17", [],
                 id="not-en-country-statistics-halted"),
    pytest.param(["新規自今年3月1日起正式生效。"], "2025-04-02",
                 [("今年3月1日", "2025-03-01", "day", "", "text", False)], id="zht-new-rules"),
    pytest.param(["法院於去年12月受理了此案。"], "2025-04-02",
                 [("去年12月", "2024-12-01", "month", "", "text", False)], id="zht-court"),
    pytest.param(["政府發言人週五在台北表示，暫不評論。"], "2025-03-17",
                 [("週五", "2025-03-14", "day", "", "text", False)], id="zht-government-spokesman"),
    pytest.param(["去年，美國宣佈擴大晶片出口限制。"], "2025-04-02",
                 [("去年", "2024-01-01", "year", "", "text", False)], id="zht-country-acts"),
    pytest.param(["出口管制措施將於下月生效。"], "2025-04-02",
                 [("下月", "2025-05-01", "month", "", "text", True)], id="zht-export-controls"),
    # Class (split AL, zs3670): restrictive measures, 限制措施, 限制性措施, as restrictions and 管制措施 are.
    pytest.param(["美方于7月上旬取消了对华限制措施。"], "2025-07-19",
                 [("7月上旬", "2025-07-01", "month", "", "text", False)], id="zh-restrictive-measures"),
    pytest.param(["美方於7月上旬取消了對華限制性措施。"], "2025-07-19",
                 [("7月上旬", "2025-07-01", "month", "", "text", False)], id="zht-restrictive-measures"),
    pytest.param(["In early July, the restrictive measures on chip design software were lifted."], "2025-07-19",
                 [("early July", "2025-07-01", "month", "", "text", False)], id="en-restrictive-measures"),
    # Class (splits D, W, Z): a government named as "the administration", "the Trump administration" (政府 above).
    pytest.param(["In May, the administration revoked the exemption for parcels from China."], "2025-08-08",
                 [("May", "2025-05-01", "month", "", "text", False)], id="en-the-administration"),
    pytest.param(["Earlier this year, the Biden administration tightened the screening of outbound deals."],
                 "2024-06-10", [("Earlier this year", "2024-01-01", "year", "", "text", False)],
                 id="en-the-named-administration"),
    pytest.param(["今年5月，特朗普政府取消了来自中国的包裹的免税待遇。"], "2025-08-08",
                 [("今年5月", "2025-05-01", "month", "", "text", False)], id="zh-the-administration"),
    pytest.param(["今年5月，川普政府取消了來自中國的包裹的免稅待遇。"], "2025-08-08",
                 [("今年5月", "2025-05-01", "month", "", "text", False)], id="zht-the-administration"),
    # Class (splits A, R, W, Z): a crackdown (严打, 整顿, 专项整治) is a government's act.
    pytest.param(["Last year, China ramped up a crackdown on gaming by minors."], "2022-09-20",
                 [("Last year", "2021-01-01", "year", "", "text", False)], id="en-crackdown"),
    pytest.param(["去年，监管持续整顿网络游戏行业。"], "2022-09-20",
                 [("去年", "2021-01-01", "year", "", "text", False)], id="zh-crackdown"),
    pytest.param(["去年，網路遊戲行業迎來一輪專項整治。"], "2022-09-20",
                 [("去年", "2021-01-01", "year", "", "text", False)], id="zht-crackdown"),
    # Must not change: statistics, a place, government data, a verb "rules", a city as a modifier.
    # Class (splits AD, AG: "read alone, no event; no company named"): a state's order referred to by its signing
    # ("an executive order signed by former President Donald Trump in late July", en2802, en3149) and a restriction
    # in the singular ("down from a previous restriction set in 2019", en3109). Not any signed order or contract.
    pytest.param(["Parcels face duties under an executive order signed by President Donald Trump in late July."],
                 "2025-08-25", [("late July", "2025-07-01", "month", "", "text", False)],
                 id="en-executive-order-signed"),
    pytest.param(["The cap is down from a previous restriction set in 2019."], "2021-08-31",
                 [("2019", "2019-01-01", "year", "", "text", False)], id="en-restriction"),
    pytest.param(["美国总统去年签署的行政令限制了这款应用。"], "2025-04-10",
                 [("去年", "2024-01-01", "year", "", "text", False)], id="zh-executive-order-signed"),
    pytest.param(["美國總統去年簽署的行政令限制了這款應用。"], "2025-04-10",
                 [("去年", "2024-01-01", "year", "", "text", False)], id="zht-executive-order-signed"),
    pytest.param(["He signed an order for 500 chips in March."], "2025-04-10", [], id="not-en-an-order-signed"),
    pytest.param(["他去年签署的合同已经到期。"], "2025-04-10", [], id="not-zh-a-contract-signed"),
    pytest.param(["他去年簽署的合同已經到期。"], "2025-04-10", [], id="not-zht-a-contract-signed"),
    pytest.param(["China's car sales rose 5% in March."], "2025-04-10", [], id="not-en-country-statistics"),
    pytest.param(["In 2024, China exported more cars than Japan."], "2025-04-10", [], id="not-en-country-exports"),
    pytest.param(["He met investors in Beijing on Monday."], "2025-04-10", [], id="not-en-capital-as-place"),
    pytest.param(["Retail sales rose 3% in March, government data showed."], "2025-04-10", [],
                 id="not-en-government-data"),
    pytest.param(["The market rules out a rate cut in June."], "2025-04-10", [], id="not-en-rules-a-verb"),
    pytest.param(["The president said in February he intends to impose tariffs on chips."], "2025-04-10", [],
                 id="not-en-tariffs-intended"),
    pytest.param(["Shoppers bought more in March as tariffs loomed."], "2025-04-10", [], id="not-en-tariffs-loomed"),
    pytest.param(["2024年，中国新能源汽车销量突破1000万辆。"], "2025-04-10", [], id="not-zh-country-statistics"),
    pytest.param(["去年，北京的冬天格外寒冷。"], "2025-04-10", [], id="not-zh-city"),
    pytest.param(["2024年，中國新能源汽車銷量突破1000萬輛。"], "2025-04-10", [], id="not-zht-country-statistics"),
    # Class (splits AE, AG: "read alone, no event; no company named"): a state's licences named by their issuing or
    # their rules ("licenses issued on June 7", en2908; "licensing rules imposed in April", en3108), and a game's
    # publishing licence, 版号, which only the state grants (zs2911). Not a licence a firm grants or holds.
    pytest.param(["Sixteen games in the second batch of licenses issued on June 7 were reviewed locally first."],
                 "2022-08-02", [("June 7", "2022-06-07", "day", "", "text", False)], id="en-licenses-issued"),
    pytest.param(["Stricter licensing rules imposed in April halted the shipments."], "2025-07-15",
                 [("April", "2025-04-01", "month", "", "text", False)], id="en-licensing-rules"),
    pytest.param(["今年以来，游戏版号发放的数量和节奏都有明显提升。"], "2024-02-03",
                 [("今年", "2024-01-01", "year", "", "text", False)], id="zh-game-licences"),
    pytest.param(["今年以來，遊戲版號發放的數量和節奏都有明顯提升。"], "2024-02-03",
                 [("今年", "2024-01-01", "year", "", "text", False)], id="zht-game-licences"),
    # A date between a government and its act (en3026, "China last month issued rules barring … tutoring").
    pytest.param(["ByteDance will close its tutoring business.", "China last month issued rules barring "
                  "curriculum-based tutoring for profit."], "2021-08-05",
                 [("last month", "2021-07-01", "month", "", "text", False)], id="en-country-date-issued"),
    pytest.param(["字节跳动将关闭其学科培训业务。", "中国7月发布新规，禁止学科类培训机构营利。"], "2021-08-05",
                 [("7月", "2021-07-01", "month", "", "text", False)], id="zh-country-date-issued"),
    pytest.param(["字節跳動將關閉其學科培訓業務。", "中國7月發佈新規，禁止學科類培訓機構營利。"], "2021-08-05",
                 [("7月", "2021-07-01", "month", "", "text", False)], id="zht-country-date-issued"),
    # Class (AP en4005 "a six-month campaign kicked off last week by the internet industry overseer"): a regulator named
    # by its role as an overseer, as "the watchdog" names it; Chinese names it 主管部门 (already read).
    pytest.param(["A six-month campaign was kicked off last week by the internet industry overseer."], "2021-08-03",
                 [("last week", "2021-07-26", "week", "", "text", False)], id="en-overseer"),
    pytest.param(["The overseer fined two ride-hailing apps on Monday."], "2021-08-03",
                 [("Monday", "2021-08-02", "day", "", "text", False)], id="en-the-overseer"),
    pytest.param(["行业主管部门上周启动了为期六个月的专项整治行动。"], "2021-08-03",
                 [("上周", "2021-07-26", "week", "", "text", False)], id="zh-overseer"),
    pytest.param(["行業主管部門上週啟動了為期六個月的專項整治行動。"], "2021-08-03",
                 [("上週", "2021-07-26", "week", "", "text", False)], id="zht-overseer"),
    pytest.param(["China last month exported 20% more cars."], "2025-04-10", [], id="not-en-country-date-statistics"),
    pytest.param(["The studio licensed its characters to toy makers in March."], "2025-04-10", [],
                 id="not-en-a-licence-a-firm-grants"),
    pytest.param(["这款游戏去年获得了出版许可。"], "2025-04-10", [], id="not-zh-a-permit-named-otherwise"),
    # Must not change: licensing rules after a company's news are those its sales fell under.
    pytest.param(["Nvidia developed the H20 for China.", "However, stricter licensing rules imposed in April blocked "
                  "its exports."], "2025-07-15", [("April", "2025-04-01", "month", "Nvidia", "context", False)],
                 id="old-en-licensing-rules-after-a-company"),
    # Must not change: a definite measure after a company's news stays the company's.
    pytest.param(["Baidu won approval for its robotaxis.", "The license takes effect on Monday."], "2025-04-10",
                 [("Monday", "2025-04-14", "day", "Baidu", "context", True)], id="old-en-the-license"),
    pytest.param(["华为被列入实体清单。", "该禁令自6月1日起生效。"], "2019-05-17",
                 [("6月1日", "2019-06-01", "day", "Huawei", "context", True)], id="old-zh-the-ban"),
    pytest.param(["華為被列入實體清單。", "該禁令自6月1日起生效。"], "2019-05-17",
                 [("6月1日", "2019-06-01", "day", "Huawei", "context", True)], id="old-zht-the-ban"),
    pytest.param(["Nvidia must now seek a license to sell its H20 chips to China.",
                  "The restriction measure was adopted on Monday."], "2025-04-10",
                 [("Monday", "2025-04-07", "day", "Nvidia", "context", False)], id="old-en-the-restriction"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), REGULATOR_ACT_ROWS)
def test_a_dated_act_of_a_regulator_government_or_court_is_an_event_of_no_company(sentences, published, expected):
    assert _passage_events(sentences, published) == expected
