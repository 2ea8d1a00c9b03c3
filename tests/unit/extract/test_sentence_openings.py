"""Where a sentence's words start: past bullets and quotes, a fronted Chinese date, a leading source and
a leading period (``lib/extract/sentence_openings.py``), in English, simplified and traditional Chinese."""

from __future__ import annotations

import re

import pytest

from lib.extract.attribution_cues import cue_alternation
from lib.extract.sentence_openings import (
    FRONTED_DATE,
    closing_speaker,
    figure_openings,
    full_width_commas,
    opening,
    past_leading_adverbial,
)
from lib.parse.script import to_simplified


@pytest.mark.parametrize(("text", "first"), [
    ("• Shares rose 5%.", "Shares"), ('"Revenue grew," she said.', "Revenue"), ("「營收增長」", "營收"),
    ("Revenue grew.", "Revenue"),
])
def test_opening_skips_bullets_quotes_and_spaces(text, first):
    assert text[opening(text):].startswith(first)


@pytest.mark.parametrize(("text", "dates", "word"), [
    # English: a period, a short word and a period, a source and a period
    ("Q2 total revenue of RMB97 billion", [(0, 2)], "total revenue"),
    ("In the second quarter, revenues rose", [(3, 21)], "revenues"),
    ("According to LSEG data, third-quarter revenue fell", [(24, 37)], "revenue"),
    # simplified and traditional Chinese
    ("第二季度营收增长7%", [(0, 4)], "营收"),
    ("在第二季度，营收增长7%", [(1, 5)], "营收"),
    ("据彭博数据显示，今年第三季收入预测1890亿元", [(8, 13)], "收入"),
    ("據彭博數據顯示，今年第三季收入預測1890億元", [(8, 13)], "收入"),
    # past a connective that goes on from the sentence before, also before a period
    ("Additionally, cash and cash equivalents were RMB284.9 billion", [], "cash"),
    ("Meanwhile, in the second quarter, revenues rose", [(14, 32)], "revenues"),
    ("In addition, Q2 net income rose", [(13, 15)], "net income"),
    ("However, in the second quarter, revenues fell", [(12, 30)], "revenues"),
    ("However, cash and cash equivalents fell", [], "cash"),
    ("不过，经营现金流下降20%", [], "经营现金流"),
    ("不過，經營現金流下降20%", [], "經營現金流"),
    # past a heading word and its colon (AP en4044 "Outlook: CapEx is set to rise sharply YoY in 2026")
    ("Outlook: Capex is set to rise in 2026", [], "Capex"),
    ("Guidance: revenue of RMB80 billion", [], "revenue"),
    ("展望：资本开支将于2026年上升", [], "资本开支"),
    ("展望：資本開支將於2026年上升", [], "資本開支"),
    # past the definite article, also after a connective (AN en3755 "The total revenue reached RMB 37.3 billion");
    # Chinese has none and opens with the figure (累计营收)
    ("The total revenue reached RMB 37.3 billion", [], "total revenue"),
    ("The cumulative revenue for the first three quarters", [], "cumulative revenue"),
    ("However, the net profit fell", [], "net profit"),
    ("累计营收达到68亿美元", [], "累计营收"),
    ("累計營收達到68億美元", [], "累計營收"),
    # past what the figures leave out, also before a period
    ("Excluding share-based compensation, income from operations rose", [], "income from operations"),
    ("Excluding one-off items, in Q2 net loss narrowed", [(28, 30)], "net loss"),
    ("剔除汇率影响，营业利润率升至18%", [], "营业利润率"),
    ("剔除匯率影響，第二季營業利益率升至18%", [(7, 10)], "營業利益率"),
    ("此外，经营现金流增长20%", [], "经营现金流"),
    ("與此同時，第二季度營收增長7%", [(5, 9)], "營收"),
    ("另外，据彭博数据显示，收入增长", [], "收入"),
    # past a period's possessive, which owns the figure after it (en3430 'Last year’s sales, for comparison')
    ("Last year’s sales, for comparison, hit $30.8 billion", [(0, 9)], "sales"),
    ("The quarter's revenue rose 7%", [(0, 11)], "revenue"),
    ("In 2019's second half, revenue rose", [(3, 7)], "second half"),
    ("去年的销售额为308亿美元", [(0, 2)], "销售额"),
    ("去年的銷售額為308億美元", [(0, 2)], "銷售額"),
    ("第二季度的营收增长7%", [(0, 4)], "营收"),
    ("第二季的營收增長7%", [(0, 3)], "營收"),
])
def test_figure_words_may_open_after_a_source_and_a_period(text, dates, word):
    simplified = to_simplified(text)
    assert any(simplified[at:].startswith(to_simplified(word)) or simplified[at:].startswith(word)
               for at in figure_openings(simplified, dates))


