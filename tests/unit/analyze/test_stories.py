"""Stories: which events report one happening, and the facts of each story."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from lib.analyze.event_vectors import EventVectors
from lib.analyze.stories import corpus_stories, event_texts, story_ids
from lib.analyze.story_happening_days import happening_day_reports
from lib.extract.sentence_vectors import DIMENSIONS, sentence_vectors
from lib.schema import HAPPENING_DAY_UNTOLD, YEAR_FROM_STORY, YEAR_UNKNOWN, Doc, Event, Story
from tests.unit.analyze.test_story_openings import _mentions, _sentences


def _events(rows):
    """rows: (doc_id, date, date_end, precision, companies, sentence, date_text)."""
    frame = pd.DataFrame(rows, columns=[Event.DOC_ID, Event.DATE, Event.DATE_END, Event.PRECISION,
                                        Event.COMPANIES, Event.SENTENCE, Event.DATE_TEXT])
    frame[Event.EVENT_ID] = [f"{d}#{i}" for i, d in enumerate(frame[Event.DOC_ID])]
    frame[Event.SENT_ID] = range(len(frame))
    frame[Event.START] = [s.find(t) for s, t in zip(frame[Event.SENTENCE], frame[Event.DATE_TEXT], strict=True)]
    return frame


def _stories(rows):
    events = _events(rows)
    vectors = sentence_vectors(event_texts(events))
    return story_ids(events, vectors).tolist()


SAME = [
    pytest.param([
        ("a", "2025-01-20", "2025-01-20", "day", "DeepSeek",
         "DeepSeek released its R1 reasoning model on January 20, rattling investors.", "January 20"),
        ("b", "2025-01-20", "2025-01-20", "day", "DeepSeek",
         "深度求索于1月20日正式发布推理模型DeepSeek-R1。", "1月20日"),
    ], id="en-zh same day"),
    pytest.param([
        ("a", "2023-03-01", "2023-03-31", "month", "Xiaohongshu",
         "According to a May 6 report by 36Kr, Xiaohongshu has assembled a dedicated team for large model "
         "development since March.", "March"),
        ("b", "2023-03-01", "2023-03-31", "month", "Xiaohongshu",
         "According to 36Kr, Xiaohongshu has been preparing an independent big model team since March, and "
         "there are multiple independent departments internally exploring AIGC.", "March"),
    ], id="seed: large-model team since March"),
    pytest.param([
        ("a", "2024-05-01", "2024-05-31", "month", "ByteDance",
         "In May, ByteDance cut the price of its Doubao models to 0.0008 yuan per thousand tokens.", "May"),
        ("b", "2024-05-15", "2024-05-15", "day", "ByteDance",
         "On May 15, ByteDance slashed prices for its Doubao large models by 99.3% below the industry average.",
         "May 15"),
    ], id="month agrees with a day in it"),
    pytest.param([
        ("a", "2021-04-10", "2021-04-10", "day", "Alibaba",
         "中国市场监管总局4月10日对阿里巴巴处以182.28亿元罚款。", "4月10日"),
        ("b", "2021-04-10", "2021-04-10", "day", "Alibaba",
         "China's market regulator fined Alibaba a record 18.2 billion yuan on April 10 for abusing its "
         "market dominance.", "April 10"),
    ], id="zh-en regulator fine"),
    pytest.param([
        ("a", "2025-01-27", "2025-01-27", "day", "Nvidia",
         "Nvidia shares plunged 17% on Monday, wiping nearly $600 billion off its market value.", "on Monday"),
        ("b", "2025-01-28", "2025-01-28", "day", "Nvidia",
         "英伟达股价周二凌晨暴跌17%,市值蒸发近6000亿美元。", "周二凌晨"),
        ("c", "2025-01-28", "2025-01-28", "day", "Nvidia",
         "輝達股價週二凌晨暴跌17%,市值蒸發近6000億美元。", "週二凌晨"),
        ("d", "2025-01-01", "2025-01-31", "month", "Nvidia",
         "In January Nvidia lost nearly $600 billion of market value in a single day as its shares plunged 17%.",
         "In January"),
    ], id="Monday in New York is Tuesday in Beijing, with a month-precise report too"),
    # One company's reports of one and the same day say less alike across languages than the general bar
    # asks (cosine 0.33 here): the same-day bar of lib/rules/story_similarity.csv.
    pytest.param([
        ("a", "2025-12-29", "2025-12-29", "day", "Manus;Meta",
         "On Monday, December 29, 2025, Manus announced its acquisition by Meta.", "On Monday, December 29, 2025"),
        ("b", "2025-12-29", "2025-12-29", "day", "Meta",
         "臉書母公司「Meta」29日宣佈，收購中國大陸AI新創平台「manus」，「manus」創辦人肖弘將出任Meta副總裁。", "29日"),
    ], id="en-zh one company, one same day, below the general bar"),
    pytest.param([
        ("a", "2021-03-12", "2021-03-12", "day", "Xiaomi",
         "On March 12, 2021, the U.S. District Court for the District of Columbia issued a preliminary injunction "
         "blocking the Department of Defense from designating Xiaomi as a Communist Chinese military company.",
         "On March 12, 2021"),
        ("b", "2021-03-12", "2021-03-12", "day", "Xiaomi",
         "美國當地時間3月12日,美國華盛頓特區地方法院就小米訴美國國防部一案發布臨時禁令動議,臨時禁止美國國防部將小米列入黑名單。",
         "美國當地時間3月12日"),
    ], id="en-zh court ruling of one same day"),
]

APART = [
    pytest.param([
        ("a", "2023-03-01", "2023-03-31", "month", "Xiaohongshu",
         "According to a May 6 report by 36Kr, Xiaohongshu, a Chinese lifestyle sharing platform, has assembled a "
         "dedicated team for large model development since March.", "March"),
        ("b", "2023-03-01", "2023-03-31", "month", "Xiaohongshu",
         "In addition to layout technology, in March this year, Xiaohongshu upgraded the live broadcast business "
         "from a secondary department under the Community Department to a new independent department.",
         "March this year"),
    ], id="seeds: same company, same month, other happening"),
    pytest.param([
        ("a", "2024-06-06", "2024-06-06", "day", "Kuaishou",
         "Kuaishou launched its Kling video generation model on June 6, 2024.", "June 6, 2024"),
        ("b", "2025-04-15", "2025-04-15", "day", "Kuaishou",
         "Kuaishou launched Kling 2.0, its video generation model, on April 15, 2025.", "April 15, 2025"),
    ], id="a year apart"),
    pytest.param([
        ("a", "2025-01-20", "2025-01-20", "day", "DeepSeek",
         "DeepSeek released its R1 reasoning model on January 20.", "January 20"),
        ("b", "2025-01-20", "2025-01-20", "day", "Moonshot AI",
         "Moonshot AI released its Kimi k1.5 reasoning model on January 20.", "January 20"),
    ], id="same day, other company"),
    pytest.param([
        ("a", "2024-01-01", "2024-12-31", "year", "Xiaohongshu",
         "Xiaohongshu launched the lifestyle search product DianDian in 2024.", "2024"),
        ("b", "2024-03-14", "2024-03-14", "day", "Xiaohongshu",
         "Xiaohongshu launched the lifestyle search product DianDian on March 14, 2024.", "March 14, 2024"),
    ], id="a year does not join a day"),
    pytest.param([
        ("a", "2025-01-20", "2025-01-20", "day", "DeepSeek",
         "DeepSeek released its R1 reasoning model on January 20.", "January 20"),
        ("b", "2025-01-27", "2025-01-27", "day", "DeepSeek",
         "DeepSeek released its R1 reasoning model on January 27.", "January 27"),
    ], id="two different days"),
    # Near miss: one company, one same day, another happening (the app topping the charts, the market falling).
    pytest.param([
        ("a", "2025-01-27", "2025-01-27", "day", "DeepSeek",
         "DeepSeek's mobile app has seen a meteoric rise in popularity, with downloads doubling from 1 million on "
         "Friday to 2.6 million across both the App Store and Google Play as of Monday morning.", "Monday"),
        ("b", "2025-01-27", "2025-01-27", "day", "DeepSeek",
         "当地时间1月27日,由于DeepSeek通过结构化稀疏注意力、混合专家系统、动态计算路由等技术,显著降低了模型训练和推理的算力消耗,"
         "这引发美股期货重挫,欧美科技股市值或蒸发1.2万亿美元,市场避险情绪推动,美元、美债收益率急跌。",
         "当地时间1月27日"),
    ], id="near miss: one company, one same day, other happening"),
    # Near miss: two sentences of one article say alike (its wording, its background), not one happening.
    pytest.param([
        ("a", "2025-12-29", "2025-12-29", "day", "Meta",
         "The deal, announced on Monday, December 29, 2025, marks another aggressive step by Meta in its race to "
         "build AI agents.", "on Monday, December 29, 2025"),
        ("a", "2025-12-01", "2025-12-31", "month", "Meta",
         "Earlier in December 2025, Meta had also acquired Limitless, an AI wearables start-up, in its race to "
         "build AI agents.", "Earlier in December 2025"),
    ], id="near miss: one article's two sentences"),
    # The same-day bar is for the very same day: a day apart, the general bar still holds.
    pytest.param([
        ("a", "2025-12-29", "2025-12-29", "day", "Manus;Meta",
         "On Monday, December 29, 2025, Manus announced its acquisition by Meta.", "On Monday, December 29, 2025"),
        ("b", "2025-12-30", "2025-12-30", "day", "Meta",
         "臉書母公司「Meta」30日宣佈，收購中國大陸AI新創平台「manus」，「manus」創辦人肖弘將出任Meta副總裁。", "30日"),
    ], id="near miss: a day apart keeps the general bar"),
]


@pytest.mark.parametrize("rows", SAME)
def test_events_reporting_one_happening_share_a_story(rows):
    first, *others = _stories(rows)
    assert first and all(other == first for other in others)


@pytest.mark.parametrize("rows", APART)
def test_different_happenings_get_different_stories(rows):
    first, second = _stories(rows)
    assert first and second and first != second


def test_an_articles_second_mention_joins_its_story_through_another_article():
    # Two mentions of one listing in article "a" (its lead and its closing line) and one in article "b":
    # the pair inside "a" is never a candidate, yet both of a's mentions join b's report.
    events = _events([
        ("a", "2026-01-08", "2026-01-08", "day", "Zhipu AI", "Zhipu AI listed in Hong Kong on January 8.",
         "January 8"),
        ("a", "2026-01-08", "2026-01-08", "day", "Zhipu AI", "智谱于1月8日在港交所挂牌上市。", "1月8日"),
        ("b", "2026-01-08", "2026-01-08", "day", "Zhipu AI", "智谱AI 1月8日正式在香港上市。", "1月8日"),
    ])
    release = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    ids = story_ids(events, np.stack([release] * 3)).tolist()
    assert ids[0] == ids[1] == ids[2] != ""
    alone = story_ids(events.iloc[:2], np.stack([release] * 2)).tolist()
    assert alone[0] != alone[1]


def test_average_linkage_does_not_chain_unrelated_events():
    events = _events([(d, "2025-03-01", "2025-03-31", "month", "Tencent", f"Tencent news {d} in March", "March")
                      for d in "abc"])
    # a~b and b~c are close, a and c are not: no story may hold a and c together.
    a = np.array([1.0, 0.0, 0.0])
    c = np.array([0.0, 1.0, 0.0])
    b = (a + c) / np.linalg.norm(a + c)
    vectors = np.stack([a, b, c]).astype(np.float32)
    ids = story_ids(events, vectors, threshold=0.6).tolist()
    assert ids[0] != ids[2]


def _stories_of_periods(periods):
    """One DeepSeek event per (start, end), all saying exactly alike: only the periods decide."""
    events = _events([(f"d{n}", start, end, "day" if start == end else "week", "DeepSeek",
                       f"DeepSeek released R1 ({n})", f"({n})") for n, (start, end) in enumerate(periods)])
    return story_ids(events, np.ones((len(periods), 3), dtype=np.float32) / np.sqrt(3)).tolist()


@pytest.mark.parametrize(("periods", "together"), [
    # Two single days a day apart (reports across time zones) join; so does a week holding one of them.
    ([("2025-01-19", "2025-01-19"), ("2025-01-20", "2025-01-20")], [(0, 1)]),
    ([("2025-01-19", "2025-01-19"), ("2025-01-20", "2025-01-20"), ("2025-01-20", "2025-01-26")],
     [(0, 1), (0, 2), (1, 2)]),
    # A month-precise report keeps that slack: a month, its Monday and the Tuesday report of it.
    ([("2025-01-01", "2025-01-31"), ("2025-01-27", "2025-01-27"), ("2025-01-28", "2025-01-28")],
     [(0, 1), (0, 2), (1, 2)]),
    # A week and the day after it do not: only single days get the day of slack.
    ([("2025-01-20", "2025-01-26"), ("2025-01-27", "2025-01-27")], []),
    # Three days in a row never make one story: the group would span more than a day of slack.
    ([("2025-01-19", "2025-01-19"), ("2025-01-20", "2025-01-20"), ("2025-01-21", "2025-01-21")], [(0, 1)]),
])
def test_periods_that_agree_and_never_stretch_a_story(periods, together):
    ids = _stories_of_periods(periods)
    for a, b in itertools.combinations(range(len(ids)), 2):
        assert (ids[a] == ids[b]) == ((a, b) in together), (periods, ids)


def test_events_without_companies_get_no_story():
    events = _events([("a", "2025-01-20", "2025-01-20", "day", "", "The rule took effect on January 20.",
                       "January 20")])
    assert story_ids(events, np.ones((1, 3), dtype=np.float32)).tolist() == [""]


def test_story_ids_are_stable_across_runs():
    rows = [row.values[0] for row in SAME]
    assert _stories(rows[0]) == _stories(rows[0])


@pytest.mark.parametrize("sentence, date_text, text", [
    ("Xiaohongshu has assembled a team for large model development since March.", "March",
     "Xiaohongshu has assembled a team for large model development since ."),
    ("小红书自3月起已组建独立的大模型团队。", "3月", "小红书自 起已组建独立的大模型团队。"),
    ("DeepSeek released R1 on January 20, 2025.", "", "DeepSeek released R1 on January 20, 2025."),
])
def test_event_text_is_the_sentence_without_its_date_words(sentence, date_text, text):
    events = _events([("a", "2025-01-01", "2025-01-01", "day", "X", sentence, date_text)])
    assert event_texts(events) == [text]


def _documents():
    return pd.DataFrame({
        Doc.DOC_ID: ["wire", "portal", "blog", "portal-copy"],
        Doc.PUBLISHED: ["2025-01-21", "2025-01-20", "2025-01-22", "2025-01-23"],
        Doc.SOURCE: ["Reuters", "新浪科技", "", "新浪科技"],
        Doc.LANGUAGE: ["en", "zh", "en", "zh"],
        Doc.DUPLICATE_OF: ["", "", "", "portal"],
    })


def test_a_year_less_report_of_an_undated_article_joins_its_story_with_the_stories_year_said_so():
    events = _events([
        ("wire", "2025-01-20", "2025-01-20", "day", "DeepSeek",
         "DeepSeek released its R1 reasoning model on January 20, 2025, rattling investors.", "January 20, 2025"),
        ("portal", "2025-01-20", "2025-01-20", "day", "DeepSeek",
         "深度求索于2025年1月20日正式发布推理模型DeepSeek-R1。", "2025年1月20日"),
        ("blog", "", "", "day", "DeepSeek", "尤其1月20号发布的DeepSeek-R1推理模型，被指性能堪比OpenAI o1。", "1月20号"),
        ("blog", "", "", "day", "DeepSeek", "DeepSeek said on March 3 that it would hire more engineers.", "March 3"),
    ])
    events[Event.MONTH_DAY] = ["", "", "01-20", "03-03"]
    events[Event.QUALIFIER] = ["", "", YEAR_UNKNOWN, YEAR_UNKNOWN]
    stories = corpus_stories(events, _documents(), sentence_vectors(event_texts(events)))
    dated = stories.events_with_stories(events)
    assert dated[Event.STORY_ID].iloc[2] == dated[Event.STORY_ID].iloc[0] != ""
    assert dated.iloc[2][[Event.DATE, Event.DATE_END, Event.QUALIFIER]].tolist() == [
        "2025-01-20", "2025-01-20", YEAR_FROM_STORY]
    assert dated.iloc[3][[Event.DATE, Event.QUALIFIER, Event.STORY_ID]].tolist() == ["", YEAR_UNKNOWN, ""]
    assert stories.years.unplaced == 1
    assert stories.table[Story.N_ARTICLES].tolist() == [3]
    assert events[Event.DATE].iloc[2] == ""  # the input keeps its unknown year


# Reports of one release that say little alike beyond the product (cosine about 0.3), and the same
# product's other happenings: a year apart, or in a year-long period.
PRODUCT_CASES = [
    pytest.param([("a", "2025-01-20", "2025-01-26", "week", "DeepSeek",
                   "DeepSeek-R1, released last week, is 20 to 50 times cheaper to use than OpenAI’s o1 model, "
                   "depending on the task.", "last week"),
                  ("b", "2025-01-20", "2025-01-26", "week", "DeepSeek",
                   "而这一暴跌背后的原因,是一股“来自东方的神秘力量”:"
                   "国产大模型公司杭州深度求索上周发布的DeepSeek R1模型。",
                   "上周")],
                 True, id="one release, one product (story set s106, s108): together"),
    pytest.param([("a", "2024-06-06", "2024-06-06", "day", "Kuaishou",
                   "Kuaishou launched its Kling video generation model on June 6, 2024.", "June 6, 2024"),
                  ("b", "2025-04-15", "2025-04-15", "day", "Kuaishou",
                   "Kuaishou launched Kling 2.0, its video generation model, on April 15, 2025.", "April 15, 2025")],
                 False, id="one product a year apart: apart"),
    pytest.param([("a", "2025-01-01", "2025-12-31", "year", "Meta",
                   "Instagram will add AI video editing tools for creators in 2025.", "2025"),
                  ("b", "2025-01-01", "2025-12-31", "year", "Meta",
                   "Instagram plans to open a large new office in Singapore in 2025.", "2025")],
                 False, id="one product in a year-long period: the product is no evidence"),
]


@pytest.mark.parametrize(("rows", "together"), PRODUCT_CASES)
def test_a_shared_product_is_evidence_of_one_happening_only_within_a_short_period(rows, together):
    events = _events(rows)
    vectors = sentence_vectors(event_texts(events))
    product = {"DeepSeek": "DeepSeek-R1", "Kuaishou": "Kling", "Meta": "Instagram"}[rows[0][4]]
    products = pd.Series([frozenset({product})] * 2, index=events.index)
    alone = story_ids(events, vectors).nunique() == 1
    joined = story_ids(events, vectors, products=products).nunique() == 1
    assert joined is together
    assert not alone  # without the product the encoder keeps each of them apart
    if rows[0][3] == "year":
        assert 0.25 <= float(vectors[0] @ vectors[1]) < 0.35  # alike enough for a short period's product rule


# One release told by several reports, only some naming the product, and a short month-precise
# report naming it (story set s127: "the release of Kimi K2 in July 2025"); its near misses: the
# product's other happening in the same month, and its earlier release in another month.
KIMI_K2 = [
    ("a", "2025-07-11", "2025-07-11", "day", "Moonshot AI",
     "On July 11, 2025, Moonshot AI released Kimi K2, an open-source model with one trillion parameters.",
     "July 11, 2025", "launch", {"Kimi"}),
    ("b", "2025-07-11", "2025-07-11", "day", "Moonshot AI",
     "Beijing startup Moonshot AI released its latest large language model on July 11, open-sourcing its weights.",
     "July 11", "launch", set()),
    ("c", "2025-07-11", "2025-07-11", "day", "Moonshot AI",
     "月之暗面于2025年7月11日深夜直接开源了这个万亿参数模型，整个AI圈子一下子热闹起来。", "2025年7月11日",
     "launch", set()),
    ("d", "2025-07-11", "2025-07-11", "day", "Moonshot AI",
     "Moonshot AI（月之暗面）在2025年7月11日正式发布并开源了旗下大模型Kimi K2。", "2025年7月11日", "launch", {"Kimi"}),
]
PRODUCT_NAMING_CASES = [
    pytest.param(("e", "2025-07-01", "2025-07-31", "month", "Moonshot AI",
                  "But the release of Kimi K2 in July 2025 brought a significant change.", "in July 2025", "launch",
                  {"Kimi"}), True, id="en: the release, short, naming the product: joins"),
    pytest.param(("e", "2025-07-01", "2025-07-31", "month", "Moonshot AI",
                  "不过，2025年7月Kimi K2的发布带来了转折。", "2025年7月", "launch", {"Kimi"}),
                 True, id="zh: the release, short, naming the product: joins"),
    pytest.param(("e", "2025-07-01", "2025-07-31", "month", "Moonshot AI",
                  "Kimi's monthly active users fell by a third in July 2025, according to QuestMobile.",
                  "in July 2025", "other", {"Kimi"}), False, id="en: another happening of the product that month"),
    pytest.param(("e", "2025-07-01", "2025-07-31", "month", "Moonshot AI",
                  "据QuestMobile数据，2025年7月Kimi的月活跃用户下降了三分之一。", "2025年7月", "money/market",
                  {"Kimi"}),
                 False, id="zh: another happening of the product that month"),
    pytest.param(("e", "2025-01-20", "2025-01-20", "day", "Moonshot AI",
                  "Moonshot AI released Kimi k1.5, a multimodal reasoning model, on January 20, 2025.",
                  "January 20, 2025", "launch", {"Kimi"}), False, id="the product's earlier release: apart"),
]


@pytest.mark.parametrize(("row", "together"), PRODUCT_NAMING_CASES)
def test_a_report_naming_a_product_is_judged_against_the_reports_naming_it(row, together):
    rows = [*KIMI_K2, row]
    events = _events([r[:7] for r in rows]).assign(**{Event.EVENT_TYPE: [r[7] for r in rows]})
    vectors = sentence_vectors(event_texts(events))
    products = pd.Series([frozenset(r[8]) for r in rows], index=events.index)
    ids = story_ids(events, vectors, products=products).tolist()
    assert len(set(ids[:4])) == 1
    assert (ids[4] == ids[0]) is together
    if row[3] == "month":  # diluted by the reports not naming the product: below even the product bar
        assert float(vectors[4] @ vectors[:4].sum(axis=0)) / 4 < 0.25



# Class (story set s4: Baidu's Ernie Bot launch): reports of one single day telling one kind of happening of a
# product both name join whatever the encoder makes of the product's other-language name (文心一言 / Ernie Bot);
# near misses: the product's other kind of happening that day, the same kind on another day, no shared product.
ERNIE_LAUNCH = ("a", "2023-03-16", "2023-03-16", "day", "Baidu", "3月16日,百度正式发布文心一言。", "3月16日",
                "launch", {"Ernie Bot"})
SAME_DAY_PRODUCT_CASES = [
    pytest.param(("b", "2023-03-16", "2023-03-16", "day", "Baidu",
                  "China's Baidu on March 16 unveiled its long-awaited AI-powered chatbot known as Ernie Bot.",
                  "March 16", "launch", {"Ernie Bot"}), True, id="en/zh: one launch of the product that day"),
    pytest.param(("b", "2023-03-16", "2023-03-16", "day", "Baidu",
                  "百度3月16日召开新闻发布会，推出文心一言。", "3月16日", "launch", {"Ernie Bot"}),
                 True, id="zh/zh: one launch of the product that day"),
    pytest.param(("b", "2023-03-16", "2023-03-16", "day", "Baidu",
                  "Baidu shares fell 6.4% in Hong Kong on March 16 as investors weighed Ernie Bot's prerecorded demo.",
                  "March 16", "money/market", {"Ernie Bot"}), False, id="near miss: the product's other kind that day"),
    pytest.param(("b", "2023-03-27", "2023-03-27", "day", "Baidu",
                  "Baidu opened Ernie Bot to more business users on March 27.", "March 27", "launch",
                  {"Ernie Bot"}), False, id="near miss: the same kind on another day"),
    pytest.param(("b", "2023-03-16", "2023-03-16", "day", "Baidu",
                  "Baidu launched its Apollo Go robotaxi service in Wuhan on March 16.", "March 16", "launch",
                  {"Apollo Go"}), False, id="near miss: another product that day"),
]


@pytest.mark.parametrize(("row", "together"), SAME_DAY_PRODUCT_CASES)
def test_one_days_reports_of_one_kind_of_happening_of_a_product_join(row, together):
    rows = [ERNIE_LAUNCH, row]
    events = _events([r[:7] for r in rows]).assign(**{Event.EVENT_TYPE: [r[7] for r in rows]})
    vectors = sentence_vectors(event_texts(events))
    products = pd.Series([frozenset(r[8]) for r in rows], index=events.index)
    ids = story_ids(events, vectors, products=products).tolist()
    assert (ids[0] == ids[1]) is together
    if row[5].isascii() and together:  # across languages the encoder alone keeps them apart, even at the same-day bar
        assert float(vectors[0] @ vectors[1]) < 0.22


# Class (story set s4: SAMR's probe of Nvidia, recalled in a later report): reports of one single day naming one
# regulator acting on their company join whatever kind the typer reads each as, though a sentence that recalls the
# act as the background of another scores below the same-day bar; near misses: an untyped line naming the regulator
# that day, another regulator's act that day, the regulator's act on another day.
RECALLED_PROBE = ("a", "2024-12-09", "2024-12-09", "day", "Nvidia",
                  "The dispute is only the latest chapter of a long story: on December 9, 2024, SAMR opened an "
                  "antitrust investigation into Nvidia.", "on December 9, 2024", "launch", "SAMR")
SAME_DAY_REGULATOR_CASES = [
    pytest.param(("b", "2024-12-09", "2024-12-09", "day", "Nvidia",
                  "12月9日晚間,國家市場監管總局發布公告,依法對英偉達公司開展立案調查。", "12月9日晚間", "regulation",
                  "SAMR"), True, id="en/zh-Hant: the regulator's act that day, another kind read"),
    pytest.param(("b", "2024-12-09", "2024-12-09", "day", "Nvidia",
                  "12月9日,国家市场监督管理总局宣布对英伟达涉嫌违反反垄断法立案调查。", "12月9日", "controversy/legal",
                  "SAMR"), True, id="en/zh-Hans: the regulator's act that day"),
    pytest.param(("b", "2024-12-09", "2024-12-09", "day", "Nvidia",
                  "12月9日晚間,市場監管總局官網首頁的公告欄更新了一則關於英偉達的消息。", "12月9日晚間", "other",
                  "SAMR"),
                 False, id="near miss: a line of no happening naming the regulator that day"),
    pytest.param(("b", "2024-12-09", "2024-12-09", "day", "Nvidia",
                  "12月9日,国家网信办约谈英伟达,要求其说明H20芯片的漏洞后门安全风险。", "12月9日", "regulation", "CAC"),
                 False, id="near miss: another regulator's act that day"),
    pytest.param(("b", "2025-09-15", "2025-09-15", "day", "Nvidia",
                  "9月15日,国家市场监督管理总局宣布对英伟达实施进一步调查。", "9月15日", "regulation", "SAMR"),
                 False, id="near miss: the regulator's act on another day"),
]


@pytest.mark.parametrize(("row", "together"), SAME_DAY_REGULATOR_CASES)
def test_one_days_reports_of_a_regulator_acting_on_their_company_join(row, together):
    rows = [RECALLED_PROBE, row]
    events = _events([r[:7] for r in rows]).assign(**{Event.EVENT_TYPE: [r[7] for r in rows],
                                                      Event.REGULATIONS: [r[8] for r in rows]})
    vectors = sentence_vectors(event_texts(events))
    ids = story_ids(events, vectors).tolist()
    assert (ids[0] == ids[1]) is together
    assert float(vectors[0] @ vectors[1]) < 0.22  # the encoder alone keeps them apart, even at the same-day bar
    if together:  # without the regulator they stay apart
        ids = story_ids(events.assign(**{Event.REGULATIONS: ""}), vectors).tolist()
        assert ids[0] != ids[1]


def test_a_group_joins_a_report_naming_its_regulator_by_its_regulator_naming_members():
    # The probe's story of two reports, one naming SAMR; the recalled probe says alike only of the one naming it.
    events = _events([
        RECALLED_PROBE[:7],
        ("b", "2024-12-09", "2024-12-09", "day", "Nvidia", "12月9日,市场监管总局对英伟达立案调查。", "12月9日"),
        ("c", "2024-12-09", "2024-12-09", "day", "Nvidia", "Nvidia is under investigation in China since December 9.",
         "December 9"),
    ]).assign(**{Event.EVENT_TYPE: ["launch", "regulation", "controversy/legal"],
                 Event.REGULATIONS: ["SAMR", "SAMR", ""]})
    probe, recalled, other = (np.array(v, dtype=np.float32)
                              for v in ([1.0, 0.0, 0.0], [0.15, 0.0, 0.99], [0.8, 0.6, 0.0]))
    vectors = np.stack([recalled / np.linalg.norm(recalled), probe, other])
    ids = story_ids(events, vectors).tolist()
    assert ids[0] == ids[1] == ids[2] != ""


def test_a_day_named_by_its_happening_joins_the_story_its_year_less_reports_were_placed_in():
    """s417's class: "就在小米SU7上市當天" (no launch day told, the date before another happening's) joins the launch
    story; that story holds a year-less report its story dated, so it counts as the short story it is."""

    review = "4月1日，长城汽车董事长魏建军发文点评小米SU7。就在小米SU7上市当天，魏建军现身小米SU7发布会现场。"
    texts = {"wire": "Xiaomi launched its SU7 electric car on March 28, 2024, at an event in Beijing.",
             "portal": "3月28日晚，小米集团在北京举办发布会，正式发布首款新能源汽车小米SU7。",
             "blog": "3月28日晚，雷军在北京的发布会上正式发布了小米SU7电动汽车。", "review": review}
    events = _events([
        ("wire", "2024-03-28", "2024-03-28", "day", "Xiaomi", texts["wire"], "March 28, 2024"),
        ("portal", "2024-03-28", "2024-03-28", "day", "Xiaomi", texts["portal"], "3月28日晚"),
        ("blog", "", "", "day", "Xiaomi", texts["blog"], "3月28日晚"),
        ("review", "2024-04-01", "2024-04-01", "day", "Great Wall Motor", review.split("。")[0] + "。", "4月1日"),
    ])
    events[Event.SENT_ID] = 0
    events[Event.MONTH_DAY] = ["", "", "03-28", ""]
    events[Event.QUALIFIER] = ["", "", YEAR_UNKNOWN, ""]
    documents = pd.DataFrame({Doc.DOC_ID: list(texts), Doc.TEXT: list(texts.values()),
                              Doc.PUBLISHED: ["2024-03-29", "2024-03-28", "", "2024-04-02"],
                              Doc.DATE_PRECISION: ["day", "day", "", "day"], Doc.SOURCE: ["", "", "", ""],
                              Doc.LANGUAGE: ["en", "zh", "zh", "zh"], Doc.DUPLICATE_OF: ["", "", "", ""]})
    mentions = _mentions(*[(doc, 0, "Xiaomi", "company") for doc in texts], ("review", 1, "Xiaomi", "company"))
    sentences = _sentences(documents)
    assert len(happening_day_reports(events, documents, mentions, sentences)) == 1
    vectors = EventVectors(event_texts(events), sentence_vectors, DIMENSIONS)  # encodes the report's sentence too
    stories = corpus_stories(events, documents, vectors, mentions=mentions, sentences=sentences)
    reports = stories.reports_with_stories(events)
    launch = reports[Event.STORY_ID].iloc[0]
    assert launch != reports[Event.STORY_ID].iloc[3]  # Great Wall's April 1, another happening
    assert reports[Event.STORY_ID].tolist() == [launch, launch, launch, reports[Event.STORY_ID].iloc[3], launch]
    assert reports[Event.QUALIFIER].iloc[-1] == HAPPENING_DAY_UNTOLD


def test_a_sentence_of_no_happening_joins_its_articles_story_of_that_day():
    # The lead of "wire" and "portal" report one listing; wire's line on the trading hall's screen tells no
    # happening and says nothing alike (another vector): it joins the listing's story, not a story of its own.
    events = _events([
        ("wire", "2025-12-05", "2025-12-05", "day", "Moore Threads",
         "Moore Threads debuted on the Shanghai STAR Market on December 5.", "December 5"),
        ("portal", "2025-12-05", "2025-12-05", "day", "Moore Threads", "摩尔线程12月5日在科创板挂牌上市。", "12月5日"),
        ("wire", "2025-12-05", "2025-12-05", "day", "Moore Threads",
         "At 9:30 a.m. on December 5, Moore Threads' code lit up on the trading hall's screens.", "December 5"),
    ])
    events[Event.EVENT_TYPE] = ["money/market", "money/market", "other"]
    events[Event.QUALIFIER] = ""
    listing, screen = np.array([1.0, 0.0], dtype=np.float32), np.array([0.0, 1.0], dtype=np.float32)
    stories = corpus_stories(events, _documents(), np.stack([listing, listing, screen]))
    ids = stories.events_with_stories(events)[Event.STORY_ID].tolist()
    assert ids[0] == ids[1] == ids[2] != ""
    assert stories.table[Story.N_ARTICLES].tolist() == [2]