@pytest.mark.parametrize(("text", "dates"), [
    ("Industry-wide Q2 revenue rose", [(14, 16)]),  # a long word before the period: not a leading one
    ("Analysts said Q2 revenue would fall", [(14, 16)]),
    ("行业整体第二季度营收增长", [(4, 8)]),
    ("Meanwhile industry revenue rose", []),  # a connective needs its comma
    ("However industry revenue fell", []),
    ("不过行业营收下降", []),
    ("Analysts additionally said revenue rose", []),
    ("同时期营收增长", []),
    ("Excluding China smartphone revenue rose", []),  # what is left out needs its comma
    ("Analysts' outlook: revenue will fall", []),  # a heading word opens the sentence
])
def test_a_period_inside_the_sentence_is_no_leading_one(text, dates):
    assert figure_openings(text, dates) == {opening(text)}


@pytest.mark.parametrize(("text", "dates", "word"), [
    # a possessive after the period that is not the period's own: the figure is the owner's, not the first words
    ("Last year’s analysts’ sales estimates fell", [(0, 9)], "sales"),
    ("Last year, Tesla's sales rose", [(0, 9)], "sales"),
    ("Last years sales rose", [(0, 9)], "sales"),  # no possessive mark: 's' is part of no period
    ("The industry's total revenue rose", [], "total revenue"),  # past "the", the owner opens the sentence
    ("去年的分析师营收预测下调", [(0, 2)], "营收"),
    ("去年的分析師營收預測下調", [(0, 2)], "營收"),
    ("第二季度，特斯拉的营收增长", [(0, 4)], "营收"),
    ("第二季，特斯拉的營收增長", [(0, 3)], "營收"),
])
def test_only_the_period_s_own_possessive_is_passed(text, dates, word):
    simplified = to_simplified(text)
    assert not any(simplified[at:].startswith(to_simplified(word)) for at in figure_openings(simplified, dates))


@pytest.mark.parametrize(("text", "rest"), [
    ("3月，连跑三地", "连跑三地"), ("2024年2月24日，华为", "华为"), ("去年底，公司", "公司"), ("今年2月,世界", "世界"),
])
def test_a_fronted_date_and_its_comma(text, rest):
    assert text[FRONTED_DATE.match(text).end():] == rest


@pytest.mark.parametrize(("text", "expected"), [
    ("12日早间,华为发布", "12日早间，华为发布"), ("1,000亿元", "1,000亿元"), ("Baidu, Alibaba", "Baidu, Alibaba"),
    # a half-width bracket closing Chinese words, then a comma: a Chinese clause boundary
    ("数据称(不包括中国的应用商店),1月26日", "数据称(不包括中国的应用商店)，1月26日"),
    ("據統計(不含港澳),3月", "據統計(不含港澳)，3月"),
    ("(NASDAQ: BIDU), the company said", "(NASDAQ: BIDU), the company said"),
    ("百度(BIDU), Alibaba", "百度(BIDU), Alibaba"),
])
def test_full_width_commas_keep_the_length(text, expected):
    assert full_width_commas(text) == expected and len(full_width_commas(text)) == len(text)


_ADVERBIAL: re.Pattern | None = cue_alternation(["with", "as", "随着", "与"])


@pytest.mark.parametrize(("text", "rest"), [
    ("With demand recovering, our segments grew", "our segments grew"),
    ("“With demand recovering,  we grew", "we grew"),
    ("随着需求回暖，我们的业务增长", "我们的业务增长"),
    ("Our segments grew, with demand", None),  # no adverbial first
    ("With demand recovering our segments grew", None),  # nothing closes it
])
def test_the_words_past_a_leading_adverbial(text, rest):
    past = past_leading_adverbial(text, _ADVERBIAL)
    assert (text[past:] if past is not None else None) == rest


# Class (AK en3316: "…during the first quarter of 2026, as customers rush to complete orders before year-end, CEO Li
# Xiang said during an earnings call."): the speaker closing a sentence, after the words spoken, in English and Chinese.
# Near misses: a bare pronoun (it may be a person the sentence names: "prompted Luo to enter the field, he said"), a
# comma after the verb (the sentence goes on), no verb of saying.
@pytest.mark.parametrize(("text", "speaker"), [
    ("Deliveries will dip in 2026, CEO Li Xiang said during a call.", "CEO Li Xiang said during a call."),
    ("Capacity will rise next year, the chief executive added.", "the chief executive added."),
    ("交付量将于2026年下滑，CEO李想表示。", "CEO李想表示。"),
    ("交付量將於2026年下滑，CEO李想表示。", "CEO李想表示。"),
    ("The report prompted Luo to enter the field, he said in a post on March 19.", None),
    ("交付量将于2026年下滑，他说。", None),
    ("Deliveries will dip in 2026, CEO Li Xiang said, citing subsidies.", None),
    ("Deliveries will dip in 2026, the company's rivals expect.", None),
])
def test_the_speaker_closing_a_sentence(text, speaker):
    at = closing_speaker(to_simplified(text))
    assert (text[at:] if at is not None else None) == speaker
